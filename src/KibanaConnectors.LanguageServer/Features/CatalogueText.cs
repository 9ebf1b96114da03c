using System.Collections.Generic;
using System.Linq;
using System.Text;
using KibanaConnectors.LanguageServer.Protocol;
using KibanaConnectors.LanguageServer.Workspace;
using KibanaConnectors.Rules.Catalogue;

namespace KibanaConnectors.LanguageServer.Features
{
    /// <summary>The catalogue in words for hover and completion, and the connector a cursor is in.</summary>
    internal static class CatalogueText
    {
        /// <summary>Kibana's page on preconfigured connectors, which describes every type's fields.</summary>
        public const string KibanaDocs = "https://www.elastic.co/guide/en/kibana/current/pre-configured-connectors.html";

        public static readonly string[] EntryKeys = { "actionTypeId", "name", "config", "secrets", "exposeConfig" };

        public static readonly Dictionary<string, string> EntryKeyDescriptions = new Dictionary<string, string>
        {
            ["actionTypeId"] = "The connector type, such as .webhook or .email.",
            ["name"] = "The name Kibana shows for the connector.",
            ["config"] = "The connector's settings, by field.",
            ["secrets"] = "The connector's secrets, by field: write them as ${ENV_VAR} or keep them in the Kibana keystore.",
            ["exposeConfig"] = "Whether Kibana's actions API shows the connector's config (default false).",
        };

        /// <summary>The field a path under a connector names (config.url, secrets.user, config.mappings.alertIdConfig.key); null for none.</summary>
        public static FieldSpec? Field(ConnectorTypeSpec spec, IReadOnlyList<string> inConnector)
        {
            if (inConnector.Count < 2 || (inConnector[0] != "config" && inConnector[0] != "secrets"))
            {
                return null;
            }

            var fields = spec.Fields(inConnector[0] == "config" ? Section.Config : Section.Secrets);
            FieldSpec? field = null;
            for (var i = 1; i < inConnector.Count && fields != null; i++)
            {
                field = fields.FirstOrDefault(f => f.Name == inConnector[i]);
                if (field == null)
                {
                    return null;
                }

                fields = field.Object?.Fields;
                if (fields == null && i + 1 < inConnector.Count)
                {
                    return null;
                }
            }

            return field;
        }

        /// <summary>A field's kind in words.</summary>
        public static string Kind(FieldSpec field) => field.Kind switch
        {
            FieldKind.Text => "text",
            FieldKind.Url => "URL (absolute http or https)",
            FieldKind.TemplateUrl => "URL with Mustache parts such as {{{external.system.id}}}",
            FieldKind.Integer => "whole number",
            FieldKind.Number => "number",
            FieldKind.Boolean => "true or false",
            FieldKind.Enum => "one of a set of values",
            FieldKind.TextMap => "map of names to text",
            FieldKind.AnyMap => "map of any values, passed on as written",
            FieldKind.Object => "map of fields",
            _ => "list of maps" + (field.Max is int max ? $" (at most {max})" : string.Empty),
        };

        /// <summary>Markdown about a field: description, kind, required, default, values, secret, the docs.</summary>
        public static string Field(string path, FieldSpec field)
        {
            var text = new StringBuilder();
            text.Append("**").Append(path).Append("**: ").Append(field.Description).Append("\n\n");
            text.Append("- type: ").Append(Kind(field)).Append('\n');
            if (field.Required)
            {
                text.Append("- required\n");
            }
            else if (field.RequiredCondition != null)
            {
                text.Append("- required when ").Append(field.RequiredCondition).Append('\n');
            }

            if (field.Default != null)
            {
                text.Append("- default: `").Append(field.Default).Append("`\n");
            }

            if (field.Min != null && field.Kind != FieldKind.ObjectList)
            {
                text.Append("- from ").Append(field.Min).Append(" to ").Append(field.Max).Append('\n');
            }

            if (field.EnumSpec != null)
            {
                text.Append("- values: ").Append(string.Join(", ", field.Values.Select(v => "`" + v + "`"))).Append('\n');
            }

            if (field.IsSecret)
            {
                text.Append("- secret: write it as `${ENV_VAR}` or keep it in the Kibana keystore\n");
            }

            text.Append("\n[Kibana: preconfigured connectors](").Append(KibanaDocs).Append(')');
            return text.ToString();
        }

        public static string Type(ConnectorTypeSpec spec) =>
            $"**{spec.ActionTypeId}**: {spec.Description}\n\n- licence: {spec.License.ToString().ToLowerInvariant()} or higher\n"
            + (spec.Added.IsKnown ? $"- since Kibana {spec.Added.Describe()}\n" : string.Empty)
            + (spec.Availability == null ? string.Empty : $"- {spec.Availability}\n")
            + $"\n[Kibana: preconfigured connectors]({KibanaDocs})";

        /// <summary>
        /// The connector of an id at the cursor: in a manifest whose Kibana resources both have the id, the one of the
        /// resource the cursor is in.
        /// </summary>
        public static Rules.Model.ConnectorModel? Connector(ConnectorWorkspace workspace, Document document, YamlContext context, string id)
        {
            var model = workspace.Model(document);
            var resource = model.Deployments.FirstOrDefault(d => d.Span.StartLine <= context.Line && context.Line <= d.Span.EndLine)?.Key ?? string.Empty;
            return model.Connectors.Where(c => c.Id == id).OrderBy(c => c.Deployment == resource ? 0 : 1).FirstOrDefault();
        }

        /// <summary>The connector type of the connector a cursor is in: from the parsed file, or (when it does not parse) from its lines.</summary>
        public static string? ActionTypeId(ConnectorWorkspace workspace, Document document, DocumentLines lines, YamlContext context)
        {
            var id = context.ConnectorId;
            if (id == null)
            {
                return null;
            }

            var model = Connector(workspace, document, context, id);
            if (model != null && model.ActionTypeId.Length > 0)
            {
                return model.ActionTypeId;
            }

            for (var line = 0; line < lines.LineCount; line++)
            {
                var at = lines.Line(line);
                if (at.Contains("actionTypeId", System.StringComparison.Ordinal) && YamlContext.At(lines, line, at.Length) is YamlContext other
                    && other.ConnectorId == id && other.InConnector.Count == 1 && other.InConnector[0] == "actionTypeId")
                {
                    return other.Value;
                }
            }

            return null;
        }
    }
}

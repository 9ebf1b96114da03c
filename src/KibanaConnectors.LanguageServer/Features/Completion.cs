using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using KibanaConnectors.LanguageServer.Protocol;
using KibanaConnectors.LanguageServer.Workspace;
using KibanaConnectors.Rules.Catalogue;
using KibanaConnectors.Rules.Catalogue.Types;

namespace KibanaConnectors.LanguageServer.Features
{
    /// <summary>
    /// <c>textDocument/completion</c>: the connector types for <c>actionTypeId</c>; the keys allowed where the cursor is
    /// (a connector's keys, then the config and secret fields of its type, required first); the values of a closed set
    /// (webhook method, email service with nodemailer's names, apiProvider, booleans); and, where a connector id goes, a
    /// snippet of a whole connector of each type with its required fields.
    /// </summary>
    internal static class Completion
    {
        private const int Field = 5;
        private const int Value = 12;
        private const int EnumMember = 20;
        private const int Snippet = 15;
        private const int Class = 7;

        public static JsonNode? Provide(ConnectorWorkspace workspace, Document document, JsonNode? position)
        {
            var lines = new DocumentLines(document.Text);
            var line = Lsp.Int(Lsp.At(position, "line"));
            var character = Lsp.Int(Lsp.At(position, "character"));
            var context = YamlContext.At(lines, line, character);
            var items = new JsonArray();
            if (context == null)
            {
                return items;
            }

            // A key being typed is not part of the path yet: its parent is.
            var path = context.OnKey && context.Path.Count > 0 && context.Key.Length > 0 ? context.Path.Take(context.Path.Count - KeyParts(context.Key)).ToList() : context.Path;
            var isPreconfigured = path.Count >= 3 && path[0] == "xpack" && path[1] == "actions" && path[2] == "preconfigured";
            if (!isPreconfigured)
            {
                return items;
            }

            var below = path.Skip(3).ToList();
            if (context.OnKey && below.Count == 0)
            {
                AddConnectorSnippets(items, context.Indent);
            }
            else if (context.OnKey && below.Count == 1)
            {
                var present = Siblings(lines, context);
                foreach (var key in CatalogueText.EntryKeys.Where(k => !present.Contains(k)))
                {
                    items.Add((JsonNode)Item(key, Field, CatalogueText.EntryKeyDescriptions[key], key == "actionTypeId" || key == "name" ? "0" : "1", key + ": "));
                }
            }
            else if (!context.OnKey && below.Count == 2 && below[1] == "actionTypeId")
            {
                foreach (var spec in ConnectorCatalogue.All.OrderBy(s => s.ActionTypeId, StringComparer.Ordinal))
                {
                    items.Add((JsonNode)Item(spec.ActionTypeId, Class, spec.Description, "0", spec.ActionTypeId));
                }

                foreach (var generic in ActionTypes.Generic)
                {
                    items.Add((JsonNode)Item(generic, Class, "A connector type Kibana registers, checked only as far as its shape (kept generic here).", "1", generic));
                }

                foreach (var specConnector in SpecConnectors.All)
                {
                    items.Add((JsonNode)Item(specConnector.ActionTypeId, Class, specConnector.Describe(), "2", specConnector.ActionTypeId, markdown: true, detail: specConnector.DisplayName));
                }
            }
            else if (below.Count == 2 && below[1] == "secrets" && context.OnKey
                && SpecConnectors.Find(CatalogueText.ActionTypeId(workspace, document, lines, context) ?? string.Empty) is SpecConnector withKeys)
            {
                AddSpecSecrets(items, withKeys, Siblings(lines, context));
            }
            else if (below.Count == 3 && below[1] == "secrets" && below[2] == "authType" && !context.OnKey
                && SpecConnectors.Find(CatalogueText.ActionTypeId(workspace, document, lines, context) ?? string.Empty) is SpecConnector withAuth)
            {
                foreach (var auth in withAuth.AuthTypes ?? Array.Empty<SpecAuth>())
                {
                    var secrets = SpecConnectors.RequiredSecrets(withAuth, auth.Type);
                    items.Add((JsonNode)Item(auth.Type, EnumMember, secrets == null ? "An auth type of the spec." : "Secrets: " + (secrets.Count == 0 ? "none" : string.Join(", ", secrets)) + ".", "0", auth.Type));
                }
            }
            else if (below.Count >= 2 && (below[1] == "config" || below[1] == "secrets"))
            {
                var fieldPath = below.Skip(1).ToList();
                var spec = ConnectorCatalogue.Find(CatalogueText.ActionTypeId(workspace, document, lines, context) ?? string.Empty);
                if (spec == null)
                {
                    return items;
                }

                if (context.OnKey)
                {
                    AddFields(items, spec, fieldPath, Siblings(lines, context));
                }
                else if (CatalogueText.Field(spec, fieldPath) is FieldSpec field)
                {
                    AddValues(items, spec, field);
                }
            }
            else if (!context.OnKey && below.Count == 2 && below[1] == "exposeConfig")
            {
                AddBooleans(items);
            }

            return items;
        }

        private static void AddFields(JsonArray items, ConnectorTypeSpec spec, IReadOnlyList<string> path, HashSet<string> present)
        {
            var section = path[0] == "config" ? Section.Config : Section.Secrets;
            IReadOnlyList<FieldSpec>? fields = spec.Fields(section);
            for (var i = 1; i < path.Count && fields != null; i++)
            {
                fields = fields.FirstOrDefault(f => f.Name == path[i])?.Object?.Fields;
            }

            foreach (var field in fields ?? Array.Empty<FieldSpec>())
            {
                if (present.Contains(field.Name))
                {
                    continue;
                }

                // Required fields first, then those a condition requires, then the rest; each group in catalogue order.
                var rank = field.Required ? "0" : field.RequiredCondition != null ? "1" : "2";
                var insert = field.Kind is FieldKind.Object or FieldKind.ObjectList or FieldKind.TextMap or FieldKind.AnyMap ? field.Name + ":" : field.Name + ": ";
                items.Add((JsonNode)Item(field.Name, Field, CatalogueText.Field(string.Join(".", path) + "." + field.Name, field), rank + Pad(items.Count), insert, markdown: true));
            }
        }

        // A spec connector's secrets: authType first, then the secrets of each of its auth types.
        private static void AddSpecSecrets(JsonArray items, SpecConnector spec, HashSet<string> present)
        {
            var offered = new HashSet<string>(present, StringComparer.Ordinal);
            if (offered.Add("authType"))
            {
                items.Add((JsonNode)Item("authType", Field, "One of " + string.Join(", ", (spec.AuthTypes ?? Array.Empty<SpecAuth>()).Select(a => a.Type)) + ": chooses the secrets Kibana asks for.", "0", "authType: "));
            }

            foreach (var auth in spec.AuthTypes ?? Array.Empty<SpecAuth>())
            {
                foreach (var secret in SpecConnectors.RequiredSecrets(spec, auth.Type) ?? Array.Empty<string>())
                {
                    if (offered.Add(secret))
                    {
                        items.Add((JsonNode)Item(secret, Field, $"Secret of authType {auth.Type}: write it as ${{ENV_VAR}} or keep it in the Kibana keystore.", "1", secret + ": "));
                    }
                }
            }
        }

        private static void AddValues(JsonArray items, ConnectorTypeSpec spec, FieldSpec field)
        {
            if (field.EnumSpec != null)
            {
                foreach (var value in field.EnumSpec.Values.Where(v => field.Values.Contains(v.Value)))
                {
                    items.Add((JsonNode)Item(value.Value, EnumMember, value.Description, value.Value == field.Default ? "0" : "1", value.Value));
                }
            }
            else if (field.Kind == FieldKind.Boolean)
            {
                AddBooleans(items);
            }
            else if (spec.ActionTypeId == ".email" && field.Name == "service")
            {
                items.Add((JsonNode)Item(EmailType.Other, EnumMember, "Your own SMTP server: set host and port.", "0", EmailType.Other));
                items.Add((JsonNode)Item(EmailType.ExchangeServer, EnumMember, "Microsoft Exchange through Microsoft Graph with OAuth 2.0: set clientId, tenantId and secrets.clientSecret.", "0", EmailType.ExchangeServer));
                items.Add((JsonNode)Item(EmailType.ElasticCloud, EnumMember, "Elastic Cloud's mail relay.", "0", EmailType.ElasticCloud));
                // nodemailer looks names up in any case; Kibana's documentation writes them in lower case.
                foreach (var name in EmailServices.Names.Select(n => n.ToLowerInvariant()).OrderBy(n => n, StringComparer.Ordinal))
                {
                    var known = EmailServices.Find(name)!;
                    items.Add((JsonNode)Item(name, EnumMember, $"nodemailer's well-known service: {known.Host}:{known.Port}{(known.Secure ? ", TLS" : string.Empty)}.", "1", name));
                }
            }
        }

        private static void AddBooleans(JsonArray items)
        {
            items.Add((JsonNode)Item("true", Value, "true", "0", "true"));
            items.Add((JsonNode)Item("false", Value, "false", "0", "false"));
        }

        // One snippet per type: the id, actionTypeId, name and every required field, with tab stops.
        private static void AddConnectorSnippets(JsonArray items, int indent)
        {
            foreach (var spec in ConnectorCatalogue.All.OrderBy(s => s.ActionTypeId, StringComparer.Ordinal))
            {
                var stop = 1;
                var pad = "  ";
                var text = new StringBuilder();
                text.Append("${").Append(stop++).Append(":my-").Append(spec.ActionTypeId.TrimStart('.').Replace('_', '-')).Append("}:\n");
                text.Append(pad).Append("actionTypeId: ").Append(spec.ActionTypeId).Append('\n');
                text.Append(pad).Append("name: ${").Append(stop++).Append(":name}\n");
                foreach (var section in new[] { Section.Config, Section.Secrets })
                {
                    var required = spec.Fields(section).Where(f => f.Required).ToList();
                    if (required.Count == 0)
                    {
                        continue;
                    }

                    text.Append(pad).Append(section == Section.Config ? "config" : "secrets").Append(":\n");
                    foreach (var field in required)
                    {
                        var placeholder = section == Section.Secrets ? "\\${" + field.Name.ToUpperInvariant() + "}" : field.Values.FirstOrDefault() ?? field.Name;
                        text.Append(pad).Append(pad).Append(field.Name).Append(": ${").Append(stop++).Append(':').Append(placeholder).Append("}\n");
                    }
                }

                var item = Item("connector " + spec.ActionTypeId, Snippet, spec.Description, "0", text.ToString().TrimEnd('\n'));
                item["insertTextFormat"] = 2;
                item["filterText"] = spec.ActionTypeId.TrimStart('.');
                items.Add((JsonNode)item);
            }
        }

        // The keys already written beside the cursor's line, in the same block.
        private static HashSet<string> Siblings(DocumentLines lines, YamlContext context)
        {
            var keys = new HashSet<string>(StringComparer.Ordinal);
            foreach (var direction in new[] { -1, 1 })
            {
                for (var line = context.Line + direction; line >= 0 && line < lines.LineCount; line += direction)
                {
                    var text = lines.Line(line);
                    var trimmed = text.TrimStart(' ');
                    if (trimmed.Length == 0 || trimmed.StartsWith("#", StringComparison.Ordinal))
                    {
                        continue;
                    }

                    var indent = text.Length - trimmed.Length;
                    if (indent < context.Indent)
                    {
                        break;
                    }

                    var colon = trimmed.IndexOf(':');
                    if (indent == context.Indent && colon > 0)
                    {
                        keys.Add(trimmed.Substring(0, colon).Trim('\'', '"'));
                    }
                }
            }

            return keys;
        }

        private static int KeyParts(string key) => Math.Max(1, Rules.Reading.KibanaSettingsReader.SplitKey(key).Count);

        private static string Pad(int index) => index.ToString("D3", System.Globalization.CultureInfo.InvariantCulture);

        private static JsonObject Item(string label, int kind, string documentation, string sort, string insertText, bool markdown = false, string? detail = null)
        {
            var item = new JsonObject
            {
                ["label"] = label,
                ["kind"] = kind,
                ["sortText"] = sort + label,
                ["insertText"] = insertText,
                ["documentation"] = markdown ? new JsonObject { ["kind"] = "markdown", ["value"] = documentation } : (JsonNode)documentation,
            };
            if (detail != null)
            {
                item["detail"] = detail;
            }

            return item;
        }
    }
}

using System;
using System.Linq;
using System.Text.Json.Nodes;
using KibanaConnectors.LanguageServer.Protocol;
using KibanaConnectors.LanguageServer.Workspace;
using KibanaConnectors.Rules.Catalogue;

namespace KibanaConnectors.LanguageServer.Features
{
    /// <summary>
    /// <c>textDocument/hover</c>: a field's description, kind, default, values and whether it is secret; a connector id's
    /// type and name; a type's description (a spec connector's: its release, licence and auth types); for
    /// <c>${NAME}</c>, whether the variable is set in the server's environment (never its value).
    /// </summary>
    internal static class Hover
    {
        public static JsonNode? Provide(ConnectorWorkspace workspace, Document document, JsonNode? position)
        {
            var lines = new DocumentLines(document.Text);
            var line = Lsp.Int(Lsp.At(position, "line"));
            var character = Lsp.Int(Lsp.At(position, "character"));
            if (Variable(lines, line, character) is JsonObject variable)
            {
                return variable;
            }

            var context = YamlContext.At(lines, line, character);
            if (context?.ConnectorId is not string id)
            {
                return null;
            }

            var inConnector = context.InConnector;
            if (inConnector.Count == 0 && context.OnKey)
            {
                var connector = CatalogueText.Connector(workspace, document, context, id);
                var type = CatalogueText.ActionTypeId(workspace, document, lines, context);
                return Markdown($"**{id}**: {(type ?? "no type yet")}{(connector != null && connector.Name.Length > 0 ? $", \"{connector.Name}\"" : string.Empty)}", lines, context.Line, context.KeyStart, context.Key.Length);
            }

            if (inConnector.Count == 1)
            {
                if (inConnector[0] == "actionTypeId" && !context.OnKey && ConnectorCatalogue.Find(context.Value) is ConnectorTypeSpec typeSpec)
                {
                    return Markdown(CatalogueText.Type(typeSpec), lines, context.Line, context.ValueStart, context.Value.Length);
                }

                if (inConnector[0] == "actionTypeId" && !context.OnKey && SpecConnectors.Find(context.Value) is SpecConnector specConnector)
                {
                    return Markdown(specConnector.Describe(), lines, context.Line, context.ValueStart, context.Value.Length);
                }

                return CatalogueText.EntryKeyDescriptions.TryGetValue(inConnector[0], out var about) && context.OnKey
                    ? Markdown($"**{inConnector[0]}**: {about}", lines, context.Line, context.KeyStart, context.Key.Length)
                    : null;
            }

            var actionTypeId = CatalogueText.ActionTypeId(workspace, document, lines, context);
            if (actionTypeId == null || !(ConnectorCatalogue.Find(actionTypeId) is ConnectorTypeSpec spec) || !(CatalogueText.Field(spec, inConnector) is FieldSpec field))
            {
                return null;
            }

            return Markdown(CatalogueText.Field(string.Join(".", inConnector), field), lines, context.Line, context.OnKey ? context.KeyStart : context.ValueStart, context.OnKey ? context.Key.Length : context.Value.Length);
        }

        // ${NAME} or ${NAME:default} under the cursor: is NAME set where the server runs? Never its value.
        private static JsonObject? Variable(DocumentLines lines, int line, int character)
        {
            var text = lines.Line(line);
            var start = text.LastIndexOf("${", Math.Min(character, Math.Max(0, text.Length - 1)), StringComparison.Ordinal);
            if (start < 0)
            {
                return null;
            }

            var end = text.IndexOf('}', start);
            if (end < 0 || character > end)
            {
                return null;
            }

            var inner = text.Substring(start + 2, end - start - 2);
            var colon = inner.IndexOf(':');
            var name = colon < 0 ? inner : inner.Substring(0, colon);
            if (name.Length == 0 || !name.All(c => c == '_' || (c < 128 && char.IsLetterOrDigit(c))))
            {
                return null;
            }

            var set = Environment.GetEnvironmentVariable(name) != null;
            var fallback = colon < 0 ? string.Empty : " (Kibana uses the default written after ':' when it is not set)";
            var message = set
                ? $"`{name}` is set in the environment of the editor's server; Kibana reads it from its own environment when it starts."
                : $"`{name}` is not set in the environment of the editor's server; Kibana needs it in its own environment when it starts{fallback}.";
            return Markdown(message, lines, line, start, end + 1 - start);
        }

        private static JsonObject Markdown(string text, DocumentLines lines, int line, int start, int length)
        {
            var from = lines.Offset(line, start);
            return new JsonObject
            {
                ["contents"] = new JsonObject { ["kind"] = "markdown", ["value"] = text },
                ["range"] = lines.Range(from, from + Math.Max(0, length)),
            };
        }
    }
}

using System.Linq;
using System.Text.Json.Nodes;
using KibanaConnectors.LanguageServer.Protocol;
using KibanaConnectors.LanguageServer.Workspace;

namespace KibanaConnectors.LanguageServer.Features
{
    /// <summary><c>textDocument/documentSymbol</c>: the document's connectors, an outline of ids with their types and names.</summary>
    internal static class Symbols
    {
        private const int ObjectKind = 19;

        public static JsonNode Provide(ConnectorWorkspace workspace, Document document)
        {
            var lines = new DocumentLines(document.Text);
            var result = new JsonArray();
            foreach (var connector in workspace.Model(document).Connectors.OrderBy(c => c.IdSpan.Start))
            {
                var selection = lines.Range(connector.IdSpan);
                var start = connector.IdSpan.Start;
                var end = BlockEnd(lines, connector.IdSpan);
                result.Add((JsonNode)new JsonObject
                {
                    ["name"] = connector.Id,
                    ["detail"] = (connector.ActionTypeId.Length > 0 ? connector.ActionTypeId + " " : string.Empty) + connector.Name,
                    ["kind"] = ObjectKind,
                    ["range"] = lines.Range(start, end),
                    ["selectionRange"] = selection,
                });
            }

            return result;
        }

        // The end of the block the id opens, from the lines. The model keeps no end of a connector's map: it would change
        // with a trailing comment and cost the generator its cache.
        private static int BlockEnd(DocumentLines lines, Rules.Common.SourceSpan key)
        {
            var (line, _) = lines.Position(key.Start);
            var last = lines.BlockEnd(line);
            return last == line ? key.End : lines.Offset(last, int.MaxValue);
        }
    }
}

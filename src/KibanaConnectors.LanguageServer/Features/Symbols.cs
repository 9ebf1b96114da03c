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
            var lines = new TextLines(document.Text);
            var result = new JsonArray();
            foreach (var connector in workspace.Model(document).Connectors.OrderBy(c => c.IdSpan.Start))
            {
                var selection = lines.Range(connector.IdSpan);
                var start = System.Math.Min(connector.IdSpan.Start, connector.EntrySpan.Start);
                var end = System.Math.Max(connector.IdSpan.End, connector.EntrySpan.End);
                result.Add(new JsonObject
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
    }
}

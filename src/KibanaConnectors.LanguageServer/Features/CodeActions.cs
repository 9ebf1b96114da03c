using System.Text.Json.Nodes;
using KibanaConnectors.LanguageServer.Workspace;

namespace KibanaConnectors.LanguageServer.Features
{
    internal static class CodeActions
    {
        public static JsonNode? Provide(ConnectorWorkspace workspace, Document document, JsonNode? range, JsonNode? context) => new JsonArray();
    }
}

using System.Text.Json.Nodes;
using KibanaConnectors.LanguageServer.Workspace;

namespace KibanaConnectors.LanguageServer.Features
{
    internal static class Completion
    {
        public static JsonNode? Provide(ConnectorWorkspace workspace, Document document, JsonNode? position) => null;
    }
}

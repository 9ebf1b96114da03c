using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using KibanaConnectors.LanguageServer.Protocol;

namespace KibanaConnectors.LanguageServer.Workspace
{
    /// <summary>
    /// The editor's settings for the server, from <c>initializationOptions</c> and <c>workspace/didChangeConfiguration</c>:
    /// either at the top level or under a <c>kibanaConnectors</c> section. Each is the MSBuild property of the same
    /// meaning, for settings files without a project; a project file next to the files wins where it sets one.
    /// </summary>
    internal sealed record ServerSettings(
        string? KibanaVersion,
        string? License,
        bool? MergeKeys,
        bool? ElasticCloud,
        IReadOnlyList<string> KeystoreFiles)
    {
        public static readonly ServerSettings None = new ServerSettings(null, null, null, null, new string[0]);

        public static ServerSettings From(JsonNode? node)
        {
            var section = Lsp.At(node, "kibanaConnectors") ?? node;
            if (!(section is JsonObject settings))
            {
                return None;
            }

            var keystore = settings["keystore"] switch
            {
                JsonArray list => list.Select(Lsp.OptionalString).Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s!).ToList(),
                JsonValue one when Lsp.OptionalString(one) is string path => new List<string> { path },
                _ => new List<string>(),
            };
            return new ServerSettings(
                Lsp.OptionalString(settings["kibanaVersion"]),
                Lsp.OptionalString(settings["license"]),
                Lsp.OptionalBool(settings["mergeKeys"]),
                Lsp.OptionalBool(settings["elasticCloud"]),
                keystore);
        }

        /// <summary>The settings as the MSBuild properties they stand for.</summary>
        public string? Property(string name) => name switch
        {
            "KibanaConnectorsKibanaVersion" => KibanaVersion,
            "KibanaConnectorsLicense" => License,
            "KibanaConnectorsYamlMergeKeys" => MergeKeys?.ToString(),
            "KibanaConnectorsElasticCloud" => ElasticCloud?.ToString(),
            _ => null,
        };
    }
}

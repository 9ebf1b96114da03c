using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using KibanaConnectors.Rules.Model;
using KibanaConnectors.Rules.Set;

namespace KibanaConnectors.Cli
{
    /// <summary>
    /// A JSON Schema (draft-07) of <c>.kibana-connectors.yml</c>, written from the reader's own lists (its keys, the ids a
    /// project can set, the severities, the shapes), so that an editor completes and checks the file as the tools read
    /// it. The reader stays the judge (KC0017): the schema does not know, say, which Kibana releases exist.
    /// </summary>
    public static class ConfigSchemaWriter
    {
        /// <summary>The schema's <c>$id</c>.</summary>
        public const string Id = "https://kibana-connectors.invalid/schemas/kibana-connectors-config.schema.json";

        private static readonly Dictionary<string, string> s_descriptions = new Dictionary<string, string>
        {
            ["kibanaVersion"] = "The Kibana release whose reader and rules apply, such as 8.18 or 9.2 (KibanaConnectorsKibanaVersion; --kibana-version wins over it). Default: the newest.",
            ["license"] = "The licence the Kibana runs under: connector types that need more are KC0303 (KibanaConnectorsLicense; --license wins over it).",
            ["mergeKeys"] = "Apply YAML '<<' merge keys whatever the release (KibanaConnectorsYamlMergeKeys; --merge-keys).",
            ["elasticCloud"] = "The Kibana runs on Elastic Cloud, which adds its Elastic-Cloud-SMTP connector (KibanaConnectorsElasticCloud; --elastic-cloud).",
            ["keystore"] = "Keystore files, relative to this file's folder: the output of 'kibana-keystore list', or Kubernetes Secret manifests (--keystore replaces them).",
            ["shape"] = "How every checked file keeps Kibana's settings; auto tells it by the content (--shape wins over it).",
            ["severities"] = "A severity per diagnostic id for the CLI and the editor server, as .globalconfig's dotnet_diagnostic.<id>.severity for a build: none leaves the id out.",
        };

        /// <summary>The schema, as JSON text (checked in as <c>schemas/kibana-connectors-config.schema.json</c>).</summary>
        public static string Write()
        {
            var properties = new JsonObject();
            foreach (var (key, _) in ProjectConfigFile.Keys)
            {
                var property = key switch
                {
                    "kibanaVersion" => new JsonObject { ["type"] = Types("string", "number"), ["pattern"] = "^[0-9]+\\.[0-9]+(\\.[0-9]+)?$" },
                    "license" => new JsonObject { ["type"] = "string", ["enum"] = Strings(new[] { "basic", "gold", "platinum", "enterprise" }) },
                    "mergeKeys" or "elasticCloud" => new JsonObject { ["type"] = "boolean" },
                    "keystore" => new JsonObject
                    {
                        ["oneOf"] = new JsonArray(
                            new JsonObject { ["type"] = "string", ["minLength"] = 1 },
                            new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string", ["minLength"] = 1 } }),
                    },
                    "shape" => new JsonObject { ["type"] = "string", ["enum"] = Strings(SettingsShapes.Names) },
                    _ => new JsonObject
                    {
                        ["type"] = "object",
                        ["propertyNames"] = new JsonObject { ["enum"] = Strings(ProjectConfigFile.SettableIds) },
                        ["additionalProperties"] = new JsonObject { ["type"] = "string", ["enum"] = Strings(ProjectConfigFile.SeverityNames) },
                    },
                };
                property["description"] = s_descriptions[key];
                properties[key] = property;
            }

            var schema = new JsonObject
            {
                ["$schema"] = "http://json-schema.org/draft-07/schema#",
                ["$id"] = Id,
                ["title"] = ".kibana-connectors.yml",
                ["description"] = "The project config file of kibana-connectors: what the CLI and the editor server read for what a build takes from MSBuild properties and .globalconfig.",
                ["type"] = "object",
                ["properties"] = properties,
                ["additionalProperties"] = false,
            };
            return LanguageServer.Protocol.JsonText.Indented(schema, LanguageServer.Protocol.JsonText.Relaxed) + "\n";
        }

        // JsonArray's constructor takes nodes: no generic Add, which trimming cannot follow.
        private static JsonArray Strings(IEnumerable<string> values) => new JsonArray(values.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray());

        private static JsonArray Types(params string[] types) => Strings(types);
    }
}

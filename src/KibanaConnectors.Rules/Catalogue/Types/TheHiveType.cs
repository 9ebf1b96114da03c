using KibanaConnectors.Rules.Model;
using static KibanaConnectors.Rules.Catalogue.FieldSpec;

namespace KibanaConnectors.Rules.Catalogue.Types
{
    /// <summary>
    /// <c>.thehive</c>: TheHive. kbn-connector-schemas/thehive/schemas/v1.ts (strict config and secrets);
    /// stack_connectors/server/connector_types/thehive/index.ts: platinum, <c>urlAllowListValidator('url')</c>.
    /// </summary>
    internal static class TheHiveType
    {
        public static readonly ConnectorTypeSpec Spec = new ConnectorTypeSpec(
            ".thehive",
            "TheHive",
            "Creates cases and alerts in TheHive through its v1 REST API.",
            KibanaLicense.Platinum,
            config: new[]
            {
                Url("url", "The TheHive instance URL, such as https://thehive.example.com.").AsRequired(),
                // z.string().nullable().default(null): null and leaving it out are the same.
                Text("organisation", "The TheHive organisation cases and alerts are created in; the API key's default organisation when left out."),
            },
            secrets: new[] { Text("apiKey", "A TheHive API key of the user the connector acts as.").AsRequired() })
        {
            Added = VersionFact.Since(8, 16, "Kibana Guide thehive-action-type.html: 'Added in 8.16.0'"),
        };
    }
}

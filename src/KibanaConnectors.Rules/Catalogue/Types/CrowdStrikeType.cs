using KibanaConnectors.Rules.Model;
using static KibanaConnectors.Rules.Catalogue.FieldSpec;

namespace KibanaConnectors.Rules.Catalogue.Types
{
    /// <summary>
    /// <c>.crowdstrike</c>: CrowdStrike Falcon response actions for Elastic Security.
    /// kbn-connector-schemas/crowdstrike/schemas/v1.ts (strict config and secrets);
    /// stack_connectors/server/connector_types/crowdstrike/index.ts: enterprise, <c>urlAllowListValidator('url')</c>;
    /// registered when the feature flag <c>crowdstrikeConnectorOn</c> is on.
    /// </summary>
    internal static class CrowdStrikeType
    {
        public static readonly ConnectorTypeSpec Spec = new ConnectorTypeSpec(
            ".crowdstrike",
            "CrowdStrike",
            "Runs Elastic Security response actions (contain, lift containment, real-time response) on hosts CrowdStrike Falcon protects.",
            KibanaLicense.Enterprise,
            // v1.test.ts "does not throw on empty url": the schema takes '', but urlAllowListValidator refuses a URL that
            // does not parse, so Kibana refuses the connector.
            config: new[] { Url("url", "The CrowdStrike API URL of the tenant's cloud, such as https://api.crowdstrike.com.").AsRequired() },
            secrets: new[]
            {
                Text("clientId", "The client id of a CrowdStrike API client.").AsRequired(),
                Text("clientSecret", "The secret of that API client.").AsRequired(),
            })
        {
            Availability = SecurityFeatureFlags.Note("crowdstrikeConnectorOn"),
            Added = VersionFact.Unknown("the stored Kibana Guide and source history do not date it"),
        };
    }
}

using KibanaConnectors.Rules.Model;
using static KibanaConnectors.Rules.Catalogue.FieldSpec;

namespace KibanaConnectors.Rules.Catalogue.Types
{
    /// <summary>
    /// <c>.sentinelone</c>: SentinelOne response actions for Elastic Security. kbn-connector-schemas/sentinelone/schemas/v1.ts
    /// (strict config and secrets); stack_connectors/server/connector_types/sentinelone/index.ts: enterprise,
    /// <c>urlAllowListValidator('url')</c>; registered when the feature flag <c>sentinelOneConnectorOn</c> is on.
    /// </summary>
    internal static class SentinelOneType
    {
        public static readonly ConnectorTypeSpec Spec = new ConnectorTypeSpec(
            ".sentinelone",
            "SentinelOne",
            "Runs Elastic Security response actions (isolate, release, run scripts) on hosts SentinelOne protects.",
            KibanaLicense.Enterprise,
            config: new[] { Url("url", "The SentinelOne management console URL, such as https://usea1.sentinelone.net.").AsRequired() },
            secrets: new[] { Text("token", "A SentinelOne API token allowed to read data and act on hosts.").AsRequired() })
        {
            Availability = SecurityFeatureFlags.Note("sentinelOneConnectorOn"),
            Added = VersionFact.Unknown("the stored Kibana Guide and source history do not date it (its page marks it technical preview)"),
        };
    }

    /// <summary>How Kibana registers the security connector types: behind stack connectors feature flags.</summary>
    internal static class SecurityFeatureFlags
    {
        /// <summary>
        /// stack_connectors/server/connector_types/index.ts registers the type only <c>if (experimentalFeatures.flag)</c>;
        /// common/experimental_features.ts sets the flag true by default, and <c>xpack.stack_connectors.enableExperimental</c>
        /// can only turn flags on, so the newest Kibana always registers it.
        /// </summary>
        public static string Note(string flag) =>
            $"Kibana registers this type behind the stack connectors feature flag {flag}, on by default in the newest source; "
            + $"where a release has it off, add {flag} to xpack.stack_connectors.enableExperimental.";
    }
}

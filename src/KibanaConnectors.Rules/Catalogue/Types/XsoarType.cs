using KibanaConnectors.Rules.Model;
using static KibanaConnectors.Rules.Catalogue.FieldSpec;

namespace KibanaConnectors.Rules.Catalogue.Types
{
    /// <summary>
    /// <c>.xsoar</c>: Palo Alto Networks Cortex XSOAR. kbn-connector-schemas/xsoar/schemas/v1.ts (strict config and
    /// secrets); stack_connectors/server/connector_types/xsoar/index.ts: platinum, <c>urlAllowListValidator('url')</c>.
    /// </summary>
    internal static class XsoarType
    {
        public static readonly ConnectorTypeSpec Spec = new ConnectorTypeSpec(
            ".xsoar",
            "Xsoar",
            "Creates incidents in Cortex XSOAR and runs its playbooks on them.",
            KibanaLicense.Platinum,
            config: new[] { Url("url", "The Cortex XSOAR server URL, such as https://xsoar.example.com.").AsRequired() },
            secrets: new[]
            {
                Text("apiKey", "A Cortex XSOAR API key.").AsRequired(),
                // z.string().nullable().default(null): needed for Cortex XSOAR 8 and XSIAM, whose keys come with an id.
                Text("apiKeyID", "The id of the API key, which Cortex XSOAR 8 and XSIAM keys have; left out for XSOAR 6."),
            })
        {
            // Elastic's kibana-connectors agent skill lists "XSOAR (9.1+)"; whether 8.19 has it too is not known, and a
            // release wrongly refused is worse than one not dated.
            Added = VersionFact.Unknown("Elastic's kibana-connectors skill (elastic/agent-skills) says 9.1 and later, but not whether 8.19 has it; the stored source history has no release tags"),
        };
    }
}

using KibanaConnectors.Rules.Model;
using static KibanaConnectors.Rules.Catalogue.FieldSpec;

namespace KibanaConnectors.Rules.Catalogue.Types
{
    /// <summary><c>.d3security</c>: D3 Security. Severity and event type are action parameters now, not config.</summary>
    internal static class D3SecurityType
    {
        public static readonly ConnectorTypeSpec Spec = new ConnectorTypeSpec(
            ".d3security",
            "D3Security",
            "Sends events to a D3 Security SOAR server.",
            KibanaLicense.Gold,
            config: new[] { Url("url", "The D3 Security API endpoint that receives the events.").AsRequired() },
            secrets: new[] { Text("token", "The API token D3 Security issued for the connector.").AsRequired() })
        {
            // elastic/kibana#158569 (D3 Security Sub Actions Connector); the Kibana Guide documents it from 8.9 on.
            Added = VersionFact.Since(8, 9, "elastic/kibana#158569; Kibana Guide 8.9 d3security-action-type.html, the earliest stored guide that documents it"),
        };
    }
}

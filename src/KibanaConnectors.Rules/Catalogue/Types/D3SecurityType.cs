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
            secrets: new[] { Text("token", "The API token D3 Security issued for the connector.").AsRequired() });
    }
}

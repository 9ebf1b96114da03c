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
            KibanaLicense.Gold,
            config: new[] { Url("url").AsRequired() },
            secrets: new[] { Text("token").AsRequired() });
    }
}

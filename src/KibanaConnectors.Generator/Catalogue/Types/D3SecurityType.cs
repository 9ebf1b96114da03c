using KibanaConnectors.Generator.Validation;
using static KibanaConnectors.Generator.Catalogue.FieldSpec;

namespace KibanaConnectors.Generator.Catalogue.Types
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

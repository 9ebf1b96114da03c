using KibanaConnectors.Rules.Model;
using static KibanaConnectors.Rules.Catalogue.FieldSpec;

namespace KibanaConnectors.Rules.Catalogue.Types
{
    /// <summary><c>.opsgenie</c>: Opsgenie.</summary>
    internal static class OpsgenieType
    {
        public static readonly ConnectorTypeSpec Spec = new ConnectorTypeSpec(
            ".opsgenie",
            "Opsgenie",
            KibanaLicense.Platinum,
            config: new[] { Url("apiUrl").AsRequired() },
            secrets: new[] { Text("apiKey").AsRequired() });
    }
}

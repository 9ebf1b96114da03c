using KibanaConnectors.Generator.Validation;
using static KibanaConnectors.Generator.Catalogue.FieldSpec;

namespace KibanaConnectors.Generator.Catalogue.Types
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

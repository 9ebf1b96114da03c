using KibanaConnectors.Generator.Validation;
using static KibanaConnectors.Generator.Catalogue.FieldSpec;

namespace KibanaConnectors.Generator.Catalogue.Types
{
    /// <summary><c>.resilient</c>: IBM Resilient.</summary>
    internal static class ResilientType
    {
        public static readonly ConnectorTypeSpec Spec = new ConnectorTypeSpec(
            ".resilient",
            "Resilient",
            KibanaLicense.Platinum,
            config: new[] { Url("apiUrl").AsRequired(), Text("orgId").AsRequired() },
            secrets: new[] { Text("apiKeyId").AsRequired(), Text("apiKeySecret").AsRequired() });
    }
}

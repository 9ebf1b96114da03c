using KibanaConnectors.Rules.Model;
using static KibanaConnectors.Rules.Catalogue.FieldSpec;

namespace KibanaConnectors.Rules.Catalogue.Types
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

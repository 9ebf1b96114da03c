using KibanaConnectors.Generator.Validation;
using static KibanaConnectors.Generator.Catalogue.FieldSpec;

namespace KibanaConnectors.Generator.Catalogue.Types
{
    /// <summary><c>.tines</c>: Tines.</summary>
    internal static class TinesType
    {
        public static readonly ConnectorTypeSpec Spec = new ConnectorTypeSpec(
            ".tines",
            "Tines",
            KibanaLicense.Gold,
            config: new[] { Url("url").AsRequired() },
            secrets: new[] { Text("email").AsRequired(), Text("token").AsRequired() });
    }
}

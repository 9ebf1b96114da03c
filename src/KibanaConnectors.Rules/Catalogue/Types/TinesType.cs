using KibanaConnectors.Rules.Model;
using static KibanaConnectors.Rules.Catalogue.FieldSpec;

namespace KibanaConnectors.Rules.Catalogue.Types
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

using KibanaConnectors.Generator.Validation;
using static KibanaConnectors.Generator.Catalogue.FieldSpec;

namespace KibanaConnectors.Generator.Catalogue.Types
{
    /// <summary><c>.teams</c>: Microsoft Teams through an incoming webhook.</summary>
    internal static class TeamsType
    {
        public static readonly ConnectorTypeSpec Spec = new ConnectorTypeSpec(
            ".teams",
            "Teams",
            KibanaLicense.Gold,
            config: System.Array.Empty<FieldSpec>(),
            secrets: new[] { Url("webhookUrl").AsRequired() });
    }
}

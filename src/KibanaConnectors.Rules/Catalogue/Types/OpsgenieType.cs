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
            "Creates and closes Opsgenie alerts.",
            KibanaLicense.Platinum,
            config: new[] { Url("apiUrl", "The Opsgenie API URL, such as https://api.opsgenie.com.").AsRequired() },
            secrets: new[] { Text("apiKey", "The API key of an Opsgenie API integration.").AsRequired() });
    }
}

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
            "Sends events to webhook actions of Tines stories.",
            KibanaLicense.Gold,
            config: new[] { Url("url", "The Tines tenant URL, such as https://example.tines.com.").AsRequired() },
            secrets: new[]
            {
                Text("email", "The email address the connector signs in to Tines with.").AsRequired(),
                Text("token", "A Tines API token of that account.").AsRequired(),
            });
    }
}

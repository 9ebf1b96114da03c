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
            "Creates and updates incidents in IBM Resilient (IBM QRadar SOAR).",
            KibanaLicense.Platinum,
            config: new[]
            {
                Url("apiUrl", "The IBM Resilient instance URL.").AsRequired(),
                Text("orgId", "The id of the IBM Resilient organization incidents are created in.").AsRequired(),
            },
            secrets: new[]
            {
                Text("apiKeyId", "The id of the API key, the user of basic authentication.").AsRequired(),
                Text("apiKeySecret", "The secret of the API key, the password of basic authentication.").AsRequired(),
            });
    }
}

using KibanaConnectors.Rules.Model;
using static KibanaConnectors.Rules.Catalogue.FieldSpec;

namespace KibanaConnectors.Rules.Catalogue.Types
{
    /// <summary><c>.bedrock</c>: Amazon Bedrock.</summary>
    internal static class BedrockType
    {
        public static readonly ConnectorTypeSpec Spec = new ConnectorTypeSpec(
            ".bedrock",
            "Bedrock",
            KibanaLicense.Enterprise,
            config: new[] { Url("apiUrl").AsRequired(), Text("defaultModel"), Integer("contextWindowLength"), Number("temperature") },
            secrets: new[] { Text("accessKey").AsRequired(), Text("secret").AsRequired() });
    }
}

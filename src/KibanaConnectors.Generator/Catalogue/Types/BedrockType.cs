using KibanaConnectors.Generator.Validation;
using static KibanaConnectors.Generator.Catalogue.FieldSpec;

namespace KibanaConnectors.Generator.Catalogue.Types
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

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
            "Runs prompts on Amazon Bedrock models, signing requests with an AWS access key.",
            KibanaLicense.Enterprise,
            config: new[]
            {
                Url("apiUrl", "The Bedrock runtime endpoint requests go to, such as https://bedrock-runtime.us-east-1.amazonaws.com.").AsRequired(),
                Text("defaultModel", "The model id used when an action names none."),
                Integer("contextWindowLength", "How many tokens the model's context window holds."),
                Number("temperature", "The sampling temperature sent with each request: higher gives more varied answers."),
            },
            secrets: new[]
            {
                Text("accessKey", "The AWS access key id.").AsRequired(),
                Text("secret", "The AWS secret access key.").AsRequired(),
            });
    }
}

using KibanaConnectors.Rules.Model;
using static KibanaConnectors.Rules.Catalogue.FieldSpec;

namespace KibanaConnectors.Rules.Catalogue.Types
{
    /// <summary><c>.bedrock</c>: Amazon Bedrock.</summary>
    internal static class BedrockType
    {
        /// <summary>kbn-connector-schemas/bedrock/constants.ts DEFAULT_MODEL: the model when <c>defaultModel</c> is left out.</summary>
        public const string DefaultModel = "us.anthropic.claude-sonnet-4-5-20250929-v1:0";

        public static readonly ConnectorTypeSpec Spec = new ConnectorTypeSpec(
            ".bedrock",
            "Bedrock",
            "Runs prompts on Amazon Bedrock models, signing requests with an AWS access key.",
            KibanaLicense.Enterprise,
            config: new[]
            {
                Url("apiUrl", "The Bedrock runtime endpoint requests go to, such as https://bedrock-runtime.us-east-1.amazonaws.com.").AsRequired(),
                // kbn-connector-schemas/bedrock/schemas/v1.ts: region z.string().optional(), defaultModel z.string().default(DEFAULT_MODEL).
                Text("region", "The AWS region requests are signed for; taken from apiUrl when left out.")
                    .SinceUnknown("kbn-connector-schemas/bedrock/schemas/v1.ts has it at commit 027ff21; the stored versions are not tied to releases"),
                Text("defaultModel", "The model id used when an action names none.").WithDefault(DefaultModel),
                Integer("contextWindowLength", "How many tokens the model's context window holds."),
                Number("temperature", "The sampling temperature sent with each request: higher gives more varied answers."),
            },
            secrets: new[]
            {
                Text("accessKey", "The AWS access key id.").AsRequired(),
                Text("secret", "The AWS secret access key.").AsRequired(),
            })
        {
            // The earliest Kibana Guide with its page (bedrock-action-type.html) in the stored docs is 8.11's.
            Added = VersionFact.Since(8, 11, "Kibana Guide 8.11 bedrock-action-type.html, the earliest stored guide that documents it"),
        };
    }
}

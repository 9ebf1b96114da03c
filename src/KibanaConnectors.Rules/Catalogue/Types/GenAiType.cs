using KibanaConnectors.Rules.Model;
using static KibanaConnectors.Rules.Catalogue.FieldSpec;

namespace KibanaConnectors.Rules.Catalogue.Types
{
    /// <summary><c>.gen-ai</c>: OpenAI, Azure OpenAI or another OpenAI-compatible service.</summary>
    internal static class GenAiType
    {
        /// <summary>The model Kibana uses for OpenAI when <c>defaultModel</c> is left out.</summary>
        public const string DefaultOpenAIModel = "gpt-4.1";

        private static readonly EnumSpec s_provider = new EnumSpec(
            "GenAiApiProvider",
            "The service behind a .gen-ai connector, which decides the fields it takes.",
            ("OpenAI", "OpenAI's own API."),
            ("Azure OpenAI", "Azure OpenAI Service."),
            ("Other", "Another service with an OpenAI-compatible chat completions API."));

        public static readonly ConnectorTypeSpec Spec = new ConnectorTypeSpec(
            ".gen-ai",
            "GenAi",
            "Sends chat completion requests to OpenAI, Azure OpenAI or another OpenAI-compatible service.",
            KibanaLicense.Enterprise,
            config: new[]
            {
                Enum("apiProvider", "The service the connector calls.", s_provider).AsRequired(),
                Url("apiUrl", "The chat completions endpoint, such as https://api.openai.com/v1/chat/completions.").AsRequired(),
                Text("defaultModel", "The model used when an action names none; " + DefaultOpenAIModel + " for OpenAI when left out.").RequiredWhen("apiProvider is 'Other'"),
                TextMap("headers", "HTTP headers sent with every request, by name."),
                Text("organizationId", "The OpenAI organization requests are billed to (OpenAI only)."),
                Text("projectId", "The OpenAI project requests belong to (OpenAI only)."),
                Integer("contextWindowLength", "How many tokens the model's context window holds."),
                Number("temperature", "The sampling temperature sent with each request: higher gives more varied answers."),
                Enum("verificationMode", "How the server's TLS certificate is checked (Other only); full when left out.", CommonEnums.VerificationMode),
                Boolean("enableNativeFunctionCalling", "Whether tool calls use the service's native function calling (Other only)."),
            },
            secrets: new[]
            {
                Text("apiKey", "The API key.").RequiredWhen("certificateData and privateKeyData are not given"),
                Text("certificateData", "A TLS client certificate, as base64-encoded PEM (Other only).").RequiredWhen("privateKeyData is given"),
                Text("privateKeyData", "The private key of the client certificate, as base64-encoded PEM (Other only).").RequiredWhen("certificateData is given"),
                Text("caData", "A certificate authority to trust for the server's certificate, as base64-encoded PEM (Other only)."),
            },
            rules: Rules);

        private static void Rules(ITypeCheck check)
        {
            var provider = check.Text(Section.Config, "apiProvider");
            if (provider == null)
            {
                return;
            }

            // Kibana's config is one strict schema per provider.
            if (provider != "OpenAI")
            {
                check.Forbid(Section.Config, "organizationId", "unless apiProvider is 'OpenAI'");
                check.Forbid(Section.Config, "projectId", "unless apiProvider is 'OpenAI'");
            }
            else if (!check.IsSet(Section.Config, "defaultModel"))
            {
                check.SetValue(Section.Config, "defaultModel", ValueNode.Scalar(ValueKind.String, DefaultOpenAIModel));
            }

            if (provider != "Other")
            {
                check.Forbid(Section.Config, "verificationMode", "unless apiProvider is 'Other'");
                check.Forbid(Section.Config, "enableNativeFunctionCalling", "unless apiProvider is 'Other'");
            }
            else
            {
                check.Require(Section.Config, "defaultModel");
                if (!check.IsSet(Section.Config, "verificationMode"))
                {
                    check.SetValue(Section.Config, "verificationMode", ValueNode.Scalar(ValueKind.String, "full"));
                }
            }

            if (check.IsSet(Section.Secrets, "certificateData") || check.IsSet(Section.Secrets, "privateKeyData"))
            {
                check.Require(Section.Secrets, "certificateData");
                check.Require(Section.Secrets, "privateKeyData");
            }
            else
            {
                check.Require(Section.Secrets, "apiKey");
            }
        }
    }
}

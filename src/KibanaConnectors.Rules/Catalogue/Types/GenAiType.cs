using KibanaConnectors.Rules.Common;
using KibanaConnectors.Rules.Diagnostics;
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
                Text("defaultModel", "The model used when an action names none; " + DefaultOpenAIModel + " for OpenAI when left out.").RequiredWhen("apiProvider is 'Other'")
                    .Since(8, 10, "Kibana Guide 8.10 gen-ai-action-type.html lists Default model, 8.9's does not"),
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
            rules: Rules)
        {
            // The earliest Kibana Guide with its page (gen-ai-action-type.html) in the stored docs is 8.8's.
            Added = VersionFact.Since(8, 8, "Kibana Guide 8.8 gen-ai-action-type.html, the earliest stored guide that documents it"),
        };

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

            // stack_connectors openai/index.ts secretsValidator: PKI when certificateData is truthy (other_openai_utils.ts
            // pkiSecretsValidator), otherwise an apiKey that is truthy (nonPkiSecretsValidator): '' counts as missing.
            if (check.IsGiven(Section.Secrets, "certificateData"))
            {
                RequireGiven(check, "privateKeyData", "when certificateData is given");
                CheckPem(check, "certificateData", "CERTIFICATE");
                CheckPem(check, "privateKeyData", "PRIVATE KEY");
                CheckPem(check, "caData", "CERTIFICATE");
            }
            else
            {
                RequireGiven(check, "apiKey", check.IsSet(Section.Secrets, "privateKeyData") ? "unless certificateData is given (privateKeyData alone is not PKI)" : "unless certificateData and privateKeyData are given");
            }
        }

        // A field written as '' is missing to Kibana: KC0105 where it is written; a field left out is KC0105 at the id.
        private static void RequireGiven(ITypeCheck check, string field, string because)
        {
            if (check.IsGiven(Section.Secrets, field))
            {
                return;
            }

            if (check.IsSet(Section.Secrets, field))
            {
                check.Report(DiagnosticRules.MissingSecret, check.ValueSpan(Section.Secrets, field), check.Id, check.Spec.ActionTypeId, field, $" {because} (it is written as '', which Kibana counts as missing)");
            }
            else
            {
                check.Require(Section.Secrets, field, because);
            }
        }

        // other_openai_utils.ts validatePEMData: the base64 text must decode to PEM with this header.
        private static void CheckPem(ITypeCheck check, string field, string label)
        {
            if (check.Text(Section.Secrets, field) is string data && data.Length > 0 && !Base64Pem.Holds(data, label))
            {
                var hint = data.TrimStart().StartsWith("-----BEGIN", System.StringComparison.Ordinal)
                    ? "; it is PEM as it is: encode the whole PEM file with base64 (base64 -w0 file.pem)"
                    : label == "PRIVATE KEY" && Base64Pem.Holds(data, "RSA PRIVATE KEY")
                        ? "; it holds an RSA (PKCS #1) key, but Kibana looks for a PKCS #8 key: convert it with openssl pkcs8 -topk8 -nocrypt"
                        : string.Empty;
                check.Report(DiagnosticRules.InvalidPem, check.ValueSpan(Section.Secrets, field), check.Id, "secrets." + field,
                    $"does not decode from base64 to PEM beginning with '-----BEGIN {label}-----', so Kibana refuses the connector{hint}");
            }
        }
    }
}

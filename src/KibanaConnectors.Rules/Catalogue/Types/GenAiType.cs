using KibanaConnectors.Rules.Model;
using static KibanaConnectors.Rules.Catalogue.FieldSpec;

namespace KibanaConnectors.Rules.Catalogue.Types
{
    /// <summary><c>.gen-ai</c>: OpenAI, Azure OpenAI or another OpenAI-compatible service.</summary>
    internal static class GenAiType
    {
        /// <summary>The model Kibana uses for OpenAI when <c>defaultModel</c> is left out.</summary>
        public const string DefaultOpenAIModel = "gpt-4.1";

        public static readonly ConnectorTypeSpec Spec = new ConnectorTypeSpec(
            ".gen-ai",
            "GenAi",
            KibanaLicense.Enterprise,
            config: new[]
            {
                Enum("apiProvider", "GenAiApiProvider", "OpenAI", "Azure OpenAI", "Other").AsRequired(),
                Url("apiUrl").AsRequired(),
                Text("defaultModel"),
                TextMap("headers"),
                Text("organizationId"),
                Text("projectId"),
                Integer("contextWindowLength"),
                Number("temperature"),
                Enum("verificationMode", "VerificationMode", "full", "certificate", "none"),
                Boolean("enableNativeFunctionCalling"),
            },
            secrets: new[] { Text("apiKey"), Text("certificateData"), Text("privateKeyData"), Text("caData") },
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
                check.Require(Section.Config, "defaultModel", "when apiProvider is 'Other'");
                if (!check.IsSet(Section.Config, "verificationMode"))
                {
                    check.SetValue(Section.Config, "verificationMode", ValueNode.Scalar(ValueKind.String, "full"));
                }
            }

            if (check.IsSet(Section.Secrets, "certificateData") || check.IsSet(Section.Secrets, "privateKeyData"))
            {
                check.Require(Section.Secrets, "certificateData", "when privateKeyData is given");
                check.Require(Section.Secrets, "privateKeyData", "when certificateData is given");
            }
            else
            {
                check.Require(Section.Secrets, "apiKey", "unless certificateData and privateKeyData are given");
            }
        }
    }
}

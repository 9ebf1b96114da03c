using KibanaConnectors.Generator.Validation;
using static KibanaConnectors.Generator.Catalogue.FieldSpec;

namespace KibanaConnectors.Generator.Catalogue.Types
{
    /// <summary><c>.gen-ai</c>: OpenAI, Azure OpenAI or another OpenAI-compatible service.</summary>
    internal static class GenAiType
    {
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

        private static void Rules(ConnectorCheck check)
        {
            var provider = check.Text(Section.Config, "apiProvider");
            if (provider == null)
            {
                return;
            }

            if (provider != "OpenAI")
            {
                check.Forbid(Section.Config, "organizationId", "unless apiProvider is 'OpenAI'");
                check.Forbid(Section.Config, "projectId", "unless apiProvider is 'OpenAI'");
            }

            if (provider != "Other")
            {
                check.Forbid(Section.Config, "verificationMode", "unless apiProvider is 'Other'");
                check.Forbid(Section.Config, "enableNativeFunctionCalling", "unless apiProvider is 'Other'");
                check.Forbid(Section.Secrets, "certificateData", "unless apiProvider is 'Other'");
                check.Forbid(Section.Secrets, "privateKeyData", "unless apiProvider is 'Other'");
                check.Forbid(Section.Secrets, "caData", "unless apiProvider is 'Other'");
            }
            else
            {
                check.Require(Section.Config, "defaultModel", "when apiProvider is 'Other'");
            }

            var certificates = check.IsSet(Section.Secrets, "certificateData") || check.IsSet(Section.Secrets, "privateKeyData");
            if (certificates && provider == "Other")
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

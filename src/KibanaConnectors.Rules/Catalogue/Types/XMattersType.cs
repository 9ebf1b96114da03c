using KibanaConnectors.Rules.Model;
using static KibanaConnectors.Rules.Catalogue.FieldSpec;

namespace KibanaConnectors.Rules.Catalogue.Types
{
    /// <summary><c>.xmatters</c>: xMatters with basic authentication (the default) or a URL that carries its API key.</summary>
    internal static class XMattersType
    {
        public static readonly ConnectorTypeSpec Spec = new ConnectorTypeSpec(
            ".xmatters",
            "XMatters",
            "Triggers xMatters workflows through the HTTP trigger of an Elastic workflow.",
            KibanaLicense.Gold,
            config: new[]
            {
                Url("configUrl", "The URL of the xMatters HTTP trigger, called with basic authentication.").RequiredWhen(BasicCondition),
                Boolean("usesBasic", "Whether the connector uses basic authentication; false calls secretsUrl, which carries its API key.", defaultValue: true),
            },
            secrets: new[]
            {
                Text("user", "The xMatters user for basic authentication.").RequiredWhen(BasicCondition),
                Text("password", "The password for basic authentication.").RequiredWhen(BasicCondition),
                Url("secretsUrl", "The URL of the xMatters HTTP trigger with its API key in the query, for URL authentication.").RequiredWhen("usesBasic is false"),
            },
            rules: Rules);

        private const string BasicCondition = "usesBasic is true (the default)";

        private static void Rules(ITypeCheck check)
        {
            var usesBasic = check.Bool(Section.Config, "usesBasic");
            if (usesBasic == true)
            {
                check.Require(Section.Config, "configUrl");
                check.Require(Section.Secrets, "user");
                check.Require(Section.Secrets, "password");
                check.Forbid(Section.Secrets, "secretsUrl", "with basic authentication (usesBasic true, the default)");
            }
            else if (usesBasic == false)
            {
                const string because = "with URL authentication (usesBasic false)";
                check.Require(Section.Secrets, "secretsUrl");
                check.Forbid(Section.Config, "configUrl", because);
                check.Forbid(Section.Secrets, "user", because);
                check.Forbid(Section.Secrets, "password", because);
            }
        }
    }
}

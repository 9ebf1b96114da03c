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
            KibanaLicense.Gold,
            config: new[] { Url("configUrl"), Boolean("usesBasic", true) },
            secrets: new[] { Text("user"), Text("password"), Url("secretsUrl") },
            rules: Rules);

        private static void Rules(ITypeCheck check)
        {
            var usesBasic = check.Bool(Section.Config, "usesBasic");
            if (usesBasic == true)
            {
                const string because = "with basic authentication (usesBasic true, the default)";
                check.Require(Section.Config, "configUrl", because);
                check.Require(Section.Secrets, "user", because);
                check.Require(Section.Secrets, "password", because);
                check.Forbid(Section.Secrets, "secretsUrl", because);
            }
            else if (usesBasic == false)
            {
                const string because = "with URL authentication (usesBasic false)";
                check.Require(Section.Secrets, "secretsUrl", because);
                check.Forbid(Section.Config, "configUrl", because);
                check.Forbid(Section.Secrets, "user", because);
                check.Forbid(Section.Secrets, "password", because);
            }
        }
    }
}

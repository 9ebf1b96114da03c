using System.Linq;
using KibanaConnectors.Rules.Model;
using static KibanaConnectors.Rules.Catalogue.FieldSpec;

namespace KibanaConnectors.Rules.Catalogue.Types
{
    /// <summary>
    /// <c>.servicenow</c> (ITSM), <c>.servicenow-sir</c> (SecOps) and <c>.servicenow-itom</c>: basic authentication with
    /// username and password, or OAuth 2.0 with a JWT (<c>isOAuth: true</c>).
    /// </summary>
    internal static class ServiceNowTypes
    {
        private static readonly string[] s_oauthConfig = { "userIdentifierValue", "clientId", "jwtKeyId" };
        private static readonly string[] s_oauthSecrets = { "clientSecret", "privateKey", "privateKeyPassword" };

        public static readonly ConnectorTypeSpec Itsm = Create(".servicenow", "ServiceNowItsm", usesTableApi: true);

        public static readonly ConnectorTypeSpec Sir = Create(".servicenow-sir", "ServiceNowSir", usesTableApi: true);

        public static readonly ConnectorTypeSpec Itom = Create(".servicenow-itom", "ServiceNowItom", usesTableApi: false);

        private static ConnectorTypeSpec Create(string actionTypeId, string typeName, bool usesTableApi)
        {
            var config = new[] { Url("apiUrl").AsRequired() }
                .Concat(usesTableApi ? new[] { Boolean("usesTableApi", true) } : new FieldSpec[0])
                .Concat(new[] { Boolean("isOAuth", false), Text("userIdentifierValue"), Text("clientId"), Text("jwtKeyId") })
                .ToArray();
            return new ConnectorTypeSpec(
                actionTypeId,
                typeName,
                KibanaLicense.Platinum,
                config,
                secrets: new[] { Text("username"), Text("password"), Text("clientSecret"), Text("privateKey"), Text("privateKeyPassword") },
                rules: Rules,
                configType: usesTableApi ? "ServiceNowConfig" : "ServiceNowItomConfig",
                secretsType: "ServiceNowSecrets");
        }

        private static void Rules(ITypeCheck check)
        {
            // Kibana marks ITSM and SecOps connectors deprecated unless usesTableApi is false (the Elastic app's Import Set API).
            if (check.Spec.Config.Any(f => f.Name == "usesTableApi") && check.Bool(Section.Config, "usesTableApi") == true)
            {
                var written = check.IsSet(Section.Config, "usesTableApi");
                check.Report(Diagnostics.DiagnosticRules.DeprecatedServiceNow, written ? check.ValueSpan(Section.Config, "usesTableApi") : check.TypeSpan,
                    check.Id, check.Spec.ActionTypeId, written ? "usesTableApi: true" : "usesTableApi left out, which means true");
            }

            var isOAuth = check.Bool(Section.Config, "isOAuth");
            if (isOAuth == true)
            {
                foreach (var field in s_oauthConfig)
                {
                    check.Require(Section.Config, field, "when isOAuth is true");
                }

                check.Require(Section.Secrets, "clientSecret", "when isOAuth is true");
                check.Require(Section.Secrets, "privateKey", "when isOAuth is true");
                check.Forbid(Section.Secrets, "username", "when isOAuth is true");
                check.Forbid(Section.Secrets, "password", "when isOAuth is true");
            }
            else if (isOAuth == false)
            {
                check.Require(Section.Secrets, "username", "with basic authentication (isOAuth false, the default)");
                check.Require(Section.Secrets, "password", "with basic authentication (isOAuth false, the default)");
                foreach (var field in s_oauthConfig)
                {
                    check.Forbid(Section.Config, field, "with basic authentication (isOAuth false)");
                }

                foreach (var field in s_oauthSecrets)
                {
                    check.Forbid(Section.Secrets, field, "with basic authentication (isOAuth false)");
                }
            }
        }
    }
}

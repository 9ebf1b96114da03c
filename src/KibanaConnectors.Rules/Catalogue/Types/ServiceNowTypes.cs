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
        // lib/servicenow/validators.ts validateCommonConnector: what basic authentication refuses (privateKeyPassword is not among them).
        private static readonly string[] s_oauthSecrets = { "clientSecret", "privateKey" };

        private const string OAuthCondition = "isOAuth is true";
        private const string BasicCondition = "isOAuth is false (the default)";

        public static readonly ConnectorTypeSpec Itsm = Create(
            ".servicenow", "ServiceNowItsm", "Creates, updates and closes incidents in ServiceNow ITSM.", usesTableApi: true);

        public static readonly ConnectorTypeSpec Sir = Create(
            ".servicenow-sir", "ServiceNowSir", "Creates and updates security incidents in ServiceNow SecOps.", usesTableApi: true);

        public static readonly ConnectorTypeSpec Itom = Create(
            ".servicenow-itom", "ServiceNowItom", "Sends events to ServiceNow ITOM Event Management.", usesTableApi: false);

        private static ConnectorTypeSpec Create(string actionTypeId, string typeName, string description, bool usesTableApi)
        {
            var tableApi = Boolean(
                "usesTableApi",
                "Whether the connector writes through the Table API; false uses the Import Set API of the Elastic ServiceNow app, which Kibana recommends.",
                defaultValue: true);
            var config = new[] { Url("apiUrl", "The ServiceNow instance URL, such as https://example.service-now.com/.").AsRequired() }
                .Concat(usesTableApi ? new[] { tableApi } : new FieldSpec[0])
                .Concat(new[]
                {
                    Boolean("isOAuth", "Whether the connector authenticates with OAuth 2.0 and a signed JWT rather than user and password.", defaultValue: false),
                    Text("userIdentifierValue", "The ServiceNow user the JWT names, as the OAuth application's user field expects it (often an email address).").RequiredWhen(OAuthCondition),
                    Text("clientId", "The client id of the ServiceNow OAuth application.").RequiredWhen(OAuthCondition),
                    Text("jwtKeyId", "The key id of the JWT verifier map of the OAuth application.").RequiredWhen(OAuthCondition),
                })
                .ToArray();
            return new ConnectorTypeSpec(
                actionTypeId,
                typeName,
                description,
                KibanaLicense.Platinum,
                config,
                secrets: new[]
                {
                    Text("username", "The ServiceNow user for basic authentication.").RequiredWhen(BasicCondition),
                    Text("password", "The password for basic authentication.").RequiredWhen(BasicCondition),
                    Text("clientSecret", "The client secret of the ServiceNow OAuth application.").RequiredWhen(OAuthCondition),
                    Text("privateKey", "The RSA private key, in PEM, that signs the JWT.").RequiredWhen(OAuthCondition),
                    Text("privateKeyPassword", "The password of the private key, when it has one."),
                },
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
                    check.Require(Section.Config, field);
                }

                check.Require(Section.Secrets, "clientSecret");
                check.Require(Section.Secrets, "privateKey");
                check.Forbid(Section.Secrets, "username", "when isOAuth is true");
                check.Forbid(Section.Secrets, "password", "when isOAuth is true");
            }
            else if (isOAuth == false)
            {
                check.Require(Section.Secrets, "username");
                check.Require(Section.Secrets, "password");
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

using KibanaConnectors;
using System.Linq;
using KibanaConnectors.Rules.Diagnostics;
using static KibanaConnectors.Rules.Catalogue.FieldSpec;

namespace KibanaConnectors.Rules.Catalogue.Types
{
    /// <summary>The authentication fields and rules that <c>.webhook</c> and <c>.cases-webhook</c> share.</summary>
    internal static class WebhookAuth
    {
        public const string Basic = "webhook-authentication-basic";
        public const string Ssl = "webhook-authentication-ssl";
        public const string OAuth2 = "webhook-oauth2-client-credentials";
        public const string QueryParam = "http-authentication-query-param";
        public const string OAuth2Password = "webhook-oauth2-password";

        public const string CrtKey = "ssl-crt-key";
        public const string Pfx = "ssl-pfx";

        public static readonly string[] OAuthConfigFields = { "accessTokenUrl", "clientId", "scope", "additionalFields" };

        private static readonly EnumSpec s_authType = new EnumSpec(
            "WebhookAuthType",
            "How a webhook or cases webhook connector authenticates its requests.",
            (Basic, "HTTP basic authentication with user and password."),
            (Ssl, "A TLS client certificate: crt and key, or a PFX bundle."),
            (OAuth2, "An OAuth 2.0 access token got with client credentials (webhook connectors only)."),
            (QueryParam, "Credentials sent as query parameters of the URL (webhook connectors only)."))
            // kbn-connector-schemas/common/auth/constants.ts AuthType.QueryParam: in the newest stored version (11b9bae),
            // not in the one before (176f15b); neither is tied to a release.
            .ValueAdded(QueryParam, VersionFact.Unknown("kbn-connector-schemas/common/auth/constants.ts has it at 11b9bae, not at 176f15b; the stored history has no release tags"))
            // stack_connectors webhook/validations.ts validateOAuth2: the password grant is named only to be refused.
            .Refuses(OAuth2Password, "OAuth2 password grant authentication is not supported: Kibana refuses it; use webhook-oauth2-client-credentials");

        private static readonly EnumSpec s_certType = new EnumSpec(
            "WebhookCertType",
            "The form of the client certificate for SSL authentication.",
            (CrtKey, "A certificate (crt) and its private key (key), each base64-encoded PEM."),
            (Pfx, "A base64-encoded PFX (PKCS #12) bundle of certificate and key."));

        /// <summary>The config fields both types share, after their own.</summary>
        public static FieldSpec[] ConfigFields(bool allowOAuth)
        {
            const string authType = "How requests authenticate when hasAuth is true; basic authentication when left out.";
            return new[]
            {
                TextMap("headers", "HTTP headers sent with every request, by name."),
                Boolean("hasAuth", "Whether requests authenticate; false sends them with no credentials.", defaultValue: true),
                allowOAuth ? Enum("authType", authType, s_authType, Basic, Ssl, OAuth2, QueryParam) : Enum("authType", authType, s_authType, Basic, Ssl),
                Enum("certType", "The form of the client certificate, for SSL authentication.", s_certType).RequiredWhen("authType is " + Ssl),
                Text("ca", "A certificate authority to trust for the server's certificate, as base64-encoded PEM."),
                Enum("verificationMode", "How the server's TLS certificate is checked; full when left out.", CommonEnums.VerificationMode),
                // kbn-connector-schemas/common/auth/schemas/v1.ts AuthConfiguration: both types' schemas take the OAuth 2.0
                // fields, though only .webhook can use them (cases_webhook/validators.ts refuses the OAuth2 authType).
                Url("accessTokenUrl", "The OAuth 2.0 token endpoint the connector gets access tokens from.").RequiredWhen(OAuthCondition),
                Text("clientId", "The OAuth 2.0 client id.").RequiredWhen(OAuthCondition),
                Text("scope", "The OAuth 2.0 scope asked for with the token."),
                Text("additionalFields", "Extra fields of the OAuth 2.0 token request, as JSON object text."),
            };
        }

        private const string OAuthCondition = "authType is " + OAuth2;

        /// <summary>The secret fields both types share; <c>.webhook</c> adds its own after them.</summary>
        /// <param name="credentialsAlsoWhen">What else, beyond the other of the two, requires user and password.</param>
        public static FieldSpec[] SecretFields(string credentialsAlsoWhen) => new[]
        {
            Text("user", "The user name for basic authentication.").RequiredWhen("password is given" + credentialsAlsoWhen),
            Text("password", "The password for basic authentication, or the passphrase of an SSL key or PFX bundle.").RequiredWhen("user is given" + credentialsAlsoWhen),
            Text("crt", "The client certificate for SSL authentication, as base64-encoded PEM.").RequiredWhen("certType is " + CrtKey),
            Text("key", "The private key of the client certificate, as base64-encoded PEM.").RequiredWhen("certType is " + CrtKey),
            Text("pfx", "The client certificate and key as a base64-encoded PFX bundle, for SSL authentication.").RequiredWhen("certType is " + Pfx),
            // common/auth/schemas/v1.ts SecretConfiguration: both types' secrets schemas take these.
            Text("clientSecret", "The OAuth 2.0 client secret.").RequiredWhen(OAuthCondition),
            TextMap("secretHeaders", "HTTP headers whose values are secret, by name."),
        };

        /// <summary>
        /// Kibana's rules: secrets are none, user + password, crt + key (+ password), pfx (+ password) or clientSecret alone;
        /// <c>authType</c> needs <c>hasAuth</c>; each kind of authentication needs its own fields.
        /// </summary>
        public static void Check(ITypeCheck check, bool allowOAuth)
        {
            var hasAuth = check.Bool(Section.Config, "hasAuth");
            if (hasAuth == null)
            {
                // hasAuth failed its own check or is ${NAME}: what it requires is unknown, so require nothing more.
                return;
            }

            var authType = check.Text(Section.Config, "authType");
            if (hasAuth == false)
            {
                check.Forbid(Section.Config, "authType", "when hasAuth is false");
            }

            CheckSecretCombination(check);
            CheckAdditionalFields(check);

            if (hasAuth == false || check.IsTemplate(Section.Config, "authType"))
            {
                ForbidOAuthFields(check, "when hasAuth is false");
                return;
            }

            switch (authType ?? (check.IsSet(Section.Config, "authType") ? null : Basic))
            {
                case Basic:
                    CheckBasicCredentials(check, allowOAuth, authType);
                    ForbidOAuthFields(check, "with basic authentication");
                    break;
                case Ssl:
                    check.Require(Section.Config, "certType");
                    var certType = check.Text(Section.Config, "certType");
                    if (certType == CrtKey)
                    {
                        check.Require(Section.Secrets, "crt");
                        check.Require(Section.Secrets, "key");
                    }
                    else if (certType == Pfx)
                    {
                        check.Require(Section.Secrets, "pfx");
                    }

                    ForbidOAuthFields(check, "with SSL authentication");
                    break;
                case OAuth2:
                    check.Require(Section.Config, "accessTokenUrl");
                    check.Require(Section.Config, "clientId");
                    check.Require(Section.Secrets, "clientSecret");
                    break;
            }
        }

        /// <summary>
        /// Basic authentication without <c>user</c> and <c>password</c> is valid in Kibana: the request goes out without an
        /// Authorization header (webhook <c>get_axios_config.ts</c> adds one only when both are set), so it is a warning
        /// (KC0111). Only <c>.cases-webhook</c> refuses it, and only when <c>hasAuth: true</c> is written and there are no
        /// secrets at all (<c>validateConnector</c> in cases_webhook <c>validators.ts</c> tests the raw config, so a
        /// left-out hasAuth passes). One of the two without the other is a mix Kibana's secrets schema refuses.
        /// </summary>
        private static void CheckBasicCredentials(ITypeCheck check, bool allowOAuth, string? authType)
        {
            var because = authType == null ? "when hasAuth is true (the default)" : "when authType is " + Basic;
            var hasAuthWritten = check.IsSet(Section.Config, "hasAuth");
            var userOrPassword = check.IsSet(Section.Secrets, "user") || check.IsSet(Section.Secrets, "password");
            if (userOrPassword && (check.IsGiven(Section.Secrets, "crt") || check.IsGiven(Section.Secrets, "key") || check.IsGiven(Section.Secrets, "pfx") || check.IsGiven(Section.Secrets, "clientSecret")))
            {
                // A password beside certificate or OAuth secrets: whether the mix is allowed is the secrets schema's rule
                // (CheckSecretCombination: a password goes with crt and key, or with pfx), not a half of basic credentials.
                return;
            }

            if (userOrPassword)
            {
                check.Require(Section.Secrets, "user", because);
                check.Require(Section.Secrets, "password", because);
            }
            else if (!allowOAuth && hasAuthWritten && !check.HasAnySecret)
            {
                const string refused = "when hasAuth is true: Kibana refuses a cases webhook with hasAuth: true and no secrets ('must specify a secrets configuration'); add them, or set hasAuth: false";
                check.Require(Section.Secrets, "user", refused, check.SetConfig("hasAuth", "false"));
                check.Require(Section.Secrets, "password", refused, check.SetConfig("hasAuth", "false"));
            }
            else
            {
                var span = hasAuthWritten ? check.ValueSpan(Section.Config, "hasAuth") : check.IdSpan;
                check.Report(DiagnosticRules.AuthWithoutCredentials, span, new DiagnosticFix?[] { check.SetConfig("hasAuth", "false") }, check.Id, check.Spec.ActionTypeId,
                    hasAuthWritten ? "hasAuth is true" : "hasAuth is true (the default)");
            }
        }

        // Stricter than Kibana for .webhook, whose schema takes these with any authType and uses them only for OAuth 2.0:
        // written without it they do nothing. A .cases-webhook cannot use OAuth at all, and Kibana accepts the fields
        // there (cases_webhook/schemas/v1.ts), so they are left alone.
        private static void ForbidOAuthFields(ITypeCheck check, string because)
        {
            if (check.Spec.Config.Any(f => f.Name == "authType" && f.Values.Contains(OAuth2)))
            {
                foreach (var field in OAuthConfigFields)
                {
                    check.Forbid(Section.Config, field, because);
                }
            }
        }

        private static void CheckSecretCombination(ITypeCheck check)
        {
            // common/auth/schemas/v1.ts SecretConfigurationSchemaValidation tests truthiness: '' is no secret.
            bool Has(string field) => check.IsGiven(Section.Secrets, field);
            var user = Has("user");
            var password = Has("password");
            var crt = Has("crt");
            var key = Has("key");
            var pfx = Has("pfx");
            var clientSecret = Has("clientSecret");
            var ok = (!user && !password && !crt && !key && !pfx && !clientSecret)
                || (user && password && !crt && !key && !pfx && !clientSecret)
                || (crt && key && !user && !pfx && !clientSecret)
                || (pfx && !crt && !key && !user && !clientSecret)
                || (clientSecret && !user && !password && !crt && !key && !pfx);
            if (!ok)
            {
                var first = new[] { "user", "password", "crt", "key", "pfx", "clientSecret" }.First(Has);
                check.Report(DiagnosticRules.ConflictingFields, check.KeySpan(Section.Secrets, first), check.Id,
                    "the secrets mix kinds of authentication; give exactly one of: user and password; crt and key (with an optional password); pfx (with an optional password); clientSecret alone");
            }
        }

        // webhook validations.ts validateAdditionalFields, whatever authType is: when given, JSON.parse must give an object
        // with at least one key (ADDITIONAL_FIELD_CONFIG_ERROR).
        private static void CheckAdditionalFields(ITypeCheck check)
        {
            if (check.Text(Section.Config, "additionalFields") is string fields && fields.Length > 0)
            {
                var json = Reading.JsonText.Parse(fields, out var error);
                var problem = error != null ? $"is not JSON ({error})"
                    : !(json is Reading.SettingsMap { IsList: false } map) ? "is JSON, but not an object"
                    : map.Entries.Count == 0 ? "is an empty JSON object"
                    : null;
                if (problem != null)
                {
                    check.Report(DiagnosticRules.WrongType, check.ValueSpan(Section.Config, "additionalFields"), check.Id,
                        "config.additionalFields", "a JSON object with at least one field, such as '{\"audience\": \"api\"}'", $"text that {problem}", "; Kibana refuses the connector");
                }
            }
        }
    }
}

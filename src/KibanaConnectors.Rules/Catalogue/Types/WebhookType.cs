using System.Linq;
using KibanaConnectors.Rules.Model;
using static KibanaConnectors.Rules.Catalogue.FieldSpec;

namespace KibanaConnectors.Rules.Catalogue.Types
{
    /// <summary><c>.webhook</c>: an HTTP request to any web service, with basic, SSL or OAuth 2.0 authentication.</summary>
    internal static class WebhookType
    {
        public static readonly ConnectorTypeSpec Spec = new ConnectorTypeSpec(
            ".webhook",
            "Webhook",
            "Sends an HTTP request to a web service, with no authentication, basic, a TLS client certificate or OAuth 2.0 client credentials.",
            KibanaLicense.Gold,
            config: new[]
                {
                    Url("url", "The URL requests are sent to.").AsRequired(),
                    Enum("method", "The HTTP method of the requests.", CommonEnums.WebhookMethod).WithDefault("post"),
                }
                .Concat(WebhookAuth.ConfigFields(allowOAuth: true))
                .Concat(new[]
                {
                    Url("accessTokenUrl", "The OAuth 2.0 token endpoint the connector gets access tokens from.").RequiredWhen(OAuthCondition),
                    Text("clientId", "The OAuth 2.0 client id.").RequiredWhen(OAuthCondition),
                    Text("scope", "The OAuth 2.0 scope asked for with the token."),
                    Text("additionalFields", "Extra fields of the OAuth 2.0 token request, as JSON object text."),
                })
                .ToArray(),
            secrets: WebhookAuth.SecretFields(string.Empty)
                .Concat(new[]
                {
                    Text("clientSecret", "The OAuth 2.0 client secret.").RequiredWhen(OAuthCondition),
                    TextMap("secretHeaders", "HTTP headers whose values are secret, by name."),
                })
                .ToArray(),
            rules: check => WebhookAuth.Check(check, allowOAuth: true));

        private const string OAuthCondition = "authType is " + WebhookAuth.OAuth2;
    }
}

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
                .ToArray(),
            secrets: WebhookAuth.SecretFields(string.Empty),
            rules: check => WebhookAuth.Check(check, allowOAuth: true));
    }
}

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
            KibanaLicense.Gold,
            config: new[]
                {
                    Url("url").AsRequired(),
                    Enum("method", "WebhookMethod", "post", "put", "patch", "get", "delete").WithDefault("post"),
                }
                .Concat(WebhookAuth.ConfigFields(allowOAuth: true))
                .Concat(new[] { Url("accessTokenUrl"), Text("clientId"), Text("scope"), Text("additionalFields") })
                .ToArray(),
            secrets: new[] { Text("user"), Text("password"), Text("crt"), Text("key"), Text("pfx"), Text("clientSecret"), TextMap("secretHeaders") },
            rules: check => WebhookAuth.Check(check, allowOAuth: true));
    }
}

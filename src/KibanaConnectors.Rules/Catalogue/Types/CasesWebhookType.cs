using System.Linq;
using KibanaConnectors.Rules.Model;
using static KibanaConnectors.Rules.Catalogue.FieldSpec;

namespace KibanaConnectors.Rules.Catalogue.Types
{
    /// <summary>
    /// <c>.cases-webhook</c>: case management through a REST API. Its URL fields hold Mustache parts such as
    /// <c>{{{external.system.id}}}</c>; OAuth 2.0 is not offered here.
    /// </summary>
    internal static class CasesWebhookType
    {
        public static readonly ConnectorTypeSpec Spec = new ConnectorTypeSpec(
            ".cases-webhook",
            "CasesWebhook",
            KibanaLicense.Gold,
            config: new[]
                {
                    TemplateUrl("createIncidentUrl").AsRequired(),
                    Text("createIncidentJson").AsRequired(),
                    Text("createIncidentResponseKey").AsRequired(),
                    TemplateUrl("getIncidentUrl").AsRequired(),
                    Text("getIncidentResponseExternalTitleKey").AsRequired(),
                    TemplateUrl("viewIncidentUrl").AsRequired(),
                    TemplateUrl("updateIncidentUrl").AsRequired(),
                    Text("updateIncidentJson").AsRequired(),
                    Enum("createIncidentMethod", "WebhookMethod", "post", "put").WithDefault("post"),
                    Enum("getIncidentMethod", "WebhookMethod", "get", "post").WithDefault("get"),
                    Text("getIncidentJson"),
                    Enum("updateIncidentMethod", "WebhookMethod", "post", "patch", "put").WithDefault("put"),
                    TemplateUrl("createCommentUrl"),
                    Text("createCommentJson"),
                    Enum("createCommentMethod", "WebhookMethod", "post", "put", "patch").WithDefault("put"),
                }
                .Concat(WebhookAuth.ConfigFields(allowOAuth: false))
                .ToArray(),
            secrets: new[] { Text("user"), Text("password"), Text("crt"), Text("key"), Text("pfx") },
            rules: check => WebhookAuth.Check(check, allowOAuth: false));
    }
}

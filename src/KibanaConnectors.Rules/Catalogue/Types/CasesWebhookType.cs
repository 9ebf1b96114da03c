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
            "Creates, updates and comments on cases in any case management system with a REST API, through templated HTTP requests.",
            KibanaLicense.Gold,
            config: new[]
                {
                    TemplateUrl("createIncidentUrl", "The REST API URL that creates a case.").AsRequired(),
                    Text("createIncidentJson", "The JSON body that creates a case, with Mustache variables such as {{{case.title}}}.").AsRequired(),
                    Text("createIncidentResponseKey", "The field of the create response that holds the external case id.").AsRequired(),
                    TemplateUrl("getIncidentUrl", "The REST API URL that reads a case, with {{{external.system.id}}} for its id.").AsRequired(),
                    Text("getIncidentResponseExternalTitleKey", "The field of the read response that holds the external case title.").AsRequired(),
                    TemplateUrl("viewIncidentUrl", "The URL that shows a case to a person, with {{{external.system.id}}} or {{{external.system.title}}}.").AsRequired(),
                    TemplateUrl("updateIncidentUrl", "The REST API URL that updates a case, with {{{external.system.id}}} for its id.").AsRequired(),
                    Text("updateIncidentJson", "The JSON body that updates a case, with Mustache variables.").AsRequired(),
                    Enum("createIncidentMethod", "The HTTP method that creates a case.", CommonEnums.WebhookMethod, "post", "put").WithDefault("post"),
                    Enum("getIncidentMethod", "The HTTP method that reads a case.", CommonEnums.WebhookMethod, "get", "post").WithDefault("get"),
                    Text("getIncidentJson", "The JSON body that reads a case, when getIncidentMethod is post."),
                    Enum("updateIncidentMethod", "The HTTP method that updates a case.", CommonEnums.WebhookMethod, "post", "patch", "put").WithDefault("put"),
                    TemplateUrl("createCommentUrl", "The REST API URL that adds a comment to a case."),
                    Text("createCommentJson", "The JSON body that adds a comment, with Mustache variables such as {{{case.comment}}}."),
                    Enum("createCommentMethod", "The HTTP method that adds a comment.", CommonEnums.WebhookMethod, "post", "put", "patch").WithDefault("put"),
                }
                .Concat(WebhookAuth.ConfigFields(allowOAuth: false))
                .ToArray(),
            secrets: WebhookAuth.SecretFields(", or when hasAuth: true is written and no other secret is"),
            rules: check => WebhookAuth.Check(check, allowOAuth: false));
    }
}

using KibanaConnectors.Rules.Model;
using static KibanaConnectors.Rules.Catalogue.FieldSpec;

namespace KibanaConnectors.Rules.Catalogue.Types
{
    /// <summary><c>.slack_api</c>: Slack's Web API with a bot token; it calls https://slack.com/api/.</summary>
    internal static class SlackApiType
    {
        public static readonly ConnectorTypeSpec Spec = new ConnectorTypeSpec(
            ".slack_api",
            "SlackApi",
            KibanaLicense.Gold,
            config: new[] { List("allowedChannels", new ObjectSpec("SlackChannel", Text("id"), Text("name").AsRequired()), maxItems: 500) },
            secrets: new[] { Text("token").AsRequired() },
            rules: check => check.Calls("slack.com", "Slack's Web API at https://slack.com/api/", check.TypeSpan));
    }
}

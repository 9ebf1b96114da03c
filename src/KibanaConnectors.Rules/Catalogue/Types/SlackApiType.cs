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
            "Posts messages to Slack channels through Slack's Web API with a bot token.",
            KibanaLicense.Gold,
            config: new[]
            {
                List(
                    "allowedChannels",
                    "The channels actions may post to; any channel the bot can reach when left out.",
                    // kbn-connector-schemas/slack_api/schemas/v1.ts: { id: z.string().min(1), name: z.string().min(1) }, strict.
                    new ObjectSpec(
                        "SlackChannel",
                        "A Slack channel a connector may post to.",
                        Text("name", "The channel name.").AsRequired().AsNonEmpty(),
                        Text("id", "The channel id, such as C0123456789.").AsRequired().AsNonEmpty()),
                    maxItems: 500),
            },
            secrets: new[] { Text("token", "The bot user OAuth token (xoxb-...) of the Slack app.").AsRequired().AsNonEmpty() },
            rules: check => check.Calls("slack.com", "Slack's Web API at https://slack.com/api/", check.TypeSpan));
    }
}

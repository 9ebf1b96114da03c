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
                    // kbn-connector-schemas/slack_api/schemas/v1.test.ts (the newest stored, 4448cd2): name required and
                    // non-empty, id optional but non-empty when given ("should throw if allowedChannels.id is missing" expects
                    // no throw). An older v1.ts (1f1f8fc) required id. Name before id: a C# constructor takes its required
                    // parameters first, in catalogue order.
                    new ObjectSpec(
                        "SlackChannel",
                        "A Slack channel a connector may post to.",
                        Text("name", "The channel name.").AsRequired().AsNonEmpty(),
                        Text("id", "The channel id, such as C0123456789.").AsNonEmpty()),
                    maxItems: 500),
            },
            secrets: new[] { Text("token", "The bot user OAuth token (xoxb-...) of the Slack app.").AsRequired().AsNonEmpty() },
            rules: check => check.Calls("slack.com", "Slack's Web API at https://slack.com/api/", check.TypeSpan));
    }
}

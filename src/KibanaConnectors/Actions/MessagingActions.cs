using System;
using System.Collections.Generic;
using System.Linq;

namespace KibanaConnectors
{
    public sealed partial class SlackConnector
    {
        /// <summary>Posts a message through the webhook. Mustache templates such as <c>{{context.message}}</c> are plain text here.</summary>
        /// <param name="message">The message (<c>message</c>), not empty.</param>
        public ConnectorAction Message(string message) =>
            new ConnectorAction(Id, ActionTypeId, new ParamMap().Add("message", new ParamCheck(this).Required(message, nameof(message), "message")));
    }

    public sealed partial class TeamsConnector
    {
        /// <summary>Posts a message to the Teams channel.</summary>
        /// <param name="message">The message (<c>message</c>), not empty.</param>
        public ConnectorAction Message(string message) =>
            new ConnectorAction(Id, ActionTypeId, new ParamMap().Add("message", new ParamCheck(this).Required(message, nameof(message), "message")));
    }

    public sealed partial class SlackApiConnector
    {
        /// <summary>Posts a text message with Slack's Web API (<c>postMessage</c>).</summary>
        /// <param name="text">The message (<c>text</c>), not empty.</param>
        /// <param name="channelId">The channel's id (<c>channelIds</c>), such as <c>C0123ABCD</c>; one of the connector's allowed channels.</param>
        public ConnectorAction PostMessage(string text, string? channelId = null)
        {
            var check = new ParamCheck(this);
            return new ConnectorAction(Id, ActionTypeId, ParamCheck.SubAction("postMessage", new ParamMap()
                .Add("channelIds", channelId == null ? null : new[] { channelId })
                .Add("text", check.Required(text, nameof(text), "text"))));
        }

        /// <summary>Posts a Block Kit message (<c>postBlockkit</c>).</summary>
        /// <param name="blocksJson">The Block Kit JSON object, with its <c>blocks</c> list: <c>{"blocks": [...]}</c>.</param>
        /// <param name="channelId">The channel's id (<c>channelIds</c>).</param>
        public ConnectorAction PostBlockKit(string blocksJson, string? channelId = null)
        {
            var check = new ParamCheck(this);
            var json = check.Required(blocksJson, nameof(blocksJson), "the Block Kit JSON").Trim();
            if (!json.StartsWith("{", StringComparison.Ordinal) || json.IndexOf("\"blocks\"", StringComparison.Ordinal) < 0)
            {
                throw check.Fail(nameof(blocksJson), "Block Kit text must be a JSON object with a \"blocks\" list, such as {\"blocks\": [...]}");
            }

            return new ConnectorAction(Id, ActionTypeId, ParamCheck.SubAction("postBlockkit", new ParamMap()
                .Add("channelIds", channelId == null ? null : new[] { channelId })
                .Add("text", json)));
        }
    }

    public sealed partial class EmailConnector
    {
        /// <summary>Sends an email. At least one recipient in <paramref name="to"/>, <paramref name="cc"/> or <paramref name="bcc"/>.</summary>
        /// <param name="subject">The subject (<c>subject</c>).</param>
        /// <param name="message">The body, in Markdown (<c>message</c>).</param>
        /// <param name="to">Recipients (<c>to</c>): at most 100 addresses of at most 512 characters.</param>
        /// <param name="cc">Copy recipients (<c>cc</c>).</param>
        /// <param name="bcc">Blind copy recipients (<c>bcc</c>).</param>
        /// <param name="replyTo">Reply-to addresses (<c>replyTo</c>), at most 10.</param>
        /// <param name="messageHtml">An HTML body (<c>messageHTML</c>); Kibana sends it only when the connector allows HTML.</param>
        /// <remarks>Kibana replaces the message with a fixed test text when the action is run through <c>_execute</c>.</remarks>
        public ConnectorAction Send(string subject, string message, IEnumerable<string>? to = null, IEnumerable<string>? cc = null, IEnumerable<string>? bcc = null, IEnumerable<string>? replyTo = null, string? messageHtml = null)
        {
            var check = new ParamCheck(this);
            var toList = check.List(to, 100, 512, nameof(to), "to");
            var ccList = check.List(cc, 100, 512, nameof(cc), "cc");
            var bccList = check.List(bcc, 100, 512, nameof(bcc), "bcc");
            if (new[] { toList, ccList, bccList }.All(l => l == null || l.All(string.IsNullOrWhiteSpace)))
            {
                throw check.Fail(nameof(to), "an email needs at least one recipient in to, cc or bcc");
            }

            if (messageHtml != null && Config.Service == "elastic_cloud")
            {
                throw check.Fail(nameof(messageHtml), "Elastic Cloud's mail service does not send HTML email; leave messageHtml out");
            }

            return new ConnectorAction(Id, ActionTypeId, new ParamMap()
                .Add("to", toList)
                .Add("cc", ccList)
                .Add("bcc", bccList)
                .Add("replyTo", check.List(replyTo, 10, 512, nameof(replyTo), "replyTo"))
                .Add("subject", check.Required(subject, nameof(subject), "subject"))
                .Add("message", check.Required(message, nameof(message), "message"))
                .Add("messageHTML", messageHtml));
        }
    }

    /// <summary>The level of a server-log entry.</summary>
    public enum ServerLogLevel
    {
        /// <summary><c>trace</c></summary>
        Trace,

        /// <summary><c>debug</c></summary>
        Debug,

        /// <summary><c>info</c> (Kibana's default)</summary>
        Info,

        /// <summary><c>warn</c></summary>
        Warn,

        /// <summary><c>error</c></summary>
        Error,

        /// <summary><c>fatal</c></summary>
        Fatal,
    }

    public sealed partial class ServerLogConnector
    {
        /// <summary>Writes a line to Kibana's log.</summary>
        /// <param name="message">The message (<c>message</c>).</param>
        /// <param name="level">The level (<c>level</c>).</param>
        public ConnectorAction Log(string message, ServerLogLevel level = ServerLogLevel.Info) =>
            new ConnectorAction(Id, ActionTypeId, new ParamMap()
                .Add("message", new ParamCheck(this).Required(message, nameof(message), "message"))
                .Add("level", level.ToString().ToLowerInvariant()));
    }

    public sealed partial class WebhookConnector
    {
        /// <summary>Calls the webhook with a body; its URL, method and headers are the connector's config.</summary>
        /// <param name="body">The request body (<c>body</c>), often JSON with Mustache variables.</param>
        public ConnectorAction Send(string? body = null) => new ConnectorAction(Id, ActionTypeId, new ParamMap().Add("body", body));
    }

    public sealed partial class TorqConnector
    {
        /// <summary>Sends a body to the Torq webhook.</summary>
        /// <param name="body">The JSON body (<c>body</c>).</param>
        public ConnectorAction Send(string body) =>
            new ConnectorAction(Id, ActionTypeId, new ParamMap().Add("body", new ParamCheck(this).Required(body, nameof(body), "body")));
    }

    public sealed partial class XMattersConnector
    {
        /// <summary>Triggers an xMatters workflow.</summary>
        /// <param name="severity">The severity (<c>severity</c>), required.</param>
        /// <param name="alertActionGroupName">The rule's action group name.</param>
        /// <param name="signalId">The alert's id.</param>
        /// <param name="ruleName">The rule's name.</param>
        /// <param name="date">When the alert happened.</param>
        /// <param name="spaceId">The Kibana space.</param>
        /// <param name="tags">Tags, as one comma-separated text.</param>
        public ConnectorAction Alert(string severity, string? alertActionGroupName = null, string? signalId = null, string? ruleName = null, string? date = null, string? spaceId = null, string? tags = null) =>
            new ConnectorAction(Id, ActionTypeId, new ParamMap()
                .Add("alertActionGroupName", alertActionGroupName)
                .Add("signalId", signalId)
                .Add("ruleName", ruleName)
                .Add("date", date)
                .Add("severity", new ParamCheck(this).Required(severity, nameof(severity), "severity"))
                .Add("spaceId", spaceId)
                .Add("tags", tags));
    }

    public sealed partial class IndexConnector
    {
        /// <summary>Indexes documents into the connector's index.</summary>
        /// <param name="documents">The documents (<c>documents</c>): maps of field names to values.</param>
        /// <param name="indexOverride">
        /// Only for the alert history connector (<see cref="AlertHistory.ConnectorId"/>): another index, whose name starts
        /// with <c>kibana-alert-history-</c>. Kibana ignores it on every other index connector.
        /// </param>
        public ConnectorAction Index(IEnumerable<IReadOnlyDictionary<string, object?>> documents, string? indexOverride = null)
        {
            var check = new ParamCheck(this);
            if (documents == null)
            {
                throw check.Fail(nameof(documents), "documents is required (an empty list is allowed)");
            }

            if (indexOverride != null)
            {
                if (Id != AlertHistory.ConnectorId)
                {
                    throw check.Fail(nameof(indexOverride), $"Kibana applies indexOverride only on the alert history connector ('{AlertHistory.ConnectorId}'); this connector writes to its index '{Config.Index}'");
                }

                if (!AlertHistory.IsValidIndex(indexOverride))
                {
                    throw check.Fail(nameof(indexOverride), $"the alert history connector writes only to indices whose names start with '{AlertHistory.IndexPrefix}', not '{indexOverride}'");
                }
            }

            return new ConnectorAction(Id, ActionTypeId, new ParamMap()
                .Add("documents", documents.Select(d => (object)ParamCheck.Map(d)!).ToArray())
                .Add("indexOverride", indexOverride));
        }
    }
}

using System;
using System.Collections.Generic;
using System.Linq;

namespace KibanaConnectors
{
    public sealed partial class SlackConnector
    {
        // kbn-connector-schemas/slack/schemas/v1.ts: message z.string().min(1), so a space is a message.
        /// <summary>Posts a message through the webhook. Mustache templates such as <c>{{context.message}}</c> are plain text here.</summary>
        /// <param name="message">The message (<c>message</c>), at least one character.</param>
        public ConnectorAction Message(string message)
        {
            var check = new ParamCheck(this);
            return check.Action(new ParamMap().Add("message", check.NonEmpty(message, nameof(message), "message")));
        }
    }

    public sealed partial class TeamsConnector
    {
        // kbn-connector-schemas/teams/schemas/v1.ts: message z.string().min(1).
        /// <summary>Posts a message to the Teams channel.</summary>
        /// <param name="message">The message (<c>message</c>), at least one character.</param>
        public ConnectorAction Message(string message)
        {
            var check = new ParamCheck(this);
            return check.Action(new ParamMap().Add("message", check.NonEmpty(message, nameof(message), "message")));
        }
    }

    public sealed partial class SlackApiConnector
    {
        /// <summary>Posts a text message with Slack's Web API (<c>postMessage</c>) to one channel.</summary>
        /// <param name="text">The message (<c>text</c>), at least one character.</param>
        /// <param name="channelId">The channel's id (<c>channelIds</c>), such as <c>C0123ABCD</c>; one of the connector's allowed channels when it lists ids.</param>
        /// <param name="channelName">The channel's name with its <c>#</c> (<c>channelNames</c>), such as <c>#ops</c>; one of the connector's allowed channels when it lists any.</param>
        /// <param name="channel">A channel id or name as older Kibana releases took it (<c>channels</c>); Kibana checks it against no allowed list.</param>
        /// <remarks>Give exactly one of <paramref name="channelId"/>, <paramref name="channelName"/> and <paramref name="channel"/>.</remarks>
        public ConnectorAction PostMessage(string text, string? channelId = null, string? channelName = null, string? channel = null)
        {
            var check = new ParamCheck(this);
            // kbn-connector-schemas/slack_api/schemas/v1.ts PostMessageSubActionParamsSchema: text z.string().min(1).
            return check.Action(ParamCheck.SubAction("postMessage", Channel(check, channelId, channelName, channel, nameLimits: true)
                .Add("text", check.NonEmpty(text, nameof(text), "text"))));
        }

        /// <summary>Posts a Block Kit message (<c>postBlockkit</c>) to one channel.</summary>
        /// <param name="blocksJson">The Block Kit JSON object, with its <c>blocks</c> list: <c>{"blocks": [...]}</c>.</param>
        /// <param name="channelId">The channel's id (<c>channelIds</c>).</param>
        /// <param name="channelName">The channel's name with its <c>#</c> (<c>channelNames</c>).</param>
        /// <param name="channel">A channel id or name as older Kibana releases took it (<c>channels</c>).</param>
        /// <remarks>Give exactly one of <paramref name="channelId"/>, <paramref name="channelName"/> and <paramref name="channel"/>.</remarks>
        public ConnectorAction PostBlockKit(string blocksJson, string? channelId = null, string? channelName = null, string? channel = null)
        {
            var check = new ParamCheck(this);
            // kbn-connector-schemas/slack_api/schemas/v1.ts validateBlockkit: JSON.parse, then Object.hasOwn(parsed, 'blocks').
            check.Json(check.Present(blocksJson, nameof(blocksJson), "the Block Kit JSON"), nameof(blocksJson), "the Block Kit JSON", json =>
                json.Kind == JsonKind.Object && json.Keys.Contains("blocks") ? null : "must be a JSON object with a top-level \"blocks\" field, such as {\"blocks\": [...]}");
            return check.Action(ParamCheck.SubAction("postBlockkit", Channel(check, channelId, channelName, channel, nameLimits: false)
                .Add("text", blocksJson)));
        }

        // stack_connectors/server/connector_types/slack_api/service.ts getChannelToUse: one of channels, channelIds or
        // channelNames is required; names and ids must be in allowedChannels when it lists any (names compared without '#').
        private ParamMap Channel(ParamCheck check, string? channelId, string? channelName, string? channel, bool nameLimits)
        {
            var given = new[] { channelId, channelName, channel }.Count(c => c != null);
            if (given != 1)
            {
                // Kibana takes several and uses the first of names, ids, channels; one is what a caller means (deliberately stricter).
                throw check.Fail(nameof(channelId), given == 0
                    ? "a channel is required: give channelId, channelName or channel (Kibana refuses a message with none)"
                    : "give one channel: channelId, channelName or channel, not several");
            }

            var allowed = Config.AllowedChannels ?? Array.Empty<SlackChannel>();
            if (channelName != null)
            {
                // kbn-connector-schemas/slack_api/schemas/v1.ts validateChannelName; postMessage also .min(2).max(200).
                if (!channelName.StartsWith("#", StringComparison.Ordinal) || channelName.Length < 2 || (nameLimits && channelName.Length > 200))
                {
                    throw check.Fail(nameof(channelName), $"channelName '{channelName}' must be a channel name starting with '#', such as '#ops'{(nameLimits ? ", of 2 to 200 characters" : string.Empty)}");
                }

                static string Bare(string name) => name.StartsWith("#", StringComparison.Ordinal) ? name.Substring(1) : name;
                if (allowed.Count > 0 && !allowed.Any(a => Bare(a.Name) == Bare(channelName)))
                {
                    throw check.Fail(nameof(channelName), $"channel '{channelName}' is not in the connector's allowedChannels ({string.Join(", ", allowed.Select(a => a.Name))}); Kibana refuses it");
                }

                return new ParamMap().Add("channelNames", new[] { channelName });
            }

            if (channelId != null)
            {
                // An empty id passes Kibana's schema and fails at Slack (deliberately stricter).
                if (channelId.Length == 0)
                {
                    throw check.Fail(nameof(channelId), "channelId cannot be empty");
                }

                var ids = allowed.Where(a => a.Id != null).Select(a => a.Id!).ToList();
                if (ids.Count > 0 && !ids.Contains(channelId))
                {
                    throw check.Fail(nameof(channelId), $"channel id '{channelId}' is not in the connector's allowedChannels ({string.Join(", ", ids)}); Kibana refuses it");
                }

                return new ParamMap().Add("channelIds", new[] { channelId });
            }

            return new ParamMap().Add("channels", new[] { check.NonEmpty(channel, nameof(channel), "channel") });
        }
    }

    public sealed partial class EmailConnector
    {
        /// <summary>Sends an email. At least one recipient in <paramref name="to"/>, <paramref name="cc"/> or <paramref name="bcc"/>.</summary>
        /// <param name="subject">The subject (<c>subject</c>); may be empty.</param>
        /// <param name="message">The body, in Markdown (<c>message</c>); may be empty.</param>
        /// <param name="to">Recipients (<c>to</c>): at most 100 addresses of at most 512 characters.</param>
        /// <param name="cc">Copy recipients (<c>cc</c>).</param>
        /// <param name="bcc">Blind copy recipients (<c>bcc</c>).</param>
        /// <param name="replyTo">Reply-to addresses (<c>replyTo</c>), at most 10.</param>
        /// <param name="messageHtml">
        /// An HTML body (<c>messageHTML</c>). Kibana refuses the whole email when it may not send HTML: in its newest
        /// release only a connector with <c>allowHtml: true</c> (and not <c>elastic_cloud</c>) may; from 8.9 to 9.3 only
        /// Kibana's own notifications may, never a rule action or <c>_execute</c>; before 8.9 the parameter does not exist.
        /// The release is the connector's <see cref="Connector.Kibana"/>.
        /// </param>
        /// <remarks>
        /// Addresses are read as Kibana reads them (<c>user@example.com</c>, <c>"Name" &lt;user@example.com&gt;</c>, lists and
        /// groups), and their domains must be in <c>xpack.actions.email.domain_allowlist</c> when the settings files set it.
        /// A recipient written as a template is checked by Kibana once rendered; <c>_execute</c> renders nothing, so
        /// <see cref="ConnectorAction.ToExecuteJson"/> refuses one. Kibana replaces the message with a fixed test text
        /// when the action is run through <c>_execute</c>.
        /// </remarks>
        public ConnectorAction Send(string subject, string message, IEnumerable<string>? to = null, IEnumerable<string>? cc = null, IEnumerable<string>? bcc = null, IEnumerable<string>? replyTo = null, string? messageHtml = null)
        {
            var check = new ParamCheck(this);
            // kbn-connector-schemas/email/schemas/v1.ts: to/cc/bcc at most 100 of at most 512 characters, replyTo at most 10.
            var toList = check.List(to, 100, 512, nameof(to), "to");
            var ccList = check.List(cc, 100, 512, nameof(cc), "cc");
            var bccList = check.List(bcc, 100, 512, nameof(bcc), "bcc");
            var replyToList = check.List(replyTo, 10, 512, nameof(replyTo), "replyTo");

            // stack_connectors/server/connector_types/email/index.ts validateParams: blank entries do not count.
            if (new[] { toList, ccList, bccList }.All(l => l == null || l.All(string.IsNullOrWhiteSpace)))
            {
                throw check.Fail(nameof(to), "an email needs at least one recipient in to, cc or bcc");
            }

            Recipients(check, toList, nameof(to), executorChecks: true);
            Recipients(check, ccList, nameof(cc), executorChecks: true);
            Recipients(check, bccList, nameof(bcc), executorChecks: true);
            Recipients(check, replyToList, nameof(replyTo), executorChecks: false);
            if (messageHtml != null && HtmlProblem() is string problem)
            {
                throw check.Fail(nameof(messageHtml), problem);
            }

            return check.Action(new ParamMap()
                .Add("to", toList)
                .Add("cc", ccList)
                .Add("bcc", bccList)
                .Add("replyTo", replyToList)
                .Add("subject", check.Present(subject, nameof(subject), "subject"))
                .Add("message", check.Present(message, nameof(message), "message"))
                .Add("messageHTML", messageHtml));
        }

        // x-pack/platform/plugins/shared/actions/common/validate_email_addresses.ts, with xpack.actions.email.domain_allowlist.
        // validateParams treats templated addresses as valid; the executor checks to/cc/bcc again, rendered in a rule
        // action and as written through _execute. replyTo is checked only by validateParams.
        private void Recipients(ParamCheck check, string[]? addresses, string parameter, bool executorChecks)
        {
            foreach (var address in addresses?.Where(a => !string.IsNullOrWhiteSpace(a)) ?? Enumerable.Empty<string>())
            {
                if (!executorChecks && ParamCheck.IsTemplate(address))
                {
                    continue;
                }

                var domains = EmailAddresses.Domains(address);
                var allowlist = Kibana.EmailDomainAllowlist;
                if (domains == null)
                {
                    check.AsWritten(address, false, parameter, $"{parameter} '{address}' is not an email address Kibana can read; write user@example.com or \"Name\" <user@example.com>");
                }
                else if (allowlist != null && domains.FirstOrDefault(d => !allowlist.Contains(d)) is string refused)
                {
                    // A domain that parses holds no template, so rendering the rest of the address leaves it as it is.
                    throw check.Fail(parameter, $"{parameter} '{address}' has the domain '{refused}', which xpack.actions.email.domain_allowlist does not list ({string.Join(", ", allowlist)})");
                }
            }
        }

        // stack_connectors/server/connector_types/email/index.ts executor: HTML needs allowHtml (elastic/kibana#276584,
        // the newest release) or a notification (elastic/kibana#160322, 8.9 to 9.3); messageHTML came in 8.9 (#159335).
        private string? HtmlProblem()
        {
            if (!Kibana.IsAtLeast(8, 9))
            {
                return $"Kibana {Kibana.Version} has no messageHTML parameter (it came in 8.9); leave messageHtml out";
            }

            if (!Kibana.IsAtLeast(9, 4))
            {
                return $"Kibana {Kibana.Version} sends HTML email only for its own notifications, never for a rule action or _execute; leave messageHtml out";
            }

            if (Config.Service == "elastic_cloud")
            {
                return "Elastic Cloud's mail service sends no HTML email (Kibana refuses allowHtml with elastic_cloud); leave messageHtml out";
            }

            return Config.AllowHtml ? null : "Kibana sends an HTML body only from a connector with allowHtml: true in its config; set it, or leave messageHtml out";
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
        // kbn-connector-schemas/server_log/schemas/v1.ts: message z.string(), so an empty line is a line.
        /// <summary>Writes a line to Kibana's log.</summary>
        /// <param name="message">The message (<c>message</c>); may be empty.</param>
        /// <param name="level">The level (<c>level</c>).</param>
        public ConnectorAction Log(string message, ServerLogLevel level = ServerLogLevel.Info)
        {
            var check = new ParamCheck(this);
            return check.Action(new ParamMap()
                .Add("message", check.Present(message, nameof(message), "message"))
                .Add("level", level.ToString().ToLowerInvariant()));
        }
    }

    public sealed partial class WebhookConnector
    {
        /// <summary>Calls the webhook with a body; its URL, method and headers are the connector's config.</summary>
        /// <param name="body">The request body (<c>body</c>), often JSON with Mustache variables.</param>
        public ConnectorAction Send(string? body = null) => new ParamCheck(this).Action(new ParamMap().Add("body", body));
    }

    public sealed partial class TorqConnector
    {
        // stack_connectors/server/connector_types/torq/index.ts executor: JSON.parse(body || 'null'), else "invalid body".
        /// <summary>Sends a body to the Torq webhook.</summary>
        /// <param name="body">The JSON body (<c>body</c>); an empty text sends JSON null.</param>
        public ConnectorAction Send(string body)
        {
            var check = new ParamCheck(this);
            check.Json(check.Present(body, nameof(body), "body") is { Length: > 0 } text ? text : null, nameof(body), "body");
            return check.Action(new ParamMap().Add("body", body));
        }
    }

    public sealed partial class XMattersConnector
    {
        // kbn-connector-schemas/xmatters/schemas/v1.ts: severity z.string() (a field Kibana needs, even empty);
        // stack_connectors/server/connector_types/xmatters/index.ts sends params.severity || 'High'.
        /// <summary>Triggers an xMatters workflow.</summary>
        /// <param name="severity">The severity (<c>severity</c>); empty for Kibana's default, <c>High</c>.</param>
        /// <param name="alertActionGroupName">The rule's action group name.</param>
        /// <param name="signalId">The alert's id.</param>
        /// <param name="ruleName">The rule's name.</param>
        /// <param name="date">When the alert happened.</param>
        /// <param name="spaceId">The Kibana space.</param>
        /// <param name="tags">Tags, as one comma-separated text.</param>
        public ConnectorAction Alert(string severity, string? alertActionGroupName = null, string? signalId = null, string? ruleName = null, string? date = null, string? spaceId = null, string? tags = null) =>
            new ParamCheck(this).Action(new ParamMap()
                .Add("alertActionGroupName", alertActionGroupName)
                .Add("signalId", signalId)
                .Add("ruleName", ruleName)
                .Add("date", date)
                .Add("severity", severity ?? string.Empty)
                .Add("spaceId", spaceId)
                .Add("tags", tags));
    }

    public sealed partial class IndexConnector
    {
        /// <summary>Indexes documents into the connector's index.</summary>
        /// <param name="documents">
        /// The documents (<c>documents</c>): maps of field names to values. In a rule action of the alert history
        /// connector Kibana replaces them with the alert history document it builds, so pass an empty list there.
        /// </param>
        /// <param name="indexOverride">
        /// Another index, whose name starts with <c>kibana-alert-history-</c> (<c>indexOverride</c>). Kibana writes there
        /// from <c>_execute</c> on any index connector, but in rule actions only on the alert history connector
        /// (<see cref="AlertHistory.ConnectorId"/>): it drops the override on every other one.
        /// </param>
        /// <remarks>
        /// What only one use gets wrong fails there: <see cref="ConnectorAction.ForRule"/> refuses an override on an
        /// ordinary index connector and documents for the alert history connector.
        /// </remarks>
        public ConnectorAction Index(IEnumerable<IReadOnlyDictionary<string, object?>> documents, string? indexOverride = null)
        {
            var check = new ParamCheck(this);
            if (documents == null)
            {
                throw check.Fail(nameof(documents), "documents is required (an empty list is allowed)");
            }

            var list = documents.Select(d => (object)ParamCheck.Map(d)!).ToArray();
            if (indexOverride != null)
            {
                // kbn-connector-schemas/es_index/schemas/v1.ts: indexOverride must start with "kibana-alert-history-".
                check.AsWritten(indexOverride, indexOverride.StartsWith(AlertHistory.IndexPrefix, StringComparison.Ordinal), nameof(indexOverride),
                    $"indexOverride '{indexOverride}' must start with '{AlertHistory.IndexPrefix}'");
            }

            // stack_connectors/server/connector_types/es_index/index.ts renderParameterTemplates (rule actions only).
            if (Id == AlertHistory.ConnectorId && list.Length > 0)
            {
                check.FailsInRules("in a rule action Kibana replaces documents with the alert history document it builds from the alert, so these would never be written; pass an empty list");
            }
            else if (Id != AlertHistory.ConnectorId && indexOverride != null)
            {
                check.FailsInRules($"in a rule action Kibana drops indexOverride on every index connector but the alert history one ('{AlertHistory.ConnectorId}'), so the documents would go to '{Config.Index}'; leave indexOverride out");
            }

            return check.Action(new ParamMap()
                .Add("documents", list)
                .Add("indexOverride", indexOverride));
        }
    }
}

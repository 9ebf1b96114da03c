using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace KibanaConnectors
{
    /// <summary>The severity of a PagerDuty event.</summary>
    public enum PagerDutySeverity
    {
        /// <summary><c>critical</c></summary>
        Critical,

        /// <summary><c>error</c></summary>
        Error,

        /// <summary><c>warning</c></summary>
        Warning,

        /// <summary><c>info</c> (Kibana's default)</summary>
        Info,
    }

    /// <summary>A link shown on a PagerDuty incident.</summary>
    public sealed class PagerDutyLink
    {
        /// <summary>Creates a link.</summary>
        /// <param name="href">The address.</param>
        /// <param name="text">The text shown.</param>
        public PagerDutyLink(string href, string text)
        {
            Href = href ?? throw new ArgumentNullException(nameof(href));
            Text = text ?? throw new ArgumentNullException(nameof(text));
        }

        /// <summary>The address (<c>href</c>).</summary>
        public string Href { get; }

        /// <summary>The text (<c>text</c>).</summary>
        public string Text { get; }
    }

    public sealed partial class PagerDutyConnector
    {
        // kbn-connector-schemas/pagerduty/schemas/v1.ts ParamsSchema; defaults in stack_connectors/server/connector_types/pagerduty/index.ts getBodyForEventAction.
        /// <summary>Opens (or adds to) a PagerDuty incident (<c>eventAction: trigger</c>).</summary>
        /// <param name="summary">What happened (<c>summary</c>), at most 1024 characters; Kibana sends <c>No summary provided.</c> when left out.</param>
        /// <param name="severity">How bad it is (<c>severity</c>).</param>
        /// <param name="dedupKey">Groups events into one incident (<c>dedupKey</c>), at most 255 characters; <c>{{alert.id}}</c> is usual.</param>
        /// <param name="source">Where it happened (<c>source</c>); Kibana sends <c>Kibana Action &lt;id&gt;</c> when left out.</param>
        /// <param name="component">The component (<c>component</c>).</param>
        /// <param name="group">The group (<c>group</c>).</param>
        /// <param name="eventClass">The class (<c>class</c>).</param>
        /// <param name="timestamp">
        /// When it happened (<c>timestamp</c>): ISO 8601 (<c>2026-11-29T10:00:00Z</c>), RFC 2822 or epoch milliseconds, as
        /// Kibana's moment reads them. A Mustache template is rendered in a rule action only, so
        /// <see cref="ConnectorAction.ToExecuteJson"/> refuses one.
        /// </param>
        /// <param name="links">Links shown on the incident (<c>links</c>).</param>
        /// <param name="customDetails">Extra fields (<c>customDetails</c>).</param>
        /// <param name="customDetailsJson">Extra fields as a JSON object text (<c>customDetails</c>), which Kibana parses, such as <c>{"host": "{{context.host}}"}</c>; instead of <paramref name="customDetails"/>.</param>
        public ConnectorAction Trigger(string? summary = null, PagerDutySeverity severity = PagerDutySeverity.Info, string? dedupKey = null, string? source = null,
            string? component = null, string? group = null, string? eventClass = null, string? timestamp = null, IEnumerable<PagerDutyLink>? links = null,
            IReadOnlyDictionary<string, object?>? customDetails = null, string? customDetailsJson = null)
        {
            var check = new ParamCheck(this);
            if (timestamp != null)
            {
                check.AsWritten(timestamp, PagerDutyTimestamp.IsValid(timestamp), nameof(timestamp),
                    $"timestamp '{timestamp}' is not a date Kibana can read; write it as ISO 8601 (2026-11-29T10:00:00Z) or epoch milliseconds");
            }

            check.OneOf(customDetails, nameof(customDetails), customDetailsJson, nameof(customDetailsJson));
            // Coerced(z.record(...)): a JSON text must parse to an object.
            check.Json(customDetailsJson, nameof(customDetailsJson), "customDetails", json =>
                json.Kind == JsonKind.Object ? null : $"must be a JSON object, not {ParamCheck.Article(json.Kind)}");
            return check.Action(new ParamMap()
                .Add("eventAction", "trigger")
                .Add("dedupKey", check.MaxLength(dedupKey, 255, nameof(dedupKey), "dedupKey"))
                .Add("summary", check.MaxLength(summary, 1024, nameof(summary), "summary"))
                .Add("source", source)
                .Add("severity", severity.ToString().ToLowerInvariant())
                .Add("timestamp", timestamp)
                .Add("component", component)
                .Add("group", group)
                .Add("class", eventClass)
                .Add("links", links?.Select(l => (object)new ParamMap().Add("href", l.Href).Add("text", l.Text)).ToArray())
                .Add("customDetails", (object?)ParamCheck.Map(customDetails) ?? customDetailsJson));
        }

        /// <summary>Acknowledges the incident of <paramref name="dedupKey"/> (<c>eventAction: acknowledge</c>).</summary>
        /// <param name="dedupKey">The incident's dedup key (<c>dedupKey</c>), required.</param>
        public ConnectorAction Acknowledge(string dedupKey) => Close("acknowledge", dedupKey);

        /// <summary>Resolves the incident of <paramref name="dedupKey"/> (<c>eventAction: resolve</c>).</summary>
        /// <param name="dedupKey">The incident's dedup key (<c>dedupKey</c>), required.</param>
        public ConnectorAction Resolve(string dedupKey) => Close("resolve", dedupKey);

        // EVENT_ACTIONS_WITH_REQUIRED_DEDUPKEY in kbn-connector-schemas/pagerduty: "DedupKey is required" (!dedupKey: empty fails, a space does not).
        private ConnectorAction Close(string eventAction, string dedupKey)
        {
            var check = new ParamCheck(this);
            if (string.IsNullOrEmpty(dedupKey))
            {
                throw check.Fail(nameof(dedupKey), $"dedupKey is required to {eventAction} an incident: it names the incident");
            }

            return check.Action(new ParamMap()
                .Add("eventAction", eventAction)
                .Add("dedupKey", check.MaxLength(dedupKey, 255, nameof(dedupKey), "dedupKey")));
        }
    }

    /// <summary>The priority of an Opsgenie alert.</summary>
    public enum OpsgeniePriority
    {
        /// <summary><c>P1</c>, the highest.</summary>
        P1,

        /// <summary><c>P2</c></summary>
        P2,

        /// <summary><c>P3</c>, Opsgenie's default.</summary>
        P3,

        /// <summary><c>P4</c></summary>
        P4,

        /// <summary><c>P5</c>, the lowest.</summary>
        P5,
    }

    /// <summary>Who an Opsgenie alert goes to (<c>responders</c>) or who sees it (<c>visibleTo</c>): a team, user, escalation or schedule.</summary>
    public sealed class OpsgenieRecipient
    {
        private OpsgenieRecipient(string type, string key, string value)
        {
            Type = type;
            Key = key;
            Value = string.IsNullOrWhiteSpace(value) ? throw new ArgumentException("An Opsgenie recipient needs a name, id or user name.", nameof(value)) : value;
        }

        /// <summary><c>team</c>, <c>user</c>, <c>escalation</c> or <c>schedule</c>.</summary>
        public string Type { get; }

        internal string Key { get; }

        internal string Value { get; }

        /// <summary>A team by name.</summary>
        /// <param name="name">The team's name.</param>
        public static OpsgenieRecipient Team(string name) => new OpsgenieRecipient("team", "name", name);

        /// <summary>A team by id.</summary>
        /// <param name="id">The team's id.</param>
        public static OpsgenieRecipient TeamId(string id) => new OpsgenieRecipient("team", "id", id);

        /// <summary>A user by user name (their email address).</summary>
        /// <param name="username">The user name.</param>
        public static OpsgenieRecipient User(string username) => new OpsgenieRecipient("user", "username", username);

        /// <summary>A user by id.</summary>
        /// <param name="id">The user's id.</param>
        public static OpsgenieRecipient UserId(string id) => new OpsgenieRecipient("user", "id", id);

        /// <summary>An escalation by name (responders only).</summary>
        /// <param name="name">The escalation's name.</param>
        public static OpsgenieRecipient Escalation(string name) => new OpsgenieRecipient("escalation", "name", name);

        /// <summary>A schedule by name (responders only).</summary>
        /// <param name="name">The schedule's name.</param>
        public static OpsgenieRecipient Schedule(string name) => new OpsgenieRecipient("schedule", "name", name);

        /// <summary>An escalation by id (responders only).</summary>
        /// <param name="id">The escalation's id.</param>
        public static OpsgenieRecipient EscalationId(string id) => new OpsgenieRecipient("escalation", "id", id);

        /// <summary>A schedule by id (responders only).</summary>
        /// <param name="id">The schedule's id.</param>
        public static OpsgenieRecipient ScheduleId(string id) => new OpsgenieRecipient("schedule", "id", id);

        internal ParamMap ToParamMap() => new ParamMap().Add("type", Type).Add(Key, Value);
    }

    public sealed partial class OpsgenieConnector
    {
        /// <summary>Creates an Opsgenie alert (<c>createAlert</c>).</summary>
        /// <param name="message">The alert's message (<c>message</c>): 1 to 15,000 characters; Opsgenie shows the first 130.</param>
        /// <param name="alias">Identifies the alert, to close it later (<c>alias</c>); <c>{{rule.id}}:{{alert.id}}</c> is usual.</param>
        /// <param name="description">Details (<c>description</c>), at most 15,000 characters.</param>
        /// <param name="priority">The priority (<c>priority</c>).</param>
        /// <param name="tags">Tags (<c>tags</c>): at most 20 of at most 50 characters.</param>
        /// <param name="details">Extra properties (<c>details</c>).</param>
        /// <param name="entity">The entity (<c>entity</c>), at most 512 characters.</param>
        /// <param name="source">The source (<c>source</c>), at most 100 characters.</param>
        /// <param name="user">The user (<c>user</c>), at most 100 characters.</param>
        /// <param name="note">A note (<c>note</c>), at most 25,000 characters.</param>
        /// <param name="responders">Who is notified (<c>responders</c>), at most 50.</param>
        /// <param name="visibleTo">Teams and users who see the alert (<c>visibleTo</c>), at most 50.</param>
        /// <param name="actions">Custom actions offered on the alert (<c>actions</c>): at most 10 of at most 50 characters.</param>
        public ConnectorAction CreateAlert(string message, string? alias = null, string? description = null, OpsgeniePriority? priority = null,
            IEnumerable<string>? tags = null, IReadOnlyDictionary<string, string>? details = null, string? entity = null, string? source = null, string? user = null, string? note = null,
            IEnumerable<OpsgenieRecipient>? responders = null, IEnumerable<OpsgenieRecipient>? visibleTo = null, IEnumerable<string>? actions = null)
        {
            // kbn-connector-schemas/opsgenie/schemas/v1.ts CreateAlertParamsSchema.
            var check = new ParamCheck(this);
            return AlertParams.CreateAlert(check, "Opsgenie", 15000, message, alias, description, priority, tags, details, entity, source, user, note,
                responders?.Select(r => (r.Type, r.ToParamMap())).ToArray(), visibleTo?.Select(r => (r.Type, r.ToParamMap())).ToArray(), actions);
        }

        /// <summary>Closes the Opsgenie alert of <paramref name="alias"/> (<c>closeAlert</c>).</summary>
        /// <param name="alias">The alias the alert was created with (<c>alias</c>), required.</param>
        /// <param name="user">The user (<c>user</c>), at most 100 characters.</param>
        /// <param name="source">The source (<c>source</c>), at most 100 characters.</param>
        /// <param name="note">A note (<c>note</c>), at most 25,000 characters.</param>
        public ConnectorAction CloseAlert(string alias, string? user = null, string? source = null, string? note = null)
        {
            // CloseAlertParamsSchema takes an empty alias, which closes nothing at Opsgenie (deliberately stricter).
            var check = new ParamCheck(this);
            return AlertParams.CloseAlert(check, check.Required(alias, nameof(alias), "alias: it names the alert to close"), user, source, note);
        }
    }

    public sealed partial class D3SecurityConnector
    {
        /// <summary>Sends an event to D3 SOAR (<c>run</c>).</summary>
        /// <param name="body">The event body (<c>body</c>).</param>
        /// <param name="severity">The severity (<c>severity</c>): D3 knows high, medium and low.</param>
        /// <param name="eventType">The event type (<c>eventType</c>).</param>
        public ConnectorAction Run(string? body = null, string? severity = null, string? eventType = null) =>
            new ParamCheck(this).Action(ParamCheck.SubAction("run", new ParamMap().Add("body", body).Add("severity", severity).Add("eventType", eventType)));
    }

    /// <summary>A webhook of a Tines story, as Kibana's UI picks it (<c>webhook</c>): Kibana builds the webhook's URL from it.</summary>
    public sealed class TinesWebhook
    {
        /// <summary>Creates the webhook reference.</summary>
        /// <param name="id">The webhook action's id in Tines.</param>
        /// <param name="name">Its name.</param>
        /// <param name="storyId">The id of its story.</param>
        public TinesWebhook(long id, string name, long storyId)
        {
            Id = id;
            Name = name ?? throw new ArgumentNullException(nameof(name));
            StoryId = storyId;
        }

        /// <summary>The webhook action's id (<c>id</c>).</summary>
        public long Id { get; }

        /// <summary>Its name (<c>name</c>).</summary>
        public string Name { get; }

        /// <summary>The id of its story (<c>storyId</c>).</summary>
        public long StoryId { get; }
    }

    public sealed partial class TinesConnector
    {
        /// <summary>Sends a body to a Tines story's webhook (<c>run</c>), named by its URL or by the webhook Kibana's UI picks.</summary>
        /// <param name="body">The JSON body (<c>body</c>).</param>
        /// <param name="webhookUrl">The webhook's URL (<c>webhookUrl</c>).</param>
        /// <param name="webhook">The webhook (<c>webhook</c>), instead of <paramref name="webhookUrl"/>.</param>
        /// <remarks>Kibana offers Tines to Security rules only.</remarks>
        public ConnectorAction Run(string body, string? webhookUrl = null, TinesWebhook? webhook = null)
        {
            // kbn-connector-schemas/tines/schemas/v1.ts TinesRunActionParamsSchema: webhook and webhookUrl are both
            // optional; stack_connectors/server/connector_types/tines/tines.ts runWebhook refuses a run with neither.
            var check = new ParamCheck(this);
            check.OneOf(webhookUrl, nameof(webhookUrl), webhook, nameof(webhook));
            if (webhookUrl == null && webhook == null)
            {
                throw check.Fail(nameof(webhookUrl), "a Tines run needs webhookUrl or webhook (Kibana refuses a run with neither)");
            }

            return check.Action(ParamCheck.SubAction("run", new ParamMap()
                .Add("webhook", webhook == null ? null : new ParamMap().Add("id", webhook.Id).Add("name", webhook.Name).Add("storyId", webhook.StoryId))
                .Add("webhookUrl", webhookUrl)
                .Add("body", check.Present(body, nameof(body), "body"))));
        }
    }

    public sealed partial class GenAiConnector
    {
        /// <summary>Sends a request body to the model's API as it is (<c>run</c>).</summary>
        /// <param name="body">The JSON request body (<c>body</c>), such as <c>{"messages": [...]}</c>.</param>
        /// <param name="timeout">How long Kibana waits for the model (<c>timeout</c>, milliseconds); Kibana's default when null.</param>
        /// <remarks>Kibana offers AI connectors to its assistants and workflows, not to alerting rules.</remarks>
        public ConnectorAction Run(string body, TimeSpan? timeout = null)
        {
            // kbn-connector-schemas/openai/schemas/v1.ts RunActionParamsSchema. openai/lib/*_utils.ts getRequestWithStreamOption
            // passes a body that is not JSON on unchanged and the provider refuses it: refused here (deliberately stricter).
            var check = new ParamCheck(this);
            check.Json(check.Present(body, nameof(body), "body"), nameof(body), "body", ParamCheck.JsonObject);
            return check.Action(ParamCheck.SubAction("run", new ParamMap().Add("body", body).Add("timeout", AiTimeout.Milliseconds(check, timeout))));
        }
    }

    public sealed partial class BedrockConnector
    {
        /// <summary>Sends a request body to the Bedrock model as it is (<c>run</c>).</summary>
        /// <param name="body">The JSON request body (<c>body</c>).</param>
        /// <param name="model">The model id (<c>model</c>); the connector's default model when null.</param>
        /// <param name="timeout">How long Kibana waits for the model (<c>timeout</c>, milliseconds); two minutes when null.</param>
        /// <param name="raw">True for the model's answer as it is (<c>raw</c>), not Kibana's <c>completion</c> summary of it.</param>
        /// <remarks>Kibana offers AI connectors to its assistants and workflows, not to alerting rules.</remarks>
        public ConnectorAction Run(string body, string? model = null, TimeSpan? timeout = null, bool? raw = null)
        {
            // kbn-connector-schemas/bedrock/schemas/v1.ts RunActionParamsSchema; stack_connectors/server/connector_types/bedrock/bedrock.ts
            // runApi parses the body (usesDeprecatedArguments: JSON.parse(body)) unless raw, and Bedrock needs a JSON object.
            var check = new ParamCheck(this);
            check.Json(check.Present(body, nameof(body), "body"), nameof(body), "body", ParamCheck.JsonObject);
            return check.Action(ParamCheck.SubAction("run", new ParamMap()
                .Add("body", body)
                .Add("model", model)
                .Add("timeout", AiTimeout.Milliseconds(check, timeout))
                .Add("raw", raw)));
        }
    }

    /// <summary>The <c>timeout</c> of the AI connectors' runs: a number of milliseconds (<c>z.coerce.number()</c>).</summary>
    internal static class AiTimeout
    {
        // A negative or zero wait passes Kibana's schema and fails every request (deliberately stricter).
        public static long? Milliseconds(ParamCheck check, TimeSpan? timeout) =>
            timeout is TimeSpan wait && wait <= TimeSpan.Zero
                ? throw check.Fail(nameof(timeout), $"timeout must be longer than zero, not {wait}")
                : (long?)timeout?.TotalMilliseconds;
    }

    /// <summary>The <c>createAlert</c> and <c>closeAlert</c> sub-actions that Opsgenie and Jira Service Management share.</summary>
    internal static class AlertParams
    {
        /// <summary>
        /// createAlert: <paramref name="maxMessage"/> characters of message at most (Opsgenie 15,000, Jira Service
        /// Management 130), 50 responders and 50 visibleTo entries (teams and users only), and the same field limits.
        /// </summary>
        public static ConnectorAction CreateAlert(ParamCheck check, string service, int maxMessage, string message, string? alias, string? description, OpsgeniePriority? priority,
            IEnumerable<string>? tags, IReadOnlyDictionary<string, string>? details, string? entity, string? source, string? user, string? note,
            (string Type, ParamMap Map)[]? responders, (string Type, ParamMap Map)[]? visibleTo, IEnumerable<string>? actions)
        {
            if (responders?.Length > 50 || visibleTo?.Length > 50)
            {
                throw check.Fail(responders?.Length > 50 ? nameof(responders) : nameof(visibleTo), $"{service} takes at most 50 responders and 50 visibleTo entries");
            }

            if (visibleTo?.FirstOrDefault(r => r.Type != "team" && r.Type != "user") is { Type: string notVisible })
            {
                throw check.Fail(nameof(visibleTo), $"visibleTo takes teams and users only, not a {notVisible}");
            }

            return check.Action(ParamCheck.SubAction("createAlert", new ParamMap()
                .Add("message", check.MaxLength(check.Required(message, nameof(message), "message"), maxMessage, nameof(message), "message"))
                .Add("alias", alias)
                .Add("description", check.MaxLength(description, 15000, nameof(description), "description"))
                .Add("responders", responders?.Length > 0 ? responders.Select(r => (object)r.Map).ToArray() : null)
                .Add("visibleTo", visibleTo?.Length > 0 ? visibleTo.Select(r => (object)r.Map).ToArray() : null)
                .Add("actions", check.List(actions, 10, 50, nameof(actions), "actions"))
                .Add("tags", check.List(tags, 20, 50, nameof(tags), "tags"))
                .Add("details", details?.Count > 0 ? details : null)
                .Add("entity", check.MaxLength(entity, 512, nameof(entity), "entity"))
                .Add("source", check.MaxLength(source, 100, nameof(source), "source"))
                .Add("priority", priority?.ToString())
                .Add("user", check.MaxLength(user, 100, nameof(user), "user"))
                .Add("note", check.MaxLength(note, 25000, nameof(note), "note"))));
        }

        /// <summary>closeAlert, with the alias as the service's rule checked it.</summary>
        public static ConnectorAction CloseAlert(ParamCheck check, string alias, string? user, string? source, string? note) =>
            check.Action(ParamCheck.SubAction("closeAlert", new ParamMap()
                .Add("alias", alias)
                .Add("user", check.MaxLength(user, 100, nameof(user), "user"))
                .Add("source", check.MaxLength(source, 100, nameof(source), "source"))
                .Add("note", check.MaxLength(note, 25000, nameof(note), "note"))));
    }
}

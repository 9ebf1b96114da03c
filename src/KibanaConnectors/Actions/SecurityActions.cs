using System;
using System.Collections.Generic;
using System.Linq;

namespace KibanaConnectors
{
    /// <summary>The severity of a TheHive case or alert (kbn-connector-schemas/thehive/constants.ts TheHiveSeverity); sent as its number.</summary>
    public enum TheHiveSeverity
    {
        /// <summary><c>1</c></summary>
        Low = 1,

        /// <summary><c>2</c>, TheHive's default.</summary>
        Medium = 2,

        /// <summary><c>3</c></summary>
        High = 3,

        /// <summary><c>4</c></summary>
        Critical = 4,
    }

    /// <summary>The traffic light protocol level of a TheHive case or alert (kbn-connector-schemas/thehive/constants.ts TheHiveTLP); sent as its number.</summary>
    public enum TheHiveTlp
    {
        /// <summary><c>0</c>, CLEAR.</summary>
        Clear = 0,

        /// <summary><c>1</c>, GREEN.</summary>
        Green = 1,

        /// <summary><c>2</c>, AMBER, TheHive's default.</summary>
        Amber = 2,

        /// <summary><c>3</c>, AMBER+STRICT.</summary>
        AmberStrict = 3,

        /// <summary><c>4</c>, RED.</summary>
        Red = 4,
    }

    public sealed partial class TheHiveConnector
    {
        /// <summary>Creates or updates a TheHive case (<c>pushToService</c>).</summary>
        /// <param name="title">The case title (<c>incident.title</c>), required.</param>
        /// <param name="description">The case description (<c>incident.description</c>), required.</param>
        /// <param name="externalId">The id of the case to update (<c>incident.externalId</c>); a new case when left out.</param>
        /// <param name="severity">The severity (<c>incident.severity</c>).</param>
        /// <param name="tlp">The traffic light protocol level (<c>incident.tlp</c>).</param>
        /// <param name="tags">Tags (<c>incident.tags</c>).</param>
        /// <param name="comments">Comments added to the case (<c>comments</c>).</param>
        public ConnectorAction PushToService(string title, string description, string? externalId = null, TheHiveSeverity? severity = null, TheHiveTlp? tlp = null,
            IEnumerable<string>? tags = null, IEnumerable<CaseComment>? comments = null)
        {
            // kbn-connector-schemas/thehive/schemas/v1.ts ExecutorSubActionPushParamsSchema: title and description z.string().
            var check = new ParamCheck(this);
            return check.PushToService(new ParamMap()
                .Add("title", check.Present(title, nameof(title), "incident.title"))
                .Add("description", check.Present(description, nameof(description), "incident.description"))
                .Add("externalId", externalId)
                .Add("severity", (int?)severity)
                .Add("tlp", (int?)tlp)
                .Add("tags", check.Entries(tags, nameof(tags), "incident.tags", emptyAsNull: true)), comments);
        }

        /// <summary>Creates a TheHive alert (<c>createAlert</c>).</summary>
        /// <param name="title">The alert title (<c>title</c>), required.</param>
        /// <param name="description">The alert description (<c>description</c>), required.</param>
        /// <param name="type">The alert type (<c>type</c>), required, such as <c>external</c>.</param>
        /// <param name="source">The alert source (<c>source</c>), required, such as <c>Kibana</c>.</param>
        /// <param name="sourceRef">The alert's reference in its source (<c>sourceRef</c>), required, such as <c>{{alert.uuid}}</c>.</param>
        /// <param name="severity">The severity (<c>severity</c>).</param>
        /// <param name="isRuleSeverity">Whether the rule's severity is used instead (<c>isRuleSeverity</c>); Kibana's default is false.</param>
        /// <param name="tlp">The traffic light protocol level (<c>tlp</c>).</param>
        /// <param name="tags">Tags (<c>tags</c>).</param>
        /// <param name="body">Extra alert fields as a JSON object text (<c>body</c>).</param>
        public ConnectorAction CreateAlert(string title, string description, string type, string source, string sourceRef, TheHiveSeverity? severity = null,
            bool? isRuleSeverity = null, TheHiveTlp? tlp = null, IEnumerable<string>? tags = null, string? body = null)
        {
            // kbn-connector-schemas/thehive/schemas/v1.ts ExecutorSubActionCreateAlertParamsSchema.
            var check = new ParamCheck(this);
            return check.Action(ParamCheck.SubAction("createAlert", new ParamMap()
                .Add("title", check.Present(title, nameof(title), "title"))
                .Add("description", check.Present(description, nameof(description), "description"))
                .Add("type", check.Present(type, nameof(type), "type"))
                .Add("source", check.Present(source, nameof(source), "source"))
                .Add("sourceRef", check.Present(sourceRef, nameof(sourceRef), "sourceRef"))
                .Add("severity", (int?)severity)
                .Add("isRuleSeverity", isRuleSeverity)
                .Add("tlp", (int?)tlp)
                .Add("tags", check.Entries(tags, nameof(tags), "tags", emptyAsNull: true))
                .Add("body", body)));
        }
    }

    public sealed partial class XsoarConnector
    {
        /// <summary>Creates a Cortex XSOAR incident, and runs a playbook on it (<c>run</c>).</summary>
        /// <param name="name">The incident name (<c>name</c>), required.</param>
        /// <param name="createInvestigation">Whether XSOAR starts an investigation of it (<c>createInvestigation</c>), required.</param>
        /// <param name="severity">The incident severity (<c>severity</c>), required: XSOAR's 0 (unknown), 0.5 (informational), 1 (low), 2 (medium), 3 (high), 4 (critical).</param>
        /// <param name="playbookId">The playbook to run (<c>playbookId</c>); the incident type's default when left out.</param>
        /// <param name="isRuleSeverity">Whether the rule's severity is used instead (<c>isRuleSeverity</c>); Kibana's default is false.</param>
        /// <param name="body">Extra incident fields as a JSON object text (<c>body</c>).</param>
        public ConnectorAction Run(string name, bool createInvestigation, double severity, string? playbookId = null, bool? isRuleSeverity = null, string? body = null)
        {
            // kbn-connector-schemas/xsoar/schemas/v1.ts XSOARRunActionParamsSchema: name z.string(), createInvestigation
            // z.boolean(), severity z.coerce.number(), all required.
            var check = new ParamCheck(this);
            return check.Action(ParamCheck.SubAction("run", new ParamMap()
                .Add("name", check.Present(name, nameof(name), "name"))
                .Add("playbookId", playbookId)
                .Add("createInvestigation", createInvestigation)
                .Add("severity", severity)
                .Add("isRuleSeverity", isRuleSeverity)
                .Add("body", body)));
        }
    }

    public sealed partial class McpConnector
    {
        /// <summary>Lists the MCP server's tools (<c>listTools</c>).</summary>
        /// <param name="forceRefresh">Whether Kibana asks the server again instead of using the tools it has listed before (<c>forceRefresh</c>).</param>
        public ConnectorAction ListTools(bool? forceRefresh = null) =>
            // kbn-connector-schemas/mcp/schemas/v1.ts ListToolsRequestSchema.
            new ParamCheck(this).Action(ParamCheck.SubAction("listTools", new ParamMap().Add("forceRefresh", forceRefresh)));

        /// <summary>Calls one of the MCP server's tools (<c>callTool</c>).</summary>
        /// <param name="name">The tool's name (<c>name</c>), required.</param>
        /// <param name="arguments">The tool's arguments (<c>arguments</c>): text, numbers, booleans, null, lists and nested maps.</param>
        public ConnectorAction CallTool(string name, IReadOnlyDictionary<string, object?>? arguments = null)
        {
            // kbn-connector-schemas/mcp/schemas/v1.ts CallToolRequestSchema: name z.string(), arguments z.record(z.string(), z.any()).
            var check = new ParamCheck(this);
            return check.Action(ParamCheck.SubAction("callTool", new ParamMap()
                .Add("name", check.Present(name, nameof(name), "name"))
                // A tool argument written as null is sent as null.
                .Add("arguments", ParamCheck.Map(arguments, keepNulls: true))));
        }
    }

    /// <summary>Who a Jira Service Management alert goes to (<c>responders</c>) or who sees it (<c>visibleTo</c>), by id.</summary>
    public sealed class JiraServiceManagementRecipient
    {
        private JiraServiceManagementRecipient(string type, string id)
        {
            Type = type;
            Id = string.IsNullOrWhiteSpace(id) ? throw new ArgumentException("A Jira Service Management recipient needs an id.", nameof(id)) : id;
        }

        /// <summary><c>team</c>, <c>user</c>, <c>escalation</c> or <c>schedule</c>.</summary>
        public string Type { get; }

        /// <summary>The recipient's id.</summary>
        public string Id { get; }

        /// <summary>A team.</summary>
        /// <param name="id">The team's id.</param>
        public static JiraServiceManagementRecipient Team(string id) => new JiraServiceManagementRecipient("team", id);

        /// <summary>A user.</summary>
        /// <param name="id">The user's id.</param>
        public static JiraServiceManagementRecipient User(string id) => new JiraServiceManagementRecipient("user", id);

        /// <summary>An escalation (responders only).</summary>
        /// <param name="id">The escalation's id.</param>
        public static JiraServiceManagementRecipient Escalation(string id) => new JiraServiceManagementRecipient("escalation", id);

        /// <summary>A schedule (responders only).</summary>
        /// <param name="id">The schedule's id.</param>
        public static JiraServiceManagementRecipient Schedule(string id) => new JiraServiceManagementRecipient("schedule", id);

        internal ParamMap ToParamMap() => new ParamMap().Add("id", Id).Add("type", Type);
    }

    public sealed partial class JiraServiceManagementConnector
    {
        /// <summary>Creates a Jira Service Management alert (<c>createAlert</c>).</summary>
        /// <param name="message">The alert's message (<c>message</c>): 1 to 130 characters, not only spaces.</param>
        /// <param name="alias">Identifies the alert, to close it later (<c>alias</c>); <c>{{rule.id}}:{{alert.id}}</c> is usual.</param>
        /// <param name="description">Details (<c>description</c>), at most 15,000 characters.</param>
        /// <param name="priority">The priority (<c>priority</c>), P1 to P5.</param>
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
            IEnumerable<JiraServiceManagementRecipient>? responders = null, IEnumerable<JiraServiceManagementRecipient>? visibleTo = null, IEnumerable<string>? actions = null)
        {
            // kbn-connector-schemas/jira-service-management/schemas/v1.ts CreateAlertParamsSchema: message min(1).max(130)
            // and not blank (MESSAGE_NON_EMPTY); responders {id, type} at most 50; visibleTo teams and users, at most 50.
            var check = new ParamCheck(this);
            return AlertParams.CreateAlert(check, "Jira Service Management", 130, message, alias, description, priority, tags, details, entity, source, user, note,
                responders?.Select(r => (r.Type, r.ToParamMap())).ToArray(), visibleTo?.Select(r => (r.Type, r.ToParamMap())).ToArray(), actions);
        }

        /// <summary>Closes the Jira Service Management alert of <paramref name="alias"/> (<c>closeAlert</c>).</summary>
        /// <param name="alias">The alias the alert was created with (<c>alias</c>), required.</param>
        /// <param name="user">The user (<c>user</c>), at most 100 characters.</param>
        /// <param name="source">The source (<c>source</c>), at most 100 characters.</param>
        /// <param name="note">A note (<c>note</c>), at most 25,000 characters.</param>
        public ConnectorAction CloseAlert(string alias, string? user = null, string? source = null, string? note = null)
        {
            // kbn-connector-schemas/jira-service-management/schemas/v1.ts CloseAlertParamsSchema: alias z.string().
            var check = new ParamCheck(this);
            return AlertParams.CloseAlert(check, check.Present(alias, nameof(alias), "alias"), user, source, note);
        }
    }

    public sealed partial class CrowdStrikeConnector
    {
        /// <summary>Contains hosts: cuts them off the network but for CrowdStrike (<c>hostActions</c>, command <c>contain</c>).</summary>
        /// <param name="ids">The CrowdStrike device ids of the hosts (<c>ids</c>), required.</param>
        /// <param name="comment">Why (<c>comment</c>).</param>
        /// <param name="alertIds">The Elastic Security alerts it answers (<c>alertIds</c>).</param>
        public ConnectorAction Contain(IEnumerable<string> ids, string? comment = null, IEnumerable<string>? alertIds = null) => HostActions("contain", ids, comment, alertIds);

        /// <summary>Lifts the containment of hosts (<c>hostActions</c>, command <c>lift_containment</c>).</summary>
        /// <param name="ids">The CrowdStrike device ids of the hosts (<c>ids</c>), required.</param>
        /// <param name="comment">Why (<c>comment</c>).</param>
        /// <param name="alertIds">The Elastic Security alerts it answers (<c>alertIds</c>).</param>
        public ConnectorAction LiftContainment(IEnumerable<string> ids, string? comment = null, IEnumerable<string>? alertIds = null) => HostActions("lift_containment", ids, comment, alertIds);

        private ConnectorAction HostActions(string command, IEnumerable<string> ids, string? comment, IEnumerable<string>? alertIds)
        {
            // kbn-connector-schemas/crowdstrike/schemas/v1.ts CrowdstrikeHostActionsParamsSchema: ids z.array(z.string())
            // is required, and an empty list is allowed ("does not throw when ids is empty array").
            var check = new ParamCheck(this);
            var idList = ids == null ? throw check.Fail(nameof(ids), "ids is required (the device ids of the hosts)") : check.Entries(ids, nameof(ids), "ids")!;
            return check.Action(ParamCheck.SubAction("hostActions", new ParamMap()
                .Add("command", command)
                .Add("ids", idList)
                .Add("alertIds", check.Entries(alertIds, nameof(alertIds), "alertIds", emptyAsNull: true))
                .Add("comment", comment)));
        }
    }

    public sealed partial class MicrosoftDefenderEndpointConnector
    {
        /// <summary>Isolates a machine from the network (<c>isolateHost</c>).</summary>
        /// <param name="id">The Defender machine id (<c>id</c>), required and not empty.</param>
        /// <param name="comment">Why (<c>comment</c>), required and not empty.</param>
        public ConnectorAction IsolateHost(string id, string comment) => Host("isolateHost", id, comment);

        /// <summary>Releases a machine from isolation (<c>releaseHost</c>).</summary>
        /// <param name="id">The Defender machine id (<c>id</c>), required and not empty.</param>
        /// <param name="comment">Why (<c>comment</c>), required and not empty.</param>
        public ConnectorAction ReleaseHost(string id, string comment) => Host("releaseHost", id, comment);

        /// <summary>Runs a script of the Defender live response library on a machine (<c>runScript</c>).</summary>
        /// <param name="id">The Defender machine id (<c>id</c>), required and not empty.</param>
        /// <param name="scriptName">The library script's name (<c>parameters.scriptName</c>), required and not empty.</param>
        /// <param name="args">The script's arguments (<c>parameters.args</c>), not empty when given.</param>
        /// <param name="comment">Why (<c>comment</c>), not empty when given.</param>
        public ConnectorAction RunScript(string id, string scriptName, string? args = null, string? comment = null)
        {
            // kbn-connector-schemas/microsoft_defender_endpoint/schemas/v1.ts RunScriptParamsSchema.
            var check = new ParamCheck(this);
            return check.Action(ParamCheck.SubAction("runScript", new ParamMap()
                .Add("id", check.NonEmpty(id, nameof(id), "id"))
                .Add("comment", comment == null ? null : check.NonEmpty(comment, nameof(comment), "comment"))
                .Add("parameters", new ParamMap()
                    .Add("scriptName", check.NonEmpty(scriptName, nameof(scriptName), "parameters.scriptName"))
                    .Add("args", args == null ? null : check.NonEmpty(args, nameof(args), "parameters.args")))));
        }

        private ConnectorAction Host(string subAction, string id, string comment)
        {
            // kbn-connector-schemas/microsoft_defender_endpoint/schemas/v1.ts IsolateHostParamsSchema, ReleaseHostParamsSchema:
            // id and comment z.string().min(1).
            var check = new ParamCheck(this);
            return check.Action(ParamCheck.SubAction(subAction, new ParamMap()
                .Add("id", check.NonEmpty(id, nameof(id), "id"))
                .Add("comment", check.NonEmpty(comment, nameof(comment), "comment"))));
        }
    }

    public sealed partial class SentinelOneConnector
    {
        /// <summary>Isolates agents from the network (<c>isolateHost</c>), chosen by agent ids or uuids.</summary>
        /// <param name="ids">Comma-separated SentinelOne agent ids (<c>ids</c>).</param>
        /// <param name="uuids">Comma-separated agent uuids (<c>uuids</c>).</param>
        /// <param name="alertIds">The Elastic Security alerts it answers (<c>alertIds</c>).</param>
        /// <remarks>Stricter than Kibana, whose schema takes an empty filter: that would isolate every agent the token reaches.</remarks>
        public ConnectorAction IsolateHost(string? ids = null, string? uuids = null, IEnumerable<string>? alertIds = null) => Agents("isolateHost", ids, uuids, alertIds);

        /// <summary>Releases agents from isolation (<c>releaseHost</c>), chosen by agent ids or uuids.</summary>
        /// <param name="ids">Comma-separated SentinelOne agent ids (<c>ids</c>).</param>
        /// <param name="uuids">Comma-separated agent uuids (<c>uuids</c>).</param>
        /// <param name="alertIds">The Elastic Security alerts it answers (<c>alertIds</c>).</param>
        /// <remarks>Stricter than Kibana, whose schema takes an empty filter: that would release every agent the token reaches.</remarks>
        public ConnectorAction ReleaseHost(string? ids = null, string? uuids = null, IEnumerable<string>? alertIds = null) => Agents("releaseHost", ids, uuids, alertIds);

        private ConnectorAction Agents(string subAction, string? ids, string? uuids, IEnumerable<string>? alertIds)
        {
            // kbn-connector-schemas/sentinelone/schemas/v1.ts SentinelOneIsolateHostParamsSchema (SentinelOneBaseFilterSchema):
            // every filter a nullable text, alertIds a list.
            var check = new ParamCheck(this);
            if (string.IsNullOrEmpty(ids) && string.IsNullOrEmpty(uuids))
            {
                throw check.Fail(nameof(ids), "give ids or uuids: an empty filter would act on every agent the token reaches");
            }

            return check.Action(ParamCheck.SubAction(subAction, new ParamMap()
                .Add("ids", string.IsNullOrEmpty(ids) ? null : ids)
                .Add("uuids", string.IsNullOrEmpty(uuids) ? null : uuids)
                .Add("alertIds", check.Entries(alertIds, nameof(alertIds), "alertIds", emptyAsNull: true))));
        }
    }
}

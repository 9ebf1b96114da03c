using System;
using System.Collections.Generic;
using System.Text.Json;
using Xunit;

namespace KibanaConnectors.Tests
{
    /// <summary>Typed action parameters: the JSON Kibana's params schemas take, and the checks they make, at build time of the action.</summary>
    public class ActionTests
    {
        private static readonly SlackConnector s_slack = new SlackConnector("my-slack1", "Slack", false, new SlackConfig(), new SlackSecrets(Secret.FromEnvironment("${U}")));
        private static readonly PagerDutyConnector s_pager = new PagerDutyConnector("ops-pager", "Pager", false, new PagerDutyConfig(new Uri("https://events.pagerduty.com/v2/enqueue")), new PagerDutySecrets(Secret.FromEnvironment("${K}")));
        private static readonly EmailConnector s_mail = new EmailConnector("mail", "Mail", false, new EmailConfig("alerts@example.com"), new EmailSecrets());
        private static readonly OpsgenieConnector s_genie = new OpsgenieConnector("genie", "Genie", false, new OpsgenieConfig(new Uri("https://api.opsgenie.com")), new OpsgenieSecrets(Secret.FromEnvironment("${G}")));
        private static readonly IndexConnector s_index = new IndexConnector("audit", "Audit", false, new IndexConfig("alerts-audit"), new IndexSecrets());
        private static readonly IndexConnector s_history = new IndexConnector(AlertHistory.ConnectorId, AlertHistory.ConnectorName, false, new IndexConfig(AlertHistory.DefaultIndex), new IndexSecrets());
        private static readonly JiraConnector s_jira = new JiraConnector("jira", "Jira", false, new JiraConfig(new Uri("https://x.atlassian.net"), "OPS"), new JiraSecrets(Secret.FromEnvironment("${E}"), Secret.FromEnvironment("${T}")));

        [Fact]
        public void Slack_message_is_a_rule_action_and_an_execute_body()
        {
            var action = s_slack.Message("Rule {{rule.name}} fired: \"{{context.message}}\"");
            Assert.Equal("{\"params\":{\"message\":\"Rule {{rule.name}} fired: \\\"{{context.message}}\\\"\"}}", action.ToExecuteJson());
            var rule = action.ForRule("query matched", new ActionFrequency(NotifyWhen.OnThrottleInterval, summary: false, throttle: "10m"));
            Assert.Equal("{\"id\":\"my-slack1\",\"group\":\"query matched\",\"params\":{\"message\":\"Rule {{rule.name}} fired: \\\"{{context.message}}\\\"\"},\"frequency\":{\"summary\":false,\"notify_when\":\"onThrottleInterval\",\"throttle\":\"10m\"}}", rule.ToJson());

            // System.Text.Json writes the same entry, so rule payloads can be built with it.
            Assert.Equal(rule.ToJson(), JsonSerializer.Serialize(rule));
            Assert.True(System.Text.Json.Nodes.JsonNode.DeepEquals(System.Text.Json.Nodes.JsonNode.Parse(action.Params.ToJson()), System.Text.Json.Nodes.JsonNode.Parse(JsonSerializer.Serialize(action.Params))));
            Assert.Throws<ArgumentException>(() => s_slack.Message(" "));
        }

        [Fact]
        public void PagerDuty_trigger_acknowledge_and_resolve_follow_kibanas_schema()
        {
            var trigger = s_pager.Trigger("CPU above 90% on {{context.host}}", PagerDutySeverity.Critical, dedupKey: "{{alert.id}}", eventClass: "cpu",
                timestamp: "2026-11-29T10:00:00Z", links: new[] { new PagerDutyLink("https://kibana/app/r", "Rule") }, customDetails: new Dictionary<string, object?> { ["value"] = 93.5 });
            Assert.Equal(
                "{\"eventAction\":\"trigger\",\"dedupKey\":\"{{alert.id}}\",\"summary\":\"CPU above 90% on {{context.host}}\",\"severity\":\"critical\",\"timestamp\":\"2026-11-29T10:00:00Z\",\"class\":\"cpu\",\"links\":[{\"href\":\"https://kibana/app/r\",\"text\":\"Rule\"}],\"customDetails\":{\"value\":93.5}}",
                trigger.Params.ToJson());
            Assert.Equal("{\"eventAction\":\"resolve\",\"dedupKey\":\"{{alert.id}}\"}", s_pager.Resolve("{{alert.id}}").Params.ToJson());

            var noKey = Assert.Throws<ArgumentException>(() => s_pager.Acknowledge(""));
            Assert.Equal("Connector 'ops-pager' (.pagerduty): dedupKey is required to acknowledge an incident: it names the incident. (Parameter 'dedupKey')", noKey.Message);
            Assert.Contains("summary is 1025 characters long; Kibana takes at most 1024", Assert.Throws<ArgumentException>(() => s_pager.Trigger(new string('x', 1025))).Message);
            Assert.Contains("timestamp 'yesterday'", Assert.Throws<ArgumentException>(() => s_pager.Trigger("x", timestamp: "yesterday")).Message);
            Assert.Equal("1764410400000", s_pager.Trigger("x", timestamp: "1764410400000").Params["timestamp"]);
            Assert.Equal("{{context.date}}", s_pager.Trigger("x", timestamp: "{{context.date}}").Params["timestamp"]);
        }

        [Fact]
        public void Email_needs_a_recipient_and_keeps_kibanas_limits()
        {
            var send = s_mail.Send("Disk full", "**{{context.host}}** is at 95%", to: new[] { "ops@example.com" }, cc: new[] { "{{context.owner}}" });
            Assert.Equal("{\"to\":[\"ops@example.com\"],\"cc\":[\"{{context.owner}}\"],\"subject\":\"Disk full\",\"message\":\"**{{context.host}}** is at 95%\"}", send.Params.ToJson());
            Assert.Contains("at least one recipient", Assert.Throws<ArgumentException>(() => s_mail.Send("s", "m", to: new[] { " " })).Message);
            var many = new string[101];
            Array.Fill(many, "a@example.com");
            Assert.Contains("to has 101 entries; Kibana takes at most 100", Assert.Throws<ArgumentException>(() => s_mail.Send("s", "m", to: many)).Message);
            Assert.Contains("replyTo has 11 entries", Assert.Throws<ArgumentException>(() => s_mail.Send("s", "m", to: new[] { "a@b.c" }, replyTo: many[..11])).Message);
        }

        [Fact]
        public void Opsgenie_create_and_close_use_sub_actions_with_their_limits()
        {
            var create = s_genie.CreateAlert("Disk full", alias: "{{rule.id}}:{{alert.id}}", priority: OpsgeniePriority.P2, tags: new[] { "disk", "prod" }, details: new Dictionary<string, string> { ["host"] = "db1" });
            Assert.Equal("{\"subAction\":\"createAlert\",\"subActionParams\":{\"message\":\"Disk full\",\"alias\":\"{{rule.id}}:{{alert.id}}\",\"tags\":[\"disk\",\"prod\"],\"details\":{\"host\":\"db1\"},\"priority\":\"P2\"}}", create.Params.ToJson());
            Assert.Equal("{\"subAction\":\"closeAlert\",\"subActionParams\":{\"alias\":\"a\"}}", s_genie.CloseAlert("a").Params.ToJson());
            var tags = new string[21];
            Array.Fill(tags, "t");
            Assert.Contains("tags has 21 entries; Kibana takes at most 20", Assert.Throws<ArgumentException>(() => s_genie.CreateAlert("m", tags: tags)).Message);
            Assert.Contains("tags entry is 51 characters long", Assert.Throws<ArgumentException>(() => s_genie.CreateAlert("m", tags: new[] { new string('t', 51) })).Message);
            Assert.Contains("alias: it names the alert to close", Assert.Throws<ArgumentException>(() => s_genie.CloseAlert("")).Message);

            var routed = s_genie.CreateAlert("m", responders: new[] { OpsgenieRecipient.Team("ops"), OpsgenieRecipient.User("a@example.com") }, visibleTo: new[] { OpsgenieRecipient.TeamId("t1") });
            Assert.Equal("{\"subAction\":\"createAlert\",\"subActionParams\":{\"message\":\"m\",\"responders\":[{\"type\":\"team\",\"name\":\"ops\"},{\"type\":\"user\",\"username\":\"a@example.com\"}],\"visibleTo\":[{\"type\":\"team\",\"id\":\"t1\"}]}}", routed.Params.ToJson());
            Assert.Contains("visibleTo takes teams and users only, not a schedule", Assert.Throws<ArgumentException>(() => s_genie.CreateAlert("m", visibleTo: new[] { OpsgenieRecipient.Schedule("s") })).Message);
        }

        [Fact]
        public void Index_override_is_only_for_the_alert_history_connector_and_its_prefix()
        {
            var docs = new[] { new Dictionary<string, object?> { ["rule"] = "{{rule.name}}", ["count"] = 3 } };
            Assert.Equal("{\"documents\":[{\"rule\":\"{{rule.name}}\",\"count\":3}]}", s_index.Index(docs).Params.ToJson());
            Assert.Equal("kibana-alert-history-ops", s_history.Index(docs, "kibana-alert-history-ops").Params["indexOverride"]);
            Assert.Contains("only on the alert history connector", Assert.Throws<ArgumentException>(() => s_index.Index(docs, "kibana-alert-history-ops")).Message);
            Assert.Contains("start with 'kibana-alert-history-'", Assert.Throws<ArgumentException>(() => s_history.Index(docs, "alerts-ops")).Message);
        }

        [Fact]
        public void Jira_push_to_service_has_incident_and_comments()
        {
            var push = s_jira.PushToService("{{rule.name}} fired", labels: new[] { "kibana" }, comments: new[] { new CaseComment("seen", "{{alert.id}}") });
            Assert.Equal("{\"subAction\":\"pushToService\",\"subActionParams\":{\"incident\":{\"summary\":\"{{rule.name}} fired\",\"labels\":[\"kibana\"]},\"comments\":[{\"comment\":\"seen\",\"commentId\":\"{{alert.id}}\"}]}}", push.Params.ToJson());
            Assert.Contains("Jira labels cannot contain spaces: 'two words'", Assert.Throws<ArgumentException>(() => s_jira.PushToService("s", labels: new[] { "two words" })).Message);
        }

        [Fact]
        public void Frequencies_need_a_throttle_exactly_when_throttling()
        {
            Assert.Contains("onThrottleInterval needs a throttle interval", Assert.Throws<ArgumentException>(() => new ActionFrequency(NotifyWhen.OnThrottleInterval)).Message);
            Assert.Throws<ArgumentException>(() => new ActionFrequency(NotifyWhen.OnActiveAlert, throttle: "1h"));
            Assert.Equal("{\"id\":\"my-slack1\",\"group\":\"default\",\"params\":{\"message\":\"x\"},\"frequency\":{\"summary\":true,\"notify_when\":\"onActiveAlert\"}}",
                s_slack.Message("x").ForRule("default", new ActionFrequency(NotifyWhen.OnActiveAlert, summary: true)).ToJson());
            Assert.Throws<ArgumentException>(() => s_slack.Message("x").ForRule(" "));
        }

        [Fact]
        public void Json_escapes_control_characters_and_rejects_unknown_values()
        {
            Assert.Equal("{\"a\":\"line\\nnext\\ttab \\u0001\"}", new ParamMap().Add("a", "line\nnext\ttab \u0001").ToJson());
            Assert.Throws<ArgumentException>(() => new ParamMap().Add("a", new object()).ToJson());
            Assert.Throws<ArgumentException>(() => new ParamMap().Add("a", 1).Add("a", 2));
        }
    }
}

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
            // Kibana's message is z.string().min(1): one space is a message, nothing is not.
            Assert.Equal(" ", s_slack.Message(" ").Params["message"]);
            Assert.Equal("message", Assert.Throws<ArgumentException>(() => s_slack.Message("")).ParamName);
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
        public void Index_override_works_through_execute_everywhere_and_in_rules_only_on_the_alert_history_connector()
        {
            var docs = new[] { new Dictionary<string, object?> { ["rule"] = "{{rule.name}}", ["count"] = 3 } };
            Assert.Equal("{\"documents\":[{\"rule\":\"{{rule.name}}\",\"count\":3}]}", s_index.Index(docs).Params.ToJson());
            Assert.Equal("kibana-alert-history-ops", s_history.Index(Array.Empty<Dictionary<string, object?>>(), "kibana-alert-history-ops").ForRule("default").Action.Params["indexOverride"]);

            // _execute writes to the override on any index connector; a rule action drops it there.
            var overridden = s_index.Index(docs, "kibana-alert-history-ops");
            Assert.Contains("\"indexOverride\":\"kibana-alert-history-ops\"", overridden.ToExecuteJson());
            Assert.Contains("drops indexOverride", Assert.Throws<InvalidOperationException>(() => overridden.ForRule("default")).Message);

            // A rule action of the alert history connector writes the alert history document, not these.
            var history = s_history.Index(docs);
            Assert.Contains("\"count\":3", history.ToExecuteJson());
            Assert.Contains("replaces documents", Assert.Throws<InvalidOperationException>(() => history.ForRule("default")).Message);
            Assert.Contains("start with 'kibana-alert-history-'", Assert.Throws<ArgumentException>(() => s_history.Index(docs, "alerts-ops")).Message);
        }

        [Fact]
        public void The_generated_kibana_settings_survive_resolving_secrets_and_decide_html_email()
        {
            var old = GeneratedCode.OnKibana(new EmailConnector("mail", "Mail", false, new EmailConfig("a@example.com", allowHtml: true), new EmailSecrets()), new KibanaSettings(new Version(9, 1, 7)));
            Assert.Equal(new Version(9, 1), old.Kibana.Version);
            var resolved = old.WithResolvedSecrets(SecretSources.Environment);
            Assert.Same(old.Kibana, resolved.Kibana);
            Assert.Contains("Kibana 9.1 sends HTML email only for its own notifications", Assert.Throws<ArgumentException>(() => resolved.Send("s", "m", to: new[] { "b@example.com" }, messageHtml: "<b>x</b>")).Message);
            // The domain of a templated recipient is written out, so the allowlist refuses it in rule actions too.
            var listed = GeneratedCode.OnKibana(new EmailConnector("mail", "Mail", false, new EmailConfig("a@example.com"), new EmailSecrets()), new KibanaSettings(emailDomainAllowlist: new[] { "example.com" }));
            Assert.Contains("domain 'example.org'", Assert.Throws<ArgumentException>(() => listed.Send("s", "m", to: new[] { "{{context.user}}@example.org" })).Message);
            Assert.Contains("{{context.user}}@example.com", listed.Send("s", "m", to: new[] { "{{context.user}}@example.com" }).ToExecuteJson());
            Assert.Same(KibanaSettings.Newest, s_mail.Kibana);
            Assert.True(KibanaSettings.Newest.IsAtLeast(9, 4));
        }

        [Fact]
        public void Param_values_null_writes_json_null_where_kibana_has_a_default_for_a_missing_field()
        {
            var map = new ParamMap().Add("correlation_id", ParamValues.Null).Add("left_out", null);
            Assert.Equal("{\"correlation_id\":null}", map.ToJson());
            Assert.True(map.ContainsKey("correlation_id"));
            Assert.False(map.ContainsKey("left_out"));
        }

        [Theory]
        [InlineData("{\"a\": [1, -0.5e+3, true, null, \"\\u00e9\\n\"]}", null)]
        [InlineData(" [] ", null)]
        [InlineData("{\"a\": 1,}", "unexpected '}'")]
        [InlineData("[01]", "unexpected '1'")]
        [InlineData("{'a': 1}", "unexpected '''")]
        [InlineData("\"tab\there\"", "bad control character")]
        [InlineData("{\"a\": 1} x", "unexpected 'x'")]
        [InlineData("", "unexpected end of JSON input")]
        public void Json_text_is_read_as_json_parse_reads_it(string text, string? error)
        {
            var json = JsonText.Parse(text);
            if (error == null)
            {
                Assert.Null(json.Error);
            }
            else
            {
                Assert.Contains(error, json.Error);
            }
        }

        [Theory]
        [InlineData("2026-W48-7", true)]
        [InlineData("2026-W54", false)]
        [InlineData("2026-333", true)]
        [InlineData("2026-366", false)]
        [InlineData("20261129T1030", true)]
        [InlineData("2026-11-29T24:00:00", true)]
        [InlineData("2026-11-29T24:00:01", false)]
        [InlineData("2026-02-29", false)]
        [InlineData("2024-02-29 10:00:00.123+01:00", true)]
        [InlineData("+002026-11-29", true)]
        [InlineData("2026-11", true)]
        [InlineData("2026-11T10:00", false)]
        [InlineData("2026-11-29t10:00", false)]
        [InlineData("Mon, 29 Nov 2026 10:00:00 GMT", false)]
        [InlineData("29 Nov 26 10:00 +0100", true)]
        [InlineData("-5", true)]
        [InlineData("0123", true)]
        [InlineData("yesterday", false)]
        public void PagerDuty_timestamps_are_read_as_moment_reads_them(string timestamp, bool valid) =>
            Assert.Equal(valid, PagerDutyTimestamp.IsValid(timestamp));

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

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit;

namespace KibanaConnectors.Tests
{
    /// <summary>
    /// Params cases ported from Kibana's own tests (TestData/KibanaParamsCases.json, one row a case): each calls a typed
    /// action by name with the row's arguments and checks our verdict against the row: the params built, or the
    /// exception that names the connector and the parameter, for a rule action and for <c>_execute</c>.
    /// </summary>
    public class KibanaParamsCaseTests
    {
        private static readonly Secret s_secret = Secret.FromEnvironment("${SECRET}");

        // The connectors the rows name, each as the generated code would build it from a settings file.
        private static readonly Dictionary<string, Connector> s_connectors = new Dictionary<string, Connector>(StringComparer.Ordinal)
        {
            ["email"] = new EmailConnector("mail", "Mail", false, new EmailConfig("alerts@example.com"), new EmailSecrets()),
            ["email-html"] = new EmailConnector("html-mail", "Mail", false, new EmailConfig("alerts@example.com", allowHtml: true), new EmailSecrets()),
            ["email-cloud"] = new EmailConnector("Elastic-Cloud-SMTP", "Elastic-Cloud-SMTP", false, new EmailConfig("noreply@example.com", "elastic_cloud"), new EmailSecrets()),
            ["email-9.3"] = GeneratedCode.OnKibana(new EmailConnector("mail", "Mail", false, new EmailConfig("alerts@example.com", allowHtml: true), new EmailSecrets()), new KibanaSettings(new Version(9, 3))),
            ["email-8.8"] = GeneratedCode.OnKibana(new EmailConnector("mail", "Mail", false, new EmailConfig("alerts@example.com"), new EmailSecrets()), new KibanaSettings(new Version(8, 8))),
            ["email-allowlist"] = GeneratedCode.OnKibana(new EmailConnector("mail", "Mail", false, new EmailConfig("alerts@elastic.co"), new EmailSecrets()),
                new KibanaSettings(emailDomainAllowlist: new[] { "elastic.co", "dev.elastic.co", "found.no" })),
            ["slack"] = new SlackConnector("my-slack", "Slack", false, new SlackConfig(), new SlackSecrets(s_secret)),
            ["teams"] = new TeamsConnector("my-teams", "Teams", false, new TeamsConfig(), new TeamsSecrets(s_secret)),
            ["slack-api"] = new SlackApiConnector("slack-api", "Slack API", false, new SlackApiConfig(), new SlackApiSecrets(s_secret)),
            ["slack-api-allowed"] = new SlackApiConnector("slack-api", "Slack API", false, new SlackApiConfig(new[] { new SlackChannel("test", "LKJHGF345") }), new SlackApiSecrets(s_secret)),
            ["server-log"] = new ServerLogConnector("log", "Log", false, new ServerLogConfig(), new ServerLogSecrets()),
            ["torq"] = new TorqConnector("torq", "Torq", false, new TorqConfig(new Uri("https://hooks.torq.io/v1/test")), new TorqSecrets(s_secret)),
            ["xmatters"] = new XMattersConnector("xm", "xMatters", false, new XMattersConfig(new Uri("https://company.xmatters.com/api")), new XMattersSecrets(s_secret, s_secret)),
            ["index"] = new IndexConnector("audit", "Audit", false, new IndexConfig("alerts-audit"), new IndexSecrets()),
            ["alert-history"] = new IndexConnector(AlertHistory.ConnectorId, AlertHistory.ConnectorName, false, new IndexConfig(AlertHistory.DefaultIndex), new IndexSecrets()),
            ["pagerduty"] = new PagerDutyConnector("pager", "Pager", false, new PagerDutyConfig(new Uri("https://events.pagerduty.com/v2/enqueue")), new PagerDutySecrets(s_secret)),
            ["opsgenie"] = new OpsgenieConnector("genie", "Genie", false, new OpsgenieConfig(new Uri("https://api.opsgenie.com")), new OpsgenieSecrets(s_secret)),
            ["jira"] = new JiraConnector("jira", "Jira", false, new JiraConfig(new Uri("https://x.atlassian.net"), "OPS"), new JiraSecrets(s_secret, s_secret)),
            ["servicenow"] = new ServiceNowItsmConnector("snow", "SNOW", false, new ServiceNowConfig(new Uri("https://x.service-now.com")), new ServiceNowSecrets()),
            ["servicenow-sir"] = new ServiceNowSirConnector("sir", "SIR", false, new ServiceNowConfig(new Uri("https://x.service-now.com")), new ServiceNowSecrets()),
            ["servicenow-itom"] = new ServiceNowItomConnector("itom", "ITOM", false, new ServiceNowItomConfig(new Uri("https://x.service-now.com")), new ServiceNowSecrets()),
            ["resilient"] = new ResilientConnector("res", "Resilient", false, new ResilientConfig(new Uri("https://resilient.example.com"), "201"), new ResilientSecrets(s_secret, s_secret)),
            ["cases-webhook"] = new CasesWebhookConnector("cases", "Cases", false,
                new CasesWebhookConfig("https://x/i", "{}", "id", "https://x/i/{{{external.system.id}}}", "title", "https://x/v", "https://x/u", "{}"), new CasesWebhookSecrets()),
            ["tines"] = new TinesConnector("tines", "Tines", false, new TinesConfig(new Uri("https://app.tines.io")), new TinesSecrets(s_secret, s_secret)),
            ["gen-ai"] = new GenAiConnector("openai", "OpenAI", false, new GenAiConfig(GenAiApiProvider.OpenAI, new Uri("https://api.openai.com/v1/chat/completions")), new GenAiSecrets(s_secret)),
            ["thehive"] = new TheHiveConnector("hive", "TheHive", false, new TheHiveConfig(new Uri("https://thehive.example.com")), new TheHiveSecrets(s_secret)),
            ["xsoar"] = new XsoarConnector("soar", "XSOAR", false, new XsoarConfig(new Uri("https://xsoar.example.com")), new XsoarSecrets(s_secret)),
            ["mcp"] = new McpConnector("tools", "MCP", false, new McpConfig(new Uri("https://mcp.example.com/mcp")), new McpSecrets()),
            ["jsm"] = new JiraServiceManagementConnector("jsm", "JSM", false, new JiraServiceManagementConfig(new Uri("https://api.atlassian.com")), new JiraServiceManagementSecrets(s_secret)),
            ["crowdstrike"] = new CrowdStrikeConnector("falcon", "CrowdStrike", false, new CrowdStrikeConfig(new Uri("https://api.crowdstrike.com")), new CrowdStrikeSecrets(s_secret, s_secret)),
            ["defender"] = new MicrosoftDefenderEndpointConnector("defender", "Defender", false,
                new MicrosoftDefenderEndpointConfig("client", "tenant", new Uri("https://login.microsoftonline.com"), "https://securitycenter.onmicrosoft.com/windowsatpservice/.default", new Uri("https://api.securitycenter.microsoft.com")),
                new MicrosoftDefenderEndpointSecrets(s_secret)),
            ["sentinelone"] = new SentinelOneConnector("s1", "SentinelOne", false, new SentinelOneConfig(new Uri("https://usea1.sentinelone.net")), new SentinelOneSecrets(s_secret)),
            ["bedrock"] = new BedrockConnector("bedrock", "Bedrock", false, new BedrockConfig(new Uri("https://bedrock-runtime.us-east-1.amazonaws.com")), new BedrockSecrets(s_secret, s_secret)),
            ["inference-chat"] = Inference(InferenceTaskType.ChatCompletion),
            ["inference-completion"] = Inference(InferenceTaskType.Completion),
            ["inference-rerank"] = Inference(InferenceTaskType.Rerank),
            ["inference-text-embedding"] = Inference(InferenceTaskType.TextEmbedding),
            ["inference-sparse-embedding"] = Inference(InferenceTaskType.SparseEmbedding),
            ["gemini"] = new GeminiConnector("gemini", "Gemini", false, new GeminiConfig(new Uri("https://us-central1-aiplatform.googleapis.com"), "us-central1", "my-project"), new GeminiSecrets(s_secret)),
        };

        private static InferenceConnector Inference(InferenceTaskType taskType) =>
            new InferenceConnector("ai", "AI", false, new InferenceConfig(InferenceProvider.Openai, taskType, "inference-" + taskType), new InferenceSecrets());

        // Keyed by row number and description, so that each row is a test of its own in any runner.
        private static readonly Dictionary<string, ParamsCase> s_rows = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "KibanaParamsCases.json")))!["cases"]!
            .AsArray()
            .Select((row, i) => new ParamsCase(row!.AsObject(), i + 1))
            .ToDictionary(row => row.ToString(), StringComparer.Ordinal);

        public static TheoryData<string> Cases()
        {
            var data = new TheoryData<string>();
            foreach (var key in s_rows.Keys)
            {
                data.Add(key);
            }

            return data;
        }

        [Theory]
        [MemberData(nameof(Cases))]
        public void The_typed_action_gives_the_verdict_of_the_table(string key)
        {
            var row = s_rows[key];
            var connector = s_connectors[row.Connector];
            var expect = row.Expect;
            AssertTableIsCoherent(row);
            if (expect["error"] is JsonObject error)
            {
                var refused = Assert.ThrowsAny<ArgumentException>(() => Run(connector, row));
                Assert.Equal((string)error["parameter"]!, refused.ParamName);
                Assert.StartsWith($"Connector '{connector.Id}' ({connector.ActionTypeId}): ", refused.Message);
                Assert.Contains((string)error["contains"]!, refused.Message);
                return;
            }

            var action = Run(connector, row);
            if (expect["executeError"] is JsonNode executeError)
            {
                var refused = Assert.Throws<InvalidOperationException>(() => action.ToExecuteJson());
                Assert.StartsWith($"Connector '{connector.Id}' ({connector.ActionTypeId}): ", refused.Message);
                Assert.Contains((string)executeError!, refused.Message);
                action.ForRule("default");
                return;
            }

            if (expect["ruleError"] is JsonNode ruleError)
            {
                var refused = Assert.Throws<InvalidOperationException>(() => action.ForRule("default"));
                Assert.StartsWith($"Connector '{connector.Id}' ({connector.ActionTypeId}): ", refused.Message);
                Assert.Contains((string)ruleError!, refused.Message);
                action.ToExecuteJson();
                return;
            }

            // Both uses take it: the rule entry and the _execute body carry the same params.
            action.ForRule("default");
            Assert.StartsWith("{\"params\":", action.ToExecuteJson());
            if (expect["params"] is JsonNode expected)
            {
                var actual = JsonNode.Parse(action.Params.ToJson());
                Assert.True(JsonNode.DeepEquals(expected, actual), $"Expected {expected.ToJsonString()}\n  but built {actual!.ToJsonString()}");
            }
            else
            {
                Assert.True((bool)expect["builds"]!);
            }
        }

        [Fact]
        public void Every_connector_fixture_is_used_and_every_row_names_its_source()
        {
            var rows = s_rows.Values.ToList();
            Assert.True(rows.Count >= 100, $"only {rows.Count} cases");
            Assert.All(s_connectors.Keys, name => Assert.Contains(rows, r => r.Connector == name));
            Assert.All(rows, r => Assert.False(string.IsNullOrWhiteSpace(r.Source) || string.IsNullOrWhiteSpace(r.Test), r.ToString()));
        }

        // A row that says Kibana refuses must expect a refusal, and one that says Kibana accepts must expect params,
        // unless it says why we are stricter.
        private static void AssertTableIsCoherent(ParamsCase row)
        {
            var expect = row.Expect;
            switch (row.Kibana)
            {
                case "refuses":
                    Assert.True(expect.ContainsKey("error"), $"{row}: Kibana refuses, so the action must not build");
                    break;
                case "refuses through _execute":
                    Assert.True(expect.ContainsKey("executeError"), $"{row}: the _execute body must be refused");
                    break;
                case "drops it in rule actions":
                    Assert.True(expect.ContainsKey("ruleError"), $"{row}: the rule action must be refused");
                    break;
                case "accepts":
                    Assert.True(expect.ContainsKey("params") || expect.ContainsKey("builds") || row.Stricter != null, $"{row}: Kibana accepts, so must we, or say why not");
                    Assert.True(row.Stricter == null || expect.ContainsKey("error"), $"{row}: a stricter row refuses");
                    break;
                default:
                    Assert.Fail($"{row}: unknown Kibana verdict '{row.Kibana}'");
                    break;
            }
        }

        private static ConnectorAction Run(Connector connector, ParamsCase row)
        {
            var method = connector.GetType().GetMethod(row.Action, BindingFlags.Public | BindingFlags.Instance)
                ?? throw new InvalidOperationException($"{connector.GetType().Name} has no action {row.Action}");
            var unknown = row.Args.Select(a => a.Key).Except(method.GetParameters().Select(p => p.Name!)).ToList();
            Assert.True(unknown.Count == 0, $"{row}: {row.Action} has no parameter {string.Join(", ", unknown)}");
            var arguments = method.GetParameters()
                .Select(p => row.Args.TryGetPropertyValue(p.Name!, out var value) ? Convert(value, p.ParameterType) : p.HasDefaultValue ? p.DefaultValue : null)
                .ToArray();
            try
            {
                return (ConnectorAction)method.Invoke(connector, arguments)!;
            }
            catch (TargetInvocationException ex) when (ex.InnerException != null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(ex.InnerException).Throw();
                throw;
            }
        }

        // JSON values to the parameter types of the typed actions; {"repeat": ...} and {"repeatItem": ...} write long values.
        private static object? Convert(JsonNode? value, Type type)
        {
            var target = Nullable.GetUnderlyingType(type) ?? type;
            if (value == null)
            {
                return null;
            }

            if (target == typeof(string))
            {
                if (value is JsonObject repeat)
                {
                    return string.Concat(Enumerable.Repeat((string)repeat["repeat"]!, (int)repeat["times"]!)) + (string?)repeat["suffix"];
                }

                var text = (string)value!;
                return text == "@null" ? ParamValues.Null : text;
            }

            if (target == typeof(int) || target == typeof(bool) || target == typeof(long) || target == typeof(double))
            {
                return value.Deserialize(target);
            }

            if (target == typeof(TimeSpan))
            {
                return TimeSpan.Parse((string)value!, System.Globalization.CultureInfo.InvariantCulture);
            }

            if (target.IsEnum)
            {
                return Enum.Parse(target, (string)value!);
            }

            if (target == typeof(TinesWebhook))
            {
                return new TinesWebhook((long)value["id"]!, (string)value["name"]!, (long)value["storyId"]!);
            }

            if (target == typeof(IReadOnlyDictionary<string, object?>))
            {
                var map = new Dictionary<string, object?>();
                if (value["repeatKeys"] is JsonNode prefix)
                {
                    for (var i = 0; i < (int)value["times"]!; i++)
                    {
                        map[(string)prefix! + i] = "foobar";
                    }

                    return map;
                }

                foreach (var entry in value.AsObject())
                {
                    map[entry.Key] = Plain(entry.Value);
                }

                return map;
            }

            if (target == typeof(IReadOnlyDictionary<string, string>))
            {
                return value.AsObject().ToDictionary(e => e.Key, e => (string)e.Value!);
            }

            var item = target.GetGenericArguments().Single();
            var items = value is JsonObject repeated
                ? Enumerable.Repeat(repeated["repeatItem"], (int)repeated["times"]!).ToList()
                : value.AsArray().ToList();
            var list = Array.CreateInstance(item, items.Count);
            for (var i = 0; i < items.Count; i++)
            {
                list.SetValue(Item(items[i]!, item), i);
            }

            return list;
        }

        private static object? Item(JsonNode value, Type type)
        {
            if (type == typeof(OpsgenieRecipient))
            {
                var kind = (string)value["type"]!;
                var (key, name) = value["username"] != null ? ("username", "User") : value["id"] != null ? ("id", "Id") : ("name", string.Empty);
                var factory = key == "username" ? "User" : char.ToUpperInvariant(kind[0]) + kind.Substring(1) + name;
                return typeof(OpsgenieRecipient).GetMethod(factory)!.Invoke(null, new object?[] { (string)value[key]! });
            }

            if (type == typeof(JiraServiceManagementRecipient))
            {
                var kind = (string)value["type"]!;
                var factory = char.ToUpperInvariant(kind[0]) + kind.Substring(1);
                return typeof(JiraServiceManagementRecipient).GetMethod(factory)!.Invoke(null, new object?[] { (string)value["id"]! });
            }

            if (type == typeof(CaseComment))
            {
                return new CaseComment((string)value["comment"]!, (string)value["commentId"]!);
            }

            if (type == typeof(InferenceMessage))
            {
                return new InferenceMessage((string)value["role"]!, (string?)value["content"], (string?)value["name"], (string?)value["toolCallId"]);
            }

            if (type == typeof(GeminiMessage))
            {
                return new GeminiMessage((string)value["role"]!, (string)value["content"]!);
            }

            if (type == typeof(PagerDutyLink))
            {
                return new PagerDutyLink((string)value["href"]!, (string)value["text"]!);
            }

            return Convert(value, type);
        }

        // A JSON value as the plain .NET value the action parameters take: text, long, double, bool, map or list.
        private static object? Plain(JsonNode? node) => node switch
        {
            null => null,
            JsonObject map => map.ToDictionary(e => e.Key, e => Plain(e.Value)),
            JsonArray list => list.Select(Plain).ToArray(),
            JsonValue v when v.TryGetValue(out bool flag) => flag,
            JsonValue v when v.TryGetValue(out long whole) => whole,
            JsonValue v when v.TryGetValue(out double number) => number,
            _ => (string)node!,
        };
    }

    /// <summary>One row of the table: where it comes from, what Kibana does, what we expect.</summary>
    public sealed class ParamsCase
    {
        public ParamsCase(JsonObject row, int number)
        {
            Number = number;
            Source = (string)row["source"]!;
            Test = (string)row["test"]!;
            Kibana = (string)row["kibana"]!;
            Connector = (string)row["connector"]!;
            Action = (string)row["action"]!;
            Args = row["args"]!.AsObject();
            Expect = row["expect"]!.AsObject();
            Stricter = (string?)row["stricter"];
        }

        public int Number { get; }

        public string Source { get; }

        public string Test { get; }

        public string Kibana { get; }

        public string Connector { get; }

        public string Action { get; }

        public JsonObject Args { get; }

        public JsonObject Expect { get; }

        public string? Stricter { get; }

        // The test explorer shows this for each row.
        public override string ToString() => $"{Number:000} {Connector}.{Action}: {Source} > {Test}";
    }
}

using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using KibanaConnectors;
using Microsoft.CodeAnalysis;
using Xunit;
using static KibanaConnectors.Generator.Tests.YamlPositions;

namespace KibanaConnectors.Generator.Tests
{
    /// <summary>
    /// The settings around the connectors (allowed hosts, enabled types, alert history, settings that name a connector),
    /// literal secrets, and the connectors Kibana adds itself.
    /// </summary>
    public class KibanaParityTests
    {
        private static GeneratorResult Run(string yaml, params (string Key, string Value)[] options) =>
            GeneratorHarness.Run(yaml, GeneratorHarness.DefaultOptions(options));

        private static string Message(GeneratorResult result, string id) =>
            result.Diagnostics.Single(d => d.Id == id).GetMessage(System.Globalization.CultureInfo.InvariantCulture);

        // Messages in the order of their places in the file, as Codes lists them.
        private static List<string> Messages(GeneratorResult result) => result.Diagnostics
            .OrderBy(d => d.Location.SourceSpan.Start).ThenBy(d => d.Id)
            .Select(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture))
            .ToList();

        private static System.Type Load(GeneratorResult result) => result.LoadGeneratedClass();

        // ---- KC0401: secrets written out ----

        [Fact]
        public void KC0401_each_literal_secret_is_reported_at_its_value_and_templates_are_not()
        {
            const string yaml = @"xpack.actions.preconfigured:
  hook:
    actionTypeId: .webhook
    name: Hook
    config:
      url: https://example.com/hook
    secrets:
      user: ${HOOK_USER}
      password: hunter2
      secretHeaders:
        X-Token: abc123
        X-Other: ${OTHER}
";
            var result = Run(yaml);
            Assert.Equal(new[] { At("KC0401", yaml, "hunter2"), At("KC0401", yaml, "abc123") }, result.Codes);
            Assert.All(result.Diagnostics, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
            var first = result.Diagnostics.First().GetMessage(System.Globalization.CultureInfo.InvariantCulture);
            Assert.Contains("secrets.password is written out in kibana.yml", first);
            Assert.Contains("${ENV_VAR}", first);
            Assert.Contains("'xpack.actions.preconfigured.hook.secrets.password'", first);
            Assert.DoesNotContain("hunter2", first);
            Assert.Contains("secrets.secretHeaders.X-Token", result.Diagnostics.Last().GetMessage(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal("hunter2", Covered(result.Diagnostics.First(), yaml));

            // The connector is still generated: the warning does not make it invalid.
            Assert.Contains("Hook =>", result.Source);
            Assert.DoesNotContain("hunter2", result.Source);
        }

        [Fact]
        public void KC0401_says_when_embedding_compiles_the_value_in_and_covers_generic_connectors()
        {
            const string yaml = "xpack.actions.preconfigured:\n  g:\n    actionTypeId: .http\n    name: G\n    secrets:\n      credentialsJson: '{\"key\": 1}'\n";
            var plain = Run(yaml);
            Assert.Equal(new[] { At("KC0401", yaml, "'{") }, plain.Codes);
            Assert.DoesNotContain("compiled into the assembly", Message(plain, "KC0401"));

            var embedded = Run(yaml, ("KibanaConnectorsEmbedSecrets", "true"));
            Assert.Contains("KibanaConnectorsEmbedSecrets is true, so this value is compiled into the assembly", Message(embedded, "KC0401"));
        }

        [Fact]
        public void KC0107_an_environment_variable_in_a_boolean_field_is_an_error_that_says_why()
        {
            const string yaml = "xpack.actions.preconfigured:\n  hook:\n    actionTypeId: .webhook\n    name: Hook\n    config:\n      url: https://example.com\n      hasAuth: ${HOOK_AUTH}\n";
            var result = Run(yaml);
            Assert.Equal(new[] { At("KC0107", yaml, "${HOOK_AUTH}") }, result.Codes);
            Assert.Contains("Kibana replaces ${...} with text", Message(result, "KC0107"));

            // A number field takes it: Kibana's number schemas convert numeric text (z.coerce.number).
            const string port = "xpack.actions.preconfigured:\n  mail:\n    actionTypeId: .email\n    name: Mail\n    config:\n      from: a@example.com\n      host: smtp.example.com\n      port: ${SMTP_PORT}\n      hasAuth: false\n";
            Assert.Empty(Run(port).Codes);
        }

        // ---- the keystore list ----

        [Fact]
        public void A_secret_listed_in_the_keystore_counts_as_present_and_is_read_from_its_key()
        {
            const string yaml = "xpack.actions.preconfigured:\n  pd:\n    actionTypeId: .pagerduty\n    name: PD\n  g:\n    actionTypeId: .http\n    name: G\n";
            var without = GeneratorHarness.Run(new[] { ("/p/kibana.yml", yaml) });
            Assert.Equal(new[] { At("KC0105", yaml, "pd") }, without.Codes);

            const string keystore = "# kibana-keystore list\nelasticsearch.password\nxpack.actions.preconfigured.pd.secrets.routingKey\r\n\nxpack.actions.preconfigured.g.secrets.credentialsJson\n";
            var result = GeneratorHarness.Run(new[] { ("/p/kibana.yml", yaml), ("/p/kibana.keystore.txt", keystore) });
            Assert.Empty(result.Codes);
            Assert.Contains("routingKey: __KC.Secret.FromKeystoreField(\"pd\", \"routingKey\")", result.Source);
            Assert.Contains("[\"credentialsJson\"] = __KC.Secret.FromKeystoreField(\"g\", \"credentialsJson\")", result.Source);

            var type = Load(result);
            var created = (PagerDutyConnector)type.GetMethod("CreatePd")!.Invoke(null, new object[]
            {
                SecretSources.FromDictionary(new Dictionary<string, string> { ["xpack.actions.preconfigured.pd.secrets.routingKey"] = new string('k', 32) }),
            })!;
            Assert.Equal(new string('k', 32), created.Secrets.RoutingKey.Reveal());
            Assert.Equal(SecretOrigin.Keystore, created.Secrets.RoutingKey.Origin);

            // Conditional requirements see it too: an email with hasAuth needs user and password, and the keystore has them.
            const string mail = "xpack.actions.preconfigured.mail:\n  actionTypeId: .email\n  name: Mail\n  config: {from: a@example.com, host: smtp.example.com, port: 25}\n";
            Assert.Equal(2, GeneratorHarness.Run(mail).Diagnostics.Count(d => d.Id == "KC0105"));
            var keys = "xpack.actions.preconfigured.mail.secrets.user\nxpack.actions.preconfigured.mail.secrets.password\n";
            Assert.Empty(GeneratorHarness.Run(new[] { ("/p/kibana.yml", mail), ("/p/kibana.keystore.txt", keys) }).Codes);
        }

        // ---- KC0301: allowed hosts ----

        private const string Hosts = @"xpack.actions.allowedHosts: [hooks.slack.com, smtp.example.com]
xpack.actions.preconfigured:
  hook:
    actionTypeId: .webhook
    name: Hook
    config:
      url: https://api.example.org/hook
      hasAuth: false
  slack:
    actionTypeId: .slack
    name: Slack
    secrets:
      webhookUrl: ${SLACK_URL}
  pd:
    actionTypeId: .pagerduty
    name: PD
    secrets:
      routingKey: ${PD_KEY}
  chat:
    actionTypeId: .slack_api
    name: Chat
    secrets:
      token: ${SLACK_TOKEN}
  gmail:
    actionTypeId: .email
    name: Gmail
    config:
      from: a@example.com
      service: gmail
    secrets:
      user: ${U}
      password: ${P}
  cloud:
    actionTypeId: .email
    name: Cloud
    config:
      from: a@example.com
      service: elastic_cloud
      hasAuth: false
  own:
    actionTypeId: .email
    name: Own
    config:
      from: a@example.com
      host: smtp.example.com
      port: 587
      hasAuth: false
";

        [Fact]
        public void KC0301_every_host_a_connector_calls_must_be_allowed_including_defaults()
        {
            var result = Run(Hosts);
            Assert.Equal(
                new[]
                {
                    At("KC0301", Hosts, "https://api.example.org/hook"),
                    At("KC0301", Hosts, ".pagerduty"),
                    At("KC0301", Hosts, ".slack_api"),
                    At("KC0301", Hosts, "gmail", 2),
                    At("KC0301", Hosts, "elastic_cloud"),
                },
                result.Codes);
            var messages = Messages(result);
            Assert.Contains("config.url calls the host 'api.example.org'", messages[0]);
            Assert.Contains("('hooks.slack.com', 'smtp.example.com')", messages[0]);
            Assert.Contains("its default URL https://events.pagerduty.com/v2/enqueue calls the host 'events.pagerduty.com'", messages[1]);
            Assert.Contains("'slack.com'", messages[2]);
            Assert.Contains("'smtp.gmail.com'", messages[3]);
            Assert.Contains("'dockerhost'", messages[4]);
            Assert.All(result.Diagnostics, d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));

            // A template URL is known only when Kibana starts: not checked. The connectors are still generated.
            Assert.Contains("Hook =>", result.Source);
        }

        [Theory]
        [InlineData("xpack.actions.allowedHosts: ['*']\n")]
        [InlineData("")]
        [InlineData("xpack.actions.allowedHosts: ['${ALLOWED}']\n")]
        public void KC0301_star_a_template_or_no_list_allows_every_host(string setting)
        {
            var yaml = setting + Hosts.Substring(Hosts.IndexOf('\n') + 1);
            Assert.Empty(Run(yaml).Codes);
        }

        [Fact]
        public void KC0301_the_list_may_sit_in_another_file_and_host_names_are_compared_exactly()
        {
            const string connectors = "xpack.actions.preconfigured:\n  hook:\n    actionTypeId: .webhook\n    name: Hook\n    config:\n      url: https://API.example.org/hook\n      hasAuth: false\n";
            const string settings = "xpack.actions:\n  allowedHosts:\n    - Api.Example.org\n";
            var result = GeneratorHarness.Run(new[] { ("/p/kibana.yml", settings), ("/p/alerts.connectors.yml", connectors) });
            var diagnostic = Assert.Single(result.Diagnostics);
            Assert.Equal("KC0301", diagnostic.Id);
            Assert.EndsWith("alerts.connectors.yml", diagnostic.Location.GetLineSpan().Path);
            Assert.Equal("https://API.example.org/hook", Covered(diagnostic, connectors));
            Assert.Contains("it lists 'Api.Example.org', but Kibana compares host names exactly", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));

            // The settings-only file is not "a connector file without connectors".
            Assert.DoesNotContain(result.Diagnostics, d => d.Id == "KC0002");
        }

        [Fact]
        public void KC0301_cases_webhook_urls_with_a_mustache_host_are_skipped_others_are_checked()
        {
            const string yaml = @"xpack.actions.allowedHosts: [jira.example.com]
xpack.actions.preconfigured:
  cases:
    actionTypeId: .cases-webhook
    name: Cases
    config:
      createIncidentUrl: https://jira.example.com/rest/api/2/issue
      createIncidentJson: '{}'
      createIncidentResponseKey: id
      getIncidentUrl: https://jira.example.com/rest/api/2/issue/{{{external.system.id}}}
      getIncidentResponseExternalTitleKey: key
      viewIncidentUrl: https://{{{external.system.host}}}/browse/{{{external.system.title}}}
      updateIncidentUrl: https://other.example.com/rest/api/2/issue/{{{external.system.id}}}
      updateIncidentJson: '{}'
      hasAuth: false
";
            Assert.Equal(new[] { At("KC0301", yaml, "https://other.example.com") }, Run(yaml).Codes);
        }

        // ---- KC0010: settings Kibana refuses at start-up ----

        [Fact]
        public void KC0010_allowed_hosts_entries_must_be_host_names()
        {
            const string yaml = "xpack.actions.allowedHosts:\n  - https://hooks.slack.com/services\n  - smtp.example.com:587\n  - '*.example.com'\n  - 42\n  - ok.example.com\nxpack.actions.preconfigured:\n  log:\n    actionTypeId: .server-log\n    name: Log\n";
            var result = Run(yaml);
            Assert.Equal(new[] { At("KC0010", yaml, "https://hooks"), At("KC0010", yaml, "smtp.example.com:587"), At("KC0010", yaml, "'*.example.com'"), At("KC0010", yaml, "42") }, result.Codes);
            var messages = Messages(result);
            Assert.Contains("is a URL, but Kibana compares host names only: write 'hooks.slack.com'", messages[0]);
            Assert.Contains("has a port", messages[1]);
            Assert.Contains("'smtp.example.com'", messages[1]);
            Assert.Contains("wildcard", messages[2]);
            Assert.Contains("the number 42", messages[3]);
        }

        [Fact]
        public void KC0010_lists_and_flags_of_the_wrong_shape()
        {
            const string yaml = "xpack.actions:\n  allowedHosts: hooks.slack.com\n  enabledActionTypes: {a: b}\n  preconfiguredAlertHistoryEsIndex: 'yes'\n";
            var result = Run(yaml);
            // Nothing valid is left in the file, so it is also a file without connectors (KC0002).
            Assert.Equal(new[] { "KC0002@1:1", At("KC0010", yaml, "hooks.slack.com"), At("KC0010", yaml, "{a: b}"), At("KC0010", yaml, "'yes'") }, result.Codes);
            Assert.Contains("xpack.actions.allowedHosts must be a list", Messages(result)[1]);
        }

        [Fact]
        public void KC0010_the_email_domain_allowlist_must_be_a_list_of_texts()
        {
            const string yaml = "xpack.actions.email.domain_allowlist: example.com\nxpack.actions.preconfigured:\n  log:\n    actionTypeId: .server-log\n    name: Log\n";
            var result = Run(yaml);
            Assert.Equal(new[] { At("KC0010", yaml, "example.com") }, result.Codes);
            Assert.Contains("xpack.actions.email.domain_allowlist must be a list", Messages(result)[0]);
        }

        // ---- KC0110: email allowHtml (stack_connectors email/index.ts validateConfig) ----

        [Fact]
        public void KC0110_allow_html_cannot_be_true_with_elastic_cloud()
        {
            const string yaml = "xpack.actions.preconfigured:\n  cloud-mail:\n    actionTypeId: .email\n    name: Mail\n    config:\n      from: a@example.com\n      service: elastic_cloud\n      hasAuth: false\n      allowHtml: true\n";
            var result = Run(yaml);
            Assert.Equal(new[] { At("KC0110", yaml, "allowHtml") }, result.Codes);
            Assert.Contains("config.allowHtml cannot be used as true when service is 'elastic_cloud'", Messages(result)[0]);
            Assert.Empty(Run(yaml.Replace("allowHtml: true", "allowHtml: false")).Codes);
            Assert.Empty(Run(yaml.Replace("service: elastic_cloud", "host: smtp.example.com\n      port: 25")).Codes);
        }

        // ---- KC0302: enabled types ----

        [Fact]
        public void KC0302_a_type_left_out_of_enabled_action_types_warns_at_action_type_id()
        {
            const string yaml = "xpack.actions.enabledActionTypes: [.email, .index]\nxpack.actions.preconfigured:\n  log:\n    actionTypeId: .server-log\n    name: Log\n  idx:\n    actionTypeId: .index\n    name: Idx\n    config: {index: alerts}\n";
            var result = Run(yaml);
            Assert.Equal(new[] { At("KC0302", yaml, ".server-log") }, result.Codes);
            Assert.Equal(DiagnosticSeverity.Warning, result.Diagnostics[0].Severity);
            Assert.Contains("Kibana still runs preconfigured connectors of types left out", Message(result, "KC0302"));
            Assert.Empty(Run(yaml.Replace("[.email, .index]", "['*']")).Codes);
        }

        // ---- KC0304: ServiceNow's deprecated Table API form ----

        [Fact]
        public void KC0304_servicenow_itsm_and_sir_without_uses_table_api_false_are_deprecated()
        {
            const string yaml = @"xpack.actions.preconfigured:
  itsm:
    actionTypeId: .servicenow
    name: ITSM
    config: {apiUrl: https://x.service-now.com}
    secrets:
      username: ${SN_USER}
      password: ${SN_PASSWORD}
  sir:
    actionTypeId: .servicenow-sir
    name: SIR
    config: {apiUrl: https://x.service-now.com, usesTableApi: true}
    secrets:
      username: ${SN_USER}
      password: ${SN_PASSWORD}
  modern:
    actionTypeId: .servicenow
    name: Modern
    config: {apiUrl: https://x.service-now.com, usesTableApi: false}
    secrets:
      username: ${SN_USER}
      password: ${SN_PASSWORD}
  itom:
    actionTypeId: .servicenow-itom
    name: ITOM
    config: {apiUrl: https://x.service-now.com}
    secrets:
      username: ${SN_USER}
      password: ${SN_PASSWORD}
";
            var result = Run(yaml);
            Assert.Equal(new[] { At("KC0304", yaml, ".servicenow\n"), At("KC0304", yaml, "true}") }, result.Codes);
            Assert.Contains("usesTableApi left out, which means true", Messages(result)[0]);
            Assert.Contains("usesTableApi: false", Messages(result)[1]);

            // Deprecated, not broken: both are generated.
            Assert.Contains("Itsm =>", result.Source);
            Assert.Contains("Sir =>", result.Source);
        }

        // ---- KC0305: settings that name a connector ----

        [Fact]
        public void KC0305_the_default_email_connector_must_exist_and_be_an_email_connector()
        {
            const string yaml = @"notifications.connectors.default.email: mail-ops
uiSettings.overrides:
  genAiSettings:defaultAIConnector: log
xpack.actions.preconfigured:
  mail-opps:
    actionTypeId: .email
    name: Mail
    config: {from: a@example.com, service: elastic_cloud, hasAuth: false}
  log:
    actionTypeId: .server-log
    name: Log
";
            var result = Run(yaml);
            Assert.Equal(new[] { At("KC0305", yaml, "mail-ops"), At("KC0305", yaml, "log\n") }, result.Codes);
            var messages = Messages(result);
            Assert.Contains("notifications.connectors.default.email is 'mail-ops', but no connector has that id", messages[0]);
            Assert.Contains("did you mean 'mail-opps'?", messages[0]);
            Assert.Contains("a .server-log connector, but this setting needs a .bedrock or .gemini or .gen-ai or .inference connector", messages[1]);

            var fixedYaml = yaml.Replace("email: mail-ops", "email: mail-opps").Replace("defaultAIConnector: log", "defaultAIConnector: NO_DEFAULT_CONNECTOR");
            Assert.Empty(Run(fixedYaml).Codes);
        }

        [Fact]
        public void KC0305_elastic_cloud_smtp_counts_when_the_project_says_it_runs_on_elastic_cloud()
        {
            const string yaml = "notifications.connectors.default.email: Elastic-Cloud-SMTP\nxpack.actions.preconfigured:\n  log:\n    actionTypeId: .server-log\n    name: Log\n";
            Assert.Equal(new[] { "KC0305@1:41" }, Run(yaml).Codes);
            var cloud = Run(yaml, ("KibanaConnectorsElasticCloud", "true"));
            Assert.Empty(cloud.Codes);

            var type = Load(cloud);
            var smtp = (EmailConnector)type.GetProperty("ElasticCloudSMTP")!.GetValue(null)!;
            Assert.Equal("Elastic-Cloud-SMTP", smtp.Id);
            Assert.Equal("elastic_cloud", smtp.Config.Service);
            Assert.Equal("dockerhost", smtp.Config.Host);
            Assert.Equal(10025, smtp.Config.Port);
            Assert.False(smtp.Config.HasAuth);
            Assert.Equal("Elastic-Cloud-SMTP", (string)type.GetNestedType("Ids")!.GetField("ElasticCloudSMTP")!.GetValue(null)!);
        }

        [Fact]
        public void Elastic_cloud_smtp_defined_by_the_project_too_is_KC0003()
        {
            const string yaml = "xpack.actions.preconfigured:\n  Elastic-Cloud-SMTP:\n    actionTypeId: .email\n    name: Mine\n    config: {from: a@example.com, service: elastic_cloud, hasAuth: false}\n";
            var result = Run(yaml, ("KibanaConnectorsElasticCloud", "true"));
            Assert.Equal(new[] { At("KC0003", yaml, "Elastic-Cloud-SMTP") }, result.Codes);
            Assert.Contains("Elastic Cloud adds it", Message(result, "KC0003"));
            Assert.Equal("KC0009", Assert.Single(Run(yaml, ("KibanaConnectorsElasticCloud", "maybe")).Diagnostics).Id);
        }

        // ---- the alert history connector ----

        [Fact]
        public void Alert_history_setting_adds_the_typed_index_connector()
        {
            const string yaml = "xpack.actions.preconfiguredAlertHistoryEsIndex: true\n";
            var result = Run(yaml);
            Assert.Empty(result.Codes);
            var type = Load(result);
            var index = (IndexConnector)type.GetProperty("PreconfiguredAlertHistoryEsIndex")!.GetValue(null)!;
            Assert.Equal("preconfigured-alert-history-es-index", index.Id);
            Assert.Equal("Alert history Elasticsearch index", index.Name);
            Assert.Equal("kibana-alert-history-default", index.Config.Index);
            Assert.Contains("xpack.actions.preconfiguredAlertHistoryEsIndex is true in kibana.yml line 1", result.Source);

            var off = Run("xpack.actions.preconfiguredAlertHistoryEsIndex: false\nxpack.actions.preconfigured.log: {actionTypeId: .server-log, name: Log}\n");
            Assert.DoesNotContain("PreconfiguredAlertHistoryEsIndex", off.Source);
        }

        [Fact]
        public void Review_fixes_international_hosts_secret_values_and_config_schema_booleans()
        {
            // Kibana compares the ASCII (punycode) form of an international host name.
            const string idn = "xpack.actions.allowedHosts: [xn--bcher-kva.example]\nxpack.actions.preconfigured:\n  hook:\n    actionTypeId: .webhook\n    name: Hook\n    config:\n      url: https://bücher.example/x\n      hasAuth: false\n";
            Assert.Empty(Run(idn).Codes);

            // A secret of the wrong type is reported without its value.
            const string number = "xpack.actions.preconfigured:\n  hook:\n    actionTypeId: .webhook\n    name: Hook\n    config:\n      url: https://example.com\n    secrets:\n      user: ${U}\n      password: 123456789\n";
            var wrong = Run(number);
            Assert.Contains(wrong.Diagnostics, d => d.Id == "KC0107");
            Assert.All(wrong.Diagnostics, d => Assert.DoesNotContain("123456789", d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)));

            // Kibana's own settings schema reads the text true/false as a boolean, and a ${NAME} is known only at start-up.
            const string texts = "xpack.actions.preconfiguredAlertHistoryEsIndex: 'TRUE'\nxpack.actions.preconfigured:\n  log:\n    actionTypeId: .server-log\n    name: Log\n    exposeConfig: 'true'\n";
            var read = Run(texts);
            Assert.Empty(read.Codes);
            Assert.Contains("PreconfiguredAlertHistoryEsIndex =>", read.Source);
            Assert.Empty(Run(texts.Replace("'TRUE'", "${ALERT_HISTORY}").Replace("'true'", "${EXPOSE}")).Codes);
        }
    }
}

using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;
using static KibanaConnectors.Generator.Tests.YamlPositions;

namespace KibanaConnectors.Generator.Tests
{
    /// <summary>One test (or a few) per diagnostic rule, each asserting the id and the exact place in the YAML.</summary>
    public class DiagnosticTests
    {
        // The examples here write secrets out to stay short; KC0401 (a literal secret) has its own tests in SecretAndSettingsTests.
        private static GeneratorResult Run(string yaml) => GeneratorHarness.Run(yaml).WithoutLiteralSecretWarnings();

        private static void AssertCodes(string yaml, params string[] expected) =>
            Assert.Equal(expected, Run(yaml).Codes);

        private static string Message(string yaml, string id) =>
            Run(yaml).Diagnostics.Single(d => d.Id == id).GetMessage(System.Globalization.CultureInfo.InvariantCulture);

        [Fact]
        public void KC0001_invalid_yaml_is_reported_at_the_parser_position()
        {
            const string yaml = "xpack.actions.preconfigured:\n  my-hook:\n    name: a: b\n";
            var result = Run(yaml);
            var diagnostic = Assert.Single(result.Diagnostics);
            Assert.Equal("KC0001", diagnostic.Id);
            Assert.Equal(3, diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1);
            Assert.Contains("kibana.yml is not valid YAML", diagnostic.GetMessage());
        }

        [Fact]
        public void KC0001_duplicate_key_in_one_map_points_at_the_second_key()
        {
            const string yaml = @"xpack.actions.preconfigured:
  my-log:
    actionTypeId: .server-log
    name: first
    name: second
";
            AssertCodes(yaml, At("KC0001", yaml, "name: second"));
            Assert.Contains("first at line 4", Message(yaml, "KC0001"));
        }

        [Fact]
        public void KC0018_the_same_setting_in_two_spellings_is_a_warning_that_names_the_value_kibana_keeps()
        {
            const string yaml = @"xpack.actions.preconfigured:
  my-log:
    actionTypeId: .server-log
    name: first
xpack.actions.preconfigured.my-log.name: second
";
            AssertCodes(yaml, At("KC0018", yaml, "name: second"));
            var diagnostic = Run(yaml).Diagnostics.Single();
            Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
            Assert.Equal("In kibana.yml, the setting 'xpack.actions.preconfigured.my-log.name' is written twice: here and as 'name' at line 4; Kibana keeps the one it reads last, this one, and silently drops the other; remove one of them",
                diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        }

        [Fact]
        public void KC0019_a_later_empty_section_is_an_error_that_names_the_connectors_kibana_drops()
        {
            const string yaml = @"xpack.actions.preconfigured:
  my-log:
    actionTypeId: .server-log
    name: Log
  ops-log:
    actionTypeId: .server-log
    name: Ops
xpack.actions:
  preconfigured: {}
xpack.actions.preconfigured.ops-log:
  actionTypeId: .server-log
  name: Ops again
";
            AssertCodes(yaml, At("KC0019", yaml, "preconfigured: {}"));
            var diagnostic = Run(yaml).Diagnostics.Single();
            Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
            var message = diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
            Assert.Contains("an empty map here, and Kibana replaces everything set under it before (from line 1)", message);

            // ops-log is defined again after the empty map, so only my-log disappears.
            Assert.Contains("so Kibana starts without the connector 'my-log' written before it", message);
        }

        [Fact]
        public void KC0001_two_documents_are_rejected()
        {
            const string yaml = "server.port: 5601\n---\nserver.host: x\n";
            AssertCodes(yaml, "KC0001@2:1");
        }

        [Fact]
        public void KC0002_a_settings_file_without_connectors_warns_at_the_file()
        {
            const string yaml = "server.port: 5601\nlogging.root.level: info\n";
            var result = Run(yaml);
            Assert.Equal(new[] { "KC0002@1:1" }, result.Codes);
            Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Warning, result.Diagnostics.Single().Severity);
        }

        [Fact]
        public void KC0002_an_empty_file_warns()
        {
            AssertCodes(string.Empty, "KC0002@1:1");
        }

        [Fact]
        public void KC0003_the_same_id_in_two_files_points_at_the_second()
        {
            const string a = "xpack.actions.preconfigured:\n  shared:\n    actionTypeId: .server-log\n    name: A\n";
            const string b = "xpack.actions.preconfigured.shared:\n  actionTypeId: .server-log\n  name: B\n";
            var result = GeneratorHarness.Run(new[] { ("/project/a.connectors.yml", a), ("/project/b.connectors.yml", b) });
            var diagnostic = Assert.Single(result.Diagnostics);
            Assert.Equal("KC0003", diagnostic.Id);
            Assert.EndsWith("b.connectors.yml", diagnostic.Location.GetLineSpan().Path);
            Assert.Equal("shared", Covered(diagnostic, b));
            Assert.Contains("a.connectors.yml line 2", diagnostic.GetMessage());
        }

        [Fact]
        public void A_file_added_twice_is_read_once()
        {
            const string a = "xpack.actions.preconfigured:\n  shared:\n    actionTypeId: .server-log\n    name: A\n";
            var result = GeneratorHarness.Run(new[] { ("/project/kibana.yml", a), ("/project/kibana.yml", a) });
            Assert.Empty(result.Diagnostics);
            Assert.Empty(result.CompilationErrors);
        }

        [Fact]
        public void KC0004_ids_that_give_the_same_name_are_both_kept_with_a_suffix()
        {
            const string yaml = @"xpack.actions.preconfigured:
  my-log:
    actionTypeId: .server-log
    name: A
  my_log:
    actionTypeId: .server-log
    name: B
";
            var result = Run(yaml);
            Assert.Equal(new[] { At("KC0004", yaml, "my_log") }, result.Codes);
            Assert.Contains("public const string MyLog = \"my-log\";", result.Source);
            Assert.Contains("public const string MyLog_2 = \"my_log\";", result.Source);
            Assert.Empty(result.CompilationErrors);
        }

        [Fact]
        public void KC0004_an_id_that_takes_a_generated_member_name_is_renamed()
        {
            const string yaml = "xpack.actions.preconfigured:\n  all:\n    actionTypeId: .server-log\n    name: A\n";
            var result = Run(yaml);
            Assert.Equal(new[] { "KC0004@2:3" }, result.Codes);
            Assert.Contains("All_2", result.Source);
            Assert.Empty(result.CompilationErrors);
        }

        [Fact]
        public void KC0004_an_id_that_takes_the_name_of_another_connectors_factory_or_builder()
        {
            const string yaml = @"xpack.actions.preconfigured:
  hook:
    actionTypeId: .server-log
    name: A
  create-hook:
    actionTypeId: .server-log
    name: B
  build-hook:
    actionTypeId: .server-log
    name: C
";
            var result = Run(yaml);
            // Ids are named in sorted order, so 'hook' comes last and yields.
            Assert.Equal(new[] { "KC0004@2:3" }, result.Codes);
            Assert.Contains("public const string Hook_2 = \"hook\";", result.Source);
            Assert.Empty(result.CompilationErrors);
        }

        [Fact]
        public void KC0005_an_entry_that_is_not_a_map_points_at_its_id()
        {
            const string yaml = "xpack.actions.preconfigured:\n  my-log: .server-log\n";
            AssertCodes(yaml, "KC0005@2:3");
        }

        [Fact]
        public void KC0005_a_section_that_is_not_a_map_points_at_its_key()
        {
            const string yaml = "xpack:\n  actions:\n    preconfigured: [a, b]\n";
            AssertCodes(yaml, "KC0005@3:5");
        }

        [Theory]
        [InlineData("constructor")]
        [InlineData("preconfigured-alert-history-es-index")]
        [InlineData("''")]
        public void KC0006_ids_kibana_rejects_or_drops(string id)
        {
            var yaml = $"xpack.actions.preconfigured:\n  {id}:\n    actionTypeId: .server-log\n    name: A\n";
            var result = Run(yaml);
            Assert.Equal(new[] { "KC0006@2:3" }, result.Codes);
            Assert.DoesNotContain("public static __KC.ServerLogConnector", result.Source);
        }

        [Fact]
        public void KC0007_a_connector_indented_outside_the_section_warns_at_its_key()
        {
            const string yaml = @"xpack.actions.preconfigured:
  my-log:
    actionTypeId: .server-log
    name: A
my-tines:
    name: preconfigured-tines-connector-type
    actionTypeId: .tines
";
            AssertCodes(yaml, At("KC0007", yaml, "my-tines"));
        }

        [Fact]
        public void KC0008_an_anchor_whose_uses_with_itself_pass_100_is_not_read()
        {
            // The yaml package counts the anchor itself: 99 aliases are 100 uses, the 100th alias (line 102) is one too many.
            var yaml = "base: &b x\nlist:\n" + string.Concat(Enumerable.Repeat("  - *b\n", 101));
            var result = Run(yaml);
            Assert.Equal(new[] { "KC0008@102:5" }, result.Codes);
            Assert.Contains("used 100 times", result.Diagnostics.Single().GetMessage());
            Assert.DoesNotContain(Run("base: &b x\nlist:\n" + string.Concat(Enumerable.Repeat("  - *b\n", 99))).Codes, c => c.StartsWith("KC0008", System.StringComparison.Ordinal));
        }

        [Fact]
        public void KC0008_nested_aliases_multiply_and_empty_maps_are_not_limited()
        {
            // c holds two uses of b, so b has 3 uses and each use of c stands for 3 values: 33 uses of c are 34 * 3 > 100.
            var nested = "b: &b x\nc: &c [*b, *b]\nl:\n" + string.Concat(Enumerable.Repeat("  - *c\n", 33));
            Assert.Equal(new[] { "KC0008@36:5" }, Run(nested).Codes);
            Assert.DoesNotContain("KC0008", string.Concat(Run("b: &b x\nc: &c [*b, *b]\nl:\n" + string.Concat(Enumerable.Repeat("  - *c\n", 32))).Codes));

            var empty = "e: &e {}\nl:\n" + string.Concat(Enumerable.Repeat("  - *e\n", 500)) + "xpack.actions.preconfigured:\n  log: {actionTypeId: .server-log, name: Log, config: *e}\n";
            Assert.Empty(Run(empty).Codes);
        }

        [Fact]
        public void KC0008_the_help_page_example_is_what_is_reported()
        {
            const string yaml = "xpack.actions.preconfigured:\n  ops-log:\n    actionTypeId: .server-log\n    name: Ops log\na: &a [x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n";
            Assert.Equal(new[] { "KC0008@7:37" }, Run(yaml).Codes);
            Assert.Equal(
                "kibana.yml was not read: the anchor '&b' is used 9 times, and each use stands for 11 aliased values; Kibana's YAML reader (the yaml package, maxAliasCount 100) refuses a file where an anchor's uses, counting the anchor itself, times that reach past 100",
                Message(yaml, "KC0008"));
            Assert.Empty(GeneratorHarness.Run(yaml, GeneratorHarness.DefaultOptions(("KibanaConnectorsKibanaVersion", "9.2"))).Diagnostics);
        }

        [Fact]
        public void KC0008_deep_nesting_is_not_read()
        {
            var yaml = "a: " + new string('[', 200) + new string(']', 200) + "\n";
            var result = Run(yaml);
            Assert.Equal("KC0008", Assert.Single(result.Diagnostics).Id);
        }

        [Fact]
        public void KC0008_exponential_alias_expansion_is_not_read()
        {
            var yaml = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n";
            for (var i = 1; i < 9; i++)
            {
                yaml += $"a{i}: &a{i} [" + string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10)) + "]\n";
            }

            var result = Run(yaml);
            Assert.Equal("KC0008", Assert.Single(result.Diagnostics).Id);
        }

        [Fact]
        public void KC0101_missing_action_type_points_at_the_id()
        {
            const string yaml = "xpack.actions.preconfigured:\n  my-log:\n    name: A\n";
            AssertCodes(yaml, "KC0101@2:3");
        }

        [Fact]
        public void KC0102_unknown_type_suggests_the_closest_and_points_at_the_value()
        {
            const string yaml = "xpack.actions.preconfigured:\n  my-hook:\n    actionTypeId: .webhok\n    name: A\n";
            AssertCodes(yaml, At("KC0102", yaml, ".webhok"));
            Assert.Contains("did you mean '.webhook'?", Message(yaml, "KC0102"));
        }

        [Theory]
        [InlineData(".cases")]
        [InlineData(".observability-ai-assistant")]
        [InlineData(".workflows")]
        [InlineData(".http-system")]
        public void KC0102_a_system_action_type_is_rejected(string type)
        {
            var yaml = $"xpack.actions.preconfigured:\n  my-system:\n    actionTypeId: {type}\n    name: A\n";
            AssertCodes(yaml, At("KC0102", yaml, type));
            Assert.Contains("system action type", Message(yaml, "KC0102"));
        }

        [Theory]
        [InlineData(".http")]
        public void Every_registered_type_is_accepted(string type)
        {
            var yaml = $"xpack.actions.preconfigured:\n  my-connector:\n    actionTypeId: {type}\n    name: A\n";
            var result = Run(yaml);
            Assert.Empty(result.Diagnostics);
            Assert.Contains("__KC.GenericConnector MyConnector", result.Source);
        }

        [Fact]
        public void Registered_types_without_a_typed_class_become_generic_connectors()
        {
            const string yaml = @"xpack.actions.preconfigured:
  my-http:
    actionTypeId: .http
    name: HTTP
    config:
      url: https://api.example.com
      region: us-central1
    secrets:
      token: ${HTTP_TOKEN}
";
            var result = Run(yaml);
            Assert.Empty(result.Diagnostics);
            Assert.Contains("__KC.GenericConnector MyHttp", result.Source);
            Assert.Contains("[\"region\"] = \"us-central1\"", result.Source);
            Assert.Empty(result.CompilationErrors);
        }

        [Fact]
        public void KC0103_missing_and_empty_names()
        {
            const string yaml = "xpack.actions.preconfigured:\n  a:\n    actionTypeId: .server-log\n  b:\n    actionTypeId: .server-log\n    name: ''\n";
            AssertCodes(yaml, "KC0103@2:3", At("KC0103", yaml, "''"));
        }

        [Fact]
        public void KC0104_required_config_field_points_at_the_id()
        {
            const string yaml = @"xpack.actions.preconfigured:
  my-jira:
    actionTypeId: .jira
    name: Jira
    config:
      apiUrl: https://elastic.atlassian.net
    secrets:
      email: ${JIRA_EMAIL}
      apiToken: ${JIRA_TOKEN}
";
            AssertCodes(yaml, "KC0104@2:3");
            Assert.Contains("config.projectKey", Message(yaml, "KC0104"));
        }

        [Fact]
        public void KC0104_email_service_other_needs_host_and_port()
        {
            const string yaml = @"xpack.actions.preconfigured:
  my-email:
    actionTypeId: .email
    name: Mail
    config:
      from: alerts@example.com
    secrets:
      user: ${SMTP_USER}
      password: ${SMTP_PASSWORD}
";
            var result = Run(yaml);
            Assert.Equal(new[] { "KC0104@2:3", "KC0104@2:3" }, result.Codes);
            Assert.All(result.Diagnostics, d => Assert.Contains("when service is 'other'", d.GetMessage()));
        }

        [Fact]
        public void KC0105_required_secret_and_conditional_ones()
        {
            const string yaml = @"xpack.actions.preconfigured:
  my-slack:
    actionTypeId: .slack
    name: Slack
  my-hook:
    actionTypeId: .webhook
    name: Hook
    config:
      url: https://example.com/hook
    secrets:
      user: ${HOOK_USER}
";
            var result = Run(yaml);
            Assert.Equal(new[] { "KC0105@2:3", "KC0105@5:3", At("KC0110", yaml, "user") }, result.Codes);
            Assert.Contains("needs secrets.webhookUrl", result.Diagnostics[0].GetMessage());
            Assert.Contains("needs secrets.password when hasAuth is true", result.Diagnostics.Last().GetMessage());
        }

        private const string CasesWebhookConfig = @"
      createIncidentUrl: https://cases.example.com/issue
      createIncidentJson: '{}'
      createIncidentResponseKey: id
      getIncidentUrl: https://cases.example.com/issue/{{{external.system.id}}}
      getIncidentResponseExternalTitleKey: key
      viewIncidentUrl: https://cases.example.com/browse/{{{external.system.title}}}
      updateIncidentUrl: https://cases.example.com/issue/{{{external.system.id}}}
      updateIncidentJson: '{}'";

        [Fact]
        public void KC0105_a_cases_webhook_with_hasAuth_true_written_and_no_secrets_is_refused_as_in_kibana()
        {
            // Kibana's cases webhook validateConnector: `config.hasAuth && isEmpty(secrets)` on the raw settings.
            var yaml = "xpack.actions.preconfigured:\n  cases:\n    actionTypeId: .cases-webhook\n    name: Cases\n    config:" + CasesWebhookConfig + "\n      hasAuth: true\n";
            var result = Run(yaml);
            Assert.Equal(new[] { "KC0105@2:3", "KC0105@2:3" }, result.Codes);
            Assert.Contains("must specify a secrets configuration", result.Diagnostics[0].GetMessage());

            // Any secret at all, even one only in the keystore list, satisfies that rule; the missing pair is then only a warning.
            var keystore = "xpack.actions.preconfigured.cases.secrets.crt\nxpack.actions.preconfigured.cases.secrets.key\n";
            var withKeystore = GeneratorHarness.Run(new[] { ("/p/kibana.yml", yaml), ("/p/kibana.keystore.txt", keystore) });
            Assert.Equal(new[] { At("KC0111", yaml, "true\n") }, withKeystore.Codes);
        }

        [Fact]
        public void KC0111_a_webhook_with_hasAuth_and_no_credentials_is_valid_in_kibana_so_only_a_warning()
        {
            const string yaml = @"xpack.actions.preconfigured:
  plain-hook:
    actionTypeId: .webhook
    name: Hook
    config:
      url: https://example.com/hook
  said-hook:
    actionTypeId: .webhook
    name: Hook
    config:
      url: https://example.com/hook
      hasAuth: true
      authType: webhook-authentication-basic
  null-hook:
    actionTypeId: .webhook
    name: Hook
    config:
      url: https://example.com/hook
    secrets:
      user: null
      password: null
";
            var result = Run(yaml);
            Assert.Equal(new[] { At("KC0111", yaml, "plain-hook"), At("KC0111", yaml, "true"), At("KC0111", yaml, "null-hook") }, result.Codes);
            Assert.All(result.Diagnostics, d => Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Warning, d.Severity));
            Assert.Contains("hasAuth is true (the default) with basic authentication", result.Diagnostics[0].GetMessage());
            Assert.Contains("set hasAuth: false", result.Diagnostics[0].GetMessage());
            Assert.Contains("'said-hook' (.webhook): hasAuth is true with basic", result.Diagnostics[1].GetMessage());

            // The descriptors are still generated: a warning does not drop a connector.
            Assert.Contains("PlainHook", GeneratorHarness.Run(yaml).Source);

            // A cases webhook whose hasAuth is left out passes Kibana's check (it tests the raw config): a warning too.
            var cases = "xpack.actions.preconfigured:\n  cases:\n    actionTypeId: .cases-webhook\n    name: Cases\n    config:" + CasesWebhookConfig + "\n";
            Assert.Equal(new[] { "KC0111@2:3" }, Run(cases).Codes);
        }

        [Fact]
        public void KC0106_unknown_keys_at_every_level_with_suggestions()
        {
            const string yaml = @"xpack.actions.preconfigured:
  my-hook:
    actionTypeId: .webhook
    name: Hook
    exposeConfg: true
    config:
      url: https://example.com/hook
      methd: put
      hasAuth: false
    secrets:
      pasword: x
";
            var result = Run(yaml);
            Assert.Equal(new[] { At("KC0106", yaml, "exposeConfg"), At("KC0106", yaml, "methd"), At("KC0106", yaml, "pasword") }, result.Codes);
            var messages = result.Diagnostics.Select(d => d.GetMessage()).ToArray();
            Assert.Contains("did you mean 'exposeConfig'?", messages[0]);
            Assert.Contains("did you mean 'method'?", messages.Single(m => m.Contains("methd")));
            Assert.Contains("did you mean 'password'?", messages.Single(m => m.Contains("pasword")));
        }

        [Fact]
        public void KC0106_slack_webhook_url_under_config_says_where_it_belongs()
        {
            const string yaml = @"xpack.actions.preconfigured:
  my-slack:
    actionTypeId: .slack
    name: Slack
    config:
      webhookUrl: https://hooks.slack.com/services/a/b/c
    secrets:
      webhookUrl: https://hooks.slack.com/services/a/b/c
";
            AssertCodes(yaml, At("KC0106", yaml, "webhookUrl"));
            Assert.Contains("belongs under secrets", Message(yaml, "KC0106"));
        }

        [Fact]
        public void KC0106_a_merge_key_is_an_ordinary_key_in_current_kibana()
        {
            const string yaml = @"defaults: &defaults
  url: https://example.com/hook
  hasAuth: false
xpack.actions.preconfigured:
  my-hook:
    actionTypeId: .webhook
    name: Hook
    config:
      <<: *defaults
";
            var result = Run(yaml);
            Assert.Contains(At("KC0106", yaml, "<<"), result.Codes);
            Assert.Contains("does not apply", result.Diagnostics.First(d => d.Id == "KC0106").GetMessage());
        }

        [Fact]
        public void KC0107_unquoted_number_where_text_is_needed_says_to_quote_it()
        {
            const string yaml = @"xpack.actions.preconfigured:
  my-resilient:
    actionTypeId: .resilient
    name: Resilient
    config:
      apiUrl: https://elastic.resilient.net
      orgId: 201
    secrets:
      apiKeyId: ${KEY_ID}
      apiKeySecret: ${KEY_SECRET}
";
            AssertCodes(yaml, At("KC0107", yaml, "201"));
            Assert.Contains("quote it: '201'", Message(yaml, "KC0107"));
        }

        [Fact]
        public void KC0107_yes_is_text_in_yaml_1_2()
        {
            const string yaml = "xpack.actions.preconfigured:\n  my-log:\n    actionTypeId: .server-log\n    name: Log\n    exposeConfig: yes\n";
            AssertCodes(yaml, At("KC0107", yaml, "yes"));
            Assert.Contains("YAML 1.2", Message(yaml, "KC0107"));
        }

        [Fact]
        public void KC0107_a_wrong_boolean_does_not_also_report_what_its_default_would_require()
        {
            const string yaml = "xpack.actions.preconfigured:\n  my-hook:\n    actionTypeId: .webhook\n    name: Hook\n    config:\n      url: https://example.com/hook\n      hasAuth: no\n";
            AssertCodes(yaml, At("KC0107", yaml, "no\n"));
        }

        [Fact]
        public void KC0107_a_list_where_a_map_is_needed()
        {
            const string yaml = "xpack.actions.preconfigured:\n  my-log:\n    actionTypeId: .server-log\n    name: Log\n    config: [a]\n";
            AssertCodes(yaml, At("KC0107", yaml, "[a]"));
        }

        [Fact]
        public void KC0107_a_dotted_header_name_is_split_by_kibana()
        {
            const string yaml = @"xpack.actions.preconfigured:
  my-hook:
    actionTypeId: .webhook
    name: Hook
    config:
      url: https://example.com/hook
      hasAuth: false
      headers:
        X.Custom: a
";
            AssertCodes(yaml, At("KC0107", yaml, "X.Custom"));
            Assert.Contains("'[X.Custom]'", Message(yaml, "KC0107"));
        }

        [Fact]
        public void KC0108_a_value_outside_its_set_suggests_the_right_spelling()
        {
            const string yaml = @"xpack.actions.preconfigured:
  my-hook:
    actionTypeId: .webhook
    name: Hook
    config:
      url: https://example.com/hook
      method: POST
      hasAuth: false
";
            AssertCodes(yaml, At("KC0108", yaml, "POST"));
            Assert.Contains("did you mean 'post'?", Message(yaml, "KC0108"));
        }

        [Fact]
        public void KC0108_unknown_email_service_and_port_out_of_range()
        {
            const string yaml = @"xpack.actions.preconfigured:
  my-email:
    actionTypeId: .email
    name: Mail
    config:
      from: alerts@example.com
      service: gmial
    secrets:
      user: u
      password: p
  my-other:
    actionTypeId: .email
    name: Mail
    config:
      from: alerts@example.com
      host: smtp.example.com
      port: 70000
      hasAuth: false
";
            var result = Run(yaml);
            Assert.Equal(new[] { At("KC0108", yaml, "gmial"), At("KC0108", yaml, "70000") }, result.Codes);
            Assert.Contains("did you mean 'Gmail'?", result.Diagnostics[0].GetMessage());
        }

        [Theory]
        [InlineData("example.com/hook", "not an absolute URL")]
        [InlineData("ftp://example.com/hook", "scheme 'ftp'")]
        public void KC0109_urls_must_be_absolute_http(string url, string expected)
        {
            var yaml = $"xpack.actions.preconfigured:\n  my-hook:\n    actionTypeId: .webhook\n    name: Hook\n    config:\n      url: {url}\n      hasAuth: false\n";
            var result = Run(yaml);
            var diagnostic = Assert.Single(result.Diagnostics);
            Assert.Equal("KC0109", diagnostic.Id);
            Assert.Equal(url, Covered(diagnostic, yaml));
            Assert.Contains(expected, diagnostic.GetMessage());
        }

        [Fact]
        public void KC0109_torq_accepts_only_its_own_hosts()
        {
            const string yaml = "xpack.actions.preconfigured:\n  my-torq:\n    actionTypeId: .torq\n    name: Torq\n    config:\n      webhookIntegrationUrl: https://evil.example.com/v1/hook\n    secrets:\n      token: ${TORQ}\n";
            AssertCodes(yaml, At("KC0109", yaml, "https://evil"));
        }

        [Fact]
        public void KC0110_fields_that_exclude_each_other()
        {
            const string yaml = @"xpack.actions.preconfigured:
  my-hook:
    actionTypeId: .webhook
    name: Hook
    config:
      url: https://example.com/hook
      hasAuth: false
      authType: webhook-authentication-basic
  my-sn:
    actionTypeId: .servicenow
    name: SN
    config:
      apiUrl: https://example.service-now.com/
      usesTableApi: false
      isOAuth: true
      userIdentifierValue: me@example.com
      clientId: abc
      jwtKeyId: def
    secrets:
      clientSecret: ${SN_SECRET}
      privateKey: ${SN_KEY}
      username: me
  my-xm:
    actionTypeId: .xmatters
    name: XM
    config:
      configUrl: https://test.host
    secrets:
      user: u
      password: p
      secretsUrl: https://test.host?apiKey=1
";
            var result = Run(yaml);
            Assert.Equal(new[] { At("KC0110", yaml, "authType"), At("KC0110", yaml, "username"), At("KC0110", yaml, "secretsUrl") }, result.Codes);
        }

        [Theory]
        [InlineData("not-an-address")]
        [InlineData("user@")]
        [InlineData("Alerts <alerts at example.com>")]
        public void KC0201_from_must_be_an_address(string from)
        {
            var yaml = GmailConnectorFrom(from);
            AssertCodes(yaml, At("KC0201", yaml, "'" + from));
        }

        [Theory]
        [InlineData("alerts@example.com")]
        [InlineData("alerts@localhost")]
        [InlineData("Alerting Team <alerts@example.com>")]
        [InlineData("${MAIL_FROM}")]
        public void KC0201_valid_addresses_and_templates_pass(string from)
        {
            var yaml = GmailConnectorFrom(from);
            Assert.Empty(Run(yaml).Diagnostics);
        }

        private static string GmailConnectorFrom(string from) =>
            $"xpack.actions.preconfigured:\n  my-email:\n    actionTypeId: .email\n    name: Mail\n    config:\n      from: '{from}'\n      service: gmail\n    secrets:\n      user: u\n      password: p\n";

        [Fact]
        public void KC0202_routing_key_must_have_32_characters_unless_it_is_a_template()
        {
            const string yaml = @"xpack.actions.preconfigured:
  short:
    actionTypeId: .pagerduty
    name: Short
    secrets:
      routingKey: testroutingkey
  env:
    actionTypeId: .pagerduty
    name: From the environment
    secrets:
      routingKey: ${PD_KEY}
  right:
    actionTypeId: .pagerduty
    name: Right
    secrets:
      routingKey: 0123456789abcdef0123456789abcdef
";
            var result = Run(yaml);
            Assert.Equal(new[] { At("KC0202", yaml, "testroutingkey") }, result.Codes);
            Assert.Equal("testroutingkey", Covered(result.Diagnostics.Single(), yaml));
            Assert.Contains("14 characters", result.Diagnostics.Single().GetMessage());
        }

        [Fact]
        public void All_problems_are_reported_in_one_run_and_valid_connectors_are_still_generated()
        {
            const string yaml = @"xpack.actions.preconfigured:
  good:
    actionTypeId: .server-log
    name: Good
  bad-key:
    actionTypeId: .pagerduty
    name: Bad key
    secrets:
      routingKey: short
  bad-type:
    actionTypeId: .nope
    name: Bad type
";
            var result = Run(yaml);
            Assert.Equal(new[] { "KC0202", "KC0102" }, result.Diagnostics.Select(d => d.Id).ToArray());
            Assert.Contains("public static __KC.ServerLogConnector Good", result.Source);
            Assert.DoesNotContain("PagerDutyConnector BadKey", result.Source);
            Assert.Contains("public const string BadKey = \"bad-key\";", result.Source);
            Assert.Empty(result.CompilationErrors);
        }
    }
}

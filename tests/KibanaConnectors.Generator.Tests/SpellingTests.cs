using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace KibanaConnectors.Generator.Tests
{
    /// <summary>Every spelling Kibana accepts for the same settings gives the same connectors.</summary>
    public class SpellingTests
    {
        private const string Nested = @"server.port: 5601
xpack:
  actions:
    allowedHosts: ['*']
    preconfigured:
      my-hook:
        actionTypeId: .webhook
        name: Hook
        config:
          url: https://example.com/hook
          method: put
          hasAuth: false
          headers:
            x-team: alerts
      my-log:
        actionTypeId: .server-log
        name: Log
logging.root.level: info
";

        [Theory]
        [InlineData(@"xpack.actions.preconfigured:
  my-hook:
    actionTypeId: .webhook
    name: Hook
    config:
      url: https://example.com/hook
      method: put
      hasAuth: false
      headers:
        x-team: alerts
  my-log:
    actionTypeId: .server-log
    name: Log
")]
        [InlineData(@"xpack.actions.preconfigured.my-hook.actionTypeId: .webhook
xpack.actions.preconfigured.my-hook.name: Hook
xpack.actions.preconfigured.my-hook.config.url: https://example.com/hook
xpack.actions.preconfigured.my-hook.config.method: put
xpack.actions.preconfigured.my-hook.config.hasAuth: false
xpack.actions.preconfigured.my-hook.config.headers.x-team: alerts
xpack.actions.preconfigured.my-log.actionTypeId: .server-log
xpack.actions.preconfigured.my-log.name: Log
")]
        [InlineData(@"xpack.actions:
  preconfigured.my-hook:
    actionTypeId: .webhook
    name: Hook
    config.url: https://example.com/hook
    config:
      method: put
      hasAuth: false
      headers.x-team: alerts
xpack:
  actions.preconfigured.my-log:
    actionTypeId: .server-log
    name: Log
")]
        [InlineData(@"hook-config: &hook
  url: https://example.com/hook
  method: put
  hasAuth: false
  headers: {x-team: alerts}
xpack.actions.preconfigured:
  my-hook: {actionTypeId: .webhook, name: ""Hook"", config: *hook}
  'my-log':
    ""actionTypeId"": '.server-log'
    name: >-
      Log
")]
        public void Spellings_give_the_same_connectors(string yaml)
        {
            var expected = GeneratorHarness.Run(Nested);
            var actual = GeneratorHarness.Run(yaml);
            Assert.Empty(expected.Diagnostics);
            Assert.Empty(actual.Diagnostics);
            Assert.Equal(WithoutLines(expected.Source), WithoutLines(actual.Source));
        }

        [Fact]
        public void Merge_keys_apply_when_the_project_opts_in_and_written_keys_win()
        {
            const string yaml = @"defaults: &defaults
  url: https://example.com/hook
  method: post
  hasAuth: false
xpack.actions.preconfigured:
  my-hook:
    actionTypeId: .webhook
    name: Hook
    config:
      <<: *defaults
      method: put
      headers:
        x-team: alerts
  my-log:
    actionTypeId: .server-log
    name: Log
";
            var result = GeneratorHarness.Run(yaml, GeneratorHarness.DefaultOptions(("KibanaConnectorsYamlMergeKeys", "true")));
            Assert.Empty(result.Diagnostics);
            Assert.Equal(WithoutLines(GeneratorHarness.Run(Nested).Source), WithoutLines(result.Source));
        }

        [Fact]
        public void A_bracketed_key_keeps_its_dot()
        {
            const string yaml = @"xpack.actions.preconfigured:
  '[my.hook]':
    actionTypeId: .server-log
    name: Dotted
";
            var result = GeneratorHarness.Run(yaml);
            Assert.Empty(result.Diagnostics);
            Assert.Contains("public const string MyHook = \"my.hook\";", result.Source);
        }

        [Fact]
        public void A_dotted_id_is_split_like_every_other_key()
        {
            const string yaml = @"xpack.actions.preconfigured:
  my.hook:
    actionTypeId: .server-log
    name: Dotted
";
            var result = GeneratorHarness.Run(yaml);
            Assert.Equal(new[] { "KC0101@2:3", "KC0103@2:3", "KC0106@2:6" }, result.Codes);
            Assert.Contains("'[my.hook]'", result.Diagnostics.Single(d => d.Id == "KC0106").GetMessage());
        }

        [Fact]
        public void Positions_point_at_the_part_of_a_dotted_key()
        {
            const string yaml = "xpack.actions.preconfigured.my-hook.actionTypeId: .server-log\n";
            var result = GeneratorHarness.Run(yaml);
            var diagnostic = Assert.Single(result.Diagnostics);
            Assert.Equal("KC0103", diagnostic.Id);
            Assert.Equal("my-hook", YamlPositions.Covered(diagnostic, yaml));
        }

        [Theory]
        [InlineData("true", true)]
        [InlineData("True", true)]
        [InlineData("TRUE", true)]
        [InlineData("false", false)]
        public void Yaml_1_2_booleans(string written, bool expected)
        {
            var yaml = $"xpack.actions.preconfigured:\n  my-log:\n    actionTypeId: .server-log\n    name: Log\n    exposeConfig: {written}\n";
            var result = GeneratorHarness.Run(yaml);
            Assert.Empty(result.Diagnostics);
            var connector = (KibanaConnectors.Connector)result.LoadGeneratedClass().GetProperty("MyLog")!.GetValue(null)!;
            Assert.Equal(expected, connector.ExposeConfig);
        }

        [Theory]
        [InlineData("\r\n")]
        [InlineData("\n")]
        public void Line_endings_do_not_move_positions(string newline)
        {
            var yaml = "xpack.actions.preconfigured:\n  my-log:\n    actionTypeId: .server-logg\n    name: Log\n".Replace("\n", newline);
            Assert.Equal(new[] { "KC0102@3:19" }, GeneratorHarness.Run(yaml).Codes);
        }

        private static string? WithoutLines(string? source) => source == null ? null : Regex.Replace(source, @"kibana\.yml line \d+", "kibana.yml line N");
    }
}

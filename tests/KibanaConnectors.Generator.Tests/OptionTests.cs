using System.Linq;
using Xunit;
using static KibanaConnectors.Generator.Tests.YamlPositions;

namespace KibanaConnectors.Generator.Tests
{
    /// <summary>The MSBuild options the generator reads.</summary>
    public class OptionTests
    {
        private const string Yaml = @"xpack.actions.preconfigured:
  assistant:
    actionTypeId: .gen-ai
    name: Assistant
    config: {apiProvider: OpenAI, apiUrl: 'https://api.openai.com/v1/chat/completions'}
    secrets: {apiKey: '${OPENAI_API_KEY}'}
  log:
    actionTypeId: .server-log
    name: Log
";

        [Theory]
        [InlineData("gold")]
        [InlineData("Platinum")]
        public void KC0303_a_type_above_the_project_licence_warns_at_its_action_type(string license)
        {
            var result = GeneratorHarness.Run(Yaml, GeneratorHarness.DefaultOptions(("KibanaConnectorsLicense", license)));
            Assert.Equal(new[] { At("KC0303", Yaml, ".gen-ai") }, result.Codes);
            Assert.Contains("the enterprise licence", result.Diagnostics.Single().GetMessage());
        }

        [Fact]
        public void No_licence_set_or_enough_licence_checks_nothing()
        {
            Assert.Empty(GeneratorHarness.Run(Yaml).Diagnostics);
            Assert.Empty(GeneratorHarness.Run(Yaml, GeneratorHarness.DefaultOptions(("KibanaConnectorsLicense", "enterprise"))).Diagnostics);
        }

        [Theory]
        [InlineData("KibanaConnectorsLicense", "diamond")]
        [InlineData("KibanaConnectorsLicense", "1")]
        [InlineData("KibanaConnectorsEmbedSecrets", "yes")]
        [InlineData("KibanaConnectorsNamespace", "Acme.123")]
        [InlineData("KibanaConnectorsClassName", "class")]
        [InlineData("KibanaConnectorsKibanaVersion", "9")]
        [InlineData("KibanaConnectorsKibanaVersion", "7.17")]
        [InlineData("KibanaConnectorsKibanaVersion", "v9.2")]
        public void KC0009_an_invalid_option_is_reported_not_defaulted_silently(string property, string value)
        {
            var result = GeneratorHarness.Run(Yaml, GeneratorHarness.DefaultOptions((property, value)));
            var diagnostic = Assert.Single(result.Diagnostics);
            Assert.Equal("KC0009", diagnostic.Id);
            Assert.Contains(property, diagnostic.GetMessage());
            Assert.Empty(result.CompilationErrors);
        }

        [Fact]
        public void Namespace_and_class_name_can_be_chosen()
        {
            var result = GeneratorHarness.Run(Yaml, GeneratorHarness.DefaultOptions(("KibanaConnectorsNamespace", "Ops.Kibana"), ("KibanaConnectorsClassName", "Connectors")),
                "class Use { string Id => Ops.Kibana.Connectors.Ids.Log; }");
            Assert.Empty(result.CompilationErrors);
        }

        private const string Merged = "defaults: &defaults\n  name: Log\nxpack.actions.preconfigured:\n  log:\n    <<: *defaults\n    actionTypeId: .server-log\n";

        [Theory]
        [InlineData("9.4", true)]
        [InlineData("9.3", true)]
        [InlineData("8.19", true)]
        [InlineData("9.2", false)]
        [InlineData("9.0.3", false)]
        [InlineData("8.18", false)]
        [InlineData("8.0", false)]
        public void The_kibana_version_chooses_the_reader_js_yaml_releases_apply_merge_keys(string version, bool readsWithYamlPackage)
        {
            var result = GeneratorHarness.Run(Merged, GeneratorHarness.DefaultOptions(("KibanaConnectorsKibanaVersion", version)));
            if (readsWithYamlPackage)
            {
                Assert.Contains(result.Diagnostics, d => d.Id == "KC0106" && d.GetMessage().Contains("merge key"));
            }
            else
            {
                Assert.Empty(result.Diagnostics);
                Assert.Contains("Log", result.Source);
            }
        }

        [Fact]
        public void Without_a_kibana_version_the_newest_rules_apply()
        {
            Assert.Contains(GeneratorHarness.Run(Merged).Diagnostics, d => d.Id == "KC0106");
            Assert.Empty(GeneratorHarness.Run(Merged, GeneratorHarness.DefaultOptions(("KibanaConnectorsYamlMergeKeys", "true"))).Diagnostics);
        }
    }
}

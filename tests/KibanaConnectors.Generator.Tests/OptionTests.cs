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
    }
}

using System.Linq;
using Xunit;
using static KibanaConnectors.Generator.Tests.YamlPositions;

namespace KibanaConnectors.Generator.Tests
{
    /// <summary>
    /// The spec connectors (Kibana's kbn-connector-specs, registered by registerConnectorTypesFromSpecs): every id is a type
    /// Kibana registers, a generic connector in C#.
    /// </summary>
    public class SpecConnectorTests
    {
        private static GeneratorResult Run(string yaml) => GeneratorHarness.Run(yaml).WithoutLiteralSecretWarnings();

        [Theory]
        [InlineData(".github", "bearer", "token")]
        [InlineData(".virustotal", "api_key_header", "apiKey")]
        [InlineData(".jina", "bearer", "token")]
        public void A_valid_spec_connector_is_a_registered_type(string type, string authType, string secret)
        {
            var yaml = $@"xpack.actions.preconfigured:
  my-spec:
    actionTypeId: {type}
    name: Spec
    secrets:
      authType: {authType}
      {secret}: ${{SPEC_SECRET}}
";
            var result = Run(yaml);
            Assert.DoesNotContain(result.Diagnostics, d => d.Id == "KC0102");
            Assert.Empty(result.Diagnostics);
            Assert.Contains("__KC.GenericConnector MySpec", result.Source);
        }

        [Fact]
        public void A_misspelt_spec_id_still_gets_did_you_mean()
        {
            const string yaml = "xpack.actions.preconfigured:\n  my-spec:\n    actionTypeId: .virustotl\n    name: A\n";
            var result = Run(yaml);
            Assert.Equal(new[] { At("KC0102", yaml, ".virustotl") }, result.Codes);
            Assert.Contains("did you mean '.virustotal'?", result.Diagnostics.Single().GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}

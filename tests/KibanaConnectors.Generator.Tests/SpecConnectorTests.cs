using System.Globalization;
using System.Linq;
using KibanaConnectors.Rules.Model;
using KibanaConnectors.Rules.Set;
using Xunit;
using static KibanaConnectors.Generator.Tests.YamlPositions;

namespace KibanaConnectors.Generator.Tests
{
    /// <summary>
    /// The spec connectors (Kibana's kbn-connector-specs, registered by registerConnectorTypesFromSpecs): every id is a type
    /// Kibana registers from 9.3, a generic connector in C#, with secrets keyed by secrets.authType as the spec's auth
    /// types define them.
    /// </summary>
    public class SpecConnectorTests
    {
        private static GeneratorResult Run(string yaml, params (string Key, string Value)[] options) =>
            GeneratorHarness.Run(yaml, GeneratorHarness.DefaultOptions(options)).WithoutLiteralSecretWarnings();

        private static string Message(GeneratorResult result, string id) =>
            result.Diagnostics.Single(d => d.Id == id).GetMessage(CultureInfo.InvariantCulture);

        private static string Connector(string type, string secrets) => $@"xpack.actions.preconfigured:
  my-spec:
    actionTypeId: {type}
    name: Spec
    secrets:
{secrets}";

        [Theory]
        [InlineData(".github", "      authType: bearer\n      token: ${GITHUB_TOKEN}\n")]
        [InlineData(".virustotal", "      authType: api_key_header\n      x-apikey: ${VT_KEY}\n")]
        [InlineData(".jina", "      authType: bearer\n      token: ${JINA_KEY}\n")]
        [InlineData(".zendesk", "      authType: basic\n      username: ${ZD_USER}\n      password: ${ZD_TOKEN}\n")]
        [InlineData(".amazon_s3", "      authType: aws_credentials\n      accessKeyId: ${AWS_ID}\n      secretAccessKey: ${AWS_SECRET}\n")]
        [InlineData(".graphql", "      authType: none\n")]
        // The spec gives authorizationUrl, tokenUrl and scope defaults: only the client is left to write.
        [InlineData(".jira-cloud", "      authType: oauth_authorization_code\n      clientId: ${JIRA_ID}\n      clientSecret: ${JIRA_SECRET}\n")]
        public void A_valid_spec_connector_is_a_registered_type_and_a_generic_connector(string type, string secrets)
        {
            var result = Run(Connector(type, secrets));
            Assert.Empty(result.Diagnostics);
            Assert.Contains("__KC.GenericConnector MySpec", result.Source);
            Assert.Empty(result.CompilationErrors);
        }

        [Fact]
        public void The_authType_is_compiled_in_as_the_name_it_is_and_the_token_is_read_from_the_environment()
        {
            var result = Run(Connector(".github", "      authType: bearer\n      token: ${GITHUB_TOKEN}\n"));
            Assert.Contains("[\"authType\"] = __KC.Secret.FromLiteral(\"xpack.actions.preconfigured.my-spec.secrets.authType\", \"bearer\")", result.Source);
            Assert.Contains("[\"token\"] = __KC.Secret.FromEnvironment(\"${GITHUB_TOKEN}\")", result.Source);
            Assert.Empty(result.CompilationErrors);

            // A literal token stays out of the assembly, as for every other type.
            var literal = GeneratorHarness.Run(Connector(".github", "      authType: bearer\n      token: ghp_literal\n"));
            Assert.DoesNotContain("ghp_literal", literal.Source);
        }

        [Fact]
        public void A_misspelt_spec_id_still_gets_did_you_mean()
        {
            const string yaml = "xpack.actions.preconfigured:\n  my-spec:\n    actionTypeId: .virustotl\n    name: A\n";
            var result = Run(yaml);
            Assert.Equal(new[] { At("KC0102", yaml, ".virustotl") }, result.Codes);
            Assert.Contains("did you mean '.virustotal'?", Message(result, "KC0102"));
        }

        [Fact]
        public void Before_9_3_a_spec_id_is_no_type_of_that_release_and_the_message_says_which_release_adds_it()
        {
            var yaml = Connector(".github", "      authType: bearer\n      token: ${GITHUB_TOKEN}\n");
            var old = Run(yaml, ("KibanaConnectorsKibanaVersion", "9.2"));
            Assert.Equal(new[] { At("KC0102", yaml, ".github") }, old.Codes);
            Assert.Contains("it appeared in Kibana 9.3, but KibanaConnectorsKibanaVersion is 9.2", Message(old, "KC0102"));
            Assert.Empty(Run(yaml, ("KibanaConnectorsKibanaVersion", "9.3")).Codes);
        }

        [Fact]
        public void A_missing_authType_is_a_missing_secret_at_the_connector_id()
        {
            var yaml = Connector(".github", "      token: ${GITHUB_TOKEN}\n");
            var result = Run(yaml);
            Assert.Equal(new[] { At("KC0105", yaml, "my-spec") }, result.Codes);
            Assert.Contains("needs secrets.authType (one of 'bearer')", Message(result, "KC0105"));

            const string noSecrets = "xpack.actions.preconfigured:\n  my-spec:\n    actionTypeId: .github\n    name: Spec\n";
            Assert.Equal(new[] { "KC0105@2:3" }, Run(noSecrets).Codes);
        }

        [Fact]
        public void An_authType_the_spec_does_not_list_is_refused_with_did_you_mean()
        {
            var yaml = Connector(".jira-cloud", "      authType: basik\n      username: ${U}\n      password: ${P}\n");
            var result = Run(yaml);
            Assert.Equal(new[] { At("KC0108", yaml, "basik") }, result.Codes);
            Assert.Contains("use one of 'oauth_authorization_code', 'basic'", Message(result, "KC0108"));
            Assert.Contains("did you mean 'basic'?", Message(result, "KC0108"));
            var fix = Assert.Single(ConnectorSetBuilder.Read(new[] { ("/p/kibana.yml", yaml) }, ProjectOptions.Default, default).Diagnostics.Single(d => d.Id == "KC0108").Fixes);
            Assert.Contains("authType: basic\n", yaml.Substring(0, fix.Span.Start) + fix.Text + yaml.Substring(fix.Span.End));
        }

        [Fact]
        public void A_required_secret_of_the_chosen_auth_type_is_missing()
        {
            var yaml = Connector(".zendesk", "      authType: basic\n      username: ${ZD_USER}\n");
            var result = Run(yaml);
            Assert.Equal(new[] { At("KC0105", yaml, "my-spec") }, result.Codes);
            Assert.Contains("needs secrets.password with authType 'basic'", Message(result, "KC0105"));
        }

        [Fact]
        public void An_api_key_header_secret_is_keyed_by_the_header_the_spec_names_and_a_near_key_is_named()
        {
            var yaml = Connector(".virustotal", "      authType: api_key_header\n      x-apikye: ${VT_KEY}\n");
            var result = Run(yaml);
            Assert.Equal(new[] { At("KC0105", yaml, "my-spec") }, result.Codes);
            var message = Message(result, "KC0105");
            Assert.Contains("needs secrets.x-apikey", message);
            Assert.Contains("secrets.x-apikye is written", message);
        }

        [Fact]
        public void A_secret_in_the_keystore_satisfies_the_auth_type()
        {
            var yaml = Connector(".github", "      authType: bearer\n");
            Assert.Equal(new[] { "KC0105@2:3" }, Run(yaml).Codes);
            var keystore = "xpack.actions.preconfigured.my-spec.secrets.token\n";
            Assert.Empty(GeneratorHarness.Run(new[] { ("/p/kibana.yml", yaml), ("/p/kibana.keystore.txt", keystore) }).Codes);
        }

        [Fact]
        public void A_literal_token_warns_but_the_authType_does_not()
        {
            var yaml = Connector(".github", "      authType: bearer\n      token: ghp_literal\n");
            var result = GeneratorHarness.Run(yaml);
            Assert.Equal(new[] { At("KC0401", yaml, "ghp_literal") }, result.Codes);
        }

        [Fact]
        public void A_spec_type_above_the_project_licence_is_reported()
        {
            var yaml = Connector(".github", "      authType: bearer\n      token: ${GITHUB_TOKEN}\n");
            var result = Run(yaml, ("KibanaConnectorsLicense", "gold"));
            Assert.Equal(new[] { At("KC0303", yaml, ".github") }, result.Codes);
            Assert.Contains("enterprise", Message(result, "KC0303"));
            Assert.Empty(Run(Connector(".virustotal", "      authType: api_key_header\n      x-apikey: ${K}\n"), ("KibanaConnectorsLicense", "gold")).Codes);
        }

        [Fact]
        public void A_spec_whose_auth_types_were_not_read_completely_refuses_no_authType()
        {
            Assert.Empty(Run(Connector(".slack2", "      authType: oauth_authorization_code\n")).Codes);
        }
    }
}

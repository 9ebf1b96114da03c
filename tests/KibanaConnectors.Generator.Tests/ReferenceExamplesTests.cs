using System.Linq;
using Xunit;
using static KibanaConnectors.Generator.Tests.YamlPositions;

namespace KibanaConnectors.Generator.Tests
{
    /// <summary>The examples of Kibana's documentation page, as one settings file.</summary>
    public class ReferenceExamplesTests
    {
        private static readonly string s_yaml = GeneratorHarness.ReadTestData("reference-examples.yml");

        [Fact]
        public void The_examples_that_break_kibanas_rules_are_reported_and_no_others()
        {
            var result = GeneratorHarness.Run(s_yaml);
            Assert.Equal(
                new[]
                {
                    At("KC0202", s_yaml, "testroutingkey"),
                    At("KC0104", s_yaml, "my-swimlane"),
                    At("KC0104", s_yaml, "my-case-management-webhook"),
                },
                result.Codes);
            Assert.Contains("config.connectorType", result.Diagnostics.Single(d => d.Location.GetLineSpan().StartLinePosition.Line + 1 == int.Parse(Pos(s_yaml, "my-swimlane").Split(':')[0])).GetMessage());
        }

        [Fact]
        public void The_generated_code_matches_its_snapshot_and_compiles()
        {
            var result = GeneratorHarness.Run(s_yaml);
            Assert.NotNull(result.Source);
            Assert.Empty(result.CompilationErrors);
            Snapshot.Match("ReferenceExamples.g.cs.txt", result.Source!);
        }

        [Fact]
        public void A_csharp_7_3_project_gets_code_without_nullable_annotations_that_compiles()
        {
            var gemini = "\n  my-gemini:\n    actionTypeId: .gemini\n    name: Gemini\n    config: {a: [1, {b: c}]}\n";
            var result = GeneratorHarness.Run(new[] { ("/project/kibana.yml", s_yaml + gemini) }, Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp7_3, null,
                "class Use { object M() { Acme.Alerts.PreconfiguredConnectors.TryGet(\"my-jira\", out var c); return c; } }");
            Assert.DoesNotContain("#nullable", result.Source);
            Assert.DoesNotContain("object?", result.Source);
            Assert.Empty(result.CompilationErrors);
        }

        [Fact]
        public void Generation_is_deterministic()
        {
            Assert.Equal(GeneratorHarness.Run(s_yaml).Source, GeneratorHarness.Run(s_yaml).Source);
        }

        [Fact]
        public void Secret_literals_are_not_compiled_in_by_default()
        {
            var source = GeneratorHarness.Run(s_yaml).Source!;
            foreach (var literal in new[] { "changeme", "passwordkeystorevalue", "superlongapikey", "secretsecret", "xoxb-xxxx-xxxx-xxxx", "hooks.slack.com/services", "BEGIN RSA PRIVATE KEY" })
            {
                Assert.DoesNotContain(literal, source);
            }

            Assert.Contains("Secret.FromKeystoreField(\"webhook-service\", \"password\")", source);
        }

        [Fact]
        public void Secret_literals_are_compiled_in_only_when_the_project_opts_in()
        {
            var source = GeneratorHarness.Run(s_yaml, GeneratorHarness.DefaultOptions(("KibanaConnectorsEmbedSecrets", "true"))).Source!;
            Assert.Contains("Secret.FromLiteral(\"xpack.actions.preconfigured.webhook-service.secrets.password\", \"changeme\")", source);
        }
    }
}

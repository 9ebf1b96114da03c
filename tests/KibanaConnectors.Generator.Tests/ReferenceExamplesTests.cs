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
                result.WithoutLiteralSecretWarnings().Codes);
            Assert.Contains("config.connectorType", result.Diagnostics.Single(d => d.Location.GetLineSpan().StartLinePosition.Line + 1 == int.Parse(Pos(s_yaml, "my-swimlane").Split(':')[0])).GetMessage());
        }

        [Fact]
        public void Every_secret_the_examples_write_out_gets_KC0401_at_its_value()
        {
            // The page writes its secrets out (user: elastic, password: passwordkeystorevalue...): each is a KC0401 warning.
            var expected = LiteralSecretValues(s_yaml).ToList();
            var found = GeneratorHarness.Run(s_yaml).Diagnostics.Where(d => d.Id == "KC0401")
                .Select(d => d.Location.GetLineSpan().StartLinePosition)
                .Select(p => $"{p.Line + 1}:{p.Character + 1}")
                .OrderBy(p => p, System.StringComparer.Ordinal)
                .ToList();
            Assert.True(expected.Count > 20, "the page has many written-out secrets");
            Assert.Equal(expected.OrderBy(p => p, System.StringComparer.Ordinal), found);
        }

        // "line:column" of each value in a block 'secrets:' map of the file that is not ${...}.
        private static System.Collections.Generic.IEnumerable<string> LiteralSecretValues(string yaml)
        {
            var lines = yaml.Replace("\r\n", "\n").Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                if (lines[i].Trim() != "secrets:")
                {
                    continue;
                }

                var indent = lines[i].Length - lines[i].TrimStart().Length;
                for (var j = i + 1; j < lines.Length && lines[j].Length - lines[j].TrimStart().Length > indent && lines[j].Trim().Length > 0; j++)
                {
                    var colon = lines[j].IndexOf(": ", System.StringComparison.Ordinal);
                    var value = colon < 0 ? string.Empty : lines[j].Substring(colon + 2).Trim();
                    if (value.Length > 0 && !value.Contains("${"))
                    {
                        yield return $"{j + 1}:{lines[j].IndexOf(value, colon + 2, System.StringComparison.Ordinal) + 1}";
                    }
                }
            }
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
            var generic = "\n  my-http:\n    actionTypeId: .http\n    name: HTTP\n    config: {a: [1, {b: c}]}\n";
            var result = GeneratorHarness.Run(new[] { ("/project/kibana.yml", s_yaml + generic) }, Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp7_3, null,
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

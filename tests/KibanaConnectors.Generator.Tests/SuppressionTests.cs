using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using KibanaConnectors.Generator.Analyzers;
using KibanaConnectors.Rules.Common;
using KibanaConnectors.Rules.Diagnostics;
using KibanaConnectors.Rules.Model;
using KibanaConnectors.Rules.Set;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;
using static KibanaConnectors.Generator.Tests.YamlPositions;

namespace KibanaConnectors.Generator.Tests
{
    /// <summary>
    /// Suppression comments (docs/suppressions.md): what they silence, in the rules core and so in the build, the IDE's
    /// analyzer and the other front ends; KC0016 for one that silences nothing, at the id in the comment.
    /// </summary>
    public class SuppressionTests
    {
        // Two PagerDuty keys of 14 characters (KC0202) and a literal secret (KC0401) each.
        private const string TwoShortKeys = @"xpack.actions.preconfigured:
  first:
    actionTypeId: .pagerduty
    name: First
    secrets:
      routingKey: testroutingkey
  second:
    actionTypeId: .pagerduty
    name: Second
    secrets:
      routingKey: otherroutingke
";

        private static IReadOnlyList<DiagnosticInfo> Check(params (string Path, string Text)[] files) =>
            ConnectorSetBuilder.Read(files, ProjectOptions.Default, EquatableArray<string>.Empty).Diagnostics.ToList();

        private static List<string> Codes(IEnumerable<DiagnosticInfo> diagnostics) => diagnostics
            .OrderBy(d => d.FilePath, System.StringComparer.Ordinal).ThenBy(d => d.Span.Start).ThenBy(d => d.Id, System.StringComparer.Ordinal)
            .Select(d => $"{d.Id}@{d.Span.StartLine + 1}:{d.Span.StartColumn + 1}")
            .ToList();

        private static List<string> Codes(string yaml) => Codes(Check(("/p/kibana.yml", yaml)));

        [Fact]
        public void Without_comments_both_keys_are_reported()
        {
            Assert.Equal(
                new[] { At("KC0202", TwoShortKeys, "testroutingkey"), At("KC0401", TwoShortKeys, "testroutingkey"), At("KC0202", TwoShortKeys, "otherroutingke"), At("KC0401", TwoShortKeys, "otherroutingke") },
                Codes(TwoShortKeys));
        }

        [Fact]
        public void A_comment_at_the_end_of_a_line_silences_its_ids_on_that_line_only()
        {
            var yaml = TwoShortKeys.Replace("routingKey: testroutingkey", "routingKey: testroutingkey  # kibana-connectors: ignore KC0202 -- a test service");
            Assert.Equal(
                new[] { At("KC0401", yaml, "testroutingkey"), At("KC0202", yaml, "otherroutingke"), At("KC0401", yaml, "otherroutingke") },
                Codes(yaml));
        }

        [Fact]
        public void Several_ids_separated_by_commas_or_spaces_are_each_silenced()
        {
            var yaml = TwoShortKeys.Replace("routingKey: testroutingkey", "routingKey: testroutingkey # kibana-connectors: ignore KC0202,KC0401");
            Assert.Equal(new[] { At("KC0202", yaml, "otherroutingke"), At("KC0401", yaml, "otherroutingke") }, Codes(yaml));
            var spaced = TwoShortKeys.Replace("routingKey: testroutingkey", "routingKey: testroutingkey # kibana-connectors: ignore KC0202, KC0401 -- reviewed");
            Assert.Equal(2, Codes(spaced).Count);
        }

        [Fact]
        public void A_comment_on_its_own_line_silences_the_next_line_of_settings()
        {
            // Blank lines and other comments between the comment and the line are skipped, as they hold no settings.
            var yaml = TwoShortKeys.Replace("      routingKey: otherroutingke", "      # kibana-connectors: ignore KC0202\n\n      # the staging key\n      routingKey: otherroutingke");
            Assert.Equal(
                new[] { At("KC0202", yaml, "testroutingkey"), At("KC0401", yaml, "testroutingkey"), At("KC0401", yaml, "otherroutingke") },
                Codes(yaml));
        }

        [Fact]
        public void Ignore_file_silences_the_id_everywhere_in_the_file()
        {
            var yaml = "# kibana-connectors: ignore-file KC0401 -- a local test stack\n" + TwoShortKeys;
            Assert.Equal(new[] { At("KC0202", yaml, "testroutingkey"), At("KC0202", yaml, "otherroutingke") }, Codes(yaml));
        }

        [Fact]
        public void A_hash_inside_a_quoted_or_block_scalar_is_no_comment()
        {
            var quoted = TwoShortKeys.Replace("name: First", "name: \"First # kibana-connectors: ignore-file KC0202\"");
            Assert.Equal(4, Codes(quoted).Count);
            var single = TwoShortKeys.Replace("name: First", "name: 'First # kibana-connectors: ignore-file KC0202'");
            Assert.Equal(4, Codes(single).Count);
            var block = TwoShortKeys.Replace("    name: First", "    name: |\n      First\n      # kibana-connectors: ignore-file KC0202");
            Assert.Equal(4, Codes(block).Count);
        }

        [Fact]
        public void A_suppression_that_silences_nothing_is_KC0016_at_its_id()
        {
            var yaml = TwoShortKeys.Replace("    name: First", "    name: First  # kibana-connectors: ignore KC0202");
            var diagnostics = Check(("/p/kibana.yml", yaml));
            var unused = Assert.Single(diagnostics, d => d.Id == "KC0016");
            Assert.Equal(Pos(yaml, "KC0202"), $"{unused.Span.StartLine + 1}:{unused.Span.StartColumn + 1}");
            Assert.Equal("KC0202", yaml.Substring(unused.Span.Start, unused.Span.End - unused.Span.Start));
            Assert.Equal(Severity.Warning, unused.Severity);
            Assert.Contains("no KC0202 is reported on line 4; remove KC0202 from the comment", unused.Message);
            // The comment silenced nothing, so both KC0202 are still there.
            Assert.Equal(2, diagnostics.Count(d => d.Id == "KC0202"));

            var file = Check(("/p/kibana.yml", "# kibana-connectors: ignore-file KC0303\n" + TwoShortKeys)).Single(d => d.Id == "KC0016");
            Assert.Contains("no KC0303 is reported in this file", file.Message);

            var last = Check(("/p/kibana.yml", TwoShortKeys + "# kibana-connectors: ignore KC0202\n")).Single(d => d.Id == "KC0016");
            Assert.Contains("as no line of settings follows it", last.Message);
        }

        [Fact]
        public void An_unknown_id_is_KC0016_with_the_closest_ids()
        {
            var yaml = TwoShortKeys.Replace("routingKey: testroutingkey", "routingKey: testroutingkey # kibana-connectors: ignore KC202");
            var diagnostics = Check(("/p/kibana.yml", yaml));
            var unknown = Assert.Single(diagnostics, d => d.Id == "KC0016");
            Assert.Equal(Pos(yaml, "KC202"), $"{unknown.Span.StartLine + 1}:{unknown.Span.StartColumn + 1}");
            Assert.Contains("'KC202' is not the id of a diagnostic of settings files (did you mean 'KC0202'?)", unknown.Message);
            var fix = Assert.Single(unknown.Fixes);
            Assert.Equal("KC0202", fix.Text);
            Assert.Equal("KC202", yaml.Substring(fix.Span.Start, fix.Span.End - fix.Span.Start));

            var csharp = Check(("/p/kibana.yml", TwoShortKeys + "# kibana-connectors: ignore-file KC1001\n")).Single(d => d.Id == "KC0016");
            Assert.Contains("KC1001 is reported in C# code, not in settings files", csharp.Message);
        }

        [Fact]
        public void A_comment_that_is_no_suppression_is_KC0016_with_what_to_write()
        {
            var misspelt = Check(("/p/kibana.yml", "# kibana-connectors: ignroe KC0202\n" + TwoShortKeys)).Single(d => d.Id == "KC0016");
            Assert.Contains("'ignroe' is not a suppression (did you mean 'ignore'?)", misspelt.Message);
            Assert.Equal("1:22", $"{misspelt.Span.StartLine + 1}:{misspelt.Span.StartColumn + 1}");
            Assert.Equal("ignore", Assert.Single(misspelt.Fixes).Text);

            var empty = Check(("/p/kibana.yml", "# kibana-connectors: ignore -- why\n" + TwoShortKeys)).Single(d => d.Id == "KC0016");
            Assert.Contains("'ignore' names no id", empty.Message);

            // A comment that only mentions the tool is left alone.
            Assert.DoesNotContain(Check(("/p/kibana.yml", "# checked by kibana-connectors: see docs\n" + TwoShortKeys)), d => d.Id == "KC0016");
        }

        [Fact]
        public void A_diagnostic_of_the_whole_set_is_silenced_in_the_file_it_is_reported_in()
        {
            const string first = "xpack.actions.preconfigured:\n  log: {actionTypeId: .server-log, name: One}\n";
            const string second = "xpack.actions.preconfigured:\n  log: {actionTypeId: .server-log, name: Two} # kibana-connectors: ignore KC0003 -- replaced on deploy\n";
            Assert.Equal(new[] { "KC0003@2:3" }, Codes(Check(("/p/a.connectors.yml", first), ("/p/b.connectors.yml", second.Replace(" # kibana-connectors: ignore KC0003 -- replaced on deploy", string.Empty)))));
            Assert.Empty(Check(("/p/a.connectors.yml", first), ("/p/b.connectors.yml", second)));
        }

        [Fact]
        public void Comments_inside_a_helm_charts_kibana_yml_are_that_files_at_the_outer_places()
        {
            const string values = @"kibanaConfig:
  kibana.yml: |
    # kibana-connectors: ignore-file KC0401 -- a test stack
    xpack.actions.preconfigured:
      pd:
        actionTypeId: .pagerduty
        name: PD
        secrets:
          routingKey: testroutingkey # kibana-connectors: ignore KC0202
      other:
        actionTypeId: .server-log
        name: Log # kibana-connectors: ignore KC0106
";
            var result = Check(("/p/values.yaml", values));
            var unused = Assert.Single(result);
            Assert.Equal("KC0016", unused.Id);
            Assert.Equal(Pos(values, "KC0106"), $"{unused.Span.StartLine + 1}:{unused.Span.StartColumn + 1}");
            Assert.Contains("on line 12", unused.Message);
        }

        [Fact]
        public void The_build_reports_no_suppressed_diagnostic_and_KC0016_at_the_comment()
        {
            var yaml = TwoShortKeys.Replace("routingKey: testroutingkey", "routingKey: testroutingkey # kibana-connectors: ignore KC0202, KC0401")
                .Replace("    name: Second", "    name: Second # kibana-connectors: ignore KC0103");
            var result = GeneratorHarness.Run(yaml);
            Assert.Equal(new[] { At("KC0016", yaml, "KC0103"), At("KC0202", yaml, "otherroutingke"), At("KC0401", yaml, "otherroutingke") }, result.Codes);
            var unused = result.Diagnostics.Single(d => d.Id == "KC0016");
            Assert.Equal(DiagnosticSeverity.Warning, unused.Severity);
            Assert.Equal("KC0103", Covered(unused, yaml));
            Assert.Empty(result.CompilationErrors);
        }

        [Fact]
        public void A_comment_only_edit_that_changes_a_suppression_changes_the_builds_diagnostics()
        {
            var before = new InMemoryAdditionalText("/p/kibana.yml", TwoShortKeys);
            var compilation = GeneratorHarness.Compilation("class C { }");
            var driver = GeneratorHarness.CreateDriver(new AdditionalText[] { before }).RunGenerators(compilation);
            Assert.Equal(4, driver.GetRunResult().Diagnostics.Length);

            driver = driver.ReplaceAdditionalText(before, new InMemoryAdditionalText(before.Path, "# kibana-connectors: ignore-file KC0202, KC0401\n" + TwoShortKeys));
            Assert.Empty(driver.RunGenerators(compilation).GetRunResult().Diagnostics);
        }

        [Fact]
        public async Task The_ides_analyzer_honours_the_same_comments()
        {
            var yaml = TwoShortKeys.Replace("routingKey: testroutingkey", "routingKey: testroutingkey # kibana-connectors: ignore KC0202, KC0401 -- staging")
                + "# kibana-connectors: ignore KC0202\n";
            var options = GeneratorHarness.DefaultOptions(("DesignTimeBuild", "true"));
            var analyzerOptions = new AnalyzerOptions(ImmutableArray.Create<AdditionalText>(new InMemoryAdditionalText("/p/kibana.yml", yaml)), new TestOptionsProvider(options));
            var found = await GeneratorHarness.Compilation("class C { }").WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new SettingsFileAnalyzer()), analyzerOptions).GetAnalyzerDiagnosticsAsync();
            Assert.Equal(
                new[] { At("KC0202", yaml, "otherroutingke"), At("KC0401", yaml, "otherroutingke"), At("KC0016", yaml, "KC0202", 2) },
                found.Select(d => $"{d.Id}@{d.Location.GetLineSpan().StartLinePosition.Line + 1}:{d.Location.GetLineSpan().StartLinePosition.Character + 1}")
                    .OrderBy(c => int.Parse(c.Split('@', ':')[1], System.Globalization.CultureInfo.InvariantCulture)).ThenBy(c => c, System.StringComparer.Ordinal));
        }
    }
}

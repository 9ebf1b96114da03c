using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using KibanaConnectors.Rules.Diagnostics;
using KibanaConnectors.Tests.Node;
using Xunit;

namespace KibanaConnectors.Generator.Tests
{
    /// <summary>What pipelines read: --fail-level's exit codes, and SARIF for code scanning (every rule with its help).</summary>
    public sealed partial class CliTests
    {
        // An error (KC0202), a warning (KC0401: the key written out) and nothing else.
        private const string ErrorAndWarning = "xpack.actions.preconfigured:\n  pd:\n    actionTypeId: .pagerduty\n    name: PD\n    secrets:\n      routingKey: s3cr3t-x\n";

        // A warning only (KC0401).
        private const string WarningOnly = "xpack.actions.preconfigured:\n  pd:\n    actionTypeId: .pagerduty\n    name: PD\n    secrets:\n      routingKey: 0123456789abcdef0123456789abcdef\n";

        [Theory]
        [InlineData(null, 1, 0)]
        [InlineData("error", 1, 0)]
        [InlineData("warning", 1, 1)]
        [InlineData("WARNING", 1, 1)]
        [InlineData("none", 0, 0)]
        public void Fail_level_chooses_which_problems_make_check_exit_1(string? level, int withError, int withWarning)
        {
            var options = level == null ? Array.Empty<string>() : new[] { "--fail-level", level };
            var error = Run(string.Empty, new[] { "check", File("error.yml", ErrorAndWarning), "--format", "msbuild" }.Concat(options).ToArray());
            var warning = Run(string.Empty, new[] { "check", File("warning.yml", WarningOnly), "--format", "msbuild" }.Concat(options).ToArray());
            var clean = Run(string.Empty, new[] { "check", File("clean.yml", Good) }.Concat(options).ToArray());

            Assert.Equal(withError, error.Exit);
            Assert.Equal(withWarning, warning.Exit);
            Assert.Equal(0, clean.Exit);

            // The problems are shown whatever the level, warnings as warnings (unlike --warnaserror).
            Assert.Contains("(6,19): error KC0202", error.Out);
            Assert.Contains("(6,19): warning KC0401", warning.Out);
        }

        [Fact]
        public void Fail_level_warning_keeps_warnings_as_warnings_and_a_bad_level_is_a_usage_error()
        {
            var path = File("warning.yml", WarningOnly);
            var github = Run(string.Empty, "check", path, "--format", "github", "--fail-level", "warning");
            Assert.Equal(1, github.Exit);
            Assert.StartsWith("::warning file=", github.Out);

            var bad = Run(string.Empty, "check", path, "--fail-level", "warnings");
            Assert.Equal(2, bad.Exit);
            Assert.Contains("--fail-level 'warnings' is not a level (did you mean 'warning'?)", bad.Err);
            Assert.Contains("--fail-level <level>", Run(string.Empty, "check", "--help").Out);
        }

        [Fact]
        public void Sarif_lists_every_rule_with_its_page_as_help_whether_it_fired_or_not()
        {
            using var sarif = JsonDocument.Parse(Run(string.Empty, "check", File("kibana.yml", Broken), "--format", "sarif").Out);
            var run = sarif.RootElement.GetProperty("runs")[0];
            var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
            Assert.Equal(DiagnosticRules.All.Select(r => r.Id), rules.Select(r => r.GetProperty("id").GetString()));

            foreach (var (rule, descriptor) in DiagnosticRules.All.Zip(rules))
            {
                Assert.Equal(rule.Title, descriptor.GetProperty("shortDescription").GetProperty("text").GetString());
                Assert.Equal(rule.HelpText, descriptor.GetProperty("fullDescription").GetProperty("text").GetString());
                var help = descriptor.GetProperty("help");
                var page = DiagnosticHelp.Page(rule.Id)!;
                Assert.Equal(page, help.GetProperty("markdown").GetString());

                // The text is the page without markdown: headings underlined, no fences, links as their text.
                var text = help.GetProperty("text").GetString()!;
                Assert.StartsWith($"{rule.Id}: {rule.Title}\n", text);
                Assert.DoesNotContain("```", text);
                Assert.DoesNotContain("\n## ", text);
                Assert.Contains("What it means\n-------------", text);

                // Built without a repository URL: no link.
                Assert.False(descriptor.TryGetProperty("helpUri", out _), rule.Id);
                var level = descriptor.GetProperty("defaultConfiguration").GetProperty("level").GetString();
                Assert.Equal(rule.Severity switch { Severity.Error => "error", Severity.Warning => "warning", Severity.Info => "note", _ => "none" }, level);
            }

            Assert.False(run.GetProperty("tool").GetProperty("driver").TryGetProperty("informationUri", out _));

            // Each result names its rule by id and by index.
            var results = run.GetProperty("results").EnumerateArray().ToList();
            Assert.Equal(new[] { "KC0301", "KC0202", "KC0401", "KC0102" }, results.Select(r => r.GetProperty("ruleId").GetString()));
            Assert.All(results, r => Assert.Equal(r.GetProperty("ruleId").GetString(), rules[r.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString()));
        }

        // The SARIF 2.1.0 JSON Schema (as Microsoft's SARIF Multitool ships it) and the Multitool's validator, over logs
        // with results of every kind the tool writes: located, from standard input (no location), none at all.
        [NodeFact("Sarif")]
        public void Sarif_logs_are_valid_against_the_sarif_2_1_0_schema_and_the_sarif_validator()
        {
            var logs = new List<string>
            {
                File("broken.sarif", Run(string.Empty, "check", File("kibana.yml", Broken), File("ops.connectors.yml", ErrorAndWarning.Replace("pd:", "pd2:")), "--format", "sarif").Out),
                File("stdin.sarif", Run(Broken, "check", "-", "--format", "sarif", "--warnaserror").Out),
                File("clean.sarif", Run(string.Empty, "check", File("clean.yml", Good), "--format", "sarif").Out),
            };

            using var report = JsonDocument.Parse(NodeScript.Run("Sarif", "validate.mjs", string.Empty, TimeSpan.FromMinutes(3), logs.ToArray()));
            foreach (var log in logs)
            {
                var checkedLog = report.RootElement.GetProperty(log);
                Assert.Empty(checkedLog.GetProperty("schema").EnumerateArray().Select(p => p.GetString()));

                // The one piece of advice left is the tool's informationUri, which exists only when the tool is packed
                // with a repository URL (HelpLinkTests checks it is then written).
                var advice = checkedLog.GetProperty("validator").EnumerateArray().Select(p => p.GetString()!).ToList();
                Assert.DoesNotContain(advice, a => !(a.StartsWith("SARIF2005 warning:", StringComparison.Ordinal) && a.Contains("Warning_ProvideToolnformationUri")));
            }

            // Broken on purpose, the schema check is seen to work.
            var invalid = File("invalid.sarif", System.IO.File.ReadAllText(logs[0]).Replace("\"level\": \"error\"", "\"level\": \"fatal\""));
            using var rejected = JsonDocument.Parse(NodeScript.Run("Sarif", "validate.mjs", string.Empty, TimeSpan.FromMinutes(3), invalid));
            Assert.Contains(rejected.RootElement.GetProperty(invalid).GetProperty("schema").EnumerateArray(), p => p.GetString()!.EndsWith("/level must be equal to one of the allowed values", StringComparison.Ordinal));
        }
    }
}

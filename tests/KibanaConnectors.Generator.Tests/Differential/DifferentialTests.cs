using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using KibanaConnectors.Rules.Common;
using KibanaConnectors.Rules.Diagnostics;
using KibanaConnectors.Rules.Model;
using KibanaConnectors.Rules.Set;
using KibanaConnectors.Tests.Node;
using Xunit;
using Xunit.Abstractions;

namespace KibanaConnectors.Generator.Tests.Differential
{
    /// <summary>
    /// The rules core against Kibana's real readers (tests/Differential/kibana-read.js: the yaml package, js-yaml 4 and
    /// js-yaml 3 with kbn-config's splitting and merging): per file, whether Kibana loads it, and the ids, types and
    /// names of its connectors. A few hundred seeded files per run (KIBANACONNECTORS_DIFFERENTIAL_FILES for more,
    /// KIBANACONNECTORS_DIFFERENTIAL_SEED to replay), in each reader; the files under
    /// TestData/differential-regressions are disagreements found once, replayed by every run.
    /// </summary>
    public class DifferentialTests
    {
        private static readonly (string Mode, string Version)[] s_readers = { ("yaml", "9.4"), ("js-yaml", "9.2"), ("js-yaml-3", "8.18") };

        private readonly ITestOutputHelper _output;

        public DifferentialTests(ITestOutputHelper output) => _output = output;

        [NodeFact("Differential")]
        public void Generated_files_read_as_kibana_reads_them()
        {
            var count = int.TryParse(Environment.GetEnvironmentVariable("KIBANACONNECTORS_DIFFERENTIAL_FILES"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 300;
            var seed = int.TryParse(Environment.GetEnvironmentVariable("KIBANACONNECTORS_DIFFERENTIAL_SEED"), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var s) ? s : Environment.TickCount & 0x7FFFFFFF;
            _output.WriteLine($"seed {seed} (KIBANACONNECTORS_DIFFERENTIAL_SEED={seed} replays it), {count} files per reader");

            var stress = new StressFiles(seed);
            var texts = Enumerable.Range(0, count).Select(_ => stress.Next()).ToList();
            var disagreements = Compare(texts);
            Assert.True(disagreements.Count == 0, $"seed {seed}: {disagreements.Count} disagreements with Kibana's readers; the first ones:\n" + string.Join("\n\n", disagreements.Take(Environment.GetEnvironmentVariable("KIBANACONNECTORS_DIFFERENTIAL_SHOW") == "all" ? int.MaxValue : 5)));
        }

        [NodeFact("Differential")]
        public void Regression_files_read_as_kibana_reads_them()
        {
            var folder = Path.Combine(AppContext.BaseDirectory, "TestData", "differential-regressions");
            var texts = Directory.GetFiles(folder, "*.yml").OrderBy(f => f, StringComparer.Ordinal).Select(File.ReadAllText).ToList();
            Assert.NotEmpty(texts);
            var disagreements = Compare(texts);
            Assert.True(disagreements.Count == 0, string.Join("\n\n", disagreements));
        }

        private List<string> Compare(IReadOnlyList<string> texts)
        {
            var watch = Stopwatch.StartNew();
            var requests = s_readers.SelectMany(r => texts.Select(t => (r.Mode, t))).ToList();
            var kibana = KibanaOracle.Read(requests);
            var node = watch.Elapsed;
            var disagreements = new List<string>();
            for (var i = 0; i < requests.Count; i++)
            {
                var (mode, text) = requests[i];
                var version = s_readers.Single(r => r.Mode == mode).Version;
                var ours = Ours(text, version);
                var theirs = kibana[i];
                if (Disagreement(mode, ours, theirs) is string why)
                {
                    disagreements.Add($"{mode} (Kibana {version}): {why}\n--- file ---\n{text}--- ours: {string.Join(" | ", ours.Errors.Select(e => e.Id + " " + e.Message))}\n--- Kibana: {theirs.Stage} {theirs.Error}");
                }
            }

            _output.WriteLine($"{requests.Count} reads: Node {node.TotalSeconds:F1} s, all {watch.Elapsed.TotalSeconds:F1} s, {disagreements.Count} disagreements");
            return disagreements;
        }

        private static OurResult Ours(string text, string version)
        {
            var options = ProjectOptions.Default with { KibanaVersion = KibanaVersion.Parse(version)!.Value };
            var set = ConnectorSetBuilder.Read(new[] { ("/p/kibana.yml", text) }, options, EquatableArray<string>.Empty);
            var errors = set.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
            var connectors = set.Connectors.Select(c => c.Connector).Where(c => c.BuiltInBy == null)
                .Select(c => (c.Id, c.ActionTypeId, c.Name)).ToList();
            return new OurResult(errors, connectors, set.Diagnostics.ToList());
        }

        private static string? Disagreement(string mode, OurResult ours, KibanaResult kibana)
        {
            var errors = ours.Errors.ToList();

            // Known difference: js-yaml 3 (8.18 and earlier, 9.0) makes a '__proto__:' key the prototype of its map, so the
            // key vanishes and the map stops being a plain object; KC0011 here, as Kibana's later readers make it.
            if (mode == "js-yaml-3" && errors.Any(e => e.Id == DiagnosticRules.ForbiddenPath.Id && e.Message.Contains(".__proto__'")))
            {
                return null;
            }
            var theirs = kibana.Connectors.ToList();

            // Documented choice: the same setting written twice (two spellings, two keys that give one name, an empty
            // map over settings) is reported here (KC0018, a warning; KC0019 when it drops connectors and KC0003 for a
            // connector id, errors), where Kibana keeps the last value. The connectors must still be the ones Kibana
            // ends up with.
            var twice = ours.All.Where(IsWrittenTwice).ToList();
            if (twice.Count > 0 && !kibana.WrittenTwice && kibana.Loads)
            {
                return "we report a setting written twice, Kibana saw none";
            }

            errors.RemoveAll(IsWrittenTwice);

            // Documented choice: the alert history id is an error here (KC0006) that stops the entry being read; Kibana
            // checks the entry against its schema, then drops it with a log line.
            if (errors.RemoveAll(e => e.Id == DiagnosticRules.InvalidId.Id && e.Message.Contains("'preconfigured-alert-history-es-index'")) > 0 && !kibana.Loads)
            {
                return null;
            }

            theirs.RemoveAll(c => c.Id == "preconfigured-alert-history-es-index");

            // Documented choice: a file whose root is not a map is KC0005 here; Kibana reads no settings from it.
            if (kibana.Loads && theirs.Count == 0 && errors.Count == 1 && errors[0].Id == DiagnosticRules.NotAMap.Id && errors[0].Message.StartsWith("A Kibana settings file", StringComparison.Ordinal))
            {
                return null;
            }

            var oursLoad = errors.Count == 0;
            if (oursLoad != kibana.Loads)
            {
                return oursLoad ? "Kibana refuses the file, we read it" : "Kibana reads the file, we refuse it";
            }

            if (!oursLoad)
            {
                return null;
            }

            var a = Describe(ours.Connectors);
            var b = Describe(theirs);
            return a == b ? null : $"connectors differ: ours [{a}], Kibana's [{b}]";
        }

        private static bool IsWrittenTwice(DiagnosticInfo diagnostic) =>
            diagnostic.Id == DiagnosticRules.SettingWrittenTwice.Id || diagnostic.Id == DiagnosticRules.ConnectorsDropped.Id
            || (diagnostic.Id == DiagnosticRules.DuplicateId.Id && diagnostic.Message.Contains("Kibana keeps the one it reads last"));

        private static string Describe(IEnumerable<(string Id, string ActionTypeId, string Name)> connectors) =>
            string.Join(", ", connectors.OrderBy(c => c.Id, StringComparer.Ordinal).Select(c => $"{c.Id}/{c.ActionTypeId}/{c.Name}"));

        private sealed record OurResult(List<DiagnosticInfo> Errors, List<(string Id, string ActionTypeId, string Name)> Connectors, List<DiagnosticInfo> All);
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using KibanaConnectors.Rules.Common;
using KibanaConnectors.Rules.Diagnostics;
using KibanaConnectors.Rules.Model;
using KibanaConnectors.Rules.Set;
using Xunit;

namespace KibanaConnectors.Generator.Tests
{
    /// <summary>
    /// Config and secrets cases ported from Kibana's own tests (TestData/KibanaCases/*.yml, one settings file per case),
    /// each run through the rules core as a project's only settings file. Each case's header says where it comes from,
    /// what Kibana does and what we do:
    /// <code>
    /// # == case: describe > test name
    /// # source: path of the Kibana test, relative to elastic/kibana
    /// # kibana: accepts | refuses
    /// # expect: accepted | refused | refused KCxxxx at 'text'   (the error and where: the first place 'text' is written)
    /// # stricter: why we refuse what Kibana accepts        (required when kibana accepts and we refuse)
    /// # mock: why Kibana's test passes only through a mock (the case then takes the real verdict)
    /// # kibana-version: 9.2                                 (optional: KibanaConnectorsKibanaVersion)
    /// </code>
    /// Warnings never decide a verdict: Kibana accepts what we only warn about.
    /// </summary>
    public class KibanaConnectorCaseTests
    {
        private const string CaseMarker = "# == case:";

        private static readonly Dictionary<string, PortedCase> s_cases = LoadCases().ToDictionary(c => c.Key, StringComparer.Ordinal);

        public static TheoryData<string> Cases()
        {
            var data = new TheoryData<string>();
            foreach (var key in s_cases.Keys)
            {
                data.Add(key);
            }

            return data;
        }

        [Theory]
        [MemberData(nameof(Cases))]
        public void Our_verdict_is_Kibanas_or_a_documented_stricter_one(string key)
        {
            var c = s_cases[key];
            Assert.False(string.IsNullOrWhiteSpace(c.Source), "every case names its Kibana test (# source:)");
            Assert.Contains(c.Kibana, new[] { "accepts", "refuses" });
            if (c.Kibana == "accepts" && c.Expect != "accepted")
            {
                Assert.False(string.IsNullOrWhiteSpace(c.Stricter), "a refusal of what Kibana accepts must say why we are stricter (# stricter:)");
            }

            if (c.Kibana == "refuses")
            {
                Assert.NotEqual("accepted", c.Expect);
            }

            var options = ProjectOptions.Default with { KibanaVersion = c.Version ?? KibanaVersion.Newest };
            var set = ConnectorSetBuilder.Read(new[] { ("/project/kibana.yml", c.Yaml) }, options, EquatableArray<string>.Empty);
            var errors = set.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
            var shown = string.Join("\n", errors.Select(d => $"{d.Id}@{d.Span.StartLine + 1}:{d.Span.StartColumn + 1} {d.Message}"));
            if (c.Expect == "accepted")
            {
                Assert.True(errors.Count == 0, $"expected no error, got:\n{shown}");
                return;
            }

            Assert.True(errors.Count > 0, "expected an error, got none");
            var parts = c.Expect.Split(new[] { ' ' }, 3);
            if (parts.Length == 1)
            {
                return;
            }

            var id = parts[1];
            // The text is quoted with ' or ", one character at each end, so that it may hold the other quote.
            var quoted = parts[2].Substring("at ".Length);
            var text = quoted.Substring(1, quoted.Length - 2);
            // The first place the text is written below the header (whose comments name it too).
            var body = c.Yaml.IndexOf("\nxpack", StringComparison.Ordinal);
            var occurrence = 1 + CountOf(c.Yaml.Substring(0, body < 0 ? 0 : body), text);
            var position = YamlPositions.Pos(c.Yaml, text, occurrence);
            Assert.True(
                errors.Any(d => d.Id == id && $"{d.Span.StartLine + 1}:{d.Span.StartColumn + 1}" == position),
                $"expected {id} at {position} ('{text}'), got:\n{shown}");
        }

        [Fact]
        public void Every_type_of_the_catalogue_has_ported_cases()
        {
            foreach (var spec in KibanaConnectors.Rules.Catalogue.ConnectorCatalogue.All)
            {
                Assert.Contains(s_cases.Values, c => c.Yaml.Contains("actionTypeId: " + spec.ActionTypeId + "\n", StringComparison.Ordinal));
            }
        }

        private static int CountOf(string text, string part)
        {
            var count = 0;
            for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + 1, StringComparison.Ordinal))
            {
                count++;
            }

            return count;
        }

        private static IEnumerable<PortedCase> LoadCases()
        {
            var folder = Path.Combine(AppContext.BaseDirectory, "TestData", "KibanaCases");
            foreach (var file in Directory.GetFiles(folder, "*.yml").OrderBy(f => f, StringComparer.Ordinal))
            {
                var name = Path.GetFileNameWithoutExtension(file);
                var text = File.ReadAllText(file).Replace("\r\n", "\n");
                var chunks = text.Split(new[] { CaseMarker }, StringSplitOptions.None).Skip(1).ToList();
                for (var i = 0; i < chunks.Count; i++)
                {
                    yield return PortedCase.Parse(name, i + 1, CaseMarker + chunks[i]);
                }
            }
        }

        private sealed record PortedCase(string File, int Number, string Title, string Source, string Kibana, string Expect, string? Stricter, KibanaVersion? Version, string Yaml)
        {
            public string Key => $"{File} {Number:D3}: {Title}";

            public static PortedCase Parse(string file, int number, string text)
            {
                var lines = text.Split('\n');
                string Header(string name) =>
                    lines.Where(l => l.StartsWith("# " + name + ":", StringComparison.Ordinal)).Select(l => l.Substring(name.Length + 3).Trim()).FirstOrDefault() ?? string.Empty;
                var version = Header("kibana-version");
                return new PortedCase(
                    file,
                    number,
                    lines[0].Substring(CaseMarker.Length).Trim(),
                    Header("source"),
                    Header("kibana"),
                    Header("expect"),
                    Header("stricter") is { Length: > 0 } stricter ? stricter : null,
                    version.Length == 0 ? null : KibanaVersion.Parse(version),
                    text);
            }
        }
    }
}

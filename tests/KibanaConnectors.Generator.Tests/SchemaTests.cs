using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using KibanaConnectors.Rules.Diagnostics;
using KibanaConnectors.Rules.Model;
using KibanaConnectors.Rules.Set;
using KibanaConnectors.Tests.Node;
using Xunit;
using Xunit.Abstractions;

namespace KibanaConnectors.Generator.Tests
{
    /// <summary>
    /// The JSON Schema written from the catalogue: checked in as the tool prints it, and, read the way an editor reads
    /// YAML (npm's yaml and ajv), it never flags a file the rules accept.
    /// </summary>
    public sealed class SchemaTests : IDisposable
    {
        private static readonly string s_checkedIn = Path.Combine(GeneratorHarness.RepositoryRoot(), "schemas", "kibana-connectors.schema.json");

        private readonly ITestOutputHelper _output;
        private readonly string _folder = Path.Combine(Path.GetTempPath(), "kc-schema-" + Guid.NewGuid().ToString("N").Substring(0, 8));

        public SchemaTests(ITestOutputHelper output)
        {
            _output = output;
            Directory.CreateDirectory(_folder);
        }

        public void Dispose() => Directory.Delete(_folder, recursive: true);

        [Fact]
        public void The_checked_in_schema_is_what_the_tool_prints()
        {
            var printed = new StringWriter();
            Assert.Equal(0, KibanaConnectors.Cli.Program.Run(new[] { "schema" }, new StringReader(string.Empty), printed, new StringWriter()));
            if (Environment.GetEnvironmentVariable(Snapshot.UpdateVariable) == "1")
            {
                File.WriteAllText(s_checkedIn, printed.ToString());
            }

            Assert.True(File.ReadAllText(s_checkedIn).Replace("\r\n", "\n") == printed.ToString(),
                $"schemas/kibana-connectors.schema.json differs from 'kibana-connectors schema'; run the tests with {Snapshot.UpdateVariable}=1 to write it, and review the diff");
            using var schema = JsonDocument.Parse(printed.ToString());
            Assert.Equal("http://json-schema.org/draft-07/schema#", schema.RootElement.GetProperty("$schema").GetString());
        }

        [NodeFact("Schema")]
        public void The_schema_flags_no_file_the_rules_accept_and_catches_part_of_what_they_refuse()
        {
            var seed = 20261201;
            var random = new Random(seed);
            var files = new List<(string Path, bool Accepted)>();
            void Add(string text, bool mergeKeys = false)
            {
                var path = Path.Combine(_folder, files.Count.ToString("D4", System.Globalization.CultureInfo.InvariantCulture) + ".yml");
                File.WriteAllText(path, text);
                var options = ProjectOptions.Default with { ApplyMergeKeys = mergeKeys };
                var errors = ConnectorSetBuilder.Read(new[] { (path, text) }, options, default).Diagnostics.Where(d => d.Severity == Severity.Error);
                files.Add((path, !errors.Any()));
            }

            Add(File.ReadAllText(Path.Combine(GeneratorHarness.RepositoryRoot(), "samples", "ConnectorCatalog", "kibana.yml")));
            Add(GeneratorHarness.ReadTestData("reference-examples.yml"));

            // Spec connectors: secrets keyed by authType, written out, as ${NAME} or misspelt.
            foreach (var authType in new[] { "bearer", "${GITHUB_AUTH_TYPE}", "bearr" })
            {
                Add($"xpack.actions.preconfigured:\n  gh:\n    actionTypeId: .github\n    name: GitHub\n    secrets:\n      authType: {authType}\n      token: ${{GITHUB_TOKEN}}\n");
            }

            Add("xpack.actions.preconfigured:\n  vt:\n    actionTypeId: .virustotal\n    name: VirusTotal\n    secrets:\n      authType: api_key_header\n      x-apikey: ${VT_KEY}\n");

            // Valid sets of every type in every spelling (nested, flat, mixed, flow; anchors, merge keys; quotes), as the property tests write them.
            for (var i = 0; i < 150; i++)
            {
                var (_, text, writer) = RoundTripPropertyTests.Write(RoundTripPropertyTests.RandomSet(random), random, canonical: false);
                Add(text, writer.MergeKeys);
            }

            // Mutations of a valid file of every type: some still accepted, most refused, each in its own way.
            var valid = RoundTripPropertyTests.Write(RoundTripPropertyTests.RandomSet(new Random(1)), new Random(1), canonical: true).Text;
            var lines = valid.Replace("\r\n", "\n").Split('\n').ToList();
            for (var i = 0; i < 300; i++)
            {
                Add(FuzzTests.Mutate(lines, random));
            }

            var input = JsonSerializer.Serialize(files.Select(f => f.Path).ToList());
            var found = JsonSerializer.Deserialize<Dictionary<string, string[]>>(
                NodeScript.Run("Schema", "validate.mjs", input, TimeSpan.FromMinutes(2), s_checkedIn))!;

            var flaggedButAccepted = files.Where(f => f.Accepted && found[f.Path].Length > 0).ToList();
            Assert.True(flaggedButAccepted.Count == 0, $"the schema flags {flaggedButAccepted.Count} file(s) the rules accept (seed {seed}), e.g. {flaggedButAccepted.Select(f => f.Path + ": " + string.Join("; ", found[f.Path].Take(3)) + "\n" + File.ReadAllText(f.Path)).FirstOrDefault()}");

            var accepted = files.Count(f => f.Accepted);
            var refused = files.Where(f => !f.Accepted).ToList();
            var notYaml = refused.Count(f => found[f.Path].Any(p => p.StartsWith("not YAML", StringComparison.Ordinal)));
            var caught = refused.Count(f => found[f.Path].Length > 0) - notYaml;
            var readable = refused.Count - notYaml;
            _output.WriteLine($"seed {seed}: {accepted} files the rules accept, none flagged by the schema; {refused.Count} refused: {notYaml} that the yaml package does not read either, and of the {readable} it reads, {caught} ({100.0 * caught / Math.Max(1, readable):F0}%) flagged by the schema");
            Assert.True(accepted > 150, "most generated files are valid");
            Assert.True(caught > 0, "the schema catches some broken files");
        }
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using KibanaConnectors.Rules.Set;
using KibanaConnectors.Tests.Node;
using Xunit;

namespace KibanaConnectors.Generator.Tests
{
    /// <summary>
    /// The JSON Schema of .kibana-connectors.yml: checked in as written from the reader's lists, and, read as an editor
    /// reads YAML (npm's yaml and ajv), it accepts what the reader accepts and flags what it can of the rest.
    /// </summary>
    public sealed class ConfigSchemaTests : IDisposable
    {
        private static readonly string s_checkedIn = Path.Combine(GeneratorHarness.RepositoryRoot(), "schemas", "kibana-connectors-config.schema.json");

        private readonly string _folder = Path.Combine(Path.GetTempPath(), "kc-config-schema-" + Guid.NewGuid().ToString("N").Substring(0, 8));

        public ConfigSchemaTests() => Directory.CreateDirectory(_folder);

        public void Dispose() => Directory.Delete(_folder, recursive: true);

        [Fact]
        public void The_checked_in_schema_is_what_the_writer_writes_from_the_readers_lists()
        {
            var written = KibanaConnectors.Cli.ConfigSchemaWriter.Write();
            if (Environment.GetEnvironmentVariable(Snapshot.UpdateVariable) == "1")
            {
                File.WriteAllText(s_checkedIn, written);
            }

            Assert.True(File.ReadAllText(s_checkedIn).Replace("\r\n", "\n") == written,
                $"schemas/kibana-connectors-config.schema.json differs from ConfigSchemaWriter's; run the tests with {Snapshot.UpdateVariable}=1 to write it, and review the diff");
            using var schema = JsonDocument.Parse(written);
            var keys = schema.RootElement.GetProperty("properties").EnumerateObject().Select(p => p.Name);
            Assert.Equal(ProjectConfigFile.Keys.Select(k => k.Key), keys);
            var ids = schema.RootElement.GetProperty("properties").GetProperty("severities").GetProperty("propertyNames").GetProperty("enum").EnumerateArray().Select(e => e.GetString());
            Assert.Contains("KC0401", ids);
            Assert.Contains("KC0016", ids);
            Assert.DoesNotContain("KC0017", ids);
            Assert.DoesNotContain("KC1001", ids);
        }

        [NodeFact("Schema")]
        public void The_schema_accepts_what_the_reader_accepts_and_flags_unknown_keys_ids_and_severities()
        {
            var cases = new List<(string Text, bool SchemaFlags)>
            {
                ("kibanaVersion: 8.18\nlicense: gold\nmergeKeys: true\nelasticCloud: false\nkeystore: keys.txt\nshape: helm\nseverities:\n  KC0401: none\n  KC0016: error\n", false),
                ("kibanaVersion: '9.2'\nkeystore: [a.txt, secrets.yaml]\nseverities: {KC0302: info}\n", false),
                ("kibanaVerison: 8.18\n", true),
                ("severities:\n  KC401: none\n", true),
                ("severities:\n  KC0401: off\n", true),
                ("shape: helmfile\n", true),
                ("license: silver\n", true),
                ("embedSecrets: true\n", true),
                ("keystore: [1, 2]\n", true),
            };
            var paths = new List<string>();
            foreach (var (text, _) in cases)
            {
                var path = Path.Combine(_folder, paths.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".yml");
                File.WriteAllText(path, text);
                paths.Add(path);
            }

            var found = JsonSerializer.Deserialize<Dictionary<string, string[]>>(
                NodeScript.Run("Schema", "validate.mjs", JsonSerializer.Serialize(paths), TimeSpan.FromMinutes(1), s_checkedIn))!;
            for (var i = 0; i < cases.Count; i++)
            {
                var readerAccepts = ProjectConfigFile.Read(paths[i], cases[i].Text).Diagnostics.Count == 0;
                Assert.True(readerAccepts == !cases[i].SchemaFlags, $"the reader {(readerAccepts ? "accepts" : "refuses")} {cases[i].Text}");
                Assert.True(cases[i].SchemaFlags == found[paths[i]].Length > 0, $"the schema {(found[paths[i]].Length > 0 ? "flags" : "accepts")} {cases[i].Text}: {string.Join("; ", found[paths[i]])}");
            }
        }
    }
}

using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using KibanaConnectors.Rules.Catalogue;
using KibanaConnectors.Tests.Node;
using Xunit;

namespace KibanaConnectors.Generator.Tests
{
    /// <summary>
    /// The spec connector data (SpecConnectors.Data.cs), the script that writes it from a Kibana checkout
    /// (scripts/update-spec-connectors.mjs, run here on a small tree shaped like one) and the docs page derived from it.
    /// </summary>
    public sealed class SpecConnectorDataTests : IDisposable
    {
        // Auth types some spec lists whose secrets schema was not read: taken, nothing required of them.
        private static readonly string[] s_notRead = { "ears", "kubernetes_aks", "kubernetes_eks", "kubernetes_gke" };

        private static readonly string s_docsPage = Path.Combine(GeneratorHarness.RepositoryRoot(), "docs", "spec-connectors.md");

        private readonly string _folder = Path.Combine(Path.GetTempPath(), "kc-specs-" + Guid.NewGuid().ToString("N").Substring(0, 8));

        public SpecConnectorDataTests() => Directory.CreateDirectory(_folder);

        public void Dispose() => Directory.Delete(_folder, recursive: true);

        [Fact]
        public void Every_spec_id_is_its_own_and_every_auth_type_it_lists_is_known_or_named_as_not_read()
        {
            var specs = SpecConnectors.All;
            Assert.True(specs.Count >= 60, "the kbn-connector-specs ids");
            Assert.Equal(specs.Count, specs.Select(s => s.ActionTypeId).Distinct(StringComparer.Ordinal).Count());
            var others = ConnectorCatalogue.Ids.Concat(ActionTypes.Generic).Concat(ActionTypes.System).ToArray();
            Assert.Empty(specs.Select(s => s.ActionTypeId).Intersect(others, StringComparer.Ordinal));
            foreach (var spec in specs)
            {
                Assert.StartsWith("src/platform/packages/shared/kbn-connector-specs/src/specs/", spec.Source);
                Assert.Matches("^[0-9a-f]{40}$", spec.StoredCommit ?? string.Empty);
                foreach (var auth in spec.AuthTypes ?? Array.Empty<SpecAuth>())
                {
                    Assert.True(SpecConnectors.AuthSchema(auth.Type) != null || s_notRead.Contains(auth.Type), $"{spec.ActionTypeId}: auth type {auth.Type}");
                }
            }

            // The facts the rules build on, as the specs and auth types state them.
            Assert.Equal(new[] { "x-apikey" }, SpecConnectors.RequiredSecrets(SpecConnectors.Find(".virustotal")!, "api_key_header"));
            Assert.Equal(new[] { "clientId", "clientSecret" }, SpecConnectors.RequiredSecrets(SpecConnectors.Find(".jira-cloud")!, "oauth_authorization_code"));
            Assert.Equal(new[] { "username", "password" }, SpecConnectors.RequiredSecrets(SpecConnectors.Find(".jira-cloud")!, "basic"));
            Assert.Null(SpecConnectors.RequiredSecrets(SpecConnectors.Find(".kubernetes")!, "kubernetes_gke"));
            Assert.Null(SpecConnectors.RequiredSecrets(SpecConnectors.Find(".github")!, "basic"));
        }

        [NodeFact]
        public void The_script_reads_a_tree_shaped_like_a_Kibana_checkout()
        {
            var (readings, written) = RunScript(Path.Combine(GeneratorHarness.RepositoryRoot(), "tests", "KibanaConnectors.Generator.Tests", "TestData", "SpecConnectorsKibana"));
            var specs = readings.GetProperty("specs").EnumerateArray().ToDictionary(s => s.GetProperty("id").GetString()!);

            // The exports of all_specs.ts, not the one commented out; an id held in a const; i18n's defaultMessage.
            Assert.Equal(new[] { ".jina", ".slack2", ".virustotal" }, specs.Keys.OrderBy(k => k, StringComparer.Ordinal));
            Assert.Equal("Slack (v2)", specs[".slack2"].GetProperty("displayName").GetString());
            Assert.True(specs[".slack2"].GetProperty("technicalPreview").GetBoolean());
            Assert.Equal("Gold", specs[".jina"].GetProperty("license").GetString());

            // Auth entries: an object with defaults, a spread's objects, a bare id, api_key_header's header.
            Assert.Contains("SpecAuth.With(\"bearer\")", written);
            Assert.Contains("new[] { SpecAuth.With(\"oauth_authorization_code\", \"authorizationUrl\", \"tokenUrl\"), SpecAuth.With(\"bearer\", \"token\") }", written);
            Assert.Contains("new[] { SpecAuth.With(\"api_key_header\", \"headerField=x-apikey\"), SpecAuth.Plain(\"basic\") }", written);
            Assert.Contains("read as if its condition held", specs[".slack2"].GetProperty("note").GetString());
            Assert.Contains("virusTotalConnectorOn", specs[".virustotal"].GetProperty("note").GetString());

            // Auth schemas: required and optional fields, a const id, a lazySchema wrapper, the header normalization.
            Assert.Contains("new SpecAuthSchema(\"api_key_header\", \"src/platform/packages/shared/kbn-connector-specs/src/auth_types/api_key_header.ts\", new[] { \"apiKey\" }, new[] { \"headerField\" }, keyedByHeader: true),", written);
            Assert.Contains("new SpecAuthSchema(\"oauth_authorization_code\", \"src/platform/packages/shared/kbn-connector-specs/src/auth_types/oauth_authorization_code.ts\", new[] { \"authorizationUrl\", \"tokenUrl\", \"clientId\", \"clientSecret\" }, new[] { \"scope\" }),", written);
            Assert.DoesNotContain("pfx", written);
        }

        [NodeFact]
        public void The_checked_in_data_is_what_the_script_writes_from_its_readings()
        {
            // The checked-in file's entries are in the script's format: read back into readings, the script writes them unchanged.
            var checkedIn = File.ReadAllText(Path.Combine(GeneratorHarness.RepositoryRoot(), "src", "KibanaConnectors.Rules", "Catalogue", "SpecConnectors.Data.cs"));
            var json = Path.Combine(_folder, "readings.json");
            File.WriteAllText(json, Readings(checkedIn));
            var output = Path.Combine(_folder, "out.cs");
            NodeScript.RunFromRoot("scripts/update-spec-connectors.mjs", TimeSpan.FromSeconds(60), "--from-json", json, "--out", output);
            Assert.Equal(checkedIn.Replace("\r\n", "\n"), File.ReadAllText(output));
        }

        [Fact]
        public void The_docs_page_lists_every_spec_connector_from_the_data()
        {
            var page = DocsPage();
            if (Environment.GetEnvironmentVariable(Snapshot.UpdateVariable) == "1")
            {
                File.WriteAllText(s_docsPage, page);
            }

            Assert.True(File.Exists(s_docsPage) && File.ReadAllText(s_docsPage).Replace("\r\n", "\n") == page,
                $"docs/spec-connectors.md differs from the spec connector data; run the tests with {Snapshot.UpdateVariable}=1 to write it, and review the diff");
        }

        private (JsonElement Readings, string Written) RunScript(string checkout)
        {
            var json = Path.Combine(_folder, "readings.json");
            var output = Path.Combine(_folder, "out.cs");
            NodeScript.RunFromRoot("scripts/update-spec-connectors.mjs", TimeSpan.FromSeconds(60), checkout, "--out", output, "--json", json);
            using var document = JsonDocument.Parse(File.ReadAllText(json));
            return (document.RootElement.Clone(), File.ReadAllText(output));
        }

        // The readings a data file was written from, read back out of its C# (the inverse of the script's render).
        private static string Readings(string data)
        {
            static string[] Strings(string list) => Regex.Matches(list, "\"((?:\\\\.|[^\"\\\\])*)\"").Select(m => Regex.Unescape(m.Groups[1].Value)).ToArray();
            static string? Nullable(string text) => text == "null" ? null : Regex.Unescape(text.Trim('"'));
            var specs = Regex.Matches(data, "new SpecConnector\\((\"[^\"]*\"), (\"[^\"]*\"), KibanaLicense\\.(\\w+), (true|false), (new\\[\\] \\{[^}]*\\}|new string\\[0\\]),\\n\\s+(\"[^\"]*\"), (null|\"[0-9a-f]+\"),\\n\\s+(null|new\\[\\] \\{ .* \\})(?:, since: (null|\"[^\"]*\"))?(?:, note: (\"(?:\\\\.|[^\"\\\\])*\"))?\\),")
                .Select(m => new
                {
                    id = Nullable(m.Groups[1].Value),
                    displayName = Nullable(m.Groups[2].Value),
                    license = m.Groups[3].Value,
                    technicalPreview = m.Groups[4].Value == "true",
                    features = Strings(m.Groups[5].Value),
                    source = Nullable(m.Groups[6].Value),
                    storedCommit = Nullable(m.Groups[7].Value),
                    authTypes = m.Groups[8].Value == "null" ? null : Regex.Matches(m.Groups[8].Value, "SpecAuth\\.(Plain|With)\\(([^)]*)\\)").Select(a =>
                    {
                        var args = Strings(a.Groups[2].Value);
                        return new { type = args[0], hasDefaults = a.Groups[1].Value == "With", defaults = args.Skip(1).ToArray() };
                    }).ToArray(),
                    since = m.Groups[9].Success ? Nullable(m.Groups[9].Value) : null,
                    note = m.Groups[10].Success ? Nullable(m.Groups[10].Value) : null,
                }).ToArray();
            var auths = Regex.Matches(data, "new SpecAuthSchema\\((\"[^\"]*\"), (\"[^\"]*\"), (new\\[\\] \\{[^}]*\\}|new string\\[0\\]), (new\\[\\] \\{[^}]*\\}|new string\\[0\\])(, keyedByHeader: true)?\\),")
                .Select(m => new { id = Nullable(m.Groups[1].Value), source = Nullable(m.Groups[2].Value), required = Strings(m.Groups[3].Value), optional = Strings(m.Groups[4].Value), keyedByHeader = m.Groups[5].Success })
                .ToArray();
            var originLines = Regex.Match(data, "do not edit by hand\\.\\n((?:\\s+/// (?!</summary>).*\\n)*)").Groups[1].Value;
            var origin = string.Join(" ", originLines.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).Select(l => l.Substring(4)));
            Assert.Equal(Regex.Matches(data, "new SpecConnector\\(").Count, specs.Length);
            Assert.Equal(Regex.Matches(data, "new SpecAuthSchema\\(").Count, auths.Length);
            return JsonSerializer.Serialize(new { origin, specs, authTypes = auths });
        }

        // The page: one row per spec connector, from the data the rules use.
        private static string DocsPage()
        {
            var text = new StringBuilder();
            text.Append("# Spec connectors\n\n");
            text.Append("Generated from src/KibanaConnectors.Rules/Catalogue/SpecConnectors.Data.cs by SpecConnectorDataTests ");
            text.Append("(`KIBANACONNECTORS_UPDATE_SNAPSHOTS=1` rewrites it); do not edit by hand. The data itself comes from ");
            text.Append("`node scripts/update-spec-connectors.mjs <kibana-checkout>`.\n\n");
            text.Append("The connector types of Kibana's kbn-connector-specs package that Kibana registers ");
            text.Append("(`registerConnectorTypesFromSpecs`). Each is a `GenericConnector` in C#. Its secrets are keyed by ");
            text.Append("`secrets.authType`, one of the spec's auth types, which chooses the other secrets (KC0105 when one is missing, ");
            text.Append("KC0108 for an auth type the spec does not list). Config is the spec's own schema and is not checked. ");
            text.Append($"Registered from Kibana {SpecConnectors.FirstRelease.Describe()} ({SpecConnectors.FirstRelease.Source}).\n\n");
            text.Append("| actionTypeId | name | licence | preview | secrets by authType | source |\n");
            text.Append("| --- | --- | --- | --- | --- | --- |\n");
            foreach (var spec in SpecConnectors.All)
            {
                var auth = spec.AuthTypes == null
                    ? "not read completely: any authType is taken"
                    : string.Join("; ", spec.AuthTypes.Select(a => SpecConnectors.RequiredSecrets(spec, a.Type) is { } required
                        ? $"`{a.Type}`: {(required.Count == 0 ? "none" : string.Join(", ", required.Select(r => "`" + r + "`")))}"
                        : $"`{a.Type}`: not read"));
                var file = spec.Source.Substring("src/platform/packages/shared/kbn-connector-specs/src/".Length);
                text.Append($"| `{spec.ActionTypeId}` | {spec.DisplayName} | {spec.License.ToString().ToLowerInvariant()} | {(spec.TechnicalPreview ? "yes" : "no")} | {auth} | {file}{(spec.Note == null ? string.Empty : " (" + spec.Note + ")")} |\n");
            }

            text.Append("\n## Auth types\n\n| authType | required secrets | optional | source |\n| --- | --- | --- | --- |\n");
            foreach (var schema in SpecConnectors.AuthTypes.OrderBy(a => a.Id, StringComparer.Ordinal))
            {
                var required = schema.KeyedByHeader ? "the header the spec names in `defaults.headerField` (`apiKey` without defaults)" : string.Join(", ", schema.Required.Select(r => "`" + r + "`"));
                text.Append($"| `{schema.Id}` | {(required.Length == 0 ? "none" : required)} | {string.Join(", ", schema.Optional.Select(o => "`" + o + "`"))} | {schema.Source} |\n");
            }

            text.Append($"\nAuth types some spec lists whose schema was not read, so nothing is required of them: {string.Join(", ", s_notRead.Select(n => "`" + n + "`"))}.\n");
            return text.ToString();
        }
    }
}

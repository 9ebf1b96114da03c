using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Xunit;

namespace KibanaConnectors.Generator.Tests
{
    /// <summary>The editor server with suppression comments and a project config file, over an in-memory connection.</summary>
    public sealed class SuppressionLanguageServerTests : IDisposable
    {
        // KC0202 (error) and KC0401 (warning) at 6:19-6:33.
        private const string ShortKey = "xpack.actions.preconfigured:\n  pd:\n    actionTypeId: .pagerduty\n    name: PD\n    secrets:\n      routingKey: testroutingkey\n";

        private readonly string _folder = Path.Combine(Path.GetTempPath(), "kc-lsp-" + Guid.NewGuid().ToString("N").Substring(0, 8));

        public SuppressionLanguageServerTests() => Directory.CreateDirectory(_folder);

        public void Dispose() => Directory.Delete(_folder, recursive: true);

        private string PathIn(string name) => Path.Combine(_folder, name);

        [Fact]
        public async Task Suppressed_ids_are_not_published_and_one_that_silences_nothing_is_at_its_id_with_a_fix()
        {
            await using var client = new LspClient();
            await client.InitializeAsync(_folder);
            var uri = LspClient.Uri(PathIn("kibana.yml"));
            await client.OpenAsync(uri, ShortKey);
            Assert.Equal(new[] { "KC0202@6:19-6:33", "KC0401@6:19-6:33" }, LspAssert.Codes(await client.DiagnosticsAsync(uri, 1)));

            // As typed: a comment on its own line silences the next line; a misspelt id is KC0016 with the closest one.
            var text = ShortKey.Replace("      routingKey", "      # kibana-connectors: ignore KC0202, KC401 -- a test service\n      routingKey");
            await client.ChangeAsync(uri, 2, new JsonObject { ["text"] = text });
            var diagnostics = await client.DiagnosticsAsync(uri, 2);
            Assert.Equal(new[] { "KC0016@6:43-6:48", "KC0401@7:19-7:33" }, LspAssert.Codes(diagnostics));
            Assert.Equal(2, (int)diagnostics[0]!["severity"]!);

            var actions = await client.RequestAsync("textDocument/codeAction", new JsonObject
            {
                ["textDocument"] = new JsonObject { ["uri"] = uri },
                ["range"] = diagnostics[0]!["range"]!.DeepClone(),
                ["context"] = new JsonObject { ["diagnostics"] = new JsonArray(diagnostics[0]!.DeepClone()) },
            }) as JsonArray;
            var edit = actions!.Select(a => a!["edit"]?["changes"]?[uri]?[0]).FirstOrDefault(e => e != null);
            Assert.Equal("KC0401", (string?)edit!["newText"]);
        }

        [Fact]
        public async Task The_config_file_sets_severities_and_version_and_its_problems_are_published_on_it()
        {
            var config = PathIn(".kibana-connectors.yml");
            File.WriteAllText(config, "severities:\n  KC0202: info\n  KC0401: none\n");
            await using var client = new LspClient();
            await client.InitializeAsync(_folder);
            var uri = LspClient.Uri(PathIn("kibana.yml"));
            await client.OpenAsync(uri, ShortKey);
            var diagnostics = await client.DiagnosticsAsync(uri, 1);
            Assert.Equal(new[] { "KC0202@6:19-6:33" }, LspAssert.Codes(diagnostics));
            Assert.Equal(3, (int)diagnostics[0]!["severity"]!);

            // The file changes on disk: the editor's watcher says so, and the server reads it again.
            File.WriteAllText(config, "severities:\n  KC0202: error\n  KC0401: warnin\n");
            await client.NotifyAsync("workspace/didChangeWatchedFiles", new JsonObject { ["changes"] = new JsonArray(new JsonObject { ["uri"] = LspClient.Uri(config), ["type"] = 2 }) });
            var inConfig = await client.DiagnosticsAsync(LspClient.Uri(config));
            Assert.Equal(new[] { "KC0017@3:11-3:17" }, LspAssert.Codes(inConfig));
            Assert.Contains("the severity of KC0401 is 'warnin'; use error, warning, info or none (did you mean 'warning'?)", (string?)inConfig[0]!["message"]);
            var again = await client.DiagnosticsAsync(uri);
            Assert.Equal(new[] { "KC0202@6:19-6:33", "KC0401@6:19-6:33" }, LspAssert.Codes(again));
            Assert.Equal(1, (int)again[0]!["severity"]!);

            // Fixed: its diagnostics are cleared.
            File.WriteAllText(config, "severities:\n  KC0401: none\n");
            await client.NotifyAsync("workspace/didChangeWatchedFiles", new JsonObject { ["changes"] = new JsonArray(new JsonObject { ["uri"] = LspClient.Uri(config), ["type"] = 2 }) });
            Assert.Empty(await client.DiagnosticsAsync(LspClient.Uri(config)));
        }
    }
}

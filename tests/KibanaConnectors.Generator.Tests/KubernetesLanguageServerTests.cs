using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Xunit;

namespace KibanaConnectors.Generator.Tests
{
    /// <summary>The editor server over deployment files: exact ranges in the outer file, hover and completion inside them, a project's Shape.</summary>
    public sealed class KubernetesLanguageServerTests : IDisposable
    {
        private const string Manifest =
            "apiVersion: kibana.k8s.elastic.co/v1\nkind: Kibana\nmetadata:\n  name: prod\nspec:\n  config:\n    xpack.actions.preconfigured:\n      ops:\n        actionTypeId: .server-log\n        name: Prod log\n      pd:\n        actionTypeId: .pagerduty\n        name: PD\n        secrets:\n          routingKey: short\n"
            + "---\napiVersion: kibana.k8s.elastic.co/v1\nkind: Kibana\nmetadata:\n  name: staging\nspec:\n  config:\n    xpack.actions.preconfigured:\n      ops:\n        actionTypeId: .webhok\n        name: Staging log\n";

        private readonly string _folder = Path.Combine(Path.GetTempPath(), "kc-lsp-k8s-" + Guid.NewGuid().ToString("N").Substring(0, 8));

        public KubernetesLanguageServerTests() => Directory.CreateDirectory(_folder);

        public void Dispose() => Directory.Delete(_folder, recursive: true);

        [Fact]
        public async Task A_manifest_gets_its_diagnostics_hover_and_completion_per_kibana_resource()
        {
            await using var client = new LspClient();
            await client.InitializeAsync(_folder);
            var uri = LspClient.Uri(Path.Combine(_folder, "deploy.yaml"));
            await client.OpenAsync(uri, Manifest);
            Assert.Equal(new[] { "KC0202@15:23-15:28", "KC0401@15:23-15:28", "KC0102@25:23-25:30" }, LspAssert.Codes(await client.DiagnosticsAsync(uri)));

            // The same id in both resources: each hover names its own resource's connector.
            Assert.Equal("**ops**: .server-log, \"Prod log\"", await HoverAsync(client, uri, 7, 7));
            Assert.Contains("\"Staging log\"", await HoverAsync(client, uri, 23, 7));
            Assert.Contains("**.server-log**", await HoverAsync(client, uri, 8, 24));

            var types = (await client.RequestAsync("textDocument/completion", Position(uri, 8, 22)))!.AsArray().Select(i => (string)i!["label"]!).ToList();
            Assert.Contains(".webhook", types);
            Assert.Contains(".server-log", types);
        }

        [Fact]
        public async Task A_helm_block_with_crlf_line_ends_gets_ranges_in_the_values_file()
        {
            await using var client = new LspClient();
            await client.InitializeAsync(_folder);
            var uri = LspClient.Uri(Path.Combine(_folder, "values.yaml"));
            var text = "replicas: 2\r\nkibanaConfig:\r\n  kibana.yml: |-\r\n    xpack.actions.preconfigured:\r\n      pd:\r\n        actionTypeId: .pagerduty\r\n        name: PD\r\n        secrets:\r\n          routingKey:\tshort\r\nextraEnvs: []\r\n";
            await client.OpenAsync(uri, text);
            Assert.Equal(new[] { "KC0202@9:23-9:28", "KC0401@9:23-9:28" }, LspAssert.Codes(await client.DiagnosticsAsync(uri)));
            Assert.Contains("**secrets.routingKey**", await HoverAsync(client, uri, 8, 12));
        }

        [Fact]
        public async Task A_project_items_shape_decides_how_the_server_reads_the_file()
        {
            var path = Path.Combine(_folder, "stack.yaml");
            File.WriteAllText(path, Manifest);
            File.WriteAllText(Path.Combine(_folder, "Alerts.csproj"), "<Project Sdk=\"Microsoft.NET.Sdk\"><ItemGroup><KibanaConnectors Include=\"stack.yaml\" Shape=\"settings\" /></ItemGroup></Project>");
            await using var client = new LspClient();
            await client.InitializeAsync(_folder);
            var uri = LspClient.Uri(path);
            await client.OpenAsync(uri, Manifest);

            // Read as a kibana.yml, the second document is refused.
            Assert.Equal(new[] { "KC0001@16:1-16:4" }, LspAssert.Codes(await client.DiagnosticsAsync(uri)));
        }

        private static JsonObject Position(string uri, int line, int character) =>
            new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = uri }, ["position"] = new JsonObject { ["line"] = line, ["character"] = character } };

        private static async Task<string> HoverAsync(LspClient client, string uri, int line, int character)
        {
            var hover = await client.RequestAsync("textDocument/hover", Position(uri, line, character));
            return hover == null ? string.Empty : (string)hover["contents"]!["value"]!;
        }
    }
}

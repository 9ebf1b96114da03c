using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Xunit;

namespace KibanaConnectors.Generator.Tests
{
    /// <summary>The editor server over an in-memory connection: the protocol, exact ranges, and the same problems as a build.</summary>
    public sealed class LanguageServerTests : IDisposable
    {
        private const string Broken = "xpack.actions.preconfigured:\n  pd:\n    actionTypeId: .pagerduty\n    name: PD\n    secrets:\n      routingKey: ${PD_KEY}\n  hook:\n    actionTypeId: .webhok\n    name: Hook\n";

        private readonly string _folder = Path.Combine(Path.GetTempPath(), "kc-lsp-" + Guid.NewGuid().ToString("N").Substring(0, 8));

        public LanguageServerTests() => Directory.CreateDirectory(_folder);

        public void Dispose() => Directory.Delete(_folder, recursive: true);

        private string PathIn(string name) => Path.Combine(_folder, name);

        [Fact]
        public async Task Initialize_answers_the_capabilities_and_requests_before_it_are_refused()
        {
            await using var client = new LspClient();
            var early = await Assert.ThrowsAsync<LspError>(() => client.RequestAsync("textDocument/hover", new JsonObject()));
            Assert.Equal(-32002, early.Code);

            var result = await client.InitializeAsync(_folder);
            var capabilities = result["capabilities"]!;
            Assert.Equal("utf-16", (string?)capabilities["positionEncoding"]);
            Assert.Equal(2, (int)capabilities["textDocumentSync"]!["change"]!);
            Assert.True((bool)capabilities["hoverProvider"]!);
            Assert.True((bool)capabilities["documentSymbolProvider"]!);
            Assert.Equal("kibana-connectors", (string?)result["serverInfo"]!["name"]);

            var again = await Assert.ThrowsAsync<LspError>(() => client.RequestAsync("initialize", new JsonObject()));
            Assert.Equal(-32600, again.Code);
        }

        [Fact]
        public async Task An_open_broken_file_gets_its_diagnostics_and_an_edit_that_fixes_it_clears_them_without_saving()
        {
            await using var client = new LspClient();
            await client.InitializeAsync(_folder);
            var uri = LspClient.Uri(PathIn("kibana.yml"));
            await client.OpenAsync(uri, Broken);
            var diagnostics = await client.DiagnosticsAsync(uri, 1);
            Assert.Equal(new[] { "KC0102@8:19-8:26" }, LspAssert.Codes(diagnostics));
            var first = diagnostics[0]!;
            Assert.Equal(1, (int)first["severity"]!);
            Assert.Equal("kibana-connectors", (string?)first["source"]);
            Assert.Contains("did you mean '.webhook'?", (string?)first["message"]);
            Assert.Null(first["codeDescription"]); // no repository URL in test builds

            // An incremental edit: 'webhok' -> 'server-log' on line 8, then hook needs nothing more.
            await client.ChangeAsync(uri, 2, new JsonObject { ["range"] = Lsp(7, 19, 7, 25), ["text"] = "server-log" });
            Assert.Empty(await client.DiagnosticsAsync(uri, 2));

            // A whole-text change breaks it again, in another way.
            await client.ChangeAsync(uri, 3, new JsonObject { ["text"] = Broken.Replace("${PD_KEY}", "short") });
            var again = await client.DiagnosticsAsync(uri, 3);
            Assert.Contains("KC0202@6:19-6:24", LspAssert.Codes(again));
            Assert.Contains("KC0401@6:19-6:24", LspAssert.Codes(again));
            Assert.All(again, d => Assert.DoesNotContain("short", (string)d!["message"]!));
        }

        [Fact]
        public async Task Positions_are_utf16_after_non_ascii_text_and_with_crlf_line_ends()
        {
            await using var client = new LspClient();
            await client.InitializeAsync(_folder);
            var uri = LspClient.Uri(PathIn("kibana.yml"));
            // 'Ärger 🚨' is 8 UTF-16 code units (the emoji takes two); CRLF ends every line.
            var text = "xpack.actions.preconfigured:\r\n  pd:\r\n    name: 'Ärger 🚨'\r\n    actionTypeId: .pagerdooty\r\n";
            await client.OpenAsync(uri, text);
            LspAssert.Single(await client.DiagnosticsAsync(uri), "KC0102@4:19-4:30");

            var emoji = "xpack.actions.preconfigured:\r\n  pd: {name: 'Ärger 🚨', actionTypeId: .pagerdooty}\r\n";
            await client.ChangeAsync(uri, 2, new JsonObject { ["text"] = emoji });
            var start = emoji.Split("\r\n")[1].IndexOf(".pagerdooty", StringComparison.Ordinal);
            LspAssert.Single(await client.DiagnosticsAsync(uri, 2), $"KC0102@2:{start + 1}-2:{start + 12}");
        }

        [Fact]
        public async Task The_same_problems_at_the_same_places_as_check()
        {
            var path = PathIn("kibana.yml");
            var yaml = GeneratorHarness.ReadTestData("reference-examples.yml");
            File.WriteAllText(path, yaml);
            await using var client = new LspClient();
            await client.InitializeAsync(_folder);
            var uri = LspClient.Uri(path);
            await client.OpenAsync(uri, yaml);
            var fromServer = LspAssert.Codes(await client.DiagnosticsAsync(uri)).OrderBy(c => c, StringComparer.Ordinal);

            var output = new StringWriter();
            KibanaConnectors.Cli.Program.Run(new[] { "check", path, "--format", "json" }, new StringReader(string.Empty), output, new StringWriter());
            var fromCheck = JsonNode.Parse(output.ToString())!["diagnostics"]!.AsArray()
                .Select(d => $"{d!["id"]}@{d["line"]}:{d["column"]}-{d["endLine"]}:{d["endColumn"]}")
                .OrderBy(c => c, StringComparer.Ordinal);
            Assert.True(fromCheck.Count() > 20);
            Assert.Equal(fromCheck, fromServer);
        }

        [Fact]
        public async Task A_setting_written_twice_is_the_same_warning_or_error_in_the_editor_the_tool_and_the_build()
        {
            var path = PathIn("kibana.yml");
            const string Yaml = "xpack.actions.preconfigured:\n  my-log:\n    actionTypeId: .server-log\n    name: First\n"
                + "xpack.actions.preconfigured.my-log.name: Second\nxpack.actions:\n  preconfigured: {}\n";
            File.WriteAllText(path, Yaml);
            await using var client = new LspClient();
            await client.InitializeAsync(_folder);
            var uri = LspClient.Uri(path);
            await client.OpenAsync(uri, Yaml);
            var fromServer = (await client.DiagnosticsAsync(uri))
                .Select(d => $"{LspAssert.Code(d!)} {((int)d!["severity"]! == 1 ? "error" : "warning")} {d["message"]}").OrderBy(c => c, StringComparer.Ordinal).ToArray();

            var output = new StringWriter();
            KibanaConnectors.Cli.Program.Run(new[] { "check", path, "--format", "json" }, new StringReader(string.Empty), output, new StringWriter());
            var fromCheck = JsonNode.Parse(output.ToString())!["diagnostics"]!.AsArray()
                .Select(d => $"{d!["id"]}@{d["line"]}:{d["column"]}-{d["endLine"]}:{d["endColumn"]} {d["severity"]} {d["message"]}")
                .OrderBy(c => c, StringComparer.Ordinal).ToArray();
            Assert.Equal(fromCheck, fromServer);
            Assert.Equal(new[] { "KC0002@7:18-7:19 warning", "KC0018@5:36-5:40 warning", "KC0019@7:3-7:16 error" }, fromCheck.Select(c => string.Join(" ", c.Split(' ').Take(2))).ToArray());

            var fromBuild = GeneratorHarness.Run(Yaml).Diagnostics
                .Select(d => $"{d.Id} {d.Severity.ToString().ToLowerInvariant()} {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}").OrderBy(c => c, StringComparer.Ordinal);
            Assert.Equal(fromCheck.Select(c => c.Remove(c.IndexOf('@'), c.IndexOf(' ') - c.IndexOf('@'))), fromBuild);
        }

        [Fact]
        public async Task Rules_across_files_work_as_in_a_build_and_closing_restores_the_disk_text()
        {
            var a = PathIn("a.connectors.yml");
            var b = PathIn("b.connectors.yml");
            File.WriteAllText(a, "xpack.actions.allowedHosts: [hooks.example.com]\nxpack.actions.preconfigured:\n  log:\n    actionTypeId: .server-log\n    name: A\n");
            File.WriteAllText(b, "xpack.actions.preconfigured:\n  hook:\n    actionTypeId: .webhook\n    name: B\n    config: {url: 'https://other.example.com/x', hasAuth: false}\n");
            await using var client = new LspClient();
            await client.InitializeAsync(_folder);

            // Found on disk: b breaks the allowedHosts set in a.
            LspAssert.Single(await client.DiagnosticsAsync(LspClient.Uri(b)), "KC0301@5:19-5:48");

            // Unsaved: a gets a connector b has too.
            await client.OpenAsync(LspClient.Uri(a), File.ReadAllText(a) + "  hook:\n    actionTypeId: .server-log\n    name: Twice\n");
            Assert.Contains("KC0003@2:3-2:7", LspAssert.Codes(await client.DiagnosticsAsync(LspClient.Uri(b))));

            await client.NotifyAsync("textDocument/didClose", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = LspClient.Uri(a) } });
            LspAssert.Single(await client.DiagnosticsAsync(LspClient.Uri(b)), "KC0301@5:19-5:48");
        }

        [Fact]
        public async Task Settings_come_from_initialization_options_configuration_changes_and_a_project_file()
        {
            const string merged = "defaults: &d\n  name: Log\nxpack.actions.preconfigured:\n  log:\n    <<: *d\n    actionTypeId: .server-log\n";
            var uri = LspClient.Uri(PathIn("kibana.yml"));
            await using (var client = new LspClient())
            {
                await client.InitializeAsync(_folder, new JsonObject { ["kibanaVersion"] = "8.18" });
                await client.OpenAsync(uri, merged);
                Assert.Empty(await client.DiagnosticsAsync(uri));

                await client.NotifyAsync("workspace/didChangeConfiguration", new JsonObject { ["settings"] = new JsonObject { ["kibanaConnectors"] = new JsonObject { ["kibanaVersion"] = "9.4" } } });
                Assert.Contains(await client.DiagnosticsAsync(uri), d => (string?)d!["code"] == "KC0106");
            }

            File.WriteAllText(PathIn("Alerts.csproj"), "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><KibanaConnectorsLicense>basic</KibanaConnectorsLicense><KibanaConnectorsKibanaVersion>8.18</KibanaConnectorsKibanaVersion></PropertyGroup></Project>");
            await using (var client = new LspClient())
            {
                await client.InitializeAsync(_folder);
                await client.OpenAsync(uri, merged + "  mail:\n    actionTypeId: .email\n    name: Mail\n    config: {from: a@example.com, host: smtp.example.com, port: 25, hasAuth: false}\n");
                Assert.Equal(new[] { "KC0303@8:19-8:25" }, LspAssert.Codes(await client.DiagnosticsAsync(uri)));
            }
        }

        [Fact]
        public async Task Bad_messages_get_errors_and_the_server_goes_on()
        {
            await using var client = new LspClient();
            await client.InitializeAsync(_folder);

            await client.SendRawAsync(Encoding.UTF8.GetBytes("{not json"));
            await client.SendBytesAsync(Encoding.ASCII.GetBytes("Content-Length: lots\r\n\r\n"));
            var unknown = await Assert.ThrowsAsync<LspError>(() => client.RequestAsync("textDocument/teleport", new JsonObject()));
            Assert.Equal(-32601, unknown.Code);
            var closed = await Assert.ThrowsAsync<LspError>(() => client.RequestAsync("textDocument/hover", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = "file:///nowhere/kibana.yml" }, ["position"] = Lsp(0, 0) }));
            Assert.Equal(-32602, closed.Code);
            var badParams = await Assert.ThrowsAsync<LspError>(() => client.RequestAsync("textDocument/documentSymbol", new JsonObject { ["textDocument"] = 42 }));
            Assert.Equal(-32602, badParams.Code);

            // The two broken frames were answered with parse errors (id null), in order.
            var answers = client.Notifications("error:-32700");
            Assert.Equal(2, answers.Count);
            Assert.Contains("not JSON", (string)answers[0]["error"]!["message"]!);
            Assert.Contains("Content-Length", (string)answers[1]["error"]!["message"]!);

            // Still serving: a 10 MB document is read as a build reads it and gets KC0008.
            var uri = LspClient.Uri(PathIn("big.connectors.yml"));
            await client.OpenAsync(uri, "a: " + new string('x', 9 * 1024 * 1024) + "\n");
            LspAssert.Single(await client.DiagnosticsAsync(uri), "KC0008@1:1-1:1");
        }

        [Fact]
        public async Task The_outline_lists_the_connectors()
        {
            await using var client = new LspClient();
            await client.InitializeAsync(_folder);
            var uri = LspClient.Uri(PathIn("kibana.yml"));
            await client.OpenAsync(uri, Broken);
            var symbols = (await client.RequestAsync("textDocument/documentSymbol", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = uri } }))!.AsArray();
            Assert.Equal(new[] { "pd", "hook" }, symbols.Select(s => (string?)s!["name"]));
            Assert.Equal(".pagerduty PD", (string?)symbols[0]!["detail"]);
            Assert.Equal(1, (int)symbols[0]!["selectionRange"]!["start"]!["line"]!);
            Assert.Equal(2, (int)symbols[0]!["selectionRange"]!["start"]!["character"]!);
        }

        [Fact]
        public async Task Quick_fixes_replace_a_misspelt_key_and_move_a_literal_secret_to_the_environment()
        {
            const string text = "xpack.actions.preconfigured:\n  my-hook:\n    actionTypeId: .webhook\n    name: Hook\n    config:\n      url: https://example.com\n      methd: put\n    secrets:\n      user: kibana\n      password: hunter2\n";
            await using var client = new LspClient();
            await client.InitializeAsync(_folder);
            var uri = LspClient.Uri(PathIn("kibana.yml"));
            await client.OpenAsync(uri, text);
            await client.DiagnosticsAsync(uri);

            var actions = (await CodeActionsAsync(client, uri, Lsp(6, 8, 6, 8)))!.AsArray();
            var rename = Assert.Single(actions)!;
            Assert.Equal("Change to 'method'", (string?)rename["title"]);
            Assert.Equal("quickfix", (string?)rename["kind"]);
            Assert.Equal("KC0106", (string?)rename["diagnostics"]![0]!["code"]);
            Assert.Equal(text.Replace("methd:", "method:"), ApplyEdit(text, rename["edit"]!["changes"]![uri]!.AsArray()));

            var secret = (await CodeActionsAsync(client, uri, Lsp(9, 16, 9, 20)))!.AsArray();
            var move = Assert.Single(secret)!;
            Assert.Equal("Read secrets.password from the environment variable MY_HOOK_PASSWORD", (string?)move["title"]);
            Assert.Contains("password: ${MY_HOOK_PASSWORD}", ApplyEdit(text, move["edit"]!["changes"]![uri]!.AsArray()));

            // Nothing to offer where there is no problem, or when the client asks only for refactorings.
            Assert.Empty((await CodeActionsAsync(client, uri, Lsp(2, 4, 2, 4)))!.AsArray());
            Assert.Empty((await client.RequestAsync("textDocument/codeAction", new JsonObject
            {
                ["textDocument"] = new JsonObject { ["uri"] = uri },
                ["range"] = Lsp(6, 8, 6, 8),
                ["context"] = new JsonObject { ["diagnostics"] = new JsonArray(), ["only"] = new JsonArray("refactor") },
            }))!.AsArray());
        }

        private const string Hook = "xpack.actions.preconfigured:\n  my-hook:\n    actionTypeId: .webhook\n    name: Ops hook\n    config:\n      url: https://example.com\n      method: put\n      hasAuth: false\n    secrets:\n      secretHeaders:\n        X-Token: ${KC_TEST_SET_VARIABLE}\n        X-Other: ${KC_TEST_UNSET_VARIABLE:fallback}\n";

        [Fact]
        public async Task Hover_explains_fields_ids_types_and_environment_variables_without_their_values()
        {
            Environment.SetEnvironmentVariable("KC_TEST_SET_VARIABLE", "s3cr3t-value");
            await using var client = new LspClient();
            await client.InitializeAsync(_folder);
            var uri = LspClient.Uri(PathIn("kibana.yml"));
            await client.OpenAsync(uri, Hook);

            var method = await HoverAsync(client, uri, 6, 8);
            Assert.Contains("**config.method**: The HTTP method of the requests.", method);
            Assert.Contains("default: `post`", method);
            Assert.Contains("`post`, `put`, `patch`, `get`, `delete`", method);
            Assert.Contains("pre-configured-connectors.html", method);

            Assert.Contains("**config.url**", await HoverAsync(client, uri, 5, 14));
            Assert.Contains("secret: write it as `${ENV_VAR}`", await HoverAsync(client, uri, 9, 8));
            Assert.Equal("**my-hook**: .webhook, \"Ops hook\"", await HoverAsync(client, uri, 1, 4));
            Assert.Contains("**.webhook**: Sends an HTTP request", await HoverAsync(client, uri, 2, 22));
            Assert.Contains("licence: gold", await HoverAsync(client, uri, 2, 22));

            var set = await HoverAsync(client, uri, 10, 20);
            Assert.Contains("`KC_TEST_SET_VARIABLE` is set", set);
            Assert.DoesNotContain("s3cr3t", set);
            Assert.Contains("`KC_TEST_UNSET_VARIABLE` is not set", await HoverAsync(client, uri, 11, 20));

            // Nothing to say about a setting outside the connectors.
            Assert.Null(await client.RequestAsync("textDocument/hover", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = uri }, ["position"] = Lsp(0, 2) }));
        }

        [Fact]
        public async Task Completion_offers_types_keys_required_first_values_and_connector_snippets()
        {
            await using var client = new LspClient();
            await client.InitializeAsync(_folder);
            var uri = LspClient.Uri(PathIn("kibana.yml"));
            var text = "xpack.actions.preconfigured:\n  my-mail:\n    actionTypeId: \n    name: Mail\n    config:\n      \n";
            await client.OpenAsync(uri, text);

            var types = await LabelsAsync(client, uri, 2, 18);
            Assert.Contains(".webhook", types);
            Assert.Contains(".email", types);
            Assert.Contains(".gemini", types);

            // With the type chosen: the email config fields, 'from' (required) first, and nodemailer's services.
            await client.ChangeAsync(uri, 2, new JsonObject { ["text"] = text.Replace("actionTypeId: \n", "actionTypeId: .email\n") });
            var fields = await LabelsAsync(client, uri, 5, 6);
            Assert.Equal("from", fields[0]);
            Assert.Contains("service", fields);
            Assert.Contains("hasAuth", fields);
            Assert.DoesNotContain("password", fields);

            await client.ChangeAsync(uri, 3, new JsonObject { ["text"] = text.Replace("actionTypeId: \n", "actionTypeId: .email\n").Replace("config:\n      \n", "config:\n      service: \n") });
            var services = await LabelsAsync(client, uri, 5, 15);
            Assert.Contains("other", services);
            Assert.Contains("exchange_server", services);
            Assert.Contains("gmail", services);

            // Connector keys not yet written, and a whole connector where an id goes.
            await client.ChangeAsync(uri, 4, new JsonObject { ["text"] = "xpack.actions.preconfigured:\n  my-mail:\n    actionTypeId: .email\n    \n  \n" });
            Assert.Equal(new[] { "name", "config", "exposeConfig", "secrets" }.OrderBy(x => x), (await LabelsAsync(client, uri, 3, 4)).OrderBy(x => x));
            var snippets = (await client.RequestAsync("textDocument/completion", Position(uri, 4, 2)))!.AsArray();
            var slack = snippets.Single(i => (string?)i!["label"] == "connector .slack")!;
            Assert.Equal(2, (int)slack["insertTextFormat"]!);
            Assert.Equal("${1:my-slack}:\n  actionTypeId: .slack\n  name: ${2:name}\n  secrets:\n    webhookUrl: ${3:\\${WEBHOOKURL}}", (string?)slack["insertText"]);
        }

        private const string AiConnectors = "xpack.actions.preconfigured:\n  my-ai:\n    actionTypeId: .inference\n    name: AI\n    config:\n      provider: \n      taskType: chat_completion\n      inferenceId: openai-chat\n  my-gemini:\n    actionTypeId: .gemini\n    name: Gemini\n    config:\n      \n";

        [Fact]
        public async Task The_ai_connectors_get_completion_hover_and_the_inference_endpoint_note()
        {
            await using var client = new LspClient();
            await client.InitializeAsync(_folder);
            var uri = LspClient.Uri(PathIn("kibana.yml"));
            await client.OpenAsync(uri, AiConnectors.Replace("provider: \n", "provider: openai\n"));

            // KC0204 is a note (LSP severity 3, information) on inferenceId's value, not a warning.
            var diagnostics = await client.DiagnosticsAsync(uri, 1);
            var note = diagnostics.Single(d => (string?)d!["code"] == "KC0204")!;
            Assert.Equal(3, (int)note["severity"]!);
            Assert.Contains("KC0204@8:20-8:31", LspAssert.Codes(diagnostics));

            var inferenceId = await HoverAsync(client, uri, 7, 10);
            Assert.Contains("**config.inferenceId**", inferenceId);
            Assert.Contains("Kibana does not create it for a preconfigured connector", inferenceId);
            Assert.Contains("licence: enterprise", await HoverAsync(client, uri, 9, 22));

            // Completion: Kibana's providers as values; the required Gemini fields first.
            await client.ChangeAsync(uri, 2, new JsonObject { ["text"] = AiConnectors });
            var providers = await LabelsAsync(client, uri, 5, 16);
            Assert.Contains("openai", providers);
            Assert.Contains("elastic", providers);
            Assert.Contains("alibabacloud-ai-search", providers);
            var gemini = await LabelsAsync(client, uri, 12, 6);
            Assert.Equal(new[] { "apiUrl", "gcpProjectID", "gcpRegion" }, gemini.Take(3).OrderBy(x => x, StringComparer.Ordinal));
            Assert.Contains("defaultModel", gemini);
        }

        [Fact]
        public async Task Spec_connectors_are_offered_with_their_display_names_explained_on_hover_and_their_auth_types_completed()
        {
            await using var client = new LspClient();
            await client.InitializeAsync(_folder);
            var uri = LspClient.Uri(PathIn("kibana.yml"));
            var text = "xpack.actions.preconfigured:\n  my-github:\n    actionTypeId: \n    name: GitHub\n";
            await client.OpenAsync(uri, text);

            var items = (await client.RequestAsync("textDocument/completion", Position(uri, 2, 18)))!.AsArray();
            var github = items.Single(i => (string?)i!["label"] == ".github")!;
            Assert.Equal("Github", (string?)github["detail"]);
            Assert.Contains("spec connector", (string?)github["documentation"]!["value"]);
            Assert.Contains(".virustotal", items.Select(i => (string?)i!["label"]));

            var written = "xpack.actions.preconfigured:\n  my-github:\n    actionTypeId: .github\n    name: GitHub\n    secrets:\n      authType: \n      \n";
            await client.ChangeAsync(uri, 2, new JsonObject { ["text"] = written });
            var hover = await HoverAsync(client, uri, 2, 20);
            Assert.Contains("**.github**: Github, a spec connector of Kibana's kbn-connector-specs", hover);
            Assert.Contains("registered from Kibana 9.3", hover);
            Assert.Contains("licence: enterprise", hover);
            Assert.Contains("`bearer` (token)", hover);

            Assert.Equal(new[] { "bearer" }, await LabelsAsync(client, uri, 5, 16));
            Assert.Contains("token", await LabelsAsync(client, uri, 6, 6));
        }

        [Fact]
        public async Task Completion_and_hover_cover_the_security_and_case_types()
        {
            await using var client = new LspClient();
            await client.InitializeAsync(_folder);
            var uri = LspClient.Uri(PathIn("kibana.yml"));
            var text = "xpack.actions.preconfigured:\n  tools:\n    actionTypeId: \n    name: MCP\n    config:\n      \n";
            await client.OpenAsync(uri, text);

            var types = await LabelsAsync(client, uri, 2, 18);
            foreach (var type in new[] { ".mcp", ".thehive", ".xsoar", ".jira-service-management", ".sentinelone", ".crowdstrike", ".microsoft_defender_endpoint" })
            {
                Assert.Contains(type, types);
            }

            // MCP: serverUrl (required) first, then its optional fields; authType offers Kibana's four values.
            await client.ChangeAsync(uri, 2, new JsonObject { ["text"] = text.Replace("actionTypeId: \n", "actionTypeId: .mcp\n") });
            var fields = await LabelsAsync(client, uri, 5, 6);
            Assert.Equal("serverUrl", fields[0]);
            Assert.Contains("authType", fields);
            Assert.Contains("apiKeyHeaderName", fields);
            await client.ChangeAsync(uri, 3, new JsonObject { ["text"] = text.Replace("actionTypeId: \n", "actionTypeId: .mcp\n").Replace("config:\n      \n", "config:\n      authType: \n") });
            Assert.Equal(new[] { "apiKey", "basic", "bearer", "none" }, (await LabelsAsync(client, uri, 5, 16)).OrderBy(x => x, StringComparer.Ordinal));

            // The security types: the feature flag in the type's hover, and MDE's five required fields.
            await client.ChangeAsync(uri, 4, new JsonObject { ["text"] = "xpack.actions.preconfigured:\n  s1:\n    actionTypeId: .sentinelone\n    name: S1\n  defender:\n    actionTypeId: .microsoft_defender_endpoint\n    name: D\n    config:\n      \n" });
            var hover = await HoverAsync(client, uri, 2, 22);
            Assert.Contains("**.sentinelone**", hover);
            Assert.Contains("licence: enterprise", hover);
            Assert.Contains("sentinelOneConnectorOn", hover);
            var defender = await LabelsAsync(client, uri, 8, 6);
            Assert.Equal(new[] { "apiUrl", "clientId", "oAuthScope", "oAuthServerUrl", "tenantId" }, defender.Take(5).OrderBy(x => x, StringComparer.Ordinal));
        }

        private static JsonObject Position(string uri, int line, int character) =>
            new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = uri }, ["position"] = Lsp(line, character) };

        private static async Task<string> HoverAsync(LspClient client, string uri, int line, int character)
        {
            var hover = await client.RequestAsync("textDocument/hover", Position(uri, line, character));
            Assert.NotNull(hover);
            return (string)hover!["contents"]!["value"]!;
        }

        private static async Task<string[]> LabelsAsync(LspClient client, string uri, int line, int character)
        {
            var items = (await client.RequestAsync("textDocument/completion", Position(uri, line, character)))!.AsArray();
            return items.OrderBy(i => (string?)i!["sortText"], StringComparer.Ordinal).Select(i => (string)i!["label"]!).ToArray();
        }

        [Fact]
        public async Task Quick_fixes_add_a_missing_field_under_its_section_or_with_a_new_section()
        {
            const string text = "xpack.actions.preconfigured:\n  team-mail:\n    actionTypeId: .email\n    name: Mail\n    config:\n      from: a@example.com\n      service: gmail\n  log:\n    actionTypeId: .server-log\n    name: Log\n";
            await using var client = new LspClient();
            await client.InitializeAsync(_folder);
            var uri = LspClient.Uri(PathIn("kibana.yml"));
            await client.OpenAsync(uri, text);
            await client.DiagnosticsAsync(uri);

            var actions = (await CodeActionsAsync(client, uri, Lsp(1, 2, 1, 2)))!.AsArray();
            var addUser = actions.First(a => (string?)a!["title"] == "Add secrets.user")!;
            Assert.Equal(text.Replace("      service: gmail\n", "      service: gmail\n    secrets:\n      user: ${TEAM_MAIL_USER}\n"), ApplyEdit(text, addUser["edit"]!["changes"]![uri]!.AsArray()));
            var noAuth = actions.First(a => (string?)a!["title"] == "Set config.hasAuth: false")!;
            var fixedText = ApplyEdit(text, noAuth["edit"]!["changes"]![uri]!.AsArray());
            Assert.Equal(text.Replace("      service: gmail\n", "      service: gmail\n      hasAuth: false\n"), fixedText);

            // Applied, the file is clean.
            await client.ChangeAsync(uri, 2, new JsonObject { ["text"] = fixedText });
            Assert.Empty(await client.DiagnosticsAsync(uri, 2));
        }

        private static Task<JsonNode?> CodeActionsAsync(LspClient client, string uri, JsonObject range) =>
            client.RequestAsync("textDocument/codeAction", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = uri }, ["range"] = range, ["context"] = new JsonObject { ["diagnostics"] = new JsonArray() } });

        /// <summary>Applies LSP text edits to a text, as an editor would (from the last to the first).</summary>
        internal static string ApplyEdit(string text, JsonArray edits)
        {
            var lines = new KibanaConnectors.LanguageServer.Protocol.DocumentLines(text);
            foreach (var edit in edits.Select(e => e!).OrderByDescending(e => (int)e["range"]!["start"]!["line"]!).ThenByDescending(e => (int)e["range"]!["start"]!["character"]!))
            {
                var start = lines.Offset((int)edit["range"]!["start"]!["line"]!, (int)edit["range"]!["start"]!["character"]!);
                var end = lines.Offset((int)edit["range"]!["end"]!["line"]!, (int)edit["range"]!["end"]!["character"]!);
                text = text.Substring(0, start) + (string)edit["newText"]! + text.Substring(end);
            }

            return text;
        }

        [Fact]
        public async Task Shutdown_then_exit_ends_the_server_with_code_0()
        {
            await using var client = new LspClient();
            await client.InitializeAsync(_folder);
            Assert.Null(await client.RequestAsync("shutdown", null));
            await client.NotifyAsync("exit", null);
            Assert.Equal(0, await client.Server.WaitAsync(TimeSpan.FromSeconds(10)));
        }

        private static JsonObject Lsp(int line, int character) => new JsonObject { ["line"] = line, ["character"] = character };

        private static JsonObject Lsp(int startLine, int startCharacter, int endLine, int endCharacter) =>
            new JsonObject { ["start"] = Lsp(startLine, startCharacter), ["end"] = Lsp(endLine, endCharacter) };
    }
}

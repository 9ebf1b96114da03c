using System.IO;
using System.Linq;
using System.Text.Json;
using KibanaConnectors.Cli;
using Xunit;

namespace KibanaConnectors.Generator.Tests
{
    /// <summary>The kibana-connectors tool run in-process: commands, formats, exit codes. The packed tool has end-to-end tests.</summary>
    public sealed partial class CliTests : System.IDisposable
    {
        private const string Broken = @"xpack.actions.allowedHosts: [hooks.slack.com]
xpack.actions.preconfigured:
  pd:
    actionTypeId: .pagerduty
    name: PD
    secrets:
      routingKey: s3cr3t-x
  hook:
    actionTypeId: .webhok
    name: Hook
";

        private const string Good = @"xpack.actions.preconfigured:
  ops:
    actionTypeId: .slack
    name: Ops
    secrets:
      webhookUrl: ${OPS_SLACK_URL}
  mail:
    actionTypeId: .email
    name: Mail
    config: {from: a@example.com, host: smtp.example.com, port: 25, hasAuth: false}
";

        private readonly string _folder = Path.Combine(Path.GetTempPath(), "kc-cli-" + System.Guid.NewGuid().ToString("N").Substring(0, 8));

        public CliTests() => Directory.CreateDirectory(_folder);

        public void Dispose() => Directory.Delete(_folder, recursive: true);

        private string File(string name, string text)
        {
            var path = Path.Combine(_folder, name);
            System.IO.File.WriteAllText(path, text);
            return path;
        }

        private static (int Exit, string Out, string Err) Run(string stdin, params string[] args) => Run(Terminal.Redirected, stdin, args);

        private static (int Exit, string Out, string Err) Run(Terminal terminal, string stdin, params string[] args)
        {
            var output = new StringWriter();
            var error = new StringWriter();
            var exit = Program.Run(args, new StringReader(stdin), output, error, terminal);
            return (exit, output.ToString(), error.ToString());
        }

        private static string[] Lines(string output) => output.TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')).ToArray();

        [Fact]
        public void Check_prints_each_problem_with_its_place_and_exits_1_on_errors()
        {
            var path = File("kibana.yml", Broken);
            var (exit, output, error) = Run(string.Empty, "check", path);
            Assert.Equal(1, exit);
            Assert.Empty(error);
            var lines = Lines(output);
            Assert.Equal(
                new[]
                {
                    $"{path}:4:19: error KC0301: Connector 'pd': its default URL https://events.pagerduty.com/v2/enqueue calls the host 'events.pagerduty.com', which xpack.actions.allowedHosts ('hooks.slack.com') does not list, so Kibana refuses to run the connector; add 'events.pagerduty.com' to allowedHosts",
                    "    4 |     actionTypeId: .pagerduty",
                    "      |                   ^~~~~~~~~~",
                    $"{path}:7:19: error KC0202: Connector 'pd': secrets.routingKey is 8 characters long, but a PagerDuty integration key has 32; copy the Integration Key of the service's Events API integration",
                    "    7 |       routingKey: ********",
                    "      |                   ^~~~~~~~",
                },
                lines.Take(6));
            Assert.StartsWith($"{path}:7:19: warning KC0401", lines[6]);
            Assert.Equal(
                new[]
                {
                    $"{path}:9:19: error KC0102: Connector 'hook': actionTypeId '.webhok' is not a connector type Kibana registers; did you mean '.webhook'?",
                    "    9 |     actionTypeId: .webhok",
                    "      |                   ^~~~~~~",
                    "3 errors, 1 warning in 1 file (2 connectors).",
                    "For what an id means and how to fix it, run 'kibana-connectors explain KC0301'.",
                },
                lines.Skip(9));
            Assert.DoesNotContain("s3cr3t-x", output); // the secret's value is never printed, not even in the quoted line
            Assert.DoesNotContain("help:", output); // built without a repository URL: no link
        }

        [Fact]
        public void Secret_values_are_masked_in_quoted_lines_whatever_the_diagnostic_and_the_spelling()
        {
            // KC0107 on a secret (a number where text is needed), a flow map, and the fully flat spelling.
            var path = File("kibana.yml", "xpack.actions.preconfigured:\n  pd:\n    actionTypeId: .pagerduty\n    name: PD\n    secrets:\n      routingKey: 1234567\n  web:\n    actionTypeId: .webhook\n    name: W\n    config: {url: https://example.com, hasAuth: true}\n    secrets: {user: alice, password: hunter2}\nxpack.actions.preconfigured.pd2.actionTypeId: .pagerduty\nxpack.actions.preconfigured.pd2.name: PD2\nxpack.actions.preconfigured.pd2.secrets.routingKey: s3cr3t-x\n");
            var (_, output, _) = Run(string.Empty, "check", path, "--nowarn", "KC0401");
            var lines = Lines(output);
            Assert.Equal(
                new[]
                {
                    $"{path}:6:19: error KC0107: Connector 'pd': secrets.routingKey must be text, but is a number; YAML reads unquoted digits as a number, so quote it",
                    "    6 |       routingKey: *******",
                    "      |                   ^~~~~~~",
                    $"{path}:14:53: error KC0202: Connector 'pd2': secrets.routingKey is 8 characters long, but a PagerDuty integration key has 32; copy the Integration Key of the service's Events API integration",
                    "   14 | xpack.actions.preconfigured.pd2.secrets.routingKey: ********",
                    "      |                                                     ^~~~~~~~",
                },
                lines.Take(6));

            var literal = Run(string.Empty, "check", path);
            Assert.Contains("   11 |     secrets: {user: *****, password: *******}", literal.Out); // KC0401 on each: keys kept, values masked
            foreach (var value in new[] { "1234567", "alice", "hunter2", "s3cr3t-x" })
            {
                Assert.DoesNotContain(value, literal.Out);
            }
        }

        [Fact]
        public void A_secret_written_through_an_anchor_is_masked_where_it_is_written()
        {
            // KC0401 points at the value, which an alias shares with its anchor outside the secrets.
            var path = File("kibana.yml", "defaults: &pw hunter2\nxpack.actions.preconfigured:\n  h:\n    actionTypeId: .webhook\n    name: H\n    config: {url: https://example.com, hasAuth: true}\n    secrets:\n      user: ${U}\n      password: *pw\n");
            var lines = Lines(Run(string.Empty, "check", path).Out);
            Assert.Equal(new[] { "    1 | defaults: *** *******", "      |           ^~~~~~~~~~~" }, lines.Skip(1).Take(2));
        }

        [Fact]
        public void Secret_values_are_masked_in_a_file_that_is_not_valid_yaml()
        {
            // A key twice is KC0001, so there are no settings to find the secrets in: they are found by indentation.
            var path = File("kibana.yml", "xpack.actions.preconfigured:\n  pd:\n    actionTypeId: .pagerduty\n    name: PD\n    secrets:\n      routingKey: abcdefabcdefabcdefabcdefabcdefab\n      routingKey: s3cr3t-x\n");
            var (exit, output, _) = Run(string.Empty, "check", path);
            Assert.Equal(1, exit);
            Assert.Equal(
                new[]
                {
                    $"{path}:7:7: error KC0001: kibana.yml is not valid YAML: the key 'routingKey' appears twice in one map (first at line 6); Kibana's YAML reader refuses a map with a duplicate key",
                    "    7 |       routingKey: ********",
                    "      |       ^~~~~~~~~~",
                },
                Lines(output).Take(3));
            Assert.DoesNotContain("s3cr3t-x", output);
        }

        [Fact]
        public void Quoted_lines_show_a_tab_as_one_column_and_cut_long_lines_around_the_caret()
        {
            var longUrl = "https://example.com/" + new string('a', 120);
            var path = File("kibana.yml", "xpack.actions.preconfigured:\n  hook:\n    actionTypeId:\t.webhok\n    name: Hook\n  web:\n    actionTypeId: .webhook\n    name: Web\n    config: {hasAuth: false, url: '" + longUrl + "', method: pst, headers: {X-Team: " + new string('b', 100) + "}}\n");
            var lines = Lines(Run(string.Empty, "check", path).Out);
            Assert.Equal(
                new[]
                {
                    $"{path}:3:19: error KC0102: Connector 'hook': actionTypeId '.webhok' is not a connector type Kibana registers; did you mean '.webhook'?",
                    "    3 |     actionTypeId: .webhok",
                    "      |                   ^~~~~~~",
                    $"{path}:8:187: error KC0108: Connector 'web': config.method is 'pst', which Kibana does not accept; use one of 'post', 'put', 'patch', 'get', 'delete'; did you mean 'post'?",
                    "    8 | ...aaaaaaaaaaaaaaaaaaa', method: pst, headers: {X-Team: " + new string('b', 47) + "...",
                    "      |                                  ^~~",
                },
                lines.Take(6));
        }

        [Fact]
        public void Colour_on_a_terminal_only_and_never_with_no_color_or_NO_COLOR()
        {
            var path = File("kibana.yml", Broken);
            var coloured = Run(new Terminal(OutputIsTerminal: true), string.Empty, "check", path).Out;
            Assert.Contains($"\u001b[1m{path}:7:19:\u001b[0m \u001b[1;31merror KC0202:\u001b[0m Connector 'pd'", coloured);
            Assert.Contains("\u001b[2m      | \u001b[0m                  \u001b[1;31m^~~~~~~~\u001b[0m", coloured);
            Assert.Contains("\u001b[1;33mwarning KC0401:\u001b[0m", coloured);

            var plain = Run(string.Empty, "check", path).Out;
            Assert.DoesNotContain('\u001b', plain);
            Assert.Equal(plain, Run(new Terminal(true), string.Empty, "check", path, "--no-color").Out);
            Assert.Equal(plain, Run(new Terminal(true, NoColor: "1"), string.Empty, "check", path).Out);
            Assert.Equal(plain, Run(new Terminal(true, Term: "dumb"), string.Empty, "check", path).Out);
            Assert.Equal(coloured, Run(new Terminal(true, NoColor: string.Empty), string.Empty, "check", path).Out); // no-color.org: set and not empty

            // The machine formats never carry colour.
            Assert.DoesNotContain('\u001b', Run(new Terminal(true), string.Empty, "check", path, "--format", "msbuild").Out);
            Assert.DoesNotContain('\u001b', Run(new Terminal(true), string.Empty, "check", path, "--format", "json").Out);
        }

        [Fact]
        public void A_note_is_printed_as_info_never_fails_the_check_and_stays_a_note_with_warnaserror()
        {
            var path = File("kibana.yml", "xpack.actions.preconfigured:\n  ai:\n    actionTypeId: .inference\n    name: AI\n    config: {provider: elastic, taskType: chat_completion, inferenceId: .rainbow-sprinkles-elastic}\n");
            var (exit, output, _) = Run(string.Empty, "check", path, "--format", "msbuild", "--warnaserror");
            Assert.Equal(0, exit);
            Assert.StartsWith(path + "(5,73): info KC0204: Connector 'ai': config.inferenceId '.rainbow-sprinkles-elastic' must name", output);

            var text = Lines(Run(string.Empty, "check", path).Out);
            Assert.Equal("1 connector in 1 file: no problems (1 note).", text[^2]);
            Assert.StartsWith("::notice file=", Run(string.Empty, "check", path, "--format", "github").Out);
        }

        [Fact]
        public void Explain_prints_the_page_of_an_id_from_the_tool_itself()
        {
            var (exit, output, error) = Run(string.Empty, "explain", "KC0202");
            Assert.Equal(0, exit);
            Assert.Empty(error);
            var lines = Lines(output);
            Assert.Equal(
                new[]
                {
                    "KC0202: PagerDuty routing key is not 32 characters",
                    "==================================================",
                    string.Empty,
                    "Severity: error",
                    string.Empty,
                    "What it means",
                    "-------------",
                    string.Empty,
                    "The `routingKey` secret of a PagerDuty connector does not have 32 characters, so it cannot be the",
                },
                lines.Take(9));
            Assert.Contains("    xpack.actions.preconfigured:", lines); // code blocks indented, fences gone
            Assert.Contains("          routingKey: ${PAGERDUTY_ROUTING_KEY}", lines);
            Assert.DoesNotContain(lines, l => l.StartsWith("```", System.StringComparison.Ordinal) || l.StartsWith("#", System.StringComparison.Ordinal));
            Assert.Contains("`none`) in a `.globalconfig` file (see the index (docs/diagnostics/README.md) for why not `.editorconfig`).", lines);
            Assert.DoesNotContain("Online:", output);

            // The id in lower case or as a bare number; tables aligned; colour on a terminal.
            Assert.Equal(output, Run(string.Empty, "explain", "kc0202").Out);
            Assert.Equal(output, Run(string.Empty, "explain", "202").Out);
            // A table's columns line up: the cell after "file size" starts where the header's second column does.
            var table = Lines(Run(string.Empty, "explain", "KC0008").Out).SkipWhile(l => !l.TrimStart().StartsWith("limit", System.StringComparison.Ordinal)).ToList();
            var row = table.Single(l => l.TrimStart().StartsWith("file size", System.StringComparison.Ordinal));
            Assert.Equal(table[0].IndexOf("value", System.StringComparison.Ordinal), row.IndexOf("8 MiB (8,388,608 characters)", System.StringComparison.Ordinal));
            var coloured = Run(new Terminal(true), string.Empty, "explain", "KC0202").Out;
            Assert.StartsWith("\u001b[1mKC0202: PagerDuty routing key is not 32 characters\u001b[0m", coloured);
            Assert.Contains("The \u001b[36mroutingKey\u001b[0m secret", coloured);
        }

        [Fact]
        public void Explain_without_an_id_lists_every_id_with_its_title()
        {
            var (exit, output, _) = Run(string.Empty, "explain");
            Assert.Equal(0, exit);
            var lines = Lines(output);
            Assert.Equal("KC0001  error    Settings file is not valid YAML", lines[0]);
            Assert.Contains("KC0401  warning  Secret written as a literal", lines);
            Assert.Contains("KC1002  hidden   Connector id written as a string", lines);
            Assert.Equal(Rules.Diagnostics.DiagnosticRules.All.Count, lines.Count(l => l.StartsWith("KC", System.StringComparison.Ordinal)));
            Assert.Equal("'kibana-connectors explain <id>' prints what an id means and how to fix it.", lines[lines.Length - 1]);
        }

        [Theory]
        [InlineData("KC0209", "'KC0209' is not a KibanaConnectors diagnostic id; the closest: KC0009, KC0109, KC0201, KC0202, KC0203, KC0204, KC0205 ('kibana-connectors explain' lists every id)")]
        [InlineData("kc1003", "'KC1003' is not a KibanaConnectors diagnostic id; the closest: KC0003, KC1001, KC1002 (")]
        [InlineData("pagerduty", "'pagerduty' is not a KibanaConnectors diagnostic id ('kibana-connectors explain' lists every id)")]
        public void Explain_of_an_unknown_id_exits_2_and_names_the_closest(string id, string message)
        {
            var (exit, output, error) = Run(string.Empty, "explain", id);
            Assert.Equal(2, exit);
            Assert.Empty(output);
            Assert.Contains("kibana-connectors: " + message, error);
        }

        [Fact]
        public void A_clean_file_exits_0_and_warnings_exit_1_only_with_warnaserror()
        {
            var good = File("good.yml", Good);
            var (exit, output, _) = Run(string.Empty, "check", good);
            Assert.Equal(0, exit);
            Assert.Contains("2 connectors in 1 file: no problems.", output);

            var warned = File("warned.yml", Good.Replace("${OPS_SLACK_URL}", "https://hooks.slack.com/services/a/b/c"));
            Assert.Equal(0, Run(string.Empty, "check", warned).Exit);
            var strict = Run(string.Empty, "check", warned, "--warnaserror");
            Assert.Equal(1, strict.Exit);
            Assert.Contains("error KC0401", strict.Out);
            Assert.Equal(0, Run(string.Empty, "check", warned, "--warnaserror", "--nowarn", "KC0401").Exit);
        }

        [Fact]
        public void Keystore_and_license_options_use_the_generator_rules()
        {
            var yaml = File("kibana.yml", "xpack.actions.preconfigured:\n  pd:\n    actionTypeId: .pagerduty\n    name: PD\n");
            Assert.Contains("error KC0105", Run(string.Empty, "check", yaml).Out);
            var keys = File("keys.txt", "xpack.actions.preconfigured.pd.secrets.routingKey\n");
            Assert.Equal(0, Run(string.Empty, "check", yaml, "--keystore", keys).Exit);
            var basic = Run(string.Empty, "check", yaml, "--keystore", keys, "--license", "basic");
            Assert.Equal(0, basic.Exit);
            Assert.Contains("warning KC0303", basic.Out);
        }

        [Fact]
        public void Formats_for_msbuild_github_json_and_sarif()
        {
            var path = File("kibana.yml", Broken);
            Assert.Contains($"{path}(7,19): error KC0202: ", Run(string.Empty, "check", path, "--format", "msbuild").Out);

            var github = Run(string.Empty, "check", path, "--format", "github").Out;
            Assert.Contains($"::error file={path},line=7,col=19,endLine=7,endColumn=27,title=KC0202%3A PagerDuty routing key is not 32 characters::Connector 'pd'", github);

            using (var json = JsonDocument.Parse(Run(string.Empty, "check", path, "--format", "json").Out))
            {
                Assert.Equal(3, json.RootElement.GetProperty("errors").GetInt32());
                var first = json.RootElement.GetProperty("diagnostics")[0];
                Assert.Equal("KC0301", first.GetProperty("id").GetString());
                Assert.Equal(4, first.GetProperty("line").GetInt32());
                Assert.False(first.TryGetProperty("helpUri", out _)); // built without a repository URL
            }

            using (var sarif = JsonDocument.Parse(Run(string.Empty, "check", path, "--format", "sarif").Out))
            {
                var run = sarif.RootElement.GetProperty("runs")[0];
                Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
                Assert.Equal("kibana-connectors", run.GetProperty("tool").GetProperty("driver").GetProperty("name").GetString());
                var result = run.GetProperty("results")[1];
                Assert.Equal("KC0202", result.GetProperty("ruleId").GetString());
                Assert.Equal(7, result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32());
            }
        }

        [Fact]
        public void Standard_input_is_read_with_a_dash()
        {
            var (exit, output, _) = Run(Broken, "check", "-", "--format", "msbuild");
            Assert.Equal(1, exit);
            Assert.Contains("<stdin>(7,19): error KC0202", output);
        }

        [Fact]
        public void List_shows_where_secrets_come_from_never_their_values()
        {
            var path = File("kibana.yml", Good + "  hook:\n    actionTypeId: .webhook\n    name: Hook\n    config: {url: https://example.com}\n    secrets:\n      user: alice\n      password: hunter2\n");
            var (exit, output, _) = Run(string.Empty, "list", path);
            Assert.Equal(0, exit);
            Assert.Contains("ops   .slack    Ops   webhookUrl from environment $OPS_SLACK_URL", output);
            Assert.Contains("user from the file (written out, KC0401), password from the file (written out, KC0401)", output);
            Assert.DoesNotContain("hunter2", output);
            Assert.DoesNotContain("alice", output);

            using var json = JsonDocument.Parse(Run(string.Empty, "list", path, "--format", "json").Out);
            Assert.Equal(new[] { "hook", "mail", "ops" }, json.RootElement.EnumerateArray().Select(c => c.GetProperty("id").GetString()));
        }

        [Theory]
        [InlineData(new[] { "chek", "kibana.yml" }, "unknown command 'chek' (did you mean 'check'?)")]
        [InlineData(new[] { "check" }, "no settings file given")]
        [InlineData(new[] { "check", "a.yml", "--formt", "json" }, "unknown option '--formt' (did you mean '--format'?)")]
        [InlineData(new[] { "check", "a.yml", "--format", "xml" }, "--format 'xml' is not known to 'check'; use text, msbuild, github, sarif, json")]
        [InlineData(new[] { "check", "a.yml", "--license", "silver" }, "not a Kibana licence")]
        [InlineData(new[] { "check", "does-not-exist.yml" }, "cannot read 'does-not-exist.yml'")]
        [InlineData(new[] { "explain", "KC0202", "KC0201" }, "explain takes one id, but got 'KC0202' and 'KC0201'")]
        [InlineData(new[] { "explain", "KC0202", "--format", "json" }, "'--format' is not an option of 'explain'")]
        [InlineData(new[] { "explian" }, "unknown command 'explian' (did you mean 'explain'?)")]
        public void Usage_errors_and_unreadable_files_exit_2_and_say_what_to_do(string[] args, string message)
        {
            var (exit, output, error) = Run(string.Empty, args);
            Assert.Equal(2, exit);
            Assert.Empty(output);
            Assert.Contains(message, error);
        }

        [Fact]
        public void Help_lists_commands_and_options()
        {
            var (exit, output, _) = Run(string.Empty, "--help");
            Assert.Equal(0, exit);
            Assert.Contains("check", output);
            Assert.Contains("list", output);
            Assert.Contains("explain", output);
            Assert.Contains("--warnaserror", Run(string.Empty, "check", "--help").Out);
            Assert.Contains("kc0202 or 202", Run(string.Empty, "explain", "--help").Out);
        }

        [Fact]
        public void Stdin_once_option_values_never_swallow_options_and_nowarn_never_hides_errors()
        {
            var (exit, _, error) = Run(Broken, "check", "-", "--keystore", "-");
            Assert.Equal(2, exit);
            Assert.Contains("'-' (standard input) can be given once", error);

            var swallowed = Run(string.Empty, "check", File("a.yml", Good), "--nowarn", "--warnaserror");
            Assert.Equal(2, swallowed.Exit);
            Assert.Contains("--nowarn needs a value", swallowed.Err);

            var path = File("kibana.yml", Broken);
            var hidden = Run(string.Empty, "check", path, "--nowarn", "KC0202,KC0401");
            Assert.Equal(1, hidden.Exit);
            Assert.Contains("error KC0202", hidden.Out);
            Assert.DoesNotContain("KC0401", hidden.Out);
        }

        [Fact]
        public void The_same_file_named_twice_is_read_once()
        {
            var path = File("kibana.yml", Good);
            var (exit, output, _) = Run(string.Empty, "check", path, Path.Combine(_folder, ".", "kibana.yml"));
            Assert.Equal(0, exit);
            Assert.DoesNotContain("KC0003", output);
        }

        [Fact]
        public void Sarif_locations_are_uris_and_stdin_has_none()
        {
            using (var sarif = JsonDocument.Parse(Run(Broken, "check", "-", "--format", "sarif").Out))
            {
                Assert.Equal(0, sarif.RootElement.GetProperty("runs")[0].GetProperty("results")[0].GetProperty("locations").GetArrayLength());
            }

            var path = File("kibana.yml", Broken);
            using var rooted = JsonDocument.Parse(Run(string.Empty, "check", path, "--format", "sarif").Out);
            var uri = rooted.RootElement.GetProperty("runs")[0].GetProperty("results")[0].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString();
            Assert.Equal(new System.Uri(path).AbsoluteUri, uri);
        }

        [Fact]
        public void Kibana_version_chooses_the_reader_and_a_bad_one_is_a_usage_error()
        {
            var path = File("merged.yml", "defaults: &d\n  name: Log\nxpack.actions.preconfigured:\n  log:\n    <<: *d\n    actionTypeId: .server-log\n");
            Assert.Equal(1, Run(string.Empty, "check", path).Exit);
            Assert.Equal(0, Run(string.Empty, "check", path, "--kibana-version", "8.18").Exit);
            var bad = Run(string.Empty, "check", path, "--kibana-version", "eighteen");
            Assert.Equal(2, bad.Exit);
            Assert.Contains("--kibana-version 'eighteen' is not a Kibana release", bad.Err);
        }
    }
}

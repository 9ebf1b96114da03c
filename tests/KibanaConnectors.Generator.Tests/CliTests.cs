using System.IO;
using System.Linq;
using System.Text.Json;
using KibanaConnectors.Cli;
using Xunit;

namespace KibanaConnectors.Generator.Tests
{
    /// <summary>The kibana-connectors tool run in-process: commands, formats, exit codes. The packed tool has end-to-end tests.</summary>
    public sealed class CliTests : System.IDisposable
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

        private static (int Exit, string Out, string Err) Run(string stdin, params string[] args)
        {
            var output = new StringWriter();
            var error = new StringWriter();
            var exit = Program.Run(args, new StringReader(stdin), output, error);
            return (exit, output.ToString(), error.ToString());
        }

        [Fact]
        public void Check_prints_each_problem_with_its_place_and_exits_1_on_errors()
        {
            var path = File("kibana.yml", Broken);
            var (exit, output, error) = Run(string.Empty, "check", path);
            Assert.Equal(1, exit);
            Assert.Empty(error);
            var lines = output.TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
            Assert.Equal(
                new[]
                {
                    $"{path}:4:19: error KC0301: Connector 'pd': its default URL https://events.pagerduty.com/v2/enqueue calls the host 'events.pagerduty.com', which xpack.actions.allowedHosts ('hooks.slack.com') does not list, so Kibana refuses to run the connector; add 'events.pagerduty.com' to allowedHosts",
                    $"{path}:7:19: error KC0202: Connector 'pd': secrets.routingKey is 8 characters long, but a PagerDuty integration key has 32; copy the Integration Key of the service's Events API integration",
                },
                lines.Take(2));
            Assert.StartsWith($"{path}:7:19: warning KC0401", lines[2]);
            Assert.StartsWith($"{path}:9:19: error KC0102", lines[3]);
            Assert.Equal("3 errors, 1 warning in 1 file (2 connectors).", lines[4]);
            Assert.DoesNotContain("s3cr3t-x", output); // the secret's value is never printed
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
            Assert.Contains("--warnaserror", Run(string.Empty, "check", "--help").Out);
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

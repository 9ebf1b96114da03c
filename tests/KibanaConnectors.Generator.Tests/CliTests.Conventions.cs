using System.Linq;
using KibanaConnectors.Cli;
using KibanaConnectors.Rules.Model;
using Xunit;

namespace KibanaConnectors.Generator.Tests
{
    /// <summary>What every command does alike: --help, --version, and the exit codes 0, 1 and 2 of docs/cli.md.</summary>
    public sealed partial class CliTests
    {
        public static TheoryData<string> Commands() => new TheoryData<string> { "check", "list", "explain", "schema", "lsp" };

        [Theory]
        [MemberData(nameof(Commands))]
        public void Every_command_has_help_that_exits_0_however_it_is_asked_for(string command)
        {
            foreach (var args in new[] { new[] { command, "--help" }, new[] { command, "-h" }, new[] { "help", command }, new[] { "--help", command } })
            {
                var (exit, output, error) = Run(string.Empty, args);
                Assert.True(exit == 0, string.Join(" ", args) + ": " + error);
                Assert.StartsWith($"Usage: kibana-connectors {command}", output);
                Assert.Contains("Exit codes:", output);
                Assert.Empty(error);
            }
        }

        [Fact]
        public void The_general_help_names_every_command_and_the_exit_codes()
        {
            var (exit, output, _) = Run(string.Empty, "--help");
            Assert.Equal(0, exit);
            foreach (var command in Commands())
            {
                Assert.Contains($"\n  {command} ", output.Replace("\r\n", "\n"));
            }

            Assert.Contains("--version", output);
            Assert.Contains("Exit codes: 0 no problems at the fail level", output);
            Assert.Equal(output, Run(string.Empty).Out);
        }

        [Fact]
        public void Version_prints_the_tool_version_then_the_Kibana_releases_of_the_rules_core()
        {
            var (exit, output, error) = Run(string.Empty, "--version");
            Assert.Equal(0, exit);
            Assert.Empty(error);
            var lines = Lines(output);
            Assert.Equal(typeof(Program).Assembly.GetName().Version!.ToString(3), lines[0]);
            Assert.Equal(2, lines.Length);
            // The releases as the core knows them: the 8.x line ended at 8.19, the 9.x line reaches the newest.
            Assert.Equal($"Kibana releases: 8.0 to 8.19 and 9.0 to {KibanaVersion.Newest} (--kibana-version; the default is {KibanaVersion.Newest}, the newest; a later release is checked with {KibanaVersion.Newest}'s rules)", lines[1]);
            Assert.Equal(KibanaVersion.Oldest, KibanaVersion.Releases[0]);
            Assert.Equal(KibanaVersion.Newest, KibanaVersion.Releases[KibanaVersion.Releases.Count - 1]);
            Assert.All(KibanaVersion.Releases, r => Assert.Equal(r, KibanaVersion.Parse(r.ToString())));
            Assert.Equal(20 + KibanaVersion.Newest.Minor + 1, KibanaVersion.Releases.Count);
        }

        [Fact]
        public void Exit_codes_of_check_0_clean_1_problems_at_the_fail_level_2_usage_or_io()
        {
            var good = File("good.yml", Good);
            var broken = File("broken.yml", Broken);
            Assert.Equal(Program.Success, Run(string.Empty, "check", good).Exit);
            Assert.Equal(Program.Errors, Run(string.Empty, "check", broken).Exit);
            Assert.Equal(Program.Errors, Run(string.Empty, "check", good, broken, "--format", "json").Exit);
            Assert.Equal(Program.UsageOrInput, Run(string.Empty, "check", InFolder("missing.yml")).Exit);
            Assert.Equal(Program.UsageOrInput, Run(string.Empty, "check", good, "--bogus").Exit);
            Assert.Equal(Program.UsageOrInput, Run(string.Empty, "check").Exit);
        }

        [Fact]
        public void Exit_codes_of_list_explain_schema_and_lsp_0_done_2_usage_or_io()
        {
            var broken = File("broken.yml", Broken);
            // list lists a file with errors too: it is not a check.
            Assert.Equal(Program.Success, Run(string.Empty, "list", broken).Exit);
            Assert.Equal(Program.UsageOrInput, Run(string.Empty, "list", InFolder("missing.yml")).Exit);
            Assert.Equal(Program.UsageOrInput, Run(string.Empty, "list", broken, "--format", "sarif").Exit);

            Assert.Equal(Program.Success, Run(string.Empty, "explain").Exit);
            Assert.Equal(Program.Success, Run(string.Empty, "explain", "KC0202").Exit);
            Assert.Equal(Program.UsageOrInput, Run(string.Empty, "explain", "KC9999").Exit);

            Assert.Equal(Program.Success, Run(string.Empty, "schema").Exit);
            Assert.Equal(Program.UsageOrInput, Run(string.Empty, "schema", "extra").Exit);

            // lsp's 0 and 1 (shutdown then exit, or exit without it) are the editor server's, tested over the protocol.
            var lsp = Run(string.Empty, "lsp", "--tcp");
            Assert.Equal(Program.UsageOrInput, lsp.Exit);
            Assert.Contains("'lsp' takes no argument but --stdio (the only transport), not '--tcp'", lsp.Err);
            Assert.Empty(lsp.Out);

            var unknown = Run(string.Empty, "lint", broken);
            Assert.Equal(Program.UsageOrInput, unknown.Exit);
            Assert.Contains("use 'check', 'list', 'explain', 'schema' or 'lsp'", unknown.Err);
        }

        private string InFolder(string name) => System.IO.Path.Combine(_folder, name);
    }
}

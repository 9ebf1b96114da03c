using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using KibanaConnectors.Tests.Node;
using Xunit;

namespace KibanaConnectors.EndToEnd.Tests
{
    /// <summary>The packed tool's editor server, driven by clients written apart from it.</summary>
    [Collection(PackageCollection.Name)]
    public class EditorTests
    {
        private readonly PackageFixture _package;

        public EditorTests(PackageFixture package) => _package = package;

        // The editor server's protocol tests (tests/KibanaConnectors.Generator.Tests: LanguageServerTests and
        // KubernetesLanguageServerTests), which run it in-process elsewhere, here against the installed tool's process:
        // on linux-x64 the native executable, so everything the server writes goes through the AOT-compiled code.
        [Fact]
        public void The_protocol_tests_pass_against_the_installed_editor_server()
        {
            var tool = _package.InstallTool(_package.Feed, _package.Version);
            if (PackageFixture.NativeRid == "linux-x64")
            {
                Assert.True(PackageFixture.IsNative(tool), tool + " is not the native tool");
            }

            var configuration = AppContext.BaseDirectory.Contains(Path.DirectorySeparatorChar + "Release" + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? "Release" : "Debug";
            var project = Path.Combine(PackageFixture.RepositoryRoot, "tests", "KibanaConnectors.Generator.Tests");
            var built = Directory.Exists(Path.Combine(project, "bin", configuration)) ? "--no-build" : string.Empty;
            var run = Command.Run("dotnet", project, $"test -c {configuration} {built} --filter \"FullyQualifiedName~LanguageServerTests\"", 600, ("KIBANACONNECTORS_LSP_COMMAND", tool));
            Assert.True(run.ExitCode == 0, run.Output);
            var summary = System.Text.RegularExpressions.Regex.Match(run.Output, @"Failed:\s+(\d+), Passed:\s+(\d+)");
            Assert.True(summary.Success, run.Output);
            Assert.Equal("0", summary.Groups[1].Value);
            Assert.InRange(int.Parse(summary.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture), 10, int.MaxValue);
        }

        [NodeFact("LspClient")]
        public void A_client_on_vscode_languageserver_protocol_gets_diagnostics_fixes_hover_and_completion()
        {
            var tool = _package.InstallTool(_package.Feed, _package.Version);
            Assert.True(PackageFixture.NativeRid != "linux-x64" || PackageFixture.IsNative(tool), tool + " is not the native tool");
            var output = NodeScript.Run("LspClient", "client.mjs", string.Empty, TimeSpan.FromMinutes(2), tool, "lsp");
            foreach (var step in new[] { "initialize", "diagnostics of the broken file", "code action", "no diagnostics after the fix, without saving", "hover", "completion", "shutdown and exit" })
            {
                Assert.Contains("ok: " + step, output);
            }
        }

        [NeovimFact]
        public void Neovim_receives_the_problems_check_reports_at_the_same_places()
        {
            var tool = _package.InstallTool(_package.Feed, _package.Version);
            Assert.True(PackageFixture.NativeRid != "linux-x64" || PackageFixture.IsNative(tool), tool + " is not the native tool");
            var work = Path.Combine(_package.Root, "neovim");
            Directory.CreateDirectory(work);
            var file = Path.Combine(work, "kibana.yml");
            File.WriteAllText(file, "xpack.actions.preconfigured:\n  pd:\n    actionTypeId: .pagerduty\n    name: PD\n    secrets:\n      routingKey: short\n  x:\n    actionTypeId: .slak\n    name: X\n");
            var output = Path.Combine(work, "diagnostics.txt");

            var start = new ProcessStartInfo("nvim", "--headless -u NONE -i NONE -c \"luafile diagnostics.lua\"") { WorkingDirectory = NodeScript.Folder("Neovim"), UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
            start.Environment["KC_LSP"] = tool + " lsp";
            start.Environment["KC_FILE"] = file;
            start.Environment["KC_OUT"] = output;
            using (var nvim = Process.Start(start)!)
            {
                Assert.True(nvim.WaitForExit(90_000), "Neovim did not quit");
            }

            var received = File.ReadAllLines(output).Select(l => l.Split(' ')[0]).ToArray();
            var check = Command.Run(tool, work, "check kibana.yml --format msbuild");
            var reported = check.Output.Replace("\r\n", "\n").Split('\n')
                .Where(l => l.StartsWith("kibana.yml(", StringComparison.Ordinal))
                .Select(l => { var at = l.Substring(11, l.IndexOf(')') - 11).Split(','); var id = l.Split(' ')[2].TrimEnd(':'); return $"{id}@{at[0]}:{at[1]}"; })
                .OrderBy(c => c, StringComparer.Ordinal).ToArray();
            Assert.Equal(new[] { "KC0102@8:19", "KC0202@6:19", "KC0401@6:19" }, received);
            Assert.Equal(reported, received);
        }
    }

    /// <summary>Skipped, with how to run it, where Neovim is not installed; KIBANACONNECTORS_REQUIRE_NEOVIM=1 (as .ci/run sets) makes that a failure.</summary>
    public sealed class NeovimFactAttribute : FactAttribute
    {
        public NeovimFactAttribute()
        {
            if (Environment.GetEnvironmentVariable("KIBANACONNECTORS_REQUIRE_NEOVIM") != "1" && !OnPath("nvim"))
            {
                Skip = "Neovim (nvim) is not installed; to run it: apt-get install neovim (Debian's, 0.7 or later), then dotnet test (.ci/run does both)";
            }
        }

        /// <summary>Whether a program of that name is in a folder of PATH.</summary>
        internal static bool OnPath(string name) =>
            (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator).Any(d => File.Exists(Path.Combine(d, name)));
    }
}

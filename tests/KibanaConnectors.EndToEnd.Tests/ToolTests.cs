using System.IO;
using System.Linq;
using Xunit;

namespace KibanaConnectors.EndToEnd.Tests
{
    /// <summary>The packed kibana-connectors tool, installed into a tool path of its own as a CI job would.</summary>
    [Collection(PackageCollection.Name)]
    public class ToolTests
    {
        private readonly PackageFixture _package;

        public ToolTests(PackageFixture package) => _package = package;

        [Fact]
        public void The_tool_package_names_a_native_package_for_this_machine_and_a_framework_dependent_one()
        {
            // The package users name holds no code: its settings list the RID packages, and the .NET 10 SDK installs the
            // one that fits the machine ('any' where no native one does).
            var entries = PackageFixture.Entries(_package.ToolPackagePath);
            Assert.DoesNotContain(entries, e => e.EndsWith(".dll", System.StringComparison.Ordinal) || e.EndsWith("/kibana-connectors", System.StringComparison.Ordinal));
            var settings = PackageFixture.ReadEntry(_package.ToolPackagePath, "tools/any/any/DotnetToolSettings.xml");
            var rids = System.Xml.Linq.XDocument.Parse(settings).Descendants("RuntimeIdentifierPackage").Select(p => p.Attribute("RuntimeIdentifier")!.Value).ToArray();
            Assert.Equal(PackageFixture.NativeRid == null ? new[] { "any" } : new[] { PackageFixture.NativeRid, "any" }, rids);

            // The framework-dependent tool runs the rules core alone: the compiler's assemblies would make it twenty times larger.
            var portable = PackageFixture.Entries(_package.PortableToolPackagePath);
            Assert.Contains("tools/net10.0/any/KibanaConnectors.Rules.dll", portable);
            Assert.Contains("tools/net10.0/any/kibana-connectors.dll", portable);
            Assert.DoesNotContain(portable, e => Path.GetFileName(e).StartsWith("Microsoft.CodeAnalysis", System.StringComparison.OrdinalIgnoreCase));
            Assert.InRange(new FileInfo(_package.PortableToolPackagePath).Length, 1, 1_500_000);
        }

        // On linux-x64 (CI) the RID package holds one native executable: no assembly, no runtime, no debug file.
        [Fact]
        public void The_native_package_is_one_executable_without_debug_files_and_at_most_8_MB()
        {
            if (_package.NativeToolPackagePath is not string native)
            {
                return;
            }

            var files = PackageFixture.Entries(native).Where(e => e.StartsWith("tools/", System.StringComparison.Ordinal)).ToArray();
            var executable = $"tools/any/{PackageFixture.NativeRid}/kibana-connectors" + (System.OperatingSystem.IsWindows() ? ".exe" : string.Empty);
            Assert.Equal(new[] { $"tools/any/{PackageFixture.NativeRid}/DotnetToolSettings.xml", executable }.OrderBy(e => e, System.StringComparer.Ordinal), files.OrderBy(e => e, System.StringComparer.Ordinal));
            foreach (var package in new[] { _package.ToolPackagePath, _package.PortableToolPackagePath, native })
            {
                Assert.DoesNotContain(PackageFixture.Entries(package), e => e.EndsWith(".dbg", System.StringComparison.Ordinal));
            }

            Assert.InRange(new FileInfo(native).Length, 1, 8 * 1024 * 1024);
        }

        // Installed as a user would (dotnet tool install from the feed), the command is the native executable where one is
        // packed: an ELF file, with no managed entry assembly beside it.
        [Fact]
        public void The_installed_tool_is_the_native_executable_on_linux_x64()
        {
            var tool = _package.InstallTool(_package.Feed, _package.Version);
            var store = Path.Combine(Path.GetDirectoryName(tool)!, ".store", "kibanaconnectors.tool");
            Assert.True(Directory.Exists(store), store);
            var installed = Directory.GetFiles(Path.GetDirectoryName(tool)!, "kibana-connectors*", SearchOption.AllDirectories)
                .Where(f => f.Contains(Path.DirectorySeparatorChar + ".store" + Path.DirectorySeparatorChar, System.StringComparison.Ordinal))
                .ToArray();
            if (PackageFixture.NativeRid != "linux-x64")
            {
                Assert.Contains(installed, f => f.EndsWith("kibana-connectors.dll", System.StringComparison.Ordinal));
                return;
            }

            Assert.DoesNotContain(installed, f => f.EndsWith(".dll", System.StringComparison.Ordinal));
            var executable = Assert.Single(installed, f => Path.GetFileName(f) == "kibana-connectors");
            Assert.Contains(Path.DirectorySeparatorChar + "kibanaconnectors.tool.linux-x64" + Path.DirectorySeparatorChar, executable);
            Assert.Equal(new byte[] { 0x7f, (byte)'E', (byte)'L', (byte)'F' }, File.ReadAllBytes(executable).Take(4).ToArray());
            Assert.True(PackageFixture.IsNative(tool), "the installed kibana-connectors runs on the .NET runtime: " + tool);
        }

        // dnx / dotnet tool exec: the tool run without installing it, as docs/cli.md shows, from a NuGet cache of its own.
        [Fact]
        public void The_tool_runs_without_installing_it_through_dotnet_tool_exec()
        {
            var work = Path.Combine(_package.Root, "tool-exec");
            Directory.CreateDirectory(work);
            File.WriteAllText(Path.Combine(work, "kibana.yml"), "xpack.actions.preconfigured:\n  x:\n    actionTypeId: .slak\n    name: X\n");
            var cache = ("NUGET_PACKAGES", Path.Combine(_package.Root, "tool-exec-cache"));
            var run = Command.Run("dotnet", work, $"tool exec KibanaConnectors.Tool@{_package.Version} --add-source \"{_package.Feed}\" --yes -- check kibana.yml --format msbuild", 300, cache);
            Assert.True(run.ExitCode == 1, run.Output);
            Assert.Contains("kibana.yml(3,19): error KC0102: Connector 'x'", run.Output);
            if (PackageFixture.NativeRid != null)
            {
                Assert.True(Directory.Exists(Path.Combine(cache.Item2, "kibanaconnectors.tool." + PackageFixture.NativeRid)), "dotnet tool exec took the framework-dependent package");
            }
        }

        // The native and the framework-dependent tool are one program: the same bytes out for the same files.
        [Fact]
        public void The_native_and_the_framework_dependent_tool_print_the_same_bytes()
        {
            var tool = _package.InstallTool(_package.Feed, _package.Version);
            var dll = _package.PortableToolDll();
            var work = Path.Combine(_package.Root, "same-output");
            Directory.CreateDirectory(work);
            File.WriteAllText(Path.Combine(work, "kibana.yml"), "xpack.actions.allowedHosts: [hooks.slack.com]\nxpack.actions.preconfigured:\n  pd:\n    actionTypeId: .pagerduty\n    name: PD ü\n    secrets:\n      routingKey: s3cr3t-x\n  hook:\n    actionTypeId: .webhok\n    name: <Hook> & 'co'\n  mail:\n    actionTypeId: .email\n    name: Mail\n    config: {from: a@example.com, host: smtp.example.com, port: 25, hasAuth: false}\n");
            foreach (var arguments in new[] { "check kibana.yml --format json", "check kibana.yml --format sarif", "check kibana.yml --format msbuild", "check kibana.yml --format github", "check kibana.yml", "list kibana.yml --format json", "explain KC0202", "schema", "--version", "lsp --help" })
            {
                var native = Command.Run(tool, work, arguments);
                var portable = Command.Run("dotnet", work, $"\"{dll}\" {arguments}");
                Assert.Equal(portable.ExitCode, native.ExitCode);
                Assert.Equal(portable.Output, native.Output);
            }
        }

        [Fact]
        public void The_installed_tool_checks_and_lists_files_with_the_documented_exit_codes()
        {
            var tool = _package.InstallTool(_package.Feed, _package.Version);

            var work = Path.Combine(_package.Root, "infra");
            Directory.CreateDirectory(work);
            File.WriteAllText(Path.Combine(work, "kibana.yml"), "xpack.actions.preconfigured:\n  ops:\n    actionTypeId: .slack\n    name: Ops\n    secrets:\n      webhookUrl: ${OPS_SLACK_URL}\n");
            File.WriteAllText(Path.Combine(work, "broken.yml"), "xpack.actions.preconfigured:\n  pd:\n    actionTypeId: .pagerduty\n    name: PD\n    secrets:\n      routingKey: ${PD_KEY}\n  x:\n    actionTypeId: .slak\n    name: X\n");

            var clean = Command.Run(tool, work, "check kibana.yml");
            Assert.True(clean.ExitCode == 0, clean.Output);
            Assert.Contains("1 connector in 1 file: no problems.", clean.Output);

            var broken = Command.Run(tool, work, "check kibana.yml broken.yml --format msbuild");
            Assert.Equal(1, broken.ExitCode);
            Assert.Contains("broken.yml(8,19): error KC0102: Connector 'x'", broken.Output);

            var list = Command.Run(tool, work, "list kibana.yml");
            Assert.Equal(0, list.ExitCode);
            Assert.Contains("webhookUrl from environment $OPS_SLACK_URL", list.Output);

            var missing = Command.Run(tool, work, "check nowhere.yml");
            Assert.Equal(2, missing.ExitCode);
            Assert.Contains("cannot read 'nowhere.yml'", missing.Output);

            // The quoted line, and the pages, which travel inside the packed rules assembly.
            var text = Command.Run(tool, work, "check broken.yml");
            Assert.Contains("    8 |     actionTypeId: .slak\n      |                   ^~~~~", text.Output.Replace("\r\n", "\n"));
            Assert.DoesNotContain("help:", text.Output);
            var explain = Command.Run(tool, work, "explain kc202");
            Assert.Equal(0, explain.ExitCode);
            Assert.StartsWith("KC0202: PagerDuty routing key is not 32 characters", explain.Output);
            Assert.DoesNotContain("Online:", explain.Output);

            // The Kubernetes samples, as CI checks them: an ECK manifest and two charts' values, no problem.
            var samples = Path.Combine(PackageFixture.RepositoryRoot, "samples", "Kubernetes");
            var deployments = Command.Run(tool, samples, "check eck/observability.yaml helm/kibana-values.yaml eck-stack/values.yaml");
            Assert.True(deployments.ExitCode == 0, deployments.Output);
            Assert.Contains("Kibana 'observability/kibana-staging': 2 connectors, no problems.", deployments.Output);

            // The tool runs with invariant globalization (start-up): international host names still compare as Kibana's.
            File.WriteAllText(Path.Combine(work, "idn.yml"), "xpack.actions.allowedHosts: [xn--bcher-kva.example]\nxpack.actions.preconfigured:\n  hook:\n    actionTypeId: .webhook\n    name: Hook\n    config:\n      url: https://bücher.example/x\n      hasAuth: false\n");
            var idn = Command.Run(tool, work, "check idn.yml");
            Assert.True(idn.ExitCode == 0, idn.Output);
        }
    }
}

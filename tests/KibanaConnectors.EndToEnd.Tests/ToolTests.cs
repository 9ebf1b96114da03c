using System.IO;
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
        public void The_tool_package_is_small_and_holds_no_roslyn()
        {
            // The tool runs the rules core alone: the compiler's assemblies would make it twenty times larger.
            var entries = PackageFixture.Entries(_package.ToolPackagePath);
            Assert.Contains("tools/net8.0/any/KibanaConnectors.Rules.dll", entries);
            Assert.DoesNotContain(entries, e => Path.GetFileName(e).StartsWith("Microsoft.CodeAnalysis", System.StringComparison.OrdinalIgnoreCase));
            Assert.InRange(new FileInfo(_package.ToolPackagePath).Length, 1, 1_500_000);
        }

        // Packed on linux-x64 with the .NET 10 runtime (as CI packs it), the tool's assemblies and YamlDotNet carry code
        // compiled ahead of time for that runtime (KibanaConnectorsReadyToRun in the tool's project); packed elsewhere
        // they are IL only. Either way they are the same portable assemblies, in the same place.
        [Fact]
        public void The_tool_assemblies_carry_ahead_of_time_code_when_packed_on_linux_x64()
        {
            var expected = System.OperatingSystem.IsLinux()
                && System.Runtime.InteropServices.RuntimeInformation.OSArchitecture == System.Runtime.InteropServices.Architecture.X64
                && System.Environment.Version.Major == 10;
            using var zip = System.IO.Compression.ZipFile.OpenRead(_package.ToolPackagePath);
            foreach (var name in new[] { "kibana-connectors", "KibanaConnectors.Rules", "KibanaConnectors.LanguageServer", "YamlDotNet" })
            {
                using var entry = zip.GetEntry($"tools/net8.0/any/{name}.dll")!.Open();
                using var copy = new MemoryStream();
                entry.CopyTo(copy);
                copy.Position = 0;
                using var pe = new System.Reflection.PortableExecutable.PEReader(copy);
                Assert.True(pe.HasMetadata, name);
                // A ReadyToRun image names its native code in the CLI header's managed native header directory.
                Assert.True(expected == pe.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0,
                    $"{name}.dll: ahead-of-time code expected {expected}, packed on {System.Runtime.InteropServices.RuntimeInformation.OSDescription} {System.Runtime.InteropServices.RuntimeInformation.OSArchitecture}, .NET {System.Environment.Version}");
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

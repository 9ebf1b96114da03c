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
        public void The_installed_tool_checks_and_lists_files_with_the_documented_exit_codes()
        {
            var tools = Path.Combine(_package.Root, "tools");
            var install = Dotnet.Run(_package.Root, $"tool install KibanaConnectors.Tool --tool-path \"{tools}\" --add-source \"{_package.Feed}\" --version {_package.Version}");
            Assert.True(install.ExitCode == 0, install.Output);
            var tool = Path.Combine(tools, "kibana-connectors");

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
        }
    }
}

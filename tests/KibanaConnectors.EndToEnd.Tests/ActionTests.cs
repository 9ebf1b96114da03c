using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace KibanaConnectors.EndToEnd.Tests
{
    /// <summary>
    /// The repository's GitHub Action (action.yml), its steps run as a runner runs them (<see cref="CompositeActionRunner"/>)
    /// on a scratch workspace: the packed tool installed from the test feed, as the action's version and source inputs say.
    /// </summary>
    [Collection(PackageCollection.Name)]
    public class ActionTests
    {
        private const string Ops = "xpack.actions.preconfigured:\n  ops:\n    actionTypeId: .slack\n    name: Ops\n    secrets:\n      webhookUrl: ${OPS_SLACK_URL}\n";

        private readonly PackageFixture _package;

        public ActionTests(PackageFixture package) => _package = package;

        [Fact]
        public void The_action_annotates_a_broken_file_fails_writes_sarif_and_passes_once_it_is_fixed()
        {
            var workspace = Path.Combine(_package.Root, "action-workspace");
            var runnerTemp = Path.Combine(_package.Root, "action-runner-temp");
            Directory.CreateDirectory(Path.Combine(workspace, "deploy"));
            File.WriteAllText(Path.Combine(workspace, "kibana.yml"), SettingsFiles.Broken);
            File.WriteAllText(Path.Combine(workspace, "deploy", "ops.connectors.yml"), Ops);
            // Kibana 8.18 applies '<<' merge keys (js-yaml), later releases do not: kibana-version reaches check.
            File.WriteAllText(Path.Combine(workspace, "deploy", "log.connectors.yml"), "defaults: &d\n  name: Log\nxpack.actions.preconfigured:\n  log:\n    <<: *d\n    actionTypeId: .server-log\n");
            // A PagerDuty key in the keystore only: keystore reaches check.
            File.WriteAllText(Path.Combine(workspace, "deploy", "pager.connectors.yml"), "xpack.actions.preconfigured:\n  pager:\n    actionTypeId: .pagerduty\n    name: Pager\n");
            File.WriteAllText(Path.Combine(workspace, "deploy", "keys.txt"), "xpack.actions.preconfigured.pager.secrets.routingKey\n");
            // The default files input finds them all: kibana.yml at the root, *.connectors.yml in any folder.
            var inputs = new Dictionary<string, string>
            {
                ["version"] = _package.Version,
                ["source"] = _package.Feed,
                ["sarif"] = "results/kibana-connectors.sarif",
                ["kibana-version"] = "8.18",
                ["keystore"] = "deploy/keys.txt",
            };

            var broken = CompositeActionRunner.Run(PackageFixture.RepositoryRoot, workspace, runnerTemp, inputs);
            Assert.True(broken.Steps.Count == 2 && broken.Steps[0].ExitCode == 0, broken.Output);
            Assert.True(broken.ExitCode == 1, broken.Output);
            var annotations = broken.Steps[1].Output.Replace("\r\n", "\n").Split('\n').Where(l => l.StartsWith("::", System.StringComparison.Ordinal)).ToList();
            Assert.Equal(new[] { "::error file=kibana.yml,line=8,col=19,endLine=8,endColumn=26,title=KC0102%3A Unknown action type::Connector 'hook': actionTypeId '.webhok' is not a connector type Kibana registers; did you mean '.webhook'?" }, annotations);
            Assert.Contains("kibana-connectors check kibana.yml deploy/log.connectors.yml deploy/ops.connectors.yml deploy/pager.connectors.yml", broken.Output);

            // The SARIF log, for upload-sarif: every rule, the result located by a path relative to the workspace.
            var sarifPath = Path.Combine(workspace, "results", "kibana-connectors.sarif");
            Assert.Equal("results/kibana-connectors.sarif", broken.Outputs["sarif"]);
            using (var sarif = JsonDocument.Parse(File.ReadAllText(sarifPath)))
            {
                var run = sarif.RootElement.GetProperty("runs")[0];
                var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
                Assert.Contains("KC0001", rules);
                Assert.Contains("KC0401", rules);
                var result = Assert.Single(run.GetProperty("results").EnumerateArray());
                Assert.Equal("KC0102", result.GetProperty("ruleId").GetString());
                Assert.Equal("kibana.yml", result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
            }

            // SettingsFiles.Fixed, and run again in the same job: the tool installed by the first run is used, nothing is reported.
            File.WriteAllText(Path.Combine(workspace, "kibana.yml"), SettingsFiles.Fixed);
            var fixedRun = CompositeActionRunner.Run(PackageFixture.RepositoryRoot, workspace, runnerTemp, inputs);
            Assert.True(fixedRun.ExitCode == 0, fixedRun.Output);
            Assert.Contains($"kibana-connectors {_package.Version} is installed", fixedRun.Steps[0].Output);
            Assert.DoesNotContain("::error", fixedRun.Output);
            using (var sarif = JsonDocument.Parse(File.ReadAllText(sarifPath)))
            {
                Assert.Equal(0, sarif.RootElement.GetProperty("runs")[0].GetProperty("results").GetArrayLength());
            }

            // fail-level: a warning fails the step at "warning" and is annotated as a warning; "none" only annotates.
            File.WriteAllText(Path.Combine(workspace, "kibana.yml"), SettingsFiles.Fixed.Replace("${PD_KEY}", "0123456789abcdef0123456789abcdef"));
            var warning = CompositeActionRunner.Run(PackageFixture.RepositoryRoot, workspace, runnerTemp, new Dictionary<string, string>(inputs) { ["fail-level"] = "warning", ["sarif"] = string.Empty });
            Assert.True(warning.ExitCode == 1, warning.Output);
            Assert.Contains("::warning file=kibana.yml,line=6,col=19,", warning.Output);
            Assert.Equal(string.Empty, warning.Outputs["sarif"]);
            var none = CompositeActionRunner.Run(PackageFixture.RepositoryRoot, workspace, runnerTemp, new Dictionary<string, string>(inputs) { ["fail-level"] = "none", ["files"] = "kibana.yml" });
            Assert.True(none.ExitCode == 0, none.Output);
            Assert.Contains("::warning file=kibana.yml,line=6,col=19,", none.Output);

            // args reach check as options of their own.
            var quiet = CompositeActionRunner.Run(PackageFixture.RepositoryRoot, workspace, runnerTemp, new Dictionary<string, string>(inputs) { ["fail-level"] = "warning", ["args"] = "--nowarn KC0401" });
            Assert.True(quiet.ExitCode == 0, quiet.Output);
            Assert.DoesNotContain("::warning", quiet.Output);

            // A glob that matches nothing is a usage error that says which input to set.
            var nothing = CompositeActionRunner.Run(PackageFixture.RepositoryRoot, workspace, runnerTemp, new Dictionary<string, string>(inputs) { ["files"] = "config/**/*.yml" });
            Assert.Equal(2, nothing.ExitCode);
            Assert.Contains("::error title=kibana-connectors::no settings file matches 'config/**/*.yml'", nothing.Output);
        }
    }
}

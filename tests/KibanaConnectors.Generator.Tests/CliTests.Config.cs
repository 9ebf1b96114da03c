using System.IO;
using System.Linq;
using Xunit;

namespace KibanaConnectors.Generator.Tests
{
    /// <summary>The CLI with suppression comments and a project config file (docs/suppressions.md, docs/config-file.md).</summary>
    public sealed partial class CliTests
    {
        // KC0202 (an error: the key is 14 characters) and KC0401 (a warning: the key is written out).
        private const string ShortKey = "xpack.actions.preconfigured:\n  pd:\n    actionTypeId: .pagerduty\n    name: PD\n    secrets:\n      routingKey: testroutingkey\n";

        [Fact]
        public void Check_honours_suppression_comments_and_reports_one_that_silences_nothing()
        {
            var path = File("kibana.yml", ShortKey.Replace("routingKey: testroutingkey", "routingKey: testroutingkey # kibana-connectors: ignore KC0202, KC0401 -- a test service")
                + "# kibana-connectors: ignore KC0303\n");
            var (exit, output, _) = Run(string.Empty, "check", path, "--format", "msbuild");
            Assert.Equal(0, exit);
            Assert.Equal(new[] { $"{path}(7,29): warning KC0016: This suppression comment silences nothing: no KC0303 is reported on the line after the comment, as no line of settings follows it; remove KC0303 from the comment" }, Lines(output));
        }

        [Fact]
        public void The_config_file_in_the_files_folder_sets_severities_per_id()
        {
            var path = File("kibana.yml", ShortKey);
            File(".kibana-connectors.yml", "severities:\n  KC0202: info\n  KC0401: none\n");
            var (exit, output, _) = Run(string.Empty, "check", path, "--format", "msbuild");
            Assert.Equal(0, exit);
            var line = Assert.Single(Lines(output));
            Assert.StartsWith($"{path}(6,19): info KC0202: ", line);

            var github = Run(string.Empty, "check", path, "--format", "github").Out;
            Assert.StartsWith("::notice file=", github);
            var sarif = System.Text.Json.JsonDocument.Parse(Run(string.Empty, "check", path, "--format", "sarif").Out);
            Assert.Equal("note", sarif.RootElement.GetProperty("runs")[0].GetProperty("results")[0].GetProperty("level").GetString());

            // --no-config reads none: the ids' own severities.
            var plain = Run(string.Empty, "check", path, "--format", "msbuild", "--no-config");
            Assert.Equal(1, plain.Exit);
            Assert.Equal(new[] { "error KC0202", "warning KC0401" }, Lines(plain.Out).Select(l => string.Join(" ", l.Split(' ').Skip(1).Take(2)).TrimEnd(':')));
        }

        [Fact]
        public void A_config_file_above_the_files_applies_and_the_command_line_wins_over_it()
        {
            var sub = Directory.CreateDirectory(Path.Combine(_folder, "deploy", "prod")).FullName;
            var path = Path.Combine(sub, "kibana.yml");
            // Kibana 8.18 reads YAML with js-yaml, which applies '<<' merge keys; the newest releases do not (KC0103: no name).
            System.IO.File.WriteAllText(path, "defaults: &d\n  name: Log\nxpack.actions.preconfigured:\n  log:\n    <<: *d\n    actionTypeId: .server-log\n");
            Assert.Equal(1, Run(string.Empty, "check", path).Exit);
            File(".kibana-connectors.yml", "kibanaVersion: 8.18\nlicense: enterprise\n");
            Assert.Equal(0, Run(string.Empty, "check", path).Exit);
            Assert.Equal(1, Run(string.Empty, "check", path, "--kibana-version", KibanaConnectors.Rules.Model.KibanaVersion.Newest.ToString()).Exit);

            // A config file in a folder nearer the files is the one read.
            System.IO.File.WriteAllText(Path.Combine(sub, ".kibana-connectors.yaml"), "license: gold\n");
            Assert.Equal(1, Run(string.Empty, "check", path).Exit);
        }

        [Fact]
        public void The_config_files_keystore_is_read_from_its_folder()
        {
            const string yaml = "xpack.actions.preconfigured:\n  pd:\n    actionTypeId: .pagerduty\n    name: PD\n";
            var path = File("kibana.yml", yaml);
            Assert.Contains("KC0105", Run(string.Empty, "check", path, "--format", "msbuild").Out);
            File("keys.txt", "xpack.actions.preconfigured.pd.secrets.routingKey\n");
            File(".kibana-connectors.yml", "keystore: keys.txt\n");
            Assert.Equal(0, Run(string.Empty, "check", path, "--format", "msbuild").Exit);
        }

        [Fact]
        public void A_bad_config_file_is_KC0017_at_its_place_with_the_fix()
        {
            var path = File("kibana.yml", "xpack.actions.preconfigured:\n  log: {actionTypeId: .server-log, name: Log}\n");
            var config = File(".kibana-connectors.yml", "kibanaVerison: 8.18\nlicense: silver\nseverities:\n  KC401: none\n  KC0401: off\nembedSecrets: true\n");
            var (exit, output, _) = Run(string.Empty, "check", path, "--format", "msbuild");
            Assert.Equal(1, exit);
            Assert.Equal(
                new[]
                {
                    $"{config}(1,1): error KC0017: In .kibana-connectors.yml, 'kibanaVerison' is not a setting of this file (did you mean 'kibanaVersion'?); the settings are kibanaVersion, license, mergeKeys, elasticCloud, keystore, shape, severities",
                    $"{config}(2,10): error KC0017: In .kibana-connectors.yml, license is 'silver', which is not valid; set it to basic, gold, platinum or enterprise, or leave it unset",
                    $"{config}(4,3): error KC0017: In .kibana-connectors.yml, 'KC401' is not the id of a diagnostic of settings files that a project can set (did you mean 'KC0401'?)",
                    $"{config}(5,11): error KC0017: In .kibana-connectors.yml, the severity of KC0401 is 'off'; use error, warning, info or none",
                    $"{config}(6,1): error KC0017: In .kibana-connectors.yml, 'embedSecrets' is a build setting, which the CLI and the editor have no use for; set the MSBuild property KibanaConnectorsEmbedSecrets in the project file",
                },
                Lines(output));

            // Not YAML at all: still a diagnostic at its place, never a crash.
            File(".kibana-connectors.yml", "severities: [a\n");
            var broken = Run(string.Empty, "check", path, "--format", "msbuild");
            Assert.Equal(1, broken.Exit);
            Assert.Contains("error KC0017: In .kibana-connectors.yml, the YAML is not valid", broken.Out);

            // --config names a file that is not there: a usage error, as an unreadable settings file is.
            var missing = Run(string.Empty, "check", path, "--config", Path.Combine(_folder, "nope.yml"));
            Assert.Equal(2, missing.Exit);
            Assert.Contains("cannot read", missing.Err);
        }
    }
}

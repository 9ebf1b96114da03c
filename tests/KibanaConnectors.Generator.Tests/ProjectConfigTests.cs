using System.Collections.Generic;
using System.IO;
using System.Linq;
using KibanaConnectors.Rules.Common;
using KibanaConnectors.Rules.Diagnostics;
using KibanaConnectors.Rules.Model;
using KibanaConnectors.Rules.Set;
using Xunit;

namespace KibanaConnectors.Generator.Tests
{
    /// <summary>The rules core's reading of .kibana-connectors.yml, without the file system (docs/config-file.md).</summary>
    public class ProjectConfigTests
    {
        private static readonly string s_repo = Path.Combine(Path.GetTempPath(), "repo");

        [Fact]
        public void The_nearest_file_applies_and_the_search_stops_at_the_repository_root()
        {
            var deep = Path.Combine(s_repo, "deploy", "prod");
            var files = new HashSet<string> { Path.Combine(s_repo, ".kibana-connectors.yml"), Path.Combine(s_repo, "deploy", ".kibana-connectors.yaml"), Path.Combine(Path.GetTempPath(), ".kibana-connectors.yml") };
            bool Root(string folder) => folder == s_repo;
            Assert.Equal(Path.Combine(s_repo, "deploy", ".kibana-connectors.yaml"), ProjectConfigFile.Find(deep, files.Contains, Root));
            files.Remove(Path.Combine(s_repo, "deploy", ".kibana-connectors.yaml"));
            Assert.Equal(Path.Combine(s_repo, ".kibana-connectors.yml"), ProjectConfigFile.Find(deep, files.Contains, Root));
            // Above the repository's root, a file is someone else's.
            files.Remove(Path.Combine(s_repo, ".kibana-connectors.yml"));
            Assert.Null(ProjectConfigFile.Find(deep, files.Contains, Root));
        }

        [Fact]
        public void Valid_values_are_the_msbuild_properties_the_build_reads_and_give_the_same_options()
        {
            var config = ProjectConfigFile.Read(Path.Combine(s_repo, ".kibana-connectors.yml"),
                "kibanaVersion: 8.18\nlicense: Gold\nmergeKeys: true\nkeystore: [keys.txt, k8s/secrets.yaml]\nshape: eck\nseverities: {KC0401: none, KC0302: error, KC0016: info}\n");
            Assert.Empty(config.Diagnostics);
            var options = config.AddTo(ProjectOptionsReader.Read(config.Property));
            var build = ProjectOptionsReader.Read(new Dictionary<string, string> { ["KibanaConnectorsKibanaVersion"] = "8.18", ["KibanaConnectorsLicense"] = "Gold", ["KibanaConnectorsYamlMergeKeys"] = "true" }.GetValueOrDefault);
            Assert.Equal(build.KibanaVersion, options.KibanaVersion);
            Assert.Equal(KibanaLicense.Gold, options.License);
            Assert.True(options.ApplyMergeKeys);
            Assert.Equal(new[] { Path.Combine(s_repo, "keys.txt"), Path.Combine(s_repo, "k8s/secrets.yaml") }, config.KeystoreFiles);
            Assert.Equal("eck", config.Shape);
            Assert.Equal(new[] { new SeverityOption("KC0401", null), new SeverityOption("KC0302", Severity.Error), new SeverityOption("KC0016", Severity.Info) }, options.Severities.ToArray());
        }

        [Fact]
        public void Severities_apply_to_the_set_none_drops_and_the_configs_own_problems_keep_theirs()
        {
            const string yaml = "xpack.actions.preconfigured:\n  pd:\n    actionTypeId: .pagerduty\n    name: PD\n    secrets:\n      routingKey: testroutingkey\n";
            var config = ProjectConfigFile.Read("/r/.kibana-connectors.yml", "severities:\n  KC0202: warning\n  KC0401: none\nbogus: 1\n");
            var set = ConnectorSetBuilder.Read(new[] { ("/r/kibana.yml", yaml) }, config.AddTo(ProjectOptions.Default), EquatableArray<string>.Empty);
            Assert.Equal(new[] { ("KC0017", Severity.Error), ("KC0202", Severity.Warning) }, set.Diagnostics.Select(d => (d.Id, d.Severity)).OrderBy(d => d.Id));
        }
    }
}

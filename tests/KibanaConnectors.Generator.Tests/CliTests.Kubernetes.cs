using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using Xunit;

namespace KibanaConnectors.Generator.Tests
{
    /// <summary>The command-line tool over deployment files: the samples, a report per Kibana resource, --shape, Secrets given with --keystore, masked values.</summary>
    public sealed partial class CliTests
    {
        private const string StackYaml = @"apiVersion: v1
kind: Secret
metadata:
  name: kb-secrets
data:
  odd: 'not*base64'
stringData:
  xpack.actions.preconfigured.pd.secrets.routingKey: sEcReT-VaLuE-0123456789abcdef0123
---
apiVersion: kibana.k8s.elastic.co/v1
kind: Kibana
metadata:
  name: prod
spec:
  config:
    xpack.actions.preconfigured:
      pd: {actionTypeId: .pagerduty, name: PD}
      hook: {actionTypeId: .webhok, name: Hook}
---
apiVersion: kibana.k8s.elastic.co/v1
kind: Kibana
metadata:
  name: staging
spec:
  secureSettings:
    - secretName: kb-secrets
  config:
    xpack.actions.preconfigured:
      pd: {actionTypeId: .pagerduty, name: PD}
";

        // The tool with nothing on standard input.
        private static (int Exit, string Out, string Err) Tool(params string[] args) => Run(string.Empty, args);

        [Fact]
        public void The_kubernetes_samples_have_no_problems()
        {
            var folder = Path.Combine(GeneratorHarness.RepositoryRoot(), "samples", "Kubernetes");
            var files = Directory.GetFiles(folder, "*.yaml", SearchOption.AllDirectories).OrderBy(f => f, System.StringComparer.Ordinal).ToArray();
            Assert.Equal(3, files.Length);
            var (exit, output, error) = Tool(new[] { "check" }.Concat(files).ToArray());
            Assert.Equal(string.Empty, error);
            Assert.Equal(0, exit);
            Assert.EndsWith("9 connectors in 3 files: no problems.", output.TrimEnd());
            Assert.Contains("observability.yaml:32: Kibana 'observability/kibana': 3 connectors, no problems.", output);
            Assert.Contains("observability.yaml:89: Kibana 'observability/kibana-staging': 2 connectors, no problems.", output);
        }

        [Fact]
        public void Check_reports_each_kibana_resource_and_masks_secret_values()
        {
            var path = File("stack.yaml", StackYaml);
            var (exit, output, _) = Tool("check", path);
            Assert.Equal(1, exit);
            var lines = Lines(output);
            Assert.Equal(
                new[]
                {
                    $"{path}:6:8: error KC0014: In stack.yaml, the value of data.odd is not base64 text, so Kubernetes refuses the object; encode it (base64 -w0), or move the key to stringData, which takes the value as it is",
                    "    6 |   odd: ************",
                    "      |        ^~~~~~~~~~~~",
                },
                lines.Take(3));
            Assert.Contains($"{path}:17:7: error KC0105: Connector 'pd' (.pagerduty) needs secrets.routingKey; add it, as ${{ENV_VAR}} to read it from the environment", lines);
            Assert.Contains($"{path}:18:28: error KC0102: Connector 'hook': actionTypeId '.webhok' is not a connector type Kibana registers; did you mean '.webhook'?", lines);
            Assert.Equal(
                new[]
                {
                    $"{path}:13: Kibana 'prod': 2 connectors, 2 errors, 0 warnings.",
                    $"{path}:23: Kibana 'staging': 1 connector, no problems.",
                    "3 errors, 0 warnings in 1 file (3 connectors).",
                },
                lines.SkipWhile(l => !l.Contains("Kibana 'prod'")).Take(3));

            // No value of the Secret anywhere in any format (the keystore key of staging is there; its value never is).
            foreach (var format in new[] { "text", "json", "sarif", "github", "msbuild" })
            {
                var formatted = Tool("check", path, "--format", format).Out;
                Assert.DoesNotContain("sEcReT-VaLuE", formatted);
                Assert.DoesNotContain("not*base64", formatted);
            }

            var json = JsonNode.Parse(Tool("check", path, "--format", "json").Out)!;
            Assert.Equal("prod", (string?)json["kibanas"]![0]!["name"]);
            Assert.Equal(2, (int)json["kibanas"]![0]!["errors"]!);
            Assert.Equal(3, (int)json["connectors"]!);
        }

        [Fact]
        public void List_names_the_kibana_resource_of_each_connector()
        {
            var path = File("stack.yaml", StackYaml);
            var lines = Lines(Tool("list", path).Out);
            Assert.Equal(
                new[]
                {
                    "KIBANA   ID    TYPE        NAME                          SECRETS",
                    "prod     hook  ?           Hook (has errors: run check)  -",
                    "prod     pd    .pagerduty  PD (has errors: run check)    -",
                    "staging  pd    .pagerduty  PD                            routingKey from keystore",
                },
                lines);
        }

        [Fact]
        public void Shape_overrides_the_content_and_a_secret_manifest_fills_the_keystore()
        {
            var values = File("values.yaml", "kibanaConfig:\n  kibana.yml: |\n    xpack.actions.preconfigured:\n      pd: {actionTypeId: .pagerduty, name: PD}\n");
            var (exit, output, _) = Tool("check", values, "--format", "msbuild");
            Assert.Equal(1, exit);
            Assert.Equal($"{values}(4,7): error KC0105: Connector 'pd' (.pagerduty) needs secrets.routingKey; add it, as ${{ENV_VAR}} to read it from the environment", Lines(output).Single());

            // As a kibana.yml the text is no settings file: kibanaConfig is an unknown setting, and there are no connectors.
            var asSettings = Tool("check", values, "--shape", "settings", "--format", "msbuild");
            Assert.Equal(0, asSettings.Exit);
            Assert.Equal($"{values}(1,1): warning KC0002: values.yaml has no xpack.actions.preconfigured entries; add connectors under xpack.actions.preconfigured, or remove the file from the connector files", Lines(asSettings.Out).Single());

            var wrong = Tool("check", values, "--shape", "eck_stack");
            Assert.Equal(2, wrong.Exit);
            Assert.Equal("kibana-connectors: --shape 'eck_stack' is not a shape of settings file (did you mean 'eck-stack'?); use auto, settings, eck, helm, eck-stack", wrong.Err.TrimEnd());

            // The Secret of staging's secureSettings, given with --keystore: prod names none, so only staging is helped.
            var manifest = File("stack.yaml", StackYaml.Substring(StackYaml.IndexOf("---", System.StringComparison.Ordinal) + 4).Replace(".webhok", ".server-log"));
            var secrets = File("secrets.yaml", StackYaml.Substring(0, StackYaml.IndexOf("---", System.StringComparison.Ordinal)).Replace("'not*base64'", "bm90IGJhc2U2NA=="));
            var without = Lines(Tool("check", manifest, "--format", "msbuild").Out);
            Assert.Equal(2, without.Count(l => l.Contains("KC0105")));
            var with = Lines(Tool("check", manifest, "--keystore", secrets, "--format", "msbuild").Out);
            Assert.Equal(new[] { $"{manifest}(8,7): error KC0105: Connector 'pd' (.pagerduty) needs secrets.routingKey; add it, as ${{ENV_VAR}} to read it from the environment" }, with);
        }
    }
}

using System.IO;
using Xunit;

namespace KibanaConnectors.EndToEnd.Tests
{
    /// <summary>
    /// A consumer of the packed package whose connectors live in deployment files added as items: the Shape metadata and
    /// keystore manifests reach the generator through the package's props and targets, and problems land in the outer file.
    /// </summary>
    [Collection(PackageCollection.Name)]
    public class KubernetesConsumerTests
    {
        private const string Manifest = @"apiVersion: kibana.k8s.elastic.co/v1
kind: Kibana
metadata:
  name: prod
spec:
  version: 9.1.4
  secureSettings:
    - secretName: kibana-secrets
  config:
    xpack.actions.preconfigured:
      ops-log:
        actionTypeId: .server-log
        name: Prod log
      pd:
        actionTypeId: .pagerduty
        name: PagerDuty
";

        private const string Secrets = "apiVersion: v1\nkind: Secret\nmetadata:\n  name: kibana-secrets\nstringData:\n  xpack.actions.preconfigured.pd.secrets.routingKey: never-compiled-0123456789abcdef\n";

        private const string Values = "replicas: 1\nkibanaConfig:\n  kibana.yml: |\n    xpack.actions.preconfigured:\n      helm-log:\n        actionTypeId: .server-log\n        name: Helm log\n";

        private readonly PackageFixture _package;

        public KubernetesConsumerTests(PackageFixture package) => _package = package;

        private static string Project(string items) =>
            PackageFixture.ConsumerProject($"<PropertyGroup><TreatWarningsAsErrors>true</TreatWarningsAsErrors></PropertyGroup>\n  <ItemGroup>\n{items}\n  </ItemGroup>");

        [Fact]
        public void Deployment_files_added_as_items_build_to_a_class_per_kibana_resource_and_their_problems_point_into_them()
        {
            const string Items = @"    <KibanaConnectors Include=""deploy/stack.yaml"" />
    <KibanaConnectors Include=""deploy/values.yml"" Shape=""helm"" />
    <KibanaConnectorsKeystore Include=""deploy/secrets.yaml"" />";
            var folder = _package.CreateConsumer("Kubernetes", Project(Items),
                ("deploy/stack.yaml", Manifest), ("deploy/secrets.yaml", Secrets),
                // Quoted top-level key: the content does not tell; the Shape item metadata does.
                ("deploy/values.yml", Values.Replace("kibanaConfig:", "\"kibanaConfig\":")),
                ("Use.cs", "namespace Consumer { public static class Use { public static string Prod => PreconfiguredConnectors.Prod.Ids.OpsLog; public static string Helm => PreconfiguredConnectors.HelmLog.Name; public static KibanaConnectors.PagerDutyConnector Pd => PreconfiguredConnectors.Prod.Pd; } }"));
            var build = Dotnet.Run(folder, "build -p:EmitCompilerGeneratedFiles=true");
            Assert.True(build.ExitCode == 0, build.Output);
            Assert.Contains("0 Warning(s)", build.Output);
            var generated = Directory.GetFiles(Path.Combine(folder, "obj"), "PreconfiguredConnectors.g.cs", SearchOption.AllDirectories);
            Assert.DoesNotContain("never-compiled", File.ReadAllText(Assert.Single(generated)));

            // A broken routing key inside the chart's block, and the manifest read as a kibana.yml by its Shape: both at their places.
            File.WriteAllText(Path.Combine(folder, "deploy", "values.yml"), Values.Replace("kibanaConfig:", "\"kibanaConfig\":")
                + "      pd:\n        actionTypeId: .pagerduty\n        name: PD\n        secrets:\n          routingKey: short\n");
            File.WriteAllText(Path.Combine(folder, "Kubernetes.csproj"), Project(Items.Replace(@"Include=""deploy/stack.yaml"" />", @"Include=""deploy/stack.yaml"" Shape=""settings"" />")).Replace("$(KcVersion)", _package.Version));
            File.WriteAllText(Path.Combine(folder, "Use.cs"), "namespace Consumer { }");
            var broken = Dotnet.Run(folder, "build");
            Assert.NotEqual(0, broken.ExitCode);
            Assert.Contains("values.yml(12,23): error KC0202", broken.Output);
            // As a kibana.yml the manifest has its connectors outside xpack.actions.preconfigured (a warning, an error here).
            Assert.Contains("stack.yaml(11,7): error KC0007", broken.Output);
        }
    }
}

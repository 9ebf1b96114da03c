using System.IO;
using Xunit;

namespace KibanaConnectors.EndToEnd.Tests
{
    /// <summary>Project shapes users have, each built from scratch against the packed package.</summary>
    [Collection(PackageCollection.Name)]
    public class ConsumerShapeTests
    {
        private const string Yaml = "xpack.actions.preconfigured:\n  ops-log:\n    actionTypeId: .server-log\n    name: Ops log\n";

        // Two ids that give the same C# name: warning KC0004 on line 5.
        private const string CollidingYaml = Yaml + "  ops_log:\n    actionTypeId: .server-log\n    name: Ops log 2\n";

        private readonly PackageFixture _package;

        public ConsumerShapeTests(PackageFixture package) => _package = package;

        private static string Project(string body = "", string tfm = "<TargetFramework>net8.0</TargetFramework>") => PackageFixture.ConsumerProject(body, tfm);

        [Fact]
        public void A_multi_target_project_builds_for_each_framework()
        {
            var folder = _package.CreateConsumer("Multi", Project(tfm: "<TargetFrameworks>net8.0;netstandard2.0</TargetFrameworks>"),
                ("kibana.yml", Yaml), ("Use.cs", "namespace Consumer { public static class Use { public static string Id => PreconfiguredConnectors.Ids.OpsLog; } }"));
            var build = Dotnet.Run(folder, "build");
            Assert.True(build.ExitCode == 0, build.Output);
            Assert.Contains("0 Warning(s)", build.Output);
            Assert.True(File.Exists(Path.Combine(folder, "bin", "Debug", "net8.0", "Multi.dll")));
            Assert.True(File.Exists(Path.Combine(folder, "bin", "Debug", "netstandard2.0", "Multi.dll")));
        }

        [Fact]
        public void A_net10_aspnet_library_builds_warning_free()
        {
            var folder = _package.CreateConsumer("AspNetLib", Project(@"<PropertyGroup><TreatWarningsAsErrors>true</TreatWarningsAsErrors></PropertyGroup>
  <ItemGroup><FrameworkReference Include=""Microsoft.AspNetCore.App"" /></ItemGroup>", "<TargetFramework>net10.0</TargetFramework>"),
                ("kibana.yml", Yaml),
                ("Endpoints.cs", @"using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
namespace Consumer
{
    public static class Endpoints
    {
        public static void Map(WebApplication app) => app.MapGet(""/connectors/{id}"", (string id) =>
            PreconfiguredConnectors.TryGet(id, out var connector) ? Results.Ok(connector!.Name) : Results.NotFound());
    }
}"));
            var build = Dotnet.Run(folder, "build");
            Assert.True(build.ExitCode == 0, build.Output);
            Assert.Contains("0 Warning(s)", build.Output);
        }

        [Fact]
        public void A_project_without_settings_files_gets_nothing_and_no_warning()
        {
            var folder = _package.CreateConsumer("Plain", Project(), ("Use.cs", "namespace Consumer { public static class Use { } }"));
            var build = Dotnet.Run(folder, "build -p:EmitCompilerGeneratedFiles=true");
            Assert.True(build.ExitCode == 0, build.Output);
            Assert.Contains("0 Warning(s)", build.Output);
            Assert.False(Directory.Exists(Path.Combine(folder, "obj", "Debug", "net8.0", "generated", "KibanaConnectors.Generator")));
        }

        [Fact]
        public void Files_from_other_folders_and_globs_are_added_with_the_item_and_auto_include_can_be_turned_off()
        {
            var folder = _package.CreateConsumer("Linked", Project(@"<PropertyGroup><KibanaConnectorsAutoInclude>false</KibanaConnectorsAutoInclude></PropertyGroup>
  <ItemGroup>
    <KibanaConnectors Include=""../deploy/kibana/kibana.yml"" />
    <KibanaConnectors Include=""config/*.yaml"" />
  </ItemGroup>"),
                ("kibana.yml", "xpack.actions.preconfigured.ignored:\n  actionTypeId: .nope\n"),
                ("config/extra.yaml", "xpack.actions.preconfigured.extra-log:\n  actionTypeId: .server-log\n  name: Extra\n"),
                ("Use.cs", "namespace Consumer { public static class Use { public static string A => PreconfiguredConnectors.Ids.OpsLog; public static string B => PreconfiguredConnectors.ExtraLog.Name; } }"));
            var deploy = Path.Combine(Path.GetDirectoryName(folder)!, "deploy", "kibana");
            Directory.CreateDirectory(deploy);
            File.WriteAllText(Path.Combine(deploy, "kibana.yml"), Yaml);
            var build = Dotnet.Run(folder, "build");
            Assert.True(build.ExitCode == 0, build.Output);
            Assert.DoesNotContain("KC0102", build.Output);
        }

        [Fact]
        public void Two_projects_in_one_solution_keep_their_own_connectors()
        {
            var a = _package.CreateConsumer("TwoA", Project(), ("kibana.yml", Yaml), ("Use.cs", "namespace Consumer { public static class Use { public static string Id => PreconfiguredConnectors.Ids.OpsLog; } }"));
            var b = _package.CreateConsumer("TwoB", Project(), ("kibana.yml", "xpack.actions.preconfigured.b-log:\n  actionTypeId: .server-log\n  name: B\n"),
                ("Use.cs", "namespace Consumer { public static class Use { public static string Id => PreconfiguredConnectors.Ids.BLog; } }"));
            var root = Path.GetDirectoryName(a)!;
            Assert.Equal(0, Dotnet.Run(root, "new sln -n Two --format sln --force").ExitCode);
            Assert.Equal(0, Dotnet.Run(root, $"sln Two.sln add \"{a}/TwoA.csproj\" \"{b}/TwoB.csproj\"").ExitCode);
            File.Copy(Path.Combine(a, "nuget.config"), Path.Combine(root, "nuget.config"), overwrite: true);
            var build = Dotnet.Run(root, "build Two.sln");
            Assert.True(build.ExitCode == 0, build.Output);

            // B's file must not reach A: A naming B's connector fails.
            File.WriteAllText(Path.Combine(a, "Use.cs"), "namespace Consumer { public static class Use { public static string Id => PreconfiguredConnectors.Ids.BLog; } }");
            var crossed = Dotnet.Run(a, "build");
            Assert.NotEqual(0, crossed.ExitCode);
            Assert.Contains("CS0117", crossed.Output);
        }

        [Theory]
        [InlineData("error", "error KC0004")]
        [InlineData("none", null)]
        public void A_globalconfig_sets_the_severity_of_a_yaml_diagnostic(string severity, string? expected)
        {
            // The SDK finds .globalconfig files in the folders above the project's C# files.
            var folder = _package.CreateConsumer("Severity" + severity, Project(), ("kibana.yml", CollidingYaml), ("Use.cs", "namespace Consumer { }"),
                (".globalconfig", $"is_global = true\ndotnet_diagnostic.KC0004.severity = {severity}\n"));
            var build = Dotnet.Run(folder, "build");
            if (expected == null)
            {
                Assert.True(build.ExitCode == 0, build.Output);
                Assert.DoesNotContain("KC0004", build.Output);
            }
            else
            {
                Assert.NotEqual(0, build.ExitCode);
                Assert.Contains("kibana.yml(5,3): " + expected, build.Output);
            }
        }

        [Fact]
        public void NoWarn_silences_a_yaml_warning()
        {
            var folder = _package.CreateConsumer("NoWarn", Project("<PropertyGroup><NoWarn>$(NoWarn);KC0004</NoWarn></PropertyGroup>"), ("kibana.yml", CollidingYaml));
            var build = Dotnet.Run(folder, "build");
            Assert.True(build.ExitCode == 0, build.Output);
            Assert.DoesNotContain("KC0004", build.Output);
            var warned = _package.CreateConsumer("Warned", Project(), ("kibana.yml", CollidingYaml));
            Assert.Contains("kibana.yml(5,3): warning KC0004", Dotnet.Run(warned, "build").Output);
        }
    }
}

using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace KibanaConnectors.EndToEnd.Tests
{
    /// <summary>
    /// Help links: packed with <c>-p:RepositoryUrl=...</c>, every diagnostic points at its page in that repository
    /// (Roslyn's helpLinkUri, which a build's SARIF log shows as helpUri; the tool's SARIF, JSON and text); packed
    /// without one, nothing points anywhere.
    /// </summary>
    [Collection(PackageCollection.Name)]
    public class HelpLinkTests
    {
        // The .git and the slash are dropped from the links; without RepositoryBranch the branch is main.
        private const string RepositoryUrl = "https://github.com/acme/kibana-connectors.git/";
        private const string Pages = "https://github.com/acme/kibana-connectors/blob/main/docs/diagnostics/";

        private const string Project = @"<Project Sdk=""Microsoft.NET.Sdk"">
  <PropertyGroup>
    <TargetFramework>net8.0</TargetFramework>
    <ErrorLog>diagnostics.sarif,version=2.1</ErrorLog>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include=""KibanaConnectors"" Version=""$(KcVersion)"" />
  </ItemGroup>
</Project>";

        private readonly PackageFixture _package;

        public HelpLinkTests(PackageFixture package) => _package = package;

        [Fact]
        public void Packed_without_a_repository_url_no_diagnostic_links_anywhere()
        {
            var rules = BuildAndReadSarifRules(_package.CreateConsumer("NoLinks", Project, ("kibana.yml", SettingsFiles.Broken)));
            Assert.True(rules.ContainsKey("KC0102"), string.Join(", ", rules.Keys));
            Assert.All(rules.Where(r => r.Key.StartsWith("KC")), r => Assert.Null(r.Value));
            foreach (var (path, nuspec) in new[] { (_package.PackagePath, "KibanaConnectors.nuspec"), (_package.ToolPackagePath, "KibanaConnectors.Tool.nuspec") })
            {
                // The SDK's own SourceLink may still record the commit, never a URL.
                var text = PackageFixture.ReadEntry(path, nuspec);
                Assert.DoesNotMatch(@"<repository[^>]*\surl=", text);
                Assert.DoesNotContain("<projectUrl>", text);
            }
        }

        [Fact]
        public void Packed_with_a_repository_url_every_diagnostic_links_to_its_page_there()
        {
            var version = _package.Version + ".url";
            var feed = Path.Combine(_package.Root, "feed-url");
            var copy = Path.Combine(_package.Root, "repository-copy");
            var arguments = $"-p:RepositoryUrl={RepositoryUrl}";
            var package = _package.PackCopy(copy, feed, "KibanaConnectors", null, version, arguments);
            // The framework-dependent tool alone: the links are the same in the native one, which the fixture packs once.
            var toolPackage = _package.PackCopy(copy, feed, "KibanaConnectors.Cli", "KibanaConnectors.Tool", version, arguments + " -p:KibanaConnectorsNativeRuntimeIdentifiers=none");

            foreach (var (path, nuspec) in new[] { (package, "KibanaConnectors.nuspec"), (toolPackage, "KibanaConnectors.Tool.nuspec") })
            {
                var text = PackageFixture.ReadEntry(path, nuspec);
                Assert.Contains($"<repository type=\"git\" url=\"{RepositoryUrl}\"", text);
                Assert.Contains("<projectUrl>https://github.com/acme/kibana-connectors</projectUrl>", text);
            }

            // The generator's descriptors, as a build's SARIF log shows them.
            var rules = BuildAndReadSarifRules(_package.CreateConsumer("Links", feed, version, Project, ("kibana.yml", SettingsFiles.Broken)));
            Assert.Equal(Pages + "KC0102.md", rules["KC0102"]);

            // The tool's formats.
            var tool = _package.InstallTool(feed, version);
            var work = Path.Combine(_package.Root, "links-infra");
            Directory.CreateDirectory(work);
            File.WriteAllText(Path.Combine(work, "kibana.yml"), SettingsFiles.Broken);
            var sarif = Command.Run(tool, work, "check kibana.yml --format sarif");
            using (var log = JsonDocument.Parse(sarif.Output))
            {
                // Every rule, fired or not, links to its page; the tool links to the repository.
                var driver = log.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver");
                var links = driver.GetProperty("rules").EnumerateArray().ToDictionary(r => r.GetProperty("id").GetString()!, r => r.GetProperty("helpUri").GetString());
                Assert.Equal(Pages + "KC0102.md", links["KC0102"]);
                Assert.Equal(Pages + "KC0307.md", links["KC0307"]);
                Assert.All(links, l => Assert.Equal(Pages + l.Key + ".md", l.Value));
                Assert.Equal("https://github.com/acme/kibana-connectors", driver.GetProperty("informationUri").GetString());
            }

            using (var json = JsonDocument.Parse(Command.Run(tool, work, "check kibana.yml --format json").Output))
            {
                Assert.Equal(Pages + "KC0102.md", json.RootElement.GetProperty("diagnostics")[0].GetProperty("helpUri").GetString());
            }

            Assert.Contains("      | = help: " + Pages + "KC0102.md", Command.Run(tool, work, "check kibana.yml").Output);
            Assert.EndsWith("Online: " + Pages + "KC0202.md", Command.Run(tool, work, "explain KC0202").Output.TrimEnd());
        }

        // Builds a consumer whose build fails on its kibana.yml and reads the rules of its SARIF log: id to helpUri.
        private static System.Collections.Generic.Dictionary<string, string?> BuildAndReadSarifRules(string folder)
        {
            var build = Dotnet.Run(folder, "build");
            Assert.True(build.ExitCode != 0, build.Output);
            Assert.Contains("error KC0102", build.Output);
            using var log = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "diagnostics.sarif")));
            return log.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray()
                .ToDictionary(r => r.GetProperty("id").GetString()!, r => r.TryGetProperty("helpUri", out var uri) ? uri.GetString() : null);
        }
    }
}

using System.IO;
using System.Linq;
using Xunit;

namespace KibanaConnectors.EndToEnd.Tests
{
    /// <summary>The packed package in fresh consumer projects: what a user gets from one PackageReference.</summary>
    [Collection(PackageCollection.Name)]
    public class PackageTests
    {
        private const string GoodYaml = @"server.port: 5601
xpack.actions.preconfigured:
  my-slack1:
    actionTypeId: .slack
    name: 'Slack #xyz'
    secrets:
      webhookUrl: ${SLACK_WEBHOOK_URL}
  my-email:
    actionTypeId: .email
    name: Mail
    config:
      service: gmail
      from: alerts@example.com
    secrets:
      user: ${SMTP_USER}
      password: ${SMTP_PASSWORD}
";

        private const string Program = @"using System;
using System.Collections.Generic;
using KibanaConnectors;

public static class Program
{
    public static int Main()
    {
        var slack = Consumer.PreconfiguredConnectors.CreateMySlack1(SecretSources.FromDictionary(new Dictionary<string, string> { [""SLACK_WEBHOOK_URL""] = ""https://hooks.slack.com/services/a/b/c"" }));
        Console.WriteLine(Consumer.PreconfiguredConnectors.Ids.MySlack1 + ""|"" + slack.Secrets.WebhookUrl.Reveal());
        Console.WriteLine(Consumer.PreconfiguredConnectors.MyEmail.Config.Host + "":"" + Consumer.PreconfiguredConnectors.MyEmail.Config.Port);
        Console.WriteLine(Consumer.PreconfiguredConnectors.All.Count);
        return 0;
    }
}
";

        private readonly PackageFixture _package;

        // Release build with no warning, then a run that exits with 0.
        private static string BuildWithoutWarningsAndRun(string folder)
        {
            var build = Dotnet.Run(folder, "build -c Release");
            Assert.True(build.ExitCode == 0, build.Output);
            Assert.Contains("0 Warning(s)", build.Output);
            var run = Dotnet.Run(folder, "run -c Release --no-build");
            Assert.True(run.ExitCode == 0, run.Output);
            return run.Output;
        }

        // A net8.0 console app on the package that treats warnings as errors; properties go into its PropertyGroup.
        private static string ConsoleProject(string properties) => @"<Project Sdk=""Microsoft.NET.Sdk"">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net8.0</TargetFramework>
    <RootNamespace>Consumer</RootNamespace>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
    <RollForward>Major</RollForward>
" + properties + @"  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include=""KibanaConnectors"" Version=""$(KcVersion)"" />
  </ItemGroup>
</Project>";

        public PackageTests(PackageFixture package) => _package = package;

        [Fact]
        public void The_package_holds_the_generator_yaml_library_runtime_and_build_files()
        {
            var entries = _package.PackageEntries();
            Assert.Contains("analyzers/dotnet/cs/KibanaConnectors.Generator.dll", entries);
            Assert.Contains("analyzers/dotnet/cs/YamlDotNet.dll", entries);
            Assert.Contains("analyzers/dotnet/cs/KibanaConnectors.CodeFixes.dll", entries);
            Assert.Contains("lib/netstandard2.0/KibanaConnectors.dll", entries);
            Assert.Contains("lib/netstandard2.0/KibanaConnectors.xml", entries);
            Assert.Contains("lib/net8.0/KibanaConnectors.dll", entries);
            Assert.Contains("buildTransitive/KibanaConnectors.props", entries);
            Assert.Contains("buildTransitive/KibanaConnectors.targets", entries);
            Assert.DoesNotContain(entries, e => e.StartsWith("lib/") && e.EndsWith("YamlDotNet.dll"));
        }

        [Fact]
        public void Packing_twice_gives_the_same_bytes()
        {
            var again = _package.Pack(Path.Combine(_package.Root, "again"));
            Assert.Equal(File.ReadAllBytes(_package.PackagePath), File.ReadAllBytes(again));
        }

        [Fact]
        public void The_package_has_its_metadata()
        {
            using var zip = System.IO.Compression.ZipFile.OpenRead(_package.PackagePath);
            using var reader = new StreamReader(zip.GetEntry("KibanaConnectors.nuspec")!.Open());
            var nuspec = reader.ReadToEnd();
            Assert.Contains("<license type=\"expression\">MIT</license>", nuspec);
            Assert.Contains("<readme>README.md</readme>", nuspec);
            Assert.Contains("<tags>", nuspec);
            Assert.Contains("<description>", nuspec);
            Assert.NotNull(zip.GetEntry("README.md"));
        }

        [Fact]
        public void A_net8_console_app_builds_warning_free_and_runs_the_generated_api()
        {
            var folder = _package.CreateConsumer("Consumer", ConsoleProject(@"    <Nullable>enable</Nullable>
    <GenerateDocumentationFile>true</GenerateDocumentationFile>
    <NoWarn>$(NoWarn);CS1591</NoWarn>
"), ("kibana.yml", GoodYaml), ("Program.cs", Program));
            var output = BuildWithoutWarningsAndRun(folder);
            Assert.Contains("my-slack1|https://hooks.slack.com/services/a/b/c", output);
            Assert.Contains("smtp.gmail.com:465", output);
        }

        [Fact]
        public void Typed_actions_check_against_the_projects_kibana_release_and_email_allowlist()
        {
            // C# 7.3 on purpose: the generated binding to the project's Kibana must compile on it too.
            const string yaml = "xpack.actions.email.domain_allowlist: [example.com]\nxpack.actions.preconfigured:\n  ops-mail:\n    actionTypeId: .email\n    name: Mail\n"
                // No allowHtml: it came in 9.4, and 9.2 refuses it (KC0106); 9.2 sends HTML only for its own notifications anyway.
                + "    config:\n      from: alerts@example.com\n      host: smtp.example.com\n      port: 25\n      hasAuth: false\n"
                + "  ops-pager:\n    actionTypeId: .pagerduty\n    name: Pager\n    secrets:\n      routingKey: ${PAGERDUTY_KEY}\n";
            const string program = @"using System;
using KibanaConnectors;

public static class Program
{
    private static string Outcome(Func<object> run)
    {
        try { run(); return ""built""; }
        catch (Exception ex) { return ex.GetType().Name + "": "" + ex.Message; }
    }

    public static int Main()
    {
        var mail = Consumer.PreconfiguredConnectors.OpsMail;
        Console.WriteLine(""release "" + mail.Kibana.Version);
        Console.WriteLine(""html "" + Outcome(() => mail.Send(""s"", ""m"", to: new[] { ""ops@example.com"" }, messageHtml: ""<b>m</b>"")));
        Console.WriteLine(""domain "" + Outcome(() => mail.Send(""s"", ""m"", to: new[] { ""ops@example.org"" })));
        var page = Consumer.PreconfiguredConnectors.OpsPager.Trigger(timestamp: ""{{context.date}}"");
        Console.WriteLine(""rule "" + Outcome(() => page.ForRule(""default"")));
        Console.WriteLine(""execute "" + Outcome(() => page.ToExecuteJson()));
        return 0;
    }
}
";
            var folder = _package.CreateConsumer("Actions", ConsoleProject(@"    <LangVersion>7.3</LangVersion>
    <KibanaConnectorsKibanaVersion>9.2</KibanaConnectorsKibanaVersion>
"), ("kibana.yml", yaml), ("Program.cs", program));
            var output = BuildWithoutWarningsAndRun(folder);
            Assert.Contains("release 9.2", output);
            Assert.Contains("html ArgumentException: Connector 'ops-mail' (.email): Kibana 9.2 sends HTML email only for its own notifications", output);
            Assert.Contains("domain ArgumentException: Connector 'ops-mail' (.email): to 'ops@example.org' has the domain 'example.org'", output);
            Assert.Contains("rule built", output);
            Assert.Contains("execute InvalidOperationException: Connector 'ops-pager' (.pagerduty): timestamp '{{context.date}}'", output);
        }

        [Fact]
        public void A_netstandard20_library_builds_warning_free()
        {
            var folder = _package.CreateConsumer("Library", @"<Project Sdk=""Microsoft.NET.Sdk"">
  <PropertyGroup>
    <TargetFramework>netstandard2.0</TargetFramework>
    <RootNamespace>Consumer</RootNamespace>
    <LangVersion>8.0</LangVersion>
    <Nullable>enable</Nullable>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include=""KibanaConnectors"" Version=""$(KcVersion)"" />
  </ItemGroup>
</Project>", ("kibana.yml", GoodYaml), ("Uses.cs", "namespace Consumer { public static class Uses { public static string Id => PreconfiguredConnectors.Ids.MyEmail; } }"));
            var build = Dotnet.Run(folder, "build -c Release");
            Assert.True(build.ExitCode == 0, build.Output);
            Assert.Contains("0 Warning(s)", build.Output);
        }

        [Fact]
        public void A_netstandard20_library_on_its_default_csharp_7_3_builds_warning_free()
        {
            var folder = _package.CreateConsumer("Library73", @"<Project Sdk=""Microsoft.NET.Sdk"">
  <PropertyGroup>
    <TargetFramework>netstandard2.0</TargetFramework>
    <RootNamespace>Consumer</RootNamespace>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include=""KibanaConnectors"" Version=""$(KcVersion)"" />
  </ItemGroup>
</Project>", ("kibana.yml", GoodYaml), ("Uses.cs", "namespace Consumer { public static class Uses { public static string From => PreconfiguredConnectors.MyEmail.Config.From; } }"));
            var build = Dotnet.Run(folder, "build -c Release");
            Assert.True(build.ExitCode == 0, build.Output);
            Assert.Contains("0 Warning(s)", build.Output);
        }

        [Fact]
        public void An_unknown_connector_id_in_csharp_fails_the_build_at_its_line()
        {
            var folder = _package.CreateConsumer("UnknownId", @"<Project Sdk=""Microsoft.NET.Sdk"">
  <PropertyGroup>
    <TargetFramework>net8.0</TargetFramework>
    <RootNamespace>Consumer</RootNamespace>
    <Nullable>enable</Nullable>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include=""KibanaConnectors"" Version=""$(KcVersion)"" />
  </ItemGroup>
</Project>", ("kibana.yml", GoodYaml), ("Use.cs", @"namespace Consumer
{
    public static class Use
    {
        public static object Slack() => PreconfiguredConnectors.Get(""my-slak1"");
        public static object Mail() => PreconfiguredConnectors.Get(PreconfiguredConnectors.Ids.MyEmail);
    }
}
"));
            var build = Dotnet.Run(folder, "build");
            Assert.NotEqual(0, build.ExitCode);
            Assert.Contains("Use.cs(5,69): error KC1001: 'my-slak1' is not the id of a connector in the project's Kibana settings files; did you mean 'my-slack1' (PreconfiguredConnectors.Ids.MySlack1)?", build.Output);
            Assert.Single(System.Text.RegularExpressions.Regex.Matches(build.Output, @"Use\.cs\(\d+,\d+\): error").Cast<System.Text.RegularExpressions.Match>().Select(m => m.Value).Distinct());
        }

        [Fact]
        public void A_broken_settings_file_fails_the_build_at_its_lines()
        {
            const string broken = @"xpack.actions.preconfigured:
  my-pagerduty:
    actionTypeId: .pagerduty
    name: PagerDuty
    secrets:
      routingKey: testroutingkey
  my-hook:
    actionTypeId: .webhok
    name: Hook
  chat:
    actionTypeId: .slack_api
    name: Chat
    secrets:
      token: ${SLACK_TOKEN}
xpack.actions.allowedHosts: [hooks.slack.com]
notifications.connectors.default.email: ops-mail
";
            var folder = _package.CreateConsumer("Broken", @"<Project Sdk=""Microsoft.NET.Sdk"">
  <PropertyGroup>
    <TargetFramework>net8.0</TargetFramework>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include=""KibanaConnectors"" Version=""$(KcVersion)"" />
  </ItemGroup>
</Project>", ("kibana.yml", broken));
            // Before MSBuild's summary ("Build FAILED." and every problem again), each problem must be printed once.
            var build = Dotnet.Run(folder, "build");
            Assert.NotEqual(0, build.ExitCode);
            var reported = YamlProblemsBeforeSummary(build.Output);
            Assert.True(reported.Distinct().Count() == reported.Count, build.Output);
            Assert.Equal(6, reported.Count);
            Assert.Contains("kibana.yml(6,19): error KC0202", build.Output);
            Assert.Contains("kibana.yml(8,19): error KC0102", build.Output);

            // As in the IDE's design-time builds: the settings-file analyzer reports instead of the generator, each once.
            var designTime = Dotnet.Run(folder, "build -p:DesignTimeBuild=true");
            var designReported = YamlProblemsBeforeSummary(designTime.Output);
            Assert.Equal(reported.OrderBy(r => r, System.StringComparer.Ordinal), designReported.OrderBy(r => r, System.StringComparer.Ordinal));
            Assert.Contains("kibana.yml(3,19): error KC0301: Connector 'my-pagerduty': its default URL https://events.pagerduty.com/v2/enqueue calls the host 'events.pagerduty.com'", build.Output);
            Assert.Contains("kibana.yml(11,19): error KC0301: Connector 'chat'", build.Output);
            Assert.Contains("kibana.yml(16,41): error KC0305", build.Output);
            Assert.Contains("kibana.yml(6,19): warning KC0401", build.Output);
            Assert.DoesNotContain("CS8785", build.Output);
        }

        // "kibana.yml(6,19): error KC0202" for each problem MSBuild printed before its summary, which repeats them all.
        private static System.Collections.Generic.List<string> YamlProblemsBeforeSummary(string output)
        {
            var summary = output.IndexOf("Build FAILED.", System.StringComparison.Ordinal);
            Assert.True(summary > 0, output);
            return System.Text.RegularExpressions.Regex.Matches(output.Substring(0, summary), @"kibana\.yml\(\d+,\d+\): (error|warning) KC\d{4}")
                .Cast<System.Text.RegularExpressions.Match>().Select(m => m.Value).ToList();
        }
    }
}

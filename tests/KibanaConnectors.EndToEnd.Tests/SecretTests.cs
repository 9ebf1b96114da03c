using System;
using System.IO;
using System.Linq;
using System.Text;
using Xunit;

namespace KibanaConnectors.EndToEnd.Tests
{
    /// <summary>Secrets in a consumer of the packed packages: never compiled in unless the project opts in, read at run time.</summary>
    [Collection(PackageCollection.Name)]
    public class SecretTests
    {
        private const string Password = "pa55-Literal-9f2b71";
        private const string Header = "tok-Literal-77aa03";

        private static readonly string Yaml = $@"xpack.actions.allowedHosts: [alerts.example.com, events.pagerduty.com]
xpack.actions.preconfigured:
  hook:
    actionTypeId: .webhook
    name: Hook
    config:
      url: https://alerts.example.com/hook
    secrets:
      user: ${{HOOK_USER}}
      password: {Password}
      secretHeaders:
        X-Token: {Header}
  pager:
    actionTypeId: .pagerduty
    name: Pager
";

        private const string Keystore = "xpack.actions.preconfigured.pager.secrets.routingKey\n";

        private const string Program = @"using System;
using System.Collections.Generic;
using KibanaConnectors.Configuration;
using Microsoft.Extensions.Configuration;

public static class Program
{
    public static int Main()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [""HOOK_USER""] = ""alerts"",
            [""xpack:actions:preconfigured:hook:secrets:password""] = ""from-config"",
            [""xpack:actions:preconfigured:hook:secrets:secretHeaders:X-Token""] = ""header-from-config"",
            [""xpack:actions:preconfigured:pager:secrets:routingKey""] = new string('k', 32),
        }).Build();
        var hook = Consumer.PreconfiguredConnectors.CreateHook(configuration.AsSecretSource());
        var pager = Consumer.PreconfiguredConnectors.CreatePager(configuration.AsSecretSource());
        Console.WriteLine(hook.Secrets.User!.Reveal() + ""|"" + hook.Secrets.Password!.Reveal() + ""|"" + hook.Secrets.SecretHeaders![""X-Token""].Reveal());
        Console.WriteLine(pager.Secrets.RoutingKey.Origin + ""|"" + pager.Secrets.RoutingKey.Reveal().Length);
        return 0;
    }
}
";

        private readonly PackageFixture _package;

        public SecretTests(PackageFixture package) => _package = package;

        private static bool Contains(byte[] haystack, string text) =>
            IndexOf(haystack, Encoding.Unicode.GetBytes(text)) >= 0 || IndexOf(haystack, Encoding.UTF8.GetBytes(text)) >= 0;

        private static int IndexOf(byte[] haystack, byte[] needle)
        {
            for (var i = 0; i <= haystack.Length - needle.Length; i++)
            {
                if (haystack.AsSpan(i, needle.Length).SequenceEqual(needle))
                {
                    return i;
                }
            }

            return -1;
        }

        [Fact]
        public void Literal_secrets_stay_out_of_the_assembly_unless_the_project_embeds_them()
        {
            var folder = _package.CreateConsumer("Secrets", $@"<Project Sdk=""Microsoft.NET.Sdk"">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net8.0</TargetFramework>
    <RootNamespace>Consumer</RootNamespace>
    <Nullable>enable</Nullable>
    <RollForward>Major</RollForward>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include=""KibanaConnectors.Configuration"" Version=""$(KcVersion)"" />
    <PackageReference Include=""Microsoft.Extensions.Configuration"" Version=""8.0.0"" />
    <KibanaConnectorsKeystore Include=""kibana.keystore.txt"" />
  </ItemGroup>
</Project>", ("kibana.yml", Yaml), ("kibana.keystore.txt", Keystore), ("Program.cs", Program));

            var run = Dotnet.Run(folder, "run");
            Assert.True(run.ExitCode == 0, run.Output);
            Assert.Contains($"kibana.yml(10,17): warning KC0401: Connector 'hook': secrets.password is written out in kibana.yml", run.Output);
            Assert.Contains("kibana.yml(12,18): warning KC0401: Connector 'hook': secrets.secretHeaders.X-Token", run.Output);
            Assert.DoesNotContain("KC0105", run.Output);
            Assert.DoesNotContain(Password, run.Output);
            Assert.Contains("alerts|from-config|header-from-config", run.Output);
            Assert.Contains("Keystore|32", run.Output);

            var dll = Path.Combine(folder, "bin", "Debug", "net8.0", "Secrets.dll");
            var bytes = File.ReadAllBytes(dll);
            Assert.False(Contains(bytes, Password), "the password literal is in the assembly");
            Assert.False(Contains(bytes, Header), "the header literal is in the assembly");
            Assert.True(Contains(bytes, "https://alerts.example.com/hook"), "the scan finds the config values the assembly does hold");

            var embedded = Dotnet.Run(folder, "build -p:KibanaConnectorsEmbedSecrets=true");
            Assert.True(embedded.ExitCode == 0, embedded.Output);
            Assert.Contains("KibanaConnectorsEmbedSecrets is true, so this value is compiled into the assembly", embedded.Output);
            bytes = File.ReadAllBytes(dll);
            Assert.True(Contains(bytes, Password), "with embedding on, the password literal is in the assembly");
            Assert.True(Contains(bytes, Header), "with embedding on, the header literal is in the assembly");
        }
    }
}

using System.Threading.Tasks;
using KibanaConnectors.CodeFixes;
using KibanaConnectors.Generator.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace KibanaConnectors.Generator.Tests
{
    /// <summary>KC1001/KC1002 and their code fixes, with the settings file as an AdditionalFile, as in a project.</summary>
    public class ConnectorIdAnalyzerTests
    {
        private const string Yaml = @"xpack.actions.preconfigured:
  my-slack1:
    actionTypeId: .slack
    name: Slack
    secrets:
      webhookUrl: ${SLACK_URL}
  ops-log:
    actionTypeId: .server-log
    name: Ops log
";

        // What the generator emits for Yaml, reduced to what the analyzer looks at: the ids and the marked parameters.
        private const string Generated = @"
namespace Acme.Alerts
{
    public static partial class PreconfiguredConnectors
    {
        public static class Ids
        {
            public const string MySlack1 = ""my-slack1"";
            public const string OpsLog = ""ops-log"";
        }

        public static global::KibanaConnectors.Connector Get([global::KibanaConnectors.ConnectorId] string id) => null!;
        public static bool TryGet([global::KibanaConnectors.ConnectorId] string id, out global::KibanaConnectors.Connector? connector) { connector = null; return false; }
    }
}
";

        private static CSharpCodeFixTest<ConnectorIdAnalyzer, ConnectorIdCodeFixProvider, DefaultVerifier> Test(string source, string? fixedSource = null, string yaml = Yaml, string generated = Generated, string yamlPath = "/project/kibana.yml")
        {
            var test = new CSharpCodeFixTest<ConnectorIdAnalyzer, ConnectorIdCodeFixProvider, DefaultVerifier>
            {
                ReferenceAssemblies = ReferenceAssemblies.Net.Net80,
                TestState =
                {
                    Sources = { source, generated },
                    AdditionalFiles = { (yamlPath, yaml) },
                    AnalyzerConfigFiles = { ("/.globalconfig", "is_global = true\nbuild_property.RootNamespace = Acme.Alerts\n") },
                    AdditionalReferences = { MetadataReference.CreateFromFile(typeof(KibanaConnectors.Connector).Assembly.Location) },
                },
            };
            if (fixedSource != null)
            {
                test.FixedState.Sources.Add(fixedSource);
                test.FixedState.Sources.Add(generated);
            }
            else
            {
                test.FixedState.MarkupHandling = MarkupMode.Allow;
            }

            return test;
        }

        private static DiagnosticResult Unknown(int markup) => new DiagnosticResult("KC1001", DiagnosticSeverity.Error).WithLocation(markup);

        [Fact]
        public async Task KC1001_an_unknown_id_in_get_is_an_error_with_a_suggestion_and_a_fix()
        {
            const string source = @"
namespace Acme.Alerts
{
    public static class Use
    {
        public static object Run() => PreconfiguredConnectors.Get({|#0:""my-slak1""|});
    }
}";
            const string fixedSource = @"
namespace Acme.Alerts
{
    public static class Use
    {
        public static object Run() => PreconfiguredConnectors.Get(PreconfiguredConnectors.Ids.MySlack1);
    }
}";
            var test = Test(source, fixedSource);
            test.ExpectedDiagnostics.Add(Unknown(0).WithArguments("my-slak1", "; did you mean 'my-slack1' (PreconfiguredConnectors.Ids.MySlack1)?"));
            await test.RunAsync();
        }

        [Fact]
        public async Task KC1001_knows_the_ids_of_eck_kibana_resources_and_fixes_to_their_nested_constants()
        {
            const string manifest = "apiVersion: kibana.k8s.elastic.co/v1\nkind: Kibana\nmetadata:\n  name: prod\nspec:\n  config:\n    xpack.actions.preconfigured:\n      ops-log: {actionTypeId: .server-log, name: Ops}\n";
            const string generated = @"
namespace Acme.Alerts
{
    public static partial class PreconfiguredConnectors
    {
        public static class Ids { }
        public static global::KibanaConnectors.Connector Get([global::KibanaConnectors.ConnectorId] string id) => null!;
        public static partial class Prod
        {
            public static class Ids { public const string OpsLog = ""ops-log""; }
            public static global::KibanaConnectors.Connector Get([global::KibanaConnectors.ConnectorId] string id) => null!;
        }
    }
}
";
            const string source = @"
namespace Acme.Alerts
{
    public static class Use
    {
        public static object Run() => PreconfiguredConnectors.Prod.Get({|#0:""ops-lgo""|});
    }
}";
            // kibana.yaml is a conventional name; its content makes it a manifest.
            var test = Test(source, source.Replace("{|#0:\"ops-lgo\"|}", "PreconfiguredConnectors.Prod.Ids.OpsLog"), manifest, generated, "/project/kibana.yaml");
            test.ExpectedDiagnostics.Add(Unknown(0).WithArguments("ops-lgo", "; did you mean 'ops-log' (PreconfiguredConnectors.Prod.Ids.OpsLog)?"));
            await test.RunAsync();
        }

        [Fact]
        public async Task KC1001_reaches_connector_id_parameters_properties_fields_and_constants_of_users()
        {
            const string source = @"
using KibanaConnectors;
namespace Other
{
    public class Alerts
    {
        private const string Typo = ""ops-lgo"";
        [ConnectorId] public string? Target { get; set; } = {|#0:""nope""|};
        [ConnectorId] public string? Field;
        public static void Notify([ConnectorId] string connector, string message) { }
        public static void Plain(string notAnId) { }

        public void Run(string fromUser)
        {
            Notify({|#1:Typo|}, ""x"");
            Notify(fromUser, ""not constant: not checked"");
            Notify(Acme.Alerts.PreconfiguredConnectors.Ids.OpsLog, ""a constant of a known id"");
            Plain(""nope"");
            Field = {|#2:""ops-log2""|};
            var a = new Alerts { Target = {|#3:""x""|} };
            Acme.Alerts.PreconfiguredConnectors.TryGet({|#4:""my-slack2""|}, out _);
        }
    }
}";
            var test = Test(source);
            test.ExpectedDiagnostics.Add(Unknown(0).WithArguments("nope", "; known ids: my-slack1, ops-log"));
            test.ExpectedDiagnostics.Add(Unknown(1).WithArguments("ops-lgo", "; did you mean 'ops-log' (PreconfiguredConnectors.Ids.OpsLog)?"));
            test.ExpectedDiagnostics.Add(Unknown(2).WithArguments("ops-log2", "; did you mean 'ops-log' (PreconfiguredConnectors.Ids.OpsLog)?"));
            test.ExpectedDiagnostics.Add(Unknown(3).WithArguments("x", "; known ids: my-slack1, ops-log"));
            test.ExpectedDiagnostics.Add(Unknown(4).WithArguments("my-slack2", "; did you mean 'my-slack1' (PreconfiguredConnectors.Ids.MySlack1)?"));
            test.CodeActionValidationMode = CodeActionValidationMode.None;

            // One fix per diagnostic that has a suggestion; "fix all" groups them by target constant (OpsLog twice, MySlack1).
            test.NumberOfIncrementalIterations = 3;
            test.NumberOfFixAllIterations = 2;
            test.FixedState.ExpectedDiagnostics.AddRange(new[]
            {
                Unknown(0).WithArguments("nope", "; known ids: my-slack1, ops-log"),
                Unknown(3).WithArguments("x", "; known ids: my-slack1, ops-log"),
            });
            test.FixedState.Sources.Add(source
                .Replace("{|#1:Typo|}", "Acme.Alerts.PreconfiguredConnectors.Ids.OpsLog")
                .Replace("{|#2:\"ops-log2\"|}", "Acme.Alerts.PreconfiguredConnectors.Ids.OpsLog")
                .Replace("{|#4:\"my-slack2\"|}", "Acme.Alerts.PreconfiguredConnectors.Ids.MySlack1"));
            test.FixedState.Sources.Add(Generated);
            await test.RunAsync();
        }

        [Fact]
        public async Task KC1002_a_literal_of_a_known_id_is_hidden_and_fixed_to_the_constant()
        {
            const string source = @"
using Acme.Alerts;
public static class Use
{
    public static object Run() => PreconfiguredConnectors.Get({|#0:""ops-log""|});
}";
            const string fixedSource = @"
using Acme.Alerts;
public static class Use
{
    public static object Run() => PreconfiguredConnectors.Get(PreconfiguredConnectors.Ids.OpsLog);
}";
            var test = Test(source, fixedSource);
            test.ExpectedDiagnostics.Add(new DiagnosticResult("KC1002", DiagnosticSeverity.Hidden).WithLocation(0).WithArguments("ops-log", "PreconfiguredConnectors.Ids.OpsLog"));
            await test.RunAsync();
        }

        [Fact]
        public async Task A_project_without_settings_files_is_not_checked()
        {
            var test = new CSharpAnalyzerTest<ConnectorIdAnalyzer, DefaultVerifier>
            {
                ReferenceAssemblies = ReferenceAssemblies.Net.Net80,
                TestState =
                {
                    Sources = { "public static class Use { public static void Notify([KibanaConnectors.ConnectorId] string id) { } public static void Run() => Notify(\"anything\"); }" },
                    AdditionalReferences = { MetadataReference.CreateFromFile(typeof(KibanaConnectors.Connector).Assembly.Location) },
                },
            };
            await test.RunAsync();
        }

        [Fact]
        public async Task An_argument_left_to_its_default_is_not_checked_at_the_call_site()
        {
            const string source = @"
using KibanaConnectors;
public static class Use
{
    public static void Notify([ConnectorId] string id = ""bogus-id"") { }
    public static void Run() => Notify();
}";
            var test = Test(source);
            test.FixedState.Sources.Add(source);
            test.FixedState.Sources.Add(Generated);
            await test.RunAsync();
        }
    }
}

using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using KibanaConnectors.Generator.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;
using static KibanaConnectors.Generator.Tests.YamlPositions;

namespace KibanaConnectors.Generator.Tests
{
    /// <summary>
    /// Who reports the YAML diagnostics: the generator in command-line builds, the settings-file analyzer in the IDE's
    /// design-time builds, never both (docs/ide-diagnostics.md).
    /// </summary>
    public class IdeDiagnosticsTests
    {
        private const string A = "xpack.actions.preconfigured:\n  pd:\n    actionTypeId: .pagerduty\n    name: PD\n    secrets:\n      routingKey: ${PD_KEY}\n  hook:\n    actionTypeId: .webhok\n    name: Hook\n";
        private const string B = "xpack.actions.preconfigured:\n  pd:\n    actionTypeId: .server-log\n    name: Again\n";

        private static readonly (string Path, string Text)[] s_files = { ("/p/a.connectors.yml", A), ("/p/b.connectors.yml", B) };

        private static async Task<ImmutableArray<Diagnostic>> Analyze(bool designTime)
        {
            var options = GeneratorHarness.DefaultOptions(designTime ? new[] { ("DesignTimeBuild", "true") } : new (string, string)[0]);
            var additional = s_files.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)).ToImmutableArray();
            var analyzerOptions = new AnalyzerOptions(additional, new TestOptionsProvider(options));
            var compilation = GeneratorHarness.Compilation("class C { }").WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new SettingsFileAnalyzer()), analyzerOptions);
            return await compilation.GetAnalyzerDiagnosticsAsync();
        }

        private static string Code(Diagnostic d) =>
            $"{System.IO.Path.GetFileName(d.Location.GetLineSpan().Path)} {d.Id}@{d.Location.GetLineSpan().StartLinePosition.Line + 1}:{d.Location.GetLineSpan().StartLinePosition.Character + 1}";

        [Fact]
        public async Task In_the_ide_the_analyzer_reports_each_files_problems_at_their_spans()
        {
            var found = (await Analyze(designTime: true)).Select(Code).OrderBy(c => c, System.StringComparer.Ordinal).ToList();
            Assert.Equal(
                new[]
                {
                    "a.connectors.yml " + At("KC0102", A, ".webhok"),
                    "b.connectors.yml " + At("KC0003", B, "pd"),
                },
                found);
        }

        [Fact]
        public async Task In_a_command_line_build_the_analyzer_is_silent_and_the_generator_reports()
        {
            Assert.Empty(await Analyze(designTime: false));
            var result = GeneratorHarness.Run(s_files);
            Assert.Equal(2, result.Diagnostics.Length);
        }

        [Fact]
        public void In_the_ide_the_generator_still_generates_but_leaves_yaml_diagnostics_to_the_analyzer()
        {
            var result = GeneratorHarness.Run(s_files, GeneratorHarness.DefaultOptions(("DesignTimeBuild", "true"), ("KibanaConnectorsLicense", "silver")));
            // KC0009 (an MSBuild option) has no place in a settings file: the generator keeps it.
            Assert.Equal("KC0009", Assert.Single(result.Diagnostics).Id);
            Assert.Contains("Pd =>", result.Source);
            Assert.Empty(result.CompilationErrors);
        }

        [Fact]
        public async Task The_analyzer_under_roslyns_test_framework_reports_exact_yaml_spans()
        {
            const string yaml = "xpack.actions.preconfigured:\n  pd:\n    actionTypeId: .pagerduty\n    name: PD\n    secrets:\n      routingKey: ${PD_KEY}\n  hook:\n    actionTypeId: .webhok\n    name: Hook\n";
            var test = new Microsoft.CodeAnalysis.CSharp.Testing.CSharpAnalyzerTest<SettingsFileAnalyzer, Microsoft.CodeAnalysis.Testing.DefaultVerifier>
            {
                ReferenceAssemblies = Microsoft.CodeAnalysis.Testing.ReferenceAssemblies.Net.Net80,
                TestState =
                {
                    Sources = { "class C { }" },
                    AdditionalFiles = { ("/project/kibana.yml", yaml) },
                    AnalyzerConfigFiles = { ("/.globalconfig", "is_global = true\nbuild_property.DesignTimeBuild = true\n") },
                },
            };

            // Line 8, columns 19 to 26: exactly '.webhok'.
            test.ExpectedDiagnostics.Add(new Microsoft.CodeAnalysis.Testing.DiagnosticResult("KC0102", DiagnosticSeverity.Error)
                .WithSpan("/project/kibana.yml", 8, 19, 8, 26)
                .WithArguments("hook", "actionTypeId '.webhok' is not a connector type Kibana registers; did you mean '.webhook'?"));
            await test.RunAsync();
        }

        [Fact]
        public async Task The_analyzers_cache_tells_options_apart()
        {
            const string yaml = "xpack.actions.preconfigured:\n  sn:\n    actionTypeId: .server-log\n    name: Log\n  pd:\n    actionTypeId: .pagerduty\n    name: PD\n    secrets:\n      routingKey: ${K}\n";
            async Task<ImmutableArray<Diagnostic>> Analyze(string license)
            {
                var options = GeneratorHarness.DefaultOptions(("DesignTimeBuild", "true"), ("KibanaConnectorsLicense", license));
                var analyzerOptions = new AnalyzerOptions(ImmutableArray.Create<AdditionalText>(new InMemoryAdditionalText("/p/kibana.yml", yaml)), new TestOptionsProvider(options));
                return await GeneratorHarness.Compilation("class C { }").WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new SettingsFileAnalyzer()), analyzerOptions).GetAnalyzerDiagnosticsAsync();
            }

            Assert.Empty(await Analyze("platinum"));
            Assert.Equal("KC0303", Assert.Single(await Analyze("basic")).Id);
        }
    }
}

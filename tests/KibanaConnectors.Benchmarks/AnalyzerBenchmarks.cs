using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using KibanaConnectors.Generator.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KibanaConnectors.Benchmarks
{
    /// <summary>
    /// What the KC1001 analyzer adds to a build or an IDE pass: with the settings files unchanged it reuses the connectors
    /// it read (the IDE's case on every C# edit); with a changed file it reads them again, as the generator does.
    /// </summary>
    [MemoryDiagnoser]
    public class AnalyzerBenchmarks
    {
        private string _text = null!;
        private CSharpCompilation _compilation = null!;
        private AnalyzerOptions _cached = null!;
        private AnalyzerOptions _changed = null!;
        private GeneratorDriver _driver = null!;
        private int _edit;

        [Params(1_000, 10_000)]
        public int Connectors { get; set; }

        [GlobalSetup]
        public void Setup()
        {
            _text = ConnectorYaml.Files(Connectors, 1)[0];
            _compilation = Harness.Compilation(
                "namespace Bench { public static class PreconfiguredConnectors { public static object Get([KibanaConnectors.ConnectorId] string id) => id; } }",
                "public static class Use { public static object A() => Bench.PreconfiguredConnectors.Get(\"connector-1\"); public static object B() => Bench.PreconfiguredConnectors.Get(\"no-such-id\"); }");
            _cached = Options(_text);
            _driver = Harness.Driver(new[] { new MemoryText("/p/kibana.yml", _text) });
            Analyze(_cached).GetAwaiter().GetResult();
        }

        [IterationSetup(Target = nameof(AnalyzerChangedYaml))]
        public void ChangeYaml() => _changed = Options(_text + "# edit " + (++_edit) + "\n");

        [Benchmark(Baseline = true, Description = "generator: full run")]
        public GeneratorDriver Generator() => _driver.RunGenerators(_compilation);

        [Benchmark(Description = "KC1001 analyzer: settings unchanged")]
        public Task<ImmutableArray<Diagnostic>> AnalyzerCachedYaml() => Analyze(_cached);

        [Benchmark(Description = "KC1001 analyzer: a settings file changed")]
        public Task<ImmutableArray<Diagnostic>> AnalyzerChangedYaml() => Analyze(_changed);

        private static AnalyzerOptions Options(string text) =>
            new AnalyzerOptions(ImmutableArray.Create<AdditionalText>(new MemoryText("/p/kibana.yml", text)), KibanaConnectors.Benchmarks.Options.Instance);

        private Task<ImmutableArray<Diagnostic>> Analyze(AnalyzerOptions options) =>
            _compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new ConnectorIdAnalyzer()), options).GetAnalyzerDiagnosticsAsync();
    }
}

using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using BenchmarkDotNet.Attributes;
using KibanaConnectors.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using YamlDotNet.RepresentationModel;

namespace KibanaConnectors.Benchmarks
{
    /// <summary>
    /// The whole generator run against the floor: YamlDotNet loading the same text. The ratio of the two is the
    /// generator's cost over merely parsing its input.
    /// </summary>
    [MemoryDiagnoser]
    public class GeneratorBenchmarks
    {
        private GeneratorDriver _driver = null!;
        private CSharpCompilation _compilation = null!;
        private IReadOnlyList<string> _texts = null!;

        [Params(10, 100, 1_000, 10_000)]
        public int Connectors { get; set; }

        [Params(1, 10)]
        public int Files { get; set; }

        [GlobalSetup]
        public void Setup()
        {
            _texts = ConnectorYaml.Files(Connectors, Files);
            _compilation = Harness.Compilation();
            _driver = Harness.Driver(_texts.Select((t, i) => (AdditionalText)new MemoryText($"/p/f{i}.connectors.yml", t)));
        }

        [Benchmark(Baseline = true, Description = "floor: YamlStream.Load")]
        public int YamlDotNetLoad()
        {
            var nodes = 0;
            foreach (var text in _texts)
            {
                var stream = new YamlStream();
                stream.Load(new StringReader(text));
                nodes += stream.Documents.Count;
            }

            return nodes;
        }

        [Benchmark(Description = "generator: full run")]
        public GeneratorDriver Generator() => _driver.RunGenerators(_compilation);
    }

    internal sealed class MemoryText : AdditionalText
    {
        private readonly SourceText _text;

        public MemoryText(string path, string text)
        {
            Path = path;
            _text = SourceText.From(text);
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    internal sealed class Options : AnalyzerConfigOptionsProvider
    {
        public static readonly Options Instance = new Options();

        public override AnalyzerConfigOptions GlobalOptions { get; } = new Values(new Dictionary<string, string> { ["build_property.RootNamespace"] = "Bench" });

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Values.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Values.Empty;

        private sealed class Values : AnalyzerConfigOptions
        {
            public static readonly Values Empty = new Values(new Dictionary<string, string>());
            private readonly Dictionary<string, string> _values;

            public Values(Dictionary<string, string> values) => _values = values;

            public override bool TryGetValue(string key, out string value)
            {
                var found = _values.TryGetValue(key, out var v);
                value = v ?? string.Empty;
                return found;
            }
        }
    }

    internal static class Harness
    {
        public static readonly ImmutableArray<MetadataReference> References = Basic.Reference.Assemblies.Net80.References.All
            .Cast<MetadataReference>()
            .Append(MetadataReference.CreateFromFile(typeof(KibanaConnectors.Connector).Assembly.Location))
            .ToImmutableArray();

        public static CSharpCompilation Compilation(params string[] sources) => CSharpCompilation.Create(
            "Bench",
            sources.Select(s => CSharpSyntaxTree.ParseText(s)),
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, optimizationLevel: OptimizationLevel.Release));

        public static GeneratorDriver Driver(IEnumerable<AdditionalText> files) => CSharpGeneratorDriver.Create(
            new[] { new ConnectorsGenerator().AsSourceGenerator() },
            additionalTexts: files,
            optionsProvider: Options.Instance,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));
    }
}

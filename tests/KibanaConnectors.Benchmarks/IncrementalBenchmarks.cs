using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace KibanaConnectors.Benchmarks
{
    /// <summary>What an edit costs once the generator has run: the IDE case, on every keystroke.</summary>
    [MemoryDiagnoser]
    public class IncrementalBenchmarks
    {
        private GeneratorDriver _warm = null!;
        private CSharpCompilation _compilation = null!;
        private CSharpCompilation _editedCompilation = null!;
        private List<MemoryText> _files = null!;
        private MemoryText _commentEdit = null!;
        private MemoryText _connectorEdit = null!;

        [Params(1_000, 10_000)]
        public int Connectors { get; set; }

        [GlobalSetup]
        public void Setup()
        {
            var texts = ConnectorYaml.Files(Connectors, 10);
            _files = texts.Select((t, i) => new MemoryText($"/p/f{i}.connectors.yml", t)).ToList();
            _compilation = Harness.Compilation("class Program { }");
            _editedCompilation = _compilation.ReplaceSyntaxTree(_compilation.SyntaxTrees.First(), CSharpSyntaxTree.ParseText("class Program { int x; }"));
            _warm = Harness.Driver(_files).RunGenerators(_compilation);
            _commentEdit = new MemoryText(_files[3].Path, texts[3] + "# reviewed\n");
            // File 3 holds connectors 3, 13, 23, ...: rename connector 3.
            var edited = texts[3].Replace("name: PagerDuty 3\n", "name: PagerDuty three\n");
            if (edited == texts[3])
            {
                throw new System.InvalidOperationException("the one-connector edit changed nothing");
            }

            _connectorEdit = new MemoryText(_files[3].Path, edited);
        }

        [Benchmark(Baseline = true, Description = "C# edit")]
        public GeneratorDriver CSharpEdit() => _warm.RunGenerators(_editedCompilation);

        [Benchmark(Description = "comment-only YAML edit, 1 of 10 files")]
        public GeneratorDriver CommentEdit() => _warm.ReplaceAdditionalText(_files[3], _commentEdit).RunGenerators(_compilation);

        [Benchmark(Description = "one-connector edit, 1 of 10 files")]
        public GeneratorDriver ConnectorEdit() => _warm.ReplaceAdditionalText(_files[3], _connectorEdit).RunGenerators(_compilation);
    }
}

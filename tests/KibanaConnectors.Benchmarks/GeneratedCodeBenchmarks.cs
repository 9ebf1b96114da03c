using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using BenchmarkDotNet.Attributes;
using KibanaConnectors;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace KibanaConnectors.Benchmarks
{
    /// <summary>The cost of the generated code itself: compiling it, initialising it, looking connectors up.</summary>
    [MemoryDiagnoser]
    public class GeneratedCodeBenchmarks
    {
        public delegate bool TryGetFn(string id, out Connector? connector);

        private const int Count = 10_000;
        private CSharpCompilation _empty = null!;
        private CSharpCompilation _generated = null!;
        private byte[] _image = null!;
        private string[] _ids = null!;
        private TryGetFn _tryGet = null!;
        private Dictionary<string, Connector> _dictionary = null!;
        private FrozenDictionary<string, Connector> _frozen = null!;

        [GlobalSetup]
        public void Setup()
        {
            _empty = Harness.Compilation("class Program { }");
            var files = ConnectorYaml.Files(Count, 1).Select((t, i) => (AdditionalText)new MemoryText($"/p/f{i}.connectors.yml", t));
            Harness.Driver(files).RunGeneratorsAndUpdateCompilation(_empty, out var output, out _);
            _generated = (CSharpCompilation)output;
            _image = Emit(_generated);
            var type = Assembly.Load(_image).GetType("Bench.PreconfiguredConnectors")!;
            _tryGet = type.GetMethod("TryGet")!.CreateDelegate<TryGetFn>();
            var all = (IReadOnlyList<Connector>)type.GetProperty("All")!.GetValue(null)!;
            _ids = all.Select(c => c.Id).OrderBy(_ => Guid.NewGuid()).ToArray();
            _dictionary = all.ToDictionary(c => c.Id, StringComparer.Ordinal);
            _frozen = _dictionary.ToFrozenDictionary(StringComparer.Ordinal);
        }

        private static byte[] Emit(Compilation compilation)
        {
            using var stream = new MemoryStream();
            var result = compilation.Emit(stream);
            if (!result.Success)
            {
                throw new InvalidOperationException(string.Join("\n", result.Diagnostics.Take(5)));
            }

            return stream.ToArray();
        }

        [Benchmark(Description = "compile: empty project")]
        [BenchmarkCategory("compile")]
        public byte[] CompileEmpty() => Emit(_empty.Clone());

        [Benchmark(Description = "compile: 10,000 generated connectors")]
        [BenchmarkCategory("compile")]
        public byte[] CompileGenerated() => Emit(_generated.Clone());

        [Benchmark(Description = "load + first access to All, 10,000 connectors")]
        [BenchmarkCategory("init")]
        public int FirstAccess()
        {
            var context = new AssemblyLoadContext("bench", isCollectible: true);
            try
            {
                var type = context.LoadFromStream(new MemoryStream(_image)).GetType("Bench.PreconfiguredConnectors")!;
                return ((IReadOnlyList<Connector>)type.GetProperty("All")!.GetValue(null)!).Count;
            }
            finally
            {
                context.Unload();
            }
        }

        [Benchmark(Description = "TryGet (generated), 10,000 ids")]
        [BenchmarkCategory("lookup")]
        public int GeneratedTryGet()
        {
            var found = 0;
            foreach (var id in _ids)
            {
                if (_tryGet(id, out _))
                {
                    found++;
                }
            }

            return found;
        }

        [Benchmark(Description = "Dictionary, 10,000 ids")]
        [BenchmarkCategory("lookup")]
        public int DictionaryTryGet()
        {
            var found = 0;
            foreach (var id in _ids)
            {
                if (_dictionary.TryGetValue(id, out _))
                {
                    found++;
                }
            }

            return found;
        }

        [Benchmark(Description = "FrozenDictionary, 10,000 ids")]
        [BenchmarkCategory("lookup")]
        public int FrozenTryGet()
        {
            var found = 0;
            foreach (var id in _ids)
            {
                if (_frozen.TryGetValue(id, out _))
                {
                    found++;
                }
            }

            return found;
        }
    }
}

using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
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
        private TryGetFn _dictionaryTryGet = null!;
        private TryGetFn _frozenTryGet = null!;
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

            // Each lookup is a static method called through a delegate made by reflection, as the generated TryGet
            // must be here, so the three compare like with like.
            s_dictionary = _dictionary;
            s_frozen = _frozen;
            _dictionaryTryGet = typeof(GeneratedCodeBenchmarks).GetMethod(nameof(DictionaryLookup), BindingFlags.NonPublic | BindingFlags.Static)!.CreateDelegate<TryGetFn>();
            _frozenTryGet = typeof(GeneratedCodeBenchmarks).GetMethod(nameof(FrozenLookup), BindingFlags.NonPublic | BindingFlags.Static)!.CreateDelegate<TryGetFn>();
        }

        private static Dictionary<string, Connector> s_dictionary = null!;
        private static FrozenDictionary<string, Connector> s_frozen = null!;

        private static bool DictionaryLookup(string id, out Connector? connector) => s_dictionary.TryGetValue(id, out connector);

        private static bool FrozenLookup(string id, out Connector? connector) => s_frozen.TryGetValue(id, out connector);

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

        // Each invocation loads a fresh copy of the assembly (Assembly.Load(byte[]) gives a new one every time), so
        // the first access is really the first. Not a collectible AssemblyLoadContext: the runtime does not tier
        // code there, so every method would be fully optimised on first call, which no application sees.
        [Benchmark(Description = "load + first access to All, 10,000 connectors")]
        [BenchmarkCategory("init")]
        public int FirstAccessToAll() =>
            ((IReadOnlyList<Connector>)Assembly.Load(_image).GetType("Bench.PreconfiguredConnectors")!.GetProperty("All")!.GetValue(null)!).Count;

        [Benchmark(Description = "load + first access to one connector of 10,000")]
        [BenchmarkCategory("init")]
        public object FirstAccessToOne() =>
            Assembly.Load(_image).GetType("Bench.PreconfiguredConnectors")!.GetProperty("Connector5000")!.GetValue(null)!;

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
                if (_dictionaryTryGet(id, out _))
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
                if (_frozenTryGet(id, out _))
                {
                    found++;
                }
            }

            return found;
        }
    }
}

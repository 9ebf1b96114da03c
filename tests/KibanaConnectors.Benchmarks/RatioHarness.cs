using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using YamlDotNet.RepresentationModel;

namespace KibanaConnectors.Benchmarks
{
    /// <summary>
    /// The generator's headline ratio (`dotnet run -c Release -- ratio`): a whole first run of a fresh
    /// <c>GeneratorDriver</c> (read, check, emit, and the driver's parse of the generated source) against the floor,
    /// YamlDotNet's <c>YamlStream.Load</c> of the same text, measured in the same process, alternating, median of 15.
    /// No timed assertions anywhere: this prints numbers for docs/performance.md.
    /// </summary>
    public static class RatioHarness
    {
        public static void Run(int[] sizes, int runs = 15)
        {
            // Wall time, and the process's CPU time, which a busy machine disturbs much less: both are printed.
            Console.WriteLine($"{"connectors",10} {"floor ms",10} {"generator ms",13} {"ratio",6} {"floor cpu",10} {"gen cpu",9} {"cpu ratio",10} {"chars/connector",16}");
            foreach (var size in sizes)
            {
                var text = ConnectorYaml.Files(size, 1)[0];
                var files = new[] { (AdditionalText)new MemoryText("/p/kibana.yml", text) };
                var compilation = Harness.Compilation();
                string? generated = null;
                var generatedLength = 0;

                void Floor() => new YamlStream().Load(new StringReader(text));
                void ParseOnly() => Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(generated!, new Microsoft.CodeAnalysis.CSharp.CSharpParseOptions(documentationMode: DocumentationMode.Parse)).GetRoot();
                void ParseNoDocs() => Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(generated!, new Microsoft.CodeAnalysis.CSharp.CSharpParseOptions(documentationMode: DocumentationMode.None)).GetRoot();
                void Generator()
                {
                    var run = Harness.Driver(files).RunGenerators(compilation).GetRunResult();
                    // The driver adds the generated source as a lazily parsed tree: the compiler parses it later, whatever
                    // the generator does (see the parse lines printed below for that cost).
                    generatedLength = run.Results[0].GeneratedSources[0].SourceText.Length;
                }

                // Warm up until tiered JIT has settled (a compiler server or IDE runs the generator many times).
                for (var i = 0; i < 12; i++)
                {
                    Floor();
                    Generator();
                }

                var floor = new List<double>();
                var generator = new List<double>();
                var floorCpu = new List<double>();
                var generatorCpu = new List<double>();
                for (var i = 0; i < runs; i++)
                {
                    GC.Collect();
                    var (wall, cpu) = Time(Floor);
                    floor.Add(wall);
                    floorCpu.Add(cpu);
                    GC.Collect();
                    (wall, cpu) = Time(Generator);
                    generator.Add(wall);
                    generatorCpu.Add(cpu);
                }

                generated = Harness.Driver(files).RunGenerators(compilation).GetRunResult().GeneratedTrees[0].GetText().ToString();
                var parse = new List<double>();
                var parseNoDocs = new List<double>();
                for (var i = 0; i < 7; i++)
                {
                    GC.Collect();
                    parse.Add(Time(ParseOnly).Cpu);
                    GC.Collect();
                    parseNoDocs.Add(Time(ParseNoDocs).Cpu);
                }

                Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "  (parsing the generated C# alone: {0:F2} ms cpu with doc comments parsed, as the IDE does; {1:F2} ms without, as a build without a documentation file does)", Median(parse), Median(parseNoDocs)));
                var f = Median(floor);
                var g = Median(generator);
                var fc = Median(floorCpu);
                var gc = Median(generatorCpu);
                Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0,10} {1,10:F2} {2,13:F2} {3,6:F2} {4,10:F2} {5,9:F2} {6,10:F2} {7,16}", size, f, g, g / f, fc, gc, gc / fc, generatedLength / size));
            }
        }

        private static (double Wall, double Cpu) Time(Action action)
        {
            var process = Process.GetCurrentProcess();
            var cpu = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            action();
            var wall = watch.Elapsed.TotalMilliseconds;
            process.Refresh();
            return (wall, (process.TotalProcessorTime - cpu).TotalMilliseconds);
        }

        private static double Median(List<double> values)
        {
            var sorted = values.OrderBy(v => v).ToList();
            return sorted[sorted.Count / 2];
        }
    }
}

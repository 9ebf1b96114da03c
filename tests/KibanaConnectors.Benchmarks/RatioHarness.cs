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
            Console.WriteLine($"{"connectors",10} {"floor ms",10} {"generator ms",13} {"ratio",6} {"chars/connector",16}");
            foreach (var size in sizes)
            {
                var text = ConnectorYaml.Files(size, 1)[0];
                var files = new[] { (AdditionalText)new MemoryText("/p/kibana.yml", text) };
                var compilation = Harness.Compilation();
                string? generated = null;

                void Floor() => new YamlStream().Load(new StringReader(text));
                void Generator()
                {
                    var run = Harness.Driver(files).RunGenerators(compilation).GetRunResult();
                    generated = run.GeneratedTrees[0].GetText().ToString();
                }

                for (var i = 0; i < 3; i++)
                {
                    Floor();
                    Generator();
                }

                var floor = new List<double>();
                var generator = new List<double>();
                for (var i = 0; i < runs; i++)
                {
                    GC.Collect();
                    floor.Add(Time(Floor));
                    GC.Collect();
                    generator.Add(Time(Generator));
                }

                var f = Median(floor);
                var g = Median(generator);
                Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0,10} {1,10:F2} {2,13:F2} {3,6:F2} {4,16}", size, f, g, g / f, generated!.Length / size));
            }
        }

        private static double Time(Action action)
        {
            var watch = Stopwatch.StartNew();
            action();
            return watch.Elapsed.TotalMilliseconds;
        }

        private static double Median(List<double> values)
        {
            var sorted = values.OrderBy(v => v).ToList();
            return sorted[sorted.Count / 2];
        }
    }
}

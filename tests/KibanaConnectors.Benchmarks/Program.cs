using System;
using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Running;

namespace KibanaConnectors.Benchmarks
{
    public static class Program
    {
        public static void Main(string[] args)
        {
            if (args.Length > 0 && args[0] == "stages")
            {
                StageProfile.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10_000, args.Contains("--four-types"), args.Contains("--compile"));
                return;
            }

            if (args.Length > 0 && args[0] == "ratio")
            {
                RatioHarness.Run(args.Length > 1 ? args.Skip(1).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray() : new[] { 1_000, 4_000 });
                return;
            }

            if (args.Length > 0 && args[0] == "packed")
            {
                PackedHarness.Run(args.Skip(1).ToList());
                return;
            }

            if (args.Length > 0 && args[0] == "packed-cold")
            {
                PackedHarness.ColdChild(args[1], int.Parse(args[2], CultureInfo.InvariantCulture));
                return;
            }

            if (args.Length > 0 && args[0] == "alloc")
            {
                AllocationProfile.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1_000, args.Contains("--floor"), args.Contains("--parse"));
                return;
            }

            if (args.Length > 0 && args[0] == "loop")
            {
                // For a profiler: whole generator runs over one file, again and again.
                var size = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 4_000;
                var runs = args.Length > 2 && args[2] != "--four-types" ? int.Parse(args[2], CultureInfo.InvariantCulture) : 50;
                var files = new[] { (Microsoft.CodeAnalysis.AdditionalText)new MemoryText("/p/kibana.yml", ConnectorYaml.Files(size, 1, args.Contains("--four-types") ? ConnectorYaml.FourTypes : null)[0]) };
                var compilation = Harness.Compilation();
                int g0 = GC.CollectionCount(0), g1 = GC.CollectionCount(1), g2 = GC.CollectionCount(2);
                var allocated = GC.GetTotalAllocatedBytes(precise: true);
                for (var i = 0; i < runs; i++)
                {
                    Harness.Driver(files).RunGenerators(compilation);
                }

                // What the collector did per run: the generator's cost at scale is mostly its allocations.
                Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "per run: {0:F1} MB allocated; collections gen0 {1:F1}, gen1 {2:F1}, gen2 {3:F1}",
                    (GC.GetTotalAllocatedBytes(precise: true) - allocated) / (1024.0 * 1024.0 * runs),
                    (GC.CollectionCount(0) - g0) / (double)runs, (GC.CollectionCount(1) - g1) / (double)runs, (GC.CollectionCount(2) - g2) / (double)runs));

                return;
            }

            if (args.Length > 0 && args[0] == "lsp")
            {
                LspProfile.Run(args.Skip(1).ToList());
                return;
            }

            if (args.Length > 0 && args[0] == "startup")
            {
                StartupProfile.Run(args.Skip(1).ToList());
                return;
            }

            BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        }
    }
}

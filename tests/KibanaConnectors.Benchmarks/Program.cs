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
                StageProfile.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10_000);
                return;
            }

            if (args.Length > 0 && args[0] == "ratio")
            {
                RatioHarness.Run(args.Length > 1 ? args.Skip(1).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray() : new[] { 1_000, 4_000 });
                return;
            }

            if (args.Length > 0 && args[0] == "loop")
            {
                // For a profiler: whole generator runs over one file, again and again.
                var size = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 4_000;
                var runs = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 50;
                var files = new[] { (Microsoft.CodeAnalysis.AdditionalText)new MemoryText("/p/kibana.yml", ConnectorYaml.Files(size, 1)[0]) };
                var compilation = Harness.Compilation();
                for (var i = 0; i < runs; i++)
                {
                    Harness.Driver(files).RunGenerators(compilation);
                }

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

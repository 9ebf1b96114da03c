using System;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using KibanaConnectors.Generator;
using KibanaConnectors.Generator.Emit;
using KibanaConnectors.Rules.Checks;
using KibanaConnectors.Rules.Set;
using KibanaConnectors.Rules.Reading;
using Microsoft.CodeAnalysis.CSharp;

namespace KibanaConnectors.Benchmarks
{
    /// <summary>
    /// A rough split of one generator run into its stages (`dotnet run -c Release -- stages 10000`), to see where
    /// time goes before reaching for BenchmarkDotNet. Ten warm-up runs, then the best and the median of 15 per stage, and what one run allocates.
    /// </summary>
    public static class StageProfile
    {
        public static void Run(int connectors, bool fourTypes = false, bool compile = false)
        {
            var text = ConnectorYaml.Files(connectors, 1, fourTypes ? ConnectorYaml.FourTypes : null)[0];
            var options = GeneratorOptionsReader.Read(Options.Instance.GlobalOptions).Project;
            var file = ConnectorFileReader.Read("/p/kibana.yml", text, false);
            var set = ConnectorSetBuilder.Build(new[] { file }, options);
            var source = ConnectorsEmitter.Emit(set, nullableAnnotations: true);
            Time("YamlStream.Load (floor)", () => new YamlDotNet.RepresentationModel.YamlStream().Load(new System.IO.StringReader(text)));
            Time("YamlDotNet parser events alone", () =>
            {
                var parser = new YamlDotNet.Core.Parser(new System.IO.StringReader(text));
                while (parser.MoveNext())
                {
                }
            });
            Time("YAML events to nodes", () => YamlDocumentReader.Read(text, false));
            var (root, _) = YamlDocumentReader.Read(text, false);
            Time("Kibana key splitting", () => KibanaSettingsReader.Read(root));
            Time("whole parse step", () => ConnectorFileReader.Read("/p/kibana.yml", text, false));
            // The same file without its literal secrets (KC0401 warnings): what the checks' diagnostics cost.
            var referenced = text.Replace("user: kibana", "user: ${HOOK_USER}").Replace("routingKey: 0123456789abcdef0123456789abcdef", "routingKey: ${PD_KEY}");
            Time($"  the same, no diagnostics ({file.Diagnostics.Count} before)", () => ConnectorFileReader.Read("/p/kibana.yml", referenced, false));
            // Suppression comments: a file without any pays one search for the marker; one per connector, a scan of the file.
            var commented = text.Replace("    actionTypeId: ", "    # kibana-connectors: ignore KC0302 -- reviewed\n    actionTypeId: ");
            Time("suppression comments (none)", () => SuppressionComments.Find("/p/kibana.yml", text, new System.Collections.Generic.List<KibanaConnectors.Rules.Model.Suppression>(), new System.Collections.Generic.List<KibanaConnectors.Rules.Diagnostics.DiagnosticInfo>()));
            Time("suppression comments (one per connector)", () => SuppressionComments.Find("/p/kibana.yml", commented, new System.Collections.Generic.List<KibanaConnectors.Rules.Model.Suppression>(), new System.Collections.Generic.List<KibanaConnectors.Rules.Diagnostics.DiagnosticInfo>()));
            Time("whole parse step, one comment per connector", () => ConnectorFileReader.Read("/p/kibana.yml", commented, false));
            var commentedFile = ConnectorFileReader.Read("/p/kibana.yml", commented, false);
            Time("set, one unused suppression per connector", () => ConnectorSetBuilder.Build(new[] { commentedFile }, options));
            Time("set (names, duplicates)", () => ConnectorSetBuilder.Build(new[] { file }, options));
            Time($"set diagnostics to Roslyn ({set.Diagnostics.Count})", () => set.Diagnostics.Select(d => d.ToDiagnostic()).ToList());
            Time("emit C#", () => ConnectorsEmitter.EmitText(set, nullableAnnotations: true));
            Time($"parse generated C# ({source.Length / 1024} KB)", () => CSharpSyntaxTree.ParseText(source));
            if (compile)
            {
                var compilation = Harness.Compilation(source);
                Time("compile generated C# (emit)", () => compilation.Clone().Emit(new System.IO.MemoryStream()), runs: 1);
            }
        }

        private static void Time(string stage, Action action, int runs = 15)
        {
            // Warm up first (tiered JIT settles after about 30 calls of a method), then the best and the median.
            for (var i = 0; i < (runs > 1 ? 10 : 0); i++)
            {
                action();
            }

            var best = TimeSpan.MaxValue;
            var times = new System.Collections.Generic.List<double>();
            long allocated = 0;
            for (var i = 0; i < runs; i++)
            {
                GC.Collect();
                var before = GC.GetAllocatedBytesForCurrentThread();
                var watch = Stopwatch.StartNew();
                action();
                watch.Stop();
                allocated = GC.GetAllocatedBytesForCurrentThread() - before;
                best = watch.Elapsed < best ? watch.Elapsed : best;
                times.Add(watch.Elapsed.TotalMilliseconds);
            }

            times.Sort();
            Console.WriteLine($"{stage,-40} {best.TotalMilliseconds,10:F1} ms best {times[times.Count / 2],10:F1} ms median {allocated / (1024.0 * 1024.0),10:F1} MB");
        }
    }
}

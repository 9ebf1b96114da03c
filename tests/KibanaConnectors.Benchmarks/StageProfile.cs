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
    /// time goes before reaching for BenchmarkDotNet. Best of five runs per stage, and what one run allocates.
    /// </summary>
    public static class StageProfile
    {
        public static void Run(int connectors)
        {
            var text = ConnectorYaml.Files(connectors, 1)[0];
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
            // Suppression comments: a file without any pays one search for the marker; one per connector, a scan of the file.
            var commented = text.Replace("    actionTypeId: ", "    # kibana-connectors: ignore KC0302 -- reviewed\n    actionTypeId: ");
            Time("suppression comments (none)", () => SuppressionComments.Find("/p/kibana.yml", text, new System.Collections.Generic.List<KibanaConnectors.Rules.Model.Suppression>(), new System.Collections.Generic.List<KibanaConnectors.Rules.Diagnostics.DiagnosticInfo>()));
            Time("suppression comments (one per connector)", () => SuppressionComments.Find("/p/kibana.yml", commented, new System.Collections.Generic.List<KibanaConnectors.Rules.Model.Suppression>(), new System.Collections.Generic.List<KibanaConnectors.Rules.Diagnostics.DiagnosticInfo>()));
            Time("whole parse step, one comment per connector", () => ConnectorFileReader.Read("/p/kibana.yml", commented, false));
            var commentedFile = ConnectorFileReader.Read("/p/kibana.yml", commented, false);
            Time("set, one unused suppression per connector", () => ConnectorSetBuilder.Build(new[] { commentedFile }, options));
            Time("set (names, duplicates)", () => ConnectorSetBuilder.Build(new[] { file }, options));
            Time("emit C#", () => ConnectorsEmitter.EmitText(set, nullableAnnotations: true));
            Time($"parse generated C# ({source.Length / 1024} KB)", () => CSharpSyntaxTree.ParseText(source));
            var compilation = Harness.Compilation(source);
            Time("compile generated C# (emit)", () => compilation.Clone().Emit(new System.IO.MemoryStream()), runs: 1);
        }

        private static void Time(string stage, Action action, int runs = 5)
        {
            var best = TimeSpan.MaxValue;
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
            }

            Console.WriteLine($"{stage,-40} {best.TotalMilliseconds,10:F1} ms {allocated / (1024.0 * 1024.0),10:F1} MB");
        }
    }
}

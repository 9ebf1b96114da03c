using System;
using System.Collections.Generic;
using System.Diagnostics.Tracing;
using System.Linq;

namespace KibanaConnectors.Benchmarks
{
    /// <summary>
    /// Which types a run allocates (`dotnet run -c Release -- alloc 1000 [--floor]`), from the runtime's own
    /// GCAllocationTick events (one about every 100 KB, so a sample, biased towards large objects), read in process:
    /// no profiler needed. The issue's file of four connector types; `--floor` profiles YamlStream.Load instead, `--parse`
    /// the rules core's parse step alone (read, split, check: no Roslyn).
    /// </summary>
    public sealed class AllocationProfile : EventListener
    {
        private readonly Dictionary<string, long> _bytes = new Dictionary<string, long>();
        private volatile bool _on;

        public static void Run(int connectors, bool floor, bool parseOnly = false, int runs = 20)
        {
            var text = ConnectorYaml.Files(connectors, 1, ConnectorYaml.FourTypes)[0];
            var files = new[] { (Microsoft.CodeAnalysis.AdditionalText)new MemoryText("/p/kibana.yml", text) };
            var compilation = Harness.Compilation();
            Action run = floor
                ? () => new YamlDotNet.RepresentationModel.YamlStream().Load(new System.IO.StringReader(text))
                : parseOnly
                    ? () => KibanaConnectors.Rules.Checks.ConnectorFileReader.Read("/p/kibana.yml", text, false)
                    : () => Harness.Driver(files).RunGenerators(compilation);
            using var listener = new AllocationProfile();
            for (var i = 0; i < 5; i++)
            {
                run();
            }

            var before = GC.GetAllocatedBytesForCurrentThread();
            listener._on = true;
            for (var i = 0; i < runs; i++)
            {
                run();
            }

            listener._on = false;
            var total = (GC.GetAllocatedBytesForCurrentThread() - before) / (double)runs;
            System.Threading.Thread.Sleep(500);
            Console.WriteLine($"{total / 1024,10:F0} KB per run in all ({(floor ? "YamlStream.Load" : parseOnly ? "the parse step" : "a generator run")}, {connectors} connectors); sampled by type:");
            lock (listener._bytes)
            {
                foreach (var pair in listener._bytes.OrderByDescending(p => p.Value).Take(40))
                {
                    Console.WriteLine($"{pair.Value / (double)runs / 1024,10:F0} KB  {pair.Key}");
                }
            }
        }

        protected override void OnEventSourceCreated(EventSource source)
        {
            if (source.Name == "Microsoft-Windows-DotNETRuntime")
            {
                EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1); // GC keyword
            }
        }

        protected override void OnEventWritten(EventWrittenEventArgs e)
        {
            if (!_on || e.EventName == null || !e.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.PayloadNames == null || e.Payload == null)
            {
                return;
            }

            var type = e.PayloadNames.IndexOf("TypeName");
            var amount = e.PayloadNames.IndexOf("AllocationAmount64");
            var name = type >= 0 ? e.Payload[type]?.ToString() ?? "?" : "?";
            var bytes = amount >= 0 ? Convert.ToInt64(e.Payload[amount], System.Globalization.CultureInfo.InvariantCulture) : 100_000;
            lock (_bytes)
            {
                _bytes[name] = _bytes.TryGetValue(name, out var b) ? b + bytes : bytes;
            }
        }
    }
}

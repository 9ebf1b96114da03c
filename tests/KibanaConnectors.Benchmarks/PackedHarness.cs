using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using YamlDotNet.RepresentationModel;

namespace KibanaConnectors.Benchmarks
{
    /// <summary>
    /// The generator as a user's build loads it (`dotnet run -c Release -- packed PACKAGE.nupkg 1000 4000`): the
    /// package's analyzers/dotnet/cs assemblies in a load context of their own (as the compiler loads analyzers, with
    /// their own YamlDotNet), one kibana.yml of webhook, email, PagerDuty and server-log connectors, a fresh
    /// <c>CSharpGeneratorDriver</c> per run, 10 warm-up rounds, then the median of 15 runs alternating with
    /// <c>YamlStream.Load</c> of the same text, with no forced collection between them: a collection that the
    /// generator's allocations cause falls into its own runs, as it does in a build. Then the cold first run, each in a
    /// fresh process, split into Roslyn's part and the generator's. No timed assertions: this prints numbers for
    /// docs/performance.md.
    /// </summary>
    public static class PackedHarness
    {
        private const int Runs = 15;

        // The issue's harness warms up 10 rounds; more (--warmups N) shows the steady state, e.g. under a profiler.
        private static int s_warmUps = 10;

        public static void Run(IReadOnlyList<string> args)
        {
            if (args.Count == 0 || !args[0].EndsWith(".nupkg", StringComparison.OrdinalIgnoreCase))
            {
                Console.Error.WriteLine("usage: packed PACKAGE.nupkg [connectors ...] [--cold N] [--warmups N]");
                return;
            }

            var package = args[0];
            var coldRuns = 5;
            var sizes = new List<int>();
            for (var i = 1; i < args.Count; i++)
            {
                if (args[i] == "--cold" && i + 1 < args.Count)
                {
                    coldRuns = int.Parse(args[++i], CultureInfo.InvariantCulture);
                }
                else if (args[i] == "--warmups" && i + 1 < args.Count)
                {
                    s_warmUps = int.Parse(args[++i], CultureInfo.InvariantCulture);
                }
                else
                {
                    sizes.Add(int.Parse(args[i], CultureInfo.InvariantCulture));
                }
            }

            if (sizes.Count == 0)
            {
                sizes.AddRange(new[] { 1_000, 4_000 });
            }

            var folder = Extract(package);
            var generator = Load(folder);
            Console.WriteLine($"packed generator: {package}, Roslyn {typeof(CSharpGeneratorDriver).Assembly.GetName().Version}, {LoadAverage()}");
            Console.WriteLine($"{"connectors",10} {"floor ms",10} {"generator ms",13} {"ratio",6} {"floor cpu",10} {"gen cpu",8} {"cpu ratio",10} {"floor MB",9} {"gen MB",8} {"gen0/run",9} {"gen1/run",9} {"gen2/run",9}");
            foreach (var size in sizes)
            {
                Warm(generator, size);
            }

            foreach (var size in sizes)
            {
                Cold(package, size, coldRuns);
            }
        }

        /// <summary>One cold first run in this process (the `packed-cold` mode, started by <see cref="Run"/> in a fresh process).</summary>
        public static void ColdChild(string package, int size)
        {
            var text = Text(size);
            var watch = Stopwatch.StartNew();
            new YamlStream().Load(new StringReader(text));
            var floor = watch.Elapsed.TotalMilliseconds;

            watch.Restart();
            var compilation = Harness.Compilation();
            var files = new[] { (AdditionalText)new MemoryText("/p/kibana.yml", text) };
            var compilationMs = watch.Elapsed.TotalMilliseconds;

            watch.Restart();
            var generator = Load(Extract(package));
            var timed = new TimedGenerator(generator);
            var loadMs = watch.Elapsed.TotalMilliseconds;

            watch.Restart();
            var driver = Driver(timed, files);
            var driverMs = watch.Elapsed.TotalMilliseconds;

            watch.Restart();
            driver = driver.RunGenerators(compilation);
            var runMs = watch.Elapsed.TotalMilliseconds;
            var result = driver.GetRunResult();
            var generatorMs = driver.GetTimingInfo().GeneratorTimes[0].ElapsedTime.TotalMilliseconds;

            // The second run in the same process: what is left once the code is compiled.
            watch.Restart();
            Driver(generator, files).RunGenerators(compilation).GetRunResult();
            var secondMs = watch.Elapsed.TotalMilliseconds;
            Console.WriteLine(string.Format(
                CultureInfo.InvariantCulture,
                "cold {0} {1:F1} {2:F1} {3:F1} {4:F1} {5:F1} {6:F1} {7:F1} {8:F1} {9}",
                size, floor, compilationMs, loadMs, driverMs, runMs, timed.InitializeMs, generatorMs, secondMs, result.Results[0].Exception == null ? "ok" : result.Results[0].Exception!.Message));
        }

        private static void Warm(IIncrementalGenerator generator, int size)
        {
            var text = Text(size);
            var files = new[] { (AdditionalText)new MemoryText("/p/kibana.yml", text) };
            var compilation = Harness.Compilation();

            void Floor() => new YamlStream().Load(new StringReader(text));
            void Generate()
            {
                var run = Driver(generator, files).RunGenerators(compilation).GetRunResult();
                if (run.Results[0].Exception != null || run.Results[0].GeneratedSources.Length != 1)
                {
                    throw new InvalidOperationException("the packed generator did not generate: " + run.Results[0].Exception);
                }
            }

            for (var i = 0; i < s_warmUps; i++)
            {
                Floor();
                Generate();
            }

            var floor = new List<double>();
            var gen = new List<double>();
            var floorCpu = new List<double>();
            var genCpu = new List<double>();
            var floorBytes = new List<double>();
            var genBytes = new List<double>();
            int g0 = 0, g1 = 0, g2 = 0;
            for (var i = 0; i < Runs; i++)
            {
                var (ms, cpu, bytes, _, _, _) = Time(Floor);
                floor.Add(ms);
                floorCpu.Add(cpu);
                floorBytes.Add(bytes);
                int c0, c1, c2;
                (ms, cpu, bytes, c0, c1, c2) = Time(Generate);
                gen.Add(ms);
                genCpu.Add(cpu);
                genBytes.Add(bytes);
                g0 += c0;
                g1 += c1;
                g2 += c2;
            }

            var f = Median(floor);
            var g = Median(gen);
            Console.WriteLine(string.Format(
                CultureInfo.InvariantCulture,
                "{0,10} {1,10:F2} {2,13:F2} {3,6:F2} {4,10:F2} {5,8:F2} {6,10:F2} {7,9:F1} {8,8:F1} {9,9:F2} {10,9:F2} {11,9:F2}",
                size, f, g, g / f, Median(floorCpu), Median(genCpu), Median(genCpu) / Median(floorCpu),
                Median(floorBytes) / (1024 * 1024), Median(genBytes) / (1024 * 1024), g0 / (double)Runs, g1 / (double)Runs, g2 / (double)Runs));
        }

        private static void Cold(string package, int size, int runs)
        {
            Console.WriteLine($"cold first run at {size} connectors, {runs} fresh processes (ms): floor's first parse | Roslyn: compilation, driver | generator: load assembly, Initialize, its run (ElapsedTime) | the whole RunGenerators | a second run");
            var self = Assembly.GetEntryAssembly()!.Location;
            for (var i = 0; i < runs; i++)
            {
                var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, UseShellExecute = false };
                start.ArgumentList.Add(self);
                start.ArgumentList.Add("packed-cold");
                start.ArgumentList.Add(package);
                start.ArgumentList.Add(size.ToString(CultureInfo.InvariantCulture));
                using var process = Process.Start(start)!;
                var line = process.StandardOutput.ReadToEnd().Trim();
                process.WaitForExit();
                var p = line.Split(' ');
                if (p.Length < 11 || p[0] != "cold")
                {
                    Console.WriteLine("  unexpected: " + line);
                    continue;
                }

                Console.WriteLine($"  floor {p[2]} | compilation {p[3]}, driver {p[5]} | load {p[4]}, Initialize {p[7]}, run {p[8]} | RunGenerators {p[6]} | second {p[9]} {p[10]}");
            }
        }

        private static GeneratorDriver Driver(IIncrementalGenerator generator, IEnumerable<AdditionalText> files) => CSharpGeneratorDriver.Create(
            new[] { generator.AsSourceGenerator() },
            additionalTexts: files,
            optionsProvider: Options.Instance,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));

        /// <summary>The issue's file: webhook, email, PagerDuty and server-log connectors in turn.</summary>
        private static string Text(int size) => ConnectorYaml.Files(size, 1, ConnectorYaml.FourTypes)[0];

        private static string Extract(string package)
        {
            var folder = Path.Combine(Path.GetTempPath(), "kc-packed-" + Path.GetFileNameWithoutExtension(package) + "-" + File.GetLastWriteTimeUtc(package).Ticks.ToString(CultureInfo.InvariantCulture));
            if (!Directory.Exists(folder))
            {
                var partial = folder + "." + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
                Directory.CreateDirectory(partial);
                using (var zip = ZipFile.OpenRead(package))
                {
                    foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith("analyzers/dotnet/cs/", StringComparison.Ordinal) && e.Name.EndsWith(".dll", StringComparison.Ordinal)))
                    {
                        entry.ExtractToFile(Path.Combine(partial, entry.Name));
                    }
                }

                try
                {
                    Directory.Move(partial, folder);
                }
                catch (IOException)
                {
                    // Another process extracted it first.
                }
            }

            return folder;
        }

        private static IIncrementalGenerator Load(string folder)
        {
            var context = new AnalyzerContext(folder);
            var assembly = context.LoadFromAssemblyPath(Path.Combine(folder, "KibanaConnectors.Generator.dll"));
            var type = assembly.GetTypes().Single(t => !t.IsAbstract && typeof(IIncrementalGenerator).IsAssignableFrom(t) && t.GetCustomAttributes(typeof(GeneratorAttribute), false).Length > 0);
            return (IIncrementalGenerator)Activator.CreateInstance(type)!;
        }

        // Wall time, as the issue measures, and this thread's CPU time (the collector's work included: workstation GC
        // runs on the allocating thread), which other processes on a busy machine disturb much less.
        private static (double Ms, double Cpu, double Bytes, int Gen0, int Gen1, int Gen2) Time(Action action)
        {
            int c0 = GC.CollectionCount(0), c1 = GC.CollectionCount(1), c2 = GC.CollectionCount(2);
            var bytes = GC.GetAllocatedBytesForCurrentThread();
            var cpu = ThreadCpu.Milliseconds();
            var watch = Stopwatch.StartNew();
            action();
            var ms = watch.Elapsed.TotalMilliseconds;
            cpu = ThreadCpu.Milliseconds() - cpu;
            return (ms, cpu, GC.GetAllocatedBytesForCurrentThread() - bytes, GC.CollectionCount(0) - c0, GC.CollectionCount(1) - c1, GC.CollectionCount(2) - c2);
        }

        private static double Median(List<double> values)
        {
            var sorted = values.OrderBy(v => v).ToList();
            return sorted[sorted.Count / 2];
        }

        private static string LoadAverage() => File.Exists("/proc/loadavg") ? "load average " + File.ReadAllText("/proc/loadavg").Trim() : string.Empty;

        /// <summary>The calling thread's CPU time (Linux: clock_gettime(CLOCK_THREAD_CPUTIME_ID)); NaN elsewhere.</summary>
        private static class ThreadCpu
        {
            private const int ThreadCpuTimeId = 3;

            public static double Milliseconds()
            {
                if (!OperatingSystem.IsLinux())
                {
                    return double.NaN;
                }

                return ClockGetTime(ThreadCpuTimeId, out var time) == 0 ? (time.Seconds * 1_000d) + (time.Nanoseconds / 1_000_000d) : double.NaN;
            }

            [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "clock_gettime")]
            private static extern int ClockGetTime(int clock, out TimeSpec time);

            [System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Sequential)]
            private struct TimeSpec
            {
                public long Seconds;
                public long Nanoseconds;
            }
        }

        /// <summary>The package's assemblies in a context of their own; Roslyn and the framework from the host, as the compiler does.</summary>
        private sealed class AnalyzerContext : AssemblyLoadContext
        {
            private readonly string _folder;

            public AnalyzerContext(string folder)
                : base("KibanaConnectors package", isCollectible: false) => _folder = folder;

            protected override Assembly? Load(AssemblyName name)
            {
                var path = Path.Combine(_folder, name.Name + ".dll");
                return File.Exists(path) ? LoadFromAssemblyPath(path) : null;
            }
        }

        /// <summary>Times the generator's <c>Initialize</c>: the part of a first run before the pipeline runs.</summary>
        private sealed class TimedGenerator : IIncrementalGenerator
        {
            private readonly IIncrementalGenerator _inner;

            public TimedGenerator(IIncrementalGenerator inner) => _inner = inner;

            public double InitializeMs { get; private set; }

            public void Initialize(IncrementalGeneratorInitializationContext context)
            {
                var watch = Stopwatch.StartNew();
                _inner.Initialize(context);
                InitializeMs = watch.Elapsed.TotalMilliseconds;
            }
        }
    }
}

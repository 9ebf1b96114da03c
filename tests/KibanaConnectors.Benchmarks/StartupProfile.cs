using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;

namespace KibanaConnectors.Benchmarks
{
    /// <summary>
    /// The wall time of <c>kibana-connectors check</c> on a 50-connector file as a fresh process, which is what a CI
    /// step or a pre-commit hook pays (`dotnet run -c Release -- startup [tool ...] [--runs N]`; a tool is a
    /// kibana-connectors.dll, run through dotnet, or a native kibana-connectors executable), and of the editor server
    /// from start to its answer to initialize, which an editor waits for. Each tool's
    /// floor (<c>--version</c>: the runtime starting and loading the tool's own assembly, no rules) is measured in the
    /// same rounds, interleaved, so a busy machine slows both alike; the medians and the difference are what to read.
    /// Several tool builds (before and after a change) can be compared in one run.
    /// </summary>
    public static class StartupProfile
    {
        public static void Run(IReadOnlyList<string> args)
        {
            var runs = 21;
            var tools = new List<string>();
            for (var i = 0; i < args.Count; i++)
            {
                if (args[i] == "--runs" && i + 1 < args.Count)
                {
                    runs = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture);
                }
                else
                {
                    tools.Add(Path.GetFullPath(args[i]));
                }
            }

            if (tools.Count == 0)
            {
                tools.Add(DefaultTool());
            }

            foreach (var tool in tools.Where(t => !File.Exists(t)))
            {
                throw new FileNotFoundException($"{tool} does not exist; build it first: dotnet build -c Release src/KibanaConnectors.Cli (the native one: dotnet publish -c Release -r linux-x64 src/KibanaConnectors.Cli)");
            }

            var folder = Path.Combine(Path.GetTempPath(), "kc-startup-" + Guid.NewGuid().ToString("N").Substring(0, 8));
            Directory.CreateDirectory(folder);
            try
            {
                var file = Path.Combine(folder, "kibana.yml");
                File.WriteAllText(file, ConnectorYaml.Files(50, 1)[0]);
                // The file has five warnings (KC0401), so the text format also quotes five lines.
                var cases = tools.SelectMany(t => new[]
                {
                    (Tool: t, Label: "--version (floor)", Args: new[] { "--version" }),
                    (Tool: t, Label: "check, 50 connectors", Args: new[] { "check", file }),
                    (Tool: t, Label: "check --format msbuild", Args: new[] { "check", file, "--format", "msbuild" }),
                    (Tool: t, Label: "lsp: initialize answer", Args: new[] { "lsp" }),
                }).ToList();
                foreach (var c in cases)
                {
                    Time(c.Tool, c.Args); // warm the disk cache and the host's resolution, not timed
                }

                var times = cases.ToDictionary(c => c, _ => new List<double>());
                var cpu = cases.ToDictionary(c => c, _ => new List<double>());
                for (var round = 0; round < runs; round++)
                {
                    foreach (var c in cases)
                    {
                        var (wall, processor) = Time(c.Tool, c.Args);
                        times[c].Add(wall);
                        cpu[c].Add(processor);
                    }
                }

                Console.WriteLine($"{runs} runs each, interleaved; a fresh process each (ms): wall time, and CPU time (user + system, all threads)");
                Console.WriteLine($"{"tool",-50} {"command",-22} {"median",8} {"min",8} {"p90",8} {"cpu",8}");
                foreach (var tool in tools)
                {
                    var floor = times[cases.First(c => c.Tool == tool)];
                    var check = times[cases.First(c => c.Tool == tool && c.Label.StartsWith("check", StringComparison.Ordinal))];
                    foreach (var c in cases.Where(c => c.Tool == tool))
                    {
                        var t = times[c];
                        Console.WriteLine($"{Shorten(tool),-50} {c.Label,-22} {Median(t),8:F1} {t.Min(),8:F1} {Percentile(t, 0.9),8:F1} {Median(cpu[c]),8:F1}");
                    }

                    Console.WriteLine($"{Shorten(tool),-50} {"check - floor",-22} {Median(check) - Median(floor),8:F1}   ratio {Median(check) / Median(floor):F2}   ({ToolCommand.Kind(tool)})");
                }

                // Each build against the first one given, command by command: the ratio of the medians.
                foreach (var tool in tools.Skip(1))
                {
                    foreach (var c in cases.Where(c => c.Tool == tool))
                    {
                        var baseline = times[cases.First(b => b.Tool == tools[0] && b.Label == c.Label)];
                        Console.WriteLine($"{Shorten(tool),-50} {c.Label,-22} {Median(times[c]) / Median(baseline),8:F3} x the median of {Path.GetFileName(tools[0])}");
                    }
                }
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        // A fresh process from start to exit; for lsp, from start to the answer to initialize (then it is told to exit).
        private static (double Wall, double Cpu) Time(string tool, string[] arguments)
        {
            var info = ToolCommand.For(tool, arguments);
            var cpuBefore = ChildrenCpu();
            var watch = Stopwatch.StartNew();
            using var process = Process.Start(info)!;
            var stderr = process.StandardError.ReadToEndAsync();
            if (arguments[0] == "lsp")
            {
                LspProfile.Initialize(process);
                watch.Stop();
                LspProfile.Exit(process);
            }
            else
            {
                process.StandardInput.Close();
                process.StandardOutput.ReadToEnd();
                process.WaitForExit();
                watch.Stop();
            }

            stderr.GetAwaiter().GetResult();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"{info.FileName} {string.Join(" ", info.ArgumentList)} exited with {process.ExitCode}: the benchmark's file must be valid");
            }

            return (watch.Elapsed.TotalMilliseconds, ChildrenCpu() - cpuBefore);
        }

        // The CPU time of every waited-for child so far (getrusage RUSAGE_CHILDREN): Process.TotalProcessorTime is gone
        // once a process has exited on Linux. Less sensitive than wall time to other work on a shared machine. NaN on Windows.
        private static double ChildrenCpu()
        {
            if (OperatingSystem.IsWindows())
            {
                return double.NaN;
            }

            var usage = new long[18];
            return getrusage(-1, usage) != 0 ? double.NaN : (usage[0] + usage[2]) * 1000.0 + (usage[1] + usage[3]) / 1000.0;
        }

        [System.Runtime.InteropServices.DllImport("libc", SetLastError = true)]
        private static extern int getrusage(int who, long[] usage);

        private static double Median(List<double> values) => Percentile(values, 0.5);

        private static double Percentile(List<double> values, double p)
        {
            var sorted = values.OrderBy(v => v).ToList();
            return sorted[(int)Math.Round(p * (sorted.Count - 1))];
        }

        private static string Shorten(string path) => path.Length <= 50 ? path : "..." + path.Substring(path.Length - 47);

        // The Release build of the framework-dependent tool in this repository.
        private static string DefaultTool()
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir != null && !File.Exists(Path.Combine(dir.FullName, "Generator.sln")))
            {
                dir = dir.Parent;
            }

            return Path.Combine(dir?.FullName ?? ".", "src/KibanaConnectors.Cli/bin/Release/net10.0/kibana-connectors.dll");
        }
    }
}

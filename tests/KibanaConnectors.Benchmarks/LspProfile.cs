using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.IO.Pipelines;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using KibanaConnectors.LanguageServer.Protocol;

namespace KibanaConnectors.Benchmarks
{
    /// <summary>
    /// The editor server's targets (`dotnet run -c Release -- lsp [path/to/kibana-connectors.dll or the native kibana-connectors]`): didChange to
    /// publishDiagnostics on a 100-connector file (in process, median and p95 of 200 edits), a fresh process from start
    /// to the initialize answer (median of 10), and its resident memory with 10 such files open. Prints numbers; no
    /// assertions.
    /// </summary>
    public static class LspProfile
    {
        public static void Run(IReadOnlyList<string> args)
        {
            var text = ConnectorYaml.Files(100, 1)[0];
            InProcessEdits(text).GetAwaiter().GetResult();
            var tool = args.Count > 0 ? args[0] : Path.Combine(AppContext.BaseDirectory, "kibana-connectors.dll");
            if (File.Exists(tool))
            {
                FreshProcess(tool, text);
            }
            else
            {
                Console.WriteLine($"(no {tool}: pass the path of a built kibana-connectors.dll for the start-up and memory numbers)");
            }
        }

        private static async Task InProcessEdits(string text)
        {
            var toServer = new Pipe();
            var fromServer = new Pipe();
            var server = Task.Run(() => new KibanaConnectors.LanguageServer.LanguageServer(toServer.Reader.AsStream(), fromServer.Writer.AsStream()).RunAsync());
            var send = toServer.Writer.AsStream();
            var channel = new JsonRpcChannel(fromServer.Reader.AsStream(), Stream.Null);
            var folder = Path.Combine(Path.GetTempPath(), "kc-lsp-bench-" + Guid.NewGuid().ToString("N").Substring(0, 8));
            Directory.CreateDirectory(folder);
            var uri = new Uri(Path.Combine(folder, "kibana.yml")).AbsoluteUri;
            await Send(send, new JsonObject { ["jsonrpc"] = "2.0", ["id"] = 1, ["method"] = "initialize", ["params"] = new JsonObject { ["rootUri"] = new Uri(folder).AbsoluteUri, ["capabilities"] = new JsonObject() } });
            await Until(channel, m => (int?)m["id"] == 1);
            await Send(send, Notification("initialized", new JsonObject()));
            await Send(send, Notification("textDocument/didOpen", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = uri, ["languageId"] = "yaml", ["version"] = 1, ["text"] = text } }));
            await Until(channel, m => IsDiagnostics(m, 1));

            // Each edit renames a connector on line 5 (incremental change), as typing does.
            var line = text.Split('\n')[4];
            var times = new List<double>();
            for (var version = 2; version < 2 + 220; version++)
            {
                var change = new JsonObject
                {
                    ["range"] = new JsonObject { ["start"] = Pos(4, 0), ["end"] = Pos(4, line.Length) },
                    ["text"] = line + (version % 2 == 0 ? "x" : string.Empty),
                };
                var watch = Stopwatch.StartNew();
                await Send(send, Notification("textDocument/didChange", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = uri, ["version"] = version }, ["contentChanges"] = new JsonArray(change) }));
                var v = version;
                await Until(channel, m => IsDiagnostics(m, v));
                if (version >= 22)
                {
                    times.Add(watch.Elapsed.TotalMilliseconds);
                }

                line = (string)change["text"]!;
            }

            times.Sort();
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "didChange -> publishDiagnostics, 100 connectors, 200 edits: median {0:F2} ms, p95 {1:F2} ms, max {2:F2} ms (targets: 30 and 60)",
                times[times.Count / 2], times[(int)(times.Count * 0.95)], times[times.Count - 1]));
            await toServer.Writer.CompleteAsync();
            await server;
            Directory.Delete(folder, recursive: true);
        }

        private static void FreshProcess(string tool, string text)
        {
            var folder = Path.Combine(Path.GetTempPath(), "kc-lsp-bench-" + Guid.NewGuid().ToString("N").Substring(0, 8));
            Directory.CreateDirectory(folder);
            var starts = new List<double>();
            for (var i = 0; i < 11; i++)
            {
                var watch = Stopwatch.StartNew();
                using var process = Start(tool);
                var channel = new JsonRpcChannel(process.StandardOutput.BaseStream, Stream.Null);
                Send(process.StandardInput.BaseStream, new JsonObject { ["jsonrpc"] = "2.0", ["id"] = 1, ["method"] = "initialize", ["params"] = new JsonObject { ["rootUri"] = new Uri(folder).AbsoluteUri, ["capabilities"] = new JsonObject() } }).GetAwaiter().GetResult();
                Until(channel, m => (int?)m["id"] == 1).GetAwaiter().GetResult();
                if (i > 0)
                {
                    starts.Add(watch.Elapsed.TotalMilliseconds);
                }

                process.Kill();
            }

            starts.Sort();
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "start -> initialize answer (fresh process): median {0:F0} ms, min {1:F0} ms (target: 300)", starts[starts.Count / 2], starts[0]));

            using (var process = Start(tool))
            {
                var channel = new JsonRpcChannel(process.StandardOutput.BaseStream, Stream.Null);
                var input = process.StandardInput.BaseStream;
                Send(input, new JsonObject { ["jsonrpc"] = "2.0", ["id"] = 1, ["method"] = "initialize", ["params"] = new JsonObject { ["rootUri"] = new Uri(folder).AbsoluteUri, ["capabilities"] = new JsonObject() } }).GetAwaiter().GetResult();
                Until(channel, m => (int?)m["id"] == 1).GetAwaiter().GetResult();
                Send(input, Notification("initialized", new JsonObject())).GetAwaiter().GetResult();
                for (var f = 0; f < 10; f++)
                {
                    var uri = new Uri(Path.Combine(folder, $"f{f}.connectors.yml")).AbsoluteUri;
                    Send(input, Notification("textDocument/didOpen", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = uri, ["languageId"] = "yaml", ["version"] = 1, ["text"] = text.Replace("connector-", $"f{f}-connector-") } })).GetAwaiter().GetResult();
                    Until(channel, m => IsDiagnostics(m, 1) && (string?)m["params"]!["uri"] == uri).GetAwaiter().GetResult();
                }

                process.Refresh();
                Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "resident memory with 10 open files of 100 connectors: {0:F0} MB (target: 150)", process.WorkingSet64 / 1024.0 / 1024.0));
                process.Kill();
            }

            Directory.Delete(folder, recursive: true);
        }

        private static Process Start(string tool) => Process.Start(ToolCommand.For(tool, "lsp"))!;

        /// <summary>Sends initialize to a started editor server and waits for its answer.</summary>
        public static void Initialize(Process process)
        {
            var channel = new JsonRpcChannel(process.StandardOutput.BaseStream, Stream.Null);
            Send(process.StandardInput.BaseStream, new JsonObject { ["jsonrpc"] = "2.0", ["id"] = 1, ["method"] = "initialize", ["params"] = new JsonObject { ["processId"] = null, ["capabilities"] = new JsonObject() } }).GetAwaiter().GetResult();
            Until(channel, m => (int?)m["id"] == 1).GetAwaiter().GetResult();
        }

        /// <summary>shutdown, then exit (the server answers in order, so the answer need not be awaited): exit code 0.</summary>
        public static void Exit(Process process)
        {
            Send(process.StandardInput.BaseStream, new JsonObject { ["jsonrpc"] = "2.0", ["id"] = 2, ["method"] = "shutdown" }).GetAwaiter().GetResult();
            Send(process.StandardInput.BaseStream, Notification("exit", new JsonObject())).GetAwaiter().GetResult();
            process.StandardOutput.BaseStream.CopyTo(Stream.Null);
            process.WaitForExit();
        }

        private static bool IsDiagnostics(JsonObject message, int version) =>
            (string?)message["method"] == "textDocument/publishDiagnostics" && (int?)message["params"]!["version"] == version;

        private static JsonObject Notification(string method, JsonNode parameters) => new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = parameters };

        private static JsonObject Pos(int line, int character) => new JsonObject { ["line"] = line, ["character"] = character };

        private static async Task Send(Stream stream, JsonNode message)
        {
            var body = Encoding.UTF8.GetBytes(message.ToJsonString());
            await stream.WriteAsync(Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n"));
            await stream.WriteAsync(body);
            await stream.FlushAsync();
        }

        private static async Task Until(JsonRpcChannel channel, Func<JsonObject, bool> done)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            while (true)
            {
                var incoming = await channel.ReadAsync(timeout.Token);
                if (incoming.EndOfStream)
                {
                    throw new InvalidOperationException("the server closed its output");
                }

                if (incoming.Message is JsonObject message && done(message))
                {
                    return;
                }
            }
        }
    }
}

using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.IO.Pipelines;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace KibanaConnectors.Generator.Tests
{
    /// <summary>
    /// A small LSP client for the protocol tests: the server runs over a pair of in-memory pipes, requests wait for their
    /// answers by id, and notifications (publishDiagnostics, logMessage) are kept for the test to read. With
    /// KIBANACONNECTORS_LSP_COMMAND set to a kibana-connectors executable the same tests talk to <c>that lsp</c>, a
    /// process of its own, instead: the end-to-end tests run them so against the installed native tool.
    /// </summary>
    internal sealed class LspClient : IAsyncDisposable
    {
        private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(20);

        private readonly Pipe _toServer = new Pipe();
        private readonly Pipe _fromServer = new Pipe();
        private readonly System.Diagnostics.Process? _process;
        private readonly Stream _send;
        private readonly Stream _receive;
        private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonObject>> _answers = new ConcurrentDictionary<int, TaskCompletionSource<JsonObject>>();
        private readonly List<JsonObject> _notifications = new List<JsonObject>();
        private readonly SemaphoreSlim _arrived = new SemaphoreSlim(0);
        private readonly Task _reader;
        private int _nextId;

        public LspClient()
        {
            if (Environment.GetEnvironmentVariable("KIBANACONNECTORS_LSP_COMMAND") is { Length: > 0 } command)
            {
                var start = new System.Diagnostics.ProcessStartInfo(command, "lsp") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
                _process = System.Diagnostics.Process.Start(start)!;
                _process.ErrorDataReceived += (_, _) => { };
                _process.BeginErrorReadLine();
                _send = _process.StandardInput.BaseStream;
                _receive = _process.StandardOutput.BaseStream;
                Server = ExitCodeAsync(_process);
            }
            else
            {
                _send = _toServer.Writer.AsStream();
                _receive = _fromServer.Reader.AsStream();
                Server = Task.Run(() => new KibanaConnectors.LanguageServer.LanguageServer(_toServer.Reader.AsStream(), _fromServer.Writer.AsStream()).RunAsync());
            }

            _reader = Task.Run(ReadLoop);
        }

        private static async Task<int> ExitCodeAsync(System.Diagnostics.Process process)
        {
            await process.WaitForExitAsync();
            return process.ExitCode;
        }

        /// <summary>The server's run: its result is the exit code.</summary>
        public Task<int> Server { get; }

        public static string Uri(string path) => new System.Uri(path).AbsoluteUri;

        public async Task<JsonObject> InitializeAsync(string? root = null, JsonNode? options = null)
        {
            var parameters = new JsonObject { ["processId"] = null, ["capabilities"] = new JsonObject(), ["initializationOptions"] = options };
            if (root != null)
            {
                parameters["rootUri"] = Uri(root);
            }

            var result = await RequestAsync("initialize", parameters);
            await NotifyAsync("initialized", new JsonObject());
            return result!.AsObject();
        }

        /// <summary>Sends a request and returns its result; an error answer throws <see cref="LspError"/>.</summary>
        public async Task<JsonNode?> RequestAsync(string method, JsonNode? parameters)
        {
            var answer = await RequestRawAsync(method, parameters);
            if (answer["error"] is JsonObject error)
            {
                throw new LspError((int)error["code"]!, (string)error["message"]!);
            }

            return answer["result"];
        }

        public async Task<JsonObject> RequestRawAsync(string method, JsonNode? parameters)
        {
            var id = Interlocked.Increment(ref _nextId);
            var answer = new TaskCompletionSource<JsonObject>(TaskCreationOptions.RunContinuationsAsynchronously);
            _answers[id] = answer;
            await SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters });
            return await answer.Task.WaitAsync(s_timeout);
        }

        public Task NotifyAsync(string method, JsonNode? parameters) =>
            SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = parameters });

        public Task SendAsync(JsonNode message) => SendRawAsync(Encoding.UTF8.GetBytes(message.ToJsonString()));

        /// <summary>Sends bytes as one framed message, whatever they hold.</summary>
        public async Task SendRawAsync(byte[] body)
        {
            var header = Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n");
            await _send.WriteAsync(header);
            await _send.WriteAsync(body);
            await _send.FlushAsync();
        }

        /// <summary>Sends bytes as they are, with no framing.</summary>
        public async Task SendBytesAsync(byte[] bytes)
        {
            await _send.WriteAsync(bytes);
            await _send.FlushAsync();
        }

        public Task OpenAsync(string uri, string text, int version = 1) =>
            NotifyAsync("textDocument/didOpen", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = uri, ["languageId"] = "yaml", ["version"] = version, ["text"] = text } });

        public Task ChangeAsync(string uri, int version, params JsonObject[] changes) =>
            NotifyAsync("textDocument/didChange", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = uri, ["version"] = version }, ["contentChanges"] = new JsonArray(changes) });

        /// <summary>Waits for the next publishDiagnostics of a document (after the ones already read) and returns its diagnostics.</summary>
        public async Task<JsonArray> DiagnosticsAsync(string uri, int? version = null)
        {
            var deadline = DateTime.UtcNow + s_timeout;
            while (true)
            {
                lock (_notifications)
                {
                    var index = _notifications.FindIndex(n => (string?)n["method"] == "textDocument/publishDiagnostics" && (string?)n["params"]!["uri"] == uri
                        && (version == null || (int?)n["params"]!["version"] == version));
                    if (index >= 0)
                    {
                        var found = _notifications[index];
                        _notifications.RemoveRange(0, index + 1);
                        return found["params"]!["diagnostics"]!.AsArray();
                    }
                }

                var left = deadline - DateTime.UtcNow;
                if (left <= TimeSpan.Zero || !await _arrived.WaitAsync(left))
                {
                    throw new TimeoutException($"no diagnostics for {uri} (version {version})");
                }
            }
        }

        public IReadOnlyList<JsonObject> Notifications(string method)
        {
            lock (_notifications)
            {
                // "error:<code>" asks for error answers without an id (to frames that could not be read).
                return _notifications.Where(n => method.StartsWith("error:", StringComparison.Ordinal)
                    ? n["method"] == null && (int?)n["error"]?["code"] == int.Parse(method.Substring(6), System.Globalization.CultureInfo.InvariantCulture)
                    : (string?)n["method"] == method).ToList();
            }
        }

        public async ValueTask DisposeAsync()
        {
            if (_process != null)
            {
                _send.Close();
                await Task.WhenAny(Server, Task.Delay(s_timeout));
                if (!_process.HasExited)
                {
                    _process.Kill();
                }

                await Task.WhenAny(_reader, Task.Delay(s_timeout));
                _process.Dispose();
                return;
            }

            await _toServer.Writer.CompleteAsync();
            await Task.WhenAny(Server, Task.Delay(s_timeout));
            await _fromServer.Writer.CompleteAsync();
            await Task.WhenAny(_reader, Task.Delay(s_timeout));
        }

        private async Task ReadLoop()
        {
            var channel = new KibanaConnectors.LanguageServer.Protocol.JsonRpcChannel(_receive, Stream.Null);
            while (true)
            {
                var incoming = await channel.ReadAsync(CancellationToken.None);
                if (incoming.EndOfStream)
                {
                    return;
                }

                var message = incoming.Message!.AsObject();
                if (message["method"] == null && message["id"] is JsonValue id && id.TryGetValue<int>(out var number) && _answers.TryRemove(number, out var answer))
                {
                    answer.SetResult(message);
                }
                else
                {
                    lock (_notifications)
                    {
                        _notifications.Add(message);
                    }
                }

                _arrived.Release();
            }
        }
    }

    internal sealed class LspError : Exception
    {
        public LspError(int code, string message)
            : base($"{code}: {message}") => Code = code;

        public int Code { get; }
    }

    /// <summary>Reads fields of LSP diagnostics as test expectations: "KC0202@14:19-14:33" (one-based line and column).</summary>
    internal static class LspAssert
    {
        public static string Code(JsonNode diagnostic)
        {
            var range = diagnostic["range"]!;
            return $"{diagnostic["code"]}@{(int)range["start"]!["line"]! + 1}:{(int)range["start"]!["character"]! + 1}-{(int)range["end"]!["line"]! + 1}:{(int)range["end"]!["character"]! + 1}";
        }

        public static string[] Codes(JsonArray diagnostics) => diagnostics.Select(d => Code(d!)).ToArray();

        public static void Single(JsonArray diagnostics, string expected) => Assert.Equal(new[] { expected }, Codes(diagnostics));
    }
}

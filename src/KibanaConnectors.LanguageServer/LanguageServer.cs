using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using KibanaConnectors.LanguageServer.Features;
using KibanaConnectors.LanguageServer.Protocol;
using KibanaConnectors.LanguageServer.Workspace;
using KibanaConnectors.Rules.Diagnostics;

namespace KibanaConnectors.LanguageServer
{
    /// <summary>
    /// A Language Server Protocol 3.17 server for Kibana settings files, over a pair of streams (stdio for
    /// <c>kibana-connectors lsp</c>): diagnostics from the rules core on the unsaved text, hover, completion, quick fixes
    /// and an outline. Messages are handled one at a time, in order, as LSP expects of text changes; a bad message gets
    /// an error answer or a log line, never a crash.
    /// </summary>
    internal sealed class LanguageServer
    {
        private const string Source = "kibana-connectors";

        private readonly JsonRpcChannel _channel;
        private readonly TextWriter _log;
        private readonly Dictionary<string, string> _published = new Dictionary<string, string>(StringComparer.Ordinal);
        private ConnectorWorkspace? _workspace;
        private bool _shutdown;

        public LanguageServer(Stream input, Stream output, TextWriter? log = null)
        {
            _channel = new JsonRpcChannel(input, output);
            _log = log ?? TextWriter.Null;
        }

        /// <summary>Serves until <c>exit</c> or the end of the input. Returns the process exit code LSP asks for: 0 after shutdown, 1 otherwise.</summary>
        public async Task<int> RunAsync(CancellationToken cancellationToken = default)
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var incoming = await _channel.ReadAsync(cancellationToken).ConfigureAwait(false);
                if (incoming.EndOfStream)
                {
                    return _shutdown ? 0 : 1;
                }

                if (incoming.Problem != null)
                {
                    await _channel.WriteAsync(Error(null, ErrorCodes.ParseError, incoming.Problem), cancellationToken).ConfigureAwait(false);
                    continue;
                }

                if (!(incoming.Message is JsonObject message))
                {
                    await _channel.WriteAsync(Error(null, ErrorCodes.InvalidRequest, "a message must be a JSON object"), cancellationToken).ConfigureAwait(false);
                    continue;
                }

                var method = Lsp.At(message, "method") is JsonValue m && m.TryGetValue<string>(out var name) ? name : null;
                var id = Lsp.At(message, "id")?.DeepClone();
                if (method == null)
                {
                    // A response to a request of ours (the server sends none that need answers) or garbage.
                    if (id == null)
                    {
                        await _channel.WriteAsync(Error(null, ErrorCodes.InvalidRequest, "a message without a method"), cancellationToken).ConfigureAwait(false);
                    }

                    continue;
                }

                if (method == "exit")
                {
                    return _shutdown ? 0 : 1;
                }

                if (id == null)
                {
                    Notify(method, Lsp.At(message, "params"));
                }
                else
                {
                    await _channel.WriteAsync(Answer(id, method, Lsp.At(message, "params")), cancellationToken).ConfigureAwait(false);
                }

                await PublishAsync(cancellationToken).ConfigureAwait(false);
            }

            return 1;
        }

        private JsonNode Answer(JsonNode id, string method, JsonNode? parameters)
        {
            try
            {
                if (_workspace == null && method != "initialize")
                {
                    throw new LspException(ErrorCodes.ServerNotInitialized, $"'{method}' before 'initialize'");
                }

                if (_shutdown && method != "shutdown")
                {
                    throw new LspException(ErrorCodes.InvalidRequest, $"'{method}' after 'shutdown'");
                }

                JsonNode? result = method switch
                {
                    "initialize" => Initialize(parameters),
                    "shutdown" => Shutdown(),
                    "textDocument/hover" => Hover.Provide(Workspace, Document(parameters), Lsp.At(parameters, "position")),
                    "textDocument/completion" => Completion.Provide(Workspace, Document(parameters), Lsp.At(parameters, "position")),
                    "textDocument/codeAction" => CodeActions.Provide(Workspace, Document(parameters), Lsp.At(parameters, "range"), Lsp.At(parameters, "context")),
                    "textDocument/documentSymbol" => Symbols.Provide(Workspace, Document(parameters)),
                    _ => throw new LspException(ErrorCodes.MethodNotFound, $"'{method}' is not a method this server knows"),
                };
                return new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["result"] = result };
            }
            catch (LspException ex)
            {
                return Error(id, ex.Code, ex.Message);
            }
            catch (Exception ex) when (!(ex is OperationCanceledException))
            {
                _log.WriteLine($"{method}: {ex}");
                return Error(id, ErrorCodes.InternalError, $"{method} failed: {ex.GetType().Name}: {ex.Message}");
            }
        }

        private void Notify(string method, JsonNode? parameters)
        {
            try
            {
                if (_workspace == null || _shutdown)
                {
                    // Before initialize only exit counts; after shutdown nothing does.
                    return;
                }

                switch (method)
                {
                    case "initialized":
                        Workspace.Analyze().ToList().ForEach(Queue);
                        break;
                    case "textDocument/didOpen":
                        var opened = Lsp.At(parameters, "textDocument");
                        var document = Workspace.Open(Lsp.String(Lsp.At(opened, "uri"), "textDocument.uri"), Lsp.String(Lsp.At(opened, "text"), "textDocument.text"), Lsp.At(opened, "version") is JsonValue ? Lsp.Int(Lsp.At(opened, "version")) : (int?)null);
                        Analyze(document);
                        break;
                    case "textDocument/didChange":
                        var changed = Document(parameters);
                        var text = changed.Text;
                        foreach (var change in Lsp.At(parameters, "contentChanges") as JsonArray ?? new JsonArray())
                        {
                            text = DocumentLines.Apply(text, change);
                        }

                        changed.Text = text;
                        changed.Version = Lsp.At(parameters, "textDocument", "version") is JsonValue ? Lsp.Int(Lsp.At(parameters, "textDocument", "version")) : changed.Version;
                        Analyze(changed);
                        break;
                    case "textDocument/didClose":
                        var uri = Lsp.String(Lsp.At(parameters, "textDocument", "uri"), "textDocument.uri");
                        var closed = Workspace.Close(uri);
                        if (closed != null && Workspace.Find(uri) == null)
                        {
                            Queue(new FileDiagnostics(closed, Array.Empty<DiagnosticInfo>()));
                        }

                        Workspace.Analyze().ToList().ForEach(Queue);
                        break;
                    case "workspace/didChangeConfiguration":
                        Workspace.Settings = ServerSettings.From(Lsp.At(parameters, "settings"));
                        Workspace.Invalidate();
                        Workspace.Analyze().ToList().ForEach(Queue);
                        break;
                    case "workspace/didChangeWatchedFiles":
                        foreach (var change in Lsp.At(parameters, "changes") as JsonArray ?? new JsonArray())
                        {
                            Workspace.DiskChanged(Lsp.String(Lsp.At(change, "uri"), "changes[].uri"));
                        }

                        Workspace.Analyze().ToList().ForEach(Queue);
                        break;
                    default:
                        // didSave, $/cancelRequest, $/setTrace and other notifications need nothing here.
                        break;
                }
            }
            catch (Exception ex) when (!(ex is OperationCanceledException))
            {
                _log.WriteLine($"{method}: {ex.Message}");
                _pending.Add(new JsonObject
                {
                    ["jsonrpc"] = "2.0",
                    ["method"] = "window/logMessage",
                    ["params"] = new JsonObject { ["type"] = 1, ["message"] = $"kibana-connectors: {method} was not understood: {ex.Message}" },
                });
            }
        }

        private readonly List<JsonObject> _pending = new List<JsonObject>();
        private readonly Dictionary<string, FileDiagnostics> _queued = new Dictionary<string, FileDiagnostics>(StringComparer.Ordinal);
        private readonly HashSet<string> _forced = new HashSet<string>(StringComparer.Ordinal);

        private ConnectorWorkspace Workspace => _workspace ?? throw new LspException(ErrorCodes.ServerNotInitialized, "the server is not initialized");

        // The changed document's set is checked again; the changed document is published even if nothing changed, so the
        // client sees diagnostics for its newest version.
        private void Analyze(Document changed)
        {
            _forced.Add(changed.Uri);
            foreach (var file in Workspace.Analyze(new[] { changed }))
            {
                Queue(file);
            }
        }

        private void Queue(FileDiagnostics file) => _queued[file.Document.Uri] = file;

        private async Task PublishAsync(CancellationToken cancellationToken)
        {
            foreach (var message in _pending)
            {
                await _channel.WriteAsync(message, cancellationToken).ConfigureAwait(false);
            }

            _pending.Clear();
            foreach (var file in _queued.Values.OrderBy(f => f.Document.Uri, StringComparer.Ordinal))
            {
                var diagnostics = DiagnosticsJson.For(file);
                var key = diagnostics.ToJsonString();
                if (!_forced.Contains(file.Document.Uri) && _published.TryGetValue(file.Document.Uri, out var before) && before == key)
                {
                    continue;
                }

                _published[file.Document.Uri] = key;
                var parameters = new JsonObject { ["uri"] = file.Document.Uri, ["diagnostics"] = diagnostics };
                if (file.Document.IsOpen && file.Document.Version is int version)
                {
                    parameters["version"] = version;
                }

                await _channel.WriteAsync(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = "textDocument/publishDiagnostics", ["params"] = parameters }, cancellationToken).ConfigureAwait(false);
            }

            _queued.Clear();
            _forced.Clear();
        }

        private Document Document(JsonNode? parameters)
        {
            var uri = Lsp.String(Lsp.At(parameters, "textDocument", "uri"), "textDocument.uri");
            return Workspace.Find(uri) ?? throw new LspException(ErrorCodes.InvalidParams, $"the document '{uri}' is not open");
        }

        private JsonNode Initialize(JsonNode? parameters)
        {
            if (_workspace != null)
            {
                throw new LspException(ErrorCodes.InvalidRequest, "'initialize' was already sent");
            }

            var roots = new List<string>();
            if (Lsp.At(parameters, "workspaceFolders") is JsonArray folders)
            {
                roots.AddRange(folders.Select(f => Lsp.OptionalString(Lsp.At(f, "uri"))).Where(u => u != null && u.StartsWith("file:", StringComparison.OrdinalIgnoreCase)).Select(u => ConnectorWorkspace.PathOf(u!)));
            }
            else if (Lsp.OptionalString(Lsp.At(parameters, "rootUri")) is string rootUri && rootUri.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
            {
                roots.Add(ConnectorWorkspace.PathOf(rootUri));
            }
            else if (Lsp.OptionalString(Lsp.At(parameters, "rootPath")) is string rootPath)
            {
                roots.Add(Path.GetFullPath(rootPath));
            }

            _workspace = new ConnectorWorkspace(roots, ServerSettings.From(Lsp.At(parameters, "initializationOptions")));
            return new JsonObject
            {
                ["capabilities"] = new JsonObject
                {
                    ["positionEncoding"] = "utf-16",
                    ["textDocumentSync"] = new JsonObject { ["openClose"] = true, ["change"] = 2, ["save"] = new JsonObject { ["includeText"] = false } },
                    ["hoverProvider"] = true,
                    ["completionProvider"] = new JsonObject { ["triggerCharacters"] = new JsonArray(".", ":", " ", "$") },
                    ["codeActionProvider"] = new JsonObject { ["codeActionKinds"] = new JsonArray("quickfix") },
                    ["documentSymbolProvider"] = true,
                    ["workspace"] = new JsonObject { ["workspaceFolders"] = new JsonObject { ["supported"] = true } },
                },
                ["serverInfo"] = new JsonObject { ["name"] = Source, ["version"] = typeof(LanguageServer).Assembly.GetName().Version!.ToString(3) },
            };
        }

        private JsonNode? Shutdown()
        {
            _shutdown = true;
            return null;
        }

        private static JsonObject Error(JsonNode? id, int code, string message) =>
            new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["error"] = new JsonObject { ["code"] = code, ["message"] = message } };
    }
}

using System;
using System.Linq;
using System.Text.Json.Nodes;
using KibanaConnectors.LanguageServer.Protocol;
using KibanaConnectors.LanguageServer.Workspace;
using KibanaConnectors.Rules.Common;
using KibanaConnectors.Rules.Diagnostics;

namespace KibanaConnectors.LanguageServer.Features
{
    /// <summary>
    /// <c>textDocument/codeAction</c>: the fixes the rules attached to the document's diagnostics in the requested
    /// range, as quick fixes. The diagnostics are the server's own, checked again on the current text, so a client that
    /// drops diagnostic data still gets them.
    /// </summary>
    internal static class CodeActions
    {
        public static JsonNode Provide(ConnectorWorkspace workspace, Document document, JsonNode? range, JsonNode? context)
        {
            var lines = new DocumentLines(document.Text);
            var start = lines.Offset(Lsp.Int(Lsp.At(range, "start", "line")), Lsp.Int(Lsp.At(range, "start", "character")));
            var end = lines.Offset(Lsp.Int(Lsp.At(range, "end", "line")), Lsp.Int(Lsp.At(range, "end", "character")));
            var only = Lsp.At(context, "only") as JsonArray;
            var result = new JsonArray();
            if (only != null && !only.Any(k => Lsp.OptionalString(k) is string kind && "quickfix".StartsWith(kind, StringComparison.Ordinal)))
            {
                return result;
            }

            var diagnostics = workspace.Analyze(new[] { document }).Where(f => f.Document == document).SelectMany(f => f.Diagnostics);
            foreach (var diagnostic in diagnostics.Where(d => d.Fixes.Count > 0 && d.Span.Start <= end && Math.Max(d.Span.End, d.Span.Start) >= start))
            {
                foreach (var fix in diagnostic.Fixes)
                {
                    if (Edit(lines, document.Text, fix) is JsonObject edit)
                    {
                        result.Add((JsonNode)new JsonObject
                        {
                            ["title"] = fix.Title,
                            ["kind"] = "quickfix",
                            ["diagnostics"] = new JsonArray(DiagnosticsJson.For(new FileDiagnostics(document, new[] { diagnostic }))[0]!.DeepClone()),
                            ["isPreferred"] = diagnostic.Fixes.Count == 1,
                            ["edit"] = new JsonObject { ["changes"] = new JsonObject { [document.Uri] = new JsonArray(edit) } },
                        });
                    }
                }
            }

            return result;
        }

        /// <summary>The text edit of a fix; null when the file is laid out in a way the edit cannot follow (flow maps, flat keys).</summary>
        private static JsonObject? Edit(DocumentLines lines, string text, DiagnosticFix fix)
        {
            if (fix.Kind == FixKind.Replace)
            {
                return TextEdit(lines.Range(fix.Span), fix.Text);
            }

            // AddField: "config.hasAuth: false" under the connector whose id is at the span, in block style.
            var dot = fix.Text.IndexOf('.');
            var section = fix.Text.Substring(0, dot);
            var field = fix.Text.Substring(dot + 1);
            var (idLine, _) = lines.Position(fix.Span.Start);
            var idText = lines.Line(idLine);
            if (!idText.TrimEnd().EndsWith(":", StringComparison.Ordinal))
            {
                return null;
            }

            var connectorEnd = lines.BlockEnd(idLine);
            var childIndent = connectorEnd > idLine ? DocumentLines.Indent(lines.Line(lines.NextContent(idLine + 1))) : DocumentLines.Indent(idText) + 2;
            for (var line = idLine + 1; line <= connectorEnd; line++)
            {
                var content = lines.Line(line);
                if (DocumentLines.Indent(content) == childIndent && content.Trim().StartsWith(section + ":", StringComparison.Ordinal))
                {
                    if (content.Trim() != section + ":")
                    {
                        return null;
                    }

                    var blockEnd = lines.BlockEnd(line);
                    var fieldIndent = blockEnd > line ? DocumentLines.Indent(lines.Line(lines.NextContent(line + 1))) : childIndent + 2;
                    return Insert(lines, blockEnd, new string(' ', fieldIndent) + field, Newline(text));
                }
            }

            return Insert(lines, connectorEnd, new string(' ', childIndent) + section + ":" + Newline(text) + new string(' ', childIndent + 2) + field, Newline(text));
        }

        private static JsonObject Insert(DocumentLines lines, int afterLine, string newLines, string newline)
        {
            var (line, character) = lines.Position(lines.Offset(afterLine, int.MaxValue));
            return TextEdit(Lsp.Range(line, character, line, character), newline + newLines);
        }

        private static JsonObject TextEdit(JsonObject range, string newText) => new JsonObject { ["range"] = range, ["newText"] = newText };

        private static string Newline(string text) => text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
    }
}

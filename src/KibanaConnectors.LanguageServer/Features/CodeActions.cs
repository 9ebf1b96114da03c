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
                        result.Add(new JsonObject
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

            var connector = Block(lines, idLine);
            var childIndent = connector.Last > idLine ? Indent(lines.Line(idLine + 1 + Skip(lines, idLine + 1))) : Indent(idText) + 2;
            for (var line = idLine + 1; line <= connector.Last; line++)
            {
                var content = lines.Line(line);
                if (Indent(content) == childIndent && content.Trim().StartsWith(section + ":", StringComparison.Ordinal))
                {
                    if (content.Trim() != section + ":")
                    {
                        return null;
                    }

                    var block = Block(lines, line);
                    var fieldIndent = block.Last > line ? Indent(lines.Line(line + 1 + Skip(lines, line + 1))) : childIndent + 2;
                    return Insert(lines, block.Last, new string(' ', fieldIndent) + field, Newline(text));
                }
            }

            return Insert(lines, connector.Last, new string(' ', childIndent) + section + ":" + Newline(text) + new string(' ', childIndent + 2) + field, Newline(text));
        }

        private static JsonObject Insert(DocumentLines lines, int afterLine, string newLines, string newline)
        {
            var (line, character) = lines.Position(lines.Offset(afterLine, int.MaxValue));
            return TextEdit(Lsp.Range(line, character, line, character), newline + newLines);
        }

        private static JsonObject TextEdit(JsonObject range, string newText) => new JsonObject { ["range"] = range, ["newText"] = newText };

        private static string Newline(string text) => text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";

        // Blank and comment lines at a line, counted.
        private static int Skip(DocumentLines lines, int line)
        {
            var skipped = 0;
            while (line + skipped < lines.LineCount && IsBlank(lines.Line(line + skipped)))
            {
                skipped++;
            }

            return skipped;
        }

        // The lines a key opens: those after it indented deeper, up to the last non-blank one.
        private static (int First, int Last) Block(DocumentLines lines, int keyLine)
        {
            var indent = Indent(lines.Line(keyLine));
            var last = keyLine;
            for (var line = keyLine + 1; line < lines.LineCount; line++)
            {
                var content = lines.Line(line);
                if (IsBlank(content))
                {
                    continue;
                }

                if (Indent(content) <= indent)
                {
                    break;
                }

                last = line;
            }

            return (keyLine, last);
        }

        private static bool IsBlank(string line) => line.Trim().Length == 0 || line.TrimStart().StartsWith("#", StringComparison.Ordinal);

        private static int Indent(string line) => line.Length - line.TrimStart(' ').Length;
    }
}

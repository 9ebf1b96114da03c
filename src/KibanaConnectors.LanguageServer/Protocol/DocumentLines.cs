using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;
using KibanaConnectors.Rules.Common;

namespace KibanaConnectors.LanguageServer.Protocol
{
    /// <summary>
    /// Where the lines of a document start, to turn offsets into LSP positions and back. LSP counts characters in UTF-16
    /// code units, as .NET strings do, and ends lines at \n, \r\n or \r only (the YAML reader also breaks lines at
    /// U+0085, U+2028 and U+2029: Rules.Common.TextLines counts those, for line numbers).
    /// </summary>
    internal sealed class DocumentLines
    {
        private readonly string _text;
        private readonly List<int> _starts = new List<int> { 0 };

        public DocumentLines(string text)
        {
            _text = text;
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                if (text[i] == '\n' || text[i] == '\r')
                {
                    _starts.Add(i + 1);
                }
            }
        }

        public int LineCount => _starts.Count;

        /// <summary>The whole text.</summary>
        public string Text => _text;

        /// <summary>The position of an offset; offsets past the end clamp to the end.</summary>
        public (int Line, int Character) Position(int offset)
        {
            offset = Math.Max(0, Math.Min(offset, _text.Length));
            var line = _starts.BinarySearch(offset);
            if (line < 0)
            {
                line = ~line - 1;
            }

            return (line, offset - _starts[line]);
        }

        /// <summary>The offset of a position; a character past the line's end clamps to it, a line past the last to the end.</summary>
        public int Offset(int line, int character)
        {
            if (line < 0)
            {
                return 0;
            }

            if (line >= _starts.Count)
            {
                return _text.Length;
            }

            var start = _starts[line];
            var end = line + 1 < _starts.Count ? _starts[line + 1] : _text.Length;
            // The line's own characters, without its break.
            while (end > start && (_text[end - 1] == '\n' || _text[end - 1] == '\r'))
            {
                end--;
            }

            return start + Math.Max(0, Math.Min(character, end - start));
        }

        /// <summary>The text of a line, without its break.</summary>
        public string Line(int line)
        {
            var start = Offset(line, 0);
            return _text.Substring(start, Offset(line, int.MaxValue) - start);
        }

        /// <summary>The last line of the block a key on <paramref name="keyLine"/> opens: the lines after it indented deeper (blank and comment lines go with them); the key's own line when none is.</summary>
        public int BlockEnd(int keyLine)
        {
            var indent = Indent(Line(keyLine));
            var last = keyLine;
            for (var line = keyLine + 1; line < LineCount; line++)
            {
                var content = Line(line);
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

            return last;
        }

        /// <summary>The first line at or after <paramref name="line"/> that is not blank or a comment (the end when none is).</summary>
        public int NextContent(int line)
        {
            while (line < LineCount && IsBlank(Line(line)))
            {
                line++;
            }

            return line;
        }

        /// <summary>Spaces before a line's content (YAML indents with spaces only).</summary>
        public static int Indent(string line) => line.Length - line.TrimStart(' ').Length;

        /// <summary>Blank, or a comment.</summary>
        public static bool IsBlank(string line) => line.Trim().Length == 0 || line.TrimStart().StartsWith("#", StringComparison.Ordinal);

        public JsonObject Range(SourceSpan span) => Range(span.Start, Math.Max(span.Start, span.End));

        public JsonObject Range(int start, int end)
        {
            var (startLine, startCharacter) = Position(start);
            var (endLine, endCharacter) = Position(end);
            return Lsp.Range(startLine, startCharacter, endLine, endCharacter);
        }

        /// <summary>Applies one change of <c>textDocument/didChange</c>: a range and its new text, or (no range) the whole text.</summary>
        public static string Apply(string text, JsonNode? change)
        {
            var newText = Lsp.String(Lsp.At(change, "text"), "a content change's text");
            if (!(Lsp.At(change, "range") is JsonObject range))
            {
                return newText;
            }

            var lines = new DocumentLines(text);
            var start = lines.Offset(Lsp.Int(Lsp.At(range, "start", "line")), Lsp.Int(Lsp.At(range, "start", "character")));
            var end = lines.Offset(Lsp.Int(Lsp.At(range, "end", "line")), Lsp.Int(Lsp.At(range, "end", "character")));
            if (end < start)
            {
                (start, end) = (end, start);
            }

            return text.Substring(0, start) + newText + text.Substring(end);
        }
    }
}

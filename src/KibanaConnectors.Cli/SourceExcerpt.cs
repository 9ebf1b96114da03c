using System;
using System.Collections.Generic;
using System.Text;
using KibanaConnectors.Rules.Common;
using KibanaConnectors.Rules.Reading;

namespace KibanaConnectors.Cli
{
    /// <summary>
    /// A settings file as the text output quotes it: the line of a diagnostic with carets under its place, like a
    /// compiler. Secret values are masked, whatever the diagnostic; control characters show as '?'.
    /// </summary>
    internal sealed class SourceExcerpt
    {
        /// <summary>Longer lines are cut around the caret, with "..." where text is left out.</summary>
        public const int MaxWidth = 100;

        private const string Ellipsis = "...";
        private readonly string _text;
        private readonly List<(int Start, int Length)> _lines;
        private readonly List<(int Start, int End)> _secrets;

        /// <param name="text">The file's text.</param>
        /// <param name="options">How the checks read it (the Kibana release's reader, merge keys): its secrets are found the same way.</param>
        /// <param name="shape">The shape given on the command line; null to tell it by the content.</param>
        public SourceExcerpt(string text, Rules.Model.ReadOptions options, string? shape = null)
        {
            _text = text;
            _lines = TextLines.Split(text);
            _secrets = SecretValues.Find(text, options, shape);
        }

        /// <summary>
        /// The two lines under a diagnostic: ` 7 | source` and `   | ^~~~`, for a place on the zero-based
        /// <paramref name="line"/>. A tab shows as one space, since columns count it as one character; columns count
        /// UTF-16 code units, so carets line up exactly for ASCII and may drift after wide or combined characters.
        /// Null when the line does not exist.
        /// </summary>
        public (string Source, string Carets)? Show(int line, int column, int endLine, int endColumn)
        {
            if (line < 0 || line >= _lines.Count)
            {
                return null;
            }

            var (start, length) = _lines[line];
            var shown = new StringBuilder(length);
            for (var i = 0; i < length; i++)
            {
                shown.Append(Display(start + i));
            }

            // The byte order mark counts as column 1 of the first line, but shows as nothing.
            var bom = line == 0 && length > 0 && _text[0] == '\uFEFF' ? 1 : 0;
            var text = shown.ToString(bom, length - bom);
            column = Math.Max(0, Math.Min(column - bom, text.Length));
            var end = endLine == line ? endColumn - bom : text.TrimEnd().Length;
            var width = Math.Max(1, end - column);

            var from = 0;
            var prefix = string.Empty;
            if (text.Length > MaxWidth && column > MaxWidth - 30)
            {
                from = column - 30;
                prefix = Ellipsis;
            }

            var to = Math.Min(text.Length, from + MaxWidth);
            var excerpt = prefix + text.Substring(from, to - from) + (to < text.Length ? Ellipsis : string.Empty);
            var caret = prefix.Length + column - from;
            width = Math.Max(1, Math.Min(width, to - column));
            return (excerpt.TrimEnd(), new string(' ', caret) + "^" + new string('~', width - 1));
        }

        private char Display(int offset)
        {
            var c = _text[offset];
            if (c == '\t')
            {
                return ' ';
            }

            if (IsSecret(offset) && !char.IsWhiteSpace(c))
            {
                return '*';
            }

            // Escape sequences or direction overrides in a file must not reach the terminal.
            var category = char.GetUnicodeCategory(c);
            return category == System.Globalization.UnicodeCategory.Control || (category == System.Globalization.UnicodeCategory.Format && offset != 0) ? '?' : c;
        }

        private bool IsSecret(int offset)
        {
            foreach (var (start, end) in _secrets)
            {
                if (offset >= start && offset < end)
                {
                    return true;
                }
            }

            return false;
        }
    }
}

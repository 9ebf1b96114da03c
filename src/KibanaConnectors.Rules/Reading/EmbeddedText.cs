using System;
using System.Collections.Generic;
using KibanaConnectors.Rules.Common;

namespace KibanaConnectors.Rules.Reading
{
    /// <summary>
    /// A settings file written as the value of a scalar in another file (a Helm chart's <c>kibanaConfig: kibana.yml: |</c>):
    /// its text, read as a file of its own, and the way back from a place in that text to the place in the outer file.
    /// </summary>
    /// <remarks>
    /// The value of a literal block (<c>|</c>, <c>|-</c>, <c>|+</c>, <c>|2</c>) is its lines with the block's indentation
    /// taken off and the breaks made <c>\n</c>: line <c>i</c> of the text is the <c>i</c>-th line after the header, and
    /// column <c>c</c> is column <c>indentation + c</c> there, whatever breaks (CRLF) the outer file uses and whatever tabs
    /// the lines hold after the indentation. That is checked line by line against the outer text; where it does not
    /// hold (which a correct reader never gives), every place maps to the block's header, never to a wrong line.
    /// A scalar on one line without escapes maps column by column. Other scalars (folded, quoted over several lines)
    /// do not keep their lines, so they are refused (<see cref="Refusal"/>).
    /// </remarks>
    internal sealed class EmbeddedText
    {
        private readonly List<(int Start, int Length)> _outerLines;

        // Per line of the text: the outer line it is on and the outer column of its first character.
        private readonly int[] _line;
        private readonly int[] _column;

        // Where everything goes when the lines could not be matched (the scalar's header).
        private readonly SourceSpan? _fallback;

        private EmbeddedText(string text, List<(int Start, int Length)> outerLines, int[] line, int[] column, SourceSpan? fallback)
        {
            Text = text;
            _outerLines = outerLines;
            _line = line;
            _column = column;
            _fallback = fallback;
        }

        /// <summary>The scalar's value: the text the embedded file holds.</summary>
        public string Text { get; }

        /// <summary>
        /// Why a scalar's text cannot be read as a file with exact places, in words for a diagnostic; null when it can.
        /// </summary>
        public static string? Refusal(YamlScalar scalar) => scalar.Style switch
        {
            YamlDotNet.Core.ScalarStyle.Literal => null,
            YamlDotNet.Core.ScalarStyle.Folded => "a folded block ('>'), which joins its lines with spaces, so the file Kibana reads is not the lines written here; write it as a literal block ('|')",
            _ when scalar.IsSingleLine => null,
            _ => "text over several lines in quotes or with escapes, whose lines are not the file's lines; write it as a literal block ('|')",
        };

        /// <summary>The text of <paramref name="scalar"/>, a scalar of <paramref name="outer"/>, with its places; null when <see cref="Refusal"/> says why not.</summary>
        public static EmbeddedText? Of(string outer, List<(int Start, int Length)> outerLines, YamlScalar scalar)
        {
            if (Refusal(scalar) != null)
            {
                return null;
            }

            var text = scalar.Value;
            if (scalar.Style != YamlDotNet.Core.ScalarStyle.Literal)
            {
                var shift = scalar.IsPlain ? 0 : 1;
                return new EmbeddedText(text, outerLines, new[] { scalar.Span.StartLine }, new[] { scalar.Span.StartColumn + shift }, null);
            }

            var lines = text.Split('\n');
            var header = HeaderLine(outer, outerLines, scalar);
            var line = new int[lines.Length];
            var column = new int[lines.Length];
            int? indentation = null;
            var matches = true;
            for (var i = 0; i < lines.Length; i++)
            {
                line[i] = header + 1 + i;
                var content = lines[i];
                if (content.Length == 0)
                {
                    continue;
                }

                var (start, length) = line[i] < outerLines.Count ? outerLines[line[i]] : (0, -1);
                var indent = length - content.Length;
                matches &= indent >= 0 && (indentation == null || indentation == indent) && string.CompareOrdinal(outer, start + indent, content, 0, content.Length) == 0;
                indentation ??= indent;
            }

            for (var i = 0; i < lines.Length; i++)
            {
                column[i] = indentation ?? 0;
            }

            // The end of a text that ends with its last line's break is the end of that line, not the outer line after it.
            if (lines.Length > 1 && lines[lines.Length - 1].Length == 0)
            {
                line[lines.Length - 1] = line[lines.Length - 2];
                column[lines.Length - 1] = int.MaxValue;
            }

            var headerSpan = new SourceSpan(scalar.Span.Start, scalar.Span.Start + 1, scalar.Span.StartLine, scalar.Span.StartColumn, scalar.Span.StartLine, scalar.Span.StartColumn + 1);
            return new EmbeddedText(text, outerLines, line, column, matches ? (SourceSpan?)null : headerSpan);
        }

        /// <summary>The place in the outer file of a place in <see cref="Text"/>.</summary>
        public SourceSpan Map(SourceSpan inner)
        {
            if (_fallback is SourceSpan fallback)
            {
                return fallback;
            }

            var (start, startLine, startColumn) = Map(inner.StartLine, inner.StartColumn);
            var (end, endLine, endColumn) = Map(inner.EndLine, inner.EndColumn);
            return new SourceSpan(start, end, startLine, startColumn, endLine, endColumn);
        }

        private (int Offset, int Line, int Column) Map(int line, int column)
        {
            // Past the last line (the end of the text): the end of the last line.
            if (line >= _line.Length)
            {
                line = _line.Length - 1;
                column = int.MaxValue;
            }

            line = Math.Max(0, line);
            var outerLine = Math.Min(_line[line], _outerLines.Count - 1);
            var (start, length) = _outerLines[outerLine];

            // A blank line of the block may be shorter than the indentation: stay on it.
            var outerColumn = (int)Math.Min((long)_column[line] + Math.Max(0, column), length);
            return (start + outerColumn, outerLine, outerColumn);
        }

        // The line of the '|' indicator: the scalar starts there, or at a tag or anchor before it on the same line.
        private static int HeaderLine(string outer, List<(int Start, int Length)> outerLines, YamlScalar scalar)
        {
            var line = scalar.Span.StartLine;
            var bar = outer.IndexOf('|', scalar.Span.Start);
            while (bar >= 0 && line + 1 < outerLines.Count && outerLines[line + 1].Start <= bar)
            {
                line++;
            }

            return line;
        }
    }
}

using System.Collections.Generic;

namespace KibanaConnectors.Rules.Common
{
    /// <summary>The lines of a text as the YAML reader counts them, so that line numbers and offsets agree with its spans.</summary>
    internal static class TextLines
    {
        /// <summary>Start offset and length (without the line break) of every line. Breaks are <c>\r\n</c>, <c>\r</c>,
        /// <c>\n</c>, and the U+0085, U+2028 and U+2029 YamlDotNet also counts.</summary>
        public static List<(int Start, int Length)> Split(string text)
        {
            var lines = new List<(int, int)>();
            var start = 0;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029')
                {
                    lines.Add((start, i - start));
                    if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    start = i + 1;
                }
            }

            lines.Add((start, text.Length - start));
            return lines;
        }

        /// <summary>The line (zero-based) of <see cref="Split"/>'s lines that holds <paramref name="offset"/>.</summary>
        public static int LineOf(List<(int Start, int Length)> lines, int offset)
        {
            int low = 0, high = lines.Count - 1;
            while (low < high)
            {
                var middle = (low + high + 1) / 2;
                if (lines[middle].Start <= offset)
                {
                    low = middle;
                }
                else
                {
                    high = middle - 1;
                }
            }

            return low;
        }
    }
}

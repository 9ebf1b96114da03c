using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace KibanaConnectors.Cli
{
    /// <summary>
    /// Renders the markdown of a diagnostic's page for a terminal: headings underlined (and bold in colour), code
    /// blocks indented, inline code kept in backticks (or coloured), tables aligned, links as their text. Only what
    /// the pages in docs/diagnostics use.
    /// </summary>
    internal static class TerminalMarkdown
    {
        private const string CodeIndent = "    ";

        public static List<string> Render(string markdown, Style style)
        {
            var output = new List<string>();
            var table = new List<string[]>();
            var inCode = false;
            foreach (var line in markdown.Replace("\r\n", "\n").TrimEnd('\n').Split('\n'))
            {
                if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
                {
                    inCode = !inCode;
                    continue;
                }

                if (inCode)
                {
                    output.Add(line.Length == 0 ? string.Empty : CodeIndent + line);
                    continue;
                }

                if (line.StartsWith("|", StringComparison.Ordinal))
                {
                    table.Add(line.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToArray());
                    continue;
                }

                Flush(table, style, output);
                var level = line.TakeWhile(c => c == '#').Count();
                if (level > 0 && line.Length > level && line[level] == ' ')
                {
                    var title = Inline(line.Substring(level + 1).Trim(), style);
                    output.Add(style.Bold(title));
                    output.Add(new string(level == 1 ? '=' : '-', VisibleLength(title)));
                    continue;
                }

                output.Add(Inline(line, style));
            }

            Flush(table, style, output);
            return output;
        }

        /// <summary>Inline markdown: <c>`code`</c>, <c>**strong**</c>, <c>[text](target)</c>.</summary>
        public static string Inline(string text, Style style)
        {
            var result = new StringBuilder(text.Length);
            var i = 0;
            while (i < text.Length)
            {
                var c = text[i];
                int close;
                if (c == '`' && (close = text.IndexOf('`', i + 1)) > i)
                {
                    var code = text.Substring(i + 1, close - i - 1);
                    result.Append(style.Enabled ? style.Code(code) : "`" + code + "`");
                    i = close + 1;
                }
                else if (c == '*' && i + 1 < text.Length && text[i + 1] == '*' && (close = text.IndexOf("**", i + 2, StringComparison.Ordinal)) > i)
                {
                    result.Append(style.Bold(Inline(text.Substring(i + 2, close - i - 2), style)));
                    i = close + 2;
                }
                else if (c == '[' && Link(text, i) is (string label, string target, int end))
                {
                    result.Append(Inline(label, style)).Append(LinkTarget(label, target));
                    i = end;
                }
                else
                {
                    result.Append(c);
                    i++;
                }
            }

            return result.ToString();
        }

        /// <summary>The length of a text as a terminal shows it: without ANSI escape sequences.</summary>
        public static int VisibleLength(string text)
        {
            var length = 0;
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == '\u001b')
                {
                    while (i < text.Length && text[i] != 'm')
                    {
                        i++;
                    }

                    continue;
                }

                length++;
            }

            return length;
        }

        // [label](target) starting at 'start': the label, the target and the index after ')'; null when it is not a link.
        private static (string, string, int)? Link(string text, int start)
        {
            var labelEnd = text.IndexOf("](", start, StringComparison.Ordinal);
            var targetEnd = labelEnd < 0 ? -1 : text.IndexOf(')', labelEnd + 2);
            if (labelEnd < 0 || targetEnd < 0 || text.IndexOf('[', start + 1, labelEnd - start - 1) >= 0)
            {
                return null;
            }

            return (text.Substring(start + 1, labelEnd - start - 1), text.Substring(labelEnd + 2, targetEnd - labelEnd - 2), targetEnd + 1);
        }

        // Offline, a link to another id's page is that id (explain prints it); another page of the repository is its
        // path there; a web address is shown as it is.
        private static string LinkTarget(string label, string target)
        {
            if (target.StartsWith("http://", StringComparison.Ordinal) || target.StartsWith("https://", StringComparison.Ordinal))
            {
                return " (" + target + ")";
            }

            if (target.EndsWith(".md", StringComparison.Ordinal) && target.StartsWith("KC", StringComparison.Ordinal) && !target.Contains("/"))
            {
                var id = target.Substring(0, target.Length - ".md".Length);
                return id == label ? string.Empty : " (" + id + ")";
            }

            return " (docs/diagnostics/" + target + ")";
        }

        private static void Flush(List<string[]> rows, Style style, List<string> output)
        {
            if (rows.Count == 0)
            {
                return;
            }

            // The row of dashes under the header carries no text.
            var cells = rows.Where(r => !r.All(c => c.Length > 0 && c.Trim(':', '-').Length == 0))
                .Select(r => r.Select(c => Inline(c, style)).ToArray())
                .ToList();
            var columns = cells.Max(r => r.Length);
            var widths = Enumerable.Range(0, columns).Select(i => cells.Max(r => i < r.Length ? VisibleLength(r[i]) : 0)).ToArray();
            for (var r = 0; r < cells.Count; r++)
            {
                var line = new StringBuilder("  ");
                for (var i = 0; i < cells[r].Length; i++)
                {
                    var cell = r == 0 ? style.Bold(cells[r][i]) : cells[r][i];
                    line.Append(cell).Append(' ', widths[i] - VisibleLength(cells[r][i]) + 2);
                }

                output.Add(line.ToString().TrimEnd());
                if (r == 0)
                {
                    output.Add("  " + string.Join("  ", widths.Select(w => new string('-', w))));
                }
            }

            rows.Clear();
        }
    }
}

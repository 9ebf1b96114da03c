using System;
using System.IO;
using System.Linq;
using KibanaConnectors.Rules.Common;
using KibanaConnectors.Rules.Diagnostics;

namespace KibanaConnectors.Cli
{
    /// <summary><c>kibana-connectors explain [id]</c>: an id's page from the rules assembly, or the list of ids.</summary>
    internal static class Explain
    {
        /// <summary>Prints the page of <paramref name="written"/>, or every id when it is null; exit code 2 for an id KibanaConnectors does not have.</summary>
        public static int Run(string? written, TextWriter stdout, TextWriter stderr, Style style)
        {
            if (written == null)
            {
                List(stdout, style);
                return Program.Success;
            }

            var id = NormalizeId(written);
            var rule = id == null ? null : DiagnosticRules.Find(id);
            if (rule == null)
            {
                var closest = NameSuggester.AllClosest(id ?? written.Trim().ToUpperInvariant(), DiagnosticRules.All.Select(r => r.Id));
                var hint = closest.Count == 0 ? string.Empty : "; the closest: " + string.Join(", ", closest);
                stderr.WriteLine($"kibana-connectors: '{id ?? written}' is not a KibanaConnectors diagnostic id{hint} ('kibana-connectors explain' lists every id)");
                return Program.UsageOrInput;
            }

            var page = DiagnosticHelp.Page(rule.Id);
            if (page == null)
            {
                // Every id has a page (a test keeps it so); should one be missing, its title still says something.
                stdout.WriteLine(style.Bold($"{rule.Id}: {rule.Title}"));
            }
            else
            {
                foreach (var line in TerminalMarkdown.Render(page, style))
                {
                    stdout.WriteLine(line);
                }
            }

            if (rule.HelpLink is string link)
            {
                stdout.WriteLine();
                stdout.WriteLine("Online: " + link);
            }

            return Program.Success;
        }

        /// <summary>
        /// <c>KC0202</c>, <c>kc0202</c>, <c>0202</c> and <c>202</c> all name KC0202: the prefix in any case or left out,
        /// the number with or without its leading zeros. Null when <paramref name="written"/> is not of that shape.
        /// </summary>
        public static string? NormalizeId(string written)
        {
            var text = written.Trim();
            if (text.StartsWith("KC", StringComparison.OrdinalIgnoreCase))
            {
                text = text.Substring(2);
            }

            return text.Length is > 0 and <= 4 && text.All(c => c >= '0' && c <= '9') ? "KC" + text.PadLeft(4, '0') : null;
        }

        private static void List(TextWriter stdout, Style style)
        {
            foreach (var rule in DiagnosticRules.All)
            {
                var severity = rule.Severity.ToString().ToLowerInvariant();
                stdout.WriteLine($"{style.Bold(rule.Id)}  {style.Severity(severity, severity.PadRight(7))}  {rule.Title}");
            }

            stdout.WriteLine();
            stdout.WriteLine("'kibana-connectors explain <id>' prints what an id means and how to fix it.");
        }
    }
}

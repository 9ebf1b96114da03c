using System;
using System.Collections.Generic;
using System.Linq;
using KibanaConnectors.Rules.Common;
using KibanaConnectors.Rules.Diagnostics;
using KibanaConnectors.Rules.Model;

namespace KibanaConnectors.Rules.Set
{
    /// <summary>
    /// Applies the suppression comments of the settings files to the diagnostics of the whole set (so a cross-file
    /// diagnostic such as KC0003 or KC0301 is silenced where it is reported), and reports each suppressed id that
    /// silenced nothing (KC0016), at the id in its comment. Every front end gets the diagnostics from here: what a
    /// comment silences reaches none of them.
    /// </summary>
    internal static class Suppressions
    {
        public static List<DiagnosticInfo> Apply(List<DiagnosticInfo> diagnostics, IReadOnlyList<ConnectorFileModel> files)
        {
            var byFile = files.Where(f => f.Suppressions.Count > 0).ToDictionary(f => f.FilePath, f => f.Suppressions, StringComparer.Ordinal);
            if (byFile.Count == 0)
            {
                return diagnostics;
            }

            // By file, id and line (-1 for the whole file), so a large file with many comments stays linear.
            var lookup = byFile.SelectMany(f => f.Value.Select(s => (Key: (f.Key, s.Id, s.WholeFile ? -1 : s.Line), Suppression: s)))
                .Where(e => e.Suppression.WholeFile || e.Suppression.Line >= 0)
                .ToLookup(e => e.Key, e => e.Suppression);
            var used = new HashSet<Suppression>();
            var kept = new List<DiagnosticInfo>(diagnostics.Count);
            foreach (var diagnostic in diagnostics)
            {
                // A line's suppression covers what starts on that line; a diagnostic of the whole file (no place) only ignore-file.
                var silencedBy = lookup[(diagnostic.FilePath, diagnostic.Id, -1)]
                    .Concat(diagnostic.Span == SourceSpan.None ? Enumerable.Empty<Suppression>() : lookup[(diagnostic.FilePath, diagnostic.Id, diagnostic.Span.StartLine)])
                    .ToList();
                if (silencedBy.Count == 0)
                {
                    kept.Add(diagnostic);
                }

                used.UnionWith(silencedBy);
            }

            foreach (var file in byFile)
            {
                foreach (var suppression in file.Value.Where(s => !used.Contains(s)))
                {
                    var where = suppression.WholeFile ? "in this file"
                        : suppression.Line < 0 ? "on the line after the comment, as no line of settings follows it"
                        : $"on line {suppression.Line + 1}";
                    kept.Add(DiagnosticInfo.Create(DiagnosticRules.UnusedSuppression, file.Key, suppression.Span,
                        $"no {suppression.Id} is reported {where}; remove {suppression.Id} from the comment"));
                }
            }

            return kept;
        }
    }
}

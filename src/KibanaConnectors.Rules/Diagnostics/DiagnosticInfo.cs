using System.Collections.Generic;
using System.Linq;
using KibanaConnectors.Rules.Common;

namespace KibanaConnectors.Rules.Diagnostics
{
    /// <summary>
    /// A diagnostic as a plain equatable value: the id, the file and the place in it, and the arguments of the id's
    /// message. The rest (severity, title, message, help) comes from the id's <see cref="Rule"/>.
    /// </summary>
    /// <param name="FilePath">The settings file; empty for a diagnostic about the project (an option).</param>
    internal sealed record DiagnosticInfo(string Id, string FilePath, SourceSpan Span, EquatableArray<string> Arguments)
    {
        public static DiagnosticInfo Create(DiagnosticRule rule, string filePath, SourceSpan span, params string[] arguments) =>
            new DiagnosticInfo(rule.Id, filePath, span, arguments.ToEquatableArray());

        /// <summary>The obvious fixes, when the rule knows one; empty otherwise.</summary>
        public EquatableArray<DiagnosticFix> Fixes { get; init; } = EquatableArray<DiagnosticFix>.Empty;

        public DiagnosticRule Rule => DiagnosticRules.ById(Id);

        /// <summary>This diagnostic with the given fixes (nulls are left out).</summary>
        public DiagnosticInfo WithFixes(params DiagnosticFix?[] fixes)
        {
            // A loop, not Where/Select: a file of many findings (one per literal secret) makes this once each.
            var kept = new List<DiagnosticFix>(fixes.Length);
            foreach (var fix in fixes)
            {
                if (fix != null)
                {
                    kept.Add(fix);
                }
            }

            return kept.Count == 0 && Fixes.Count == 0 ? this : this with { Fixes = kept.ToEquatableArray() };
        }

        /// <summary>The severity the project sets for the id (Set/ConfiguredSeverities); null for the id's own.</summary>
        public Severity? ConfiguredSeverity { get; init; }

        /// <summary>How bad it is: the project's severity for the id, or the id's own.</summary>
        public Severity Severity => ConfiguredSeverity ?? Rule.Severity;

        /// <summary>The message, as every front end shows it.</summary>
        public string Message => Rule.Format(Arguments.ToArray());
    }
}

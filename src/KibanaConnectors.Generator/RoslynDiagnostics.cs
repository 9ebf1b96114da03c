using System.Collections.Concurrent;
using System.Linq;
using KibanaConnectors.Rules.Common;
using KibanaConnectors.Rules.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace KibanaConnectors.Generator
{
    /// <summary>
    /// The rules core's diagnostics as Roslyn sees them: one <see cref="DiagnosticDescriptor"/> per id, with its help
    /// text and link, and locations built from the core's spans only when a diagnostic is reported.
    /// </summary>
    internal static class RoslynDiagnostics
    {
        private static readonly ConcurrentDictionary<string, DiagnosticDescriptor> s_descriptors = new ConcurrentDictionary<string, DiagnosticDescriptor>();

        public static DiagnosticDescriptor Descriptor(DiagnosticRule rule) => s_descriptors.GetOrAdd(rule.Id, _ => new DiagnosticDescriptor(
            rule.Id,
            rule.Title,
            rule.MessageFormat,
            rule.Category,
            (DiagnosticSeverity)(int)rule.Severity,
            isEnabledByDefault: true,
            description: rule.HelpText,
            helpLinkUri: rule.HelpLink));

        public static Diagnostic ToDiagnostic(this DiagnosticInfo info) =>
            Diagnostic.Create(Descriptor(info.Rule), info.FilePath.Length == 0 ? Location.None : info.Span.ToLocation(info.FilePath), info.Arguments.Cast<object>().ToArray());

        public static Location ToLocation(this SourceSpan span, string path) =>
            Location.Create(
                path,
                TextSpan.FromBounds(span.Start, span.End < span.Start ? span.Start : span.End),
                new LinePositionSpan(new LinePosition(span.StartLine, span.StartColumn), new LinePosition(span.EndLine, span.EndColumn)));
    }
}

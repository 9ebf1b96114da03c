using System.Globalization;

namespace KibanaConnectors.Rules.Diagnostics
{
    /// <summary>How bad a diagnostic is by default. The order is Roslyn's, so front ends convert by value.</summary>
    internal enum Severity
    {
        Hidden,
        Info,
        Warning,
        Error,
    }

    /// <summary>The words the command line, its JSON and the browser page use for a severity: one place, so they agree.</summary>
    internal static class SeverityNames
    {
        /// <summary><c>error</c>, <c>warning</c> or <c>info</c> (a hidden diagnostic, which no file reports, reads as info).</summary>
        public static string Of(Severity severity) =>
            severity == Severity.Error ? "error" : severity == Severity.Warning ? "warning" : "info";
    }

    /// <summary>
    /// One diagnostic id: its title, message format, category and default severity, and where it is explained
    /// (<see cref="DiagnosticHelp"/>). Every front end shows these the same way.
    /// </summary>
    internal sealed class DiagnosticRule
    {
        public DiagnosticRule(string id, string title, string messageFormat, string category, Severity severity)
        {
            Id = id;
            Title = title;
            MessageFormat = messageFormat;
            Category = category;
            Severity = severity;
        }

        /// <summary>KCxxxx, as fixed in DESIGN.md.</summary>
        public string Id { get; }

        public string Title { get; }

        /// <summary>A composite format (<c>{0}</c>, <c>{1}</c>, ...) that <see cref="DiagnosticInfo.Arguments"/> fill in.</summary>
        public string MessageFormat { get; }

        public string Category { get; }

        public Severity Severity { get; }

        /// <summary>The page that explains the id, relative to the repository: <c>docs/diagnostics/KCxxxx.md</c>.</summary>
        public string DocsPage => "docs/diagnostics/" + Id + ".md";

        /// <summary>What the id means, in a sentence or two: the first paragraph of its page.</summary>
        public string HelpText => DiagnosticHelp.Summary(Id);

        /// <summary>The page on the web, when the package was built with a repository URL; otherwise null.</summary>
        public string? HelpLink => DiagnosticHelp.Link(Id);

        public string Format(params string[] arguments) =>
            string.Format(CultureInfo.InvariantCulture, MessageFormat, arguments);
    }
}

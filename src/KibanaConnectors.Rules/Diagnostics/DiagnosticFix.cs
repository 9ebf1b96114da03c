using KibanaConnectors.Rules.Common;

namespace KibanaConnectors.Rules.Diagnostics
{
    /// <summary>What a fix does to the settings file.</summary>
    internal enum FixKind
    {
        /// <summary>Replace the text at <see cref="DiagnosticFix.Span"/> with <see cref="DiagnosticFix.Text"/>.</summary>
        Replace,

        /// <summary>
        /// Add a field to the connector whose id is at <see cref="DiagnosticFix.Span"/>: <see cref="DiagnosticFix.Text"/>
        /// is <c>config.field: value</c> or <c>secrets.field: value</c>. Where the map goes depends on how the file is laid
        /// out, which the front end that edits it knows.
        /// </summary>
        AddField,
    }

    /// <summary>
    /// One obvious fix of a diagnostic, found by the rule that reports it (so every front end offers the same one):
    /// the suggested name for a misspelt one, quotes around a number where text is needed, a literal secret moved to
    /// <c>${NAME}</c>, a missing field added.
    /// </summary>
    /// <param name="Title">What the fix does, in the imperative: "Change to '.webhook'".</param>
    internal sealed record DiagnosticFix(string Title, FixKind Kind, SourceSpan Span, string Text)
    {
        public static DiagnosticFix Replace(SourceSpan span, string text, string title) => new DiagnosticFix(title, FixKind.Replace, span, text);

        public static DiagnosticFix AddField(SourceSpan connectorId, string field, string value, string title) =>
            new DiagnosticFix(title, FixKind.AddField, connectorId, field + ": " + value);
    }
}

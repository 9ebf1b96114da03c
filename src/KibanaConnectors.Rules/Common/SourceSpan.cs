namespace KibanaConnectors.Rules.Common
{
    /// <summary>
    /// A place in a settings file as plain values: character offsets and zero-based line/column of start and end.
    /// Front ends turn it into their own locations (Roslyn's, LSP ranges) only when they report.
    /// </summary>
    internal readonly record struct SourceSpan(int Start, int End, int StartLine, int StartColumn, int EndLine, int EndColumn)
    {
        public static readonly SourceSpan None = default;

        /// <summary>One-based line, as shown to users.</summary>
        public int DisplayLine => StartLine + 1;
    }
}

using KibanaConnectors.Rules.Common;

namespace KibanaConnectors.Rules.Model
{
    /// <summary>
    /// One id of a suppression comment (<c># kibana-connectors: ignore KC0202 -- reason</c>): which diagnostics it silences,
    /// on which line of its file or in the whole file, and where the id is written (where an unused one is reported).
    /// </summary>
    /// <param name="Id">The diagnostic id it silences (a known one: an unknown id is reported where the comment is read).</param>
    /// <param name="Span">The id in the comment.</param>
    /// <param name="Line">The zero-based line whose diagnostics it silences; -1 for <c>ignore-file</c>, or for a comment
    /// on its own line that no line of content follows.</param>
    /// <param name="WholeFile"><c>ignore-file</c>: every diagnostic of the id in the file.</param>
    internal sealed record Suppression(string Id, SourceSpan Span, int Line, bool WholeFile);
}

using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace KibanaConnectors.Generator.Model
{
    /// <summary>
    /// A place in a settings file as plain values: character offsets and zero-based line/column of start and end.
    /// Roslyn <see cref="Location"/>s are built from it only when a diagnostic is reported.
    /// </summary>
    internal readonly record struct SourceSpan(int Start, int End, int StartLine, int StartColumn, int EndLine, int EndColumn)
    {
        public static readonly SourceSpan None = default;

        /// <summary>One-based line, as shown to users.</summary>
        public int DisplayLine => StartLine + 1;

        public Location ToLocation(string path) =>
            Location.Create(
                path,
                TextSpan.FromBounds(Start, End < Start ? Start : End),
                new LinePositionSpan(new LinePosition(StartLine, StartColumn), new LinePosition(EndLine, EndColumn)));
    }
}

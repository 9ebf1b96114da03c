using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace KibanaConnectors.Generator.Emit
{
    /// <summary>The writer's text handed to Roslyn (apart, because the runtime-types tool shares the writer without Roslyn).</summary>
    internal sealed partial class SourceWriter
    {
        /// <summary>
        /// The text as Roslyn's <see cref="SourceText"/>. A small file is one string, as Roslyn makes it. A large one is
        /// read straight from the builder's chunks: no large object, and no copy of megabytes of text (Roslyn's own
        /// large text copies what a reader gives it into chunks of its own, which was a tenth of a run's allocations).
        /// </summary>
        public SourceText ToSourceText(Encoding encoding) =>
            _text.Length < LargeText ? SourceText.From(_text.ToString(), encoding) : new BuilderText(_text, encoding, s_checksumAlgorithm);

        // The checksum algorithm SourceText.From gives (SHA-256): SourceText's own constructor defaults to SHA-1.
        private static readonly SourceHashAlgorithm s_checksumAlgorithm = SourceText.From(string.Empty).ChecksumAlgorithm;

        // Roslyn's own threshold for a chunked text (LargeObjectHeapLimitInChars): under it, one string.
        private const int LargeText = 40 * 1024;

        /// <summary>A finished builder as Roslyn's text. The writer never touches the builder again, so reading it from several threads is safe.</summary>
        private sealed class BuilderText : SourceText
        {
            private readonly StringBuilder _text;

            public BuilderText(StringBuilder text, Encoding encoding, SourceHashAlgorithm checksumAlgorithm)
                : base(checksumAlgorithm: checksumAlgorithm)
            {
                _text = text;
                Encoding = encoding;
            }

            public override Encoding Encoding { get; }

            public override int Length => _text.Length;

            public override char this[int position] => _text[position];

            public override void CopyTo(int sourceIndex, char[] destination, int destinationIndex, int count) =>
                _text.CopyTo(sourceIndex, destination, destinationIndex, count);

            public override string ToString(TextSpan span) => _text.ToString(span.Start, span.Length);
        }
    }
}

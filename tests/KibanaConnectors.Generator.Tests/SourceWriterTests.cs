using System.Linq;
using System.Text;
using KibanaConnectors.Generator.Emit;
using KibanaConnectors.Rules.Checks;
using KibanaConnectors.Rules.Model;
using KibanaConnectors.Rules.Set;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace KibanaConnectors.Generator.Tests
{
    /// <summary>
    /// The generated file reaches Roslyn as the writer's own chunks when it is large (no copy into Roslyn's large text):
    /// that text must read, hash and parse exactly as the same characters in one string do.
    /// </summary>
    public class SourceWriterTests
    {
        // The generated file of this many connectors (webhook, email, PagerDuty, server log), as Roslyn gets it and as one string.
        private static (SourceText Chunked, SourceText Plain) Texts(int connectors)
        {
            var yaml = new StringBuilder("xpack.actions.preconfigured:\n");
            for (var i = 0; i < connectors; i++)
            {
                yaml.Append("  hook-").Append(i).Append(":\n    actionTypeId: .webhook\n    name: 'Hook \u00e9 \"").Append(i).Append("\"'\n    config:\n      url: https://h").Append(i).Append(".example.com/\n")
                    .Append("  log-").Append(i).Append(":\n    actionTypeId: .server-log\n    name: Log ").Append(i).Append('\n');
            }

            var file = ConnectorFileReader.Read("/p/kibana.yml", yaml.ToString(), false);
            var set = ConnectorSetBuilder.Build(new[] { file }, ProjectOptions.Default with { Namespace = "Big" });
            // The text as it reached Roslyn before: read into Roslyn's own large text from a reader.
            var text = ConnectorsEmitter.Emit(set, nullableAnnotations: true);
            return (ConnectorsEmitter.EmitText(set, nullableAnnotations: true), SourceText.From(new System.IO.StringReader(text), text.Length, Encoding.UTF8));
        }

        [Fact]
        public void A_large_text_reads_hashes_and_parses_as_the_same_string_does()
        {
            var (chunked, plain) = Texts(200);
            Assert.True(plain.Length > 40 * 1024, "the text must be past the size where it stays in chunks");
            Assert.NotEqual(plain.GetType(), chunked.GetType());
            Assert.Equal(plain.Length, chunked.Length);
            Assert.Equal(plain.ToString(), chunked.ToString());
            Assert.Equal(plain.ToString(new TextSpan(12_345, 20_000)), chunked.ToString(new TextSpan(12_345, 20_000)));
            Assert.Equal(plain[37_777], chunked[37_777]);
            var buffer = new char[10_000];
            var expected = new char[10_000];
            chunked.CopyTo(8_000 - 17, buffer, 3, 9_000);
            plain.CopyTo(8_000 - 17, expected, 3, 9_000);
            Assert.Equal(expected, buffer);
            Assert.Equal(plain.Encoding, chunked.Encoding);
            Assert.Equal(plain.ChecksumAlgorithm, chunked.ChecksumAlgorithm);
            Assert.Equal(System.Convert.ToHexString(plain.GetChecksum().ToArray()), System.Convert.ToHexString(chunked.GetChecksum().ToArray()));
            Assert.Equal(System.Convert.ToHexString(plain.GetContentHash().ToArray()), System.Convert.ToHexString(chunked.GetContentHash().ToArray()));
            Assert.True(chunked.ContentEquals(plain));
            Assert.Equal(plain.Lines.Count, chunked.Lines.Count);
            Assert.Equal(plain.Lines[1_001].ToString(), chunked.Lines[1_001].ToString());

            var fromChunks = CSharpSyntaxTree.ParseText(chunked);
            var fromString = CSharpSyntaxTree.ParseText(plain);
            Assert.Empty(fromChunks.GetDiagnostics());
            Assert.Equal(fromString.GetRoot().ToFullString(), fromChunks.GetRoot().ToFullString());
            Assert.Equal(fromString.GetRoot().DescendantNodes().Count(), fromChunks.GetRoot().DescendantNodes().Count());
        }

        [Fact]
        public void A_small_text_is_what_Roslyn_makes_of_it()
        {
            var (chunked, plain) = Texts(2);
            Assert.Equal(plain.GetType(), chunked.GetType());
            Assert.Equal(plain.ToString(), chunked.ToString());
        }
    }
}

using System.Text;

namespace KibanaConnectors.Generator.Emit
{
    /// <summary>Writes C# text with indentation, line by line, with '\n' line ends so output is the same on every OS.</summary>
    internal sealed partial class SourceWriter
    {
        private readonly StringBuilder _text;
        private int _indent;

        // The builder grows by chunks of at most 8,000 characters, so a large file never sits in one large-object-heap
        // array (which costs the collector a full collection); ToSourceText hands the chunks to Roslyn as they are.
        public SourceWriter() => _text = new StringBuilder(4096);

        public void Indent() => _indent++;

        public void Unindent() => _indent--;

        public void Line(string line = "")
        {
            if (line.Length > 0)
            {
                _text.Append(' ', _indent * 4);
            }

            _text.Append(line).Append('\n');
        }

        /// <summary>Starts a line written in parts: the indentation. <see cref="End"/> ends it.</summary>
        public SourceWriter Begin()
        {
            _text.Append(' ', _indent * 4);
            return this;
        }

        public SourceWriter Append(string text)
        {
            _text.Append(text);
            return this;
        }

        public SourceWriter Append(char c)
        {
            _text.Append(c);
            return this;
        }

        /// <summary>A C# string literal of the value (<see cref="CSharp.String"/>), written in place.</summary>
        public SourceWriter String(string value)
        {
            CSharp.String(_text, value);
            return this;
        }

        /// <summary>The value as XML doc text (<see cref="CSharp.Xml"/>), written in place.</summary>
        public SourceWriter Xml(string value)
        {
            CSharp.Xml(_text, value);
            return this;
        }

        public void End() => _text.Append('\n');

        public void Open(string line)
        {
            Line(line);
            Line("{");
            Indent();
        }

        public void Close(string suffix = "")
        {
            Unindent();
            Line("}" + suffix);
        }

        public override string ToString() => _text.ToString();

        public int Length => _text.Length;
    }
}

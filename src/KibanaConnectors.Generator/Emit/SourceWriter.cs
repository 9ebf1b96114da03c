using System.Text;

namespace KibanaConnectors.Generator.Emit
{
    /// <summary>Writes C# text with indentation, line by line, with '\n' line ends so output is the same on every OS.</summary>
    internal sealed class SourceWriter
    {
        private readonly StringBuilder _text;
        private int _indent;

        public SourceWriter(int capacity = 4096) => _text = new StringBuilder(capacity);

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
    }
}

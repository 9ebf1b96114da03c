using System.Collections.Generic;
using KibanaConnectors.Rules.Common;

namespace KibanaConnectors.Rules.Reading
{
    /// <summary>How a YAML 1.2 core-schema scalar resolves, as Kibana's YAML reader sees it.</summary>
    internal enum ScalarKind
    {
        Null,
        Boolean,
        Integer,
        Float,
        String,
    }

    /// <summary>A node of one YAML document, with the place it was written. Lives only inside the parse step.</summary>
    internal abstract class YamlNode
    {
        protected YamlNode(SourceSpan span) => Span = span;

        public SourceSpan Span { get; }
    }

    internal sealed class YamlScalar : YamlNode
    {
        public YamlScalar(SourceSpan span, string value, ScalarKind kind, bool isPlain, bool isSingleLine)
            : base(span)
        {
            Value = value;
            Kind = kind;
            IsPlain = isPlain;
            IsSingleLine = isSingleLine;
        }

        public string Value { get; }

        public ScalarKind Kind { get; }

        /// <summary>Written without quotes or block indicators.</summary>
        public bool IsPlain { get; }

        /// <summary>Written on one line with no escapes, so a character of <see cref="Value"/> maps to one column.</summary>
        public bool IsSingleLine { get; }
    }

    internal sealed class YamlMapping : YamlNode
    {
        public YamlMapping(SourceSpan span, List<KeyValuePair<YamlScalar, YamlNode>> entries)
            : base(span) => Entries = entries;

        public List<KeyValuePair<YamlScalar, YamlNode>> Entries { get; }
    }

    internal sealed class YamlSequence : YamlNode
    {
        public YamlSequence(SourceSpan span, List<YamlNode> items)
            : base(span) => Items = items;

        public List<YamlNode> Items { get; }
    }
}

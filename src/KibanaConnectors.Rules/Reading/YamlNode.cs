using System.Collections.Generic;
using KibanaConnectors.Rules.Common;

namespace KibanaConnectors.Rules.Reading
{
    /// <summary>What a scalar resolves to in Kibana's YAML reader: the JavaScript value it becomes.</summary>
    internal enum ScalarKind
    {
        Null,
        Boolean,
        Integer,
        Float,
        String,

        /// <summary>A JavaScript <c>Date</c> (<c>!!timestamp</c>, or a plain date where the reader's schema has timestamps).</summary>
        Timestamp,

        /// <summary>Bytes (<c>!!binary</c>): neither text nor a map to Kibana's schemas.</summary>
        Binary,
    }

    /// <summary>A node of one YAML document, with the place it was written. Lives only inside the parse step.</summary>
    internal abstract class YamlNode
    {
        protected YamlNode(SourceSpan span) => Span = span;

        public SourceSpan Span { get; }

        /// <summary>The node an alias stands for; the node itself otherwise.</summary>
        public YamlNode Target => this is YamlAlias alias ? alias.Anchored : this;
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

        /// <summary>The text as written (after YAML's escapes and folding).</summary>
        public string Value { get; }

        public ScalarKind Kind { get; }

        /// <summary>The number of an <see cref="ScalarKind.Integer"/> or <see cref="ScalarKind.Float"/>, as JavaScript has it.</summary>
        public double Number { get; init; }

        /// <summary>The value of a <see cref="ScalarKind.Boolean"/> (YAML 1.1 spells true as <c>yes</c>, <c>on</c>, <c>y</c> too).</summary>
        public bool IsTrue { get; init; }

        /// <summary>The property name a <see cref="ScalarKind.Timestamp"/> key becomes (the reader writes the date its own way).</summary>
        public string? KeyText { get; init; }

        /// <summary>Written without quotes or block indicators.</summary>
        public bool IsPlain { get; }

        /// <summary>Written on one line with no escapes, so a character of <see cref="Value"/> maps to one column.</summary>
        public bool IsSingleLine { get; }

        /// <summary>How it was written: plain, quoted, or a literal (<c>|</c>) or folded (<c>&gt;</c>) block.</summary>
        public YamlDotNet.Core.ScalarStyle Style { get; init; }
    }

    /// <summary>An alias (<c>*name</c>) where it is written; <see cref="Anchored"/> is the node it repeats, at its own place.</summary>
    internal sealed class YamlAlias : YamlNode
    {
        public YamlAlias(SourceSpan span, string name, YamlNode anchored)
            : base(span)
        {
            Name = name;
            Anchored = anchored;
        }

        public string Name { get; }

        public YamlNode Anchored { get; }
    }

    /// <summary>
    /// One key of a map as the reader turns it into a JavaScript object key: <see cref="Key"/> is the property name
    /// (<c>null:</c> is <c>""</c> in the yaml package, <c>007:</c> is <c>7</c>), <see cref="KeyNode"/> what was written.
    /// </summary>
    internal sealed class YamlEntry
    {
        public YamlEntry(string key, YamlNode keyNode, YamlNode value)
        {
            Key = key;
            KeyNode = keyNode;
            Value = value;
        }

        public string Key { get; }

        public YamlNode KeyNode { get; }

        /// <summary>The key as written, when it is text whose characters map one to one to <see cref="Key"/>: dotted parts get their own columns.</summary>
        public YamlScalar? TextKey => KeyNode is YamlScalar { Kind: ScalarKind.String } scalar && scalar.Value == Key ? scalar : null;

        public SourceSpan KeySpan => KeyNode.Span;

        public YamlNode Value { get; }
    }

    internal sealed class YamlMapping : YamlNode
    {
        public YamlMapping(SourceSpan span, List<YamlEntry> entries)
            : base(span) => Entries = entries;

        public List<YamlEntry> Entries { get; }

        /// <summary>Two keys that are different YAML keys give the same property name (<c>1</c> and <c>'1'</c> in the yaml package).</summary>
        public bool SharesNames { get; set; }
    }

    internal sealed class YamlSequence : YamlNode
    {
        public YamlSequence(SourceSpan span, List<YamlNode> items)
            : base(span) => Items = items;

        public List<YamlNode> Items { get; }
    }
}

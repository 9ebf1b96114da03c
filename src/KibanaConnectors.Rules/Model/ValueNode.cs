using System;
using KibanaConnectors.Rules.Common;

namespace KibanaConnectors.Rules.Model
{
    internal enum ValueKind
    {
        Null,
        Boolean,
        Integer,
        Float,
        String,

        /// <summary>A string holding <c>${NAME}</c>: Kibana fills it from the environment when it starts.</summary>
        Template,

        /// <summary>A secret the YAML leaves out and the project's keystore list holds: read from the keystore key at run time.</summary>
        Keystore,
        Map,
        List,
    }

    /// <summary>A settings value as an equatable tree, detached from YAML nodes: what the emitter needs.</summary>
    internal sealed record ValueNode(ValueKind Kind, string Text, EquatableArray<ValueEntry> Entries, EquatableArray<ValueNode> Items)
    {
        public static readonly ValueNode EmptyMap = new ValueNode(ValueKind.Map, string.Empty, EquatableArray<ValueEntry>.Empty, EquatableArray<ValueNode>.Empty);

        public static ValueNode Scalar(ValueKind kind, string text) =>
            new ValueNode(kind, text, EquatableArray<ValueEntry>.Empty, EquatableArray<ValueNode>.Empty);

        public static ValueNode Map(EquatableArray<ValueEntry> entries) =>
            new ValueNode(ValueKind.Map, string.Empty, entries, EquatableArray<ValueNode>.Empty);

        public static ValueNode List(EquatableArray<ValueNode> items) =>
            new ValueNode(ValueKind.List, string.Empty, EquatableArray<ValueEntry>.Empty, items);

        public ValueNode? Get(string key)
        {
            foreach (var entry in Entries)
            {
                if (string.Equals(entry.Key, key, StringComparison.Ordinal))
                {
                    return entry.Value;
                }
            }

            return null;
        }
    }

    internal sealed record ValueEntry(string Key, ValueNode Value);
}

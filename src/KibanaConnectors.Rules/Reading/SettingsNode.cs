using System.Collections.Generic;
using KibanaConnectors.Rules.Common;

namespace KibanaConnectors.Rules.Reading
{
    /// <summary>
    /// A node of the settings as Kibana sees them once every key is split at its dots and the parts merged:
    /// <c>a.b: 1</c> and <c>a: {b: 1}</c> give the same tree. Each node keeps the place it was written.
    /// </summary>
    internal abstract class SettingsNode
    {
        protected SettingsNode(SourceSpan span) => Span = span;

        public SourceSpan Span { get; }
    }

    internal sealed class SettingsScalar : SettingsNode
    {
        public SettingsScalar(YamlScalar scalar)
            : base(scalar.Span) => Scalar = scalar;

        public YamlScalar Scalar { get; }

        public string Value => Scalar.Value;

        public ScalarKind Kind => Scalar.Kind;
    }

    internal sealed class SettingsList : SettingsNode
    {
        public SettingsList(SourceSpan span, List<SettingsNode> items)
            : base(span) => Items = items;

        public List<SettingsNode> Items { get; }
    }

    /// <summary>One key of a <see cref="SettingsMap"/>: its name after splitting, and where that part of the key was written.</summary>
    internal sealed class SettingsEntry
    {
        public SettingsEntry(string key, SourceSpan keySpan, SettingsNode value, string writtenAs)
        {
            Key = key;
            KeySpan = keySpan;
            Value = value;
            WrittenAs = writtenAs;
        }

        public string Key { get; }

        public SourceSpan KeySpan { get; }

        public SettingsNode Value { get; set; }

        /// <summary>The whole key as written in the file, e.g. <c>xpack.actions.preconfigured</c>.</summary>
        public string WrittenAs { get; }
    }

    internal sealed class SettingsMap : SettingsNode
    {
        // Most maps are small: search them; index only the large ones (the preconfigured section).
        private const int IndexFrom = 16;
        private Dictionary<string, SettingsEntry>? _byKey;

        public SettingsMap(SourceSpan span)
            : base(span)
        {
        }

        public List<SettingsEntry> Entries { get; } = new List<SettingsEntry>();

        /// <summary>
        /// A JavaScript array, not an object: lodash's <c>set</c> creates a missing parent as a list when the key under
        /// it looks like a list index (<c>preconfigured.123.name</c> makes <c>preconfigured</c> a list).
        /// </summary>
        public bool IsList { get; set; }

        public SettingsEntry? Find(string key)
        {
            if (_byKey != null)
            {
                return _byKey.TryGetValue(key, out var entry) ? entry : null;
            }

            foreach (var entry in Entries)
            {
                if (string.Equals(entry.Key, key, System.StringComparison.Ordinal))
                {
                    return entry;
                }
            }

            return null;
        }

        public SettingsNode? Get(string key) => Find(key)?.Value;

        /// <summary>Puts <paramref name="entry"/> where <paramref name="existing"/> was: a later value for the same key keeps the first one's place.</summary>
        public void Replace(SettingsEntry existing, SettingsEntry entry)
        {
            Entries[Entries.IndexOf(existing)] = entry;
            if (_byKey != null)
            {
                _byKey[entry.Key] = entry;
            }
        }

        public void Add(SettingsEntry entry)
        {
            Entries.Add(entry);
            if (_byKey != null)
            {
                _byKey.Add(entry.Key, entry);
            }
            else if (Entries.Count >= IndexFrom)
            {
                _byKey = new Dictionary<string, SettingsEntry>(System.StringComparer.Ordinal);
                foreach (var e in Entries)
                {
                    _byKey.Add(e.Key, e);
                }
            }
        }
    }
}

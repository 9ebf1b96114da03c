using System.Collections.Generic;
using System;
using KibanaConnectors.Rules.Common;

namespace KibanaConnectors.Rules.Reading
{
    internal enum ConflictKind
    {
        /// <summary>One setting written twice (two spellings, or a later empty map over settings under it): Kibana keeps the last.</summary>
        WrittenTwice,

        /// <summary>A setting path with <c>__proto__</c> or <c>constructor.prototype</c> in it: Kibana refuses the whole configuration.</summary>
        ForbiddenPath,

        /// <summary>Aliases that expand past <see cref="YamlReadLimits.MaxExpandedNodes"/>.</summary>
        Limit,
    }

    /// <summary>
    /// A problem with how the settings combine, at <see cref="Span"/>; <see cref="FirstSpan"/> is the other place involved.
    /// For a setting written twice, <see cref="Dropped"/> is the value Kibana drops (null when that value was never read
    /// into settings, as with two YAML keys of one map that name one property).
    /// </summary>
    internal readonly record struct SettingsConflict(string Path, SourceSpan Span, SourceSpan FirstSpan, ConflictKind Kind, string Message)
    {
        public bool IsLimit => Kind == ConflictKind.Limit;

        public SettingsNode? Dropped { get; init; }
    }

    /// <summary>
    /// Turns a YAML document into Kibana's view of its settings, as kbn-config's <c>read_config.ts</c> builds it: every
    /// map is walked in JavaScript property order (keys like <c>0</c> or <c>123</c> first, in numeric order, then the
    /// others as written), each key split at its dots (a key written <c>[a.b]</c> whole keeps its dots), and each
    /// value that is not a non-empty map set at its path in turn, as lodash's <c>set</c> does: the last value wins, an
    /// empty map replaces what was set under it, and a missing parent whose next key looks like a list index is
    /// created as a list. A path holding <c>__proto__</c> or <c>constructor.prototype</c> refuses the whole file. Two
    /// values for one setting are reported, with the one Kibana keeps.
    /// </summary>
    internal sealed class KibanaSettingsReader
    {
        private const string ProtoPattern = "__proto__";
        private const string ConstructorPattern = "constructor.prototype";

        private readonly List<SettingsConflict> _conflicts = new List<SettingsConflict>();
        private HashSet<int>? _forbiddenAt;
        private bool _forbidden;
        private int _nodes;

        public static (SettingsNode? Root, IReadOnlyList<SettingsConflict> Conflicts) Read(YamlNode? root)
        {
            var reader = new KibanaSettingsReader();
            if (root == null)
            {
                return (null, reader._conflicts);
            }

            try
            {
                if (!(root.Target is YamlMapping mapping))
                {
                    return (reader.Convert(root.Target), reader._conflicts);
                }

                var settings = new SettingsMap(mapping.Span);
                var path = new List<string>();
                reader.Walk(reader.PropertyOrder(mapping, path), settings, path);
                return (reader._forbidden ? null : settings, reader._conflicts);
            }
            catch (ExpansionLimitException ex)
            {
                reader._conflicts.Add(new SettingsConflict(string.Empty, ex.Span, ex.Span, ConflictKind.Limit,
                    $"its aliases expand to more than {YamlReadLimits.MaxExpandedNodes} values"));
                return (null, reader._conflicts);
            }
        }

        /// <summary>Kibana's <c>splitKey</c>: a key that is <c>[...]</c> as a whole is one part without the brackets; any other key is split at every dot.</summary>
        public static List<(string Part, int Offset, int Length)> SplitKey(string key)
        {
            if (key.Length >= 2 && key[0] == '[' && key[key.Length - 1] == ']')
            {
                return new List<(string, int, int)>(1) { (key.Substring(1, key.Length - 2), 0, key.Length) };
            }

            if (key.IndexOf('.') < 0)
            {
                return new List<(string, int, int)>(1) { (key, 0, key.Length) };
            }

            var parts = new List<(string, int, int)>();
            var start = 0;
            while (true)
            {
                var dot = key.IndexOf('.', start);
                if (dot < 0)
                {
                    parts.Add((key.Substring(start), start, key.Length - start));
                    return parts;
                }

                parts.Add((key.Substring(start, dot - start), start, dot - start));
                start = dot + 1;
            }
        }

        /// <summary>lodash's isIndex: the text of a whole number a list could have as an index.</summary>
        public static bool IsIndex(string key)
        {
            if (key.Length == 0 || key.Length > 15 || (key[0] == '0' && key.Length > 1))
            {
                return false;
            }

            foreach (var c in key)
            {
                if (c < '0' || c > '9')
                {
                    return false;
                }
            }

            return true;
        }

        // listEntries then set, in one walk: the values that are not non-empty maps are set at their whole path in
        // the order Kibana lists them, which is the depth-first order of the maps in JavaScript property order. A map
        // on the way is taken as it is, or created (as a list when the key under it looks like an index) where there
        // is none or a value that it replaces.
        private void Walk(List<YamlEntry> entries, SettingsMap target, List<string> path)
        {
            foreach (var entry in entries)
            {
                Count(entry.Value);

                // Most keys are one part: those get no list of parts.
                var parts = IsOnePart(entry.Key) ? null : Split(entry);
                var count = parts?.Count ?? 1;
                var value = entry.Value.Target;
                var nonEmptyMap = value is YamlMapping child && child.Entries.Count > 0 ? (YamlMapping)value : null;
                var node = target;
                var depth = path.Count;
                for (var p = 0; p < count; p++)
                {
                    var part = parts?[p] ?? new Part(entry.Key, entry.KeySpan, entry.Key);
                    path.Add(part.Name);
                    Forbidden(path, part);
                    var last = p == count - 1;
                    if (last && nonEmptyMap == null)
                    {
                        SetLeaf(node, part, path, Convert(value));
                        break;
                    }

                    if (!last)
                    {
                        node = Intermediate(node, part, parts![p + 1].Name, path);
                        continue;
                    }

                    // lodash creates the map when it sets the first value under it: the first key listed decides.
                    var children = PropertyOrder(nonEmptyMap!, path);
                    node = Intermediate(node, part with { MapSpan = nonEmptyMap!.Span }, FirstPart(children[0].Key), path);
                    Walk(children, node, path);
                }

                path.RemoveRange(depth, path.Count - depth);
            }
        }

        // ensureValidObjectPath on the joined path: "__proto__" lies within one part, "constructor.prototype" within one
        // (a bracketed key) or across two. Kibana refuses to start on the first; every key that makes one is reported.
        private void Forbidden(List<string> path, Part part)
        {
            var name = part.Name;
            var pattern = name.IndexOf(ProtoPattern, StringComparison.Ordinal) >= 0 ? ProtoPattern
                : name.IndexOf(ConstructorPattern, StringComparison.Ordinal) >= 0
                    || (path.Count > 1 && name.StartsWith("prototype", StringComparison.Ordinal) && path[path.Count - 2].EndsWith("constructor", StringComparison.Ordinal)) ? ConstructorPattern
                : null;
            if (pattern == null || (_forbiddenAt ??= new HashSet<int>()).Add(part.Span.Start) == false)
            {
                return;
            }

            _forbidden = true;
            var joined = string.Join(".", path);
            _conflicts.Add(new SettingsConflict(joined, part.Span, part.Span, ConflictKind.ForbiddenPath,
                $"the setting path '{joined}' contains '{pattern}', which Kibana forbids in any setting path and refuses to start; rename the key"));
        }

        private SettingsMap Intermediate(SettingsMap node, Part part, string next, List<string> path)
        {
            var existing = node.Find(part.Name);
            if (existing?.Value is SettingsMap map)
            {
                return map;
            }

            var created = new SettingsMap(part.MapSpan ?? part.Span) { IsList = IsIndex(next) };
            var entry = new SettingsEntry(part.Name, part.Span, created, part.WrittenAs);
            if (existing == null)
            {
                node.Add(entry);
            }
            else
            {
                WrittenTwice(string.Join(".", path), part.Span, existing);
                node.Replace(existing, entry);
            }

            return created;
        }

        private void SetLeaf(SettingsMap node, Part last, List<string> path, SettingsNode converted)
        {
            var previous = node.Find(last.Name);
            var leaf = new SettingsEntry(last.Name, last.Span, converted, last.WrittenAs);
            if (previous == null)
            {
                node.Add(leaf);
                return;
            }

            var joined = string.Join(".", path);
            if (converted is SettingsMap { Entries.Count: 0 } && previous.Value is SettingsMap { Entries.Count: > 0 })
            {
                _conflicts.Add(new SettingsConflict(joined, last.Span, previous.KeySpan, ConflictKind.WrittenTwice,
                    $"the setting '{joined}' is an empty map here, and Kibana replaces everything set under it before (from line {previous.KeySpan.DisplayLine}) with it")
                { Dropped = previous.Value });
            }
            else
            {
                WrittenTwice(joined, last.Span, previous);
            }

            node.Replace(previous, leaf);
        }

        // lodash set(object, parts, value) inside a value (processEntryValue on a map in a list), where Kibana checks no path.
        private void Set(SettingsMap root, List<Part> parts, Func<SettingsNode> value)
        {
            var node = root;
            var path = new List<string>(parts.Count);
            for (var p = 0; p < parts.Count - 1; p++)
            {
                path.Add(parts[p].Name);
                node = Intermediate(node, parts[p], parts[p + 1].Name, path);
            }

            path.Add(parts[parts.Count - 1].Name);
            SetLeaf(node, parts[parts.Count - 1], path, value());
        }

        private void WrittenTwice(string path, SourceSpan span, SettingsEntry first) =>
            _conflicts.Add(new SettingsConflict(path, span, first.KeySpan, ConflictKind.WrittenTwice,
                $"the setting '{path}' is written twice: here and as '{first.WrittenAs}' at line {first.KeySpan.DisplayLine}; Kibana keeps the one it reads last, this one, and silently drops the other")
            { Dropped = first.Value });

        // processEntryValue: a value as Kibana keeps it; maps inside lists get their keys split and set the same way.
        private SettingsNode Convert(YamlNode node)
        {
            Count(node);
            switch (node.Target)
            {
                case YamlScalar scalar:
                    return new SettingsScalar(scalar);
                case YamlSequence sequence:
                    var items = new List<SettingsNode>(sequence.Items.Count);
                    foreach (var item in sequence.Items)
                    {
                        items.Add(Convert(item));
                    }

                    return new SettingsList(sequence.Span, items);
                default:
                    var mapping = (YamlMapping)node.Target;
                    var map = new SettingsMap(mapping.Span);
                    foreach (var entry in PropertyOrder(mapping, new List<string>()))
                    {
                        var value = entry.Value;
                        Set(map, Split(entry), () => Convert(value));
                    }

                    return map;
            }
        }

        private void Count(YamlNode node)
        {
            if (++_nodes > YamlReadLimits.MaxExpandedNodes)
            {
                throw new ExpansionLimitException(node.Span);
            }
        }

        // The entries of a map as the JavaScript object the reader builds: one property per name (two keys that give
        // the same name, as 1 and '1' do in the yaml package, keep the first one's place and the last one's value),
        // and integer-like names first, in numeric order.
        private List<YamlEntry> PropertyOrder(YamlMapping map, List<string> prefix)
        {
            var entries = map.Entries;
            var needsOrder = false;
            Dictionary<string, int>? byName = null;
            List<YamlEntry>? result = null;
            for (var i = 0; i < entries.Count; i++)
            {
                var entry = entries[i];
                needsOrder |= entry.Key.Length > 0 && entry.Key[0] >= '0' && entry.Key[0] <= '9';
                if (map.SharesNames)
                {
                    byName ??= new Dictionary<string, int>(StringComparer.Ordinal);
                    if (byName.TryGetValue(entry.Key, out var at))
                    {
                        result ??= new List<YamlEntry>(entries.GetRange(0, i));
                        var first = result[at];
                        var path = prefix.Count == 0 ? entry.Key : string.Join(".", prefix) + "." + entry.Key;
                        _conflicts.Add(new SettingsConflict(path, entry.KeySpan, first.KeySpan, ConflictKind.WrittenTwice,
                            $"the keys '{Written(entry)}' here and '{Written(first)}' at line {first.KeySpan.DisplayLine} are different YAML keys but name the same setting '{entry.Key}'; Kibana keeps the value it reads last, this one, and silently drops the other"));
                        result[at] = entry;
                        continue;
                    }

                    byName.Add(entry.Key, result?.Count ?? i);
                }

                result?.Add(entry);
            }

            var list = result ?? entries;
            if (!needsOrder)
            {
                return list;
            }

            var indexes = new List<YamlEntry>();
            var names = new List<YamlEntry>();
            foreach (var entry in list)
            {
                (IsArrayIndex(entry.Key) ? indexes : names).Add(entry);
            }

            indexes.Sort((a, b) => double.Parse(a.Key, System.Globalization.CultureInfo.InvariantCulture).CompareTo(double.Parse(b.Key, System.Globalization.CultureInfo.InvariantCulture)));
            indexes.AddRange(names);
            return indexes;
        }

        private static string Written(YamlEntry entry) => entry.KeyNode.Target is YamlScalar scalar ? scalar.Value : entry.Key;

        // An array index as JavaScript orders object properties by: 0 to 2^32 - 2, written canonically.
        private static bool IsArrayIndex(string key) =>
            key.Length > 0 && key.Length <= 10 && (key == "0" || key[0] != '0') && IsDigits(key)
            && double.Parse(key, System.Globalization.CultureInfo.InvariantCulture) < 4294967295d;

        private static bool IsDigits(string key)
        {
            foreach (var c in key)
            {
                if (c < '0' || c > '9')
                {
                    return false;
                }
            }

            return true;
        }

        // No dot, no brackets: the key is its only part.
        private static bool IsOnePart(string key) => key.IndexOf('.') < 0 && (key.Length == 0 || key[0] != '[');

        // The first part of SplitKey(key), without splitting the rest.
        private static string FirstPart(string key)
        {
            if (key.Length >= 2 && key[0] == '[' && key[key.Length - 1] == ']')
            {
                return key.Substring(1, key.Length - 2);
            }

            var dot = key.IndexOf('.');
            return dot < 0 ? key : key.Substring(0, dot);
        }

        private static List<Part> Split(YamlEntry entry)
        {
            if (IsOnePart(entry.Key))
            {
                return new List<Part>(1) { new Part(entry.Key, entry.KeySpan, entry.Key) };
            }

            var split = SplitKey(entry.Key);
            var parts = new List<Part>(split.Count);
            foreach (var (name, offset, length) in split)
            {
                parts.Add(new Part(name, PartSpan(entry, offset, length, split.Count == 1), entry.Key));
            }

            return parts;
        }

        // The span of one dotted part of a key, when the key is text written on one line without escapes.
        private static SourceSpan PartSpan(YamlEntry entry, int offset, int length, bool whole)
        {
            var key = entry.TextKey;
            if (whole || key == null || !key.IsSingleLine)
            {
                return entry.KeySpan;
            }

            var span = key.Span;
            var shift = key.IsPlain ? 0 : 1;
            return new SourceSpan(
                span.Start + shift + offset,
                span.Start + shift + offset + length,
                span.StartLine,
                span.StartColumn + shift + offset,
                span.StartLine,
                span.StartColumn + shift + offset + length);
        }

        /// <param name="WrittenAs">The whole key the part comes from, as written.</param>
        /// <param name="MapSpan">Where the map under the part was written, when the key's value is a map.</param>
        private readonly record struct Part(string Name, SourceSpan Span, string WrittenAs, SourceSpan? MapSpan = null);

        private sealed class ExpansionLimitException : Exception
        {
            public ExpansionLimitException(SourceSpan span) => Span = span;

            public SourceSpan Span { get; }
        }
    }
}

using System.Collections.Generic;
using System;
using KibanaConnectors.Rules.Common;

namespace KibanaConnectors.Rules.Reading
{
    /// <summary>A conflict between two spellings of the same setting.</summary>
    internal readonly record struct SettingsConflict(string Path, SourceSpan Span, SourceSpan FirstSpan, bool IsLimit, string Message);

    /// <summary>
    /// Turns a YAML document into Kibana's view of its settings: every key is split at its dots (at every depth;
    /// a part written <c>[a.b]</c> keeps its dot) and the parts merged, so nested, dotted, mixed and flat spellings
    /// mean the same. Two spellings that set the same value are reported, never silently dropped.
    /// </summary>
    internal sealed class KibanaSettingsReader
    {
        private readonly List<SettingsConflict> _conflicts = new List<SettingsConflict>();
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
                return (reader.Convert(root, string.Empty), reader._conflicts);
            }
            catch (ExpansionLimitException ex)
            {
                reader._conflicts.Add(new SettingsConflict(string.Empty, ex.Span, ex.Span, true,
                    $"its aliases expand to more than {YamlReadLimits.MaxExpandedNodes} values"));
                return (null, reader._conflicts);
            }
        }

        /// <summary>Splits a settings key the way Kibana does: at dots, except inside a part written in brackets.</summary>
        public static List<(string Part, int Offset, int Length)> SplitKey(string key)
        {
            if (key.IndexOf('.') < 0 && (key.Length == 0 || key[0] != '['))
            {
                return new List<(string, int, int)>(1) { (key, 0, key.Length) };
            }

            var parts = new List<(string, int, int)>();
            var i = 0;
            while (true)
            {
                var start = i;
                if (i < key.Length && key[i] == '[')
                {
                    var close = key.IndexOf(']', i + 1);
                    if (close > 0 && (close + 1 == key.Length || key[close + 1] == '.'))
                    {
                        parts.Add((key.Substring(i + 1, close - i - 1), start, close + 1 - start));
                        i = close + 1;
                        if (i == key.Length)
                        {
                            return parts;
                        }

                        i++;
                        continue;
                    }
                }

                var dot = key.IndexOf('.', i);
                if (dot < 0)
                {
                    parts.Add((key.Substring(i), start, key.Length - start));
                    return parts;
                }

                parts.Add((key.Substring(i, dot - i), start, dot - start));
                i = dot + 1;
            }
        }

        private SettingsNode Convert(YamlNode node, string path)
        {
            if (++_nodes > YamlReadLimits.MaxExpandedNodes)
            {
                throw new ExpansionLimitException(node.Span);
            }

            switch (node)
            {
                case YamlScalar scalar:
                    return new SettingsScalar(scalar);
                case YamlSequence sequence:
                    var items = new List<SettingsNode>(sequence.Items.Count);
                    foreach (var item in sequence.Items)
                    {
                        items.Add(Convert(item, path));
                    }

                    return new SettingsList(sequence.Span, items);
                default:
                    var mapping = (YamlMapping)node;
                    var map = new SettingsMap(mapping.Span);
                    foreach (var entry in mapping.Entries)
                    {
                        AddEntry(map, path, entry.Key, entry.Value);
                    }

                    return map;
            }
        }

        private void AddEntry(SettingsMap map, string path, YamlScalar key, YamlNode value)
        {
            var parts = SplitKey(key.Value);
            var target = map;
            var targetPath = path;
            for (var p = 0; p < parts.Count; p++)
            {
                var (part, offset, length) = parts[p];
                var partPath = targetPath.Length == 0 ? part : targetPath + "." + part;
                var partSpan = PartSpan(key, offset, length, parts.Count == 1);
                var existing = target.Find(part);
                if (p < parts.Count - 1)
                {
                    if (existing == null)
                    {
                        var created = new SettingsMap(partSpan);
                        target.Add(new SettingsEntry(part, partSpan, created, key.Value));
                        target = created;
                    }
                    else if (existing.Value is SettingsMap existingMap)
                    {
                        target = existingMap;
                    }
                    else
                    {
                        Conflict(partPath, partSpan, existing);
                        return;
                    }

                    targetPath = partPath;
                    continue;
                }

                var converted = Convert(value, partPath);
                if (existing == null)
                {
                    target.Add(new SettingsEntry(part, partSpan, converted, key.Value));
                }
                else if (existing.Value is SettingsMap into && converted is SettingsMap from)
                {
                    Merge(into, from, partPath);
                }
                else
                {
                    Conflict(partPath, partSpan, existing);
                }
            }
        }

        private void Merge(SettingsMap into, SettingsMap from, string path)
        {
            foreach (var entry in from.Entries)
            {
                var entryPath = path + "." + entry.Key;
                var existing = into.Find(entry.Key);
                if (existing == null)
                {
                    into.Add(entry);
                }
                else if (existing.Value is SettingsMap a && entry.Value is SettingsMap b)
                {
                    Merge(a, b, entryPath);
                }
                else
                {
                    Conflict(entryPath, entry.KeySpan, existing);
                }
            }
        }

        private void Conflict(string path, SourceSpan span, SettingsEntry first) =>
            _conflicts.Add(new SettingsConflict(path, span, first.KeySpan, false,
                $"the setting '{path}' is written twice: here and as '{first.WrittenAs}' at line {first.KeySpan.DisplayLine}; Kibana keeps only the one it reads last, so remove one"));

        // The span of one dotted part of a key, when the key is written on one line without escapes.
        private static SourceSpan PartSpan(YamlScalar key, int offset, int length, bool whole)
        {
            var span = key.Span;
            if (whole || !key.IsSingleLine)
            {
                return span;
            }

            var shift = key.IsPlain ? 0 : 1;
            return new SourceSpan(
                span.Start + shift + offset,
                span.Start + shift + offset + length,
                span.StartLine,
                span.StartColumn + shift + offset,
                span.StartLine,
                span.StartColumn + shift + offset + length);
        }

        private sealed class ExpansionLimitException : Exception
        {
            public ExpansionLimitException(SourceSpan span) => Span = span;

            public SourceSpan Span { get; }
        }
    }
}

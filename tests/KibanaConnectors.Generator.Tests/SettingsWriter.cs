using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using KibanaConnectors.Rules.Reading;

namespace KibanaConnectors.Generator.Tests
{
    /// <summary>A settings value to write: a scalar (with whether it was plain, which keeps numbers and booleans) or a map.</summary>
    internal sealed class SNode
    {
        public string? Text { get; set; }

        public bool Plain { get; set; }

        public List<KeyValuePair<string, SNode>>? Map { get; set; }

        public static SNode Scalar(string text, bool plain) => new SNode { Text = text, Plain = plain };

        public SNode Clone() => Map == null ? Scalar(Text!, Plain) : new SNode { Map = Map.Select(e => new KeyValuePair<string, SNode>(e.Key, e.Value.Clone())).ToList() };

        public SNode? Get(string key) => Map?.FirstOrDefault(e => e.Key == key).Value;

        public void Set(string key, SNode value)
        {
            var i = Map!.FindIndex(e => e.Key == key);
            if (i >= 0)
            {
                Map[i] = new KeyValuePair<string, SNode>(key, value);
            }
            else
            {
                Map.Add(new KeyValuePair<string, SNode>(key, value));
            }
        }

        public void Remove(string key) => Map!.RemoveAll(e => e.Key == key);
    }

    internal enum Spelling
    {
        Nested,
        Flat,
        Mixed,
        Flow,
    }

    /// <summary>
    /// Writes connectors as a Kibana settings file in a chosen spelling per connector and random quoting, and
    /// records the line where each connector and each key path was written.
    /// </summary>
    internal sealed class SettingsWriter
    {
        private readonly Random _random;
        private readonly bool _canonical;
        private readonly List<string> _lines = new List<string>();

        private readonly Dictionary<string, string> _anchored = new Dictionary<string, string>(StringComparer.Ordinal);

        public SettingsWriter(Random random, bool canonical = false, bool mergeKeys = false)
        {
            _random = random;
            _canonical = canonical;
            MergeKeys = mergeKeys;
        }

        /// <summary>Whether configs written through an anchor may use a '&lt;&lt;' merge key (the reader must apply them).</summary>
        public bool MergeKeys { get; }

        /// <summary>One-based line of "id" (the connector's first line) and of "id/key/path".</summary>
        public Dictionary<string, int> Lines { get; } = new Dictionary<string, int>(StringComparer.Ordinal);

        public string Write(IReadOnlyList<(string Id, SNode Entry)> connectors, string newline, bool bom)
        {
            _lines.Add("server.port: 5601");
            var spellings = connectors.Select(_ => _canonical ? Spelling.Nested : (Spelling)_random.Next(4)).ToList();
            var sectionNested = !_canonical && _random.Next(2) == 0;
            var inSection = connectors.Where((c, i) => spellings[i] == Spelling.Nested || spellings[i] == Spelling.Flow).ToList();
            var outside = connectors.Where((c, i) => spellings[i] == Spelling.Flat || spellings[i] == Spelling.Mixed).Select(c => (c, spellings[connectors.ToList().IndexOf(c)])).ToList();
            // Some nested connectors take their config from an anchor defined before the section.
            foreach (var (id, entry) in inSection.Where(c => spellings[connectors.ToList().FindIndex(x => x.Id == c.Id)] == Spelling.Nested))
            {
                if (!_canonical && entry.Get("config") is SNode config && config.Map!.Count > 0 && _random.Next(3) == 0)
                {
                    var anchor = "cfg" + _anchored.Count;
                    _anchored[id] = anchor;
                    _lines.Add("shared-" + anchor + ": &" + anchor);
                    WriteMap(config, 2, id + "/config");
                }
            }

            if (inSection.Count > 0)
            {
                var indent = 2;
                if (sectionNested)
                {
                    _lines.Add("xpack:");
                    _lines.Add("  actions:");
                    _lines.Add("    preconfigured:");
                    indent = 6;
                }
                else
                {
                    _lines.Add("xpack.actions.preconfigured:");
                }

                foreach (var (id, entry) in inSection)
                {
                    var spelling = spellings[connectors.ToList().FindIndex(c => c.Id == id)];
                    if (spelling == Spelling.Flow)
                    {
                        Lines[id] = _lines.Count + 1;
                        foreach (var path in Paths(entry, id))
                        {
                            Lines[path] = _lines.Count + 1;
                        }

                        _lines.Add(new string(' ', indent) + Key(id, flow: false) + ": " + Flow(entry));
                    }
                    else
                    {
                        Lines[id] = _lines.Count + 1;
                        _lines.Add(new string(' ', indent) + Key(id, flow: false) + ":");
                        WriteMap(entry, indent + 2, id);
                    }
                }
            }

            foreach (var ((id, entry), spelling) in outside)
            {
                Lines[id] = _lines.Count + 1;
                if (spelling == Spelling.Flat)
                {
                    WriteFlat(entry, "xpack.actions.preconfigured." + id, id);
                }
                else
                {
                    _lines.Add("xpack.actions.preconfigured." + id + ":");
                    foreach (var e in entry.Map!)
                    {
                        if (e.Value.Map != null && _random.Next(2) == 0)
                        {
                            WriteFlatUnder(e.Value, e.Key, 2, id + "/" + e.Key);
                        }
                        else
                        {
                            WriteEntry(e.Key, e.Value, 2, id + "/" + e.Key);
                        }
                    }
                }
            }

            _lines.Add("logging.root.level: info");
            return (bom ? "\uFEFF" : string.Empty) + string.Join(newline, _lines) + newline;
        }

        private static IEnumerable<string> Paths(SNode node, string prefix)
        {
            foreach (var e in node.Map!)
            {
                yield return prefix + "/" + e.Key;
                if (e.Value.Map != null)
                {
                    foreach (var p in Paths(e.Value, prefix + "/" + e.Key))
                    {
                        yield return p;
                    }
                }
            }
        }

        private void WriteMap(SNode map, int indent, string path)
        {
            foreach (var e in map.Map!)
            {
                WriteEntry(e.Key, e.Value, indent, path + "/" + e.Key);
            }
        }

        private void WriteEntry(string key, SNode value, int indent, string path)
        {
            var connectorId = path.Substring(0, path.IndexOf('/') < 0 ? path.Length : path.IndexOf('/'));
            if (key == "config" && path == connectorId + "/config" && _anchored.TryGetValue(connectorId, out var anchor))
            {
                // The values were written (and their lines recorded) under the anchor.
                if (MergeKeys && _random.Next(2) == 0)
                {
                    _lines.Add(new string(' ', indent) + "config:");
                    _lines.Add(new string(' ', indent + 2) + "<<: *" + anchor);
                }
                else
                {
                    _lines.Add(new string(' ', indent) + "config: *" + anchor);
                }

                return;
            }

            Lines[path] = _lines.Count + 1;
            var prefix = new string(' ', indent) + Key(key, flow: false) + ":";
            if (value.Map != null)
            {
                if (value.Map.Count == 0)
                {
                    _lines.Add(prefix + " {}");
                    return;
                }

                _lines.Add(prefix);
                WriteMap(value, indent + 2, path);
                return;
            }

            if (value.Text!.Contains('\n') && value.Text.EndsWith("\n", StringComparison.Ordinal) && !value.Text.EndsWith("\n\n", StringComparison.Ordinal) && !_canonical && _random.Next(2) == 0
                && value.Text.Split('\n').All(l => l.Length == 0 || l[0] != ' '))
            {
                _lines.Add(prefix + " |");
                foreach (var line in value.Text.Substring(0, value.Text.Length - 1).Split('\n'))
                {
                    _lines.Add(line.Length == 0 ? string.Empty : new string(' ', indent + 2) + line);
                }

                return;
            }

            _lines.Add(prefix + " " + Scalar(value, flow: false));
        }

        // Every leaf on its own line with its whole dotted path.
        private void WriteFlat(SNode map, string prefix, string path)
        {
            foreach (var e in map.Map!)
            {
                var key = prefix + "." + e.Key;
                if (e.Value.Map != null && e.Value.Map.Count > 0)
                {
                    Lines[path + "/" + e.Key] = _lines.Count + 1;
                    WriteFlat(e.Value, key, path + "/" + e.Key);
                }
                else
                {
                    Lines[path + "/" + e.Key] = _lines.Count + 1;
                    _lines.Add(key + ": " + (e.Value.Map != null ? "{}" : Scalar(e.Value, flow: false)));
                }
            }
        }

        private void WriteFlatUnder(SNode map, string prefix, int indent, string path)
        {
            Lines[path] = _lines.Count + 1;
            foreach (var e in map.Map!)
            {
                if (e.Value.Map != null)
                {
                    WriteEntry(prefix + "." + e.Key, e.Value, indent, path + "/" + e.Key);
                }
                else
                {
                    Lines[path + "/" + e.Key] = _lines.Count + 1;
                    _lines.Add(new string(' ', indent) + prefix + "." + e.Key + ": " + Scalar(e.Value, flow: false));
                }
            }
        }

        private string Flow(SNode node) => node.Map != null
            ? "{" + string.Join(", ", node.Map.Select(e => Key(e.Key, flow: true) + ": " + Flow(e.Value))) + "}"
            : Scalar(node, flow: true);

        private string Key(string key, bool flow) => IsSafePlain(key, flow) && (_canonical || _random.Next(4) != 0) ? key : Quoted(key);

        private string Scalar(SNode leaf, bool flow)
        {
            var text = leaf.Text!;
            if (leaf.Plain && CoreSchema.Resolve(text, true, null) != ScalarKind.String)
            {
                return text.Length == 0 ? "~" : text;
            }

            if (_canonical)
            {
                return IsSafePlain(text, flow) ? text : Quoted(text, single: false);
            }

            switch (_random.Next(3))
            {
                case 0 when IsSafePlain(text, flow):
                    return text;
                case 1 when !text.Contains('\n'):
                    return Quoted(text, single: true);
                default:
                    return Quoted(text, single: false);
            }
        }

        private string Quoted(string text) => Quoted(text, single: !text.Contains('\n') && _random.Next(2) == 0);

        private static string Quoted(string text, bool single)
        {
            if (single)
            {
                return "'" + text.Replace("'", "''") + "'";
            }

            var escaped = new StringBuilder("\"");
            foreach (var c in text)
            {
                switch (c)
                {
                    case '"': escaped.Append("\\\""); break;
                    case '\\': escaped.Append("\\\\"); break;
                    case '\n': escaped.Append("\\n"); break;
                    case '\t': escaped.Append("\\t"); break;
                    default: escaped.Append(c); break;
                }
            }

            return escaped.Append('"').ToString();
        }

        public static bool IsSafePlain(string text, bool flow)
        {
            if (text.Length == 0 || text.Trim() != text || text.Contains('\n') || text.Contains('\t') || CoreSchema.Resolve(text, true, null) != ScalarKind.String)
            {
                return false;
            }

            if ("-?:,[]{}#&*!|>'\"%@`".IndexOf(text[0]) >= 0 || text.Contains(": ") || text.Contains(" #") || text.EndsWith(":", StringComparison.Ordinal))
            {
                return false;
            }

            return !flow || text.IndexOfAny(new[] { ',', '[', ']', '{', '}' }) < 0;
        }
    }
}

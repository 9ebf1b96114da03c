using System;
using System.Collections.Generic;
using System.Linq;
using KibanaConnectors.LanguageServer.Protocol;
using KibanaConnectors.Rules.Model;
using KibanaConnectors.Rules.Reading;

namespace KibanaConnectors.LanguageServer.Features
{
    /// <summary>
    /// Where the cursor is in a settings file, read from the lines and their indentation, so that it works while the
    /// file is half typed and does not parse: the path of keys down to the cursor (dotted keys split as Kibana splits
    /// them), and whether the cursor is on a key or on a value. Block style only; inside a flow map it gives up.
    /// </summary>
    internal sealed class YamlContext
    {
        // Where a deployment file's settings start (docs/kubernetes.md): an ECK resource's spec.config, a kibana chart's
        // kibanaConfig.kibana.yml (a block whose lines are the settings file's), eck-stack's eck-kibana(.spec).config.
        private static readonly string[][] s_settingsRoots =
        {
            new[] { "spec", "config" },
            new[] { "kibanaConfig", "kibana", "yml" },
            new[] { "eck-kibana", "spec", "config" },
            new[] { "eck-kibana", "config" },
        };

        private YamlContext(List<string> path, bool onKey, string key, int keyStart, string value, int valueStart, int indent, int line)
        {
            Path = path;
            OnKey = onKey;
            Key = key;
            KeyStart = keyStart;
            Value = value;
            ValueStart = valueStart;
            Indent = indent;
            Line = line;
        }

        /// <summary>The keys from the root to the cursor's key (its parts included), e.g. xpack, actions, preconfigured, my-hook, config, url.</summary>
        public List<string> Path { get; }

        /// <summary>The cursor is on the key of its line (or on a line with a key only partly typed).</summary>
        public bool OnKey { get; }

        /// <summary>The key of the cursor's line as written (empty on a blank line).</summary>
        public string Key { get; }

        public int KeyStart { get; }

        /// <summary>The value after the colon as written, without a comment.</summary>
        public string Value { get; }

        public int ValueStart { get; }

        /// <summary>The indentation of the cursor's line (or where the cursor is, on a blank line).</summary>
        public int Indent { get; }

        public int Line { get; }

        /// <summary>The connector id, when the path goes through xpack.actions.preconfigured.&lt;id&gt;.</summary>
        public string? ConnectorId => Depth(4) && IsPreconfigured ? Path[3] : null;

        /// <summary>The path below the connector: entry key, then field, then nested keys.</summary>
        public IReadOnlyList<string> InConnector => ConnectorId == null ? Array.Empty<string>() : Path.Skip(4).ToList();

        /// <summary>The path is xpack.actions.preconfigured (and the cursor is on or below it).</summary>
        public bool IsPreconfigured => Depth(3) && Path[0] == "xpack" && Path[1] == "actions" && Path[2] == "preconfigured";

        private bool Depth(int count) => Path.Count >= count;

        public static YamlContext? At(DocumentLines lines, int line, int character)
        {
            if (line < 0 || line >= lines.LineCount)
            {
                return null;
            }

            var text = lines.Line(line);
            var indent = text.Length - text.TrimStart(' ').Length;
            var blank = text.Trim().Length == 0;
            if (blank)
            {
                indent = Math.Min(character, text.Length);
            }

            var content = blank ? string.Empty : StripComment(text.Substring(indent));
            var isItem = content.StartsWith("- ", StringComparison.Ordinal) || content == "-";
            if (isItem)
            {
                // A list item: its own keys sit two columns in.
                indent += 2;
                content = content.Length > 2 ? content.Substring(2) : string.Empty;
            }

            if (content.StartsWith("{", StringComparison.Ordinal) || content.StartsWith("[", StringComparison.Ordinal))
            {
                return null;
            }

            var colon = KeyEnd(content);
            string key;
            string value;
            int valueStart;
            if (colon < 0)
            {
                key = content;
                value = string.Empty;
                valueStart = indent + content.Length;
            }
            else
            {
                key = content.Substring(0, colon).TrimEnd();
                var rest = content.Substring(colon + 1);
                value = rest.Trim();
                valueStart = indent + colon + 1 + (rest.Length - rest.TrimStart().Length);
            }

            var onKey = colon < 0 || character <= indent + colon;
            var path = Parents(lines, line, indent);
            foreach (var part in Unquote(key).Length == 0 ? Enumerable.Empty<string>() : KibanaSettingsReader.SplitKey(Unquote(key)).Select(p => p.Part))
            {
                path.Add(part);
            }

            // Paths in a deployment file are the settings' own, below the keys that hold them.
            if (Shapes.Detect(lines.Text) != SettingsShape.Settings
                && s_settingsRoots.FirstOrDefault(root => path.Count > root.Length && path.Take(root.Length).SequenceEqual(root)) is string[] settingsRoot)
            {
                path.RemoveRange(0, settingsRoot.Length);
            }

            return new YamlContext(path, onKey, Unquote(key), indent, Unquote(value), valueStart, indent, line);
        }

        // The keys of the lines above that open the blocks the line sits in.
        private static List<string> Parents(DocumentLines lines, int line, int indent)
        {
            var parents = new List<List<string>>();
            var limit = indent;
            for (var above = line - 1; above >= 0 && limit > 0; above--)
            {
                var text = lines.Line(above);
                var trimmed = text.TrimStart(' ');
                if (trimmed.Length == 0 || trimmed.StartsWith("#", StringComparison.Ordinal))
                {
                    continue;
                }

                var own = text.Length - trimmed.Length;
                var content = StripComment(trimmed);
                if (content.StartsWith("- ", StringComparison.Ordinal))
                {
                    own += 2;
                    content = content.Substring(2);
                }

                if (own >= limit)
                {
                    continue;
                }

                var colon = KeyEnd(content);
                if (colon > 0)
                {
                    parents.Add(KibanaSettingsReader.SplitKey(Unquote(content.Substring(0, colon).TrimEnd())).Select(p => p.Part).ToList());
                }

                limit = own;
            }

            parents.Reverse();
            return parents.SelectMany(p => p).ToList();
        }

        // Where a key's colon is: the first ': ' or a final ':' outside quotes.
        private static int KeyEnd(string content)
        {
            var quote = '\0';
            for (var i = 0; i < content.Length; i++)
            {
                var c = content[i];
                if (quote != '\0')
                {
                    if (c == quote)
                    {
                        quote = '\0';
                    }

                    continue;
                }

                if ((c == '\'' || c == '"') && i == 0)
                {
                    quote = c;
                }
                else if (c == ':' && (i + 1 == content.Length || content[i + 1] == ' ' || content[i + 1] == '\t'))
                {
                    return i;
                }
            }

            return -1;
        }

        private static string StripComment(string content)
        {
            var hash = content.IndexOf(" #", StringComparison.Ordinal);
            return (hash >= 0 ? content.Substring(0, hash) : content).TrimEnd();
        }

        private static string Unquote(string text) =>
            text.Length >= 2 && (text[0] == '\'' || text[0] == '"') && text[text.Length - 1] == text[0] ? text.Substring(1, text.Length - 2) : text;
    }
}

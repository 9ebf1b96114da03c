using System;
using System.Collections.Generic;
using System.Linq;
using KibanaConnectors.Rules.Common;
using KibanaConnectors.Rules.Model;

namespace KibanaConnectors.Rules.Reading
{
    /// <summary>
    /// Where a settings file writes secret values, so that a front end that shows a line of the file (the CLI's
    /// excerpts) can mask them. Every value under a key <c>secrets</c>, at any depth and in any spelling
    /// (<c>secrets:</c>, <c>pd.secrets.routingKey:</c>), is a secret here: masking one value too many costs nothing.
    /// </summary>
    internal static class SecretValues
    {
        private const string Key = "secrets";

        /// <summary>
        /// Character ranges (start inclusive, end exclusive) of the secret values of <paramref name="text"/>, a file of the
        /// shape <paramref name="shape"/> names (null: told by the content). In a deployment file, the values of its
        /// Kubernetes Secrets are secret too. The file is read as the checks read it: with the reader of the selected
        /// Kibana release (<see cref="ReadOptions.KibanaVersion"/>) and the merge-key option, so that what the checks
        /// call a secret is what is masked.
        /// </summary>
        public static List<(int Start, int End)> Find(string text, ReadOptions options, string? shape = null)
        {
            var applyMergeKeys = options.ApplyMergeKeys;
            var read = SettingsShapes.Parse(shape) is SettingsShape given && given != SettingsShape.Auto ? given : Shapes.Detect(text);
            if (read != SettingsShape.Settings)
            {
                return InDeploymentFile(text, read, options);
            }

            var ranges = new List<(int, int)>();
            var (yaml, problems) = YamlDocumentReader.Read(text, options.KibanaVersion.Reader, applyMergeKeys);
            var conflicts = 0;
            if (problems.Count == 0)
            {
                var (root, settingsConflicts) = KibanaSettingsReader.Read(yaml);
                conflicts = settingsConflicts.Count;
                if (root != null)
                {
                    Walk(root, inSecrets: false, ranges);
                }
            }

            // A file the reader could not turn into settings (broken YAML, a key twice, a setting in two spellings)
            // still has its lines shown: find its secrets by indentation instead, which masks more but misses none
            // that are written as blocks or on one line.
            if (problems.Count > 0 || conflicts > 0)
            {
                ByIndentation(text, ranges, new[] { Key });
            }

            return ranges;
        }

        // The values of the file's Secrets, and the secrets of each settings root; by indentation where a part does not read.
        private static List<(int Start, int End)> InDeploymentFile(string text, SettingsShape shape, ReadOptions options)
        {
            var ranges = new List<(int, int)>();
            var file = DeploymentFiles.Read(string.Empty, text, shape, options, default);
            if (file.YamlProblems.Count > 0)
            {
                ByIndentation(text, ranges, SecretDataKeys);
                return ranges;
            }

            ranges.AddRange(file.SecretValues.Select(s => (s.Start, s.End)));
            foreach (var root in file.Roots)
            {
                var (settings, conflicts) = root.Problems.Count == 0 ? KibanaSettingsReader.Read(root.Yaml) : (null, Array.Empty<SettingsConflict>());
                if (settings != null)
                {
                    Walk(settings, inSecrets: false, ranges);
                }

                if (root.Problems.Count > 0 || conflicts.Count > 0)
                {
                    ByIndentation(text, ranges, SecretDataKeys);
                }
            }

            return ranges;
        }

        // A Secret's data and stringData hold values, whatever the file's shape.
        private static readonly string[] SecretDataKeys = { Key, "data", "stringData" };

        private static void Walk(SettingsNode node, bool inSecrets, List<(int, int)> ranges)
        {
            switch (node)
            {
                case SettingsScalar scalar when inSecrets:
                    ranges.Add((scalar.Span.Start, scalar.Span.End));
                    break;
                case SettingsList list:
                    foreach (var item in list.Items)
                    {
                        Walk(item, inSecrets, ranges);
                    }

                    break;
                case SettingsMap map:
                    foreach (var entry in map.Entries)
                    {
                        Walk(entry.Value, inSecrets || entry.Key == Key, ranges);
                    }

                    break;
            }
        }

        // Line by line: a line under a 'secrets' key (by indentation), or whose key has a part 'secrets', has its value
        // masked; a line inside such a block without a key of its own (a list item, a block scalar) is masked whole.
        private static void ByIndentation(string text, List<(int, int)> ranges, string[] keys)
        {
            var blocks = new List<(int Indent, bool Secrets)>();
            foreach (var (start, length) in TextLines.Split(text))
            {
                var indent = 0;
                while (indent < length && text[start + indent] == ' ')
                {
                    indent++;
                }

                if (indent == length || text[start + indent] == '#')
                {
                    continue;
                }

                while (blocks.Count > 0 && blocks[blocks.Count - 1].Indent >= indent)
                {
                    blocks.RemoveAt(blocks.Count - 1);
                }

                var inSecrets = blocks.Any(b => b.Secrets);
                var content = text.Substring(start + indent, length - indent);
                var colon = KeyEnd(content);
                if (colon < 0)
                {
                    if (inSecrets)
                    {
                        ranges.Add((start + indent, start + length));
                    }

                    continue;
                }

                var key = content.Substring(0, colon).TrimStart('-', ' ').Trim('\'', '"', ' ');
                var secrets = inSecrets || key.Split('.').Any(part => keys.Contains(part.Trim('[', ']')));
                if (secrets && colon + 1 < content.Length)
                {
                    ranges.Add((start + indent + colon + 1, start + length));
                }

                blocks.Add((indent, secrets));
            }
        }

        // Where a line's key ends: the first ':' followed by a space or the end of the line, outside quotes; -1 for none.
        private static int KeyEnd(string content)
        {
            var quote = '\0';
            for (var i = 0; i < content.Length; i++)
            {
                var c = content[i];
                if (quote != '\0')
                {
                    quote = c == quote ? '\0' : quote;
                }
                else if (c == '\'' || c == '"')
                {
                    quote = c;
                }
                else if (c == '{' || c == '[')
                {
                    return -1;
                }
                else if (c == ':' && (i + 1 == content.Length || content[i + 1] == ' ' || content[i + 1] == '\t'))
                {
                    return i;
                }
            }

            return -1;
        }
    }
}

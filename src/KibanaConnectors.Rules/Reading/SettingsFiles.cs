using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using KibanaConnectors.Rules.Common;
using KibanaConnectors.Rules.Model;

namespace KibanaConnectors.Rules.Reading
{
    /// <summary>Which files are Kibana settings files by their name, and how a keystore list file is read.</summary>
    internal static class SettingsFiles
    {
        /// <summary><c>kibana.yml</c>, <c>kibana.yaml</c>, <c>*.connectors.yml</c> or <c>*.connectors.yaml</c>, in any case.</summary>
        public static bool HasConventionalName(string path)
        {
            var name = Path.GetFileName(path);
            return string.Equals(name, "kibana.yml", StringComparison.OrdinalIgnoreCase)
                || string.Equals(name, "kibana.yaml", StringComparison.OrdinalIgnoreCase)
                || name.EndsWith(".connectors.yml", StringComparison.OrdinalIgnoreCase)
                || name.EndsWith(".connectors.yaml", StringComparison.OrdinalIgnoreCase);
        }

        /// <summary>
        /// The text Kibana reads from a settings file: its bytes decoded as UTF-8 whatever byte order mark they start with,
        /// as <c>readFileSync(path, 'utf8')</c> does (a UTF-16 file becomes unreadable text there, and here).
        /// </summary>
        public static string AsKibanaReads(byte[] bytes) => new System.Text.UTF8Encoding(false, false).GetString(bytes);

        /// <summary>
        /// The same for text the host has already decoded with <paramref name="encoding"/> (Roslyn follows a byte order
        /// mark, or falls back to a code page for bytes that are not UTF-8): back to those bytes, then as Kibana decodes them.
        /// </summary>
        public static string? AsKibanaReads(string? text, System.Text.Encoding? encoding)
        {
            if (text == null || encoding == null || encoding.CodePage == 65001)
            {
                return text;
            }

            var preamble = encoding.GetPreamble();
            var body = encoding.GetBytes(text);
            var bytes = new byte[preamble.Length + body.Length];
            preamble.CopyTo(bytes, 0);
            body.CopyTo(bytes, preamble.Length);
            return AsKibanaReads(bytes);
        }

        /// <summary>The setting keys of a keystore list (the output of <c>kibana-keystore list</c>): one per line; blank lines and lines starting with '#' are skipped.</summary>
        public static string[] KeystoreKeys(string? text)
        {
            if (text == null)
            {
                return Array.Empty<string>();
            }

            var keys = new List<string>();
            foreach (var line in text.Split('\n'))
            {
                var key = line.Trim();
                if (key.Length > 0 && key[0] != '#')
                {
                    keys.Add(key);
                }
            }

            return keys.ToArray();
        }

        /// <summary>
        /// A keystore file: the key list of <c>kibana-keystore list</c>, or a Kubernetes manifest whose <c>Secret</c>s Kibana
        /// resources name in <c>spec.secureSettings</c> (told by a line that starts with <c>kind:</c>). Names only: a
        /// Secret's values are never kept.
        /// </summary>
        public static KeystoreFile Keystore(string? text)
        {
            if (text == null || Shapes.Detect(text) != SettingsShape.Eck)
            {
                return new KeystoreFile(KeystoreKeys(text).ToEquatableArray(), EquatableArray<KubernetesSecret>.Empty);
            }

            // A manifest that does not read gives no Secrets: the settings files that need them say what is missing.
            var (documents, _) = YamlDocumentReader.ReadManifest(text);
            return new KeystoreFile(EquatableArray<string>.Empty, KubernetesObjects.Secrets(documents).ToEquatableArray());
        }

        /// <summary>The keys of all of a project's keystore lists, once each and sorted, as <c>ReadOptions.Keystore</c> wants them.</summary>
        public static EquatableArray<string> KeystoreSet(IEnumerable<string> keys) =>
            keys.Distinct().OrderBy(k => k, StringComparer.Ordinal).ToEquatableArray();
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using KibanaConnectors.Rules.Common;

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

        /// <summary>The keys of all of a project's keystore lists, once each and sorted, as <c>ReadOptions.Keystore</c> wants them.</summary>
        public static EquatableArray<string> KeystoreSet(IEnumerable<string> keys) =>
            keys.Distinct().OrderBy(k => k, StringComparer.Ordinal).ToEquatableArray();
    }
}

using System;
using System.IO;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KibanaConnectors.Generator
{
    /// <summary>Which AdditionalFiles are Kibana settings files.</summary>
    internal static class ConnectorFiles
    {
        public const string MetadataKey = "build_metadata.AdditionalFiles.KibanaConnectorsFile";

        /// <summary><c>kibana.yml</c>, <c>kibana.yaml</c>, <c>*.connectors.yml</c>, <c>*.connectors.yaml</c>, or a file the project marked.</summary>
        public static bool IsConnectorFile(string path, AnalyzerConfigOptions options)
        {
            var name = Path.GetFileName(path);
            if (string.Equals(name, "kibana.yml", StringComparison.OrdinalIgnoreCase)
                || string.Equals(name, "kibana.yaml", StringComparison.OrdinalIgnoreCase)
                || name.EndsWith(".connectors.yml", StringComparison.OrdinalIgnoreCase)
                || name.EndsWith(".connectors.yaml", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            return options.TryGetValue(MetadataKey, out var marked) && string.Equals(marked, "true", StringComparison.OrdinalIgnoreCase);
        }

        /// <summary>A <c>&lt;KibanaConnectorsKeystore&gt;</c> file: the output of <c>kibana-keystore list</c>, one setting key per line.</summary>
        public static bool IsKeystoreFile(AnalyzerConfigOptions options) =>
            options.TryGetValue(MetadataKey, out var marked) && string.Equals(marked, "keystore", StringComparison.OrdinalIgnoreCase);

        /// <summary>The keys of all the project's keystore lists, once each and sorted, as <see cref="Validation.ReadOptions.Keystore"/> wants them.</summary>
        public static Model.EquatableArray<string> KeystoreSet(System.Collections.Generic.IEnumerable<string> keys) =>
            Model.EquatableArray.ToEquatableArray(System.Linq.Enumerable.OrderBy(System.Linq.Enumerable.Distinct(keys), k => k, StringComparer.Ordinal));

        /// <summary>The setting keys of a keystore list: one per line; blank lines and lines starting with '#' are skipped.</summary>
        public static string[] KeystoreKeys(string? text)
        {
            if (text == null)
            {
                return Array.Empty<string>();
            }

            var keys = new System.Collections.Generic.List<string>();
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
    }
}

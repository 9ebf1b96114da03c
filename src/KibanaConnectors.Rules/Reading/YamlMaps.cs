using KibanaConnectors.Rules.Common;

namespace KibanaConnectors.Rules.Reading
{
    /// <summary>
    /// Lookups in YAML maps as written (keys taken whole, not split at dots as Kibana's settings are): what Kubernetes
    /// objects and Helm values are read with.
    /// </summary>
    internal static class YamlMaps
    {
        /// <summary>The entry of <paramref name="key"/> in <paramref name="node"/> when it is a map; null otherwise.</summary>
        public static YamlEntry? Entry(YamlNode? node, string key)
        {
            if (!(node?.Target is YamlMapping map))
            {
                return null;
            }

            foreach (var entry in map.Entries)
            {
                if (entry.Key == key)
                {
                    return entry;
                }
            }

            return null;
        }

        /// <summary>The value of <paramref name="key"/> (what an alias stands for), or null.</summary>
        public static YamlNode? Get(YamlNode? node, string key) => Entry(node, key)?.Value.Target;

        /// <summary>The text of a scalar value; null when the key is missing, or its value is not a scalar.</summary>
        public static string? Text(YamlNode? node, string key) => Get(node, key) is YamlScalar { Kind: not ScalarKind.Null } scalar ? scalar.Value : null;

        /// <summary>A value Go's templates and Kubernetes take as set: not missing, not null, not an empty map, list or text.</summary>
        public static bool IsSet(YamlNode? value) => value?.Target switch
        {
            null => false,
            YamlScalar scalar => scalar.Kind != ScalarKind.Null && scalar.Value.Length > 0,
            YamlMapping map => map.Entries.Count > 0,
            YamlSequence list => list.Items.Count > 0,
            _ => true,
        };

        /// <summary>Where <paramref name="key"/> was written in <paramref name="node"/>, or <paramref name="otherwise"/>.</summary>
        public static SourceSpan KeySpan(YamlNode? node, string key, SourceSpan otherwise) => Entry(node, key)?.KeySpan ?? otherwise;
    }
}

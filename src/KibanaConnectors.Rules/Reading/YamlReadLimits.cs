namespace KibanaConnectors.Rules.Reading
{
    /// <summary>The bounds beyond which a settings file is not read (KC0008). Documented in docs/diagnostics/KC0008.md.</summary>
    internal static class YamlReadLimits
    {
        /// <summary>Largest file read, in characters (8 MiB). A real kibana.yml is a few kilobytes.</summary>
        public const int MaxCharacters = 8 * 1024 * 1024;

        /// <summary>Deepest nesting of maps and lists.</summary>
        public const int MaxDepth = 64;

        /// <summary>Most uses of one anchor, as in Kibana's YAML reader (the <c>yaml</c> package's <c>maxAliasCount</c>).</summary>
        public const int MaxAliasUses = 100;

        /// <summary>Most nodes after aliases are expanded: stops exponential "billion laughs" documents.</summary>
        public const int MaxExpandedNodes = 1_000_000;
    }
}

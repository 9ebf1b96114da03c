namespace KibanaConnectors.Generator
{
    /// <summary>Names of the generator's pipeline steps, which incrementality tests read (by reflection, so a new one is tested too).</summary>
    internal static class TrackingNames
    {
        public const string Options = nameof(Options);
        public const string SettingsFiles = nameof(SettingsFiles);
        public const string Keystore = nameof(Keystore);
        public const string ReadOptions = nameof(ReadOptions);
        public const string ParsedFiles = nameof(ParsedFiles);
        public const string AllFiles = nameof(AllFiles);
        public const string ConnectorSet = nameof(ConnectorSet);
    }
}

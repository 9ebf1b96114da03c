namespace KibanaConnectors.Rules.Catalogue
{
    /// <summary>How Kibana's keystore names the secrets of preconfigured connectors.</summary>
    internal static class ConnectorsKeystore
    {
        public const string Prefix = "xpack.actions.preconfigured.";

        /// <summary>The keystore setting of one secret: <c>xpack.actions.preconfigured.&lt;id&gt;.secrets.&lt;field&gt;</c>.</summary>
        public static string Key(string id, string field) => Prefix + id + ".secrets." + field;
    }
}

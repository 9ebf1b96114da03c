namespace KibanaConnectors.Rules.Catalogue
{
    /// <summary>The connectors Kibana adds without a preconfigured entry, as Kibana names them.</summary>
    internal static class BuiltInConnectorIds
    {
        /// <summary>Added by <c>xpack.actions.preconfiguredAlertHistoryEsIndex: true</c>; the id is reserved (KC0006).</summary>
        public const string AlertHistory = "preconfigured-alert-history-es-index";

        public const string AlertHistoryName = "Alert history Elasticsearch index";

        /// <summary>The index the alert history connector writes to.</summary>
        public const string AlertHistoryIndex = "kibana-alert-history-default";

        /// <summary>The email connector Elastic Cloud adds to every deployment.</summary>
        public const string ElasticCloudSmtp = "Elastic-Cloud-SMTP";
    }
}

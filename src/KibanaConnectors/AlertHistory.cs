using System;

namespace KibanaConnectors
{
    /// <summary>
    /// Kibana's alert history connector, which <c>xpack.actions.preconfiguredAlertHistoryEsIndex: true</c> adds: an
    /// <c>.index</c> connector that writes alert documents to <see cref="DefaultIndex"/>.
    /// </summary>
    public static class AlertHistory
    {
        /// <summary>The connector's id, which no preconfigured connector may take.</summary>
        public const string ConnectorId = "preconfigured-alert-history-es-index";

        /// <summary>The connector's name.</summary>
        public const string ConnectorName = "Alert history Elasticsearch index";

        /// <summary>Where documents go unless an action names another index.</summary>
        public const string DefaultIndex = "kibana-alert-history-default";

        /// <summary>The start every index an action names must have, so that Kibana's alert history index template applies.</summary>
        public const string IndexPrefix = "kibana-alert-history-";

        /// <summary>True when <paramref name="index"/> may be named in an action of this connector.</summary>
        /// <param name="index">The index the action writes to.</param>
        public static bool IsValidIndex(string? index) =>
            index != null && index.Length > IndexPrefix.Length && index.StartsWith(IndexPrefix, StringComparison.Ordinal);

        /// <summary>Returns <paramref name="index"/> when it may be named in an action of this connector; throws otherwise.</summary>
        /// <param name="index">The index the action writes to.</param>
        /// <exception cref="ArgumentException">The index does not start with <see cref="IndexPrefix"/>.</exception>
        public static string CheckIndex(string index) =>
            IsValidIndex(index)
                ? index
                : throw new ArgumentException($"The alert history connector writes only to indices whose names start with '{IndexPrefix}' (Kibana's alert history index template); '{index}' does not. Use, for example, '{IndexPrefix}ops'.", nameof(index));
    }
}

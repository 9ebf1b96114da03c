using System.Collections.Generic;
using KibanaConnectors.Rules.Catalogue.Types;
using KibanaConnectors.Rules.Catalogue;
using KibanaConnectors.Rules.Common;
using KibanaConnectors.Rules.Model;

namespace KibanaConnectors.Rules.Set
{
    /// <summary>The connectors Kibana adds without a preconfigured entry.</summary>
    internal static class BuiltInConnectors
    {
        /// <summary>The alert history index connector, added when <c>xpack.actions.preconfiguredAlertHistoryEsIndex</c> is true in <paramref name="filePath"/>.</summary>
        public static ConnectorModel AlertHistory(string filePath, SourceSpan setting) =>
            new ConnectorModel(BuiltInConnectorIds.AlertHistory, BuiltInConnectorIds.AlertHistoryName, ".index", ExposeConfig: false, filePath, setting, IsValid: true,
                Map(("index", ValueNode.Scalar(ValueKind.String, BuiltInConnectorIds.AlertHistoryIndex))), ValueNode.EmptyMap)
            {
                TypeSpan = setting,
                BuiltInBy = $"xpack.actions.preconfiguredAlertHistoryEsIndex is true in {System.IO.Path.GetFileName(filePath)} line {setting.DisplayLine}",
            };

        /// <summary>
        /// The email connector Elastic Cloud adds to every deployment: its relay at dockerhost:10025, without TLS or a login.
        /// Elastic Cloud sets the sender itself; it is not public, so <c>from</c> is left empty.
        /// </summary>
        public static ConnectorModel ElasticCloudSmtp() =>
            new ConnectorModel(BuiltInConnectorIds.ElasticCloudSmtp, BuiltInConnectorIds.ElasticCloudSmtp, ".email", ExposeConfig: false, string.Empty, SourceSpan.None, IsValid: true,
                Map(
                    ("from", ValueNode.Scalar(ValueKind.String, string.Empty)),
                    ("service", ValueNode.Scalar(ValueKind.String, EmailType.ElasticCloud)),
                    ("host", ValueNode.Scalar(ValueKind.String, "dockerhost")),
                    ("port", ValueNode.Scalar(ValueKind.Integer, "10025")),
                    ("secure", ValueNode.Scalar(ValueKind.Boolean, "false")),
                    ("hasAuth", ValueNode.Scalar(ValueKind.Boolean, "false"))),
                ValueNode.EmptyMap)
            {
                BuiltInBy = "Elastic Cloud adds it to every deployment; KibanaConnectorsElasticCloud is true",
            };

        private static ValueNode Map(params (string Key, ValueNode Value)[] entries)
        {
            var list = new List<ValueEntry>();
            foreach (var (key, value) in entries)
            {
                list.Add(new ValueEntry(key, value));
            }

            return ValueNode.Map(list.ToEquatableArray());
        }
    }
}

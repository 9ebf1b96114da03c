using System.Collections.Generic;
using System.Linq;
using System;
using KibanaConnectors.Rules.Catalogue.Types;

namespace KibanaConnectors.Rules.Catalogue
{
    /// <summary>The connector types known field by field. Adding one: a file in Types/, a line here, a runtime class.</summary>
    internal static class ConnectorCatalogue
    {
        public static IReadOnlyList<ConnectorTypeSpec> All { get; } = new[]
        {
            BedrockType.Spec,
            CasesWebhookType.Spec,
            D3SecurityType.Spec,
            EmailType.Spec,
            GenAiType.Spec,
            IndexType.Spec,
            JiraType.Spec,
            OpsgenieType.Spec,
            PagerDutyType.Spec,
            ResilientType.Spec,
            ServerLogType.Spec,
            ServiceNowTypes.Itsm,
            ServiceNowTypes.Sir,
            ServiceNowTypes.Itom,
            SlackType.Spec,
            SlackApiType.Spec,
            SwimlaneType.Spec,
            TeamsType.Spec,
            TinesType.Spec,
            TorqType.Spec,
            WebhookType.Spec,
            XMattersType.Spec,
        };

        private static readonly Dictionary<string, ConnectorTypeSpec> s_byId = All.ToDictionary(s => s.ActionTypeId, StringComparer.Ordinal);

        public static ConnectorTypeSpec? Find(string actionTypeId) => s_byId.TryGetValue(actionTypeId, out var spec) ? spec : null;
    }
}

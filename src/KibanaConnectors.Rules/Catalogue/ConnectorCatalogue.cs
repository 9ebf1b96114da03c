using System.Collections.Generic;
using System.Linq;
using System;
using KibanaConnectors.Rules.Catalogue.Types;

namespace KibanaConnectors.Rules.Catalogue
{
    /// <summary>The connector types known field by field. Adding one: a file in Types/, a line here, a runtime class.</summary>
    internal static class ConnectorCatalogue
    {
        // Each type's spec is built the first time it is asked for: a check of a file that uses four types does not
        // pay (in JIT time, at a command-line tool's start) for building the other eighteen. The ids here are the
        // specs' own, which a test holds.
        private static readonly Dictionary<string, Func<ConnectorTypeSpec>> s_byId = new Dictionary<string, Func<ConnectorTypeSpec>>(StringComparer.Ordinal)
        {
            [".bedrock"] = () => BedrockType.Spec,
            [".cases-webhook"] = () => CasesWebhookType.Spec,
            [".crowdstrike"] = () => CrowdStrikeType.Spec,
            [".d3security"] = () => D3SecurityType.Spec,
            [".email"] = () => EmailType.Spec,
            [".gemini"] = () => GeminiType.Spec,
            [".gen-ai"] = () => GenAiType.Spec,
            [".index"] = () => IndexType.Spec,
            [".inference"] = () => InferenceType.Spec,
            [".jira"] = () => JiraType.Spec,
            [".jira-service-management"] = () => JiraServiceManagementType.Spec,
            [".mcp"] = () => McpType.Spec,
            [".microsoft_defender_endpoint"] = () => MicrosoftDefenderEndpointType.Spec,
            [".opsgenie"] = () => OpsgenieType.Spec,
            [".pagerduty"] = () => PagerDutyType.Spec,
            [".resilient"] = () => ResilientType.Spec,
            [".sentinelone"] = () => SentinelOneType.Spec,
            [".server-log"] = () => ServerLogType.Spec,
            [".servicenow"] = () => ServiceNowTypes.Itsm,
            [".servicenow-sir"] = () => ServiceNowTypes.Sir,
            [".servicenow-itom"] = () => ServiceNowTypes.Itom,
            [".slack"] = () => SlackType.Spec,
            [".slack_api"] = () => SlackApiType.Spec,
            [".swimlane"] = () => SwimlaneType.Spec,
            [".teams"] = () => TeamsType.Spec,
            [".thehive"] = () => TheHiveType.Spec,
            [".tines"] = () => TinesType.Spec,
            [".torq"] = () => TorqType.Spec,
            [".webhook"] = () => WebhookType.Spec,
            [".xmatters"] = () => XMattersType.Spec,
            [".xsoar"] = () => XsoarType.Spec,
        };

        private static IReadOnlyList<ConnectorTypeSpec>? s_all;

        /// <summary>Every type, in the order of <see cref="Ids"/> (by id).</summary>
        public static IReadOnlyList<ConnectorTypeSpec> All => s_all ??= s_byId.Values.Select(spec => spec()).ToArray();

        /// <summary>The action type ids the catalogue knows field by field, without building their specs.</summary>
        public static IEnumerable<string> Ids => s_byId.Keys;

        public static ConnectorTypeSpec? Find(string actionTypeId) => s_byId.TryGetValue(actionTypeId, out var spec) ? spec() : null;
    }
}

using KibanaConnectors.Rules.Model;
using static KibanaConnectors.Rules.Catalogue.FieldSpec;

namespace KibanaConnectors.Rules.Catalogue.Types
{
    /// <summary>
    /// <c>.jira-service-management</c>: Jira Service Management alerts, Opsgenie's successor.
    /// kbn-connector-schemas/jira-service-management/schemas/v1.ts (strict config and secrets);
    /// stack_connectors/server/connector_types/jira-service-management/index.ts: platinum, <c>urlAllowListValidator('apiUrl')</c>.
    /// </summary>
    internal static class JiraServiceManagementType
    {
        public static readonly ConnectorTypeSpec Spec = new ConnectorTypeSpec(
            ".jira-service-management",
            "JiraServiceManagement",
            "Creates and closes Jira Service Management alerts, as Opsgenie connectors did.",
            KibanaLicense.Platinum,
            config: new[] { Url("apiUrl", "The Jira Service Management operations API URL, such as https://api.atlassian.com.").AsRequired() },
            secrets: new[] { Text("apiKey", "The API key of a Jira Service Management API integration.").AsRequired() })
        {
            Added = VersionFact.Since(9, 2, "Elastic's kibana-connectors skill (elastic/agent-skills SKILL.md): 'Jira Service Management (9.2+)'"),
        };
    }
}

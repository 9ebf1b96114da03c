using KibanaConnectors.Rules.Model;
using static KibanaConnectors.Rules.Catalogue.FieldSpec;

namespace KibanaConnectors.Rules.Catalogue.Types
{
    /// <summary><c>.jira</c>: Jira.</summary>
    internal static class JiraType
    {
        public static readonly ConnectorTypeSpec Spec = new ConnectorTypeSpec(
            ".jira",
            "Jira",
            "Creates and updates Jira issues.",
            KibanaLicense.Gold,
            config: new[]
            {
                Url("apiUrl", "The Jira instance URL, such as https://example.atlassian.net.").AsRequired(),
                Text("projectKey", "The key of the Jira project issues are created in.").AsRequired(),
            },
            secrets: new[]
            {
                Text("email", "The email address of the Jira account, the user of basic authentication.").AsRequired(),
                Text("apiToken", "The Jira API token of that account, the password of basic authentication.").AsRequired(),
            });
    }
}

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
            KibanaLicense.Gold,
            config: new[] { Url("apiUrl").AsRequired(), Text("projectKey").AsRequired() },
            secrets: new[] { Text("email").AsRequired(), Text("apiToken").AsRequired() });
    }
}

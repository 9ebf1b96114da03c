using KibanaConnectors.Generator.Validation;
using static KibanaConnectors.Generator.Catalogue.FieldSpec;

namespace KibanaConnectors.Generator.Catalogue.Types
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

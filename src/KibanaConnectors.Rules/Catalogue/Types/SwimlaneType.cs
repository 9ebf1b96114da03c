using KibanaConnectors.Rules.Model;
using static KibanaConnectors.Rules.Catalogue.FieldSpec;

namespace KibanaConnectors.Rules.Catalogue.Types
{
    /// <summary><c>.swimlane</c>: Swimlane. <c>connectorType</c> is required, though Kibana's own example leaves it out.</summary>
    internal static class SwimlaneType
    {
        private static readonly ObjectSpec s_mapping = new ObjectSpec(
            "SwimlaneFieldMapping", Text("id").AsRequired(), Text("key").AsRequired(), Text("name").AsRequired(), Text("fieldType").AsRequired());

        public static readonly ConnectorTypeSpec Spec = new ConnectorTypeSpec(
            ".swimlane",
            "Swimlane",
            KibanaLicense.Gold,
            config: new[]
            {
                Url("apiUrl").AsRequired(),
                Text("appId").AsRequired(),
                Enum("connectorType", "SwimlaneConnectorType", "all", "alerts", "cases").AsRequired(),
                Nested("mappings", new ObjectSpec(
                    "SwimlaneMappings",
                    Nested("alertIdConfig", s_mapping),
                    Nested("caseIdConfig", s_mapping),
                    Nested("caseNameConfig", s_mapping),
                    Nested("commentsConfig", s_mapping),
                    Nested("descriptionConfig", s_mapping),
                    Nested("ruleNameConfig", s_mapping),
                    Nested("severityConfig", s_mapping))),
            },
            secrets: new[] { Text("apiToken").AsRequired() });
    }
}

using KibanaConnectors.Rules.Model;
using static KibanaConnectors.Rules.Catalogue.FieldSpec;

namespace KibanaConnectors.Rules.Catalogue.Types
{
    /// <summary><c>.swimlane</c>: Swimlane. <c>connectorType</c> is required, though Kibana's own example leaves it out.</summary>
    internal static class SwimlaneType
    {
        private static readonly ObjectSpec s_mapping = new ObjectSpec(
            "SwimlaneFieldMapping",
            "A field of the Swimlane application that a connector writes one value to.",
            Text("id", "The Swimlane field id.").AsRequired(),
            Text("key", "The Swimlane field key.").AsRequired(),
            Text("name", "The Swimlane field name.").AsRequired(),
            Text("fieldType", "The Swimlane field type, such as text or comments.").AsRequired());

        private static readonly EnumSpec s_connectorType = new EnumSpec(
            "SwimlaneConnectorType",
            "What a Swimlane connector creates records for.",
            ("all", "Alerts and cases."),
            ("alerts", "Alerts only."),
            ("cases", "Cases only."));

        public static readonly ConnectorTypeSpec Spec = new ConnectorTypeSpec(
            ".swimlane",
            "Swimlane",
            "Creates records for alerts or cases in a Swimlane application.",
            KibanaLicense.Gold,
            config: new[]
            {
                Url("apiUrl", "The Swimlane instance URL.").AsRequired(),
                Text("appId", "The id of the Swimlane application records are created in.").AsRequired(),
                Enum("connectorType", "Whether the connector creates records for alerts, cases or both.", s_connectorType).AsRequired(),
                Nested("mappings", "Which Swimlane fields receive the alert and case values.", new ObjectSpec(
                    "SwimlaneMappings",
                    "The Swimlane fields a connector writes alert and case values to.",
                    Nested("alertIdConfig", "The field that receives the alert id.", s_mapping),
                    Nested("caseIdConfig", "The field that receives the case id.", s_mapping),
                    Nested("caseNameConfig", "The field that receives the case name.", s_mapping),
                    Nested("commentsConfig", "The field that receives comments.", s_mapping),
                    Nested("descriptionConfig", "The field that receives the description.", s_mapping),
                    Nested("ruleNameConfig", "The field that receives the rule name.", s_mapping),
                    Nested("severityConfig", "The field that receives the severity.", s_mapping))),
            },
            secrets: new[] { Text("apiToken", "The Swimlane API token.").AsRequired() });
    }
}

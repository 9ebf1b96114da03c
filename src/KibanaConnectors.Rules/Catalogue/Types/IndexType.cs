using KibanaConnectors.Rules.Model;
using static KibanaConnectors.Rules.Catalogue.FieldSpec;

namespace KibanaConnectors.Rules.Catalogue.Types
{
    /// <summary><c>.index</c>: writes documents to an Elasticsearch index; it takes no secrets.</summary>
    internal static class IndexType
    {
        public static readonly ConnectorTypeSpec Spec = new ConnectorTypeSpec(
            ".index",
            "Index",
            KibanaLicense.Basic,
            config: new[] { Text("index").AsRequired(), Boolean("refresh", false), Text("executionTimeField") },
            secrets: System.Array.Empty<FieldSpec>());
    }
}

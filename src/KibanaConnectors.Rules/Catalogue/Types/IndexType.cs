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
            "Writes documents to an Elasticsearch index.",
            KibanaLicense.Basic,
            config: new[]
            {
                Text("index", "The Elasticsearch index (or alias or data stream) documents are written to.").AsRequired(),
                Boolean("refresh", "Whether each write refreshes the index, so the documents are searchable at once.", defaultValue: false),
                Text("executionTimeField", "A document field that gets the time of indexing."),
            },
            secrets: System.Array.Empty<FieldSpec>());
    }
}

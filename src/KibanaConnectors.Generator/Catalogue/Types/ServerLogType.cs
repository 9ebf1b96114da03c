using KibanaConnectors.Generator.Validation;
using static KibanaConnectors.Generator.Catalogue.FieldSpec;

namespace KibanaConnectors.Generator.Catalogue.Types
{
    /// <summary><c>.server-log</c>: writes to the Kibana log; it takes no config and no secrets.</summary>
    internal static class ServerLogType
    {
        public static readonly ConnectorTypeSpec Spec = new ConnectorTypeSpec(
            ".server-log",
            "ServerLog",
            KibanaLicense.Basic,
            config: System.Array.Empty<FieldSpec>(),
            secrets: System.Array.Empty<FieldSpec>());
    }
}

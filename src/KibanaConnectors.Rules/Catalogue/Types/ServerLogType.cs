using KibanaConnectors.Rules.Model;

namespace KibanaConnectors.Rules.Catalogue.Types
{
    /// <summary><c>.server-log</c>: writes to the Kibana log; it takes no config and no secrets.</summary>
    internal static class ServerLogType
    {
        public static readonly ConnectorTypeSpec Spec = new ConnectorTypeSpec(
            ".server-log",
            "ServerLog",
            "Writes a message to the Kibana server log.",
            KibanaLicense.Basic,
            config: System.Array.Empty<FieldSpec>(),
            secrets: System.Array.Empty<FieldSpec>());
    }
}

using System;
using System.IO;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KibanaConnectors.Generator
{
    /// <summary>Which AdditionalFiles are Kibana settings files.</summary>
    internal static class ConnectorFiles
    {
        public const string MetadataKey = "build_metadata.AdditionalFiles.KibanaConnectorsFile";

        /// <summary><c>kibana.yml</c>, <c>kibana.yaml</c>, <c>*.connectors.yml</c>, <c>*.connectors.yaml</c>, or a file the project marked.</summary>
        public static bool IsConnectorFile(string path, AnalyzerConfigOptions options)
        {
            var name = Path.GetFileName(path);
            if (string.Equals(name, "kibana.yml", StringComparison.OrdinalIgnoreCase)
                || string.Equals(name, "kibana.yaml", StringComparison.OrdinalIgnoreCase)
                || name.EndsWith(".connectors.yml", StringComparison.OrdinalIgnoreCase)
                || name.EndsWith(".connectors.yaml", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            return options.TryGetValue(MetadataKey, out var marked) && string.Equals(marked, "true", StringComparison.OrdinalIgnoreCase);
        }
    }
}

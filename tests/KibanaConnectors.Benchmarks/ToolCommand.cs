using System.Diagnostics;

namespace KibanaConnectors.Benchmarks
{
    /// <summary>
    /// How the harnesses start a build of the tool: a <c>kibana-connectors.dll</c> through <c>dotnet</c> (the
    /// framework-dependent tool), anything else as the executable it is (the native tool, or an installed command).
    /// </summary>
    internal static class ToolCommand
    {
        public static ProcessStartInfo For(string tool, params string[] arguments)
        {
            var managed = tool.EndsWith(".dll", System.StringComparison.OrdinalIgnoreCase);
            var start = new ProcessStartInfo(managed ? "dotnet" : tool)
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            if (managed)
            {
                start.ArgumentList.Add(tool);
            }

            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            return start;
        }

        /// <summary>"native" or "framework-dependent", for the tables.</summary>
        public static string Kind(string tool) => tool.EndsWith(".dll", System.StringComparison.OrdinalIgnoreCase) ? "framework-dependent" : "native";
    }
}

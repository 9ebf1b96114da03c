using System;
using System.Diagnostics;
using System.IO;
using Xunit;

namespace KibanaConnectors.Generator.Tests.Differential
{
    /// <summary>
    /// A test that needs Node.js and the packages of tests/Differential: skipped, with how to run it, on a machine
    /// without them; failed instead when KIBANACONNECTORS_REQUIRE_NODE=1 (CI), so a broken setup cannot pass as a skip.
    /// </summary>
    public sealed class NodeFactAttribute : FactAttribute
    {
        public const string RequireVariable = "KIBANACONNECTORS_REQUIRE_NODE";

        private static readonly Lazy<string?> s_missing = new Lazy<string?>(Missing);

        public NodeFactAttribute()
        {
            if (s_missing.Value is string missing && Environment.GetEnvironmentVariable(RequireVariable) != "1")
            {
                Skip = $"{missing}. To run the differential test against Kibana's YAML readers: install Node.js 18 or later, run 'npm ci' in tests/Differential, and run the tests again (set {RequireVariable}=1 to make a missing Node fail instead of skip)";
            }
        }

        /// <summary>What is missing to run the Node oracle, or null when nothing is.</summary>
        public static string? MissingSetup => s_missing.Value;

        public static string ScriptFolder => Path.Combine(GeneratorHarness.RepositoryRoot(), "tests", "Differential");

        private static string? Missing()
        {
            try
            {
                using var node = Process.Start(new ProcessStartInfo("node", "--version") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false });
                node!.WaitForExit(10_000);
                if (node.ExitCode != 0)
                {
                    return "'node --version' failed";
                }
            }
            catch (Exception ex) when (ex is System.ComponentModel.Win32Exception || ex is InvalidOperationException)
            {
                return "Node.js ('node') is not on the PATH";
            }

            return Directory.Exists(Path.Combine(ScriptFolder, "node_modules", "yaml")) && Directory.Exists(Path.Combine(ScriptFolder, "node_modules", "js-yaml-3"))
                ? null
                : "tests/Differential/node_modules is missing (run 'npm ci' there)";
        }
    }
}

using System;
using System.IO;
using Xunit;

namespace KibanaConnectors.Generator.Tests
{
    /// <summary>
    /// Compares generated code with a file kept in Snapshots/. Set KIBANACONNECTORS_UPDATE_SNAPSHOTS=1 to rewrite the
    /// files on purpose, then review the diff like any other change.
    /// </summary>
    internal static class Snapshot
    {
        public const string UpdateVariable = "KIBANACONNECTORS_UPDATE_SNAPSHOTS";

        public static void Match(string name, string actual)
        {
            var path = Path.Combine(GeneratorHarness.RepositoryRoot(), "tests", "KibanaConnectors.Generator.Tests", "Snapshots", name);
            var normalized = actual.Replace("\r\n", "\n");
            if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
            {
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, normalized);
                return;
            }

            Assert.True(File.Exists(path), $"No snapshot {path}; run the tests once with {UpdateVariable}=1 to write it, then review it.");
            var expected = File.ReadAllText(path).Replace("\r\n", "\n");
            if (expected != normalized)
            {
                File.WriteAllText(path + ".received", normalized);
            }

            Assert.True(expected == normalized, $"The generated code differs from {path}; see {path}.received, and set {UpdateVariable}=1 to accept the change.");
        }
    }
}

using System;
using System.Diagnostics;
using System.IO;
using Xunit;

namespace KibanaConnectors.Tests.Node
{
    /// <summary>
    /// A test that runs a Node script of the repository (a real client, a real reader) from a folder under tests/ with
    /// its own package.json. It is skipped, with the way to run it, where Node or that folder's node_modules is missing;
    /// with KIBANACONNECTORS_REQUIRE_NODE=1 (as .ci/run sets) a missing Node fails the test instead.
    /// </summary>
    [AttributeUsage(AttributeTargets.Method)]
    public sealed class NodeFactAttribute : FactAttribute
    {
        public NodeFactAttribute(string folder)
        {
            if (NodeScript.Missing(folder) is string why && Environment.GetEnvironmentVariable(NodeScript.RequireVariable) != "1")
            {
                Skip = why + $"; to run it: (cd {Path.Combine("tests", folder)} && npm ci), then dotnet test (.ci/run does both)";
            }
        }

        /// <summary>A test of a script that needs Node only, no packages (a script under scripts/).</summary>
        public NodeFactAttribute()
        {
            if (NodeScript.NodeMissing() is string why && Environment.GetEnvironmentVariable(NodeScript.RequireVariable) != "1")
            {
                Skip = why + "; install Node 18 or later to run it (.ci/run requires it)";
            }
        }
    }

    internal static class NodeScript
    {
        public const string RequireVariable = "KIBANACONNECTORS_REQUIRE_NODE";

        public static string Folder(string folder) => Path.Combine(RepositoryRoot(), "tests", folder);

        // Shared with the end-to-end tests (linked there), so found from the test binaries here.
        private static string RepositoryRoot()
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir != null && !File.Exists(Path.Combine(dir.FullName, "Generator.sln")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("Generator.sln not found above " + AppContext.BaseDirectory);
        }

        /// <summary>Why the folder's scripts cannot run here; null when they can.</summary>
        public static string? Missing(string folder)
        {
            if (!Directory.Exists(Path.Combine(Folder(folder), "node_modules")))
            {
                return $"tests/{folder}/node_modules is missing";
            }

            return NodeMissing();
        }

        /// <summary>Why Node cannot run here; null when it can.</summary>
        public static string? NodeMissing()
        {
            try
            {
                using var node = Process.Start(new ProcessStartInfo("node", "--version") { RedirectStandardOutput = true, UseShellExecute = false })!;
                node.WaitForExit(10_000);
                return node.ExitCode == 0 ? null : "node --version failed";
            }
            catch (System.ComponentModel.Win32Exception)
            {
                return "Node is not on PATH";
            }
        }

        /// <summary>Runs <c>node script args</c> in the folder with <paramref name="input"/> on standard input; returns standard output, and fails on a non-zero exit.</summary>
        public static string Run(string folder, string script, string input, TimeSpan timeout, params string[] args)
        {
            Assert.Null(Missing(folder));
            return Exec(Folder(folder), script, input, timeout, args);
        }

        /// <summary>Runs <c>node script args</c> from the repository's root (a script that needs no packages); returns standard output.</summary>
        public static string RunFromRoot(string script, TimeSpan timeout, params string[] args)
        {
            Assert.Null(NodeMissing());
            return Exec(RepositoryRoot(), script, string.Empty, timeout, args);
        }

        private static string Exec(string workingDirectory, string script, string input, TimeSpan timeout, string[] args)
        {
            var start = new ProcessStartInfo("node") { WorkingDirectory = workingDirectory, RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            start.ArgumentList.Add(script);
            foreach (var arg in args)
            {
                start.ArgumentList.Add(arg);
            }

            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            process.StandardInput.Write(input);
            process.StandardInput.Close();
            if (!process.WaitForExit((int)timeout.TotalMilliseconds))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"node {script} did not finish in {timeout}");
            }

            Assert.True(process.ExitCode == 0, $"node {script} exited with {process.ExitCode}:\n{error.Result}\n{output.Result}");
            return output.Result;
        }
    }
}

using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using KibanaConnectors.Tests.Node;

namespace KibanaConnectors.Generator.Tests.Differential
{
    /// <summary>What Kibana makes of one settings file, from tests/Differential/kibana-read.js.</summary>
    internal sealed record KibanaResult(bool Loads, string? Stage, string? Error, IReadOnlyList<(string Id, string ActionTypeId, string Name)> Connectors, bool WrittenTwice);

    /// <summary>Runs the Node oracle once for a whole batch of files (a Node start costs more than a hundred files).</summary>
    internal static class KibanaOracle
    {
        public static IReadOnlyList<KibanaResult> Read(IReadOnlyList<(string Mode, string Text)> files)
        {
            if (NodeScript.Missing("Differential") is string missing)
            {
                throw new InvalidOperationException($"{missing}: the differential test needs Node.js and 'npm ci' in tests/Differential ({NodeScript.RequireVariable}=1 is set, so this fails instead of skipping)");
            }

            var request = JsonSerializer.Serialize(new { files = files.Select(f => new { mode = f.Mode, text = f.Text }) });
            var start = new ProcessStartInfo("node", "kibana-read.js")
            {
                WorkingDirectory = NodeScript.Folder("Differential"),
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                StandardInputEncoding = new UTF8Encoding(false),
                StandardOutputEncoding = Encoding.UTF8,
            };
            using var node = Process.Start(start)!;
            var stderr = node.StandardError.ReadToEndAsync();
            var stdout = node.StandardOutput.ReadToEndAsync();
            node.StandardInput.Write(request);
            node.StandardInput.Close();
            if (!node.WaitForExit(300_000))
            {
                node.Kill();
                throw new TimeoutException("the Node oracle did not answer within 5 minutes");
            }

            if (node.ExitCode != 0)
            {
                throw new InvalidOperationException($"the Node oracle failed ({node.ExitCode}): {stderr.Result}");
            }

            using var answer = JsonDocument.Parse(stdout.Result);
            return answer.RootElement.EnumerateArray().Select(Result).ToList();
        }

        private static KibanaResult Result(JsonElement element)
        {
            var loads = element.GetProperty("loads").GetBoolean();
            var connectors = loads
                ? element.GetProperty("connectors").EnumerateArray()
                    .Select(c => (c.GetProperty("id").GetString()!, c.GetProperty("actionTypeId").GetString()!, c.GetProperty("name").GetString()!))
                    .ToList()
                : new List<(string, string, string)>();
            return new KibanaResult(
                loads,
                element.TryGetProperty("stage", out var stage) ? stage.GetString() : null,
                element.TryGetProperty("error", out var error) ? error.GetString() : null,
                connectors,
                loads && element.GetProperty("writtenTwice").GetBoolean());
        }
    }
}

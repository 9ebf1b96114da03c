using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace KibanaConnectors.EndToEnd.Tests
{
    /// <summary>What one run of a composite action did: each step's exit code and output, and the action's outputs.</summary>
    internal sealed record ActionRun(IReadOnlyList<(string Name, int ExitCode, string Output)> Steps, IReadOnlyDictionary<string, string> Outputs)
    {
        /// <summary>The exit code of the last step run: a failing step stops the run, as on GitHub.</summary>
        public int ExitCode => Steps[Steps.Count - 1].ExitCode;

        public string Output => string.Join("\n", Steps.Select(s => s.Output));
    }

    /// <summary>
    /// Runs the steps of a composite action (an <c>action.yml</c>) on this machine as a GitHub runner does: the inputs'
    /// defaults and the values given, <c>env</c> with <c>${{ inputs.x }}</c> and <c>${{ steps.id.outputs.y }}</c>,
    /// <c>bash --noprofile --norc -eo pipefail</c> on each <c>run</c>, <c>GITHUB_ACTION_PATH</c>, <c>RUNNER_TEMP</c>,
    /// <c>GITHUB_PATH</c> (prepended to later steps' PATH) and <c>GITHUB_OUTPUT</c>. What it does not know (a
    /// <c>uses</c> step, <c>if</c>, another expression, an expression inside a script) throws, so that the test
    /// cannot pass over a step it did not run.
    /// </summary>
    internal static class CompositeActionRunner
    {
        private static readonly Regex s_expression = new Regex(@"\$\{\{\s*(.*?)\s*\}\}");

        public static ActionRun Run(string actionFolder, string workspace, string runnerTemp, IReadOnlyDictionary<string, string> given)
        {
            var root = Load(Path.Combine(actionFolder, "action.yml"));
            var runs = Map(root, "runs");
            if (Text(runs, "using") != "composite")
            {
                throw new NotSupportedException("not a composite action");
            }

            var inputs = Map(root, "inputs").Children.ToDictionary(e => ((YamlScalarNode)e.Key).Value!, e => Text((YamlMappingNode)e.Value, "default") ?? string.Empty);
            foreach (var (name, value) in given)
            {
                if (!inputs.ContainsKey(name))
                {
                    throw new ArgumentException($"the action has no input '{name}'");
                }

                inputs[name] = value;
            }

            Directory.CreateDirectory(runnerTemp);
            var githubPath = Path.Combine(runnerTemp, "github-path-" + Guid.NewGuid().ToString("N"));
            File.WriteAllText(githubPath, string.Empty);
            var stepOutputs = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
            var results = new List<(string, int, string)>();
            foreach (YamlMappingNode step in ((YamlSequenceNode)runs.Children[new YamlScalarNode("steps")]).Children)
            {
                var name = Text(step, "name") ?? "step " + (results.Count + 1);
                foreach (var unknown in step.Children.Keys.Select(k => ((YamlScalarNode)k).Value!).Except(new[] { "name", "id", "shell", "env", "run" }))
                {
                    throw new NotSupportedException($"{name}: '{unknown}' is not run here");
                }

                var script = Text(step, "run") ?? throw new NotSupportedException($"{name}: a step without run");
                if (Text(step, "shell") != "bash")
                {
                    throw new NotSupportedException($"{name}: only shell: bash is run here");
                }

                if (s_expression.IsMatch(script))
                {
                    throw new NotSupportedException($"{name}: an expression in the script ({s_expression.Match(script).Value}); pass it through env");
                }

                var output = Path.Combine(runnerTemp, "github-output-" + Guid.NewGuid().ToString("N"));
                File.WriteAllText(output, string.Empty);
                var env = new Dictionary<string, string>(StringComparer.Ordinal)
                {
                    ["CI"] = "true",
                    ["GITHUB_ACTIONS"] = "true",
                    ["GITHUB_WORKSPACE"] = workspace,
                    ["GITHUB_ACTION_PATH"] = actionFolder,
                    ["RUNNER_TEMP"] = runnerTemp,
                    ["GITHUB_PATH"] = githubPath,
                    ["GITHUB_OUTPUT"] = output,
                };
                if (step.Children.TryGetValue(new YamlScalarNode("env"), out var stepEnv))
                {
                    foreach (var entry in ((YamlMappingNode)stepEnv).Children)
                    {
                        env[((YamlScalarNode)entry.Key).Value!] = Evaluate(((YamlScalarNode)entry.Value).Value ?? string.Empty, inputs, stepOutputs);
                    }
                }

                var paths = File.ReadAllLines(githubPath).Where(l => l.Length > 0).Reverse();
                env["PATH"] = string.Join(Path.PathSeparator, paths.Append(Environment.GetEnvironmentVariable("PATH") ?? string.Empty));
                var scriptFile = Path.Combine(runnerTemp, "step-" + Guid.NewGuid().ToString("N") + ".sh");
                File.WriteAllText(scriptFile, script);
                // GitHub's command for shell: bash.
                var (exit, text) = Command.Run("bash", workspace, $"--noprofile --norc -eo pipefail \"{scriptFile}\"", environment: env);
                results.Add((name, exit, text));
                if (Text(step, "id") is string id)
                {
                    stepOutputs[id] = File.ReadAllLines(output).Where(l => l.Contains('=')).ToDictionary(l => l.Substring(0, l.IndexOf('=')), l => l.Substring(l.IndexOf('=') + 1));
                }

                if (exit != 0)
                {
                    break;
                }
            }

            var outputs = root.Children.TryGetValue(new YamlScalarNode("outputs"), out var declared)
                ? ((YamlMappingNode)declared).Children.ToDictionary(e => ((YamlScalarNode)e.Key).Value!, e => Evaluate(Text((YamlMappingNode)e.Value, "value") ?? string.Empty, inputs, stepOutputs))
                : new Dictionary<string, string>();
            return new ActionRun(results, outputs);
        }

        private static string Evaluate(string text, Dictionary<string, string> inputs, Dictionary<string, Dictionary<string, string>> steps) =>
            s_expression.Replace(text, m =>
            {
                var parts = m.Groups[1].Value.Split('.');
                if (parts.Length == 2 && parts[0] == "inputs")
                {
                    return inputs.TryGetValue(parts[1], out var value) ? value : throw new ArgumentException($"no input '{parts[1]}' in {m.Value}");
                }

                if (parts.Length == 4 && parts[0] == "steps" && parts[2] == "outputs")
                {
                    // As on GitHub, an output a step did not set (or a step that did not run) is empty.
                    return steps.TryGetValue(parts[1], out var outputs) && outputs.TryGetValue(parts[3], out var value) ? value : string.Empty;
                }

                throw new NotSupportedException($"the expression {m.Value} is not evaluated here");
            });

        private static YamlMappingNode Load(string path)
        {
            var stream = new YamlStream();
            using (var reader = new StreamReader(path))
            {
                stream.Load(reader);
            }

            return (YamlMappingNode)stream.Documents[0].RootNode;
        }

        private static YamlMappingNode Map(YamlMappingNode node, string key) => (YamlMappingNode)node.Children[new YamlScalarNode(key)];

        private static string? Text(YamlMappingNode node, string key) =>
            node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? ((YamlScalarNode)value).Value : null;
    }
}

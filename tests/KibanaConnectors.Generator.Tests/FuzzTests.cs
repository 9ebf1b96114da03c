using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using KibanaConnectors.Generator.Emit;
using KibanaConnectors.Rules.Common;
using KibanaConnectors.Rules.Model;
using KibanaConnectors.Rules.Checks;
using KibanaConnectors.Rules.Set;
using Xunit;

namespace KibanaConnectors.Generator.Tests
{
    /// <summary>
    /// Mutations of the reference examples: the generator never throws, every diagnostic lies inside the file, and
    /// two runs give the same output. A fixed seed and 3,000 cases in CI; set KIBANACONNECTORS_FUZZ_SECONDS to run
    /// random seeds for that long. An input that fails is saved under TestData/fuzz-regressions and replayed by
    /// every run from then on.
    /// </summary>
    public class FuzzTests
    {
        private readonly Xunit.Abstractions.ITestOutputHelper _output;

        public FuzzTests(Xunit.Abstractions.ITestOutputHelper output) => _output = output;

        private const string SecondsVariable = "KIBANACONNECTORS_FUZZ_SECONDS";
        private static readonly string[] s_insertions = { "\t", "'", "\"", ":", ": ", "&a ", "*a", "<<: *a", "- ", "{", "}", "[", "]", "#", "é", "\u0000", "\u0007", "\u2028", "\uFFFD", "\r", "${X}", "...", "---", "? ", "!!str ", "|", ">" };

        [Fact]
        public void Mutated_files_are_handled()
        {
            var seconds = int.TryParse(Environment.GetEnvironmentVariable(SecondsVariable), out var s) ? s : 0;
            var seed = seconds > 0 ? Environment.TickCount : 20261129;
            var random = new Random(seed);
            var source = GeneratorHarness.ReadTestData("reference-examples.yml").Replace("\r\n", "\n").Split('\n').ToList();
            var watch = Stopwatch.StartNew();
            var cases = 0;
            while (seconds > 0 ? watch.Elapsed.TotalSeconds < seconds : cases < 3000)
            {
                var text = Mutate(source, random);
                Check(text, $"seed {seed}, case {cases}");
                cases++;
            }

            _output.WriteLine($"{cases} mutated files checked (seed {seed}).");
            Assert.True(cases >= 3000 || seconds > 0);
        }

        [Fact]
        public void Saved_regressions_are_handled()
        {
            var folder = Path.Combine(AppContext.BaseDirectory, "TestData", "fuzz-regressions");
            foreach (var file in Directory.Exists(folder) ? Directory.GetFiles(folder, "*.yml") : Array.Empty<string>())
            {
                Check(File.ReadAllText(file), Path.GetFileName(file));
            }
        }

        internal static string Mutate(List<string> source, Random random)
        {
            var lines = new List<string>(source);
            for (var m = 1 + random.Next(3); m > 0 && lines.Count > 1; m--)
            {
                var i = random.Next(lines.Count);
                switch (random.Next(8))
                {
                    case 0:
                        lines.RemoveAt(i);
                        break;
                    case 1:
                        lines.Insert(i, lines[i]);
                        break;
                    case 2:
                        var j = random.Next(lines.Count);
                        (lines[i], lines[j]) = (lines[j], lines[i]);
                        break;
                    case 3:
                        lines[i] = random.Next(2) == 0 ? new string(' ', 1 + random.Next(3)) + lines[i] : lines[i].TrimStart();
                        break;
                    case 4:
                    case 5:
                        var at = random.Next(lines[i].Length + 1);
                        lines[i] = lines[i].Insert(at, s_insertions[random.Next(s_insertions.Length)]);
                        break;
                    case 6:
                        var cut = lines[i];
                        lines.RemoveRange(i, lines.Count - i);
                        lines.Add(cut.Substring(0, random.Next(cut.Length + 1)));
                        break;
                    default:
                        lines[i] = lines[i].Length > 0 ? lines[i].Remove(random.Next(lines[i].Length), 1) : "x";
                        break;
                }
            }

            return string.Join(random.Next(5) == 0 ? "\r\n" : "\n", lines);
        }

        private static void Check(string text, string label)
        {
            try
            {
                var first = Generate(text);
                var second = Generate(text);
                Assert.Equal(first.Source, second.Source);
                Assert.Equal(first.Model, second.Model);
                foreach (var diagnostic in first.Model.Diagnostics)
                {
                    var arguments = string.Join("|", diagnostic.Arguments);
                    Assert.False(arguments.Contains("could not read it", StringComparison.Ordinal), arguments);
                    Assert.True(diagnostic.Span.Start >= 0 && diagnostic.Span.End <= text.Length && diagnostic.Span.Start <= diagnostic.Span.End,
                        $"{diagnostic.Id} at {diagnostic.Span} lies outside the file of {text.Length} characters");
                }
            }
            catch (Exception ex)
            {
                Save(text);
                throw new Xunit.Sdk.XunitException($"{label}: {ex.Message}\n--- input ---\n{text}");
            }
        }

        private static (ConnectorSetModel Model, string Source) Generate(string text)
        {
            var file = ConnectorFileReader.Read("/p/kibana.yml", text, applyMergeKeys: false);
            var options = ProjectOptions.Default with { Namespace = "Fuzz" };
            var set = ConnectorSetBuilder.Build(new[] { file }, options);
            return (set, ConnectorsEmitter.Emit(set, nullableAnnotations: true));
        }

        // Keep a failing input in the source tree, so that it is committed and replayed.
        private static void Save(string text)
        {
            var folder = Path.Combine(GeneratorHarness.RepositoryRoot(), "tests", "KibanaConnectors.Generator.Tests", "TestData", "fuzz-regressions");
            Directory.CreateDirectory(folder);
            var hash = BitConverter.ToString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(text)), 0, 6).Replace("-", string.Empty);
            File.WriteAllText(Path.Combine(folder, hash + ".yml"), text);
        }
    }
}

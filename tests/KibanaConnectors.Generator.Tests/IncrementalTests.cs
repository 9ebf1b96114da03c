using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace KibanaConnectors.Generator.Tests
{
    /// <summary>Step tracking: what each kind of edit makes the generator redo.</summary>
    public class IncrementalTests
    {
        private const string A = "xpack.actions.preconfigured:\n  a:\n    actionTypeId: .server-log\n    name: A\n";
        private const string B = "xpack.actions.preconfigured:\n  b:\n    actionTypeId: .server-log\n    name: B\n";

        private const IncrementalStepRunReason Cached = IncrementalStepRunReason.Cached;
        private const IncrementalStepRunReason Unchanged = IncrementalStepRunReason.Unchanged;
        private const IncrementalStepRunReason Modified = IncrementalStepRunReason.Modified;
        private const IncrementalStepRunReason New = IncrementalStepRunReason.New;

        /// <summary>
        /// What each kind of edit makes every step do, for a project with two settings files (a, b) and a keystore list:
        /// one row per edit, one entry per tracked step (one reason per output: a step per file has two).
        /// </summary>
        public static TheoryData<string> Edits() => new TheoryData<string>(s_expected.Keys);

        private static readonly Dictionary<string, Dictionary<string, IncrementalStepRunReason[]>> s_expected = new Dictionary<string, Dictionary<string, IncrementalStepRunReason[]>>
        {
            ["a C# edit"] = Expect(options: Cached, files: new[] { Cached, Cached }, keystore: Cached, read: Cached, parsed: new[] { Cached, Cached }, all: Cached, set: Cached, output: Cached),
            ["a comment in b"] = Expect(options: Cached, files: new[] { Cached, Modified }, keystore: Cached, read: Cached, parsed: new[] { Cached, Unchanged }, all: Cached, set: Cached, output: Cached),
            // A suppression comment is part of the file's model: it changes what the set reports (here KC0016, as it silences nothing).
            ["a suppression comment in b"] = Expect(options: Cached, files: new[] { Cached, Modified }, keystore: Cached, read: Cached, parsed: new[] { Cached, Modified }, all: Modified, set: Modified, output: Modified),
            ["a new name in b"] = Expect(options: Cached, files: new[] { Cached, Modified }, keystore: Cached, read: Cached, parsed: new[] { Cached, Modified }, all: Modified, set: Modified, output: Modified),
            // Each keystore file is read to an equatable value, so a comment leaves the collected keys cached.
            ["a comment in the keystore list"] = Expect(options: Cached, files: new[] { Cached, Cached }, keystore: Cached, read: Cached, parsed: new[] { Cached, Cached }, all: Cached, set: Cached, output: Cached),
            ["a new keystore key"] = Expect(options: Cached, files: new[] { Cached, Cached }, keystore: Modified, read: Modified, parsed: new[] { Unchanged, Unchanged }, all: Cached, set: Cached, output: Cached),
            // The file filters read item metadata from the options provider, so any option edit reruns them (to the same values).
            ["another class name"] = Expect(options: Modified, files: new[] { Unchanged, Unchanged }, keystore: Cached, read: Unchanged, parsed: new[] { Cached, Cached }, all: Cached, set: Modified, output: Modified),
            ["merge keys turned on"] = Expect(options: Modified, files: new[] { Unchanged, Unchanged }, keystore: Cached, read: Modified, parsed: new[] { Unchanged, Unchanged }, all: Cached, set: Modified, output: Modified),
        };

        [Theory]
        [MemberData(nameof(Edits))]
        public void Each_kind_of_edit_redoes_only_what_it_must(string edit)
        {
            var a = new InMemoryAdditionalText("/p/a.connectors.yml", A);
            var b = new InMemoryAdditionalText("/p/b.connectors.yml", B);
            var keystore = new InMemoryAdditionalText("/p/kibana.keystore.txt", "xpack.actions.preconfigured.a.secrets.x\n");
            var compilation = GeneratorHarness.Compilation("class C { }");
            var driver = GeneratorHarness.CreateDriver(new AdditionalText[] { a, b, keystore }, track: true).RunGenerators(compilation);

            switch (edit)
            {
                case "a C# edit":
                    compilation = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class D { }", new CSharpParseOptions(LanguageVersion.CSharp12)));
                    break;
                case "a comment in b":
                    driver = driver.ReplaceAdditionalText(b, new InMemoryAdditionalText(b.Path, B + "# reviewed\n"));
                    break;
                case "a suppression comment in b":
                    driver = driver.ReplaceAdditionalText(b, new InMemoryAdditionalText(b.Path, B + "# kibana-connectors: ignore-file KC0401 -- reviewed\n"));
                    break;
                case "a new name in b":
                    driver = driver.ReplaceAdditionalText(b, new InMemoryAdditionalText(b.Path, B.Replace("name: B", "name: B2")));
                    break;
                case "a comment in the keystore list":
                    driver = driver.ReplaceAdditionalText(keystore, new InMemoryAdditionalText(keystore.Path, "# listed 2026-11-29\nxpack.actions.preconfigured.a.secrets.x\n"));
                    break;
                case "a new keystore key":
                    // Every file is read again with it (here to the same models, as server-log connectors have no secrets).
                    driver = driver.ReplaceAdditionalText(keystore, new InMemoryAdditionalText(keystore.Path, "xpack.actions.preconfigured.a.secrets.y\n"));
                    break;
                case "another class name":
                    driver = driver.WithUpdatedAnalyzerConfigOptions(new TestOptionsProvider(GeneratorHarness.DefaultOptions(("KibanaConnectorsClassName", "Alerting"))));
                    break;
                default:
                    driver = driver.WithUpdatedAnalyzerConfigOptions(new TestOptionsProvider(GeneratorHarness.DefaultOptions(("KibanaConnectorsYamlMergeKeys", "true"))));
                    break;
            }

            var run = driver.RunGenerators(compilation).GetRunResult().Results.Single();
            var actual = GeneratorHarness.TrackedStepNames.ToDictionary(
                name => name,
                name => string.Join(", ", run.TrackedSteps[name].SelectMany(step => step.Outputs).Select(o => o.Reason)));
            actual["output"] = string.Join(", ", run.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).Select(o => o.Reason));
            var expected = s_expected[edit].ToDictionary(e => e.Key, e => string.Join(", ", e.Value));
            Assert.Equal(expected.OrderBy(e => e.Key), actual.OrderBy(e => e.Key));
        }

        [Fact]
        public void The_table_of_edits_names_every_tracked_step()
        {
            Assert.All(s_expected.Values, row => Assert.Equal(GeneratorHarness.TrackedStepNames.Append("output").OrderBy(n => n), row.Keys.OrderBy(n => n)));
        }

        private static Dictionary<string, IncrementalStepRunReason[]> Expect(
            IncrementalStepRunReason options, IncrementalStepRunReason[] files, IncrementalStepRunReason keystore, IncrementalStepRunReason read,
            IncrementalStepRunReason[] parsed, IncrementalStepRunReason all, IncrementalStepRunReason set, IncrementalStepRunReason output) =>
            new Dictionary<string, IncrementalStepRunReason[]>
            {
                [TrackingNames.Options] = new[] { options },
                [TrackingNames.SettingsFiles] = files,
                [TrackingNames.Keystore] = new[] { keystore },
                [TrackingNames.ReadOptions] = new[] { read },
                [TrackingNames.ParsedFiles] = parsed,
                [TrackingNames.AllFiles] = new[] { all },
                [TrackingNames.ConnectorSet] = new[] { set },
                ["output"] = new[] { output },
            };

        [Fact]
        public void No_step_holds_roslyn_or_yaml_objects()
        {
            var yaml = GeneratorHarness.ReadTestData("reference-examples.yml");
            var files = new AdditionalText[] { new InMemoryAdditionalText("/p/kibana.yml", yaml), new InMemoryAdditionalText("/p/b.connectors.yml", B), new InMemoryAdditionalText("/p/kibana.keystore.txt", "xpack.actions.preconfigured.b.secrets.x\n") };
            var run = GeneratorHarness.CreateDriver(files, track: true).RunGenerators(GeneratorHarness.Compilation("class C { }")).GetRunResult().Results.Single();
            var visited = new HashSet<object>(ReferenceEqualityComparer.Instance);
            var walked = 0;
            // Our steps; Roslyn's own SourceOutput step holds the generated SourceText, as it must.
            var ours = GeneratorHarness.TrackedStepNames;
            Assert.All(ours, name => Assert.True(run.TrackedSteps.ContainsKey(name), name));
            foreach (var step in ours.SelectMany(name => run.TrackedSteps[name]))
            {
                foreach (var (value, _) in step.Outputs)
                {
                    Walk(value, step.Name ?? "?", visited, ref walked);
                }
            }

            // The walk really went through the models: thousands of values, not just the top objects.
            Assert.True(walked > 1000, $"only {walked} objects walked");
        }

        private static void Walk(object? value, string path, HashSet<object> visited, ref int walked)
        {
            if (value == null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || !visited.Add(value))
            {
                return;
            }

            walked++;
            var type = value.GetType();
            Assert.False(
                value is Compilation || value is ISymbol || value is SyntaxNode || value is SyntaxTree || value is Location
                    || value is Microsoft.CodeAnalysis.Text.SourceText || value is AdditionalText
                    || (type.Namespace ?? string.Empty).StartsWith("YamlDotNet", System.StringComparison.Ordinal)
                    || type.Namespace == "KibanaConnectors.Rules.Reading",
                $"{path} holds a {type.FullName}");

            if (value is System.Collections.IEnumerable items)
            {
                var i = 0;
                foreach (var item in items)
                {
                    Walk(item, $"{path}[{i++}]", visited, ref walked);
                }
            }

            foreach (var field in type.GetFields(System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic))
            {
                if (field.FieldType.IsPointer || type.IsArray)
                {
                    continue;
                }

                Walk(field.GetValue(value), path + "." + field.Name, visited, ref walked);
            }
        }
    }
}

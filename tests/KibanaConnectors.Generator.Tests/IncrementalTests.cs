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

        [Fact]
        public void A_csharp_edit_leaves_every_step_cached()
        {
            var files = new AdditionalText[]
            {
                new InMemoryAdditionalText("/p/a.connectors.yml", A),
                new InMemoryAdditionalText("/p/b.connectors.yml", B),
                new InMemoryAdditionalText("/p/kibana.keystore.txt", "xpack.actions.preconfigured.a.secrets.x\n"),
            };
            var compilation = GeneratorHarness.Compilation("class C { }");
            var driver = GeneratorHarness.CreateDriver(files, track: true).RunGenerators(compilation);
            var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class D { }", new CSharpParseOptions(LanguageVersion.CSharp12)));
            var run = driver.RunGenerators(edited).GetRunResult().Results.Single();

            foreach (var name in new[] { TrackingNames.Options, TrackingNames.SettingsFiles, TrackingNames.Keystore, TrackingNames.ParsedFiles, TrackingNames.ConnectorSet })
            {
                Assert.All(run.TrackedSteps[name].SelectMany(s => s.Outputs), o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{name}: {o.Reason}"));
            }

            Assert.All(run.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        }

        [Fact]
        public void Editing_one_of_two_files_parses_only_that_file()
        {
            var a = new InMemoryAdditionalText("/p/a.connectors.yml", A);
            var b = new InMemoryAdditionalText("/p/b.connectors.yml", B);
            var compilation = GeneratorHarness.Compilation("class C { }");
            var driver = GeneratorHarness.CreateDriver(new AdditionalText[] { a, b }, track: true).RunGenerators(compilation);
            driver = driver.ReplaceAdditionalText(b, new InMemoryAdditionalText("/p/b.connectors.yml", B.Replace("name: B", "name: B2")));
            var run = driver.RunGenerators(compilation).GetRunResult().Results.Single();

            var parses = run.TrackedSteps[TrackingNames.ParsedFiles].SelectMany(s => s.Outputs).Select(o => o.Reason).ToArray();
            Assert.Equal(new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Modified }, parses);
            Assert.Contains(run.TrackedSteps[TrackingNames.ConnectorSet].SelectMany(s => s.Outputs), o => o.Reason == IncrementalStepRunReason.Modified);
        }

        [Fact]
        public void A_keystore_edit_reparses_the_settings_files_and_a_keystore_comment_reparses_nothing()
        {
            var keystore = new InMemoryAdditionalText("/p/kibana.keystore.txt", "xpack.actions.preconfigured.a.secrets.x\n");
            var compilation = GeneratorHarness.Compilation("class C { }");
            var driver = GeneratorHarness.CreateDriver(new AdditionalText[] { new InMemoryAdditionalText("/p/a.connectors.yml", A), keystore }, track: true).RunGenerators(compilation);

            // A comment in the key list changes no key: the parse steps stay cached.
            var commented = new InMemoryAdditionalText("/p/kibana.keystore.txt", "# listed 2026-11-29\nxpack.actions.preconfigured.a.secrets.x\n");
            driver = driver.ReplaceAdditionalText(keystore, commented);
            var run = driver.RunGenerators(compilation).GetRunResult().Results.Single();
            Assert.All(run.TrackedSteps[TrackingNames.Keystore].SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Unchanged, o.Reason));
            Assert.All(run.TrackedSteps[TrackingNames.ParsedFiles].SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));

            // A new key may make a secret present: every file is read again with it (here to the same model, as a
            // server-log connector has no secrets).
            driver = driver.ReplaceAdditionalText(commented, new InMemoryAdditionalText("/p/kibana.keystore.txt", "xpack.actions.preconfigured.a.secrets.y\n"));
            run = driver.RunGenerators(compilation).GetRunResult().Results.Single();
            Assert.All(run.TrackedSteps[TrackingNames.Keystore].SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Modified, o.Reason));
            Assert.All(run.TrackedSteps[TrackingNames.ParsedFiles].SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Unchanged, o.Reason));
        }

        [Fact]
        public void An_edit_that_changes_no_model_leaves_the_output_cached()
        {
            var a = new InMemoryAdditionalText("/p/a.connectors.yml", A);
            var compilation = GeneratorHarness.Compilation("class C { }");
            var driver = GeneratorHarness.CreateDriver(new AdditionalText[] { a }, track: true).RunGenerators(compilation);
            // A trailing comment moves no position of any connector.
            driver = driver.ReplaceAdditionalText(a, new InMemoryAdditionalText("/p/a.connectors.yml", A + "# reviewed\n"));
            var run = driver.RunGenerators(compilation).GetRunResult().Results.Single();

            Assert.All(run.TrackedSteps[TrackingNames.ParsedFiles].SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Unchanged, o.Reason));
            Assert.All(run.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        }

        [Fact]
        public void No_step_holds_roslyn_or_yaml_objects()
        {
            var yaml = GeneratorHarness.ReadTestData("reference-examples.yml");
            var files = new AdditionalText[] { new InMemoryAdditionalText("/p/kibana.yml", yaml), new InMemoryAdditionalText("/p/b.connectors.yml", B), new InMemoryAdditionalText("/p/kibana.keystore.txt", "xpack.actions.preconfigured.b.secrets.x\n") };
            var run = GeneratorHarness.CreateDriver(files, track: true).RunGenerators(GeneratorHarness.Compilation("class C { }")).GetRunResult().Results.Single();
            var visited = new HashSet<object>(ReferenceEqualityComparer.Instance);
            var walked = 0;
            // Our steps; Roslyn's own SourceOutput step holds the generated SourceText, as it must.
            var ours = new[] { TrackingNames.Options, TrackingNames.SettingsFiles, TrackingNames.Keystore, TrackingNames.ParsedFiles, TrackingNames.AllFiles, TrackingNames.ConnectorSet };
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

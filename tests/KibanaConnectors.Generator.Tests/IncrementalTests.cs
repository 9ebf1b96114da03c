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
            var files = new AdditionalText[] { new InMemoryAdditionalText("/p/a.connectors.yml", A), new InMemoryAdditionalText("/p/b.connectors.yml", B) };
            var compilation = GeneratorHarness.Compilation("class C { }");
            var driver = GeneratorHarness.CreateDriver(files, track: true).RunGenerators(compilation);
            var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class D { }", new CSharpParseOptions(LanguageVersion.CSharp12)));
            var run = driver.RunGenerators(edited).GetRunResult().Results.Single();

            foreach (var name in new[] { TrackingNames.Options, TrackingNames.SettingsFiles, TrackingNames.ParsedFiles, TrackingNames.ConnectorSet })
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
            var files = new AdditionalText[] { new InMemoryAdditionalText("/p/kibana.yml", A) };
            var run = GeneratorHarness.CreateDriver(files, track: true).RunGenerators(GeneratorHarness.Compilation("class C { }")).GetRunResult().Results.Single();
            foreach (var step in run.TrackedSteps.SelectMany(s => s.Value))
            {
                foreach (var (value, _) in step.Outputs)
                {
                    Assert.False(value is Compilation || value is ISymbol || value is SyntaxNode || value is Location || value is Microsoft.CodeAnalysis.Text.SourceText,
                        $"{step.Name} holds a {value.GetType().Name}");
                    Assert.DoesNotContain("YamlDotNet", value.GetType().FullName);
                }
            }
        }
    }
}

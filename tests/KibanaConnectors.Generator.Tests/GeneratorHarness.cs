using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using KibanaConnectors.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace KibanaConnectors.Generator.Tests
{
    /// <summary>An in-memory additional file.</summary>
    internal sealed class InMemoryAdditionalText : AdditionalText
    {
        private readonly SourceText _text;

        public InMemoryAdditionalText(string path, string text)
        {
            Path = path;
            _text = SourceText.From(text, System.Text.Encoding.UTF8);
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    internal sealed class TestOptionsProvider : AnalyzerConfigOptionsProvider
    {
        private readonly TestOptions _global;
        private readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> _files;

        public TestOptionsProvider(IReadOnlyDictionary<string, string> global, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? files = null)
        {
            _global = new TestOptions(global);
            _files = files ?? new Dictionary<string, IReadOnlyDictionary<string, string>>();
        }

        public override AnalyzerConfigOptions GlobalOptions => _global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => TestOptions.Empty;

        // As the package's targets mark <KibanaConnectorsKeystore> items; here any file named *.keystore.txt.
        private static readonly TestOptions s_keystore = new TestOptions(new Dictionary<string, string> { ["build_metadata.AdditionalFiles.KibanaConnectorsFile"] = "keystore" });

        // A file given metadata of its own (an item's KibanaConnectorsFile, KibanaConnectorsShape) gets that.
        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
            _files.TryGetValue(textFile.Path, out var metadata) ? new TestOptions(metadata.ToDictionary(m => "build_metadata.AdditionalFiles." + m.Key, m => m.Value))
            : textFile.Path.EndsWith(".keystore.txt", System.StringComparison.Ordinal) ? s_keystore : TestOptions.Empty;

        internal sealed class TestOptions : AnalyzerConfigOptions
        {
            public static readonly TestOptions Empty = new TestOptions(new Dictionary<string, string>());
            private readonly IReadOnlyDictionary<string, string> _values;

            public TestOptions(IReadOnlyDictionary<string, string> values) => _values = values;

            public override bool TryGetValue(string key, out string value)
            {
                var found = _values.TryGetValue(key, out var v);
                value = v ?? string.Empty;
                return found;
            }
        }
    }

    /// <summary>The result of one generator run: generated text, generator diagnostics, and the compilation after it.</summary>
    internal sealed record GeneratorResult(string? Source, ImmutableArray<Diagnostic> Diagnostics, Compilation Output, GeneratorDriverRunResult Run)
    {
        public ImmutableArray<Diagnostic> CompilationErrors =>
            Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToImmutableArray();

        /// <summary>Emits the compilation with the generated code, loads it and returns the generated class.</summary>
        public System.Type LoadGeneratedClass(string className = "PreconfiguredConnectors")
        {
            using var stream = new MemoryStream();
            var emit = Output.Emit(stream);
            Xunit.Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
            return System.Reflection.Assembly.Load(stream.ToArray()).GetType(GeneratorHarness.RootNamespace + "." + className)!;
        }

        /// <summary>The same result without KC0401, for tests whose examples write secrets out on purpose.</summary>
        public GeneratorResult WithoutLiteralSecretWarnings() => this with { Diagnostics = Diagnostics.Where(d => d.Id != "KC0401").ToImmutableArray() };

        /// <summary>"KC0202@12:7" for each diagnostic (one-based line and column), sorted by position.</summary>
        public IReadOnlyList<string> Codes => Diagnostics
            .OrderBy(d => d.Location.GetLineSpan().StartLinePosition.Line).ThenBy(d => d.Location.GetLineSpan().StartLinePosition.Character).ThenBy(d => d.Id)
            .Select(d => $"{d.Id}@{d.Location.GetLineSpan().StartLinePosition.Line + 1}:{d.Location.GetLineSpan().StartLinePosition.Character + 1}")
            .ToList();
    }

    internal static class GeneratorHarness
    {
        public const string RootNamespace = "Acme.Alerts";

        public static readonly ImmutableArray<MetadataReference> References = Basic.Reference.Assemblies.Net80.References.All
            .Cast<MetadataReference>()
            .Append(MetadataReference.CreateFromFile(typeof(KibanaConnectors.Connector).Assembly.Location))
            .ToImmutableArray();

        public static CSharpCompilation Compilation(params string[] sources) => Compilation(LanguageVersion.CSharp12, sources);

        public static CSharpCompilation Compilation(LanguageVersion version, params string[] sources) =>
            CSharpCompilation.Create(
                "Consumer",
                sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, new CSharpParseOptions(version), path: $"Code{i}.cs")),
                References,
                new CSharpCompilationOptions(
                    OutputKind.DynamicallyLinkedLibrary,
                    nullableContextOptions: version >= LanguageVersion.CSharp8 ? NullableContextOptions.Enable : NullableContextOptions.Disable));

        public static Dictionary<string, string> DefaultOptions(params (string Key, string Value)[] extra)
        {
            var options = new Dictionary<string, string> { ["build_property.RootNamespace"] = RootNamespace };
            foreach (var (key, value) in extra)
            {
                options["build_property." + key] = value;
            }

            return options;
        }

        public static GeneratorDriver CreateDriver(IEnumerable<AdditionalText> files, IReadOnlyDictionary<string, string>? options = null, bool track = false, LanguageVersion version = LanguageVersion.CSharp12, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? fileMetadata = null) =>
            CSharpGeneratorDriver.Create(
                new[] { new ConnectorsGenerator().AsSourceGenerator() },
                additionalTexts: files,
                parseOptions: new CSharpParseOptions(version),
                optionsProvider: new TestOptionsProvider(options ?? DefaultOptions(), fileMetadata),
                driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: track));

        /// <summary>Runs the generator over one settings file (path /project/kibana.yml) and optional C# sources.</summary>
        public static GeneratorResult Run(string yaml, IReadOnlyDictionary<string, string>? options = null, params string[] sources) =>
            Run(new[] { ("/project/kibana.yml", yaml) }, options, sources);

        public static GeneratorResult Run((string Path, string Text)[] files, IReadOnlyDictionary<string, string>? options = null, params string[] sources) =>
            Run(files, LanguageVersion.CSharp12, options, sources);

        /// <summary>
        /// Runs the generator, then runs it again on the same inputs and asserts that every step named in
        /// <see cref="TrackingNames"/> is Cached or Unchanged the second time: every test checks incrementality too.
        /// </summary>
        public static GeneratorResult Run((string Path, string Text)[] files, LanguageVersion version, IReadOnlyDictionary<string, string>? options = null, params string[] sources) =>
            Run(files, null, version, options, sources);

        /// <summary>The same, with item metadata per file path (<c>KibanaConnectorsFile</c>, <c>KibanaConnectorsShape</c>).</summary>
        public static GeneratorResult Run((string Path, string Text)[] files, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? fileMetadata, LanguageVersion version = LanguageVersion.CSharp12, IReadOnlyDictionary<string, string>? options = null, params string[] sources)
        {
            var compilation = Compilation(version, sources);
            var driver = CreateDriver(files.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)), options, track: true, version: version, fileMetadata: fileMetadata);
            driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
            var run = driver.GetRunResult();
            var result = run.Results.Single();
            if (result.Exception != null)
            {
                throw new System.InvalidOperationException("The generator threw", result.Exception);
            }

            AssertSecondRunIsCached(driver.RunGenerators(compilation.Clone()).GetRunResult().Results.Single());
            return new GeneratorResult(result.GeneratedSources.SingleOrDefault().SourceText?.ToString(), result.Diagnostics, output, run);
        }

        /// <summary>The names of the generator's tracked steps, read from <see cref="TrackingNames"/> so that a new step is checked too.</summary>
        public static IReadOnlyList<string> TrackedStepNames { get; } = typeof(TrackingNames)
            .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToList();

        /// <summary>Every step of <see cref="TrackedStepNames"/> ran, and every output of it was Cached or Unchanged.</summary>
        public static void AssertSecondRunIsCached(GeneratorRunResult second)
        {
            foreach (var name in TrackedStepNames)
            {
                Xunit.Assert.True(second.TrackedSteps.ContainsKey(name), $"the step '{name}' did not run (or lost its tracking name)");
                foreach (var output in second.TrackedSteps[name].SelectMany(step => step.Outputs))
                {
                    Xunit.Assert.True(
                        output.Reason == IncrementalStepRunReason.Cached || output.Reason == IncrementalStepRunReason.Unchanged,
                        $"the step '{name}' was {output.Reason} on a second run over the same inputs");
                }
            }

            foreach (var output in second.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs))
            {
                Xunit.Assert.Equal(IncrementalStepRunReason.Cached, output.Reason);
            }
        }

        public static string ReadTestData(string name) => File.ReadAllText(Path.Combine(System.AppContext.BaseDirectory, "TestData", name));

        /// <summary>The repository's root folder, found from the test binaries (CI builds map source paths, so [CallerFilePath] will not do).</summary>
        public static string RepositoryRoot()
        {
            var dir = new DirectoryInfo(System.AppContext.BaseDirectory);
            while (dir != null && !File.Exists(Path.Combine(dir.FullName, "Generator.sln")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new System.InvalidOperationException("Generator.sln not found above " + System.AppContext.BaseDirectory);
        }
    }
}

using System.Linq;
using KibanaConnectors.Generator.Emit;
using KibanaConnectors.Rules.Checks;
using KibanaConnectors.Rules.Common;
using KibanaConnectors.Rules.Diagnostics;
using KibanaConnectors.Rules.Model;
using KibanaConnectors.Rules.Reading;
using KibanaConnectors.Rules.Set;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace KibanaConnectors.Generator
{
    /// <summary>
    /// Compiles the preconfigured connectors of the project's Kibana settings files into typed C#, and reports each
    /// connector Kibana would reject, at its place in the YAML file. A front end over the rules core, which reads and checks.
    /// </summary>
    /// <remarks>
    /// Settings files -> text (one step per file) -> parse and check (one cached step per file) -> collect -> with the
    /// options, check the whole set -> emit. Only equatable models cross steps.
    /// </remarks>
    [Generator(LanguageNames.CSharp)]
    public sealed class ConnectorsGenerator : IIncrementalGenerator
    {
        /// <inheritdoc />
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var options = context.AnalyzerConfigOptionsProvider
                .Combine(context.ParseOptionsProvider)
                .Select(static (pair, _) => GeneratorOptionsReader.Read(pair.Left.GlobalOptions) with
                {
                    NullableAnnotations = GeneratorOptionsReader.HasNullableAnnotations(pair.Right),
                })
                .WithTrackingName(TrackingNames.Options);

            var files = context.AdditionalTextsProvider
                .Combine(context.AnalyzerConfigOptionsProvider)
                .Where(static pair => ConnectorFiles.IsConnectorFile(pair.Left.Path, pair.Right.GetOptions(pair.Left)))
                .Select(static (pair, cancellationToken) => new SettingsFileText(pair.Left.Path, ConnectorFiles.TextAsKibanaReads(pair.Left.GetText(cancellationToken)))
                {
                    Shape = ConnectorFiles.Shape(pair.Right.GetOptions(pair.Left)),
                })
                .WithTrackingName(TrackingNames.SettingsFiles);

            // The keys of the project's keystore lists, sorted, and the Kubernetes Secrets of its keystore manifests: a
            // secret found there is present.
            var keystore = context.AdditionalTextsProvider
                .Combine(context.AnalyzerConfigOptionsProvider)
                .Where(static pair => ConnectorFiles.IsKeystoreFile(pair.Right.GetOptions(pair.Left)))
                .Select(static (pair, cancellationToken) => SettingsFiles.Keystore(pair.Left.GetText(cancellationToken)?.ToString()))
                .Collect()
                .Select(static (lists, _) => KeystoreFile.Combine(lists))
                .WithTrackingName(TrackingNames.Keystore);

            var readOptions = options
                .Combine(keystore)
                .Select(static (pair, _) => pair.Left.Project.ForReading(pair.Right.Keys, pair.Right.Secrets))
                .WithTrackingName(TrackingNames.ReadOptions);

            var parsed = files
                .Combine(readOptions)
                .Select(static (pair, cancellationToken) => ConnectorFileReader.Read(pair.Left.Path, pair.Left.Text ?? string.Empty, pair.Left.Shape, pair.Right, cancellationToken))
                .WithTrackingName(TrackingNames.ParsedFiles);

            var set = parsed
                .Collect()
                .WithTrackingName(TrackingNames.AllFiles)
                .Combine(options)
                .Select(static (pair, _) => new GeneratorModel(ConnectorSetBuilder.Build(pair.Left, pair.Right.Project), pair.Right))
                .WithTrackingName(TrackingNames.ConnectorSet);

            context.RegisterSourceOutput(set, static (spc, model) => Execute(spc, model));
        }

        private static void Execute(SourceProductionContext context, GeneratorModel model)
        {
            foreach (var diagnostic in model.Set.Diagnostics)
            {
                // In the IDE, SettingsFileAnalyzer reports what is located in the settings files, live and once.
                if (!model.Options.IsDesignTime || diagnostic.FilePath.Length == 0)
                {
                    context.ReportDiagnostic(diagnostic.ToDiagnostic());
                }
            }

            // A project without settings files gets nothing: no class, no warning.
            if (!model.Set.HasFiles)
            {
                return;
            }

            SourceText source;
            try
            {
                source = ConnectorsEmitter.EmitText(model.Set, model.Options.NullableAnnotations);
            }
            catch (System.Exception ex)
            {
                // Never let a bug here fail the user's build with CS8785: say what happened instead.
                var file = model.Set.Connectors.Count > 0 ? model.Set.Connectors[0].Connector.FilePath : string.Empty;
                context.ReportDiagnostic(DiagnosticInfo.Create(DiagnosticRules.InvalidYaml, file, SourceSpan.None,
                    System.IO.Path.GetFileName(file), $"KibanaConnectors could not generate code for it ({ex.GetType().Name}: {ex.Message}); please report this with the file").ToDiagnostic());
                return;
            }

            context.AddSource(model.Set.Options.ClassName + ".g.cs", source);
        }
    }

    /// <summary>A settings file's path and text: equatable, so an unchanged file leaves its parse step cached.</summary>
    internal sealed record SettingsFileText(string Path, string? Text)
    {
        /// <summary>The shape its item metadata names; null for none (the content tells it).</summary>
        public string? Shape { get; init; }
    }

    /// <summary>The checked set with the build's options: what the source output needs.</summary>
    internal sealed record GeneratorModel(Rules.Model.ConnectorSetModel Set, GeneratorOptions Options);
}

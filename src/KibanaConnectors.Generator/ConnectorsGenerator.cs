using System.Linq;
using KibanaConnectors.Generator.Emit;
using KibanaConnectors.Generator.Model;
using KibanaConnectors.Generator.Validation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace KibanaConnectors.Generator
{
    /// <summary>
    /// Compiles the preconfigured connectors of the project's Kibana settings files into typed C#, and reports each
    /// connector Kibana would reject, at its place in the YAML file.
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
                    NullableAnnotations = !(pair.Right is CSharpParseOptions csharp) || csharp.LanguageVersion >= LanguageVersion.CSharp8,
                })
                .WithTrackingName(TrackingNames.Options);

            var files = context.AdditionalTextsProvider
                .Combine(context.AnalyzerConfigOptionsProvider)
                .Where(static pair => ConnectorFiles.IsConnectorFile(pair.Left.Path, pair.Right.GetOptions(pair.Left)))
                .Select(static (pair, cancellationToken) => new SettingsFileText(pair.Left.Path, pair.Left.GetText(cancellationToken)?.ToString()))
                .WithTrackingName(TrackingNames.SettingsFiles);

            // The keys of the project's keystore lists, sorted: a secret found there is present.
            var keystore = context.AdditionalTextsProvider
                .Combine(context.AnalyzerConfigOptionsProvider)
                .Where(static pair => ConnectorFiles.IsKeystoreFile(pair.Right.GetOptions(pair.Left)))
                .Select(static (pair, cancellationToken) => ConnectorFiles.KeystoreKeys(pair.Left.GetText(cancellationToken)?.ToString()))
                .Collect()
                .Select(static (lists, _) => ConnectorFiles.KeystoreSet(lists.SelectMany(l => l)))
                .WithTrackingName(TrackingNames.Keystore);

            var readOptions = options
                .Combine(keystore)
                .Select(static (pair, _) => ReadOptions.For(pair.Left, pair.Right));

            var parsed = files
                .Combine(readOptions)
                .Select(static (pair, cancellationToken) => ConnectorFileReader.Read(pair.Left.Path, pair.Left.Text ?? string.Empty, pair.Right, cancellationToken))
                .WithTrackingName(TrackingNames.ParsedFiles);

            var set = parsed
                .Collect()
                .WithTrackingName(TrackingNames.AllFiles)
                .Combine(options)
                .Select(static (pair, _) => ConnectorSetBuilder.Build(pair.Left, pair.Right))
                .WithTrackingName(TrackingNames.ConnectorSet);

            context.RegisterSourceOutput(set, static (spc, model) => Execute(spc, model));
        }

        private static void Execute(SourceProductionContext context, ConnectorSetModel model)
        {
            foreach (var diagnostic in model.Diagnostics)
            {
                // In the IDE, SettingsFileAnalyzer reports what is located in the settings files, live and once.
                if (!model.Options.IsDesignTime || diagnostic.FilePath.Length == 0)
                {
                    context.ReportDiagnostic(diagnostic.ToDiagnostic());
                }
            }

            // A project without settings files gets nothing: no class, no warning.
            if (!model.HasFiles)
            {
                return;
            }

            string source;
            try
            {
                source = ConnectorsEmitter.Emit(model);
            }
            catch (System.Exception ex)
            {
                // Never let a bug here fail the user's build with CS8785: say what happened instead.
                var file = model.Connectors.Count > 0 ? model.Connectors[0].Connector.FilePath : string.Empty;
                context.ReportDiagnostic(Diagnostics.DiagnosticInfo.Create(Diagnostics.DiagnosticDescriptors.InvalidYaml, file, SourceSpan.None,
                    System.IO.Path.GetFileName(file), $"KibanaConnectors could not generate code for it ({ex.GetType().Name}: {ex.Message}); please report this with the file").ToDiagnostic());
                return;
            }

            context.AddSource(model.Options.ClassName + ".g.cs", SourceText.From(source, System.Text.Encoding.UTF8));
        }
    }

    /// <summary>A settings file's path and text: equatable, so an unchanged file leaves its parse step cached.</summary>
    internal sealed record SettingsFileText(string Path, string? Text);
}

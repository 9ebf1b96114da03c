using System.Collections.Immutable;
using System.Linq;
using KibanaConnectors.Rules.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KibanaConnectors.Generator.Analyzers
{
    /// <summary>
    /// Reports the diagnostics located in Kibana settings files while the IDE analyses the project, so they show as the
    /// YAML is edited. Only in the IDE's design-time builds: a command-line build gets them from the generator, which
    /// also runs when analyzers are turned off (docs/ide-diagnostics.md explains the split).
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class SettingsFileAnalyzer : DiagnosticAnalyzer
    {
        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            DiagnosticRules.All.Where(d => string.CompareOrdinal(d.Id, "KC1000") < 0).Select(RoslynDiagnostics.Descriptor).ToImmutableArray();

        /// <inheritdoc />
        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                // The generator makes the same decision from the same option (GeneratorOptions.IsDesignTime).
                if (!GeneratorOptionsReader.Read(start.Options.AnalyzerConfigOptionsProvider.GlobalOptions).IsDesignTime)
                {
                    return;
                }

                start.RegisterAdditionalFileAction(file =>
                {
                    if (!ConnectorFiles.IsConnectorFile(file.AdditionalFile.Path, file.Options.AnalyzerConfigOptionsProvider.GetOptions(file.AdditionalFile))
                        || !(KnownConnectors.From(file.Options, file.CancellationToken) is KnownConnectors known))
                    {
                        return;
                    }

                    // The whole set is checked (ids across files, allowed hosts set in another file); each file shows its own part.
                    foreach (var diagnostic in known.Set.Diagnostics.Where(d => d.FilePath == file.AdditionalFile.Path))
                    {
                        file.ReportDiagnostic(diagnostic.ToDiagnostic());
                    }
                });
            });
        }
    }
}

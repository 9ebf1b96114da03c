using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;

namespace KibanaConnectors.CodeFixes
{
    /// <summary>
    /// KC1002: replaces a string literal that is a connector id with its generated constant. KC1001: replaces an unknown
    /// id with the constant of the id the diagnostic suggests.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ConnectorIdCodeFixProvider))]
    [Shared]
    public sealed class ConnectorIdCodeFixProvider : CodeFixProvider
    {
        // The analyzer's property names and ids (KibanaConnectors.Generator.Analyzers.ConnectorIdAnalyzer); this
        // assembly does not reference the generator's.
        private const string ConstantProperty = "Constant";
        private const string SuggestionProperty = "Suggestion";

        /// <inheritdoc />
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("KC1001", "KC1002");

        /// <inheritdoc />
        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        /// <inheritdoc />
        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root == null)
            {
                return;
            }

            foreach (var diagnostic in context.Diagnostics)
            {
                if (!diagnostic.Properties.TryGetValue(ConstantProperty, out var constant) || constant == null
                    || !(root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is ExpressionSyntax expression))
                {
                    continue;
                }

                var shown = constant.Substring(constant.LastIndexOf('.', constant.LastIndexOf('.') - 1) + 1);
                var title = diagnostic.Id == "KC1001" && diagnostic.Properties.TryGetValue(SuggestionProperty, out var suggestion)
                    ? $"Use '{suggestion}' ({shown})"
                    : $"Use {shown}";
                context.RegisterCodeFix(
                    CodeAction.Create(title, ct => ReplaceAsync(context.Document, expression, constant, ct), equivalenceKey: diagnostic.Id + ":" + constant),
                    diagnostic);
            }
        }

        private static async Task<Document> ReplaceAsync(Document document, ExpressionSyntax expression, string constant, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var replacement = SyntaxFactory.ParseExpression(constant)
                .WithTriviaFrom(expression)
                .WithAdditionalAnnotations(Simplifier.Annotation, Formatter.Annotation);
            var changed = document.WithSyntaxRoot(root!.ReplaceNode(expression, replacement));
            return await Simplifier.ReduceAsync(changed, Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
    }
}

using System.Collections.Immutable;
using System.Linq;
using KibanaConnectors.Rules.Common;
using KibanaConnectors.Rules.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace KibanaConnectors.Generator.Analyzers
{
    /// <summary>
    /// KC1001: a constant string given to <c>Get</c>, <c>TryGet</c> or anything marked <c>[ConnectorId]</c> that is not a
    /// connector id of the project's settings files. KC1002 (hidden): a string literal that is a known id, where the
    /// generated constant could stand.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ConnectorIdAnalyzer : DiagnosticAnalyzer
    {
        /// <summary>The diagnostic property with the constant to write instead (<c>global::Ns.Class.Ids.Name</c>).</summary>
        public const string ConstantProperty = "Constant";

        /// <summary>The diagnostic property with the id KC1001 suggests.</summary>
        public const string SuggestionProperty = "Suggestion";

        private const string AttributeName = "KibanaConnectors.ConnectorIdAttribute";

        private static readonly DiagnosticDescriptor s_unknownId = RoslynDiagnostics.Descriptor(DiagnosticRules.UnknownConnectorId);
        private static readonly DiagnosticDescriptor s_literal = RoslynDiagnostics.Descriptor(DiagnosticRules.ConnectorIdLiteral);

        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(s_unknownId, s_literal);

        /// <inheritdoc />
        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                var attribute = start.Compilation.GetTypeByMetadataName(AttributeName);
                if (attribute == null || !(KnownConnectors.From(start.Options, start.CancellationToken) is KnownConnectors known))
                {
                    return;
                }

                start.RegisterOperationAction(
                    c =>
                    {
                        var argument = (IArgumentOperation)c.Operation;
                        // An argument left out takes the parameter's default: nothing is written at the call site.
                        if (argument.ArgumentKind != ArgumentKind.DefaultValue && !argument.IsImplicit
                            && argument.Parameter != null && IsMarked(argument.Parameter, attribute))
                        {
                            Check(c, argument.Value, known);
                        }
                    },
                    OperationKind.Argument);
                start.RegisterOperationAction(
                    c =>
                    {
                        var assignment = (ISimpleAssignmentOperation)c.Operation;
                        if (Target(assignment.Target) is ISymbol target && IsMarked(target, attribute))
                        {
                            Check(c, assignment.Value, known);
                        }
                    },
                    OperationKind.SimpleAssignment);
                start.RegisterOperationAction(
                    c =>
                    {
                        var initializer = (ISymbolInitializerOperation)c.Operation;
                        var symbols = initializer is IFieldInitializerOperation field
                            ? field.InitializedFields.Cast<ISymbol>()
                            : ((IPropertyInitializerOperation)initializer).InitializedProperties.Cast<ISymbol>();
                        if (symbols.Any(s => IsMarked(s, attribute)))
                        {
                            Check(c, initializer.Value, known);
                        }
                    },
                    OperationKind.FieldInitializer,
                    OperationKind.PropertyInitializer);
            });
        }

        private static ISymbol? Target(IOperation target) => target switch
        {
            IPropertyReferenceOperation property => property.Property,
            IFieldReferenceOperation field => field.Field,
            _ => null,
        };

        private static bool IsMarked(ISymbol symbol, INamedTypeSymbol attribute) =>
            symbol.GetAttributes().Any(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, attribute));

        private static void Check(OperationAnalysisContext context, IOperation value, KnownConnectors known)
        {
            if (!value.ConstantValue.HasValue || !(value.ConstantValue.Value is string id))
            {
                return;
            }

            var literal = Unwrap(value) as ILiteralOperation;
            var location = value.Syntax.GetLocation();
            if (known.Constants.TryGetValue(id, out var constant))
            {
                if (literal != null)
                {
                    var properties = ImmutableDictionary<string, string?>.Empty.Add(ConstantProperty, constant);
                    context.ReportDiagnostic(Diagnostic.Create(s_literal, location, properties, id, Short(constant, known)));
                }

                return;
            }

            var suggestion = NameSuggester.Closest(id, known.Constants.Keys);
            var unknown = ImmutableDictionary<string, string?>.Empty;
            if (suggestion != null)
            {
                unknown = unknown.Add(SuggestionProperty, suggestion).Add(ConstantProperty, known.Constants[suggestion]);
            }

            var hint = suggestion != null
                ? $"; did you mean '{suggestion}' ({Short(known.Constants[suggestion], known)})?"
                : known.Constants.Count == 0 ? "; the settings files define no connector" : $"; known ids: {string.Join(", ", known.Constants.Keys.OrderBy(k => k, System.StringComparer.Ordinal).Take(10))}{(known.Constants.Count > 10 ? ", ..." : string.Empty)}";
            context.ReportDiagnostic(Diagnostic.Create(s_unknownId, location, unknown, id, hint));
        }

        private static IOperation Unwrap(IOperation operation) =>
            operation is IConversionOperation conversion && conversion.IsImplicit ? Unwrap(conversion.Operand) : operation;

        // "global::Acme.PreconfiguredConnectors.Ids.MySlack1" -> "PreconfiguredConnectors.Ids.MySlack1" (a Kibana resource's:
        // "PreconfiguredConnectors.Prod.Ids.OpsLog"): the constant without its namespace.
        private static string Short(string constant, KnownConnectors known)
        {
            var prefix = "global::" + (known.Set.Options.Namespace.Length == 0 ? string.Empty : known.Set.Options.Namespace + ".");
            return constant.StartsWith(prefix, System.StringComparison.Ordinal) ? constant.Substring(prefix.Length) : constant;
        }
    }
}

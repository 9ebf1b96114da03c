using System.Linq;
using KibanaConnectors.Generator.Model;
using Microsoft.CodeAnalysis;

namespace KibanaConnectors.Generator.Diagnostics
{
    /// <summary>A diagnostic as an equatable value: descriptor id, file, span and message arguments.</summary>
    internal sealed record DiagnosticInfo(string Id, string FilePath, SourceSpan Span, EquatableArray<string> Arguments)
    {
        public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, string filePath, SourceSpan span, params string[] arguments) =>
            new DiagnosticInfo(descriptor.Id, filePath, span, arguments.ToEquatableArray());

        public Diagnostic ToDiagnostic()
        {
            var descriptor = DiagnosticDescriptors.ById(Id);
            var location = FilePath.Length == 0 ? Location.None : Span.ToLocation(FilePath);
            return Diagnostic.Create(descriptor, location, Arguments.Cast<object>().ToArray());
        }
    }
}

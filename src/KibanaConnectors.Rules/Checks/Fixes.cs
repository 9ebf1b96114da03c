using KibanaConnectors.Rules.Common;
using KibanaConnectors.Rules.Diagnostics;
using KibanaConnectors.Rules.Reading;

namespace KibanaConnectors.Rules.Checks
{
    /// <summary>The fixes the checks attach to their diagnostics, worded once.</summary>
    internal static class Fixes
    {
        /// <summary>A misspelt key or value replaced by the known name "did you mean" suggests; null without a suggestion.</summary>
        public static DiagnosticFix? DidYouMean(SourceSpan span, string? suggestion) =>
            suggestion == null ? null : DiagnosticFix.Replace(span, Yaml(suggestion), $"Change to '{suggestion}'");

        /// <summary>A number or boolean where text is needed, quoted.</summary>
        public static DiagnosticFix Quote(SettingsScalar scalar) =>
            DiagnosticFix.Replace(scalar.Span, "'" + scalar.Value.Replace("'", "''") + "'", "Quote the value, so that YAML reads it as text");

        /// <summary>A literal secret replaced by an environment variable named after the connector and the field.</summary>
        public static DiagnosticFix ToEnvironment(SourceSpan span, string connectorId, string path)
        {
            var name = EnvironmentNames.For(connectorId, path);
            return DiagnosticFix.Replace(span, "${" + name + "}", $"Read secrets.{path} from the environment variable {name}");
        }

        /// <summary>A value written plainly if YAML reads it as text that way, quoted otherwise.</summary>
        public static string Yaml(string text)
        {
            var plain = text.Length > 0 && CoreSchema.Resolve(text, true, null) == ScalarKind.String
                && text.IndexOfAny(new[] { ':', '#', '{', '}', '[', ']', ',', '&', '*', '!', '|', '>', '\'', '"', '%', '@', '`' }) < 0
                && text.Trim() == text && !text.StartsWith("-", System.StringComparison.Ordinal) && !text.StartsWith("?", System.StringComparison.Ordinal);
            return plain ? text : "'" + text.Replace("'", "''") + "'";
        }
    }
}

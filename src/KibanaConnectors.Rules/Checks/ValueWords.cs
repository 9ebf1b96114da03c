using System;
using KibanaConnectors.Rules.Diagnostics;
using KibanaConnectors.Rules.Reading;

namespace KibanaConnectors.Rules.Checks
{
    /// <summary>
    /// How a value is described in messages, and KC0107 (a value of the wrong type) with the fix for the usual
    /// mistakes: every check that expects a kind of value words it here.
    /// </summary>
    internal static class ValueWords
    {
        private static readonly string[] s_yaml11Booleans = { "yes", "no", "on", "off", "y", "n", "Yes", "No", "On", "Off", "YES", "NO", "ON", "OFF" };

        /// <summary>KC0107 at <paramref name="node"/>: what it should be, what it is, and the usual fix.</summary>
        public static DiagnosticInfo WrongType(string filePath, string id, string path, SettingsNode node, string expected)
        {
            var (actual, hint) = Describe(node, expected);
            if (path.StartsWith("secrets.", StringComparison.Ordinal) && node is SettingsScalar scalar && scalar.Kind != ScalarKind.Null)
            {
                // A secret's value stays out of build logs: say what it is, not what it says.
                (actual, hint) = scalar.Kind == ScalarKind.Boolean ? ("a boolean", "; quote it")
                    : scalar.Kind == ScalarKind.Integer || scalar.Kind == ScalarKind.Float ? ("a number", "; YAML reads unquoted digits as a number, so quote it")
                    : scalar.Kind == ScalarKind.Timestamp ? ("a date", "; YAML reads it as a date, so quote it")
                    : ("text", string.Empty);
            }

            return DiagnosticInfo.Create(DiagnosticRules.WrongType, filePath, node.Span, id, path, expected, actual, hint).WithFixes(Fix(node, expected));
        }

        // The usual mistakes have one obvious fix: quotes around a number or boolean where text is needed, true or
        // false for a YAML 1.1 word, no quotes around a boolean.
        private static DiagnosticFix? Fix(SettingsNode node, string expected)
        {
            if (!(node is SettingsScalar scalar))
            {
                return null;
            }

            if (expected == "text" && (scalar.Kind == ScalarKind.Boolean || scalar.Kind == ScalarKind.Integer || scalar.Kind == ScalarKind.Float))
            {
                return Fixes.Quote(scalar);
            }

            if (expected == "true or false" && scalar.Kind == ScalarKind.String)
            {
                var word = scalar.Value.ToLowerInvariant();
                var truth = word == "yes" || word == "on" || word == "y" || word == "true" ? "true" : word == "no" || word == "off" || word == "n" || word == "false" ? "false" : null;
                if (truth != null && (Array.IndexOf(s_yaml11Booleans, scalar.Value) >= 0 || !scalar.Scalar.IsPlain))
                {
                    return DiagnosticFix.Replace(scalar.Span, truth, $"Change to {truth}");
                }
            }

            return null;
        }

        /// <summary>KC0107 for <c>${NAME}</c> where Kibana's schema takes only a real boolean.</summary>
        public static DiagnosticInfo TemplateInBoolean(string filePath, string id, string path, SettingsScalar text) =>
            DiagnosticInfo.Create(DiagnosticRules.WrongType, filePath, text.Span, id, path, "true or false", $"the text '{text.Value}'",
                ": Kibana replaces ${...} with text when it starts, and its schema rejects text where a boolean is needed; write true or false");

        /// <summary>What a value is, in words, and how to fix the usual mistakes.</summary>
        public static (string Actual, string Hint) Describe(SettingsNode node, string expected)
        {
            switch (node)
            {
                case SettingsMap { IsList: true }:
                    return ("a list", string.Empty);
                case SettingsMap _:
                    return ("a map", string.Empty);
                case SettingsList _:
                    return ("a list", string.Empty);
            }

            var scalar = (SettingsScalar)node;
            switch (scalar.Kind)
            {
                case ScalarKind.Null:
                    return ("empty", string.Empty);
                case ScalarKind.Boolean:
                    return ($"the boolean {scalar.Value}", expected == "text" ? $"; quote it: '{scalar.Value}'" : string.Empty);
                case ScalarKind.Timestamp:
                    return ($"the date {scalar.Value}", expected == "text" ? $"; YAML reads it as a date, so quote it: '{scalar.Value}'" : string.Empty);
                case ScalarKind.Binary:
                    return ("binary data (!!binary)", string.Empty);
                case ScalarKind.Integer:
                case ScalarKind.Float:
                    return ($"the number {scalar.Value}", expected == "text" ? $"; YAML reads unquoted digits as a number, so quote it: '{scalar.Value}'" : string.Empty);
                default:
                    var isYaml11Boolean = expected == "true or false" && Array.IndexOf(s_yaml11Booleans, scalar.Value) >= 0;
                    return ($"the text '{scalar.Value}'", isYaml11Boolean
                        ? $"; Kibana reads YAML 1.2, where '{scalar.Value}' is text: write true or false"
                        : expected == "true or false" && !scalar.Scalar.IsPlain && CoreSchema.Resolve(scalar.Value, true, null) == ScalarKind.Boolean ? "; remove the quotes" : string.Empty);
            }
        }
    }
}

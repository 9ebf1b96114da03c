using System;
using System.Collections.Generic;
using System.Linq;
using KibanaConnectors.Generator.Diagnostics;
using KibanaConnectors.Generator.Model;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KibanaConnectors.Generator
{
    /// <summary>Reads the generator's MSBuild properties (build_property.X).</summary>
    internal static class GeneratorOptionsReader
    {
        public const string DefaultClassName = "PreconfiguredConnectors";

        public static GeneratorOptions Read(AnalyzerConfigOptions global)
        {
            string Property(string name) =>
                global.TryGetValue("build_property." + name, out var value) ? value.Trim() : string.Empty;

            var diagnostics = new List<DiagnosticInfo>();
            var ns = Property("KibanaConnectorsNamespace");
            if (ns.Length == 0)
            {
                ns = Property("RootNamespace");
            }

            if (ns.Length > 0 && !ns.Split('.').All(IsIdentifier))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidOption, string.Empty, SourceSpan.None, "KibanaConnectorsNamespace", ns, "a C# namespace such as Acme.Alerts"));
                ns = string.Empty;
            }

            var className = Property("KibanaConnectorsClassName");
            if (className.Length == 0)
            {
                className = DefaultClassName;
            }
            else if (!IsIdentifier(className))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidOption, string.Empty, SourceSpan.None, "KibanaConnectorsClassName", className, "a C# class name such as AlertConnectors"));
                className = DefaultClassName;
            }

            Catalogue.KibanaLicense? license = null;
            var licenseText = Property("KibanaConnectorsLicense");
            if (licenseText.Length > 0)
            {
                if (Enum.TryParse<Catalogue.KibanaLicense>(licenseText, ignoreCase: true, out var parsed) && !licenseText.Any(char.IsDigit))
                {
                    license = parsed;
                }
                else
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidOption, string.Empty, SourceSpan.None, "KibanaConnectorsLicense", licenseText, "basic, gold, platinum or enterprise, or leave it unset"));
                }
            }

            var embedSecrets = Flag(Property("KibanaConnectorsEmbedSecrets"), "KibanaConnectorsEmbedSecrets", diagnostics);
            var mergeKeys = Flag(Property("KibanaConnectorsYamlMergeKeys"), "KibanaConnectorsYamlMergeKeys", diagnostics);
            var elasticCloud = Flag(Property("KibanaConnectorsElasticCloud"), "KibanaConnectorsElasticCloud", diagnostics);
            return new GeneratorOptions(
                ns,
                className,
                embedSecrets,
                mergeKeys,
                diagnostics.ToEquatableArray())
            {
                License = license,
                ElasticCloud = elasticCloud,
                IsDesignTime = string.Equals(Property("DesignTimeBuild"), "true", StringComparison.OrdinalIgnoreCase),
            };
        }

        private static bool Flag(string value, string name, List<DiagnosticInfo> diagnostics)
        {
            if (value.Length == 0 || string.Equals(value, "false", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            if (string.Equals(value, "true", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidOption, string.Empty, SourceSpan.None, name, value, "true or false"));
            return false;
        }

        private static bool IsIdentifier(string name) =>
            SyntaxFacts.IsValidIdentifier(name) && SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None;
    }
}

using System.Collections.Generic;
using System.Linq;
using System;
using KibanaConnectors.Rules.Common;
using KibanaConnectors.Rules.Diagnostics;
using KibanaConnectors.Rules.Model;

namespace KibanaConnectors.Rules.Set
{
    /// <summary>
    /// Reads <see cref="ProjectOptions"/> from a project's MSBuild properties (<c>KibanaConnectorsNamespace</c>,
    /// <c>KibanaConnectorsLicense</c>, ...), wherever they come from: the compiler's view of them in the generator and
    /// the analyzers, or a project file. A value that is not valid is KC0009 and its default is used.
    /// </summary>
    internal static class ProjectOptionsReader
    {
        /// <param name="property">The value of an MSBuild property by name; null or empty when not set.</param>
        public static ProjectOptions Read(Func<string, string?> property)
        {
            string Property(string name) => property(name)?.Trim() ?? string.Empty;

            var diagnostics = new List<DiagnosticInfo>();
            void Invalid(string name, string value, string expected) =>
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticRules.InvalidOption, string.Empty, SourceSpan.None, name, value, expected));

            var ns = Property("KibanaConnectorsNamespace");
            if (ns.Length == 0)
            {
                ns = Property("RootNamespace");
            }

            if (ns.Length > 0 && !ns.Split('.').All(CSharpNames.IsIdentifier))
            {
                Invalid("KibanaConnectorsNamespace", ns, "a C# namespace such as Acme.Alerts");
                ns = string.Empty;
            }

            var className = Property("KibanaConnectorsClassName");
            if (className.Length == 0)
            {
                className = ProjectOptions.DefaultClassName;
            }
            else if (!CSharpNames.IsIdentifier(className))
            {
                Invalid("KibanaConnectorsClassName", className, "a C# class name such as AlertConnectors");
                className = ProjectOptions.DefaultClassName;
            }

            KibanaLicense? license = null;
            var licenseText = Property("KibanaConnectorsLicense");
            if (licenseText.Length > 0)
            {
                if (ParseLicense(licenseText) is KibanaLicense parsed)
                {
                    license = parsed;
                }
                else
                {
                    Invalid("KibanaConnectorsLicense", licenseText, "basic, gold, platinum or enterprise, or leave it unset");
                }
            }

            var kibanaVersion = KibanaVersion.Newest;
            var versionText = Property("KibanaConnectorsKibanaVersion");
            if (versionText.Length > 0)
            {
                if (KibanaVersion.Parse(versionText) is KibanaVersion parsedVersion)
                {
                    kibanaVersion = parsedVersion;
                }
                else
                {
                    Invalid("KibanaConnectorsKibanaVersion", versionText, $"a Kibana release such as 8.18 or {KibanaVersion.Newest} ({KibanaVersion.Oldest} or later), or leave it unset for the newest");
                }
            }

            bool Flag(string name)
            {
                var value = Property(name);
                if (value.Length == 0 || string.Equals(value, "false", StringComparison.OrdinalIgnoreCase))
                {
                    return false;
                }

                if (string.Equals(value, "true", StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }

                Invalid(name, value, "true or false");
                return false;
            }

            var embedSecrets = Flag("KibanaConnectorsEmbedSecrets");
            var mergeKeys = Flag("KibanaConnectorsYamlMergeKeys");
            var elasticCloud = Flag("KibanaConnectorsElasticCloud");
            return new ProjectOptions(ns, className, embedSecrets, mergeKeys, diagnostics.ToEquatableArray())
            {
                License = license,
                ElasticCloud = elasticCloud,
                KibanaVersion = kibanaVersion,
            };
        }

        /// <summary>basic, gold, platinum or enterprise, in any case; null for anything else.</summary>
        public static KibanaLicense? ParseLicense(string text) =>
            Enum.TryParse<KibanaLicense>(text, ignoreCase: true, out var parsed) && !text.Any(char.IsDigit) ? parsed : (KibanaLicense?)null;
    }
}

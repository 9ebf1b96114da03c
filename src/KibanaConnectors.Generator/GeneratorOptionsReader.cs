using System;
using KibanaConnectors.Rules.Model;
using KibanaConnectors.Rules.Set;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KibanaConnectors.Generator
{
    /// <summary>What the generator and the analyzers read from the project: its options for the rules core, and two facts of the build.</summary>
    /// <param name="Project">The KibanaConnectors options (MSBuild properties), read by the core.</param>
    /// <param name="IsDesignTime">
    /// The IDE's design-time build (<c>DesignTimeBuild=true</c>): the settings-file analyzer reports the YAML
    /// diagnostics live, so the generator leaves them out and each problem shows once (docs/ide-diagnostics.md).
    /// </param>
    internal sealed record GeneratorOptions(ProjectOptions Project, bool IsDesignTime)
    {
        /// <summary>C# 8 or later: the generated code carries nullable annotations. Older projects (C# 7.3, the default for netstandard2.0) get none.</summary>
        public bool NullableAnnotations { get; init; } = true;
    }

    /// <summary>Reads the build properties the package makes compiler-visible (build_property.X).</summary>
    internal static class GeneratorOptionsReader
    {
        public static GeneratorOptions Read(AnalyzerConfigOptions global)
        {
            string? Property(string name) => global.TryGetValue("build_property." + name, out var value) ? value : null;

            return new GeneratorOptions(
                ProjectOptionsReader.Read(Property),
                string.Equals(Property("DesignTimeBuild")?.Trim(), "true", StringComparison.OrdinalIgnoreCase));
        }

        /// <summary>Whether a project's C# version has nullable annotations (8 and later).</summary>
        public static bool HasNullableAnnotations(Microsoft.CodeAnalysis.ParseOptions options) =>
            !(options is CSharpParseOptions csharp) || csharp.LanguageVersion >= LanguageVersion.CSharp8;
    }
}

using System;
using KibanaConnectors.Rules.Reading;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KibanaConnectors.Generator
{
    /// <summary>Which AdditionalFiles are Kibana settings files, and which are keystore lists.</summary>
    internal static class ConnectorFiles
    {
        /// <summary>A settings file's text as Kibana reads it: UTF-8 whatever byte order mark the file has (Roslyn follows the mark).</summary>
        public static string? TextAsKibanaReads(Microsoft.CodeAnalysis.Text.SourceText? text) =>
            text == null ? null : KibanaConnectors.Rules.Reading.SettingsFiles.AsKibanaReads(text.ToString(), text.Encoding);

        public const string MetadataKey = "build_metadata.AdditionalFiles.KibanaConnectorsFile";

        /// <summary>
        /// The <c>Shape</c> of a <c>&lt;KibanaConnectors&gt;</c> item (<c>eck</c>, <c>helm</c>, <c>eck-stack</c>, <c>settings</c>,
        /// <c>auto</c>), which the package's targets pass on as KibanaConnectorsShape.
        /// </summary>
        public const string ShapeKey = "build_metadata.AdditionalFiles.KibanaConnectorsShape";

        /// <summary>The shape a file's metadata names; null when none is given (the content tells it).</summary>
        public static string? Shape(AnalyzerConfigOptions options) =>
            options.TryGetValue(ShapeKey, out var shape) && shape.Trim().Length > 0 ? shape.Trim() : null;

        /// <summary>A file with a conventional name (<see cref="SettingsFiles.HasConventionalName"/>), or one the project marked.</summary>
        public static bool IsConnectorFile(string path, AnalyzerConfigOptions options) =>
            SettingsFiles.HasConventionalName(path)
            || (options.TryGetValue(MetadataKey, out var marked) && string.Equals(marked, "true", StringComparison.OrdinalIgnoreCase));

        /// <summary>A <c>&lt;KibanaConnectorsKeystore&gt;</c> file: the output of <c>kibana-keystore list</c>, one setting key per line.</summary>
        public static bool IsKeystoreFile(AnalyzerConfigOptions options) =>
            options.TryGetValue(MetadataKey, out var marked) && string.Equals(marked, "keystore", StringComparison.OrdinalIgnoreCase);
    }
}

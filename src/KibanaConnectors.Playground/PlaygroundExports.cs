using System.Runtime.InteropServices.JavaScript;
using System.Runtime.Versioning;

namespace KibanaConnectors.Playground
{
    /// <summary>
    /// What the page calls (main.js, through <c>getAssemblyExports</c>): each method takes and returns strings, so the
    /// boundary needs no marshalling of objects; JSON is written with <see cref="System.Text.Json.Utf8JsonWriter"/>.
    /// </summary>
    [SupportedOSPlatform("browser")]
    internal static partial class PlaygroundExports
    {
        /// <summary>The diagnostics of one settings file as <c>kibana-connectors check --format json</c> writes them.</summary>
        [JSExport]
        internal static string Check(string file, string text, string shape, string kibanaVersion) =>
            PlaygroundChecker.Check(file, text, shape, kibanaVersion);

        /// <summary>The editor server's hover text at a zero-based line and UTF-16 character, as JSON; empty for none.</summary>
        [JSExport]
        internal static string Hover(string file, string text, int line, int character) =>
            PlaygroundChecker.Hover(file, text, line, character);

        /// <summary>The page of a diagnostic id (docs/diagnostics/KCxxxx.md) as markdown; empty for an id without one.</summary>
        [JSExport]
        internal static string Explain(string id) => Rules.Diagnostics.DiagnosticHelp.Page(id) ?? string.Empty;

        /// <summary>The Kibana releases, the settings shapes and every id with its title and severity, as JSON.</summary>
        [JSExport]
        internal static string About() => PlaygroundChecker.About();
    }
}

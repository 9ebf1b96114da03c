using System.Collections.Concurrent;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System;

namespace KibanaConnectors.Rules.Diagnostics
{
    /// <summary>
    /// The page of each diagnostic id (docs/diagnostics/KCxxxx.md, compiled into this assembly so every front end has
    /// it offline) and its address on the web, when the package was built with <c>-p:RepositoryUrl=...</c>.
    /// </summary>
    internal static class DiagnosticHelp
    {
        /// <summary>The assembly metadata key the build writes the docs address under (see the project file).</summary>
        public const string DocsUrlKey = "KibanaConnectorsDocsUrl";

        private const string ResourcePrefix = "KibanaConnectors.Rules.docs.";

        private static readonly ConcurrentDictionary<string, string> s_summaries = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        private static readonly Lazy<string?> s_docsUrl = new Lazy<string?>(ReadDocsUrl);

        /// <summary>
        /// Where the pages are on the web, such as <c>https://github.com/acme/kibana-connectors/blob/main/docs/diagnostics/</c>;
        /// null when the package was built without a repository URL, and then nothing links anywhere.
        /// </summary>
        public static string? DocsUrl => s_docsUrl.Value;

        /// <summary>The page of an id as markdown; null for an id without a page.</summary>
        public static string? Page(string id)
        {
            using var stream = typeof(DiagnosticHelp).Assembly.GetManifestResourceStream(ResourcePrefix + id + ".md");
            if (stream == null)
            {
                return null;
            }

            using var reader = new StreamReader(stream, Encoding.UTF8);
            return reader.ReadToEnd().Replace("\r\n", "\n");
        }

        /// <summary>The ids that have a page.</summary>
        public static string[] PagedIds() => typeof(DiagnosticHelp).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix + "KC", StringComparison.Ordinal))
            .Select(n => n.Substring(ResourcePrefix.Length, n.Length - ResourcePrefix.Length - ".md".Length))
            .OrderBy(n => n, StringComparer.Ordinal)
            .ToArray();

        /// <summary>The web address of an id's page; null without a repository URL.</summary>
        public static string? Link(string id) => DocsUrl == null ? null : DocsUrl + id + ".md";

        /// <summary>The first paragraph under the page's "What it means", on one line; the title when there is none.</summary>
        public static string Summary(string id) => s_summaries.GetOrAdd(id, key =>
        {
            var page = Page(key);
            var title = DiagnosticRules.Find(key)?.Title ?? key;
            if (page == null)
            {
                return title;
            }

            var start = page.IndexOf("## What it means\n", StringComparison.Ordinal);
            if (start < 0)
            {
                return title;
            }

            var lines = page.Substring(start).Split('\n').Skip(1).SkipWhile(l => l.Trim().Length == 0).TakeWhile(l => l.Trim().Length > 0);
            var paragraph = string.Join(" ", lines.Select(l => l.Trim()));
            return paragraph.Length == 0 ? title : paragraph;
        });

        private static string? ReadDocsUrl()
        {
            var url = typeof(DiagnosticHelp).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
                .FirstOrDefault(a => a.Key == DocsUrlKey)?.Value;
            return string.IsNullOrWhiteSpace(url) ? null : url!.TrimEnd('/') + "/";
        }
    }
}

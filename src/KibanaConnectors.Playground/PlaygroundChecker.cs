using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using KibanaConnectors.LanguageServer.Features;
using KibanaConnectors.LanguageServer.Workspace;
using KibanaConnectors.Rules.Common;
using KibanaConnectors.Rules.Diagnostics;
using KibanaConnectors.Rules.Model;
using KibanaConnectors.Rules.Reading;
using KibanaConnectors.Rules.Set;

namespace KibanaConnectors.Playground
{
    /// <summary>
    /// The playground's checks: the rules core over one file, read as <c>kibana-connectors check</c> reads a file given
    /// on its command line (the same options, shape and release), and the editor server's hover. No rule lives here.
    /// </summary>
    internal static class PlaygroundChecker
    {
        /// <summary>The diagnostics of <paramref name="text"/> as the CLI's JSON: file, place (one-based), id, severity, title, message, help.</summary>
        public static string Check(string file, string text, string shape, string kibanaVersion)
        {
            var version = KibanaVersion.Parse(kibanaVersion) ?? KibanaVersion.Newest;
            var options = ProjectOptions.Default with { KibanaVersion = version };
            var shapeName = SettingsShapes.Parse(shape) == null ? null : (shape.Length == 0 || shape == "auto" ? null : shape);
            // As the CLI's Checker.Check reads a file given without a keystore.
            var keystore = KeystoreFile.Combine(Array.Empty<KeystoreFile>());
            var model = ConnectorSetBuilder.Read(new[] { (file, text, shapeName) }, options, keystore.Keys, keystore.Secrets);
            var findings = model.Diagnostics
                .Select(d => (Info: d, d.Span))
                .OrderBy(f => f.Info.FilePath, StringComparer.Ordinal)
                .ThenBy(f => f.Span.StartLine)
                .ThenBy(f => f.Span.StartColumn)
                .ThenBy(f => f.Info.Id, StringComparer.Ordinal)
                .ToList();
            return Json(json =>
            {
                json.WriteStartObject();
                json.WriteNumber("connectors", model.Connectors.Count + model.Deployments.Sum(d => d.Connectors.Count));
                json.WriteStartArray("diagnostics");
                foreach (var (info, span) in findings)
                {
                    var rule = info.Rule;
                    json.WriteStartObject();
                    json.WriteString("file", info.FilePath);
                    json.WriteNumber("line", span.StartLine + 1);
                    json.WriteNumber("column", span.StartColumn + 1);
                    json.WriteNumber("endLine", span.EndLine + 1);
                    json.WriteNumber("endColumn", span.EndColumn + 1);
                    json.WriteBoolean("hasPlace", info.FilePath.Length > 0 && span != SourceSpan.None);
                    json.WriteString("id", info.Id);
                    json.WriteString("severity", SeverityNames.Of(info.Severity));
                    json.WriteString("title", rule.Title);
                    json.WriteString("message", info.Message);
                    if (rule.HelpLink != null)
                    {
                        json.WriteString("helpUri", rule.HelpLink);
                    }

                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            });
        }

        /// <summary>The editor server's hover (<see cref="LanguageServer.Features.Hover"/>) for the text as an open document; empty for none.</summary>
        public static string Hover(string file, string text, int line, int character)
        {
            var workspace = new ConnectorWorkspace(Array.Empty<string>(), ServerSettings.None);
            var document = workspace.Open(new Uri("file:///playground/" + file).AbsoluteUri, text, 1);
            var hover = LanguageServer.Features.Hover.Provide(workspace, document, new JsonObject { ["line"] = line, ["character"] = character });
            return hover?.ToJsonString() ?? string.Empty;
        }

        /// <summary>The choosers' values and the ids: releases oldest first, the newest named.</summary>
        public static string About() => Json(json =>
        {
            json.WriteStartObject();
            json.WriteString("newest", KibanaVersion.Newest.ToString());
            json.WriteStartArray("versions");
            foreach (var release in KibanaVersion.Releases)
            {
                json.WriteStringValue(release.ToString());
            }

            json.WriteEndArray();
            json.WriteStartArray("shapes");
            foreach (var name in SettingsShapes.Names)
            {
                json.WriteStringValue(name);
            }

            json.WriteEndArray();
            json.WriteStartArray("rules");
            foreach (var rule in DiagnosticRules.All)
            {
                json.WriteStartObject();
                json.WriteString("id", rule.Id);
                json.WriteString("title", rule.Title);
                json.WriteString("severity", SeverityNames.Of(rule.Severity));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });

        private static string Json(Action<Utf8JsonWriter> write) => LanguageServer.Protocol.JsonText.Compact(write);
    }
}

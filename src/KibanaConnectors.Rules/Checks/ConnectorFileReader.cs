using System.Collections.Generic;
using System.Linq;
using System;
using KibanaConnectors.Rules.Common;
using KibanaConnectors.Rules.Diagnostics;
using KibanaConnectors.Rules.Model;
using KibanaConnectors.Rules.Reading;

namespace KibanaConnectors.Rules.Checks
{
    /// <summary>
    /// The parse step for one settings file: YAML to Kibana's settings tree, the preconfigured section found in any
    /// spelling, each connector read and checked. Never throws: an unexpected failure becomes a diagnostic.
    /// </summary>
    internal static class ConnectorFileReader
    {
        public static readonly string[] SectionPath = { "xpack", "actions", "preconfigured" };

        public static ConnectorFileModel Read(string filePath, string text, bool applyMergeKeys, System.Threading.CancellationToken cancellationToken = default) =>
            Read(filePath, text, new ReadOptions(applyMergeKeys, EmbedSecrets: false), cancellationToken);

        public static ConnectorFileModel Read(string filePath, string text, ReadOptions options, System.Threading.CancellationToken cancellationToken = default)
        {
            var diagnostics = new List<DiagnosticInfo>();
            var connectors = new List<ConnectorModel>();
            var settings = ActionsSettings.None;
            var fileName = System.IO.Path.GetFileName(filePath);
            try
            {
                ReadInto(filePath, fileName, text, options, connectors, diagnostics, ref settings, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                throw;
            }
            catch (Exception ex)
            {
                // A bug here must not break the build of the user's code: report it and go on.
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticRules.InvalidYaml, filePath, SourceSpan.None, fileName,
                    $"KibanaConnectors could not read it ({ex.GetType().Name}: {ex.Message}); please report this with the file"));
                connectors.Clear();
                settings = ActionsSettings.None;
            }

            return new ConnectorFileModel(filePath, connectors.ToEquatableArray(), diagnostics.ToEquatableArray()) { Settings = settings };
        }

        private static void ReadInto(string filePath, string fileName, string text, ReadOptions options, List<ConnectorModel> connectors, List<DiagnosticInfo> diagnostics, ref ActionsSettings settings, System.Threading.CancellationToken cancellationToken)
        {
            var (yaml, problems) = YamlDocumentReader.Read(text, options.ApplyMergeKeys, cancellationToken);
            foreach (var problem in problems)
            {
                diagnostics.Add(DiagnosticInfo.Create(problem.IsLimit ? DiagnosticRules.UnsafeInput : DiagnosticRules.InvalidYaml, filePath, problem.Span, fileName, problem.Message));
            }

            if (problems.Count > 0)
            {
                return;
            }

            var (root, conflicts) = KibanaSettingsReader.Read(yaml);
            foreach (var conflict in conflicts)
            {
                var isConnector = conflict.Path.StartsWith(string.Join(".", SectionPath) + ".", StringComparison.Ordinal)
                    && conflict.Path.Split('.').Length == SectionPath.Length + 1;
                diagnostics.Add(conflict.IsLimit
                    ? DiagnosticInfo.Create(DiagnosticRules.UnsafeInput, filePath, conflict.Span, fileName, conflict.Message)
                    : isConnector
                        ? DiagnosticInfo.Create(DiagnosticRules.DuplicateId, filePath, conflict.Span, conflict.Path.Substring(string.Join(".", SectionPath).Length + 1), $"line {conflict.FirstSpan.DisplayLine}")
                        : DiagnosticInfo.Create(DiagnosticRules.InvalidYaml, filePath, conflict.Span, fileName, conflict.Message));
            }

            if (conflicts.Any(c => c.IsLimit))
            {
                return;
            }

            if (root != null && !(root is SettingsMap))
            {
                var (actual, _) = ValueWords.Describe(root, "a map");
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticRules.NotAMap, filePath, root.Span, "A Kibana settings file", "settings", actual));
                return;
            }

            settings = ActionsSettingsReader.Read(filePath, root as SettingsMap, diagnostics, options.KibanaVersion);
            var section = FindSection(filePath, root as SettingsMap, diagnostics);
            ReportConnectorsOutside(filePath, root as SettingsMap, section, string.Empty, diagnostics);
            if (section == null)
            {
                // A file that only sets what is around the connectors (allowed hosts, the alert history connector) is fine.
                if (!diagnostics.Any(d => d.Id == DiagnosticRules.NotAMap.Id) && settings == ActionsSettings.None)
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticRules.NoConnectors, filePath, SourceSpan.None, fileName));
                }

                return;
            }

            foreach (var entry in section.Entries)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (ConnectorReader.Read(filePath, entry, options, diagnostics) is ConnectorModel connector)
                {
                    connectors.Add(connector);
                }
            }

            if (section.Entries.Count == 0)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticRules.NoConnectors, filePath, section.Span, fileName));
            }
        }

        private static SettingsMap? FindSection(string filePath, SettingsMap? root, List<DiagnosticInfo> diagnostics)
        {
            SettingsNode? node = root;
            var path = string.Empty;
            foreach (var part in SectionPath)
            {
                path = path.Length == 0 ? part : path + "." + part;
                var entry = (node as SettingsMap)?.Find(part);
                if (entry == null)
                {
                    return null;
                }

                if (!(entry.Value is SettingsMap))
                {
                    var (actual, _) = ValueWords.Describe(entry.Value, "a map");
                    var what = part == "preconfigured" ? "connector ids to connectors" : "settings";
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticRules.NotAMap, filePath, entry.KeySpan, path, what, actual));
                    return null;
                }

                node = entry.Value;
            }

            return (SettingsMap)node!;
        }

        // A map with actionTypeId outside the section is most often a connector indented wrongly.
        private static void ReportConnectorsOutside(string filePath, SettingsMap? map, SettingsMap? section, string path, List<DiagnosticInfo> diagnostics)
        {
            if (map == null || ReferenceEquals(map, section))
            {
                return;
            }

            foreach (var entry in map.Entries)
            {
                var entryPath = path.Length == 0 ? entry.Key : path + "." + entry.Key;
                if (entry.Value is SettingsMap child)
                {
                    if (!ReferenceEquals(child, section) && child.Find("actionTypeId") != null)
                    {
                        diagnostics.Add(DiagnosticInfo.Create(DiagnosticRules.ConnectorOutsideSection, filePath, entry.KeySpan, entry.Key, entryPath));
                    }
                    else
                    {
                        ReportConnectorsOutside(filePath, child, section, entryPath, diagnostics);
                    }
                }
            }
        }
    }
}

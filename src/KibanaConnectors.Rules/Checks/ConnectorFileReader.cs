using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
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

        private static readonly string s_sectionPath = string.Join(".", SectionPath);

        public static ConnectorFileModel Read(string filePath, string text, bool applyMergeKeys, System.Threading.CancellationToken cancellationToken = default) =>
            Read(filePath, text, new ReadOptions(applyMergeKeys, EmbedSecrets: false), cancellationToken);

        public static ConnectorFileModel Read(string filePath, string text, ReadOptions options, System.Threading.CancellationToken cancellationToken = default) =>
            Read(filePath, text, null, options, cancellationToken);

        /// <summary>
        /// Reads a file of the shape <paramref name="shape"/> names (<c>auto</c>, <c>settings</c>, <c>eck</c>, <c>helm</c>,
        /// <c>eck-stack</c>: an option or item metadata); null or empty tells the shape by the content.
        /// </summary>
        public static ConnectorFileModel Read(string filePath, string text, string? shape, ReadOptions options, System.Threading.CancellationToken cancellationToken = default)
        {
            var diagnostics = new List<DiagnosticInfo>();
            var connectors = new List<ConnectorModel>();
            var deployments = new List<DeploymentModel>();
            var suppressions = new List<Suppression>();
            var settings = ActionsSettings.None;
            var fileName = System.IO.Path.GetFileName(filePath);
            try
            {
                var given = SettingsShapes.Parse(shape);
                if (given == null)
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticRules.InvalidDeploymentFile, filePath, SourceSpan.None, fileName,
                        $"its shape is given as '{shape}', which is none KibanaConnectors knows; use {string.Join(", ", SettingsShapes.Names)} (the content tells the shape when none is given)"));
                }

                var read = given is SettingsShape known && known != SettingsShape.Auto ? known : Shapes.Detect(text);
                if (read == SettingsShape.Settings)
                {
                    ReadInto(filePath, fileName, text, options, connectors, diagnostics, ref settings, cancellationToken);
                }
                else
                {
                    settings = DeploymentFileReader.Read(filePath, fileName, text, read, options, connectors, deployments, diagnostics, suppressions, cancellationToken);
                }

                SuppressionComments.Find(filePath, text, suppressions, diagnostics);
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
                deployments.Clear();
                suppressions.Clear();
                settings = ActionsSettings.None;
            }

            return new ConnectorFileModel(filePath, connectors.ToEquatableArray(), diagnostics.ToEquatableArray()) { Settings = settings, Deployments = deployments.ToEquatableArray(), Suppressions = suppressions.OrderBy(s => s.Span.Start).ToEquatableArray() };
        }

        private static void ReadInto(string filePath, string fileName, string text, ReadOptions options, List<ConnectorModel> connectors, List<DiagnosticInfo> diagnostics, ref ActionsSettings settings, System.Threading.CancellationToken cancellationToken)
        {
            if (SettingsTree(filePath, fileName, text, options, diagnostics, cancellationToken) is { } tree)
            {
                settings = ReadSettings(filePath, fileName, tree, options, connectors, diagnostics, reportNoSection: true, cancellationToken);
            }
        }

        // The YAML tree, then Kibana's settings tree from it, in a frame of their own: once it returns, nothing holds the
        // YAML tree's maps and entries while the connectors are checked. Code the JIT has not optimised yet (a build's
        // one run of the generator) keeps every local of a method alive to its end, and a collection during the checks
        // copied the whole tree.
        [MethodImpl(MethodImplOptions.NoInlining)]
        private static (SettingsNode? Root, IReadOnlyList<SettingsConflict> Conflicts)? SettingsTree(string filePath, string fileName, string text, ReadOptions options, List<DiagnosticInfo> diagnostics, System.Threading.CancellationToken cancellationToken)
        {
            var (yaml, problems) = YamlDocumentReader.Read(text, options.KibanaVersion.Reader, options.ApplyMergeKeys, cancellationToken);
            return Report(filePath, fileName, problems, diagnostics) ? null : KibanaSettingsReader.Read(yaml);
        }

        /// <summary>Adds KC0001 or KC0008 for each problem of a YAML read; true when there was any (then nothing else is read).</summary>
        public static bool Report(string filePath, string what, IReadOnlyList<YamlProblem> problems, List<DiagnosticInfo> diagnostics)
        {
            foreach (var problem in problems)
            {
                diagnostics.Add(DiagnosticInfo.Create(problem.IsLimit ? DiagnosticRules.UnsafeInput : DiagnosticRules.InvalidYaml, filePath, problem.Span, what, problem.Message));
            }

            return problems.Count > 0;
        }

        /// <summary>
        /// Reads the settings of one root (a settings file's document, a Kibana resource's <c>spec.config</c>, a chart's
        /// kibana.yml) as Kibana does, and its connectors; <paramref name="what"/> names it in messages.
        /// <paramref name="reportNoSection"/>: KC0002 when it has neither connectors nor settings around them.
        /// </summary>
        public static ActionsSettings ReadSettings(string filePath, string what, YamlNode? yaml, ReadOptions options, List<ConnectorModel> connectors, List<DiagnosticInfo> diagnostics, bool reportNoSection, System.Threading.CancellationToken cancellationToken) =>
            ReadSettings(filePath, what, KibanaSettingsReader.Read(yaml), options, connectors, diagnostics, reportNoSection, cancellationToken);

        private static ActionsSettings ReadSettings(string filePath, string what, (SettingsNode? Root, IReadOnlyList<SettingsConflict> Conflicts) tree, ReadOptions options, List<ConnectorModel> connectors, List<DiagnosticInfo> diagnostics, bool reportNoSection, System.Threading.CancellationToken cancellationToken)
        {
            var fileName = what;
            var settings = ActionsSettings.None;
            var (root, conflicts) = tree;
            foreach (var conflict in conflicts)
            {
                var isConnector = conflict.Path.StartsWith(s_sectionPath + ".", StringComparison.Ordinal)
                    && conflict.Path.Split('.').Length == SectionPath.Length + 1;
                var dropped = conflict.Kind == ConflictKind.WrittenTwice && !isConnector ? DroppedConnectors(conflict, root) : new List<string>();
                diagnostics.Add(conflict.Kind switch
                {
                    ConflictKind.Limit => DiagnosticInfo.Create(DiagnosticRules.UnsafeInput, filePath, conflict.Span, fileName, conflict.Message),
                    ConflictKind.ForbiddenPath => DiagnosticInfo.Create(DiagnosticRules.ForbiddenPath, filePath, conflict.Span, fileName, conflict.Message),
                    _ when isConnector => DiagnosticInfo.Create(DiagnosticRules.DuplicateId, filePath, conflict.Span, conflict.Path.Substring(s_sectionPath.Length + 1),
                        $"line {conflict.FirstSpan.DisplayLine}; Kibana keeps the one it reads last, this one"),
                    _ when dropped.Count > 0 => DiagnosticInfo.Create(DiagnosticRules.ConnectorsDropped, filePath, conflict.Span, fileName, conflict.Message,
                        (dropped.Count == 1 ? "connector " : "connectors ") + string.Join(", ", dropped.Select(id => "'" + id + "'"))),
                    _ => DiagnosticInfo.Create(DiagnosticRules.SettingWrittenTwice, filePath, conflict.Span, fileName, conflict.Message),
                });
            }

            if (root == null && conflicts.Count > 0)
            {
                return settings;
            }

            if (root != null && !(root is SettingsMap))
            {
                var (actual, _) = ValueWords.Describe(root, "a map");
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticRules.NotAMap, filePath, root.Span, "A Kibana settings file", "settings", actual));
                return settings;
            }

            var actions = ActionsSection(filePath, root as SettingsMap, diagnostics);
            settings = ActionsSettingsReader.Read(filePath, root as SettingsMap, actions, diagnostics, options.KibanaVersion);
            var section = FindSection(filePath, actions, diagnostics);
            ReportConnectorsOutside(filePath, root as SettingsMap, section, string.Empty, diagnostics);
            if (section == null)
            {
                // A file that only sets what is around the connectors (allowed hosts, the alert history connector) is fine.
                if (reportNoSection && !diagnostics.Any(d => d.Id == DiagnosticRules.NotAMap.Id) && settings == ActionsSettings.None)
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticRules.NoConnectors, filePath, SourceSpan.None, fileName));
                }

                return settings;
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

            return settings;
        }

        // The connectors a setting written again at the preconfigured section or above it (an empty map, a value) drops
        // for good: those under the value dropped that the settings Kibana ends up with do not define.
        private static List<string> DroppedConnectors(SettingsConflict conflict, SettingsNode? root)
        {
            var parts = conflict.Path.Split('.');
            if (!(conflict.Dropped is SettingsMap dropped) || parts.Length > SectionPath.Length || !parts.SequenceEqual(SectionPath.Take(parts.Length)))
            {
                return new List<string>();
            }

            var before = dropped;
            foreach (var part in SectionPath.Skip(parts.Length))
            {
                before = before?.Get(part) as SettingsMap;
            }

            var now = ((root as SettingsMap)?.Get(SectionPath[0]) as SettingsMap)?.Get(SectionPath[1]) as SettingsMap;
            var section = now?.Get(SectionPath[2]) as SettingsMap;
            return before == null ? new List<string>() : before.Entries.Select(e => e.Key).Where(id => section?.Find(id) == null).ToList();
        }

        // xpack.actions: Kibana's schema for it is an object, which also takes JSON text of one.
        private static SettingsMap? ActionsSection(string filePath, SettingsMap? root, List<DiagnosticInfo> diagnostics)
        {
            var xpack = root?.Find(SectionPath[0]);
            if (xpack == null)
            {
                return null;
            }

            if (!(xpack.Value is SettingsMap { IsList: false } settings))
            {
                NotAMap(filePath, xpack, SectionPath[0], "settings", string.Empty, diagnostics);
                return null;
            }

            var actions = settings.Find(SectionPath[1]);
            if (actions == null)
            {
                return null;
            }

            if (!(ConfigSchema.Map(actions.Value, out var json) is SettingsMap map))
            {
                NotAMap(filePath, actions, SectionPath[0] + "." + SectionPath[1], "settings", json ?? string.Empty, diagnostics);
                return null;
            }

            return map;
        }

        // xpack.actions.preconfigured: a record in Kibana's schema, so a map or JSON text of one.
        private static SettingsMap? FindSection(string filePath, SettingsMap? actions, List<DiagnosticInfo> diagnostics)
        {
            var entry = actions?.Find(SectionPath[2]);
            if (entry == null)
            {
                return null;
            }

            if (ConfigSchema.Map(entry.Value, out var json) is SettingsMap section)
            {
                return section;
            }

            var why = json ?? string.Empty;
            if (entry.Value is SettingsMap { IsList: true } list && list.Entries.FirstOrDefault(e => KibanaSettingsReader.IsIndex(e.Key)) is SettingsEntry index)
            {
                why = $": the connector id '{index.Key}' looks like a list index, and Kibana creates a missing parent of such a key as a list, which its schema refuses; give the connector an id that is not a whole number";
            }

            NotAMap(filePath, entry, string.Join(".", SectionPath), "connector ids to connectors", why, diagnostics);
            return null;
        }

        private static void NotAMap(string filePath, SettingsEntry entry, string path, string what, string why, List<DiagnosticInfo> diagnostics)
        {
            var (actual, _) = ValueWords.Describe(entry.Value, "a map");
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticRules.NotAMap, filePath, entry.KeySpan, path, what, actual + why));
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

                // The section itself, when it is not a usable map (KC0005 already says why).
                if (entryPath == s_sectionPath)
                {
                    continue;
                }

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

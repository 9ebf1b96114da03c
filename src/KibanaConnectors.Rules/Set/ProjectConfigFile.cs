using System;
using System.Collections.Generic;
using System.Linq;
using KibanaConnectors.Rules.Checks;
using KibanaConnectors.Rules.Common;
using KibanaConnectors.Rules.Diagnostics;
using KibanaConnectors.Rules.Model;
using KibanaConnectors.Rules.Reading;

namespace KibanaConnectors.Rules.Set
{
    /// <summary>
    /// What a project's <c>.kibana-connectors.yml</c> says to the CLI and the editor server: the settings a build takes
    /// from MSBuild properties (by those properties' names, so both read them with <see cref="ProjectOptionsReader"/>),
    /// the keystore files, the shape, and the severities per id that <c>.globalconfig</c> gives a build.
    /// </summary>
    internal sealed class ProjectConfig
    {
        public ProjectConfig(string path, Dictionary<string, string> properties, List<string> keystoreFiles, string? shape, EquatableArray<SeverityOption> severities, EquatableArray<DiagnosticInfo> diagnostics)
        {
            Path = path;
            Properties = properties;
            KeystoreFiles = keystoreFiles;
            Shape = shape;
            Severities = severities;
            Diagnostics = diagnostics;
        }

        public string Path { get; }

        /// <summary>The valid values, by the MSBuild property they stand for (<c>KibanaConnectorsKibanaVersion</c>, ...).</summary>
        public Dictionary<string, string> Properties { get; }

        /// <summary>The keystore files, relative paths taken from the config file's folder.</summary>
        public List<string> KeystoreFiles { get; }

        /// <summary>The shape of every checked file (<c>auto</c>, <c>settings</c>, <c>eck</c>, ...); null when not set.</summary>
        public string? Shape { get; }

        public EquatableArray<SeverityOption> Severities { get; }

        /// <summary>KC0017 for each key or value that is not valid (the key is then ignored).</summary>
        public EquatableArray<DiagnosticInfo> Diagnostics { get; }

        /// <summary>The value of an MSBuild property the file sets; null when it does not.</summary>
        public string? Property(string name) => Properties.TryGetValue(name, out var value) ? value : null;

        /// <summary>The options with this file's severities, and its problems among theirs.</summary>
        public ProjectOptions AddTo(ProjectOptions options) => options with
        {
            Severities = Severities,
            Diagnostics = options.Diagnostics.Concat(Diagnostics).ToEquatableArray(),
        };
    }

    /// <summary>Finds and reads <c>.kibana-connectors.yml</c> (docs/config-file.md). The front ends give it their file access.</summary>
    internal static class ProjectConfigFile
    {
        /// <summary>The names it is looked for under, in each folder.</summary>
        public static readonly string[] FileNames = { ".kibana-connectors.yml", ".kibana-connectors.yaml" };

        /// <summary>Each key, in the order messages and the schema list them, with the MSBuild property it stands for (null for those a build has no property for).</summary>
        public static readonly (string Key, string? Property)[] Keys =
        {
            ("kibanaVersion", "KibanaConnectorsKibanaVersion"),
            ("license", "KibanaConnectorsLicense"),
            ("mergeKeys", "KibanaConnectorsYamlMergeKeys"),
            ("elasticCloud", "KibanaConnectorsElasticCloud"),
            ("keystore", null),
            ("shape", null),
            ("severities", null),
        };

        /// <summary>The severities an id can be given, in order.</summary>
        public static readonly string[] SeverityNames = { "error", "warning", "info", "none" };

        private static readonly Dictionary<string, string?> s_keys = Keys.ToDictionary(k => k.Key, k => k.Property, StringComparer.Ordinal);

        private static readonly string s_keyList = string.Join(", ", Keys.Select(k => k.Key));

        // Settings only a build has a use for: said so, rather than "unknown".
        private static readonly Dictionary<string, string> s_buildOnly = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["namespace"] = "KibanaConnectorsNamespace",
            ["className"] = "KibanaConnectorsClassName",
            ["embedSecrets"] = "KibanaConnectorsEmbedSecrets",
            ["autoInclude"] = "KibanaConnectorsAutoInclude",
        };

        private static readonly Dictionary<string, Severity?> s_severities = new Dictionary<string, Severity?>(StringComparer.OrdinalIgnoreCase)
        {
            ["error"] = Severity.Error,
            ["warning"] = Severity.Warning,
            ["info"] = Severity.Info,
            ["none"] = null,
        };

        /// <summary>
        /// The config file that applies to a folder: the first found in it or a folder above it, up to the repository's
        /// root (the folder <paramref name="isRepositoryRoot"/> says holds <c>.git</c>); null when there is none.
        /// </summary>
        public static string? Find(string folder, Func<string, bool> fileExists, Func<string, bool> isRepositoryRoot)
        {
            for (var current = folder; !string.IsNullOrEmpty(current); current = System.IO.Path.GetDirectoryName(current))
            {
                foreach (var name in FileNames)
                {
                    var candidate = System.IO.Path.Combine(current, name);
                    if (fileExists(candidate))
                    {
                        return candidate;
                    }
                }

                if (isRepositoryRoot(current))
                {
                    return null;
                }
            }

            return null;
        }

        /// <summary>Reads the file's text; never throws: what is not valid is KC0017 at its place.</summary>
        public static ProjectConfig Read(string path, string text)
        {
            try
            {
                return ReadText(path, text);
            }
            catch (Exception ex) when (!(ex is OperationCanceledException))
            {
                // A bug here must not stop a check: say so at the top of the file, and read it as empty.
                var problem = DiagnosticInfo.Create(DiagnosticRules.InvalidConfigFile, path, SourceSpan.None, System.IO.Path.GetFileName(path),
                    $"KibanaConnectors could not read it ({ex.GetType().Name}: {ex.Message}); please report this with the file");
                return new ProjectConfig(path, new Dictionary<string, string>(), new List<string>(), null, EquatableArray<SeverityOption>.Empty, new[] { problem }.ToEquatableArray());
            }
        }

        private static ProjectConfig ReadText(string path, string text)
        {
            var fileName = System.IO.Path.GetFileName(path);
            var diagnostics = new List<DiagnosticInfo>();
            var properties = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            var keystore = new List<string>();
            var severities = new List<SeverityOption>();
            string? shape = null;
            var folder = System.IO.Path.GetDirectoryName(path) ?? string.Empty;

            void Problem(SourceSpan span, string message, DiagnosticFix? fix = null) =>
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticRules.InvalidConfigFile, path, span, fileName, message).WithFixes(fix));

            var (root, problems) = YamlDocumentReader.Read(text, SettingsReader.Yaml, applyMergeKeys: false);
            foreach (var problem in problems)
            {
                Problem(problem.Span, "the YAML is not valid: " + problem.Message);
            }

            if (problems.Count == 0 && root != null && !(root.Target is YamlMapping))
            {
                Problem(root.Span, $"the file must be a map of settings ({s_keyList}), but is {Describe(root)}");
            }

            foreach (var entry in (root?.Target as YamlMapping)?.Entries ?? new List<YamlEntry>())
            {
                var value = entry.Value.Target;
                if (s_buildOnly.TryGetValue(entry.Key, out var buildProperty))
                {
                    Problem(entry.KeySpan, $"'{entry.Key}' is a build setting, which the CLI and the editor have no use for; set the MSBuild property {buildProperty} in the project file");
                }
                else if (!s_keys.TryGetValue(entry.Key, out var property))
                {
                    var closest = NameSuggester.Closest(entry.Key, s_keys.Keys);
                    Problem(entry.KeySpan, $"'{entry.Key}' is not a setting of this file{NameSuggester.InParentheses(closest)}; the settings are {s_keyList}",
                        Fixes.DidYouMean(entry.KeySpan, closest));
                }
                else if (property != null)
                {
                    if (Scalar(entry, value, "text such as 8.18 or true", Problem) is YamlScalar scalar
                        && ProjectOptionsReader.Read(n => n == property ? scalar.Value : null).Diagnostics.FirstOrDefault() is DiagnosticInfo invalid)
                    {
                        // The same check a build makes of the MSBuild property, with the same words for what is valid.
                        Problem(scalar.Span, $"{entry.Key} is '{scalar.Value}', which is not valid; set it to {invalid.Arguments[2]}");
                    }
                    else if (value is YamlScalar valid)
                    {
                        properties[property] = valid.Value;
                    }
                }
                else if (entry.Key == "shape")
                {
                    if (Scalar(entry, value, "text", Problem) is YamlScalar scalar)
                    {
                        if (SettingsShapes.Parse(scalar.Value) == null)
                        {
                            Problem(scalar.Span, $"shape is '{scalar.Value}', which is none KibanaConnectors knows; use {string.Join(", ", SettingsShapes.Names)}",
                                Fixes.DidYouMean(scalar.Span, NameSuggester.Closest(scalar.Value, SettingsShapes.Names)));
                        }
                        else
                        {
                            shape = scalar.Value;
                        }
                    }
                }
                else if (entry.Key == "keystore")
                {
                    var items = value is YamlSequence list ? list.Items.Select(i => i.Target).ToList() : new List<YamlNode> { value };
                    foreach (var item in items)
                    {
                        if (item is YamlScalar { Kind: ScalarKind.String } file && file.Value.Trim().Length > 0)
                        {
                            keystore.Add(System.IO.Path.Combine(folder, file.Value.Trim()));
                        }
                        else
                        {
                            Problem(item.Span, $"keystore must be a path (the output of kibana-keystore list, or a Kubernetes Secret manifest) or a list of them, relative to this file's folder, but holds {Describe(item)}");
                        }
                    }
                }
                else if (value is YamlMapping map)
                {
                    Severities(map, severities, Problem);
                }
                else if (!(value is YamlScalar { Kind: ScalarKind.Null }))
                {
                    Problem(entry.KeySpan, $"severities must be a map of ids to error, warning, info or none (KC0401: none), but is {Describe(value)}");
                }
            }

            return new ProjectConfig(path, properties, keystore, shape, severities.ToEquatableArray(), diagnostics.ToEquatableArray());
        }

        /// <summary>Every id of settings files but KC0017 itself (KC0016 can be made an error, say): what <c>severities</c> takes.</summary>
        public static readonly string[] SettableIds = DiagnosticRules.All
            .Where(r => string.CompareOrdinal(r.Id, "KC1000") < 0 && r.Id != DiagnosticRules.InvalidConfigFile.Id)
            .Select(r => r.Id)
            .ToArray();

        private static void Severities(YamlMapping map, List<SeverityOption> severities, Action<SourceSpan, string, DiagnosticFix?> problem)
        {
            foreach (var entry in map.Entries)
            {
                var id = entry.Key;
                if (!SettableIds.Contains(id, StringComparer.Ordinal))
                {
                    var closest = NameSuggester.AllClosest(id.ToUpperInvariant(), SettableIds);
                    problem(entry.KeySpan, DiagnosticRules.Find(id) is DiagnosticRule rule && string.CompareOrdinal(rule.Id, "KC1000") >= 0
                        ? $"{id} is reported in C# code, which the CLI and the editor do not check; set its severity in .globalconfig (dotnet_diagnostic.{id}.severity)"
                        : $"'{id}' is not the id of a diagnostic of settings files that a project can set{NameSuggester.AllInParentheses(id.ToUpperInvariant(), SettableIds)}",
                        closest.Count == 1 ? Fixes.DidYouMean(entry.KeySpan, closest[0]) : null);
                    continue;
                }

                var text = entry.Value.Target is YamlScalar scalar ? scalar.Value : null;
                if (text != null && s_severities.TryGetValue(text, out var severity))
                {
                    severities.Add(new SeverityOption(id, severity));
                }
                else
                {
                    var closest = text == null ? null : NameSuggester.Closest(text, s_severities.Keys);
                    problem(entry.Value.Span, $"the severity of {id} is {(text == null ? Describe(entry.Value.Target) : $"'{text}'")}; use error, warning, info or none{NameSuggester.InParentheses(closest)}",
                        closest == null ? null : Fixes.DidYouMean(entry.Value.Span, closest));
                }
            }
        }

        private static YamlScalar? Scalar(YamlEntry entry, YamlNode value, string what, Action<SourceSpan, string, DiagnosticFix?> problem)
        {
            if (value is YamlScalar { Kind: ScalarKind.Null })
            {
                return null;
            }

            if (value is YamlScalar scalar)
            {
                return scalar;
            }

            problem(entry.KeySpan, $"{entry.Key} must be {what}, but is {Describe(value)}", null);
            return null;
        }

        private static string Describe(YamlNode node) => node.Target switch
        {
            YamlMapping _ => "a map",
            YamlSequence _ => "a list",
            YamlScalar { Kind: ScalarKind.Null } => "empty",
            YamlScalar scalar => $"'{scalar.Value}'",
            _ => "a value",
        };
    }
}

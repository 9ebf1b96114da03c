using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using KibanaConnectors.Rules.Diagnostics;
using KibanaConnectors.Rules.Model;
using KibanaConnectors.Rules.Reading;
using KibanaConnectors.Rules.Set;

namespace KibanaConnectors.Cli
{
    /// <summary>One problem, ready to print: where, what, how bad.</summary>
    /// <param name="HasPlace">False for a problem with the whole file or the options, which has no line to show.</param>
    /// <param name="HelpUri">The id's page on the web; null when the tool was built without a repository URL.</param>
    internal sealed record Finding(string File, int Line, int Column, int EndLine, int EndColumn, string Id, string Severity, string Title, string Message, bool HasPlace, string? HelpUri);

    /// <summary>How one ECK Kibana resource fares: its place, its connectors, the problems found in its document.</summary>
    /// <param name="Name">The resource's name (with its namespace when written): what <c>list</c> shows.</param>
    internal sealed record KibanaSummary(string File, int Line, string Title, string Name, int Connectors, int Errors, int Warnings);

    /// <summary>What <see cref="Checker.Check"/> read: the checked set and the text of each file, by the name diagnostics give it.</summary>
    /// <param name="Options">The options the files were checked with: the command line's over the config file's.</param>
    /// <param name="Shape">The shape every file was read as (--shape, else the config file's); null: each file's content told it.</param>
    internal sealed record CheckedFiles(ConnectorSetModel Model, IReadOnlyDictionary<string, string> Texts, ProjectOptions Options, string? Shape);

    /// <summary>Reads the files and runs the generator's own reading and rules over them.</summary>
    internal static class Checker
    {
        /// <summary>The name standard input gets in diagnostics.</summary>
        public const string StdinName = "<stdin>";

        /// <summary>Reads every file; a file that cannot be read is an <see cref="IOException"/> whose message says which and why.</summary>
        public static CheckedFiles Check(CommandLine line, TextReader stdin)
        {
            // The same file twice (a shell glob and a name, './a.yml' and 'a.yml') is one file.
            var files = line.Files
                .GroupBy(f => f == CommandLine.Stdin ? f : Path.GetFullPath(f), StringComparer.Ordinal)
                .Select(g => g.First())
                .Select(f => (f == CommandLine.Stdin ? StdinName : f, Read(f, stdin, asKibanaReads: true)))
                .ToList();
            var texts = files.ToDictionary(f => f.Item1, f => f.Item2, StringComparer.Ordinal);

            // Each option: the command line's, else the config file's, else the default (docs/config-file.md).
            var config = Config(line, texts);

            var fromConfig = config == null ? ProjectOptions.Default : ProjectOptionsReader.Read(config.Property);
            var options = ProjectOptions.Default with
            {
                ApplyMergeKeys = line.MergeKeys || fromConfig.ApplyMergeKeys,
                License = line.License == null ? fromConfig.License : ProjectOptionsReader.ParseLicense(line.License),
                ElasticCloud = line.ElasticCloud || fromConfig.ElasticCloud,
                KibanaVersion = line.KibanaVersion ?? fromConfig.KibanaVersion,
            };
            options = config?.AddTo(options) ?? options;
            var keystoreFiles = line.KeystoreFiles.Count > 0 || config == null ? line.KeystoreFiles : config.KeystoreFiles;
            var keystore = KeystoreFile.Combine(keystoreFiles.Select(f => SettingsFiles.Keystore(Read(f, stdin))));
            var shape = line.Shape ?? config?.Shape;
            return new CheckedFiles(ConnectorSetBuilder.Read(files.Select(f => (f.Item1, f.Item2, shape)), options, keystore.Keys, keystore.Secrets), texts, options, shape);
        }

        /// <summary>
        /// The config file: --config's, else the first .kibana-connectors.yml in the folder of the files (the folder they
        /// share) or above it, up to the repository's root; none with --no-config.
        /// </summary>
        private static ProjectConfig? Config(CommandLine line, Dictionary<string, string> texts)
        {
            if (line.NoConfig)
            {
                return null;
            }

            var path = line.ConfigFile;
            if (path == null)
            {
                var folders = line.Files.Select(f => f == CommandLine.Stdin ? Directory.GetCurrentDirectory() : Path.GetDirectoryName(Path.GetFullPath(f)) ?? string.Empty).ToList();
                path = LanguageServer.Workspace.ConnectorWorkspace.FindConfigFile(SharedFolder(folders));
            }

            if (path == null)
            {
                return null;
            }

            // Its text too, for the lines that text output shows under a problem in it.
            var text = texts[Path.GetFullPath(path)] = Read(path, TextReader.Null);
            return ProjectConfigFile.Read(Path.GetFullPath(path), text);
        }

        private static string SharedFolder(List<string> folders)
        {
            var shared = folders.Count == 0 ? Directory.GetCurrentDirectory() : folders[0];
            foreach (var folder in folders.Skip(1))
            {
                while (shared.Length > 0 && !(folder == shared || folder.StartsWith(shared.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal)))
                {
                    shared = Path.GetDirectoryName(shared) ?? string.Empty;
                }
            }

            return shared;
        }

        /// <summary>The model's diagnostics as findings, sorted by file and place, with --nowarn and --warnaserror applied.</summary>
        public static List<Finding> Findings(ConnectorSetModel model, CommandLine line)
        {
            var findings = new List<Finding>();
            foreach (var info in model.Diagnostics)
            {
                var rule = info.Rule;

                // As the compiler's NoWarn: warnings (and the config file's infos) only, never errors.
                if (info.Severity != Severity.Error && line.NoWarn.Contains(info.Id))
                {
                    continue;
                }

                // As the compiler: --warnaserror makes warnings errors, never notes (info, such as KC0204).
                var severity = SeverityNames.Of(info.Severity == Severity.Warning && line.WarningsAsErrors ? Severity.Error : info.Severity);
                var span = info.Span;
                findings.Add(new Finding(
                    info.FilePath,
                    span.StartLine + 1,
                    span.StartColumn + 1,
                    span.EndLine + 1,
                    span.EndColumn + 1,
                    info.Id,
                    severity,
                    rule.Title,
                    info.Message,
                    info.FilePath.Length > 0 && span != Rules.Common.SourceSpan.None,
                    rule.HelpLink));
            }

            return findings
                .OrderBy(f => f.File, StringComparer.Ordinal)
                .ThenBy(f => f.Line)
                .ThenBy(f => f.Column)
                .ThenBy(f => f.Id, StringComparer.Ordinal)
                .ToList();
        }

        /// <summary>Each Kibana resource of the files with the findings inside its document.</summary>
        public static List<KibanaSummary> Kibanas(ConnectorSetModel model, List<Finding> findings) =>
            model.Deployments.Select(set =>
            {
                var d = set.Deployment;
                var inside = findings.Where(f => f.File == d.FilePath && f.HasPlace && f.Line >= d.Span.StartLine + 1 && f.Line <= d.Span.EndLine + 1).ToList();
                var errors = inside.Count(f => f.Severity == "error");
                return new KibanaSummary(d.FilePath, d.NameSpan.DisplayLine, d.Title, Name(d), set.Connectors.Count, errors, inside.Count(f => f.Severity == "warning"));
            }).ToList();

        /// <summary>Every connector with the name of the Kibana resource it belongs to (null for the project's own Kibana).</summary>
        public static List<(string? Kibana, ConnectorModel Connector)> Connectors(ConnectorSetModel model) =>
            model.Connectors.Select(c => ((string?)null, c.Connector))
                .Concat(model.Deployments.SelectMany(d => d.Connectors.Select(c => ((string?)Name(d.Deployment), c.Connector))))
                .ToList();

        private static string Name(DeploymentModel d) => d.Namespace.Length == 0 ? d.Name : d.Namespace + "/" + d.Name;

        private static string Read(string path, TextReader stdin, bool asKibanaReads = false)
        {
            if (path == CommandLine.Stdin)
            {
                return stdin.ReadToEnd();
            }

            try
            {
                // A settings file as Kibana reads it: UTF-8, whatever byte order mark it starts with.
                return asKibanaReads ? SettingsFiles.AsKibanaReads(File.ReadAllBytes(path)) : File.ReadAllText(path);
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is ArgumentException || ex is NotSupportedException)
            {
                throw new IOException($"cannot read '{path}': {ex.Message}", ex);
            }
        }
    }
}

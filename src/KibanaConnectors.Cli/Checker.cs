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
    internal sealed record CheckedFiles(ConnectorSetModel Model, IReadOnlyDictionary<string, string> Texts);

    /// <summary>Reads the files and runs the generator's own reading and rules over them.</summary>
    internal static class Checker
    {
        /// <summary>The name standard input gets in diagnostics.</summary>
        public const string StdinName = "<stdin>";

        /// <summary>Reads every file; a file that cannot be read is an <see cref="IOException"/> whose message says which and why.</summary>
        public static CheckedFiles Check(CommandLine line, TextReader stdin)
        {
            var keystore = KeystoreFile.Combine(line.KeystoreFiles.Select(f => SettingsFiles.Keystore(Read(f, stdin))));
            // The same file twice (a shell glob and a name, './a.yml' and 'a.yml') is one file.
            var files = line.Files
                .GroupBy(f => f == CommandLine.Stdin ? f : Path.GetFullPath(f), StringComparer.Ordinal)
                .Select(g => g.First())
                .Select(f => (f == CommandLine.Stdin ? StdinName : f, Read(f, stdin, asKibanaReads: true)))
                .ToList();
            var options = ProjectOptions.Default with
            {
                ApplyMergeKeys = line.MergeKeys,
                License = line.License == null ? null : ProjectOptionsReader.ParseLicense(line.License),
                ElasticCloud = line.ElasticCloud,
                KibanaVersion = line.KibanaVersion ?? KibanaVersion.Newest,
            };
            return new CheckedFiles(
                ConnectorSetBuilder.Read(files.Select(f => (f.Item1, f.Item2, line.Shape)), options, keystore.Keys, keystore.Secrets),
                files.ToDictionary(f => f.Item1, f => f.Item2, StringComparer.Ordinal));
        }

        /// <summary>The model's diagnostics as findings, sorted by file and place, with --nowarn and --warnaserror applied.</summary>
        public static List<Finding> Findings(ConnectorSetModel model, CommandLine line)
        {
            var findings = new List<Finding>();
            foreach (var info in model.Diagnostics)
            {
                var rule = info.Rule;

                // As the compiler's NoWarn: warnings only, never errors.
                if (rule.Severity != Severity.Error && line.NoWarn.Contains(info.Id))
                {
                    continue;
                }

                // As the compiler: --warnaserror makes warnings errors, never notes (info, such as KC0204).
                var severity = rule.Severity == Severity.Error ? "error" : rule.Severity == Severity.Warning ? (line.WarningsAsErrors ? "error" : "warning") : "info";
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

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
            var keystore = SettingsFiles.KeystoreSet(line.KeystoreFiles.SelectMany(f => SettingsFiles.KeystoreKeys(Read(f, stdin))));
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
            return new CheckedFiles(ConnectorSetBuilder.Read(files, options, keystore), files.ToDictionary(f => f.Item1, f => f.Item2, StringComparer.Ordinal));
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

                var severity = rule.Severity == Severity.Error || line.WarningsAsErrors ? "error" : "warning";
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

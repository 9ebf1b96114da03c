using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using KibanaConnectors.Rules.Common;
using KibanaConnectors.Rules.Diagnostics;
using KibanaConnectors.Rules.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Tokens;

namespace KibanaConnectors.Rules.Reading
{
    /// <summary>
    /// Finds the suppression comments of a settings file (docs/suppressions.md):
    /// <c># kibana-connectors: ignore KC0202, KC0401 -- reason</c> silences the ids on its line when it ends a line of
    /// content, on the next line of content when it stands on a line of its own (as yamllint's <c>disable-line</c>);
    /// <c># kibana-connectors: ignore-file KC0401 -- reason</c> silences them in the whole file. Comments are what YAML's
    /// scanner says they are, so a <c>#</c> inside a quoted scalar or a block scalar is none. A comment that is not a
    /// valid suppression, or names an id that is not one of a settings file's, is KC0016 here; one that silences nothing
    /// is KC0016 when the set is checked (Set/Suppressions).
    /// </summary>
    internal static class SuppressionComments
    {
        /// <summary>What a suppression comment starts with, after the <c>#</c> and any spaces.</summary>
        public const string Marker = "kibana-connectors:";

        public const string Ignore = "ignore";

        public const string IgnoreFile = "ignore-file";

        /// <summary>The ids a settings file's suppression can name: those located in settings files, but not KC0016 itself.</summary>
        public static IReadOnlyList<string> Suppressible { get; } = DiagnosticRules.All
            .Where(r => string.CompareOrdinal(r.Id, "KC1000") < 0 && r.Id != DiagnosticRules.UnusedSuppression.Id && r.Id != DiagnosticRules.InvalidConfigFile.Id)
            .Select(r => r.Id)
            .ToArray();

        /// <summary>
        /// Adds the suppressions of <paramref name="text"/> and KC0016 for each comment that is not a valid one. With
        /// <paramref name="embedded"/>, the text is a settings file written in a scalar of another: places are that file's.
        /// </summary>
        public static void Find(string filePath, string text, List<Suppression> suppressions, List<DiagnosticInfo> diagnostics, EmbeddedText? embedded = null)
        {
            // Most files have none: they cost one search. Too large a file is KC0008, and read no further.
            if (text.IndexOf(Marker, StringComparison.Ordinal) < 0 || text.Length > YamlReadLimits.MaxCharacters)
            {
                return;
            }

            var lines = TextLines.Split(text);
            var bom = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
            var scanner = new Scanner(new StringReader(bom == 0 ? text : text.Substring(bom)), skipComments: false);
            try
            {
                while (scanner.MoveNext())
                {
                    if (scanner.Current is Comment comment && comment.Value.IndexOf(Marker, StringComparison.Ordinal) >= 0)
                    {
                        Read(filePath, text, lines, (int)comment.Start.Index + bom, comment.IsInline, suppressions, diagnostics, embedded);
                    }
                }
            }
            catch (Exception ex) when (!(ex is OperationCanceledException))
            {
                // The rest of a file YAML cannot read is KC0001's (the scanner throws YamlException there); the comments
                // before it still count, and a failure here must never cost the file its other diagnostics.
            }
        }

        private static void Read(string filePath, string text, List<(int Start, int Length)> lines, int offset, bool inline, List<Suppression> suppressions, List<DiagnosticInfo> diagnostics, EmbeddedText? embedded)
        {
            var line = TextLines.LineOf(lines, offset);
            var (lineStart, lineLength) = lines[line];
            var hash = text.IndexOf('#', offset, lineStart + lineLength - offset);
            if (hash < 0)
            {
                return;
            }

            var end = lineStart + lineLength;
            var at = Skip(text, hash + 1, end);
            if (string.CompareOrdinal(text, at, Marker, 0, Marker.Length) != 0)
            {
                // A comment that only mentions the marker ("# see kibana-connectors: ...") is no suppression.
                return;
            }

            SourceSpan Span(int from, int to)
            {
                var span = new SourceSpan(from, to, line, from - lineStart, line, to - lineStart);
                return embedded == null ? span : embedded.Map(span);
            }

            void Problem(int from, int to, string message, DiagnosticFix? fix = null) =>
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticRules.UnusedSuppression, filePath, Span(from, to), message).WithFixes(fix));

            var verbStart = Skip(text, at + Marker.Length, end);
            var verbEnd = verbStart;
            while (verbEnd < end && (char.IsLetter(text[verbEnd]) || text[verbEnd] == '-'))
            {
                verbEnd++;
            }

            var verb = text.Substring(verbStart, verbEnd - verbStart);
            if (verb != Ignore && verb != IgnoreFile)
            {
                var closest = NameSuggester.Closest(verb, new[] { Ignore, IgnoreFile });
                Problem(verb.Length == 0 ? at : verbStart, verb.Length == 0 ? at + Marker.Length : verbEnd, verb.Length == 0
                    ? $"it says no more than '{Marker}'; write '{Marker} {Ignore} KC0202' to silence an id on a line, or '{Marker} {IgnoreFile} KC0202' in the whole file"
                    : $"'{verb}' is not a suppression{NameSuggester.InParentheses(closest)}; write '{Ignore}' to silence ids on a line, or '{IgnoreFile}' in the whole file",
                    closest == null ? null : DiagnosticFix.Replace(Span(verbStart, verbEnd), closest, $"Change to '{closest}'"));
                return;
            }

            var wholeFile = verb == IgnoreFile;
            var target = wholeFile ? -1 : inline ? line : NextContentLine(text, lines, line);
            if (target >= 0 && embedded != null)
            {
                target = embedded.Map(new SourceSpan(0, 0, target, 0, target, 0)).StartLine;
            }

            // The ids run to the reason ("-- why") or the end of the comment, separated by commas or spaces.
            var reason = text.IndexOf("--", verbEnd, end - verbEnd, StringComparison.Ordinal);
            var idsEnd = reason < 0 ? end : reason;
            var any = false;
            var position = verbEnd;
            while (position < idsEnd)
            {
                if (text[position] == ',' || char.IsWhiteSpace(text[position]))
                {
                    position++;
                    continue;
                }

                var idStart = position;
                while (position < idsEnd && text[position] != ',' && !char.IsWhiteSpace(text[position]))
                {
                    position++;
                }

                any = true;
                var id = text.Substring(idStart, position - idStart);
                if (Suppressible.Contains(id, StringComparer.Ordinal))
                {
                    suppressions.Add(new Suppression(id, Span(idStart, position), target, wholeFile));
                    continue;
                }

                var suggestions = NameSuggester.AllClosest(id.ToUpperInvariant(), Suppressible);
                var hint = NameSuggester.AllInParentheses(id.ToUpperInvariant(), Suppressible);
                var known = DiagnosticRules.Find(id) is DiagnosticRule rule
                    ? rule.Id == DiagnosticRules.UnusedSuppression.Id || rule.Id == DiagnosticRules.InvalidConfigFile.Id
                        ? $"{id} cannot be suppressed in a settings file; remove it"
                        : $"{id} is reported in C# code, not in settings files; suppress it in the C# code (#pragma warning disable {id})"
                    : $"'{id}' is not the id of a diagnostic of settings files{hint}; the ids are listed in docs/diagnostics";
                Problem(idStart, position, known, suggestions.Count == 1 ? DiagnosticFix.Replace(Span(idStart, position), suggestions[0], $"Change to '{suggestions[0]}'") : null);
            }

            if (!any)
            {
                Problem(verbStart, verbEnd, $"'{verb}' names no id; write the ids it silences after it, such as '{Marker} {verb} KC0202 -- why'");
            }
        }

        // The next line after a comment on its own line that holds more than blanks and comments: what it silences.
        private static int NextContentLine(string text, List<(int Start, int Length)> lines, int line)
        {
            for (var next = line + 1; next < lines.Count; next++)
            {
                var (start, length) = lines[next];
                var first = Skip(text, start, start + length);
                if (first < start + length && text[first] != '#')
                {
                    return next;
                }
            }

            return -1;
        }

        private static int Skip(string text, int position, int end)
        {
            while (position < end && (text[position] == ' ' || text[position] == '\t'))
            {
                position++;
            }

            return position;
        }
    }
}

using System.Collections.Generic;
using System.Text.RegularExpressions;
using KibanaConnectors.Rules.Common;
using YamlDotNet.Core;

namespace KibanaConnectors.Rules.Reading
{
    /// <summary>
    /// Valid YAML that YamlDotNet 18.1 refuses and Kibana's readers take. Each fix rewrites the text without moving
    /// any offset (characters are replaced, never added or removed), and is tried only after YamlDotNet has failed
    /// with the error the bug gives, so correct files never pay for it:
    /// <list type="bullet">
    /// <item>An anchor on a value inside a flow map followed by another entry (<c>{name: &amp;n Log, actionTypeId: .server-log}</c>)
    /// fails with "did not find expected ',' or '}'": the anchor is blanked out and registered by its position.</item>
    /// <item>An empty block scalar whose lines hold only spaces (<c>a: |</c>, then a line of two spaces) fails with "found
    /// extra spaces in first line" (or "found more spaces in lines above first content line"): those lines become
    /// comment lines, and a <c>|+</c> scalar keeps the line breaks it had.</item>
    /// <item>A tag on an empty value in a flow collection (<c>{name: !!str, ...}</c>, <c>{name: !!str}</c>) fails with
    /// "Unexpected comma at end of tag" or "While scanning a tag, did not find expected whitespace": <c>!!str</c> and <c>!</c> become <c>''</c>, <c>!!null</c> becomes <c>~</c> (js-yaml refuses it too, so not there).</item>
    /// </list>
    /// The <c>%YAML</c> directive is read here too: YamlDotNet refuses versions the yaml package reads with a warning.
    /// </summary>
    internal static class YamlDotNetWorkarounds
    {
        private static readonly Regex s_version = new Regex(@"^%YAML[ \t]+([^ \t#]*)", RegexOptions.CultureInvariant);
        private static readonly Regex s_blockHeader = new Regex(@"(?:^|[ \t])([|>])([1-9]?)([+-]?)([1-9]?)[ \t]*(?:#.*)?$", RegexOptions.CultureInvariant);

        /// <summary>What a patched read needs: anchors blanked out (by the offset of the node they were on) and scalar values to keep.</summary>
        internal sealed class Patches
        {
            public static readonly Patches None = new Patches();

            public Dictionary<int, string>? AnchorsAt { get; set; }

            public Dictionary<int, string>? ValuesAt { get; set; }

            /// <summary>Characters replaced before reading, whose values scalars get back (<see cref="TextCharacters"/>).</summary>
            public TextCharacters? Characters { get; set; }

            /// <summary>The file's text (without a byte order mark) when the text read differs in line breaks or length; places are counted in it.</summary>
            public string? Original { get; set; }

            /// <summary>Characters taken out of the text read: after the offset (in that text), how many.</summary>
            public List<(int At, int Count)>? Removals { get; set; }

            /// <summary>The offset in the file of an offset in the text read.</summary>
            public int OriginalIndex(int index)
            {
                if (Removals == null)
                {
                    return index;
                }

                var original = index;
                foreach (var (at, count) in Removals)
                {
                    if (index >= at)
                    {
                        original += count;
                    }
                }

                return original;
            }
        }

        /// <summary>
        /// An implicit key longer than the 1,024 characters YamlDotNet (and the yaml package, but not js-yaml) allows
        /// from its start (its anchor or tag, if any) to its ':'. <see cref="InFlowMap"/>: a key of a flow map, which
        /// neither YamlDotNet nor the yaml package limits.
        /// </summary>
        internal readonly record struct LongKey(int Start, int ScalarStart, int ScalarEnd, int Colon, bool InFlowMap);

        /// <summary>
        /// The version of a <c>%YAML</c> directive before the document, and the text with the directive blanked out.
        /// Null version when there is none. <paramref name="jsYaml"/>: js-yaml refuses a major version other than 1.
        /// </summary>
        public static (string? Version, (string Message, SourceSpan Span)? Problem, string Text) YamlDirective(string body, bool jsYaml = false)
        {
            if (body.Length == 0 || (body[0] != '%' && body.IndexOf("\n%YAML", System.StringComparison.Ordinal) < 0))
            {
                return (null, null, body);
            }

            string? version = null;
            (string, SourceSpan)? problem = null;
            var chars = body.ToCharArray();
            var start = 0;
            var line = 0;
            while (start < body.Length)
            {
                var end = body.IndexOf('\n', start);
                end = end < 0 ? body.Length : end;
                var text = body.Substring(start, end - start).TrimEnd('\r');
                var match = s_version.Match(text);
                if (match.Success)
                {
                    version = match.Groups[1].Value;
                    if (jsYaml && !version.StartsWith("1.", System.StringComparison.Ordinal))
                    {
                        problem = ($"the %YAML directive asks for YAML {version}, which js-yaml refuses (it reads YAML 1.x)", new SourceSpan(start, start + text.Length, line, 0, line, text.Length));
                    }

                    for (var i = start; i < start + text.Length; i++)
                    {
                        chars[i] = ' ';
                    }
                }
                else if (text.Trim().Length > 0 && text.TrimStart()[0] != '#' && text[0] != '%')
                {
                    break;
                }

                start = end + 1;
                line++;
            }

            return (version, problem, new string(chars));
        }

        /// <summary>
        /// The text with the bugs worked around, when <paramref name="failure"/> is the error one of them gives; null
        /// otherwise. <paramref name="longKeys"/> (from <see cref="LongKeys"/>) outside flow maps are shortened, their
        /// values kept: only js-yaml reads them, so only pass them for it.
        /// </summary>
        public static (string Text, Patches Patches)? Patch(string body, YamlException failure, bool jsYaml, IReadOnlyList<LongKey> longKeys)
        {
            var patches = new Patches();
            var shortened = ShortenKeys(body, longKeys, patches);
            if (shortened != null)
            {
                var shortChars = shortened.ToCharArray();
                BlankFlowMapAnchors(shortChars, patches);
                CommentEmptyBlockScalarLines(shortened, shortChars, patches);
                if (!jsYaml)
                {
                    EmptyTaggedFlowValues(shortChars);
                }

                return (new string(shortChars), patches);
            }

            var message = failure.Message;
            if (message.IndexOf("did not find expected ',' or '}'", System.StringComparison.Ordinal) < 0
                && message.IndexOf("found extra spaces in first line", System.StringComparison.Ordinal) < 0
                && message.IndexOf("found more spaces in lines above first content line", System.StringComparison.Ordinal) < 0
                && message.IndexOf("Unexpected comma at end of tag", System.StringComparison.Ordinal) < 0
                && message.IndexOf("While scanning a tag, did not find expected whitespace", System.StringComparison.Ordinal) < 0)
            {
                return null;
            }

            var chars = body.ToCharArray();
            var changed = BlankFlowMapAnchors(chars, patches) | CommentEmptyBlockScalarLines(body, chars, patches) | (!jsYaml && EmptyTaggedFlowValues(chars));
            return changed ? (new string(chars), patches) : ((string, Patches)?)null;
        }

        /// <summary>The implicit keys of <paramref name="text"/> longer than 1,024 characters up to their ':', in order (none in almost every file).</summary>
        public static List<LongKey> LongKeys(string text)
        {
            var keys = new List<LongKey>();
            if (!HasLineLongerThan(text, 1024))
            {
                return keys;
            }

            var flow = new Stack<char>();
            var lines = Lines(text);
            var blockIndent = -1;
            foreach (var (start, length) in lines)
            {
                var end = start + length;
                while (end > start && text[end - 1] == '\r')
                {
                    end--;
                }

                var indent = start;
                while (indent < end && (text[indent] == ' ' || text[indent] == '\t'))
                {
                    indent++;
                }

                // The lines of a block scalar are text, whatever they look like.
                if (blockIndent >= 0 && (indent == end || indent - start > blockIndent))
                {
                    continue;
                }

                blockIndent = -1;
                var isLong = end - start > 1024;
                var i = indent;
                if (flow.Count == 0)
                {
                    while (i + 1 < end && (text[i] == '-' || text[i] == '?') && (text[i + 1] == ' ' || text[i + 1] == '\t'))
                    {
                        i += 2;
                        while (i < end && (text[i] == ' ' || text[i] == '\t'))
                        {
                            i++;
                        }
                    }

                    if (isLong)
                    {
                        TryKey(text, i, end, inFlow: false, inFlowMap: false, keys);
                    }
                }

                for (; i < end; i++)
                {
                    var c = text[i];
                    if (c == '#' && (i == start || text[i - 1] == ' ' || text[i - 1] == '\t'))
                    {
                        break;
                    }

                    if ((c == '\'' || c == '"') && (i == start || " \t[{,:".IndexOf(text[i - 1]) >= 0))
                    {
                        // A quoted text on more than one line is left alone.
                        var close = SkipQuoted(text.ToCharArray(i, end - i), 0);
                        i = close >= end - i ? end : i + close;
                        continue;
                    }

                    if (c == '{' || c == '[')
                    {
                        flow.Push(c);
                    }
                    else if ((c == '}' || c == ']') && flow.Count > 0)
                    {
                        flow.Pop();
                        continue;
                    }
                    else if (c != ',' || flow.Count == 0)
                    {
                        if (flow.Count == 0 && (c == '|' || c == '>') && (i == start || text[i - 1] == ' ') && s_blockHeader.IsMatch(text.Substring(start, end - start)))
                        {
                            blockIndent = indent - start;
                            break;
                        }

                        continue;
                    }

                    if (isLong)
                    {
                        var next = i + 1;
                        while (next < end && (text[next] == ' ' || text[next] == '\t'))
                        {
                            next++;
                        }

                        TryKey(text, next, end, inFlow: true, inFlowMap: flow.Peek() == '{', keys);
                    }
                }
            }

            return keys;
        }

        private static bool HasLineLongerThan(string text, int length)
        {
            var start = 0;
            while (start < text.Length)
            {
                var end = text.IndexOf('\n', start);
                end = end < 0 ? text.Length : end;
                if (end - start > length)
                {
                    return true;
                }

                start = end + 1;
            }

            return false;
        }

        // An implicit key starting at 'start' (its anchor and tag, then a quoted or plain scalar, then ':'), if it is one
        // and longer than 1,024 characters.
        private static void TryKey(string text, int start, int end, bool inFlow, bool inFlowMap, List<LongKey> keys)
        {
            var p = start;
            while (p < end && (text[p] == '&' || text[p] == '!'))
            {
                while (p < end && text[p] != ' ' && text[p] != '\t')
                {
                    p++;
                }

                while (p < end && (text[p] == ' ' || text[p] == '\t'))
                {
                    p++;
                }
            }

            if (p >= end || "[]{},#*|>%@`".IndexOf(text[p]) >= 0)
            {
                return;
            }

            int scalarEnd;
            int colon;
            if (text[p] == '\'' || text[p] == '"')
            {
                var close = p + SkipQuoted(text.ToCharArray(p, end - p), 0);
                if (close >= end)
                {
                    return;
                }

                scalarEnd = close + 1;
                colon = scalarEnd;
                while (colon < end && (text[colon] == ' ' || text[colon] == '\t'))
                {
                    colon++;
                }

                if (colon >= end || text[colon] != ':')
                {
                    return;
                }
            }
            else
            {
                colon = -1;
                for (var q = p; q < end; q++)
                {
                    var c = text[q];
                    if (c == ':' && (q + 1 >= end || text[q + 1] == ' ' || text[q + 1] == '\t' || (inFlow && ",[]{}".IndexOf(text[q + 1]) >= 0)))
                    {
                        colon = q;
                        break;
                    }

                    if ((c == '#' && (text[q - 1] == ' ' || text[q - 1] == '\t')) || (inFlow && ",[]{}".IndexOf(c) >= 0))
                    {
                        return;
                    }
                }

                if (colon < 0)
                {
                    return;
                }

                scalarEnd = colon;
                while (scalarEnd > p && (text[scalarEnd - 1] == ' ' || text[scalarEnd - 1] == '\t'))
                {
                    scalarEnd--;
                }
            }

            if (colon - start > 1024)
            {
                keys.Add(new LongKey(start, p, scalarEnd, colon, inFlowMap));
            }
        }

        // Each long key outside a flow map becomes a short one of its style (k, '' or ""), the characters after it taken
        // out; its value is kept by the offset of the short key. Null when there is none.
        private static string? ShortenKeys(string body, IReadOnlyList<LongKey> keys, Patches patches)
        {
            var text = new System.Text.StringBuilder(body.Length);
            var from = 0;
            foreach (var key in keys)
            {
                if (key.InFlowMap || key.ScalarStart < from)
                {
                    continue;
                }

                var written = body.Substring(key.ScalarStart, key.ScalarEnd - key.ScalarStart);
                var quote = written[0] == '\'' || written[0] == '"' ? written[0] : (char?)null;
                var value = written;
                if (quote != null)
                {
                    // A quoted scalar alone is no key, so YamlDotNet reads it whatever its length.
                    var parser = new Parser(new System.IO.StringReader(written));
                    parser.Consume<YamlDotNet.Core.Events.StreamStart>();
                    parser.Consume<YamlDotNet.Core.Events.DocumentStart>();
                    value = parser.Consume<YamlDotNet.Core.Events.Scalar>().Value;
                }

                var placeholder = quote == null ? "k" : new string(quote.Value, 2);
                text.Append(body, from, key.ScalarStart - from).Append(placeholder);
                (patches.ValuesAt ??= new Dictionary<int, string>())[text.Length - placeholder.Length] = value;
                (patches.Removals ??= new List<(int, int)>()).Add((text.Length, written.Length - placeholder.Length));
                from = key.ScalarEnd;
            }

            if (from == 0)
            {
                return null;
            }

            return text.Append(body, from, body.Length - from).ToString();
        }

        private static bool BlankFlowMapAnchors(char[] text, Patches patches)
        {
            var changed = false;
            var flow = new Stack<char>();
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                var tokenStart = i == 0 || " \t\r\n[{,:".IndexOf(text[i - 1]) >= 0;
                if (c == '#' && (i == 0 || char.IsWhiteSpace(text[i - 1])))
                {
                    while (i < text.Length && text[i] != '\n')
                    {
                        i++;
                    }
                }
                else if ((c == '\'' || c == '"') && tokenStart)
                {
                    i = SkipQuoted(text, i);
                }
                else if (c == '{' || c == '[')
                {
                    flow.Push(c);
                }
                else if ((c == '}' || c == ']') && flow.Count > 0)
                {
                    flow.Pop();
                }
                else if (c == '&' && tokenStart && flow.Count > 0 && flow.Peek() == '{')
                {
                    var end = i + 1;
                    while (end < text.Length && !char.IsWhiteSpace(text[end]) && ",[]{}".IndexOf(text[end]) < 0)
                    {
                        end++;
                    }

                    var name = new string(text, i + 1, end - i - 1);
                    var node = end;
                    while (node < text.Length && (text[node] == ' ' || text[node] == '\t'))
                    {
                        node++;
                    }

                    if (name.Length > 0)
                    {
                        (patches.AnchorsAt ??= new Dictionary<int, string>())[node] = name;
                        for (var j = i; j < end; j++)
                        {
                            text[j] = ' ';
                        }

                        changed = true;
                    }

                    i = end - 1;
                }
            }

            return changed;
        }

        // "!!str," or "!!null}" in a flow collection: a tag on an empty value, which YamlDotNet refuses ("Unexpected
        // comma at end of tag"). The tag becomes the value it gives an empty node, in as many characters: '' or ~.
        private static bool EmptyTaggedFlowValues(char[] text)
        {
            var changed = false;
            var flow = 0;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if ((c == '\'' || c == '"') && (i == 0 || " \t\r\n[{,:".IndexOf(text[i - 1]) >= 0))
                {
                    i = SkipQuoted(text, i);
                }
                else if (c == '{' || c == '[')
                {
                    flow++;
                }
                else if ((c == '}' || c == ']') && flow > 0)
                {
                    flow--;
                }
                else if (c == '!' && flow > 0 && i > 0 && (text[i - 1] == ' ' || text[i - 1] == ':'))
                {
                    var end = i;
                    while (end < text.Length && !char.IsWhiteSpace(text[end]) && ",[]{}".IndexOf(text[end]) < 0)
                    {
                        end++;
                    }

                    var tag = new string(text, i, end - i);
                    var replacement = tag == "!!str" || tag == "!" ? "''" : tag == "!!null" ? "~" : null;
                    if (replacement != null && end < text.Length && (text[end] == ',' || text[end] == '}' || text[end] == ']'))
                    {
                        for (var j = i; j < end; j++)
                        {
                            text[j] = j - i < replacement.Length ? replacement[j - i] : ' ';
                        }

                        changed = true;
                    }

                    i = end - 1;
                }
            }

            return changed;
        }

        private static int SkipQuoted(char[] text, int open)
        {
            var quote = text[open];
            for (var i = open + 1; i < text.Length; i++)
            {
                if (quote == '"' && text[i] == '\\')
                {
                    i++;
                }
                else if (text[i] == quote)
                {
                    if (quote == '\'' && i + 1 < text.Length && text[i + 1] == '\'')
                    {
                        i++;
                        continue;
                    }

                    return i;
                }
            }

            return text.Length;
        }

        private static bool CommentEmptyBlockScalarLines(string body, char[] text, Patches patches)
        {
            var changed = false;
            var lines = Lines(body);
            for (var l = 0; l < lines.Count; l++)
            {
                var (start, length) = lines[l];
                var line = body.Substring(start, length).TrimEnd('\r');
                var header = s_blockHeader.Match(line);
                if (!header.Success || header.Groups[2].Value.Length > 0 || header.Groups[4].Value.Length > 0)
                {
                    continue;
                }

                // Lines holding only spaces, up to the next line with text: the scalar is empty when that line is
                // not indented more than the header's line.
                var indent = Indent(line);
                var blank = new List<int>();
                var next = l + 1;
                while (next < lines.Count && body.Substring(lines[next].Start, lines[next].Length).Trim().Length == 0)
                {
                    blank.Add(next++);
                }

                if (next < lines.Count && Indent(body.Substring(lines[next].Start, lines[next].Length)) > indent)
                {
                    continue;
                }

                var spaced = blank.FindAll(b => lines[b].Length > 0 && body[lines[b].Start] != '\r');
                if (spaced.Count == 0)
                {
                    continue;
                }

                foreach (var b in spaced)
                {
                    text[lines[b].Start] = '#';
                }

                if (header.Groups[3].Value == "+")
                {
                    (patches.ValuesAt ??= new Dictionary<int, string>())[start + header.Groups[1].Index] = new string('\n', blank.Count);
                }

                changed = true;
            }

            return changed;
        }

        private static List<(int Start, int Length)> Lines(string body)
        {
            var lines = new List<(int, int)>();
            var start = 0;
            while (start <= body.Length)
            {
                var end = body.IndexOf('\n', start);
                if (end < 0)
                {
                    lines.Add((start, body.Length - start));
                    break;
                }

                lines.Add((start, end - start));
                start = end + 1;
            }

            return lines;
        }

        private static int Indent(string line)
        {
            var i = 0;
            while (i < line.Length && line[i] == ' ')
            {
                i++;
            }

            return i;
        }
    }
}

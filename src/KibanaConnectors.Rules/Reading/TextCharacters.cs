using System.Collections.Generic;

namespace KibanaConnectors.Rules.Reading
{
    /// <summary>
    /// The characters of a settings file that Kibana's readers and YamlDotNet treat differently, found in one pass:
    /// <list type="bullet">
    /// <item>js-yaml (<c>loader.js</c>, 3 and 4) refuses a file with a NUL anywhere ("null byte is not allowed in input"),
    /// a non-printable character in a plain or block scalar (its PATTERN_NON_PRINTABLE: C0 controls but tab and line
    /// breaks, U+007F to U+0084, U+0086 to U+009F, U+FFFE, U+FFFF: "the stream contains non-printable characters"), and a
    /// C0 control but tab in a quoted one ("expected valid JSON character"). Comments, anchors and tags are not checked.
    /// The yaml package takes them all.</item>
    /// <item>YamlDotNet reads U+0085, U+2028 and U+2029 as line breaks, where both readers (YAML 1.2) read them as
    /// text, and refuses a NUL, which the yaml package keeps as text: the reader sees each as a character the file does
    /// not hold, and scalar values get the original back.</item>
    /// </list>
    /// </summary>
    internal sealed class TextCharacters
    {
        // js-yaml's non-printable characters and NULs: their offsets in order, and the characters.
        private readonly List<int> _nonPrintable = new List<int>();
        private readonly List<char> _nonPrintableChars = new List<char>();
        private char[]? _placeholders;
        private char[]? _originals;

        private TextCharacters()
        {
        }

        /// <summary>The offset of the first NUL, or -1.</summary>
        public int FirstNul { get; private set; } = -1;

        /// <summary>Whether the reader reads a text with characters replaced (<see cref="Apply"/>).</summary>
        public bool HasPlaceholders => _placeholders != null;

        /// <summary>The characters of <paramref name="body"/> that matter, or null when it has none (almost every file).</summary>
        public static TextCharacters? Scan(string body)
        {
            TextCharacters? found = null;
            List<char>? replaced = null;
            for (var i = 0; i < body.Length; i++)
            {
                var c = body[i];
                var special = c < 0x20 ? c != '\t' && c != '\n' && c != '\r' : c >= 0x7F && (c <= 0x9F || c == '\u2028' || c == '\u2029' || c >= '\uFFFE');
                if (!special)
                {
                    continue;
                }

                found ??= new TextCharacters();
                if (c == '\0' && found.FirstNul < 0)
                {
                    found.FirstNul = i;
                }

                if (c == '\0' || c == '\u0085' || c == '\u2028' || c == '\u2029')
                {
                    replaced ??= new List<char>();
                    if (!replaced.Contains(c))
                    {
                        replaced.Add(c);
                    }
                }

                if (c != '\u0085' && c != '\u2028' && c != '\u2029')
                {
                    found._nonPrintable.Add(i);
                    found._nonPrintableChars.Add(c);
                }
            }

            if (found != null && replaced != null)
            {
                found._originals = replaced.ToArray();
                found._placeholders = Unused(body, replaced.Count);
            }

            return found;
        }

        /// <summary>The text YamlDotNet reads: each character it reads otherwise replaced by a placeholder, offsets unchanged.</summary>
        public string Apply(string body)
        {
            if (_placeholders == null)
            {
                return body;
            }

            var chars = body.ToCharArray();
            for (var i = 0; i < chars.Length; i++)
            {
                var at = System.Array.IndexOf(_originals!, chars[i]);
                if (at >= 0)
                {
                    chars[i] = _placeholders[at];
                }
            }

            return new string(chars);
        }

        /// <summary>A value read from the replaced text, with the file's characters back.</summary>
        public string Restore(string value)
        {
            if (_placeholders == null || value.IndexOfAny(_placeholders) < 0)
            {
                return value;
            }

            var chars = value.ToCharArray();
            for (var i = 0; i < chars.Length; i++)
            {
                var at = System.Array.IndexOf(_placeholders, chars[i]);
                if (at >= 0)
                {
                    chars[i] = _originals![at];
                }
            }

            return new string(chars);
        }

        /// <summary>
        /// The first character in <c>[start, end)</c> that js-yaml refuses in a scalar written there, or -1: a
        /// non-printable one in a plain or block scalar, a C0 control but tab in a quoted one.
        /// </summary>
        public int RefusedByJsYaml(int start, int end, bool quoted)
        {
            var i = _nonPrintable.BinarySearch(start);
            for (i = i < 0 ? ~i : i; i < _nonPrintable.Count && _nonPrintable[i] < end; i++)
            {
                if (!quoted || _nonPrintableChars[i] < 0x20)
                {
                    return _nonPrintable[i];
                }
            }

            return -1;
        }

        // Private-use characters the file does not hold, one per character replaced.
        private static char[] Unused(string body, int count)
        {
            var used = new HashSet<char>();
            foreach (var c in body)
            {
                if (c >= '\uE000' && c <= '\uF8FF')
                {
                    used.Add(c);
                }
            }

            var result = new char[count];
            var next = '\uE000';
            for (var i = 0; i < count; i++)
            {
                while (used.Contains(next))
                {
                    next++;
                }

                result[i] = next++;
            }

            return result;
        }
    }
}

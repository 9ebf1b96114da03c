using System;
using System.Text;

namespace KibanaConnectors
{
    /// <summary>
    /// Kibana's <c>${NAME}</c> and <c>${NAME:default}</c> substitution in settings values: NAME and default are
    /// letters, digits and underscores; any other text, including a <c>${</c> that does not match, stays as written.
    /// </summary>
#if KIBANACONNECTORS_RULES
    internal
#else
    public
#endif
    static class EnvironmentTemplate
    {
        /// <summary>True when <paramref name="text"/> holds at least one <c>${NAME}</c> reference.</summary>
        public static bool HasReferences(string? text) => HasReferences(text, defaults: true);

#if KIBANACONNECTORS_RULES
        /// <summary>
        /// The same, for a Kibana release that reads <c>${NAME:default}</c> (<paramref name="defaults"/>: 8.15 and later,
        /// elastic/kibana#182139) or does not (before: such a text stays as written, and only <c>${NAME}</c> counts).
        /// </summary>
        public static bool HasReferences(string? text, bool defaults)
#else
        private static bool HasReferences(string? text, bool defaults)
#endif
        {
            if (text == null)
            {
                return false;
            }

            var i = text.IndexOf("${", StringComparison.Ordinal);
            while (i >= 0)
            {
                if (TryReadReference(text, i + 2, out _, out var fallback, out var end) && (defaults || fallback == null))
                {
                    return true;
                }

                i = text.IndexOf("${", i + 2, StringComparison.Ordinal);
            }

            return false;
        }

        /// <summary>Replaces every <c>${NAME}</c> / <c>${NAME:default}</c> by what <paramref name="lookup"/> returns for it.</summary>
        /// <param name="text">The template.</param>
        /// <param name="lookup">Given the name and the default (or null), returns the replacement.</param>
        /// <param name="references">The number of references replaced.</param>
        public static string Expand(string text, Func<string, string?, string> lookup, out int references)
        {
            if (text == null)
            {
                throw new ArgumentNullException(nameof(text));
            }

            if (lookup == null)
            {
                throw new ArgumentNullException(nameof(lookup));
            }

            references = 0;
            var result = new StringBuilder(text.Length);
            var i = 0;
            while (i < text.Length)
            {
                if (text[i] == '$' && i + 1 < text.Length && text[i + 1] == '{' && TryReadReference(text, i + 2, out var name, out var fallback, out var end))
                {
                    result.Append(lookup(name, fallback));
                    references++;
                    i = end + 1;
                }
                else
                {
                    result.Append(text[i]);
                    i++;
                }
            }

            return result.ToString();
        }

        private static bool TryReadReference(string text, int start, out string name, out string? fallback, out int end)
        {
            name = string.Empty;
            fallback = null;
            end = start;
            var i = start;
            while (i < text.Length && IsWordChar(text[i]))
            {
                i++;
            }

            if (i == start || i >= text.Length)
            {
                return false;
            }

            name = text.Substring(start, i - start);
            if (text[i] == '}')
            {
                end = i;
                return true;
            }

            if (text[i] != ':')
            {
                return false;
            }

            // Kibana's pattern is \$\{(\w+)(:(\w+))?\}: a default has at least one letter, digit or '_'.
            var defaultStart = ++i;
            while (i < text.Length && IsWordChar(text[i]))
            {
                i++;
            }

            if (i == defaultStart || i >= text.Length || text[i] != '}')
            {
                return false;
            }

            fallback = text.Substring(defaultStart, i - defaultStart);
            end = i;
            return true;
        }

        private static bool IsWordChar(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }
}

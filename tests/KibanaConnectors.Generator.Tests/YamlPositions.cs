using System;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace KibanaConnectors.Generator.Tests
{
    internal static class YamlPositions
    {
        /// <summary>"line:column" (one-based) of the <paramref name="occurrence"/>-th place <paramref name="text"/> is written in <paramref name="yaml"/>.</summary>
        public static string Pos(string yaml, string text, int occurrence = 1)
        {
            var index = -1;
            for (var i = 0; i < occurrence; i++)
            {
                index = yaml.IndexOf(text, index + 1, StringComparison.Ordinal);
                if (index < 0)
                {
                    throw new ArgumentException($"'{text}' is not written {occurrence} times in the YAML");
                }
            }

            var before = yaml.Substring(0, index);
            var line = before.Count(c => c == '\n') + 1;
            var column = index - (before.LastIndexOf('\n') + 1) + 1;
            return $"{line}:{column}";
        }

        public static string At(string id, string yaml, string text, int occurrence = 1) => $"{id}@{Pos(yaml, text, occurrence)}";

        /// <summary>The text a diagnostic's span covers in the YAML.</summary>
        public static string Covered(Diagnostic diagnostic, string yaml) =>
            yaml.Substring(diagnostic.Location.SourceSpan.Start, diagnostic.Location.SourceSpan.Length);
    }
}

using System.Globalization;
using System.Text;
using System;

namespace KibanaConnectors.Rules.Common
{
    /// <summary>C# names made from Kibana's: connector ids, enum values, field names. One rule for every front end.</summary>
    internal static class CSharpNames
    {
        // C#'s reserved keywords: not identifiers without '@'.
        private static readonly string[] s_keywords =
        {
            "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const", "continue",
            "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern", "false", "finally",
            "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface", "internal", "is", "lock",
            "long", "namespace", "new", "null", "object", "operator", "out", "override", "params", "private", "protected",
            "public", "readonly", "ref", "return", "sbyte", "sealed", "short", "sizeof", "stackalloc", "static", "string",
            "struct", "switch", "this", "throw", "true", "try", "typeof", "uint", "ulong", "unchecked", "unsafe", "ushort",
            "using", "virtual", "void", "volatile", "while",
        };

        /// <summary>
        /// PascalCase from any text: split at every character that is not a letter or digit, upper-case the first letter
        /// of each part, join (<c>my-slack1</c> -> <c>MySlack1</c>, <c>Azure OpenAI</c> -> <c>AzureOpenAI</c>).
        /// </summary>
        public static string Pascal(string text)
        {
            var name = new StringBuilder(text.Length);
            var startOfPart = true;
            foreach (var c in text)
            {
                if (char.IsLetterOrDigit(c))
                {
                    name.Append(startOfPart ? char.ToUpperInvariant(c) : c);
                    startOfPart = false;
                }
                else
                {
                    startOfPart = true;
                }
            }

            return name.ToString();
        }

        /// <summary>The C# name of a connector id: <see cref="Pascal"/>, with a '_' before a leading digit (or for an empty result).</summary>
        public static string FromConnectorId(string id)
        {
            var name = Pascal(id);
            return name.Length == 0 || char.IsDigit(name[0]) ? "_" + name : name;
        }

        /// <summary>An enum member from a Kibana value: <c>Azure OpenAI</c> -> <c>AzureOpenAI</c>, <c>ssl-crt-key</c> -> <c>SslCrtKey</c>.</summary>
        public static string EnumMember(string value) => Pascal(value);

        /// <summary>A property from a Kibana field name: <c>apiUrl</c> -> <c>ApiUrl</c>.</summary>
        public static string Property(string field) => Pascal(field);

        /// <summary>True for a C# identifier that is not a keyword (the test the C# language applies, without '@').</summary>
        public static bool IsIdentifier(string name)
        {
            if (name.Length == 0 || Array.IndexOf(s_keywords, name) >= 0)
            {
                return false;
            }

            for (var i = 0; i < name.Length; i++)
            {
                var category = CharUnicodeInfo.GetUnicodeCategory(name[i]);
                var letter = name[i] == '_' || category == UnicodeCategory.UppercaseLetter || category == UnicodeCategory.LowercaseLetter
                    || category == UnicodeCategory.TitlecaseLetter || category == UnicodeCategory.ModifierLetter
                    || category == UnicodeCategory.OtherLetter || category == UnicodeCategory.LetterNumber;
                var part = category == UnicodeCategory.DecimalDigitNumber || category == UnicodeCategory.ConnectorPunctuation
                    || category == UnicodeCategory.NonSpacingMark || category == UnicodeCategory.SpacingCombiningMark
                    || category == UnicodeCategory.Format;
                if (!(letter || (i > 0 && part)))
                {
                    return false;
                }
            }

            return true;
        }
    }
}

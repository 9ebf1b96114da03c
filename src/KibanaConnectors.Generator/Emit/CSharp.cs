using System.Globalization;
using System.Text;

namespace KibanaConnectors.Generator.Emit
{
    /// <summary>C# literals and XML doc text.</summary>
    internal static class CSharp
    {
        public static string String(string value) => String(new StringBuilder(value.Length + 2), value).ToString();

        /// <summary>Appends the C# string literal of the value.</summary>
        public static StringBuilder String(StringBuilder text, string value)
        {
            text.Append('"');
            if (!NeedsEscape(value, xml: false))
            {
                return text.Append(value).Append('"');
            }

            foreach (var c in value)
            {
                switch (c)
                {
                    case '"': text.Append("\\\""); break;
                    case '\\': text.Append("\\\\"); break;
                    case '\n': text.Append("\\n"); break;
                    case '\r': text.Append("\\r"); break;
                    case '\t': text.Append("\\t"); break;
                    case '\0': text.Append("\\0"); break;
                    default:
                        if (char.IsControl(c) || c == '\u2028' || c == '\u2029' || c == '\u0085')
                        {
                            text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            text.Append(c);
                        }

                        break;
                }
            }

            return text.Append('"');
        }

        public static string Xml(string value) => NeedsEscape(value, xml: true) ? Xml(new StringBuilder(value.Length), value).ToString() : value;

        /// <summary>Appends the value as XML doc text.</summary>
        public static StringBuilder Xml(StringBuilder text, string value)
        {
            if (!NeedsEscape(value, xml: true))
            {
                return text.Append(value);
            }

            foreach (var c in value)
            {
                switch (c)
                {
                    case '<': text.Append("&lt;"); break;
                    case '>': text.Append("&gt;"); break;
                    case '&': text.Append("&amp;"); break;
                    case '"': text.Append("&quot;"); break;
                    default: text.Append(char.IsControl(c) ? ' ' : c); break;
                }
            }

            return text;
        }

        private static bool NeedsEscape(string value, bool xml)
        {
            foreach (var c in value)
            {
                if (c < ' ' || c == '"' || c == '\\' || c >= '\u007f' || (xml && (c == '<' || c == '>' || c == '&')))
                {
                    return true;
                }
            }

            return false;
        }
    }
}

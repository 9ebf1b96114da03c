using System;
using System.Text;

namespace KibanaConnectors.Rules.Common
{
    /// <summary>
    /// What Kibana finds in a base64-encoded PEM secret: it decodes the text as Node's <c>Buffer.from(data, 'base64')</c>
    /// does (white space skipped, the URL-safe alphabet too, decoding stops at the first other character) and looks
    /// for the PEM header in the bytes (stack_connectors openai/lib/other_openai_utils.ts validatePEMData).
    /// </summary>
    internal static class Base64Pem
    {
        /// <summary>True when the decoded text holds <c>-----BEGIN {label}-----</c>.</summary>
        public static bool Holds(string base64, string label) =>
            Decode(base64).IndexOf("-----BEGIN " + label + "-----", StringComparison.Ordinal) >= 0;

        /// <summary>The bytes Node decodes, as Latin-1 text (PEM headers are ASCII).</summary>
        public static string Decode(string text)
        {
            var bits = 0;
            var count = 0;
            var bytes = new StringBuilder(text.Length * 3 / 4);
            foreach (var c in text)
            {
                int value;
                if (c >= 'A' && c <= 'Z')
                {
                    value = c - 'A';
                }
                else if (c >= 'a' && c <= 'z')
                {
                    value = c - 'a' + 26;
                }
                else if (c >= '0' && c <= '9')
                {
                    value = c - '0' + 52;
                }
                else if (c == '+' || c == '-')
                {
                    value = 62;
                }
                else if (c == '/' || c == '_')
                {
                    value = 63;
                }
                else if (char.IsWhiteSpace(c))
                {
                    continue;
                }
                else
                {
                    break;
                }

                bits = (bits << 6) | value;
                count += 6;
                if (count >= 8)
                {
                    count -= 8;
                    bytes.Append((char)((bits >> count) & 0xFF));
                }
            }

            return bytes.ToString();
        }
    }
}

using System.Collections.Generic;
using System.Text;

namespace KibanaConnectors.Rules.Reading
{
    /// <summary>
    /// <c>!!binary</c> scalars as each reader decodes them, and the JavaScript property name such a key becomes. A key
    /// that is bytes is named by <c>String(bytes)</c>: a Node Buffer (the yaml package, js-yaml 3) gives its bytes read
    /// as UTF-8, a Uint8Array (js-yaml 4) its byte values joined by commas (<c>!!binary aGk=</c> is <c>hi</c> or <c>104,105</c>).
    /// </summary>
    internal static class BinaryText
    {
        // js-yaml's BASE64_MAP (lib/type/binary.js): 64 is '=', 65 and 66 the line breaks it skips.
        private const string JsYamlMap = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=\n\r";

        private static readonly UTF8Encoding s_utf8 = new UTF8Encoding(false, false);

        /// <summary>The property name a <c>!!binary</c> key gets in <paramref name="dialect"/>; null where the key stays as written (Kubernetes).</summary>
        public static string? KeyName(YamlDialect dialect, string value)
        {
            switch (dialect)
            {
                case YamlDialect.Yaml12:
                case YamlDialect.Yaml11:
                    return s_utf8.GetString(NodeBase64(value));
                case YamlDialect.JsYaml3:
                    return s_utf8.GetString(JsYaml(value) ?? new byte[0]);
                case YamlDialect.JsYaml4:
                    return string.Join(",", JsYaml(value) ?? new byte[0]);
                default:
                    return null;
            }
        }

        /// <summary>
        /// js-yaml's <c>!!binary</c> (resolveYamlBinary, constructYamlBinary, the same in 3 and 4): null when js-yaml
        /// refuses the text (a character outside the base64 alphabet, '=' and line breaks, or bits left over); otherwise
        /// its bytes, with js-yaml's quirk that an empty text gives three zero bytes.
        /// </summary>
        public static byte[]? JsYaml(string value)
        {
            var bits = 0;
            foreach (var c in value)
            {
                var code = JsYamlMap.IndexOf(c);
                if (code > 64)
                {
                    continue;
                }

                if (code < 0)
                {
                    return null;
                }

                bits += 6;
            }

            if (bits % 8 != 0)
            {
                return null;
            }

            var input = new StringBuilder(value.Length);
            foreach (var c in value)
            {
                if (c != '\r' && c != '\n' && c != '=')
                {
                    input.Append(c);
                }
            }

            var result = new List<byte>();
            var word = 0;
            for (var i = 0; i < input.Length; i++)
            {
                if (i % 4 == 0 && i > 0)
                {
                    result.Add((byte)((word >> 16) & 0xFF));
                    result.Add((byte)((word >> 8) & 0xFF));
                    result.Add((byte)(word & 0xFF));
                }

                word = (word << 6) | JsYamlMap.IndexOf(input[i]);
            }

            switch (input.Length % 4 * 6)
            {
                case 0:
                    result.Add((byte)((word >> 16) & 0xFF));
                    result.Add((byte)((word >> 8) & 0xFF));
                    result.Add((byte)(word & 0xFF));
                    break;
                case 18:
                    result.Add((byte)((word >> 10) & 0xFF));
                    result.Add((byte)((word >> 2) & 0xFF));
                    break;
                case 12:
                    result.Add((byte)((word >> 4) & 0xFF));
                    break;
            }

            return result.ToArray();
        }

        /// <summary>
        /// Node's <c>Buffer.from(text, 'base64')</c>, which the yaml package calls: the characters of the base64 and
        /// base64url alphabets in order, every other character skipped, up to the first '='; whole bytes only.
        /// </summary>
        public static byte[] NodeBase64(string value)
        {
            var result = new List<byte>(value.Length * 3 / 4);
            var word = 0;
            var count = 0;
            foreach (var c in value)
            {
                if (c == '=')
                {
                    break;
                }

                var sextet = c >= 'A' && c <= 'Z' ? c - 'A'
                    : c >= 'a' && c <= 'z' ? c - 'a' + 26
                    : c >= '0' && c <= '9' ? c - '0' + 52
                    : c == '+' || c == '-' ? 62
                    : c == '/' || c == '_' ? 63
                    : -1;
                if (sextet < 0)
                {
                    continue;
                }

                word = (word << 6) | sextet;
                count += 6;
                if (count >= 8)
                {
                    count -= 8;
                    result.Add((byte)((word >> count) & 0xFF));
                }
            }

            return result.ToArray();
        }
    }
}

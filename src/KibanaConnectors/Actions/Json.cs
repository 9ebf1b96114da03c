using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace KibanaConnectors
{
    /// <summary>A small JSON writer for action parameters, so that the library needs no JSON package on netstandard2.0.</summary>
    internal static class Json
    {
        public static string Write(object? value)
        {
            var builder = new StringBuilder();
            Write(builder, value);
            return builder.ToString();
        }

        private static void Write(StringBuilder json, object? value)
        {
            switch (value)
            {
                case null:
                    json.Append("null");
                    break;
                case string text:
                    WriteString(json, text);
                    break;
                case bool flag:
                    json.Append(flag ? "true" : "false");
                    break;
                case int _:
                case long _:
                case short _:
                case byte _:
                case uint _:
                case ulong _:
                    json.Append(Convert.ToString(value, CultureInfo.InvariantCulture));
                    break;
                case double number:
                    json.Append(double.IsNaN(number) || double.IsInfinity(number) ? "null" : number.ToString("R", CultureInfo.InvariantCulture));
                    break;
                case float number:
                    Write(json, (double)number);
                    break;
                case decimal number:
                    json.Append(number.ToString(CultureInfo.InvariantCulture));
                    break;
                case DateTimeOffset time:
                    WriteString(json, time.ToString("yyyy-MM-dd'T'HH:mm:ss.fffK", CultureInfo.InvariantCulture));
                    break;
                case IEnumerable<KeyValuePair<string, object?>> map:
                    json.Append('{');
                    var first = true;
                    foreach (var entry in map)
                    {
                        if (!first)
                        {
                            json.Append(',');
                        }

                        first = false;
                        WriteString(json, entry.Key);
                        json.Append(':');
                        Write(json, entry.Value);
                    }

                    json.Append('}');
                    break;
                case IEnumerable<KeyValuePair<string, string>> texts:
                    var copy = new ParamMap();
                    foreach (var entry in texts)
                    {
                        copy.Add(entry.Key, entry.Value);
                    }

                    Write(json, copy);
                    break;
                case IEnumerable list:
                    json.Append('[');
                    var firstItem = true;
                    foreach (var item in list)
                    {
                        if (!firstItem)
                        {
                            json.Append(',');
                        }

                        firstItem = false;
                        Write(json, item);
                    }

                    json.Append(']');
                    break;
                default:
                    throw new ArgumentException($"A {value.GetType().Name} cannot be written as an action parameter; use text, a number, a boolean, a list or a ParamMap.");
            }
        }

        private static void WriteString(StringBuilder json, string text)
        {
            json.Append('"');
            foreach (var c in text)
            {
                switch (c)
                {
                    case '"':
                        json.Append("\\\"");
                        break;
                    case '\\':
                        json.Append("\\\\");
                        break;
                    case '\n':
                        json.Append("\\n");
                        break;
                    case '\r':
                        json.Append("\\r");
                        break;
                    case '\t':
                        json.Append("\\t");
                        break;
                    default:
                        if (c < 0x20 || c == '\u2028' || c == '\u2029')
                        {
                            json.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            json.Append(c);
                        }

                        break;
                }
            }

            json.Append('"');
        }
    }
}

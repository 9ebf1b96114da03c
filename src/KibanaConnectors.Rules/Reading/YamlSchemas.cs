using System;
using System.Globalization;
using System.Text.RegularExpressions;

namespace KibanaConnectors.Rules.Reading
{
    /// <summary>The rules a document is read with: which reader, and for the yaml package which YAML version.</summary>
    internal enum YamlDialect
    {
        /// <summary>The yaml package (2.x) on a YAML 1.2 document: the core schema.</summary>
        Yaml12,

        /// <summary>The yaml package on a document that starts with <c>%YAML 1.1</c>: yes/no/on/off, sexagesimal numbers, timestamps, merge keys.</summary>
        Yaml11,

        /// <summary>js-yaml 4 <c>load</c> (its default schema: YAML 1.2 with timestamps, binary and merge keys).</summary>
        JsYaml4,

        /// <summary>
        /// Kubernetes manifests and Helm values, as go-yaml v2 decodes them for sigs.k8s.io/yaml: YAML 1.1 booleans
        /// (yes/no/on/off/y/n), octal <c>017</c> and merge keys, but no sexagesimal numbers, and a date stays text.
        /// </summary>
        Kubernetes,

        /// <summary>js-yaml 3 <c>safeLoad</c>: as js-yaml 4, but numbers as YAML 1.1 writes them (<c>017</c> is octal, <c>1:30</c> is 90).</summary>
        JsYaml3,
    }

    /// <summary>A scalar's value once its reader resolves it; <see cref="Error"/> is set when the reader refuses it.</summary>
    internal readonly record struct ResolvedScalar(ScalarKind Kind, double Number = 0, bool IsTrue = false, DateTime Date = default, string? Error = null)
    {
        public static readonly ResolvedScalar Text = new ResolvedScalar(ScalarKind.String);
    }

    /// <summary>
    /// How each reader resolves a scalar, written from the readers' own type definitions: the yaml package's
    /// <c>schema/core</c> and <c>schema/yaml-1.1</c>, js-yaml's <c>lib/type</c> (version 4, and 3 for <c>safeLoad</c>).
    /// The YAML 1.2 core schema, the hot path, lives in <see cref="CoreSchema"/>.
    /// </summary>
    internal static class YamlSchemas
    {
        public const string Str = "tag:yaml.org,2002:str";
        public const string NullTag = "tag:yaml.org,2002:null";
        public const string BoolTag = "tag:yaml.org,2002:bool";
        public const string IntTag = "tag:yaml.org,2002:int";
        public const string FloatTag = "tag:yaml.org,2002:float";
        public const string TimestampTag = "tag:yaml.org,2002:timestamp";
        public const string BinaryTag = "tag:yaml.org,2002:binary";

        private const RegexOptions Options = RegexOptions.CultureInvariant;

        // yaml package, YAML 1.1 schema (schema/yaml-1.1/*.js), in the order the schema tries them.
        private static readonly Regex s_y11True = new Regex("^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$", Options);
        private static readonly Regex s_y11False = new Regex("^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$", Options);
        private static readonly Regex s_y11IntBin = new Regex("^[-+]?0b[0-1_]+$", Options);
        private static readonly Regex s_y11IntOct = new Regex("^[-+]?0[0-7_]+$", Options);
        private static readonly Regex s_y11Int = new Regex("^[-+]?[0-9][0-9_]*$", Options);
        private static readonly Regex s_y11IntHex = new Regex("^[-+]?0x[0-9a-fA-F_]+$", Options);
        private static readonly Regex s_floatNaN = new Regex(@"^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$", Options);
        private static readonly Regex s_y11FloatExp = new Regex(@"^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$", Options);
        private static readonly Regex s_y11Float = new Regex(@"^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$", Options);
        private static readonly Regex s_y11IntTime = new Regex("^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$", Options);
        private static readonly Regex s_y11FloatTime = new Regex(@"^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$", Options);
        private static readonly Regex s_y11Timestamp = new Regex(
            @"^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\.[0-9]+)?)(?:[ \t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$", Options);

        // js-yaml (lib/type/float.js, timestamp.js).
        private static readonly Regex s_js4Float = new Regex(
            @"^(?:[-+]?(?:[0-9][0-9_]*)(?:\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?|\.[0-9_]+(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$", Options);
        private static readonly Regex s_js3Float = new Regex(
            @"^(?:[-+]?(?:0|[1-9][0-9_]*)(?:\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?|\.[0-9_]+(?:[eE][-+]?[0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$", Options);
        private static readonly Regex s_jsDate = new Regex("^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$", Options);
        private static readonly Regex s_jsTimestamp = new Regex(
            @"^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\.([0-9]*))?(?:[ \t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$", Options);

        /// <summary>A plain scalar without a tag.</summary>
        public static ResolvedScalar Implicit(YamlDialect dialect, string value)
        {
            switch (dialect)
            {
                case YamlDialect.Yaml12:
                    return Core(value);
                case YamlDialect.Yaml11:
                    return Yaml11(value, tag: null);
                case YamlDialect.Kubernetes:
                    var resolved = Yaml11(value, tag: null);
                    return resolved.Kind == ScalarKind.Timestamp || s_y11IntTime.IsMatch(value) || s_y11FloatTime.IsMatch(value) ? ResolvedScalar.Text : resolved;
                default:
                    return JsYaml(dialect, value, tag: null, isPlain: true);
            }
        }

        /// <summary>
        /// A scalar with an explicit tag. The yaml package resolves a tag only when the text passes that type's test,
        /// and otherwise keeps the text with a warning; js-yaml refuses the document.
        /// </summary>
        public static ResolvedScalar Explicit(YamlDialect dialect, string tag, string value, bool isPlain)
        {
            if (tag == "!" || tag == Str)
            {
                return ResolvedScalar.Text;
            }

            if (dialect == YamlDialect.JsYaml3 || dialect == YamlDialect.JsYaml4)
            {
                return JsYaml(dialect, value, tag, isPlain);
            }

            if (tag == BinaryTag)
            {
                return new ResolvedScalar(ScalarKind.Binary);
            }

            if (dialect == YamlDialect.Yaml11 || dialect == YamlDialect.Kubernetes)
            {
                return Yaml11(value, tag);
            }

            if (tag == TimestampTag)
            {
                // Not in the core schema, but a tag the yaml package knows: resolved without a test, and a text that
                // is no date fails.
                return Timestamp(s_y11Timestamp.Match(value), yamlPackage: true) is DateTime date
                    ? new ResolvedScalar(ScalarKind.Timestamp, Date: date)
                    : new ResolvedScalar(ScalarKind.String, Error: "'!!timestamp' needs a date, starting with yyyy-mm-dd");
            }

            var resolved = Core(value);
            return Tag(resolved.Kind) == tag ? resolved : ResolvedScalar.Text;
        }

        private static string? Tag(ScalarKind kind) => kind switch
        {
            ScalarKind.Null => NullTag,
            ScalarKind.Boolean => BoolTag,
            ScalarKind.Integer => IntTag,
            ScalarKind.Float => FloatTag,
            ScalarKind.Timestamp => TimestampTag,
            _ => null,
        };

        private static ResolvedScalar Core(string value)
        {
            var kind = CoreSchema.Resolve(value, isPlain: true, tag: null);
            switch (kind)
            {
                case ScalarKind.Boolean:
                    return new ResolvedScalar(kind, IsTrue: value[0] == 't' || value[0] == 'T');
                case ScalarKind.Integer:
                    return new ResolvedScalar(kind, CoreSchema.IntegerValue(value));
                case ScalarKind.Float:
                    return new ResolvedScalar(kind, CoreSchema.FloatValue(value));
                default:
                    return new ResolvedScalar(kind);
            }
        }

        private static ResolvedScalar Yaml11(string value, string? tag)
        {
            bool Allowed(string t) => tag == null || tag == t;

            if (Allowed(NullTag) && (value.Length == 0 || value == "~" || value == "null" || value == "Null" || value == "NULL"))
            {
                return new ResolvedScalar(ScalarKind.Null);
            }

            if (Allowed(BoolTag) && s_y11True.IsMatch(value))
            {
                return new ResolvedScalar(ScalarKind.Boolean, IsTrue: true);
            }

            if (Allowed(BoolTag) && s_y11False.IsMatch(value))
            {
                return new ResolvedScalar(ScalarKind.Boolean, IsTrue: false);
            }

            if (Allowed(IntTag))
            {
                if (s_y11IntBin.IsMatch(value))
                {
                    return Integer(value, 2, 2);
                }

                if (s_y11IntOct.IsMatch(value))
                {
                    return Integer(value, 1, 8);
                }

                if (s_y11Int.IsMatch(value))
                {
                    return Integer(value, 0, 10);
                }

                if (s_y11IntHex.IsMatch(value))
                {
                    return Integer(value, 2, 16);
                }
            }

            if (Allowed(FloatTag) && (s_floatNaN.IsMatch(value) || s_y11FloatExp.IsMatch(value) || s_y11Float.IsMatch(value)))
            {
                return new ResolvedScalar(ScalarKind.Float, s_floatNaN.IsMatch(value) ? Special(value) : ParseFloat(value.Replace("_", string.Empty)));
            }

            if (Allowed(IntTag) && s_y11IntTime.IsMatch(value))
            {
                return new ResolvedScalar(ScalarKind.Integer, Sexagesimal(value));
            }

            if (Allowed(FloatTag) && s_y11FloatTime.IsMatch(value))
            {
                return new ResolvedScalar(ScalarKind.Float, Sexagesimal(value));
            }

            if (Allowed(TimestampTag) && Timestamp(s_y11Timestamp.Match(value), yamlPackage: true) is DateTime date)
            {
                return new ResolvedScalar(ScalarKind.Timestamp, Date: date);
            }

            return ResolvedScalar.Text;
        }

        // yaml package: the sign, then parseInt of the digits without '_' after `offset` characters.
        private static ResolvedScalar Integer(string value, int offset, int radix)
        {
            var negative = value[0] == '-';
            if (value[0] == '-' || value[0] == '+')
            {
                offset++;
            }

            var number = ParseInt(value.Substring(offset).Replace("_", string.Empty), radix);
            return new ResolvedScalar(ScalarKind.Integer, negative ? -number : number);
        }

        private static double Sexagesimal(string value)
        {
            var negative = value[0] == '-';
            var parts = value.TrimStart('-', '+').Replace("_", string.Empty).Split(':');
            double result = 0;
            foreach (var part in parts)
            {
                result = (result * 60) + ParseFloat(part);
            }

            return negative ? -result : result;
        }

        private static ResolvedScalar JsYaml(YamlDialect dialect, string value, string? tag, bool isPlain)
        {
            bool Allowed(string t) => tag == null || tag == t;

            if (tag != null && tag != NullTag && tag != BoolTag && tag != IntTag && tag != FloatTag && tag != TimestampTag && tag != BinaryTag)
            {
                return new ResolvedScalar(ScalarKind.String, Error: $"js-yaml does not know the tag '{tag}' and refuses the file");
            }

            if (tag == BinaryTag)
            {
                return BinaryText.JsYaml(value) != null
                    ? new ResolvedScalar(ScalarKind.Binary)
                    : new ResolvedScalar(ScalarKind.String, Error: "the !!binary value is not base64 as js-yaml reads it (letters, digits, '+' and '/' making whole bytes, '=' and line breaks), and js-yaml refuses the file (\"cannot resolve a node with !<tag:yaml.org,2002:binary> explicit tag\")");
            }

            // An explicit tag takes only text its type resolves; an empty plain node is null (a quoted '' is text).
            if (Allowed(NullTag) && (value == "~" || value == "null" || value == "Null" || value == "NULL" || (isPlain && value.Length == 0)))
            {
                return new ResolvedScalar(ScalarKind.Null);
            }

            if (Allowed(BoolTag) && (value == "true" || value == "True" || value == "TRUE" || value == "false" || value == "False" || value == "FALSE"))
            {
                return new ResolvedScalar(ScalarKind.Boolean, IsTrue: value[0] == 't' || value[0] == 'T');
            }

            if (Allowed(IntTag) && JsInteger(value, dialect == YamlDialect.JsYaml3) is double integer)
            {
                return new ResolvedScalar(ScalarKind.Integer, integer);
            }

            if (Allowed(FloatTag) && (dialect == YamlDialect.JsYaml3 ? s_js3Float : s_js4Float).IsMatch(value) && value[value.Length - 1] != '_')
            {
                return new ResolvedScalar(ScalarKind.Float, JsFloat(value));
            }

            if (Allowed(TimestampTag) && Timestamp(s_jsDate.Match(value), yamlPackage: false) is DateTime day)
            {
                return new ResolvedScalar(ScalarKind.Timestamp, Date: day);
            }

            if (Allowed(TimestampTag) && Timestamp(s_jsTimestamp.Match(value), yamlPackage: false) is DateTime time)
            {
                return new ResolvedScalar(ScalarKind.Timestamp, Date: time);
            }

            return tag == null
                ? ResolvedScalar.Text
                : new ResolvedScalar(ScalarKind.String, Error: $"'{value}' is not a value of its explicit tag '{tag}', which js-yaml refuses");
        }

        // js-yaml lib/type/int.js: decimal, 0b, 0x, 0o (4) or a leading 0 for octal and a:b:c base 60 (3); '_' between digits.
        private static double? JsInteger(string value, bool version3)
        {
            if (value.Length == 0)
            {
                return null;
            }

            var i = 0;
            var negative = false;
            if (value[0] == '-' || value[0] == '+')
            {
                negative = value[0] == '-';
                i++;
            }

            if (i == value.Length)
            {
                return null;
            }

            string digits;
            int radix;
            if (value[i] == '0' && i + 1 == value.Length)
            {
                return 0;
            }

            if (value[i] == '0' && (value[i + 1] == 'b' || value[i + 1] == 'x' || (value[i + 1] == 'o' && !version3)))
            {
                radix = value[i + 1] == 'b' ? 2 : value[i + 1] == 'x' ? 16 : 8;
                digits = value.Substring(i + 2);
                if (!RadixDigits(digits, radix))
                {
                    return null;
                }
            }
            else if (value[i] == '0' && version3)
            {
                radix = 8;
                digits = value.Substring(i + 1);
                if (!RadixDigits(digits, 8))
                {
                    return null;
                }
            }
            else
            {
                var start = value[i] == '0' ? i + 1 : i;
                if (value[start] == '_')
                {
                    return null;
                }

                var colon = version3 ? value.IndexOf(':', start) : -1;
                var decimalPart = colon < 0 ? value.Substring(i) : value.Substring(i, colon - i);
                if (!RadixDigits(decimalPart, 10))
                {
                    return null;
                }

                if (colon >= 0)
                {
                    if (!Regex.IsMatch(value.Substring(colon), "^(:[0-5]?[0-9])+$", Options))
                    {
                        return null;
                    }

                    double base60 = 0;
                    foreach (var part in value.Substring(i).Replace("_", string.Empty).Split(':'))
                    {
                        base60 = (base60 * 60) + ParseInt(part, 10);
                    }

                    return negative ? -base60 : base60;
                }

                radix = 10;
                digits = decimalPart;
            }

            var number = ParseInt(digits.Replace("_", string.Empty), radix);
            return negative ? -number : number;
        }

        // Digits of the radix with '_' between them: at least one digit, not ending with '_'.
        private static bool RadixDigits(string text, int radix)
        {
            var hasDigits = false;
            foreach (var c in text)
            {
                if (c == '_')
                {
                    continue;
                }

                var digit = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : 99;
                if (digit >= radix)
                {
                    return false;
                }

                hasDigits = true;
            }

            return hasDigits && text[text.Length - 1] != '_';
        }

        private static double JsFloat(string value)
        {
            var text = value.Replace("_", string.Empty).ToLowerInvariant();
            var negative = text[0] == '-';
            text = text.TrimStart('-', '+');
            if (text == ".inf")
            {
                return negative ? double.NegativeInfinity : double.PositiveInfinity;
            }

            if (text == ".nan")
            {
                return double.NaN;
            }

            var number = text.IndexOf(':') >= 0 ? Sexagesimal(text) : ParseFloat(text);
            return negative ? -number : number;
        }

        private static double Special(string value) =>
            value.EndsWith("nan", StringComparison.OrdinalIgnoreCase) ? double.NaN : value[0] == '-' ? double.NegativeInfinity : double.PositiveInfinity;

        /// <summary>parseInt(text, radix) on digits already checked: every digit counts (no stop at a bad one).</summary>
        public static double ParseInt(string digits, int radix)
        {
            if (radix == 10)
            {
                return double.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : double.NaN;
            }

            double result = 0;
            foreach (var c in digits)
            {
                var digit = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c - 'A' + 10;
                if (digit < 0 || digit >= radix)
                {
                    return result;
                }

                result = (result * radix) + digit;
            }

            return result;
        }

        /// <summary>parseFloat: the longest prefix that is a decimal number; NaN when there is none.</summary>
        public static double ParseFloat(string text)
        {
            var match = Regex.Match(text.Trim(), @"^[-+]?(?:Infinity|(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?)", Options);
            if (!match.Success)
            {
                return double.NaN;
            }

            return match.Value.EndsWith("Infinity", StringComparison.Ordinal)
                ? (match.Value[0] == '-' ? double.NegativeInfinity : double.PositiveInfinity)
                : double.Parse(match.Value, NumberStyles.Float, CultureInfo.InvariantCulture);
        }

        private static DateTime? Timestamp(Match match, bool yamlPackage)
        {
            if (!match.Success)
            {
                return null;
            }

            int Group(int i) => match.Groups[i].Success && match.Groups[i].Value.Length > 0 ? int.Parse(match.Groups[i].Value.Split('.')[0], CultureInfo.InvariantCulture) : 0;
            try
            {
                var date = new DateTime(Group(1), 1, 1, 0, 0, 0, DateTimeKind.Utc).AddMonths(Group(2) - 1).AddDays(Group(3) - 1);
                if (match.Groups.Count <= 4 || !match.Groups[4].Success)
                {
                    return date;
                }

                date = date.AddHours(Group(4)).AddMinutes(Group(5)).AddSeconds(Group(6));
                var fraction = yamlPackage ? match.Groups[7].Value.TrimStart('.') : match.Groups[7].Value;
                if (fraction.Length > 0)
                {
                    date = date.AddMilliseconds(int.Parse((fraction + "00").Substring(0, 3), CultureInfo.InvariantCulture));
                }

                var zone = yamlPackage ? match.Groups[8].Value : match.Groups[8].Value;
                if (zone.Length > 0 && zone != "Z")
                {
                    var sign = zone[0] == '-' ? -1 : 1;
                    var parts = zone.Substring(1).Split(':');
                    var minutes = (int.Parse(parts[0], CultureInfo.InvariantCulture) * 60) + (parts.Length > 1 ? int.Parse(parts[1], CultureInfo.InvariantCulture) : 0);
                    date = date.AddMinutes(-sign * minutes);
                }

                return date;
            }
            catch (ArgumentOutOfRangeException)
            {
                return null;
            }
        }
    }
}

namespace KibanaConnectors.Rules.Reading
{
    /// <summary>
    /// YAML 1.2 core schema resolution of plain scalars, as the <c>yaml</c> npm package that reads kibana.yml applies it:
    /// <c>yes</c>/<c>on</c> stay strings, <c>true</c>/<c>True</c>/<c>TRUE</c> are booleans, <c>0x1F</c> and <c>0o17</c> are integers.
    /// </summary>
    internal static class CoreSchema
    {
        public static ScalarKind Resolve(string value, bool isPlain, string? tag)
        {
            switch (tag)
            {
                case "tag:yaml.org,2002:str":
                    return ScalarKind.String;
                case "tag:yaml.org,2002:null":
                    return ScalarKind.Null;
                case "tag:yaml.org,2002:bool":
                    return ScalarKind.Boolean;
                case "tag:yaml.org,2002:int":
                    return ScalarKind.Integer;
                case "tag:yaml.org,2002:float":
                    return ScalarKind.Float;
            }

            if (!isPlain)
            {
                return ScalarKind.String;
            }

            switch (value)
            {
                case "":
                case "~":
                case "null":
                case "Null":
                case "NULL":
                    return ScalarKind.Null;
                case "true":
                case "True":
                case "TRUE":
                case "false":
                case "False":
                case "FALSE":
                    return ScalarKind.Boolean;
            }

            // Most plain scalars are words: only text that starts like a number can be one.
            var first = value[0];
            if (!(first >= '0' && first <= '9') && first != '-' && first != '+' && first != '.')
            {
                return ScalarKind.String;
            }

            if (IsInteger(value))
            {
                return ScalarKind.Integer;
            }

            return IsFloat(value) ? ScalarKind.Float : ScalarKind.String;
        }

        // [-+]?[0-9]+ | 0o[0-7]+ | 0x[0-9a-fA-F]+
        private static bool IsInteger(string value)
        {
            if (value.Length > 2 && value[0] == '0' && (value[1] == 'o' || value[1] == 'x'))
            {
                var hex = value[1] == 'x';
                for (var i = 2; i < value.Length; i++)
                {
                    var c = value[i];
                    var ok = hex ? (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F') : c >= '0' && c <= '7';
                    if (!ok)
                    {
                        return false;
                    }
                }

                return true;
            }

            var start = value[0] == '-' || value[0] == '+' ? 1 : 0;
            return start < value.Length && Digits(value, start, value.Length) == value.Length;
        }

        // [-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)? | [-+]?\.(inf|Inf|INF) | \.nan|\.NaN|\.NAN
        private static bool IsFloat(string value)
        {
            switch (value)
            {
                case ".nan":
                case ".NaN":
                case ".NAN":
                    return true;
            }

            var i = value[0] == '-' || value[0] == '+' ? 1 : 0;
            var rest = value.Substring(i);
            if (rest == ".inf" || rest == ".Inf" || rest == ".INF")
            {
                return true;
            }

            var integerEnd = Digits(value, i, value.Length);
            var hasDigits = integerEnd > i;
            i = integerEnd;
            if (i < value.Length && value[i] == '.')
            {
                var fractionEnd = Digits(value, i + 1, value.Length);
                if (!hasDigits && fractionEnd == i + 1)
                {
                    return false;
                }

                hasDigits = true;
                i = fractionEnd;
            }

            if (!hasDigits)
            {
                return false;
            }

            if (i < value.Length && (value[i] == 'e' || value[i] == 'E'))
            {
                i++;
                if (i < value.Length && (value[i] == '-' || value[i] == '+'))
                {
                    i++;
                }

                var exponentEnd = Digits(value, i, value.Length);
                if (exponentEnd == i)
                {
                    return false;
                }

                i = exponentEnd;
            }

            return i == value.Length;
        }

        private static int Digits(string value, int start, int end)
        {
            var i = start;
            while (i < end && value[i] >= '0' && value[i] <= '9')
            {
                i++;
            }

            return i;
        }

        /// <summary>The value of a core-schema integer, as the yaml package's parseInt gives it (a double, as in JavaScript).</summary>
        public static double IntegerValue(string text) =>
            text.StartsWith("0x", System.StringComparison.Ordinal) ? YamlSchemas.ParseInt(text.Substring(2), 16)
            : text.StartsWith("0o", System.StringComparison.Ordinal) ? YamlSchemas.ParseInt(text.Substring(2), 8)
            : text[0] == '-' ? -YamlSchemas.ParseInt(text.Substring(1), 10)
            : YamlSchemas.ParseInt(text.TrimStart('+'), 10);

        /// <summary>The value of a core-schema float, as parseFloat gives it.</summary>
        public static double FloatValue(string text)
        {
            var rest = text.TrimStart('-', '+');
            if (rest == ".nan" || rest == ".NaN" || rest == ".NAN")
            {
                return double.NaN;
            }

            if (rest == ".inf" || rest == ".Inf" || rest == ".INF")
            {
                return text[0] == '-' ? double.NegativeInfinity : double.PositiveInfinity;
            }

            return double.Parse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture);
        }
    }
}

using System.Text.RegularExpressions;

namespace KibanaConnectors.Generator.Yaml
{
    /// <summary>
    /// YAML 1.2 core schema resolution of plain scalars, as the <c>yaml</c> npm package that reads kibana.yml applies it:
    /// <c>yes</c>/<c>on</c> stay strings, <c>true</c>/<c>True</c>/<c>TRUE</c> are booleans, <c>0x1F</c> and <c>0o17</c> are integers.
    /// </summary>
    internal static class CoreSchema
    {
        private static readonly Regex s_integer = new Regex(@"^([-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$", RegexOptions.CultureInvariant);
        private static readonly Regex s_float = new Regex(@"^([-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?|[-+]?\.(inf|Inf|INF)|\.nan|\.NaN|\.NAN)$", RegexOptions.CultureInvariant);

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

            if (s_integer.IsMatch(value))
            {
                return ScalarKind.Integer;
            }

            return s_float.IsMatch(value) ? ScalarKind.Float : ScalarKind.String;
        }

        public static bool IsTrue(string value) => value == "true" || value == "True" || value == "TRUE";
    }
}

using System.Text;

namespace KibanaConnectors.Rules.Common
{
    /// <summary>Environment variable names suggested for secrets: <c>my-hook</c> + <c>apiKey</c> -> <c>MY_HOOK_API_KEY</c>.</summary>
    internal static class EnvironmentNames
    {
        /// <summary>Upper snake case of the parts, which Kibana's <c>${NAME}</c> accepts (letters, digits, '_').</summary>
        public static string For(params string[] parts)
        {
            var name = new StringBuilder();
            foreach (var part in parts)
            {
                for (var i = 0; i < part.Length; i++)
                {
                    var c = part[i];
                    var lowerBefore = i > 0 && char.IsLower(part[i - 1]);
                    if (char.IsUpper(c) && lowerBefore)
                    {
                        Separate(name);
                    }

                    if (c < 128 && char.IsLetterOrDigit(c))
                    {
                        name.Append(char.ToUpperInvariant(c));
                    }
                    else
                    {
                        Separate(name);
                    }
                }

                Separate(name);
            }

            var result = name.ToString().TrimEnd('_');
            return result.Length == 0 || char.IsDigit(result[0]) ? "SECRET_" + result : result;
        }

        private static void Separate(StringBuilder name)
        {
            if (name.Length > 0 && name[name.Length - 1] != '_')
            {
                name.Append('_');
            }
        }
    }
}

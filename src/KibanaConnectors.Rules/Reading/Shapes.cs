using System;
using KibanaConnectors.Rules.Model;

namespace KibanaConnectors.Rules.Reading
{
    /// <summary>Tells a file's <see cref="SettingsShape"/> by its content, never by its name.</summary>
    internal static class Shapes
    {
        /// <summary>
        /// A key at the start of a line, which only a deployment file has at its top level (Kibana refuses a setting of
        /// those names, so no settings file has one): <c>kind:</c> for a Kubernetes manifest, <c>kibanaConfig:</c> for the
        /// kibana chart's values, <c>eck-kibana:</c> for the eck-stack chart's. The first one found decides, in that order.
        /// </summary>
        /// <remarks>
        /// Three ordinal searches and no parsing: a settings file pays next to nothing for the question. A key written
        /// in quotes or in a flow map is not seen; <c>--shape</c> or the <c>Shape</c> item metadata says it then.
        /// </remarks>
        public static SettingsShape Detect(string text) =>
            StartsALine(text, "kind:") ? SettingsShape.Eck
            : StartsALine(text, "kibanaConfig:") ? SettingsShape.Helm
            : StartsALine(text, "eck-kibana:") ? SettingsShape.EckStack
            : SettingsShape.Settings;

        private static bool StartsALine(string text, string key)
        {
            for (var at = text.IndexOf(key, StringComparison.Ordinal); at >= 0; at = text.IndexOf(key, at + 1, StringComparison.Ordinal))
            {
                if (at == 0 || text[at - 1] == '\n' || text[at - 1] == '\r' || (at == 1 && text[0] == '\uFEFF'))
                {
                    return true;
                }
            }

            return false;
        }
    }
}

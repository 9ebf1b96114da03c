using System;
using KibanaConnectors.Rules.Reading;

namespace KibanaConnectors.Rules.Checks
{
    /// <summary>
    /// How Kibana's own settings schema (@kbn/config-schema, the actions plugin's config.ts) takes values: an object or
    /// record field also takes JSON text of one (<c>config: '{"index": "x"}'</c>), a boolean also the text true or false
    /// in any case.
    /// </summary>
    internal static class ConfigSchema
    {
        /// <summary>The map a record or object field holds: a map, or JSON text of one. Null when it is neither; <paramref name="json"/> then says why JSON text failed.</summary>
        public static SettingsMap? Map(SettingsNode node, out string? json)
        {
            json = null;
            switch (node)
            {
                case SettingsMap { IsList: false } map:
                    return map;
                case SettingsScalar { Kind: ScalarKind.String } text when text.Value.TrimStart().StartsWith("{", StringComparison.Ordinal):
                    var parsed = Reading.JsonText.Parse(text, out var error);
                    json = error == null ? null : $": Kibana parses text here as JSON, and this is not valid JSON ({error})";
                    return parsed as SettingsMap;
                default:
                    return null;
            }
        }

        /// <summary>The list an array field holds: a list, or JSON text of one. Null when it is neither.</summary>
        public static SettingsList? List(SettingsNode node) => node switch
        {
            SettingsList list => list,
            SettingsScalar { Kind: ScalarKind.String } text when text.Value.TrimStart().StartsWith("[", StringComparison.Ordinal) => Reading.JsonText.Parse(text, out _) as SettingsList,
            _ => null,
        };

        /// <summary>
        /// A boolean: a YAML boolean, or the text <c>true</c>/<c>false</c> in any case (so a quoted value or a substituted
        /// <c>${NAME}</c> works). Null for anything else, and for a <c>${NAME}</c>, whose value is known only when Kibana starts.
        /// </summary>
        public static bool? Boolean(SettingsNode node) => node switch
        {
            SettingsScalar { Kind: ScalarKind.Boolean } flag => flag.Scalar.IsTrue,
            SettingsScalar { Kind: ScalarKind.String } text when string.Equals(text.Value, "true", StringComparison.OrdinalIgnoreCase) => true,
            SettingsScalar { Kind: ScalarKind.String } text when string.Equals(text.Value, "false", StringComparison.OrdinalIgnoreCase) => false,
            _ => null,
        };
    }
}

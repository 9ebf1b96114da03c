using System;
using System.Collections.Generic;
using System.Linq;

namespace KibanaConnectors.Rules.Catalogue
{
    /// <summary>
    /// The spec connectors: every connector type of kbn-connector-specs that Kibana registers (stack_connectors'
    /// <c>registerConnectorTypesFromSpecs</c>, one <c>createConnectorTypeFromSpec</c> per export of the package's
    /// all_specs.ts), with the secrets each auth type needs. The data is SpecConnectors.Data.cs, which
    /// scripts/update-spec-connectors.mjs writes from a Kibana checkout.
    /// </summary>
    internal static partial class SpecConnectors
    {
        // Built on first use: the data's arrays sit in another file of this partial class, whose static initializers
        // C# does not order against this file's.
        private static Dictionary<string, SpecConnector>? s_byId;
        private static Dictionary<string, SpecAuthSchema>? s_authById;
        private static SpecConnector[]? s_all;

        /// <summary>
        /// The release facts of the spec connectors as a whole, taken for every id whose own first release the source
        /// does not tell: registered from 9.3, where they came as a technical preview.
        /// </summary>
        public static VersionFact FirstRelease { get; } = VersionFact.Since(9, 3,
            "issue 22: spec connectors (kbn-connector-specs) are registered from Kibana 9.3, as a technical preview; the stored history of all_specs.ts does not tie its versions to releases");

        /// <summary>Every spec connector, by id.</summary>
        public static IReadOnlyList<SpecConnector> All => s_all ??= s_specs.OrderBy(s => s.ActionTypeId, StringComparer.Ordinal).ToArray();

        /// <summary>The auth types whose secrets schema is known here, by id.</summary>
        public static IReadOnlyList<SpecAuthSchema> AuthTypes => s_authTypes;

        public static SpecConnector? Find(string actionTypeId) =>
            (s_byId ??= s_specs.ToDictionary(s => s.ActionTypeId, StringComparer.Ordinal)).TryGetValue(actionTypeId, out var spec) ? spec : null;

        public static SpecAuthSchema? AuthSchema(string authType) =>
            (s_authById ??= s_authTypes.ToDictionary(a => a.Id, StringComparer.Ordinal)).TryGetValue(authType, out var schema) ? schema : null;

        /// <summary>
        /// The secrets a connector of <paramref name="spec"/> must give with <c>authType: <paramref name="authType"/></c>, as
        /// Kibana's <c>getSchemaForAuthType</c> builds them: the auth type's required fields, less those the spec gives a
        /// default, or the one header field of <c>api_key_header</c> with defaults. Null when the auth type's schema is
        /// not known here: nothing is then required rather than guessed.
        /// </summary>
        public static IReadOnlyList<string>? RequiredSecrets(SpecConnector spec, string authType)
        {
            if (!(spec.Auth(authType) is SpecAuth auth) || !(AuthSchema(authType) is SpecAuthSchema schema))
            {
                return null;
            }

            if (schema.KeyedByHeader && auth.HasDefaults)
            {
                return new[] { auth.HeaderField ?? "Api-Key" };
            }

            return schema.Required.Where(f => !auth.Defaulted.Contains(f, StringComparer.Ordinal)).ToArray();
        }

        /// <summary>Every secret key a connector may give with that auth type (for suggestions); null when not known.</summary>
        public static IReadOnlyList<string>? KnownSecrets(SpecConnector spec, string authType)
        {
            var required = RequiredSecrets(spec, authType);
            if (required == null)
            {
                return null;
            }

            var schema = AuthSchema(authType)!;
            return schema.KeyedByHeader && spec.Auth(authType)!.HasDefaults ? required : schema.Required.Concat(schema.Optional).ToArray();
        }
    }
}

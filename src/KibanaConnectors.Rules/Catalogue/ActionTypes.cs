using System.Collections.Generic;
using System.Linq;
using System;
using KibanaConnectors.Rules.Common;
using KibanaConnectors.Rules.Model;

namespace KibanaConnectors.Rules.Catalogue
{
    /// <summary>Every action type id Kibana registers, and the ids it rejects for preconfigured connectors.</summary>
    internal static class ActionTypes
    {
        /// <summary>
        /// Registered types without a typed class here: kept as a generic connector with raw config. From Kibana's
        /// stack connectors registration (x-pack/platform/plugins/shared/stack_connectors/server/connector_types/index.ts);
        /// the typed security types sit behind feature flags (ConnectorTypeSpec.Availability). The spec connectors
        /// (kbn-connector-specs) are <see cref="SpecConnectors"/>.
        /// </summary>
        public static readonly IReadOnlyList<string> Generic = new[]
        {
            ".esql-external-data-source",
            ".http",
        };

        /// <summary>
        /// System action types: Kibana runs them for rules itself and refuses to start when one is preconfigured
        /// ("Setting system action types in preconfigured connectors are not allowed").
        /// </summary>
        public static readonly IReadOnlyList<string> System = new[]
        {
            ".cases",
            ".http-system",
            ".observability-ai-assistant",
            ".workflows",
        };

        /// <summary>
        /// Licences of the generic types, where read in Kibana's source (minimumLicenseRequired); the others are left
        /// unchecked rather than guessed.
        /// </summary>
        private static readonly Dictionary<string, KibanaLicense> s_genericLicenses = new Dictionary<string, KibanaLicense>(StringComparer.Ordinal)
        {
            [".esql-external-data-source"] = KibanaLicense.Basic,
            [".http"] = KibanaLicense.Gold,
        };

        /// <summary>The licence a type needs to run, when known.</summary>
        public static KibanaLicense? License(string actionTypeId) =>
            ConnectorCatalogue.Find(actionTypeId)?.License
            ?? SpecConnectors.Find(actionTypeId)?.License
            ?? (s_genericLicenses.TryGetValue(actionTypeId, out var license) ? license : (KibanaLicense?)null);

        /// <summary>Whether some Kibana release registers the type (a spec connector's first release is checked apart).</summary>
        public static bool IsRegistered(string actionTypeId) =>
            ConnectorCatalogue.Find(actionTypeId) != null || SpecConnectors.Find(actionTypeId) != null || Generic.Contains(actionTypeId, StringComparer.Ordinal);

        public static string UnknownTypeMessage(string actionTypeId)
        {
            if (System.Contains(actionTypeId, StringComparer.Ordinal))
            {
                return $"'{actionTypeId}' is a system action type, which Kibana runs by itself: Kibana refuses to start when one is preconfigured";
            }

            var closest = Closest(actionTypeId);
            var hint = closest == null ? string.Empty : $"; did you mean '{closest}'?";
            return $"actionTypeId '{actionTypeId}' is not a connector type Kibana registers{hint}";
        }

        /// <summary>The registered type an unknown one most likely means (a missing leading dot, a typo); null when none is close.</summary>
        public static string? Closest(string actionTypeId)
        {
            if (System.Contains(actionTypeId, StringComparer.Ordinal))
            {
                return null;
            }

            var known = ConnectorCatalogue.Ids.Concat(Generic).Concat(SpecConnectors.All.Select(s => s.ActionTypeId)).ToArray();
            var candidate = actionTypeId.StartsWith(".", StringComparison.Ordinal) ? actionTypeId : "." + actionTypeId;
            return known.Contains(candidate, StringComparer.Ordinal) ? candidate : NameSuggester.Closest(candidate, known);
        }

        /// <summary>Why Kibana rejects or drops a connector id; null when it takes it.</summary>
        public static string? IdProblem(string id)
        {
            switch (id)
            {
                case "":
                    return "is empty, which Kibana rejects";
                case "__proto__":
                case "constructor":
                    return "is a name Kibana rejects as a connector id";
                case BuiltInConnectorIds.AlertHistory:
                    return "is reserved for Kibana's alert history connector (xpack.actions.preconfiguredAlertHistoryEsIndex), so Kibana drops this entry";
                default:
                    return null;
            }
        }
    }
}

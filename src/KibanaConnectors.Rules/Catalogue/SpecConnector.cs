using System;
using System.Collections.Generic;
using System.Linq;
using KibanaConnectors.Rules.Model;

namespace KibanaConnectors.Rules.Catalogue
{
    /// <summary>
    /// One connector type of Kibana's kbn-connector-specs package (src/platform/packages/shared/kbn-connector-specs),
    /// as the spec's <c>metadata</c> and <c>auth</c> say. Kibana registers each with <c>createConnectorTypeFromSpec</c>,
    /// whose secrets schema is a union keyed by <c>secrets.authType</c>: one member per entry of <c>auth.types</c>.
    /// </summary>
    internal sealed class SpecConnector
    {
        public SpecConnector(string actionTypeId, string displayName, KibanaLicense license, bool technicalPreview, string[] features,
            string source, string? storedCommit, SpecAuth[]? authTypes, string? since = null, string? note = null)
        {
            ActionTypeId = actionTypeId;
            DisplayName = displayName;
            License = license;
            TechnicalPreview = technicalPreview;
            Features = features;
            Source = source;
            StoredCommit = storedCommit;
            AuthTypes = authTypes;
            Since = since == null ? null : KibanaVersion.Parse(since);
            Note = note;
        }

        /// <summary><c>metadata.id</c>: the <c>actionTypeId</c> of a connector of this type.</summary>
        public string ActionTypeId { get; }

        /// <summary><c>metadata.displayName</c>, the name Kibana shows for the type.</summary>
        public string DisplayName { get; }

        /// <summary><c>metadata.minimumLicense</c>, registered as the type's <c>minimumLicenseRequired</c>.</summary>
        public KibanaLicense License { get; }

        /// <summary><c>metadata.isTechnicalPreview</c>.</summary>
        public bool TechnicalPreview { get; }

        /// <summary><c>metadata.supportedFeatureIds</c>.</summary>
        public IReadOnlyList<string> Features { get; }

        /// <summary>The spec's file, relative to elastic/kibana.</summary>
        public string Source { get; }

        /// <summary>The stored commit of <see cref="Source"/> the entry was read from; null when read from a checkout.</summary>
        public string? StoredCommit { get; }

        /// <summary><c>auth.types</c> in order; null when the list was not read completely (no authType is then refused).</summary>
        public IReadOnlyList<SpecAuth>? AuthTypes { get; }

        /// <summary>The first release that registers this id, when the source tells; null when it does not (see <see cref="SpecConnectors.FirstRelease"/>).</summary>
        public KibanaVersion? Since { get; }

        /// <summary>What the reading left open, when anything.</summary>
        public string? Note { get; }

        /// <summary>The release facts: the id's own when known, otherwise those of the spec connectors as a whole.</summary>
        public VersionFact Added => Since is KibanaVersion since
            ? VersionFact.Since(since.Major, since.Minor, Source)
            : SpecConnectors.FirstRelease;

        /// <summary>The auth type named <paramref name="authType"/>, when the spec lists it.</summary>
        public SpecAuth? Auth(string authType) => AuthTypes?.FirstOrDefault(a => string.Equals(a.Type, authType, StringComparison.Ordinal));

        /// <summary>What the editor and the CLI say about the type: one paragraph, the same in every front end.</summary>
        public string Describe()
        {
            var auth = AuthTypes == null
                ? "secrets.authType: the spec's list was not read completely here, so any value is taken"
                : "secrets.authType: " + string.Join(", ", AuthTypes.Select(a =>
                {
                    var secrets = SpecConnectors.RequiredSecrets(this, a.Type);
                    return "`" + a.Type + "`" + (secrets == null ? string.Empty : secrets.Count == 0 ? " (no secret)" : " (" + string.Join(", ", secrets) + ")");
                }));
            return $"**{ActionTypeId}**: {DisplayName}, a spec connector of Kibana's kbn-connector-specs{(TechnicalPreview ? " (technical preview)" : string.Empty)}; "
                + $"registered from Kibana {Added.Describe()}{(Since == null ? " (the spec connectors' first release; the id's own is not known)" : string.Empty)}; "
                + $"licence: {License.ToString().ToLowerInvariant()}; {auth}. Kept generic in C#; source: {Source}.";
        }
    }

    /// <summary>One entry of a spec's <c>auth.types</c>: an auth type id, with the defaults the spec gives its fields.</summary>
    internal sealed class SpecAuth
    {
        private SpecAuth(string type, bool hasDefaults, string[] defaults)
        {
            Type = type;
            HasDefaults = hasDefaults;
            Defaulted = defaults.Select(d => d.Split('=')[0]).ToArray();
            HeaderField = defaults.Where(d => d.StartsWith("headerField=", StringComparison.Ordinal)).Select(d => d.Substring("headerField=".Length)).FirstOrDefault();
        }

        /// <summary>The auth type id, the value of <c>secrets.authType</c>.</summary>
        public string Type { get; }

        /// <summary>Whether the entry is an object with <c>defaults</c> (<c>{ type, defaults }</c>) rather than the bare id.</summary>
        public bool HasDefaults { get; }

        /// <summary>The fields the spec gives a default, which a connector need not write.</summary>
        public IReadOnlyList<string> Defaulted { get; }

        /// <summary>For <c>api_key_header</c>, <c>defaults.headerField</c>: the header, and the secret's key.</summary>
        public string? HeaderField { get; }

        /// <summary>A bare id in <c>auth.types</c>: <c>'bearer'</c>.</summary>
        public static SpecAuth Plain(string type) => new SpecAuth(type, false, Array.Empty<string>());

        /// <summary>An object entry with <c>defaults</c>; each default is a field name, or <c>headerField=value</c>.</summary>
        public static SpecAuth With(string type, params string[] defaults) => new SpecAuth(type, true, defaults);
    }

    /// <summary>
    /// The secrets schema of an auth type of kbn-connector-specs (src/auth_types/*.ts, the <c>authSchema</c> object):
    /// the fields a connector must give and those it may.
    /// </summary>
    internal sealed class SpecAuthSchema
    {
        public SpecAuthSchema(string id, string source, string[] required, string[] optional, bool keyedByHeader = false)
        {
            Id = id;
            Source = source;
            Required = required;
            Optional = optional;
            KeyedByHeader = keyedByHeader;
        }

        /// <summary>The auth type id.</summary>
        public string Id { get; }

        /// <summary>The file that defines it, relative to elastic/kibana.</summary>
        public string Source { get; }

        /// <summary>Fields neither <c>.optional()</c> nor <c>.default()</c>.</summary>
        public IReadOnlyList<string> Required { get; }

        /// <summary>Fields a connector may leave out.</summary>
        public IReadOnlyList<string> Optional { get; }

        /// <summary>
        /// <c>api_key_header</c>'s <c>normalizeSchema</c>: with spec defaults, the secrets are <c>{ [headerField]: apiKey }</c>,
        /// the key named by <c>defaults.headerField</c> (<c>Api-Key</c> when the defaults do not name one).
        /// </summary>
        public bool KeyedByHeader { get; }
    }
}

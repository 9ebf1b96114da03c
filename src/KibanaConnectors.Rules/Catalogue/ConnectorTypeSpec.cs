using System.Collections.Generic;
using System;
using KibanaConnectors.Rules.Model;

namespace KibanaConnectors.Rules.Catalogue
{
    /// <summary>
    /// A connector type this project knows field by field: its config and secret fields, its cross-field rules and the
    /// runtime classes it is emitted as.
    /// </summary>
    internal sealed class ConnectorTypeSpec
    {
        public ConnectorTypeSpec(
            string actionTypeId,
            string typeName,
            string description,
            KibanaLicense license,
            FieldSpec[] config,
            FieldSpec[] secrets,
            Action<ITypeCheck>? rules = null,
            string? configType = null,
            string? secretsType = null)
        {
            ActionTypeId = actionTypeId;
            Description = description;
            ConnectorType = typeName + "Connector";
            ConfigType = configType ?? typeName + "Config";
            SecretsType = secretsType ?? typeName + "Secrets";
            License = license;
            Config = config;
            Secrets = secrets;
            Rules = rules;
            foreach (var field in secrets)
            {
                field.MarkSecret();
            }
        }

        public string ActionTypeId { get; }

        /// <summary>One line saying what a connector of the type does, in this project's words: plain text, no markup.</summary>
        public string Description { get; }

        /// <summary>The runtime connector class, e.g. <c>WebhookConnector</c>.</summary>
        public string ConnectorType { get; }

        public string ConfigType { get; }

        public string SecretsType { get; }

        public KibanaLicense License { get; }

        public IReadOnlyList<FieldSpec> Config { get; }

        public IReadOnlyList<FieldSpec> Secrets { get; }

        /// <summary>The config fields or the secret fields.</summary>
        public IReadOnlyList<FieldSpec> Fields(Section section) => section == Section.Config ? Config : Secrets;

        /// <summary>
        /// When Kibana registered the type. Unknown unless the type's file says otherwise: the stored history of Kibana's
        /// source has no release tags, so a type is taken to exist in every release this project knows (8.0 and later).
        /// </summary>
        public VersionFact Added { get; init; } = VersionFact.Unknown(
            "the stored history of Kibana's source has no release tags and no stored Kibana Guide page dates it: taken to exist from 8.0 on");

        /// <summary>
        /// Keys people write that are no field of the type, by path (<c>secrets.apiKey</c>), with what to write instead:
        /// the KC0106 message says it in place of the closest field name.
        /// </summary>
        public IReadOnlyDictionary<string, string> KeyHints { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

        /// <summary>
        /// What decides whether a Kibana registers the type beyond its release, such as a feature flag, in one line of plain
        /// text; null when nothing does. Shown in hover text, never a reason to refuse a connector.
        /// </summary>
        public string? Availability { get; init; }

        /// <summary>The type's own rules, run after every field has passed the checks its spec implies.</summary>
        public Action<ITypeCheck>? Rules { get; }
    }
}

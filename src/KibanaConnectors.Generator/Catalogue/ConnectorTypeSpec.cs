using System;
using System.Collections.Generic;
using KibanaConnectors.Generator.Validation;

namespace KibanaConnectors.Generator.Catalogue
{
    /// <summary>Minimum Kibana licence a connector type needs to run.</summary>
    internal enum KibanaLicense
    {
        Basic,
        Gold,
        Platinum,
        Enterprise,
    }

    /// <summary>
    /// A connector type this project knows field by field: its config and secret fields, its cross-field rules and the
    /// runtime classes it is emitted as.
    /// </summary>
    internal sealed class ConnectorTypeSpec
    {
        public ConnectorTypeSpec(
            string actionTypeId,
            string typeName,
            KibanaLicense license,
            FieldSpec[] config,
            FieldSpec[] secrets,
            Action<ConnectorCheck>? rules = null,
            string? configType = null,
            string? secretsType = null)
        {
            ActionTypeId = actionTypeId;
            ConnectorType = typeName + "Connector";
            ConfigType = configType ?? typeName + "Config";
            SecretsType = secretsType ?? typeName + "Secrets";
            License = license;
            Config = config;
            Secrets = secrets;
            Rules = rules;
        }

        public string ActionTypeId { get; }

        /// <summary>The runtime connector class, e.g. <c>WebhookConnector</c>.</summary>
        public string ConnectorType { get; }

        public string ConfigType { get; }

        public string SecretsType { get; }

        public KibanaLicense License { get; }

        public IReadOnlyList<FieldSpec> Config { get; }

        public IReadOnlyList<FieldSpec> Secrets { get; }

        /// <summary>The type's own rules, run after every field has passed the checks its spec implies.</summary>
        public Action<ConnectorCheck>? Rules { get; }
    }
}

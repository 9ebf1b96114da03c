using System;

namespace KibanaConnectors
{
    /// <summary>A Swimlane connector (<c>.swimlane</c>).</summary>
    public sealed partial class SwimlaneConnector : Connector
    {
        /// <summary>The action type id, <c>.swimlane</c>.</summary>
        public const string TypeId = ".swimlane";

        /// <summary>Creates the connector.</summary>
        /// <param name="id">The connector id.</param>
        /// <param name="name">The display name.</param>
        /// <param name="exposeConfig">Whether Kibana's actions API shows the config.</param>
        /// <param name="config">The configuration.</param>
        /// <param name="secrets">The secrets.</param>
        public SwimlaneConnector(string id, string name, bool exposeConfig, SwimlaneConfig config, SwimlaneSecrets secrets)
            : base(id, name, TypeId, exposeConfig)
        {
            Config = config ?? throw new ArgumentNullException(nameof(config));
            Secrets = secrets ?? throw new ArgumentNullException(nameof(secrets));
        }

        /// <summary>The configuration (<c>config</c>).</summary>
        public SwimlaneConfig Config { get; }

        /// <summary>The secrets (<c>secrets</c>).</summary>
        public SwimlaneSecrets Secrets { get; }

        /// <inheritdoc />
        public override Connector WithSecretsFrom(ISecretSource source) => WithResolvedSecrets(source);

        /// <summary>Returns a copy whose secrets carry their values, looked up in <paramref name="source"/>.</summary>
        /// <param name="source">Where secret values come from.</param>
        /// <exception cref="MissingSecretException">A secret the settings file names has no value.</exception>
        public SwimlaneConnector WithResolvedSecrets(ISecretSource source) =>
            new SwimlaneConnector(Id, Name, ExposeConfig, Config, Secrets.Resolve(source, Id));
    }

    /// <summary>The configuration of a <c>.swimlane</c> connector.</summary>
    public sealed class SwimlaneConfig
    {
        /// <summary>Creates the configuration.</summary>
        /// <param name="apiUrl">The Swimlane instance URL.</param>
        /// <param name="appId">The application id.</param>
        /// <param name="connectorType">What the connector creates records for.</param>
        /// <param name="mappings">How alert and case fields map to Swimlane fields.</param>
        public SwimlaneConfig(
            Uri apiUrl,
            string appId,
            SwimlaneConnectorType connectorType,
            SwimlaneMappings? mappings = null)
        {
            ApiUrl = apiUrl ?? throw new ArgumentNullException(nameof(apiUrl));
            AppId = appId ?? throw new ArgumentNullException(nameof(appId));
            ConnectorType = connectorType;
            Mappings = mappings;
        }

        /// <summary>The Swimlane instance URL (<c>apiUrl</c>).</summary>
        public Uri ApiUrl { get; }

        /// <summary>The application id (<c>appId</c>).</summary>
        public string AppId { get; }

        /// <summary>What the connector creates records for (<c>connectorType</c>).</summary>
        public SwimlaneConnectorType ConnectorType { get; }

        /// <summary>How alert and case fields map to Swimlane fields (<c>mappings</c>).</summary>
        public SwimlaneMappings? Mappings { get; }
    }

    /// <summary>The secrets of a <c>.swimlane</c> connector.</summary>
    public sealed class SwimlaneSecrets
    {
        /// <summary>Creates the secrets.</summary>
        /// <param name="apiToken">The API token.</param>
        public SwimlaneSecrets(
            Secret apiToken)
        {
            ApiToken = apiToken ?? throw new ArgumentNullException(nameof(apiToken));
        }

        /// <summary>The API token (<c>apiToken</c>).</summary>
        public Secret ApiToken { get; }

        internal SwimlaneSecrets Resolve(ISecretSource source, string connectorId) =>
            new SwimlaneSecrets(
                ApiToken.Resolve(source, connectorId, "apiToken"));
    }

    /// <summary>The field mappings of a <c>.swimlane</c> connector.</summary>
    public sealed class SwimlaneMappings
    {
        /// <summary>Creates the mappings.</summary>
        /// <param name="alertIdConfig">The field for the alert id.</param>
        /// <param name="caseIdConfig">The field for the case id.</param>
        /// <param name="caseNameConfig">The field for the case name.</param>
        /// <param name="commentsConfig">The field for comments.</param>
        /// <param name="descriptionConfig">The field for the description.</param>
        /// <param name="ruleNameConfig">The field for the rule name.</param>
        /// <param name="severityConfig">The field for the severity.</param>
        public SwimlaneMappings(
            SwimlaneFieldMapping? alertIdConfig = null,
            SwimlaneFieldMapping? caseIdConfig = null,
            SwimlaneFieldMapping? caseNameConfig = null,
            SwimlaneFieldMapping? commentsConfig = null,
            SwimlaneFieldMapping? descriptionConfig = null,
            SwimlaneFieldMapping? ruleNameConfig = null,
            SwimlaneFieldMapping? severityConfig = null)
        {
            AlertIdConfig = alertIdConfig;
            CaseIdConfig = caseIdConfig;
            CaseNameConfig = caseNameConfig;
            CommentsConfig = commentsConfig;
            DescriptionConfig = descriptionConfig;
            RuleNameConfig = ruleNameConfig;
            SeverityConfig = severityConfig;
        }

        /// <summary>The field for the alert id (<c>alertIdConfig</c>).</summary>
        public SwimlaneFieldMapping? AlertIdConfig { get; }

        /// <summary>The field for the case id (<c>caseIdConfig</c>).</summary>
        public SwimlaneFieldMapping? CaseIdConfig { get; }

        /// <summary>The field for the case name (<c>caseNameConfig</c>).</summary>
        public SwimlaneFieldMapping? CaseNameConfig { get; }

        /// <summary>The field for comments (<c>commentsConfig</c>).</summary>
        public SwimlaneFieldMapping? CommentsConfig { get; }

        /// <summary>The field for the description (<c>descriptionConfig</c>).</summary>
        public SwimlaneFieldMapping? DescriptionConfig { get; }

        /// <summary>The field for the rule name (<c>ruleNameConfig</c>).</summary>
        public SwimlaneFieldMapping? RuleNameConfig { get; }

        /// <summary>The field for the severity (<c>severityConfig</c>).</summary>
        public SwimlaneFieldMapping? SeverityConfig { get; }
    }

    /// <summary>One Swimlane field a connector writes to.</summary>
    public sealed class SwimlaneFieldMapping
    {
        /// <summary>Creates the field mapping.</summary>
        /// <param name="id">The Swimlane field id.</param>
        /// <param name="key">The Swimlane field key.</param>
        /// <param name="name">The Swimlane field name.</param>
        /// <param name="fieldType">The Swimlane field type.</param>
        public SwimlaneFieldMapping(
            string id,
            string key,
            string name,
            string fieldType)
        {
            Id = id ?? throw new ArgumentNullException(nameof(id));
            Key = key ?? throw new ArgumentNullException(nameof(key));
            Name = name ?? throw new ArgumentNullException(nameof(name));
            FieldType = fieldType ?? throw new ArgumentNullException(nameof(fieldType));
        }

        /// <summary>The Swimlane field id (<c>id</c>).</summary>
        public string Id { get; }

        /// <summary>The Swimlane field key (<c>key</c>).</summary>
        public string Key { get; }

        /// <summary>The Swimlane field name (<c>name</c>).</summary>
        public string Name { get; }

        /// <summary>The Swimlane field type (<c>fieldType</c>).</summary>
        public string FieldType { get; }
    }

    /// <summary>What a Swimlane connector creates records for (<c>connectorType</c>).</summary>
    public enum SwimlaneConnectorType
    {
        /// <summary><c>all</c>: alerts and cases.</summary>
        All,

        /// <summary><c>alerts</c>.</summary>
        Alerts,

        /// <summary><c>cases</c>.</summary>
        Cases,
    }
}

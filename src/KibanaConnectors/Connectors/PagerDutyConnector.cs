using System;

namespace KibanaConnectors
{
    /// <summary>A PagerDuty connector (<c>.pagerduty</c>): sends events to the Events API v2.</summary>
    public sealed partial class PagerDutyConnector : Connector
    {
        /// <summary>The action type id, <c>.pagerduty</c>.</summary>
        public const string TypeId = ".pagerduty";

        /// <summary>Creates the connector.</summary>
        /// <param name="id">The connector id.</param>
        /// <param name="name">The display name.</param>
        /// <param name="exposeConfig">Whether Kibana's actions API shows the config.</param>
        /// <param name="config">The configuration.</param>
        /// <param name="secrets">The secrets.</param>
        public PagerDutyConnector(string id, string name, bool exposeConfig, PagerDutyConfig config, PagerDutySecrets secrets)
            : base(id, name, TypeId, exposeConfig)
        {
            Config = config ?? throw new ArgumentNullException(nameof(config));
            Secrets = secrets ?? throw new ArgumentNullException(nameof(secrets));
        }

        /// <summary>The configuration (<c>config</c>).</summary>
        public PagerDutyConfig Config { get; }

        /// <summary>The secrets (<c>secrets</c>).</summary>
        public PagerDutySecrets Secrets { get; }

        /// <inheritdoc />
        public override Connector WithSecretsFrom(ISecretSource source) => WithResolvedSecrets(source);

        /// <summary>Returns a copy whose secrets carry their values, looked up in <paramref name="source"/>.</summary>
        /// <param name="source">Where secret values come from.</param>
        /// <exception cref="MissingSecretException">A secret the settings file names has no value.</exception>
        public PagerDutyConnector WithResolvedSecrets(ISecretSource source) =>
            new PagerDutyConnector(Id, Name, ExposeConfig, Config, Secrets.Resolve(source, Id));
    }

    /// <summary>The configuration of a <c>.pagerduty</c> connector.</summary>
    public sealed class PagerDutyConfig
    {
        /// <summary>Creates the configuration.</summary>
        /// <param name="apiUrl">The events URL; Kibana uses https://events.pagerduty.com/v2/enqueue when none is set.</param>
        public PagerDutyConfig(
            Uri apiUrl)
        {
            ApiUrl = apiUrl ?? throw new ArgumentNullException(nameof(apiUrl));
        }

        /// <summary>The events URL; Kibana uses https://events.pagerduty.com/v2/enqueue when none is set (<c>apiUrl</c>).</summary>
        public Uri ApiUrl { get; }
    }

    /// <summary>The secrets of a <c>.pagerduty</c> connector.</summary>
    public sealed class PagerDutySecrets
    {
        /// <summary>Creates the secrets.</summary>
        /// <param name="routingKey">The 32-character integration (routing) key.</param>
        public PagerDutySecrets(
            Secret routingKey)
        {
            RoutingKey = routingKey ?? throw new ArgumentNullException(nameof(routingKey));
        }

        /// <summary>The 32-character integration (routing) key (<c>routingKey</c>).</summary>
        public Secret RoutingKey { get; }

        internal PagerDutySecrets Resolve(ISecretSource source, string connectorId) =>
            new PagerDutySecrets(
                RoutingKey.Resolve(source, connectorId, "routingKey"));
    }
}

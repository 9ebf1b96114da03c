using System;

namespace KibanaConnectors
{
    /// <summary>An Opsgenie connector (<c>.opsgenie</c>).</summary>
    public sealed partial class OpsgenieConnector : Connector
    {
        /// <summary>The action type id, <c>.opsgenie</c>.</summary>
        public const string TypeId = ".opsgenie";

        /// <summary>Creates the connector.</summary>
        /// <param name="id">The connector id.</param>
        /// <param name="name">The display name.</param>
        /// <param name="exposeConfig">Whether Kibana's actions API shows the config.</param>
        /// <param name="config">The configuration.</param>
        /// <param name="secrets">The secrets.</param>
        public OpsgenieConnector(string id, string name, bool exposeConfig, OpsgenieConfig config, OpsgenieSecrets secrets)
            : base(id, name, TypeId, exposeConfig)
        {
            Config = config ?? throw new ArgumentNullException(nameof(config));
            Secrets = secrets ?? throw new ArgumentNullException(nameof(secrets));
        }

        /// <summary>The configuration (<c>config</c>).</summary>
        public OpsgenieConfig Config { get; }

        /// <summary>The secrets (<c>secrets</c>).</summary>
        public OpsgenieSecrets Secrets { get; }

        /// <inheritdoc />
        public override Connector WithSecretsFrom(ISecretSource source) => WithResolvedSecrets(source);

        /// <summary>Returns a copy whose secrets carry their values, looked up in <paramref name="source"/>.</summary>
        /// <param name="source">Where secret values come from.</param>
        /// <exception cref="MissingSecretException">A secret the settings file names has no value.</exception>
        public OpsgenieConnector WithResolvedSecrets(ISecretSource source) =>
            new OpsgenieConnector(Id, Name, ExposeConfig, Config, Secrets.Resolve(source, Id));
    }

    /// <summary>The configuration of a <c>.opsgenie</c> connector.</summary>
    public sealed class OpsgenieConfig
    {
        /// <summary>Creates the configuration.</summary>
        /// <param name="apiUrl">The Opsgenie API URL.</param>
        public OpsgenieConfig(
            Uri apiUrl)
        {
            ApiUrl = apiUrl ?? throw new ArgumentNullException(nameof(apiUrl));
        }

        /// <summary>The Opsgenie API URL (<c>apiUrl</c>).</summary>
        public Uri ApiUrl { get; }
    }

    /// <summary>The secrets of a <c>.opsgenie</c> connector.</summary>
    public sealed class OpsgenieSecrets
    {
        /// <summary>Creates the secrets.</summary>
        /// <param name="apiKey">The API key.</param>
        public OpsgenieSecrets(
            Secret apiKey)
        {
            ApiKey = apiKey ?? throw new ArgumentNullException(nameof(apiKey));
        }

        /// <summary>The API key (<c>apiKey</c>).</summary>
        public Secret ApiKey { get; }

        internal OpsgenieSecrets Resolve(ISecretSource source, string connectorId) =>
            new OpsgenieSecrets(
                ApiKey.Resolve(source, connectorId, "apiKey"));
    }
}

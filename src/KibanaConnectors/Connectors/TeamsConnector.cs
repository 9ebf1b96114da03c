using System;

namespace KibanaConnectors
{
    /// <summary>A Microsoft Teams connector (<c>.teams</c>).</summary>
    public sealed partial class TeamsConnector : Connector
    {
        /// <summary>The action type id, <c>.teams</c>.</summary>
        public const string TypeId = ".teams";

        /// <summary>Creates the connector.</summary>
        /// <param name="id">The connector id.</param>
        /// <param name="name">The display name.</param>
        /// <param name="exposeConfig">Whether Kibana's actions API shows the config.</param>
        /// <param name="config">The configuration.</param>
        /// <param name="secrets">The secrets.</param>
        public TeamsConnector(string id, string name, bool exposeConfig, TeamsConfig config, TeamsSecrets secrets)
            : base(id, name, TypeId, exposeConfig)
        {
            Config = config ?? throw new ArgumentNullException(nameof(config));
            Secrets = secrets ?? throw new ArgumentNullException(nameof(secrets));
        }

        /// <summary>The configuration (<c>config</c>).</summary>
        public TeamsConfig Config { get; }

        /// <summary>The secrets (<c>secrets</c>).</summary>
        public TeamsSecrets Secrets { get; }

        /// <inheritdoc />
        public override Connector WithSecretsFrom(ISecretSource source) => WithResolvedSecrets(source);

        /// <summary>Returns a copy whose secrets carry their values, looked up in <paramref name="source"/>.</summary>
        /// <param name="source">Where secret values come from.</param>
        /// <exception cref="MissingSecretException">A secret the settings file names has no value.</exception>
        public TeamsConnector WithResolvedSecrets(ISecretSource source) =>
            new TeamsConnector(Id, Name, ExposeConfig, Config, Secrets.Resolve(source, Id));
    }

    /// <summary>The configuration of a <c>.teams</c> connector: it has no fields.</summary>
    public sealed class TeamsConfig
    {
    }

    /// <summary>The secrets of a <c>.teams</c> connector.</summary>
    public sealed class TeamsSecrets
    {
        /// <summary>Creates the secrets.</summary>
        /// <param name="webhookUrl">The incoming webhook URL.</param>
        public TeamsSecrets(
            Secret webhookUrl)
        {
            WebhookUrl = webhookUrl ?? throw new ArgumentNullException(nameof(webhookUrl));
        }

        /// <summary>The incoming webhook URL (<c>webhookUrl</c>).</summary>
        public Secret WebhookUrl { get; }

        internal TeamsSecrets Resolve(ISecretSource source, string connectorId) =>
            new TeamsSecrets(
                WebhookUrl.Resolve(source, connectorId, "webhookUrl"));
    }
}

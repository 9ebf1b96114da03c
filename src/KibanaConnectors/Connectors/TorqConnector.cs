using System;

namespace KibanaConnectors
{
    /// <summary>A Torq connector (<c>.torq</c>).</summary>
    public sealed partial class TorqConnector : Connector
    {
        /// <summary>The action type id, <c>.torq</c>.</summary>
        public const string TypeId = ".torq";

        /// <summary>Creates the connector.</summary>
        /// <param name="id">The connector id.</param>
        /// <param name="name">The display name.</param>
        /// <param name="exposeConfig">Whether Kibana's actions API shows the config.</param>
        /// <param name="config">The configuration.</param>
        /// <param name="secrets">The secrets.</param>
        public TorqConnector(string id, string name, bool exposeConfig, TorqConfig config, TorqSecrets secrets)
            : base(id, name, TypeId, exposeConfig)
        {
            Config = config ?? throw new ArgumentNullException(nameof(config));
            Secrets = secrets ?? throw new ArgumentNullException(nameof(secrets));
        }

        /// <summary>The configuration (<c>config</c>).</summary>
        public TorqConfig Config { get; }

        /// <summary>The secrets (<c>secrets</c>).</summary>
        public TorqSecrets Secrets { get; }

        /// <inheritdoc />
        public override Connector WithSecretsFrom(ISecretSource source) => WithResolvedSecrets(source);

        /// <summary>Returns a copy whose secrets carry their values, looked up in <paramref name="source"/>.</summary>
        /// <param name="source">Where secret values come from.</param>
        /// <exception cref="MissingSecretException">A secret the settings file names has no value.</exception>
        public TorqConnector WithResolvedSecrets(ISecretSource source) =>
            new TorqConnector(Id, Name, ExposeConfig, Config, Secrets.Resolve(source, Id));
    }

    /// <summary>The configuration of a <c>.torq</c> connector.</summary>
    public sealed class TorqConfig
    {
        /// <summary>Creates the configuration.</summary>
        /// <param name="webhookIntegrationUrl">The webhook URL of the Torq integration.</param>
        public TorqConfig(
            Uri webhookIntegrationUrl)
        {
            WebhookIntegrationUrl = webhookIntegrationUrl ?? throw new ArgumentNullException(nameof(webhookIntegrationUrl));
        }

        /// <summary>The webhook URL of the Torq integration (<c>webhookIntegrationUrl</c>).</summary>
        public Uri WebhookIntegrationUrl { get; }
    }

    /// <summary>The secrets of a <c>.torq</c> connector.</summary>
    public sealed class TorqSecrets
    {
        /// <summary>Creates the secrets.</summary>
        /// <param name="token">The secret of the webhook authentication header.</param>
        public TorqSecrets(
            Secret token)
        {
            Token = token ?? throw new ArgumentNullException(nameof(token));
        }

        /// <summary>The secret of the webhook authentication header (<c>token</c>).</summary>
        public Secret Token { get; }

        internal TorqSecrets Resolve(ISecretSource source, string connectorId) =>
            new TorqSecrets(
                Token.Resolve(source, connectorId, "token"));
    }
}

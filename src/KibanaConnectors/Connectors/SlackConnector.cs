using System;

namespace KibanaConnectors
{
    /// <summary>A Slack connector that posts through an incoming webhook (<c>.slack</c>).</summary>
    public sealed partial class SlackConnector : Connector
    {
        /// <summary>The action type id, <c>.slack</c>.</summary>
        public const string TypeId = ".slack";

        /// <summary>Creates the connector.</summary>
        /// <param name="id">The connector id.</param>
        /// <param name="name">The display name.</param>
        /// <param name="exposeConfig">Whether Kibana's actions API shows the config.</param>
        /// <param name="config">The configuration.</param>
        /// <param name="secrets">The secrets.</param>
        public SlackConnector(string id, string name, bool exposeConfig, SlackConfig config, SlackSecrets secrets)
            : base(id, name, TypeId, exposeConfig)
        {
            Config = config ?? throw new ArgumentNullException(nameof(config));
            Secrets = secrets ?? throw new ArgumentNullException(nameof(secrets));
        }

        /// <summary>The configuration (<c>config</c>).</summary>
        public SlackConfig Config { get; }

        /// <summary>The secrets (<c>secrets</c>).</summary>
        public SlackSecrets Secrets { get; }

        /// <inheritdoc />
        public override Connector WithSecretsFrom(ISecretSource source) => WithResolvedSecrets(source);

        /// <summary>Returns a copy whose secrets carry their values, looked up in <paramref name="source"/>.</summary>
        /// <param name="source">Where secret values come from.</param>
        /// <exception cref="MissingSecretException">A secret the settings file names has no value.</exception>
        public SlackConnector WithResolvedSecrets(ISecretSource source) =>
            new SlackConnector(Id, Name, ExposeConfig, Config, Secrets.Resolve(source, Id));
    }

    /// <summary>The configuration of a <c>.slack</c> connector: it has no fields.</summary>
    public sealed class SlackConfig
    {
    }

    /// <summary>The secrets of a <c>.slack</c> connector.</summary>
    public sealed class SlackSecrets
    {
        /// <summary>Creates the secrets.</summary>
        /// <param name="webhookUrl">The incoming webhook URL.</param>
        public SlackSecrets(Secret webhookUrl)
        {
            WebhookUrl = webhookUrl ?? throw new ArgumentNullException(nameof(webhookUrl));
        }

        /// <summary>The incoming webhook URL (<c>webhookUrl</c>).</summary>
        public Secret WebhookUrl { get; }

        internal SlackSecrets Resolve(ISecretSource source, string connectorId) =>
            new SlackSecrets(WebhookUrl.Resolve(source, connectorId, "webhookUrl"));
    }
}

using System;
using System.Collections.Generic;

namespace KibanaConnectors
{
    /// <summary>A Slack connector that uses the Web API with a bot token (<c>.slack_api</c>).</summary>
    public sealed partial class SlackApiConnector : Connector
    {
        /// <summary>The action type id, <c>.slack_api</c>.</summary>
        public const string TypeId = ".slack_api";

        /// <summary>Creates the connector.</summary>
        /// <param name="id">The connector id.</param>
        /// <param name="name">The display name.</param>
        /// <param name="exposeConfig">Whether Kibana's actions API shows the config.</param>
        /// <param name="config">The configuration.</param>
        /// <param name="secrets">The secrets.</param>
        public SlackApiConnector(string id, string name, bool exposeConfig, SlackApiConfig config, SlackApiSecrets secrets)
            : base(id, name, TypeId, exposeConfig)
        {
            Config = config ?? throw new ArgumentNullException(nameof(config));
            Secrets = secrets ?? throw new ArgumentNullException(nameof(secrets));
        }

        /// <summary>The configuration (<c>config</c>).</summary>
        public SlackApiConfig Config { get; }

        /// <summary>The secrets (<c>secrets</c>).</summary>
        public SlackApiSecrets Secrets { get; }

        /// <inheritdoc />
        public override Connector WithSecretsFrom(ISecretSource source) => WithResolvedSecrets(source);

        /// <summary>Returns a copy whose secrets carry their values, looked up in <paramref name="source"/>.</summary>
        /// <param name="source">Where secret values come from.</param>
        /// <exception cref="MissingSecretException">A secret the settings file names has no value.</exception>
        public SlackApiConnector WithResolvedSecrets(ISecretSource source) =>
            new SlackApiConnector(Id, Name, ExposeConfig, Config, Secrets.Resolve(source, Id));
    }

    /// <summary>The configuration of a <c>.slack_api</c> connector.</summary>
    public sealed class SlackApiConfig
    {
        /// <summary>Creates the configuration.</summary>
        /// <param name="allowedChannels">The channels the connector may post to.</param>
        public SlackApiConfig(
            IReadOnlyList<SlackChannel>? allowedChannels = null)
        {
            AllowedChannels = allowedChannels;
        }

        /// <summary>The channels the connector may post to (<c>allowedChannels</c>).</summary>
        public IReadOnlyList<SlackChannel>? AllowedChannels { get; }
    }

    /// <summary>The secrets of a <c>.slack_api</c> connector.</summary>
    public sealed class SlackApiSecrets
    {
        /// <summary>Creates the secrets.</summary>
        /// <param name="token">The bot user OAuth token.</param>
        public SlackApiSecrets(
            Secret token)
        {
            Token = token ?? throw new ArgumentNullException(nameof(token));
        }

        /// <summary>The bot user OAuth token (<c>token</c>).</summary>
        public Secret Token { get; }

        internal SlackApiSecrets Resolve(ISecretSource source, string connectorId) =>
            new SlackApiSecrets(
                Token.Resolve(source, connectorId, "token"));
    }

    /// <summary>A Slack channel a <c>.slack_api</c> connector may post to.</summary>
    public sealed class SlackChannel
    {
        /// <summary>Creates the channel.</summary>
        /// <param name="name">The channel name.</param>
        /// <param name="id">The channel id.</param>
        public SlackChannel(
            string name,
            string? id = null)
        {
            Name = name ?? throw new ArgumentNullException(nameof(name));
            Id = id;
        }

        /// <summary>The channel name (<c>name</c>).</summary>
        public string Name { get; }

        /// <summary>The channel id (<c>id</c>).</summary>
        public string? Id { get; }
    }
}

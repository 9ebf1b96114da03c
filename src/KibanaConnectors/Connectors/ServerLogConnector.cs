using System;

namespace KibanaConnectors
{
    /// <summary>A server log connector (<c>.server-log</c>): writes to the Kibana log.</summary>
    public sealed partial class ServerLogConnector : Connector
    {
        /// <summary>The action type id, <c>.server-log</c>.</summary>
        public const string TypeId = ".server-log";

        /// <summary>Creates the connector.</summary>
        /// <param name="id">The connector id.</param>
        /// <param name="name">The display name.</param>
        /// <param name="exposeConfig">Whether Kibana's actions API shows the config.</param>
        /// <param name="config">The configuration.</param>
        /// <param name="secrets">The secrets.</param>
        public ServerLogConnector(string id, string name, bool exposeConfig, ServerLogConfig config, ServerLogSecrets secrets)
            : base(id, name, TypeId, exposeConfig)
        {
            Config = config ?? throw new ArgumentNullException(nameof(config));
            Secrets = secrets ?? throw new ArgumentNullException(nameof(secrets));
        }

        /// <summary>The configuration (<c>config</c>).</summary>
        public ServerLogConfig Config { get; }

        /// <summary>The secrets (<c>secrets</c>).</summary>
        public ServerLogSecrets Secrets { get; }

        /// <inheritdoc />
        public override Connector WithSecretsFrom(ISecretSource source) => WithResolvedSecrets(source);

        /// <summary>Returns a copy whose secrets carry their values, looked up in <paramref name="source"/>.</summary>
        /// <param name="source">Where secret values come from.</param>
        /// <exception cref="MissingSecretException">A secret the settings file names has no value.</exception>
        public ServerLogConnector WithResolvedSecrets(ISecretSource source) =>
            new ServerLogConnector(Id, Name, ExposeConfig, Config, Secrets.Resolve(source, Id));
    }

    /// <summary>The configuration of a <c>.server-log</c> connector: it has no fields.</summary>
    public sealed class ServerLogConfig
    {
    }

    /// <summary>The secrets of a <c>.server-log</c> connector: it has none.</summary>
    public sealed class ServerLogSecrets
    {
        /// <summary>Creates the secrets: there are none.</summary>
        public ServerLogSecrets()
        {
        }

        internal ServerLogSecrets Resolve(ISecretSource source, string connectorId) => this;
    }
}

using System;

namespace KibanaConnectors
{
    /// <summary>A D3 Security connector (<c>.d3security</c>).</summary>
    public sealed partial class D3SecurityConnector : Connector
    {
        /// <summary>The action type id, <c>.d3security</c>.</summary>
        public const string TypeId = ".d3security";

        /// <summary>Creates the connector.</summary>
        /// <param name="id">The connector id.</param>
        /// <param name="name">The display name.</param>
        /// <param name="exposeConfig">Whether Kibana's actions API shows the config.</param>
        /// <param name="config">The configuration.</param>
        /// <param name="secrets">The secrets.</param>
        public D3SecurityConnector(string id, string name, bool exposeConfig, D3SecurityConfig config, D3SecuritySecrets secrets)
            : base(id, name, TypeId, exposeConfig)
        {
            Config = config ?? throw new ArgumentNullException(nameof(config));
            Secrets = secrets ?? throw new ArgumentNullException(nameof(secrets));
        }

        /// <summary>The configuration (<c>config</c>).</summary>
        public D3SecurityConfig Config { get; }

        /// <summary>The secrets (<c>secrets</c>).</summary>
        public D3SecuritySecrets Secrets { get; }

        /// <inheritdoc />
        public override Connector WithSecretsFrom(ISecretSource source) => WithResolvedSecrets(source);

        /// <summary>Returns a copy whose secrets carry their values, looked up in <paramref name="source"/>.</summary>
        /// <param name="source">Where secret values come from.</param>
        /// <exception cref="MissingSecretException">A secret the settings file names has no value.</exception>
        public D3SecurityConnector WithResolvedSecrets(ISecretSource source) =>
            new D3SecurityConnector(Id, Name, ExposeConfig, Config, Secrets.Resolve(source, Id));
    }

    /// <summary>The configuration of a <c>.d3security</c> connector.</summary>
    public sealed class D3SecurityConfig
    {
        /// <summary>Creates the configuration.</summary>
        /// <param name="url">The D3 Security API URL.</param>
        public D3SecurityConfig(
            Uri url)
        {
            Url = url ?? throw new ArgumentNullException(nameof(url));
        }

        /// <summary>The D3 Security API URL (<c>url</c>).</summary>
        public Uri Url { get; }
    }

    /// <summary>The secrets of a <c>.d3security</c> connector.</summary>
    public sealed class D3SecuritySecrets
    {
        /// <summary>Creates the secrets.</summary>
        /// <param name="token">The D3 Security token.</param>
        public D3SecuritySecrets(
            Secret token)
        {
            Token = token ?? throw new ArgumentNullException(nameof(token));
        }

        /// <summary>The D3 Security token (<c>token</c>).</summary>
        public Secret Token { get; }

        internal D3SecuritySecrets Resolve(ISecretSource source, string connectorId) =>
            new D3SecuritySecrets(
                Token.Resolve(source, connectorId, "token"));
    }
}

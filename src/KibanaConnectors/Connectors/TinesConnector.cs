using System;

namespace KibanaConnectors
{
    /// <summary>A Tines connector (<c>.tines</c>).</summary>
    public sealed partial class TinesConnector : Connector
    {
        /// <summary>The action type id, <c>.tines</c>.</summary>
        public const string TypeId = ".tines";

        /// <summary>Creates the connector.</summary>
        /// <param name="id">The connector id.</param>
        /// <param name="name">The display name.</param>
        /// <param name="exposeConfig">Whether Kibana's actions API shows the config.</param>
        /// <param name="config">The configuration.</param>
        /// <param name="secrets">The secrets.</param>
        public TinesConnector(string id, string name, bool exposeConfig, TinesConfig config, TinesSecrets secrets)
            : base(id, name, TypeId, exposeConfig)
        {
            Config = config ?? throw new ArgumentNullException(nameof(config));
            Secrets = secrets ?? throw new ArgumentNullException(nameof(secrets));
        }

        /// <summary>The configuration (<c>config</c>).</summary>
        public TinesConfig Config { get; }

        /// <summary>The secrets (<c>secrets</c>).</summary>
        public TinesSecrets Secrets { get; }

        /// <inheritdoc />
        public override Connector WithSecretsFrom(ISecretSource source) => WithResolvedSecrets(source);

        /// <summary>Returns a copy whose secrets carry their values, looked up in <paramref name="source"/>.</summary>
        /// <param name="source">Where secret values come from.</param>
        /// <exception cref="MissingSecretException">A secret the settings file names has no value.</exception>
        public TinesConnector WithResolvedSecrets(ISecretSource source) =>
            new TinesConnector(Id, Name, ExposeConfig, Config, Secrets.Resolve(source, Id));
    }

    /// <summary>The configuration of a <c>.tines</c> connector.</summary>
    public sealed class TinesConfig
    {
        /// <summary>Creates the configuration.</summary>
        /// <param name="url">The Tines tenant URL.</param>
        public TinesConfig(
            Uri url)
        {
            Url = url ?? throw new ArgumentNullException(nameof(url));
        }

        /// <summary>The Tines tenant URL (<c>url</c>).</summary>
        public Uri Url { get; }
    }

    /// <summary>The secrets of a <c>.tines</c> connector.</summary>
    public sealed class TinesSecrets
    {
        /// <summary>Creates the secrets.</summary>
        /// <param name="email">The email used to sign in to Tines.</param>
        /// <param name="token">The API token.</param>
        public TinesSecrets(
            Secret email,
            Secret token)
        {
            Email = email ?? throw new ArgumentNullException(nameof(email));
            Token = token ?? throw new ArgumentNullException(nameof(token));
        }

        /// <summary>The email used to sign in to Tines (<c>email</c>).</summary>
        public Secret Email { get; }

        /// <summary>The API token (<c>token</c>).</summary>
        public Secret Token { get; }

        internal TinesSecrets Resolve(ISecretSource source, string connectorId) =>
            new TinesSecrets(
                Email.Resolve(source, connectorId, "email"),
                Token.Resolve(source, connectorId, "token"));
    }
}

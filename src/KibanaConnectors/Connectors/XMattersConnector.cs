using System;

namespace KibanaConnectors
{
    /// <summary>An xMatters connector (<c>.xmatters</c>).</summary>
    public sealed partial class XMattersConnector : Connector
    {
        /// <summary>The action type id, <c>.xmatters</c>.</summary>
        public const string TypeId = ".xmatters";

        /// <summary>Creates the connector.</summary>
        /// <param name="id">The connector id.</param>
        /// <param name="name">The display name.</param>
        /// <param name="exposeConfig">Whether Kibana's actions API shows the config.</param>
        /// <param name="config">The configuration.</param>
        /// <param name="secrets">The secrets.</param>
        public XMattersConnector(string id, string name, bool exposeConfig, XMattersConfig config, XMattersSecrets secrets)
            : base(id, name, TypeId, exposeConfig)
        {
            Config = config ?? throw new ArgumentNullException(nameof(config));
            Secrets = secrets ?? throw new ArgumentNullException(nameof(secrets));
        }

        /// <summary>The configuration (<c>config</c>).</summary>
        public XMattersConfig Config { get; }

        /// <summary>The secrets (<c>secrets</c>).</summary>
        public XMattersSecrets Secrets { get; }

        /// <inheritdoc />
        public override Connector WithSecretsFrom(ISecretSource source) => WithResolvedSecrets(source);

        /// <summary>Returns a copy whose secrets carry their values, looked up in <paramref name="source"/>.</summary>
        /// <param name="source">Where secret values come from.</param>
        /// <exception cref="MissingSecretException">A secret the settings file names has no value.</exception>
        public XMattersConnector WithResolvedSecrets(ISecretSource source) =>
            new XMattersConnector(Id, Name, ExposeConfig, Config, Secrets.Resolve(source, Id));
    }

    /// <summary>The configuration of a <c>.xmatters</c> connector.</summary>
    public sealed class XMattersConfig
    {
        /// <summary>Creates the configuration.</summary>
        /// <param name="configUrl">The trigger URL, with basic authentication.</param>
        /// <param name="usesBasic">Whether the connector uses basic authentication rather than a URL with its API key.</param>
        public XMattersConfig(
            Uri? configUrl = null,
            bool usesBasic = true)
        {
            ConfigUrl = configUrl;
            UsesBasic = usesBasic;
        }

        /// <summary>The trigger URL, with basic authentication (<c>configUrl</c>).</summary>
        public Uri? ConfigUrl { get; }

        /// <summary>Whether the connector uses basic authentication rather than a URL with its API key (<c>usesBasic</c>).</summary>
        public bool UsesBasic { get; }
    }

    /// <summary>The secrets of a <c>.xmatters</c> connector.</summary>
    public sealed class XMattersSecrets
    {
        /// <summary>Creates the secrets.</summary>
        /// <param name="user">The user, with basic authentication.</param>
        /// <param name="password">The password, with basic authentication.</param>
        /// <param name="secretsUrl">The trigger URL with its API key, with URL authentication.</param>
        public XMattersSecrets(
            Secret? user = null,
            Secret? password = null,
            Secret? secretsUrl = null)
        {
            User = user;
            Password = password;
            SecretsUrl = secretsUrl;
        }

        /// <summary>The user, with basic authentication (<c>user</c>).</summary>
        public Secret? User { get; }

        /// <summary>The password, with basic authentication (<c>password</c>).</summary>
        public Secret? Password { get; }

        /// <summary>The trigger URL with its API key, with URL authentication (<c>secretsUrl</c>).</summary>
        public Secret? SecretsUrl { get; }

        internal XMattersSecrets Resolve(ISecretSource source, string connectorId) =>
            new XMattersSecrets(
                User?.Resolve(source, connectorId, "user"),
                Password?.Resolve(source, connectorId, "password"),
                SecretsUrl?.Resolve(source, connectorId, "secretsUrl"));
    }
}

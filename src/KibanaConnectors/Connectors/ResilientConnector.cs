using System;

namespace KibanaConnectors
{
    /// <summary>An IBM Resilient connector (<c>.resilient</c>).</summary>
    public sealed partial class ResilientConnector : Connector
    {
        /// <summary>The action type id, <c>.resilient</c>.</summary>
        public const string TypeId = ".resilient";

        /// <summary>Creates the connector.</summary>
        /// <param name="id">The connector id.</param>
        /// <param name="name">The display name.</param>
        /// <param name="exposeConfig">Whether Kibana's actions API shows the config.</param>
        /// <param name="config">The configuration.</param>
        /// <param name="secrets">The secrets.</param>
        public ResilientConnector(string id, string name, bool exposeConfig, ResilientConfig config, ResilientSecrets secrets)
            : base(id, name, TypeId, exposeConfig)
        {
            Config = config ?? throw new ArgumentNullException(nameof(config));
            Secrets = secrets ?? throw new ArgumentNullException(nameof(secrets));
        }

        /// <summary>The configuration (<c>config</c>).</summary>
        public ResilientConfig Config { get; }

        /// <summary>The secrets (<c>secrets</c>).</summary>
        public ResilientSecrets Secrets { get; }

        /// <inheritdoc />
        public override Connector WithSecretsFrom(ISecretSource source) => WithResolvedSecrets(source);

        /// <summary>Returns a copy whose secrets carry their values, looked up in <paramref name="source"/>.</summary>
        /// <param name="source">Where secret values come from.</param>
        /// <exception cref="MissingSecretException">A secret the settings file names has no value.</exception>
        public ResilientConnector WithResolvedSecrets(ISecretSource source) =>
            new ResilientConnector(Id, Name, ExposeConfig, Config, Secrets.Resolve(source, Id));
    }

    /// <summary>The configuration of a <c>.resilient</c> connector.</summary>
    public sealed class ResilientConfig
    {
        /// <summary>Creates the configuration.</summary>
        /// <param name="apiUrl">The Resilient instance URL.</param>
        /// <param name="orgId">The organization id.</param>
        public ResilientConfig(
            Uri apiUrl,
            string orgId)
        {
            ApiUrl = apiUrl ?? throw new ArgumentNullException(nameof(apiUrl));
            OrgId = orgId ?? throw new ArgumentNullException(nameof(orgId));
        }

        /// <summary>The Resilient instance URL (<c>apiUrl</c>).</summary>
        public Uri ApiUrl { get; }

        /// <summary>The organization id (<c>orgId</c>).</summary>
        public string OrgId { get; }
    }

    /// <summary>The secrets of a <c>.resilient</c> connector.</summary>
    public sealed class ResilientSecrets
    {
        /// <summary>Creates the secrets.</summary>
        /// <param name="apiKeyId">The API key id.</param>
        /// <param name="apiKeySecret">The API key secret.</param>
        public ResilientSecrets(
            Secret apiKeyId,
            Secret apiKeySecret)
        {
            ApiKeyId = apiKeyId ?? throw new ArgumentNullException(nameof(apiKeyId));
            ApiKeySecret = apiKeySecret ?? throw new ArgumentNullException(nameof(apiKeySecret));
        }

        /// <summary>The API key id (<c>apiKeyId</c>).</summary>
        public Secret ApiKeyId { get; }

        /// <summary>The API key secret (<c>apiKeySecret</c>).</summary>
        public Secret ApiKeySecret { get; }

        internal ResilientSecrets Resolve(ISecretSource source, string connectorId) =>
            new ResilientSecrets(
                ApiKeyId.Resolve(source, connectorId, "apiKeyId"),
                ApiKeySecret.Resolve(source, connectorId, "apiKeySecret"));
    }
}

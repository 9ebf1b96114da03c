using System;

namespace KibanaConnectors
{
    /// <summary>A ServiceNow ITOM connector (<c>.servicenow-itom</c>).</summary>
    public sealed partial class ServiceNowItomConnector : Connector
    {
        /// <summary>The action type id, <c>.servicenow-itom</c>.</summary>
        public const string TypeId = ".servicenow-itom";

        /// <summary>Creates the connector.</summary>
        /// <param name="id">The connector id.</param>
        /// <param name="name">The display name.</param>
        /// <param name="exposeConfig">Whether Kibana's actions API shows the config.</param>
        /// <param name="config">The configuration.</param>
        /// <param name="secrets">The secrets.</param>
        public ServiceNowItomConnector(string id, string name, bool exposeConfig, ServiceNowItomConfig config, ServiceNowSecrets secrets)
            : base(id, name, TypeId, exposeConfig)
        {
            Config = config ?? throw new ArgumentNullException(nameof(config));
            Secrets = secrets ?? throw new ArgumentNullException(nameof(secrets));
        }

        /// <summary>The configuration (<c>config</c>).</summary>
        public ServiceNowItomConfig Config { get; }

        /// <summary>The secrets (<c>secrets</c>).</summary>
        public ServiceNowSecrets Secrets { get; }

        /// <inheritdoc />
        public override Connector WithSecretsFrom(ISecretSource source) => WithResolvedSecrets(source);

        /// <summary>Returns a copy whose secrets carry their values, looked up in <paramref name="source"/>.</summary>
        /// <param name="source">Where secret values come from.</param>
        /// <exception cref="MissingSecretException">A secret the settings file names has no value.</exception>
        public ServiceNowItomConnector WithResolvedSecrets(ISecretSource source) =>
            new ServiceNowItomConnector(Id, Name, ExposeConfig, Config, Secrets.Resolve(source, Id));
    }

    /// <summary>The configuration of a <c>.servicenow-itom</c> connector.</summary>
    public sealed class ServiceNowItomConfig
    {
        /// <summary>Creates the configuration.</summary>
        /// <param name="apiUrl">The ServiceNow instance URL.</param>
        /// <param name="isOAuth">Whether the connector uses OAuth 2.0 rather than basic authentication.</param>
        /// <param name="userIdentifierValue">The user identifier, for OAuth.</param>
        /// <param name="clientId">The OAuth client id.</param>
        /// <param name="jwtKeyId">The key id of the JWT verifier, for OAuth.</param>
        public ServiceNowItomConfig(
            Uri apiUrl,
            bool isOAuth = false,
            string? userIdentifierValue = null,
            string? clientId = null,
            string? jwtKeyId = null)
        {
            ApiUrl = apiUrl ?? throw new ArgumentNullException(nameof(apiUrl));
            IsOAuth = isOAuth;
            UserIdentifierValue = userIdentifierValue;
            ClientId = clientId;
            JwtKeyId = jwtKeyId;
        }

        /// <summary>The ServiceNow instance URL (<c>apiUrl</c>).</summary>
        public Uri ApiUrl { get; }

        /// <summary>Whether the connector uses OAuth 2.0 rather than basic authentication (<c>isOAuth</c>).</summary>
        public bool IsOAuth { get; }

        /// <summary>The user identifier, for OAuth (<c>userIdentifierValue</c>).</summary>
        public string? UserIdentifierValue { get; }

        /// <summary>The OAuth client id (<c>clientId</c>).</summary>
        public string? ClientId { get; }

        /// <summary>The key id of the JWT verifier, for OAuth (<c>jwtKeyId</c>).</summary>
        public string? JwtKeyId { get; }
    }
}

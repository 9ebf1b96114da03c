using System;

namespace KibanaConnectors
{
    /// <summary>A ServiceNow ITSM connector (<c>.servicenow</c>).</summary>
    public sealed partial class ServiceNowItsmConnector : Connector
    {
        /// <summary>The action type id, <c>.servicenow</c>.</summary>
        public const string TypeId = ".servicenow";

        /// <summary>Creates the connector.</summary>
        /// <param name="id">The connector id.</param>
        /// <param name="name">The display name.</param>
        /// <param name="exposeConfig">Whether Kibana's actions API shows the config.</param>
        /// <param name="config">The configuration.</param>
        /// <param name="secrets">The secrets.</param>
        public ServiceNowItsmConnector(string id, string name, bool exposeConfig, ServiceNowConfig config, ServiceNowSecrets secrets)
            : base(id, name, TypeId, exposeConfig)
        {
            Config = config ?? throw new ArgumentNullException(nameof(config));
            Secrets = secrets ?? throw new ArgumentNullException(nameof(secrets));
        }

        /// <summary>The configuration (<c>config</c>).</summary>
        public ServiceNowConfig Config { get; }

        /// <summary>The secrets (<c>secrets</c>).</summary>
        public ServiceNowSecrets Secrets { get; }

        /// <inheritdoc />
        public override Connector WithSecretsFrom(ISecretSource source) => WithResolvedSecrets(source);

        /// <summary>Returns a copy whose secrets carry their values, looked up in <paramref name="source"/>.</summary>
        /// <param name="source">Where secret values come from.</param>
        /// <exception cref="MissingSecretException">A secret the settings file names has no value.</exception>
        public ServiceNowItsmConnector WithResolvedSecrets(ISecretSource source) =>
            new ServiceNowItsmConnector(Id, Name, ExposeConfig, Config, Secrets.Resolve(source, Id));
    }

    /// <summary>The configuration of a <c>.servicenow</c> or <c>.servicenow-sir</c> connector.</summary>
    public sealed class ServiceNowConfig
    {
        /// <summary>Creates the configuration.</summary>
        /// <param name="apiUrl">The ServiceNow instance URL.</param>
        /// <param name="usesTableApi">Whether the connector uses the Table API rather than the Import Set API.</param>
        /// <param name="isOAuth">Whether the connector uses OAuth 2.0 rather than basic authentication.</param>
        /// <param name="userIdentifierValue">The user identifier, for OAuth.</param>
        /// <param name="clientId">The OAuth client id.</param>
        /// <param name="jwtKeyId">The key id of the JWT verifier, for OAuth.</param>
        public ServiceNowConfig(
            Uri apiUrl,
            bool usesTableApi = true,
            bool isOAuth = false,
            string? userIdentifierValue = null,
            string? clientId = null,
            string? jwtKeyId = null)
        {
            ApiUrl = apiUrl ?? throw new ArgumentNullException(nameof(apiUrl));
            UsesTableApi = usesTableApi;
            IsOAuth = isOAuth;
            UserIdentifierValue = userIdentifierValue;
            ClientId = clientId;
            JwtKeyId = jwtKeyId;
        }

        /// <summary>The ServiceNow instance URL (<c>apiUrl</c>).</summary>
        public Uri ApiUrl { get; }

        /// <summary>Whether the connector uses the Table API rather than the Import Set API (<c>usesTableApi</c>).</summary>
        public bool UsesTableApi { get; }

        /// <summary>Whether the connector uses OAuth 2.0 rather than basic authentication (<c>isOAuth</c>).</summary>
        public bool IsOAuth { get; }

        /// <summary>The user identifier, for OAuth (<c>userIdentifierValue</c>).</summary>
        public string? UserIdentifierValue { get; }

        /// <summary>The OAuth client id (<c>clientId</c>).</summary>
        public string? ClientId { get; }

        /// <summary>The key id of the JWT verifier, for OAuth (<c>jwtKeyId</c>).</summary>
        public string? JwtKeyId { get; }
    }

    /// <summary>The secrets of a ServiceNow connector.</summary>
    public sealed class ServiceNowSecrets
    {
        /// <summary>Creates the secrets.</summary>
        /// <param name="username">The user, for basic authentication.</param>
        /// <param name="password">The password, for basic authentication.</param>
        /// <param name="clientSecret">The OAuth client secret.</param>
        /// <param name="privateKey">The RSA private key, for OAuth.</param>
        /// <param name="privateKeyPassword">The password of the private key.</param>
        public ServiceNowSecrets(
            Secret? username = null,
            Secret? password = null,
            Secret? clientSecret = null,
            Secret? privateKey = null,
            Secret? privateKeyPassword = null)
        {
            Username = username;
            Password = password;
            ClientSecret = clientSecret;
            PrivateKey = privateKey;
            PrivateKeyPassword = privateKeyPassword;
        }

        /// <summary>The user, for basic authentication (<c>username</c>).</summary>
        public Secret? Username { get; }

        /// <summary>The password, for basic authentication (<c>password</c>).</summary>
        public Secret? Password { get; }

        /// <summary>The OAuth client secret (<c>clientSecret</c>).</summary>
        public Secret? ClientSecret { get; }

        /// <summary>The RSA private key, for OAuth (<c>privateKey</c>).</summary>
        public Secret? PrivateKey { get; }

        /// <summary>The password of the private key (<c>privateKeyPassword</c>).</summary>
        public Secret? PrivateKeyPassword { get; }

        internal ServiceNowSecrets Resolve(ISecretSource source, string connectorId) =>
            new ServiceNowSecrets(
                Username?.Resolve(source, connectorId, "username"),
                Password?.Resolve(source, connectorId, "password"),
                ClientSecret?.Resolve(source, connectorId, "clientSecret"),
                PrivateKey?.Resolve(source, connectorId, "privateKey"),
                PrivateKeyPassword?.Resolve(source, connectorId, "privateKeyPassword"));
    }
}

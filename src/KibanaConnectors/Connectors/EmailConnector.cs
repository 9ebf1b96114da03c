using System;

namespace KibanaConnectors
{
    /// <summary>An email connector (<c>.email</c>): SMTP, a well-known service, Microsoft Exchange or Elastic Cloud.</summary>
    public sealed partial class EmailConnector : Connector
    {
        /// <summary>The action type id, <c>.email</c>.</summary>
        public const string TypeId = ".email";

        /// <summary>Creates the connector.</summary>
        /// <param name="id">The connector id.</param>
        /// <param name="name">The display name.</param>
        /// <param name="exposeConfig">Whether Kibana's actions API shows the config.</param>
        /// <param name="config">The configuration.</param>
        /// <param name="secrets">The secrets.</param>
        public EmailConnector(string id, string name, bool exposeConfig, EmailConfig config, EmailSecrets secrets)
            : base(id, name, TypeId, exposeConfig)
        {
            Config = config ?? throw new ArgumentNullException(nameof(config));
            Secrets = secrets ?? throw new ArgumentNullException(nameof(secrets));
        }

        /// <summary>The configuration (<c>config</c>).</summary>
        public EmailConfig Config { get; }

        /// <summary>The secrets (<c>secrets</c>).</summary>
        public EmailSecrets Secrets { get; }

        /// <inheritdoc />
        public override Connector WithSecretsFrom(ISecretSource source) => WithResolvedSecrets(source);

        /// <summary>Returns a copy whose secrets carry their values, looked up in <paramref name="source"/>.</summary>
        /// <param name="source">Where secret values come from.</param>
        /// <exception cref="MissingSecretException">A secret the settings file names has no value.</exception>
        public EmailConnector WithResolvedSecrets(ISecretSource source) =>
            GeneratedCode.OnKibana(new EmailConnector(Id, Name, ExposeConfig, Config, Secrets.Resolve(source, Id)), Kibana);
    }

    /// <summary>The configuration of a <c>.email</c> connector.</summary>
    public sealed class EmailConfig
    {
        /// <summary>Creates the configuration.</summary>
        /// <param name="from">The sender address.</param>
        /// <param name="service">The service: <c>other</c>, <c>exchange_server</c>, <c>elastic_cloud</c> or a nodemailer well-known service name.</param>
        /// <param name="host">The SMTP host; for a named service, the host that service uses.</param>
        /// <param name="port">The SMTP port; for a named service, the port that service uses.</param>
        /// <param name="secure">Whether the connection uses TLS from the start; by default true on port 465.</param>
        /// <param name="hasAuth">Whether the connector authenticates with user and password.</param>
        /// <param name="tenantId">The Microsoft Entra tenant id, for Exchange.</param>
        /// <param name="clientId">The application (client) id, for Exchange.</param>
        /// <param name="oauthTokenUrl">The OAuth 2.0 token URL, for Exchange.</param>
        /// <param name="allowHtml">Whether rule actions and <c>_execute</c> may send an HTML body (Kibana's newest releases; never with <c>elastic_cloud</c>).</param>
        public EmailConfig(
            string from,
            string service = "other",
            string? host = null,
            int? port = null,
            bool secure = false,
            bool hasAuth = true,
            string? tenantId = null,
            string? clientId = null,
            Uri? oauthTokenUrl = null,
            bool allowHtml = false)
        {
            From = from ?? throw new ArgumentNullException(nameof(from));
            Service = service;
            Host = host;
            Port = port;
            Secure = secure;
            HasAuth = hasAuth;
            TenantId = tenantId;
            ClientId = clientId;
            OauthTokenUrl = oauthTokenUrl;
            AllowHtml = allowHtml;
        }

        /// <summary>The sender address (<c>from</c>).</summary>
        public string From { get; }

        /// <summary>The service: <c>other</c>, <c>exchange_server</c>, <c>elastic_cloud</c> or a nodemailer well-known service name (<c>service</c>).</summary>
        public string Service { get; }

        /// <summary>The SMTP host; for a named service, the host that service uses (<c>host</c>).</summary>
        public string? Host { get; }

        /// <summary>The SMTP port; for a named service, the port that service uses (<c>port</c>).</summary>
        public int? Port { get; }

        /// <summary>Whether the connection uses TLS from the start; by default true on port 465 (<c>secure</c>).</summary>
        public bool Secure { get; }

        /// <summary>Whether the connector authenticates with user and password (<c>hasAuth</c>).</summary>
        public bool HasAuth { get; }

        /// <summary>The Microsoft Entra tenant id, for Exchange (<c>tenantId</c>).</summary>
        public string? TenantId { get; }

        /// <summary>The application (client) id, for Exchange (<c>clientId</c>).</summary>
        public string? ClientId { get; }

        /// <summary>The OAuth 2.0 token URL, for Exchange (<c>oauthTokenUrl</c>).</summary>
        public Uri? OauthTokenUrl { get; }

        /// <summary>Whether rule actions and <c>_execute</c> may send an HTML body (Kibana's newest releases; never with <c>elastic_cloud</c>) (<c>allowHtml</c>).</summary>
        public bool AllowHtml { get; }
    }

    /// <summary>The secrets of a <c>.email</c> connector.</summary>
    public sealed class EmailSecrets
    {
        /// <summary>Creates the secrets.</summary>
        /// <param name="user">The SMTP user.</param>
        /// <param name="password">The SMTP password.</param>
        /// <param name="clientSecret">The client secret, for Exchange.</param>
        public EmailSecrets(
            Secret? user = null,
            Secret? password = null,
            Secret? clientSecret = null)
        {
            User = user;
            Password = password;
            ClientSecret = clientSecret;
        }

        /// <summary>The SMTP user (<c>user</c>).</summary>
        public Secret? User { get; }

        /// <summary>The SMTP password (<c>password</c>).</summary>
        public Secret? Password { get; }

        /// <summary>The client secret, for Exchange (<c>clientSecret</c>).</summary>
        public Secret? ClientSecret { get; }

        internal EmailSecrets Resolve(ISecretSource source, string connectorId) =>
            new EmailSecrets(
                User?.Resolve(source, connectorId, "user"),
                Password?.Resolve(source, connectorId, "password"),
                ClientSecret?.Resolve(source, connectorId, "clientSecret"));
    }
}

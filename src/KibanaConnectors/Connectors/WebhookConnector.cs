using System;
using System.Collections.Generic;

namespace KibanaConnectors
{
    /// <summary>A webhook connector (<c>.webhook</c>): sends an HTTP request to a web service.</summary>
    public sealed partial class WebhookConnector : Connector
    {
        /// <summary>The action type id, <c>.webhook</c>.</summary>
        public const string TypeId = ".webhook";

        /// <summary>Creates the connector.</summary>
        /// <param name="id">The connector id.</param>
        /// <param name="name">The display name.</param>
        /// <param name="exposeConfig">Whether Kibana's actions API shows the config.</param>
        /// <param name="config">The configuration.</param>
        /// <param name="secrets">The secrets.</param>
        public WebhookConnector(string id, string name, bool exposeConfig, WebhookConfig config, WebhookSecrets secrets)
            : base(id, name, TypeId, exposeConfig)
        {
            Config = config ?? throw new ArgumentNullException(nameof(config));
            Secrets = secrets ?? throw new ArgumentNullException(nameof(secrets));
        }

        /// <summary>The configuration (<c>config</c>).</summary>
        public WebhookConfig Config { get; }

        /// <summary>The secrets (<c>secrets</c>).</summary>
        public WebhookSecrets Secrets { get; }

        /// <inheritdoc />
        public override Connector WithSecretsFrom(ISecretSource source) => WithResolvedSecrets(source);

        /// <summary>Returns a copy whose secrets carry their values, looked up in <paramref name="source"/>.</summary>
        /// <param name="source">Where secret values come from.</param>
        /// <exception cref="MissingSecretException">A secret the settings file names has no value.</exception>
        public WebhookConnector WithResolvedSecrets(ISecretSource source) =>
            new WebhookConnector(Id, Name, ExposeConfig, Config, Secrets.Resolve(source, Id));
    }

    /// <summary>The configuration of a <c>.webhook</c> connector.</summary>
    public sealed class WebhookConfig
    {
        /// <summary>Creates the configuration.</summary>
        /// <param name="url">The request URL.</param>
        /// <param name="method">The HTTP method (default <see cref="WebhookMethod.Post"/>).</param>
        /// <param name="headers">Headers sent with the request.</param>
        /// <param name="hasAuth">Whether the request authenticates (default true).</param>
        /// <param name="authType">How the request authenticates.</param>
        /// <param name="certType">The kind of client certificate, for SSL authentication.</param>
        /// <param name="ca">A base64 PEM certificate authority.</param>
        /// <param name="verificationMode">How the server certificate is verified.</param>
        /// <param name="accessTokenUrl">The OAuth 2.0 token URL.</param>
        /// <param name="clientId">The OAuth 2.0 client id.</param>
        /// <param name="scope">The OAuth 2.0 scope.</param>
        /// <param name="additionalFields">Extra OAuth 2.0 token request fields, as JSON object text.</param>
        public WebhookConfig(
            Uri url,
            WebhookMethod method = WebhookMethod.Post,
            IReadOnlyDictionary<string, string>? headers = null,
            bool hasAuth = true,
            WebhookAuthType? authType = null,
            WebhookCertType? certType = null,
            string? ca = null,
            VerificationMode? verificationMode = null,
            Uri? accessTokenUrl = null,
            string? clientId = null,
            string? scope = null,
            string? additionalFields = null)
        {
            Url = url ?? throw new ArgumentNullException(nameof(url));
            Method = method;
            Headers = headers;
            HasAuth = hasAuth;
            AuthType = authType;
            CertType = certType;
            Ca = ca;
            VerificationMode = verificationMode;
            AccessTokenUrl = accessTokenUrl;
            ClientId = clientId;
            Scope = scope;
            AdditionalFields = additionalFields;
        }

        /// <summary>The request URL (<c>url</c>).</summary>
        public Uri Url { get; }

        /// <summary>The HTTP method (<c>method</c>).</summary>
        public WebhookMethod Method { get; }

        /// <summary>Headers sent with the request (<c>headers</c>).</summary>
        public IReadOnlyDictionary<string, string>? Headers { get; }

        /// <summary>Whether the request authenticates (<c>hasAuth</c>).</summary>
        public bool HasAuth { get; }

        /// <summary>How the request authenticates (<c>authType</c>).</summary>
        public WebhookAuthType? AuthType { get; }

        /// <summary>The kind of client certificate (<c>certType</c>).</summary>
        public WebhookCertType? CertType { get; }

        /// <summary>A base64 PEM certificate authority (<c>ca</c>).</summary>
        public string? Ca { get; }

        /// <summary>How the server certificate is verified (<c>verificationMode</c>).</summary>
        public VerificationMode? VerificationMode { get; }

        /// <summary>The OAuth 2.0 token URL (<c>accessTokenUrl</c>).</summary>
        public Uri? AccessTokenUrl { get; }

        /// <summary>The OAuth 2.0 client id (<c>clientId</c>).</summary>
        public string? ClientId { get; }

        /// <summary>The OAuth 2.0 scope (<c>scope</c>).</summary>
        public string? Scope { get; }

        /// <summary>Extra OAuth 2.0 token request fields, as JSON object text (<c>additionalFields</c>).</summary>
        public string? AdditionalFields { get; }
    }

    /// <summary>The secrets of a <c>.webhook</c> connector.</summary>
    public sealed class WebhookSecrets
    {
        /// <summary>Creates the secrets.</summary>
        /// <param name="user">The user, for basic authentication.</param>
        /// <param name="password">The password, for basic authentication or a protected key.</param>
        /// <param name="crt">The client certificate, for SSL authentication with <see cref="WebhookCertType.SslCrtKey"/>.</param>
        /// <param name="key">The client key, for SSL authentication with <see cref="WebhookCertType.SslCrtKey"/>.</param>
        /// <param name="pfx">The PFX bundle, for SSL authentication with <see cref="WebhookCertType.SslPfx"/>.</param>
        /// <param name="clientSecret">The OAuth 2.0 client secret.</param>
        /// <param name="secretHeaders">Headers whose values are secret.</param>
        public WebhookSecrets(
            Secret? user = null,
            Secret? password = null,
            Secret? crt = null,
            Secret? key = null,
            Secret? pfx = null,
            Secret? clientSecret = null,
            IReadOnlyDictionary<string, Secret>? secretHeaders = null)
        {
            User = user;
            Password = password;
            Crt = crt;
            Key = key;
            Pfx = pfx;
            ClientSecret = clientSecret;
            SecretHeaders = secretHeaders;
        }

        /// <summary>The user (<c>user</c>).</summary>
        public Secret? User { get; }

        /// <summary>The password (<c>password</c>).</summary>
        public Secret? Password { get; }

        /// <summary>The client certificate (<c>crt</c>).</summary>
        public Secret? Crt { get; }

        /// <summary>The client key (<c>key</c>).</summary>
        public Secret? Key { get; }

        /// <summary>The PFX bundle (<c>pfx</c>).</summary>
        public Secret? Pfx { get; }

        /// <summary>The OAuth 2.0 client secret (<c>clientSecret</c>).</summary>
        public Secret? ClientSecret { get; }

        /// <summary>Headers whose values are secret (<c>secretHeaders</c>).</summary>
        public IReadOnlyDictionary<string, Secret>? SecretHeaders { get; }

        internal WebhookSecrets Resolve(ISecretSource source, string connectorId) =>
            new WebhookSecrets(
                User?.Resolve(source, connectorId, "user"),
                Password?.Resolve(source, connectorId, "password"),
                Crt?.Resolve(source, connectorId, "crt"),
                Key?.Resolve(source, connectorId, "key"),
                Pfx?.Resolve(source, connectorId, "pfx"),
                ClientSecret?.Resolve(source, connectorId, "clientSecret"),
                SecretMap.Resolve(SecretHeaders, source, connectorId, "secretHeaders"));
    }
}

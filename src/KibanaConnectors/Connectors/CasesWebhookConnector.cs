using System;
using System.Collections.Generic;

namespace KibanaConnectors
{
    /// <summary>A cases webhook connector (<c>.cases-webhook</c>): case management through a REST API. Its URL fields are Mustache templates, kept as text.</summary>
    public sealed partial class CasesWebhookConnector : Connector
    {
        /// <summary>The action type id, <c>.cases-webhook</c>.</summary>
        public const string TypeId = ".cases-webhook";

        /// <summary>Creates the connector.</summary>
        /// <param name="id">The connector id.</param>
        /// <param name="name">The display name.</param>
        /// <param name="exposeConfig">Whether Kibana's actions API shows the config.</param>
        /// <param name="config">The configuration.</param>
        /// <param name="secrets">The secrets.</param>
        public CasesWebhookConnector(string id, string name, bool exposeConfig, CasesWebhookConfig config, CasesWebhookSecrets secrets)
            : base(id, name, TypeId, exposeConfig)
        {
            Config = config ?? throw new ArgumentNullException(nameof(config));
            Secrets = secrets ?? throw new ArgumentNullException(nameof(secrets));
        }

        /// <summary>The configuration (<c>config</c>).</summary>
        public CasesWebhookConfig Config { get; }

        /// <summary>The secrets (<c>secrets</c>).</summary>
        public CasesWebhookSecrets Secrets { get; }

        /// <inheritdoc />
        public override Connector WithSecretsFrom(ISecretSource source) => WithResolvedSecrets(source);

        /// <summary>Returns a copy whose secrets carry their values, looked up in <paramref name="source"/>.</summary>
        /// <param name="source">Where secret values come from.</param>
        /// <exception cref="MissingSecretException">A secret the settings file names has no value.</exception>
        public CasesWebhookConnector WithResolvedSecrets(ISecretSource source) =>
            new CasesWebhookConnector(Id, Name, ExposeConfig, Config, Secrets.Resolve(source, Id));
    }

    /// <summary>The configuration of a <c>.cases-webhook</c> connector.</summary>
    public sealed class CasesWebhookConfig
    {
        /// <summary>Creates the configuration.</summary>
        /// <param name="createIncidentUrl">The URL that creates a case (a Mustache template).</param>
        /// <param name="createIncidentJson">The JSON body that creates a case (a Mustache template).</param>
        /// <param name="createIncidentResponseKey">The response field that holds the external case id.</param>
        /// <param name="getIncidentUrl">The URL that reads a case (a Mustache template).</param>
        /// <param name="getIncidentResponseExternalTitleKey">The response field that holds the external case title.</param>
        /// <param name="viewIncidentUrl">The URL that shows a case (a Mustache template).</param>
        /// <param name="updateIncidentUrl">The URL that updates a case (a Mustache template).</param>
        /// <param name="updateIncidentJson">The JSON body that updates a case (a Mustache template).</param>
        /// <param name="createIncidentMethod">The method that creates a case.</param>
        /// <param name="getIncidentMethod">The method that reads a case.</param>
        /// <param name="getIncidentJson">The JSON body that reads a case.</param>
        /// <param name="updateIncidentMethod">The method that updates a case.</param>
        /// <param name="createCommentUrl">The URL that adds a comment (a Mustache template).</param>
        /// <param name="createCommentJson">The JSON body that adds a comment (a Mustache template).</param>
        /// <param name="createCommentMethod">The method that adds a comment.</param>
        /// <param name="headers">Headers sent with each request.</param>
        /// <param name="hasAuth">Whether requests authenticate.</param>
        /// <param name="authType">How requests authenticate.</param>
        /// <param name="certType">The kind of client certificate.</param>
        /// <param name="ca">A base64 PEM certificate authority.</param>
        /// <param name="verificationMode">How the server certificate is verified.</param>
        public CasesWebhookConfig(
            string createIncidentUrl,
            string createIncidentJson,
            string createIncidentResponseKey,
            string getIncidentUrl,
            string getIncidentResponseExternalTitleKey,
            string viewIncidentUrl,
            string updateIncidentUrl,
            string updateIncidentJson,
            WebhookMethod createIncidentMethod = WebhookMethod.Post,
            WebhookMethod getIncidentMethod = WebhookMethod.Get,
            string? getIncidentJson = null,
            WebhookMethod updateIncidentMethod = WebhookMethod.Put,
            string? createCommentUrl = null,
            string? createCommentJson = null,
            WebhookMethod createCommentMethod = WebhookMethod.Put,
            IReadOnlyDictionary<string, string>? headers = null,
            bool hasAuth = true,
            WebhookAuthType? authType = null,
            WebhookCertType? certType = null,
            string? ca = null,
            VerificationMode? verificationMode = null)
        {
            CreateIncidentUrl = createIncidentUrl ?? throw new ArgumentNullException(nameof(createIncidentUrl));
            CreateIncidentJson = createIncidentJson ?? throw new ArgumentNullException(nameof(createIncidentJson));
            CreateIncidentResponseKey = createIncidentResponseKey ?? throw new ArgumentNullException(nameof(createIncidentResponseKey));
            GetIncidentUrl = getIncidentUrl ?? throw new ArgumentNullException(nameof(getIncidentUrl));
            GetIncidentResponseExternalTitleKey = getIncidentResponseExternalTitleKey ?? throw new ArgumentNullException(nameof(getIncidentResponseExternalTitleKey));
            ViewIncidentUrl = viewIncidentUrl ?? throw new ArgumentNullException(nameof(viewIncidentUrl));
            UpdateIncidentUrl = updateIncidentUrl ?? throw new ArgumentNullException(nameof(updateIncidentUrl));
            UpdateIncidentJson = updateIncidentJson ?? throw new ArgumentNullException(nameof(updateIncidentJson));
            CreateIncidentMethod = createIncidentMethod;
            GetIncidentMethod = getIncidentMethod;
            GetIncidentJson = getIncidentJson;
            UpdateIncidentMethod = updateIncidentMethod;
            CreateCommentUrl = createCommentUrl;
            CreateCommentJson = createCommentJson;
            CreateCommentMethod = createCommentMethod;
            Headers = headers;
            HasAuth = hasAuth;
            AuthType = authType;
            CertType = certType;
            Ca = ca;
            VerificationMode = verificationMode;
        }

        /// <summary>The URL that creates a case (a Mustache template) (<c>createIncidentUrl</c>).</summary>
        public string CreateIncidentUrl { get; }

        /// <summary>The JSON body that creates a case (a Mustache template) (<c>createIncidentJson</c>).</summary>
        public string CreateIncidentJson { get; }

        /// <summary>The response field that holds the external case id (<c>createIncidentResponseKey</c>).</summary>
        public string CreateIncidentResponseKey { get; }

        /// <summary>The URL that reads a case (a Mustache template) (<c>getIncidentUrl</c>).</summary>
        public string GetIncidentUrl { get; }

        /// <summary>The response field that holds the external case title (<c>getIncidentResponseExternalTitleKey</c>).</summary>
        public string GetIncidentResponseExternalTitleKey { get; }

        /// <summary>The URL that shows a case (a Mustache template) (<c>viewIncidentUrl</c>).</summary>
        public string ViewIncidentUrl { get; }

        /// <summary>The URL that updates a case (a Mustache template) (<c>updateIncidentUrl</c>).</summary>
        public string UpdateIncidentUrl { get; }

        /// <summary>The JSON body that updates a case (a Mustache template) (<c>updateIncidentJson</c>).</summary>
        public string UpdateIncidentJson { get; }

        /// <summary>The method that creates a case (<c>createIncidentMethod</c>).</summary>
        public WebhookMethod CreateIncidentMethod { get; }

        /// <summary>The method that reads a case (<c>getIncidentMethod</c>).</summary>
        public WebhookMethod GetIncidentMethod { get; }

        /// <summary>The JSON body that reads a case (<c>getIncidentJson</c>).</summary>
        public string? GetIncidentJson { get; }

        /// <summary>The method that updates a case (<c>updateIncidentMethod</c>).</summary>
        public WebhookMethod UpdateIncidentMethod { get; }

        /// <summary>The URL that adds a comment (a Mustache template) (<c>createCommentUrl</c>).</summary>
        public string? CreateCommentUrl { get; }

        /// <summary>The JSON body that adds a comment (a Mustache template) (<c>createCommentJson</c>).</summary>
        public string? CreateCommentJson { get; }

        /// <summary>The method that adds a comment (<c>createCommentMethod</c>).</summary>
        public WebhookMethod CreateCommentMethod { get; }

        /// <summary>Headers sent with each request (<c>headers</c>).</summary>
        public IReadOnlyDictionary<string, string>? Headers { get; }

        /// <summary>Whether requests authenticate (<c>hasAuth</c>).</summary>
        public bool HasAuth { get; }

        /// <summary>How requests authenticate (<c>authType</c>).</summary>
        public WebhookAuthType? AuthType { get; }

        /// <summary>The kind of client certificate (<c>certType</c>).</summary>
        public WebhookCertType? CertType { get; }

        /// <summary>A base64 PEM certificate authority (<c>ca</c>).</summary>
        public string? Ca { get; }

        /// <summary>How the server certificate is verified (<c>verificationMode</c>).</summary>
        public VerificationMode? VerificationMode { get; }
    }

    /// <summary>The secrets of a <c>.cases-webhook</c> connector.</summary>
    public sealed class CasesWebhookSecrets
    {
        /// <summary>Creates the secrets.</summary>
        /// <param name="user">The user, for basic authentication.</param>
        /// <param name="password">The password, for basic authentication or a protected key.</param>
        /// <param name="crt">The client certificate.</param>
        /// <param name="key">The client key.</param>
        /// <param name="pfx">The PFX bundle.</param>
        public CasesWebhookSecrets(
            Secret? user = null,
            Secret? password = null,
            Secret? crt = null,
            Secret? key = null,
            Secret? pfx = null)
        {
            User = user;
            Password = password;
            Crt = crt;
            Key = key;
            Pfx = pfx;
        }

        /// <summary>The user, for basic authentication (<c>user</c>).</summary>
        public Secret? User { get; }

        /// <summary>The password, for basic authentication or a protected key (<c>password</c>).</summary>
        public Secret? Password { get; }

        /// <summary>The client certificate (<c>crt</c>).</summary>
        public Secret? Crt { get; }

        /// <summary>The client key (<c>key</c>).</summary>
        public Secret? Key { get; }

        /// <summary>The PFX bundle (<c>pfx</c>).</summary>
        public Secret? Pfx { get; }

        internal CasesWebhookSecrets Resolve(ISecretSource source, string connectorId) =>
            new CasesWebhookSecrets(
                User?.Resolve(source, connectorId, "user"),
                Password?.Resolve(source, connectorId, "password"),
                Crt?.Resolve(source, connectorId, "crt"),
                Key?.Resolve(source, connectorId, "key"),
                Pfx?.Resolve(source, connectorId, "pfx"));
    }
}

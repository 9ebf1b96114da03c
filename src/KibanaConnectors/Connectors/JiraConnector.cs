using System;

namespace KibanaConnectors
{
    /// <summary>A Jira connector (<c>.jira</c>).</summary>
    public sealed partial class JiraConnector : Connector
    {
        /// <summary>The action type id, <c>.jira</c>.</summary>
        public const string TypeId = ".jira";

        /// <summary>Creates the connector.</summary>
        /// <param name="id">The connector id.</param>
        /// <param name="name">The display name.</param>
        /// <param name="exposeConfig">Whether Kibana's actions API shows the config.</param>
        /// <param name="config">The configuration.</param>
        /// <param name="secrets">The secrets.</param>
        public JiraConnector(string id, string name, bool exposeConfig, JiraConfig config, JiraSecrets secrets)
            : base(id, name, TypeId, exposeConfig)
        {
            Config = config ?? throw new ArgumentNullException(nameof(config));
            Secrets = secrets ?? throw new ArgumentNullException(nameof(secrets));
        }

        /// <summary>The configuration (<c>config</c>).</summary>
        public JiraConfig Config { get; }

        /// <summary>The secrets (<c>secrets</c>).</summary>
        public JiraSecrets Secrets { get; }

        /// <inheritdoc />
        public override Connector WithSecretsFrom(ISecretSource source) => WithResolvedSecrets(source);

        /// <summary>Returns a copy whose secrets carry their values, looked up in <paramref name="source"/>.</summary>
        /// <param name="source">Where secret values come from.</param>
        /// <exception cref="MissingSecretException">A secret the settings file names has no value.</exception>
        public JiraConnector WithResolvedSecrets(ISecretSource source) =>
            new JiraConnector(Id, Name, ExposeConfig, Config, Secrets.Resolve(source, Id));
    }

    /// <summary>The configuration of a <c>.jira</c> connector.</summary>
    public sealed class JiraConfig
    {
        /// <summary>Creates the configuration.</summary>
        /// <param name="apiUrl">The Jira instance URL.</param>
        /// <param name="projectKey">The project key.</param>
        public JiraConfig(
            Uri apiUrl,
            string projectKey)
        {
            ApiUrl = apiUrl ?? throw new ArgumentNullException(nameof(apiUrl));
            ProjectKey = projectKey ?? throw new ArgumentNullException(nameof(projectKey));
        }

        /// <summary>The Jira instance URL (<c>apiUrl</c>).</summary>
        public Uri ApiUrl { get; }

        /// <summary>The project key (<c>projectKey</c>).</summary>
        public string ProjectKey { get; }
    }

    /// <summary>The secrets of a <c>.jira</c> connector.</summary>
    public sealed class JiraSecrets
    {
        /// <summary>Creates the secrets.</summary>
        /// <param name="email">The account email.</param>
        /// <param name="apiToken">The API token.</param>
        public JiraSecrets(
            Secret email,
            Secret apiToken)
        {
            Email = email ?? throw new ArgumentNullException(nameof(email));
            ApiToken = apiToken ?? throw new ArgumentNullException(nameof(apiToken));
        }

        /// <summary>The account email (<c>email</c>).</summary>
        public Secret Email { get; }

        /// <summary>The API token (<c>apiToken</c>).</summary>
        public Secret ApiToken { get; }

        internal JiraSecrets Resolve(ISecretSource source, string connectorId) =>
            new JiraSecrets(
                Email.Resolve(source, connectorId, "email"),
                ApiToken.Resolve(source, connectorId, "apiToken"));
    }
}

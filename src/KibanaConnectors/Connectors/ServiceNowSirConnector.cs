using System;

namespace KibanaConnectors
{
    /// <summary>A ServiceNow SecOps connector (<c>.servicenow-sir</c>).</summary>
    public sealed partial class ServiceNowSirConnector : Connector
    {
        /// <summary>The action type id, <c>.servicenow-sir</c>.</summary>
        public const string TypeId = ".servicenow-sir";

        /// <summary>Creates the connector.</summary>
        /// <param name="id">The connector id.</param>
        /// <param name="name">The display name.</param>
        /// <param name="exposeConfig">Whether Kibana's actions API shows the config.</param>
        /// <param name="config">The configuration.</param>
        /// <param name="secrets">The secrets.</param>
        public ServiceNowSirConnector(string id, string name, bool exposeConfig, ServiceNowConfig config, ServiceNowSecrets secrets)
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
        public ServiceNowSirConnector WithResolvedSecrets(ISecretSource source) =>
            new ServiceNowSirConnector(Id, Name, ExposeConfig, Config, Secrets.Resolve(source, Id));
    }
}

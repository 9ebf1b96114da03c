using System;

namespace KibanaConnectors
{
    /// <summary>An index connector (<c>.index</c>): writes documents to an Elasticsearch index.</summary>
    public sealed partial class IndexConnector : Connector
    {
        /// <summary>The action type id, <c>.index</c>.</summary>
        public const string TypeId = ".index";

        /// <summary>Creates the connector.</summary>
        /// <param name="id">The connector id.</param>
        /// <param name="name">The display name.</param>
        /// <param name="exposeConfig">Whether Kibana's actions API shows the config.</param>
        /// <param name="config">The configuration.</param>
        /// <param name="secrets">The secrets.</param>
        public IndexConnector(string id, string name, bool exposeConfig, IndexConfig config, IndexSecrets secrets)
            : base(id, name, TypeId, exposeConfig)
        {
            Config = config ?? throw new ArgumentNullException(nameof(config));
            Secrets = secrets ?? throw new ArgumentNullException(nameof(secrets));
        }

        /// <summary>The configuration (<c>config</c>).</summary>
        public IndexConfig Config { get; }

        /// <summary>The secrets (<c>secrets</c>).</summary>
        public IndexSecrets Secrets { get; }

        /// <inheritdoc />
        public override Connector WithSecretsFrom(ISecretSource source) => WithResolvedSecrets(source);

        /// <summary>Returns a copy whose secrets carry their values, looked up in <paramref name="source"/>.</summary>
        /// <param name="source">Where secret values come from.</param>
        /// <exception cref="MissingSecretException">A secret the settings file names has no value.</exception>
        public IndexConnector WithResolvedSecrets(ISecretSource source) =>
            new IndexConnector(Id, Name, ExposeConfig, Config, Secrets.Resolve(source, Id));
    }

    /// <summary>The configuration of a <c>.index</c> connector.</summary>
    public sealed class IndexConfig
    {
        /// <summary>Creates the configuration.</summary>
        /// <param name="index">The index written to.</param>
        /// <param name="refresh">Whether the index is refreshed after each write.</param>
        /// <param name="executionTimeField">A field that gets the time of indexing.</param>
        public IndexConfig(
            string index,
            bool refresh = false,
            string? executionTimeField = null)
        {
            Index = index ?? throw new ArgumentNullException(nameof(index));
            Refresh = refresh;
            ExecutionTimeField = executionTimeField;
        }

        /// <summary>The index written to (<c>index</c>).</summary>
        public string Index { get; }

        /// <summary>Whether the index is refreshed after each write (<c>refresh</c>).</summary>
        public bool Refresh { get; }

        /// <summary>A field that gets the time of indexing (<c>executionTimeField</c>).</summary>
        public string? ExecutionTimeField { get; }
    }

    /// <summary>The secrets of a <c>.index</c> connector: it has none.</summary>
    public sealed class IndexSecrets
    {
        /// <summary>Creates the secrets: there are none.</summary>
        public IndexSecrets()
        {
        }

        internal IndexSecrets Resolve(ISecretSource source, string connectorId) => this;
    }
}

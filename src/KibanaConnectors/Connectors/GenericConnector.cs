using System;
using System.Collections.Generic;

namespace KibanaConnectors
{
    /// <summary>
    /// A connector of a type Kibana registers that this library has no typed class for (<c>.gemini</c>, <c>.inference</c>, ...):
    /// its config is kept as read from the settings file.
    /// </summary>
    public sealed partial class GenericConnector : Connector
    {
        /// <summary>Creates the connector.</summary>
        /// <param name="id">The connector id.</param>
        /// <param name="name">The display name.</param>
        /// <param name="actionTypeId">The action type id.</param>
        /// <param name="exposeConfig">Whether Kibana's actions API shows the config.</param>
        /// <param name="config">The config as read: values are <see cref="string"/>, <see cref="long"/>, <see cref="double"/>,
        /// <see cref="bool"/>, null, <see cref="IReadOnlyList{T}"/> of values or <see cref="IReadOnlyDictionary{TKey, TValue}"/> of values.</param>
        /// <param name="secrets">The secrets, keyed by field name (a nested secret by its dotted path).</param>
        public GenericConnector(string id, string name, string actionTypeId, bool exposeConfig, IReadOnlyDictionary<string, object?> config, IReadOnlyDictionary<string, Secret> secrets)
            : base(id, name, actionTypeId, exposeConfig)
        {
            Config = config ?? throw new ArgumentNullException(nameof(config));
            Secrets = secrets ?? throw new ArgumentNullException(nameof(secrets));
        }

        /// <summary>The config as read from the settings file.</summary>
        public IReadOnlyDictionary<string, object?> Config { get; }

        /// <summary>The secrets, keyed by field name.</summary>
        public IReadOnlyDictionary<string, Secret> Secrets { get; }

        /// <inheritdoc />
        public override Connector WithSecretsFrom(ISecretSource source) => WithResolvedSecrets(source);

        /// <summary>Returns a copy whose secrets carry their values, looked up in <paramref name="source"/>.</summary>
        /// <param name="source">Where secret values come from.</param>
        /// <exception cref="MissingSecretException">A secret the settings file names has no value.</exception>
        public GenericConnector WithResolvedSecrets(ISecretSource source)
        {
            var resolved = new Dictionary<string, Secret>(Secrets.Count);
            foreach (var pair in Secrets)
            {
                resolved.Add(pair.Key, pair.Value.Resolve(source, Id, pair.Key));
            }

            // The copy runs on the same Kibana as the descriptor, as the typed connectors' copies do.
            return GeneratedCode.OnKibana(new GenericConnector(Id, Name, ActionTypeId, ExposeConfig, Config, resolved), Kibana);
        }
    }
}

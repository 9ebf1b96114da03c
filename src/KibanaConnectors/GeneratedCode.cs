using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Threading;

namespace KibanaConnectors
{
    /// <summary>Helpers for the code KibanaConnectors generates; not meant to be called by hand.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static class GeneratedCode
    {
        /// <summary>
        /// Creates a value once and publishes it to <paramref name="field"/>; when two threads race, both get the
        /// instance that was published first.
        /// </summary>
        /// <typeparam name="T">The value type.</typeparam>
        /// <param name="field">The field that caches the value.</param>
        /// <param name="create">Creates the value.</param>
        /// <returns>The published value.</returns>
        public static T Once<T>(ref T? field, Func<T> create)
            where T : class
        {
            if (create == null)
            {
                throw new ArgumentNullException(nameof(create));
            }

            var value = create();
            return Interlocked.CompareExchange(ref field, value, null) ?? value;
        }

        /// <summary>
        /// Sets the Kibana <paramref name="connector"/> runs on, before it is published: the generated code passes the
        /// project's release and settings this way, so that the connector classes keep their constructors.
        /// </summary>
        /// <typeparam name="T">The connector type.</typeparam>
        /// <param name="connector">A connector no one else has seen yet.</param>
        /// <param name="kibana">The Kibana it runs on.</param>
        /// <returns><paramref name="connector"/>.</returns>
        public static T OnKibana<T>(T connector, KibanaSettings kibana)
            where T : Connector
        {
            if (connector == null)
            {
                throw new ArgumentNullException(nameof(connector));
            }

            connector.Kibana = kibana ?? throw new ArgumentNullException(nameof(kibana));
            return connector;
        }

        /// <summary>
        /// Creates the connector with its secrets resolved: each secret read from <paramref name="secrets"/>, or from
        /// environment variables when it is null (a keystore key as written or as its environment variable name).
        /// </summary>
        /// <typeparam name="T">The connector type.</typeparam>
        /// <param name="descriptor">The connector as the settings file describes it, secrets unresolved.</param>
        /// <param name="secrets">Where secret values come from; environment variables when null.</param>
        /// <returns>A copy of the connector whose secrets carry their values.</returns>
        /// <exception cref="MissingSecretException">A secret the settings file names has no value.</exception>
        public static T Create<T>(T descriptor, ISecretSource? secrets)
            where T : Connector
        {
            if (descriptor == null)
            {
                throw new ArgumentNullException(nameof(descriptor));
            }

            return (T)descriptor.WithSecretsFrom(secrets ?? SecretSources.Environment);
        }

        /// <summary>A dictionary of connectors by id (ordinal comparison).</summary>
        /// <param name="connectors">The connectors.</param>
        /// <returns>The dictionary.</returns>
        public static Dictionary<string, Connector> IndexById(IReadOnlyList<Connector> connectors)
        {
            if (connectors == null)
            {
                throw new ArgumentNullException(nameof(connectors));
            }

            var byId = new Dictionary<string, Connector>(connectors.Count, StringComparer.Ordinal);
            foreach (var connector in connectors)
            {
                byId.Add(connector.Id, connector);
            }

            return byId;
        }
    }
}

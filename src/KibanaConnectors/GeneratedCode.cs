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

using System;
using System.Collections;
using System.Collections.Generic;

namespace KibanaConnectors
{
    /// <summary>
    /// The action parameters of a connector run, as Kibana's API takes them: field names as Kibana spells them, values
    /// that are text, numbers, booleans, lists or nested maps. Keeps the order fields were added in, so the JSON reads
    /// like Kibana's documentation.
    /// </summary>
    public sealed class ParamMap : IReadOnlyDictionary<string, object?>
    {
        private readonly List<KeyValuePair<string, object?>> _entries = new List<KeyValuePair<string, object?>>();

        /// <summary>The number of fields.</summary>
        public int Count => _entries.Count;

        /// <summary>The field names, in order.</summary>
        public IEnumerable<string> Keys
        {
            get
            {
                foreach (var entry in _entries)
                {
                    yield return entry.Key;
                }
            }
        }

        /// <summary>The values, in order.</summary>
        public IEnumerable<object?> Values
        {
            get
            {
                foreach (var entry in _entries)
                {
                    yield return entry.Value;
                }
            }
        }

        /// <summary>The value of a field.</summary>
        /// <param name="key">The field name.</param>
        public object? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"The parameters have no field '{key}'.");

        /// <summary>
        /// Adds a field; a null value is left out, as Kibana treats most missing optional fields and null alike. Where it
        /// does not (a default it applies to a missing field only), <see cref="ParamValues.Null"/> writes JSON null.
        /// </summary>
        /// <param name="key">The field name.</param>
        /// <param name="value">The value: text, a number, a boolean, a list, or a nested <see cref="ParamMap"/>; <see cref="ParamValues.Null"/> for null.</param>
        /// <returns>This map.</returns>
        public ParamMap Add(string key, object? value)
        {
            if (key == null)
            {
                throw new ArgumentNullException(nameof(key));
            }

            if (ContainsKey(key))
            {
                throw new ArgumentException($"The parameters already have a field '{key}'.", nameof(key));
            }

            if (value is string text && text == ParamValues.Null)
            {
                _entries.Add(new KeyValuePair<string, object?>(key, null));
            }
            else if (value != null)
            {
                _entries.Add(new KeyValuePair<string, object?>(key, value));
            }

            return this;
        }

        /// <summary>True when the field is present.</summary>
        /// <param name="key">The field name.</param>
        public bool ContainsKey(string key) => TryGetValue(key, out _);

        /// <summary>Looks a field up.</summary>
        /// <param name="key">The field name.</param>
        /// <param name="value">Its value.</param>
        public bool TryGetValue(string key, out object? value)
        {
            foreach (var entry in _entries)
            {
                if (string.Equals(entry.Key, key, StringComparison.Ordinal))
                {
                    value = entry.Value;
                    return true;
                }
            }

            value = null;
            return false;
        }

        /// <summary>The fields, in order.</summary>
        public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => _entries.GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        /// <summary>The map as JSON.</summary>
        public string ToJson() => Json.Write(this);

        /// <inheritdoc />
        public override string ToString() => ToJson();
    }
}

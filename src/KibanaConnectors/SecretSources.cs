using System;
using System.Collections.Generic;
using System.Text;

namespace KibanaConnectors
{
    /// <summary>The secret sources that ship with the library.</summary>
    public static class SecretSources
    {
        /// <summary>
        /// Environment variables. A keystore key such as <c>xpack.actions.preconfigured.my-hook.secrets.password</c> is looked up
        /// as written, then as <c>XPACK_ACTIONS_PRECONFIGURED_MY_HOOK_SECRETS_PASSWORD</c> (every character that is not a letter
        /// or digit becomes <c>_</c>, letters upper case), since most shells cannot set a variable with dots in its name.
        /// </summary>
        public static ISecretSource Environment { get; } = new EnvironmentSecretSource();

        /// <summary>A fixed set of values, keyed by environment variable name or keystore key (ordinal comparison).</summary>
        /// <param name="values">The values.</param>
        public static ISecretSource FromDictionary(IReadOnlyDictionary<string, string> values) => new DictionarySecretSource(values);

        /// <summary>The upper-case variable name that stands for a keystore key in <see cref="Environment"/>.</summary>
        /// <param name="key">A keystore key.</param>
        public static string ToEnvironmentVariableName(string key)
        {
            if (key == null)
            {
                throw new ArgumentNullException(nameof(key));
            }

            var name = new StringBuilder(key.Length);
            foreach (var c in key)
            {
                name.Append(char.IsLetterOrDigit(c) && c < 128 ? char.ToUpperInvariant(c) : '_');
            }

            return name.ToString();
        }

        private sealed class EnvironmentSecretSource : ISecretSource
        {
            public bool TryGetValue(string key, out string? value)
            {
                value = System.Environment.GetEnvironmentVariable(key);
                if (value == null && key.IndexOf('.') >= 0)
                {
                    value = System.Environment.GetEnvironmentVariable(ToEnvironmentVariableName(key));
                }

                return value != null;
            }

            public override string ToString() => "environment variables";
        }

        private sealed class DictionarySecretSource : ISecretSource
        {
            private readonly IReadOnlyDictionary<string, string> _values;

            public DictionarySecretSource(IReadOnlyDictionary<string, string> values) =>
                _values = values ?? throw new ArgumentNullException(nameof(values));

            public bool TryGetValue(string key, out string? value)
            {
                var found = _values.TryGetValue(key, out var v);
                value = v;
                return found;
            }

            public override string ToString() => "a dictionary of " + _values.Count + " values";
        }
    }
}

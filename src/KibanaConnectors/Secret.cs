using System;
using System.Collections.Generic;
using System.Text;

namespace KibanaConnectors
{
    /// <summary>Where the value of a <see cref="Secret"/> comes from.</summary>
    public enum SecretOrigin
    {
        /// <summary>Environment variables named in a <c>${NAME}</c> template in the settings file.</summary>
        Environment,

        /// <summary>The Kibana keystore key <c>xpack.actions.preconfigured.&lt;id&gt;.secrets.&lt;field&gt;</c>.</summary>
        Keystore,

        /// <summary>A literal written in the settings file, compiled in because the project set <c>KibanaConnectorsEmbedSecrets=true</c>.</summary>
        Literal,
    }

    /// <summary>
    /// A connector secret: it knows where its value comes from, and holds the value only once
    /// it has been resolved through an <see cref="ISecretSource"/>. <see cref="ToString"/> never shows the value.
    /// </summary>
    public sealed class Secret
    {
        private readonly string? _value;

        private Secret(SecretOrigin origin, string reference, string? value)
        {
            Origin = origin;
            Reference = reference;
            _value = value;
        }

        /// <summary>Where the value comes from.</summary>
        public SecretOrigin Origin { get; }

        /// <summary>
        /// The template (for <see cref="SecretOrigin.Environment"/>, e.g. <c>${SLACK_URL}</c>), the keystore key
        /// (for <see cref="SecretOrigin.Keystore"/>), or the keystore key the literal stands for (for <see cref="SecretOrigin.Literal"/>).
        /// </summary>
        public string Reference { get; }

        /// <summary>True when the value is known: resolved, or embedded at build time.</summary>
        public bool HasValue => _value != null;

        /// <summary>A secret whose value is the environment template <paramref name="template"/>, such as <c>${SLACK_URL}</c> or <c>Bearer ${TOKEN}</c>.</summary>
        public static Secret FromEnvironment(string template) =>
            new Secret(SecretOrigin.Environment, template ?? throw new ArgumentNullException(nameof(template)), null);

        /// <summary>A secret read from the Kibana keystore key <paramref name="key"/>.</summary>
        public static Secret FromKeystore(string key) =>
            new Secret(SecretOrigin.Keystore, key ?? throw new ArgumentNullException(nameof(key)), null);

        /// <summary>A secret read from the Kibana keystore key of a connector's secret field,
        /// <c>xpack.actions.preconfigured.&lt;connectorId&gt;.secrets.&lt;field&gt;</c>.</summary>
        /// <param name="connectorId">The connector id.</param>
        /// <param name="field">The secret's field name (a nested one as a dotted path).</param>
        public static Secret FromKeystoreField(string connectorId, string field) =>
            FromKeystore(KeystoreKey(connectorId ?? throw new ArgumentNullException(nameof(connectorId)), field ?? throw new ArgumentNullException(nameof(field))));

        /// <summary>The Kibana keystore key of a connector's secret field.</summary>
        /// <param name="connectorId">The connector id.</param>
        /// <param name="field">The secret's field name.</param>
        public static string KeystoreKey(string connectorId, string field) => "xpack.actions.preconfigured." + connectorId + ".secrets." + field;

        /// <summary>A secret whose value is known: embedded at build time, or supplied by the caller.</summary>
        /// <param name="keystoreKey">The Kibana keystore key the value stands for.</param>
        /// <param name="value">The value.</param>
        public static Secret FromLiteral(string keystoreKey, string value) =>
            new Secret(SecretOrigin.Literal, keystoreKey ?? throw new ArgumentNullException(nameof(keystoreKey)), value ?? throw new ArgumentNullException(nameof(value)));

        /// <summary>The names of the environment variables this secret reads (empty unless <see cref="Origin"/> is <see cref="SecretOrigin.Environment"/>).</summary>
        public IReadOnlyList<string> EnvironmentVariables
        {
            get
            {
                var names = new List<string>();
                if (Origin == SecretOrigin.Environment)
                {
                    EnvironmentTemplate.Expand(Reference, (name, fallback) => { names.Add(name); return fallback ?? string.Empty; }, out _);
                }

                return names;
            }
        }

        /// <summary>The value. Throws when the secret has not been resolved.</summary>
        /// <exception cref="InvalidOperationException">The secret has no value yet: create the connector through its factory method.</exception>
        public string Reveal() =>
            _value ?? throw new InvalidOperationException(
                "This secret has not been resolved (" + Describe() + "). Create the connector with its generated Create method and an ISecretSource.");

        /// <summary>Resolves the value through <paramref name="source"/>.</summary>
        /// <param name="source">Where to look the value up.</param>
        /// <param name="connectorId">The connector the secret belongs to, for the error message.</param>
        /// <param name="field">The Kibana field name of the secret, for the error message.</param>
        /// <returns>A secret with its value.</returns>
        /// <exception cref="MissingSecretException">The source has no value for the secret.</exception>
        public Secret Resolve(ISecretSource source, string connectorId, string field)
        {
            if (source == null)
            {
                throw new ArgumentNullException(nameof(source));
            }

            if (_value != null)
            {
                return this;
            }

            string value;
            if (Origin == SecretOrigin.Environment)
            {
                string? missing = null;
                value = EnvironmentTemplate.Expand(
                    Reference,
                    (name, fallback) =>
                    {
                        if (source.TryGetValue(name, out var found) && found != null)
                        {
                            return found;
                        }

                        if (fallback != null)
                        {
                            return fallback;
                        }

                        missing ??= name;
                        return string.Empty;
                    },
                    out _);
                if (missing != null)
                {
                    throw new MissingSecretException(connectorId, field, Origin, missing);
                }
            }
            else if (!source.TryGetValue(Reference, out var found) || found == null)
            {
                throw new MissingSecretException(connectorId, field, Origin, Reference);
            }
            else
            {
                value = found;
            }

            return new Secret(Origin, Reference, value);
        }

        /// <summary>Says where the value comes from, never the value itself.</summary>
        public override string ToString() => "Secret(" + Describe() + (HasValue ? ", resolved" : string.Empty) + ")";

        private string Describe() => Origin switch
        {
            SecretOrigin.Environment => "environment " + Reference,
            SecretOrigin.Keystore => "keystore " + Reference,
            _ => "embedded literal for " + Reference,
        };
    }
}

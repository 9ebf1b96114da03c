using System;
using Microsoft.Extensions.Configuration;

namespace KibanaConnectors.Configuration
{
    /// <summary>
    /// An <see cref="ISecretSource"/> over <see cref="IConfiguration"/>: the secrets of generated connectors come from
    /// whatever configuration providers the application has (appsettings.json, user secrets, a vault, environment variables).
    /// </summary>
    /// <remarks>
    /// An environment variable name from <c>${NAME}</c> is looked up as a configuration key of that name. A Kibana keystore
    /// key (<c>xpack.actions.preconfigured.&lt;id&gt;.secrets.&lt;field&gt;</c>) is looked up as written, then as the
    /// section path <c>xpack:actions:preconfigured:&lt;id&gt;:secrets:&lt;field&gt;</c>, which is how JSON nests it:
    /// <code>{ "xpack": { "actions": { "preconfigured": { "my-hook": { "secrets": { "password": "..." } } } } } }</code>
    /// </remarks>
    public sealed class ConfigurationSecretSource : ISecretSource
    {
        private const string KeystorePrefix = "xpack.actions.preconfigured.";
        private const string SecretsPart = ".secrets.";

        private readonly IConfiguration _configuration;

        /// <summary>Creates a source over <paramref name="configuration"/> (the root, or a section such as <c>Kibana</c>).</summary>
        /// <param name="configuration">Where the values are.</param>
        public ConfigurationSecretSource(IConfiguration configuration) =>
            _configuration = configuration ?? throw new ArgumentNullException(nameof(configuration));

        /// <inheritdoc />
        public bool TryGetValue(string key, out string? value)
        {
            if (key == null)
            {
                throw new ArgumentNullException(nameof(key));
            }

            value = _configuration[key];
            if (value == null && SectionPath(key) is string path)
            {
                value = _configuration[path];
            }

            return value != null;
        }

        /// <inheritdoc />
        public override string ToString() => "configuration";

        // xpack.actions.preconfigured.<id>.secrets.<field> -> xpack:actions:preconfigured:<id>:secrets:<field>.
        // The id may hold dots itself (a '[a.b]' key in kibana.yml), so it is cut at '.secrets.', not at every dot.
        private static string? SectionPath(string key)
        {
            if (!key.StartsWith(KeystorePrefix, StringComparison.Ordinal))
            {
                return null;
            }

            var secrets = key.IndexOf(SecretsPart, KeystorePrefix.Length, StringComparison.Ordinal);
            if (secrets < 0)
            {
                return null;
            }

            var id = key.Substring(KeystorePrefix.Length, secrets - KeystorePrefix.Length);
            var field = key.Substring(secrets + SecretsPart.Length).Replace('.', ':');
            return "xpack:actions:preconfigured:" + id + ":secrets:" + field;
        }
    }

    /// <summary>Adapts <see cref="IConfiguration"/> to the connectors' <see cref="ISecretSource"/>.</summary>
    public static class ConfigurationSecretSourceExtensions
    {
        /// <summary>
        /// A secret source that reads from this configuration: pass it to a generated factory,
        /// <c>PreconfiguredConnectors.CreateMyHook(configuration.AsSecretSource())</c>.
        /// </summary>
        /// <param name="configuration">The configuration, or a section of it.</param>
        public static ISecretSource AsSecretSource(this IConfiguration configuration) => new ConfigurationSecretSource(configuration);
    }
}

namespace KibanaConnectors
{
    /// <summary>Supplies secret values at run time: environment variables, a vault, configuration, a test dictionary.</summary>
    public interface ISecretSource
    {
        /// <summary>Looks up a value by key.</summary>
        /// <param name="key">An environment variable name (from <c>${NAME}</c>) or a Kibana keystore key
        /// (<c>xpack.actions.preconfigured.&lt;id&gt;.secrets.&lt;field&gt;</c>).</param>
        /// <param name="value">The value, when found.</param>
        /// <returns>True when the source has a value for <paramref name="key"/>.</returns>
        bool TryGetValue(string key, out string? value);
    }
}

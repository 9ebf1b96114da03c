using System;

namespace KibanaConnectors
{
    /// <summary>A connector's secret has no value in the <see cref="ISecretSource"/> it was resolved through.</summary>
    public sealed class MissingSecretException : InvalidOperationException
    {
        /// <summary>Creates the exception.</summary>
        /// <param name="connectorId">The connector id.</param>
        /// <param name="field">The Kibana field name of the secret.</param>
        /// <param name="origin">Where the value was expected to come from.</param>
        /// <param name="key">The environment variable or keystore key that has no value.</param>
        public MissingSecretException(string connectorId, string field, SecretOrigin origin, string key)
            : base(BuildMessage(connectorId, field, origin, key))
        {
            ConnectorId = connectorId;
            Field = field;
            Origin = origin;
            Key = key;
        }

        /// <summary>The connector id.</summary>
        public string ConnectorId { get; }

        /// <summary>The Kibana field name of the secret, e.g. <c>password</c>.</summary>
        public string Field { get; }

        /// <summary>Where the value was expected to come from.</summary>
        public SecretOrigin Origin { get; }

        /// <summary>The environment variable or keystore key that has no value.</summary>
        public string Key { get; }

        private static string BuildMessage(string connectorId, string field, SecretOrigin origin, string key)
        {
            var where = origin == SecretOrigin.Environment
                ? "the environment variable '" + key + "', which is not set"
                : "the Kibana keystore key '" + key + "', which the secret source does not have (as an environment variable, set '"
                  + key + "' or '" + SecretSources.ToEnvironmentVariableName(key) + "')";
            return "Connector '" + connectorId + "': the secret '" + field + "' comes from " + where + ".";
        }
    }
}

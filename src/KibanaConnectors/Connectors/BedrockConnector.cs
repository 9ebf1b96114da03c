using System;

namespace KibanaConnectors
{
    /// <summary>An Amazon Bedrock connector (<c>.bedrock</c>).</summary>
    public sealed partial class BedrockConnector : Connector
    {
        /// <summary>The action type id, <c>.bedrock</c>.</summary>
        public const string TypeId = ".bedrock";

        /// <summary>Creates the connector.</summary>
        /// <param name="id">The connector id.</param>
        /// <param name="name">The display name.</param>
        /// <param name="exposeConfig">Whether Kibana's actions API shows the config.</param>
        /// <param name="config">The configuration.</param>
        /// <param name="secrets">The secrets.</param>
        public BedrockConnector(string id, string name, bool exposeConfig, BedrockConfig config, BedrockSecrets secrets)
            : base(id, name, TypeId, exposeConfig)
        {
            Config = config ?? throw new ArgumentNullException(nameof(config));
            Secrets = secrets ?? throw new ArgumentNullException(nameof(secrets));
        }

        /// <summary>The configuration (<c>config</c>).</summary>
        public BedrockConfig Config { get; }

        /// <summary>The secrets (<c>secrets</c>).</summary>
        public BedrockSecrets Secrets { get; }

        /// <inheritdoc />
        public override Connector WithSecretsFrom(ISecretSource source) => WithResolvedSecrets(source);

        /// <summary>Returns a copy whose secrets carry their values, looked up in <paramref name="source"/>.</summary>
        /// <param name="source">Where secret values come from.</param>
        /// <exception cref="MissingSecretException">A secret the settings file names has no value.</exception>
        public BedrockConnector WithResolvedSecrets(ISecretSource source) =>
            new BedrockConnector(Id, Name, ExposeConfig, Config, Secrets.Resolve(source, Id));
    }

    /// <summary>The configuration of a <c>.bedrock</c> connector.</summary>
    public sealed class BedrockConfig
    {
        /// <summary>Creates the configuration.</summary>
        /// <param name="apiUrl">The Bedrock runtime URL.</param>
        /// <param name="defaultModel">The model used when an action names none.</param>
        /// <param name="contextWindowLength">The context window of the model, in tokens.</param>
        /// <param name="temperature">The sampling temperature.</param>
        public BedrockConfig(
            Uri apiUrl,
            string? defaultModel = null,
            int? contextWindowLength = null,
            double? temperature = null)
        {
            ApiUrl = apiUrl ?? throw new ArgumentNullException(nameof(apiUrl));
            DefaultModel = defaultModel;
            ContextWindowLength = contextWindowLength;
            Temperature = temperature;
        }

        /// <summary>The Bedrock runtime URL (<c>apiUrl</c>).</summary>
        public Uri ApiUrl { get; }

        /// <summary>The model used when an action names none (<c>defaultModel</c>).</summary>
        public string? DefaultModel { get; }

        /// <summary>The context window of the model, in tokens (<c>contextWindowLength</c>).</summary>
        public int? ContextWindowLength { get; }

        /// <summary>The sampling temperature (<c>temperature</c>).</summary>
        public double? Temperature { get; }
    }

    /// <summary>The secrets of a <c>.bedrock</c> connector.</summary>
    public sealed class BedrockSecrets
    {
        /// <summary>Creates the secrets.</summary>
        /// <param name="accessKey">The AWS access key.</param>
        /// <param name="secret">The AWS secret key.</param>
        public BedrockSecrets(
            Secret accessKey,
            Secret secret)
        {
            AccessKey = accessKey ?? throw new ArgumentNullException(nameof(accessKey));
            Secret = secret ?? throw new ArgumentNullException(nameof(secret));
        }

        /// <summary>The AWS access key (<c>accessKey</c>).</summary>
        public Secret AccessKey { get; }

        /// <summary>The AWS secret key (<c>secret</c>).</summary>
        public Secret Secret { get; }

        internal BedrockSecrets Resolve(ISecretSource source, string connectorId) =>
            new BedrockSecrets(
                AccessKey.Resolve(source, connectorId, "accessKey"),
                Secret.Resolve(source, connectorId, "secret"));
    }
}

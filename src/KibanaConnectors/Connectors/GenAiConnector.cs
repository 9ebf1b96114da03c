using System;
using System.Collections.Generic;

namespace KibanaConnectors
{
    /// <summary>An OpenAI connector (<c>.gen-ai</c>): OpenAI, Azure OpenAI or an OpenAI-compatible service.</summary>
    public sealed partial class GenAiConnector : Connector
    {
        /// <summary>The action type id, <c>.gen-ai</c>.</summary>
        public const string TypeId = ".gen-ai";

        /// <summary>Creates the connector.</summary>
        /// <param name="id">The connector id.</param>
        /// <param name="name">The display name.</param>
        /// <param name="exposeConfig">Whether Kibana's actions API shows the config.</param>
        /// <param name="config">The configuration.</param>
        /// <param name="secrets">The secrets.</param>
        public GenAiConnector(string id, string name, bool exposeConfig, GenAiConfig config, GenAiSecrets secrets)
            : base(id, name, TypeId, exposeConfig)
        {
            Config = config ?? throw new ArgumentNullException(nameof(config));
            Secrets = secrets ?? throw new ArgumentNullException(nameof(secrets));
        }

        /// <summary>The configuration (<c>config</c>).</summary>
        public GenAiConfig Config { get; }

        /// <summary>The secrets (<c>secrets</c>).</summary>
        public GenAiSecrets Secrets { get; }

        /// <inheritdoc />
        public override Connector WithSecretsFrom(ISecretSource source) => WithResolvedSecrets(source);

        /// <summary>Returns a copy whose secrets carry their values, looked up in <paramref name="source"/>.</summary>
        /// <param name="source">Where secret values come from.</param>
        /// <exception cref="MissingSecretException">A secret the settings file names has no value.</exception>
        public GenAiConnector WithResolvedSecrets(ISecretSource source) =>
            new GenAiConnector(Id, Name, ExposeConfig, Config, Secrets.Resolve(source, Id));
    }

    /// <summary>The configuration of a <c>.gen-ai</c> connector.</summary>
    public sealed class GenAiConfig
    {
        /// <summary>Creates the configuration.</summary>
        /// <param name="apiProvider">The API provider.</param>
        /// <param name="apiUrl">The API URL.</param>
        /// <param name="defaultModel">The model used when an action names none.</param>
        /// <param name="headers">Headers sent with each request.</param>
        /// <param name="organizationId">The OpenAI organization id.</param>
        /// <param name="projectId">The OpenAI project id.</param>
        /// <param name="contextWindowLength">The context window of the model, in tokens.</param>
        /// <param name="temperature">The sampling temperature.</param>
        /// <param name="verificationMode">How the server certificate is verified (other providers only).</param>
        /// <param name="enableNativeFunctionCalling">Whether native function calling is used (other providers only).</param>
        public GenAiConfig(
            GenAiApiProvider apiProvider,
            Uri apiUrl,
            string? defaultModel = null,
            IReadOnlyDictionary<string, string>? headers = null,
            string? organizationId = null,
            string? projectId = null,
            int? contextWindowLength = null,
            double? temperature = null,
            VerificationMode? verificationMode = null,
            bool? enableNativeFunctionCalling = null)
        {
            ApiProvider = apiProvider;
            ApiUrl = apiUrl ?? throw new ArgumentNullException(nameof(apiUrl));
            DefaultModel = defaultModel;
            Headers = headers;
            OrganizationId = organizationId;
            ProjectId = projectId;
            ContextWindowLength = contextWindowLength;
            Temperature = temperature;
            VerificationMode = verificationMode;
            EnableNativeFunctionCalling = enableNativeFunctionCalling;
        }

        /// <summary>The API provider (<c>apiProvider</c>).</summary>
        public GenAiApiProvider ApiProvider { get; }

        /// <summary>The API URL (<c>apiUrl</c>).</summary>
        public Uri ApiUrl { get; }

        /// <summary>The model used when an action names none (<c>defaultModel</c>).</summary>
        public string? DefaultModel { get; }

        /// <summary>Headers sent with each request (<c>headers</c>).</summary>
        public IReadOnlyDictionary<string, string>? Headers { get; }

        /// <summary>The OpenAI organization id (<c>organizationId</c>).</summary>
        public string? OrganizationId { get; }

        /// <summary>The OpenAI project id (<c>projectId</c>).</summary>
        public string? ProjectId { get; }

        /// <summary>The context window of the model, in tokens (<c>contextWindowLength</c>).</summary>
        public int? ContextWindowLength { get; }

        /// <summary>The sampling temperature (<c>temperature</c>).</summary>
        public double? Temperature { get; }

        /// <summary>How the server certificate is verified (other providers only) (<c>verificationMode</c>).</summary>
        public VerificationMode? VerificationMode { get; }

        /// <summary>Whether native function calling is used (other providers only) (<c>enableNativeFunctionCalling</c>).</summary>
        public bool? EnableNativeFunctionCalling { get; }
    }

    /// <summary>The secrets of a <c>.gen-ai</c> connector.</summary>
    public sealed class GenAiSecrets
    {
        /// <summary>Creates the secrets.</summary>
        /// <param name="apiKey">The API key.</param>
        /// <param name="certificateData">A base64 PEM client certificate.</param>
        /// <param name="privateKeyData">A base64 PEM private key.</param>
        /// <param name="caData">A base64 PEM certificate authority.</param>
        public GenAiSecrets(
            Secret? apiKey = null,
            Secret? certificateData = null,
            Secret? privateKeyData = null,
            Secret? caData = null)
        {
            ApiKey = apiKey;
            CertificateData = certificateData;
            PrivateKeyData = privateKeyData;
            CaData = caData;
        }

        /// <summary>The API key (<c>apiKey</c>).</summary>
        public Secret? ApiKey { get; }

        /// <summary>A base64 PEM client certificate (<c>certificateData</c>).</summary>
        public Secret? CertificateData { get; }

        /// <summary>A base64 PEM private key (<c>privateKeyData</c>).</summary>
        public Secret? PrivateKeyData { get; }

        /// <summary>A base64 PEM certificate authority (<c>caData</c>).</summary>
        public Secret? CaData { get; }

        internal GenAiSecrets Resolve(ISecretSource source, string connectorId) =>
            new GenAiSecrets(
                ApiKey?.Resolve(source, connectorId, "apiKey"),
                CertificateData?.Resolve(source, connectorId, "certificateData"),
                PrivateKeyData?.Resolve(source, connectorId, "privateKeyData"),
                CaData?.Resolve(source, connectorId, "caData"));
    }

    /// <summary>The API provider of a <c>.gen-ai</c> connector (<c>apiProvider</c>).</summary>
    public enum GenAiApiProvider
    {
        /// <summary><c>OpenAI</c>.</summary>
        OpenAI,

        /// <summary><c>Azure OpenAI</c>.</summary>
        AzureOpenAI,

        /// <summary><c>Other</c>: an OpenAI-compatible service.</summary>
        Other,
    }
}

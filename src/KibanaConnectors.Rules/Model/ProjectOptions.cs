using KibanaConnectors.Rules.Common;
using KibanaConnectors.Rules.Diagnostics;

namespace KibanaConnectors.Rules.Model
{
    /// <summary>Minimum Kibana licence a connector type needs to run.</summary>
    internal enum KibanaLicense
    {
        Basic,
        Gold,
        Platinum,
        Enterprise,
    }

    /// <summary>
    /// What a project says about its Kibana and its generated code: MSBuild properties for the generator and the
    /// analyzers, flags for the CLI. <see cref="Diagnostics"/> holds KC0009 for a value that is not valid.
    /// </summary>
    /// <param name="Namespace">The namespace of the generated class; empty for the global namespace.</param>
    /// <param name="ClassName">The generated class (<c>PreconfiguredConnectors</c> by default).</param>
    /// <param name="EmbedSecrets">Literal secrets are compiled in (<c>KibanaConnectorsEmbedSecrets</c>).</param>
    /// <param name="ApplyMergeKeys">Apply YAML <c>&lt;&lt;</c> merge keys, as the js-yaml releases of Kibana did.</param>
    internal sealed record ProjectOptions(string Namespace, string ClassName, bool EmbedSecrets, bool ApplyMergeKeys, EquatableArray<DiagnosticInfo> Diagnostics)
    {
        public const string DefaultClassName = "PreconfiguredConnectors";

        /// <summary>The defaults: global namespace, <c>PreconfiguredConnectors</c>, nothing embedded, no merge keys.</summary>
        public static readonly ProjectOptions Default = new ProjectOptions(string.Empty, DefaultClassName, EmbedSecrets: false, ApplyMergeKeys: false, EquatableArray<DiagnosticInfo>.Empty);

        /// <summary>The licence the project's Kibana runs under (<c>KibanaConnectorsLicense</c>); null when not set, and nothing is checked.</summary>
        public KibanaLicense? License { get; init; }

        /// <summary><c>KibanaConnectorsElasticCloud=true</c>: the project's Kibana runs on Elastic Cloud, which adds the <c>Elastic-Cloud-SMTP</c> connector.</summary>
        public bool ElasticCloud { get; init; }

        /// <summary>The Kibana release whose rules apply (<c>KibanaConnectorsKibanaVersion</c>); the newest by default.</summary>
        public KibanaVersion KibanaVersion { get; init; } = KibanaVersion.Newest;

        /// <summary>
        /// Severities set per id for the CLI and the editor server by the project's <c>.kibana-connectors.yml</c>; empty in a
        /// build, whose severities per id come from <c>.globalconfig</c> (Roslyn applies them).
        /// </summary>
        public EquatableArray<SeverityOption> Severities { get; init; } = EquatableArray<SeverityOption>.Empty;

        /// <summary>What of these options reading one settings file depends on, with the project's keystore keys.</summary>
        public ReadOptions ForReading(EquatableArray<string> keystore) =>
            new ReadOptions(ApplyMergeKeys, EmbedSecrets) { Keystore = keystore, KibanaVersion = KibanaVersion };

        /// <summary>The same, with the Kubernetes Secrets of the keystore files, which Kibana resources name in <c>spec.secureSettings</c>.</summary>
        public ReadOptions ForReading(EquatableArray<string> keystore, EquatableArray<KubernetesSecret> secrets) =>
            ForReading(keystore) with { KubernetesSecrets = secrets };
    }

    /// <summary>A severity a project sets for one id (<c>severities:</c> in <c>.kibana-connectors.yml</c>).</summary>
    /// <param name="Severity">The severity shown; null for <c>none</c>: the id is not reported.</param>
    internal sealed record SeverityOption(string Id, Severity? Severity);

    /// <summary>The options that change how a settings file is read: the parse step's input besides the text.</summary>
    /// <param name="ApplyMergeKeys">
    /// Apply <c>&lt;&lt;</c> merge keys whatever the release (<c>KibanaConnectorsYamlMergeKeys</c>): one part of what choosing a
    /// js-yaml release does, which applies them anyway.
    /// </param>
    internal sealed record ReadOptions(bool ApplyMergeKeys, bool EmbedSecrets)
    {
        /// <summary>The Kibana release whose reader and rules apply.</summary>
        public KibanaVersion KibanaVersion { get; init; } = KibanaVersion.Newest;

        /// <summary>The setting keys of the project's Kibana keystore (<c>KibanaConnectorsKeystore</c> files), sorted.</summary>
        public EquatableArray<string> Keystore { get; init; } = EquatableArray<string>.Empty;

        public bool InKeystore(string key) => Keystore.ContainsSorted(key, System.StringComparer.Ordinal);

        /// <summary>
        /// The Kubernetes Secrets of the keystore files (<c>KibanaConnectorsKeystore</c>, <c>--keystore</c>), by name: a Kibana
        /// resource's <c>spec.secureSettings</c> makes their keys its keystore's. Keys only, never values.
        /// </summary>
        public EquatableArray<KubernetesSecret> KubernetesSecrets { get; init; } = EquatableArray<KubernetesSecret>.Empty;
    }
}

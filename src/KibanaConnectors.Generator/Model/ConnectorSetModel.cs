using KibanaConnectors.Generator.Diagnostics;

namespace KibanaConnectors.Generator.Model
{
    /// <summary>The options the generator reads from the project (MSBuild properties).</summary>
    internal sealed record GeneratorOptions(string Namespace, string ClassName, bool EmbedSecrets, bool ApplyMergeKeys, EquatableArray<DiagnosticInfo> Diagnostics)
    {
        /// <summary>C# 8 or later: the generated code carries nullable annotations. Older projects (C# 7.3, the default for netstandard2.0) get none.</summary>
        public bool NullableAnnotations { get; init; } = true;

        /// <summary>The licence the project's Kibana runs under (<c>KibanaConnectorsLicense</c>); null when not set, and nothing is checked.</summary>
        public Catalogue.KibanaLicense? License { get; init; }

        /// <summary><c>KibanaConnectorsElasticCloud=true</c>: the project's Kibana runs on Elastic Cloud, which adds the <c>Elastic-Cloud-SMTP</c> connector.</summary>
        public bool ElasticCloud { get; init; }

        /// <summary>
        /// The IDE's design-time build (<c>DesignTimeBuild=true</c>): the settings-file analyzer reports the YAML
        /// diagnostics live, so the generator leaves them out and each problem shows once (docs/ide-diagnostics.md).
        /// </summary>
        public bool IsDesignTime { get; init; }
    }

    /// <summary>A connector with the C# name it is emitted under.</summary>
    internal sealed record NamedConnector(ConnectorModel Connector, string Identifier);

    /// <summary>Every connector of the project's settings files, checked as one set, sorted by id: what the emitter writes.</summary>
    internal sealed record ConnectorSetModel(
        GeneratorOptions Options,
        EquatableArray<NamedConnector> Connectors,
        EquatableArray<DiagnosticInfo> Diagnostics,
        bool HasFiles);
}

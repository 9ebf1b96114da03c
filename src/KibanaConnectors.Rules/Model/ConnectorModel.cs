using KibanaConnectors.Rules.Common;
using KibanaConnectors.Rules.Diagnostics;

namespace KibanaConnectors.Rules.Model
{
    /// <summary>
    /// One preconfigured connector as read from a settings file. <see cref="IsValid"/> is false when any of its
    /// fields failed a rule: it still gets an id constant, but no descriptor or factory.
    /// </summary>
    internal sealed record ConnectorModel(
        string Id,
        string Name,
        string ActionTypeId,
        bool ExposeConfig,
        string FilePath,
        SourceSpan IdSpan,
        bool IsValid,
        ValueNode Config,
        ValueNode Secrets)
    {
        /// <summary>Where <c>actionTypeId</c>'s value was written (the id's place when it is missing).</summary>
        public SourceSpan TypeSpan { get; init; } = IdSpan;

        /// <summary>Every host the connector will call: its URLs and the defaults of its type.</summary>
        public EquatableArray<CalledHost> Hosts { get; init; } = EquatableArray<CalledHost>.Empty;

        /// <summary>
        /// For a connector Kibana adds itself (alert history, Elastic Cloud's SMTP): what adds it, in words. Null for the
        /// connectors of the preconfigured section.
        /// </summary>
        public string? BuiltInBy { get; init; }

        /// <summary>
        /// The <see cref="DeploymentModel.Key"/> of the Kibana resource it belongs to; empty for the project's own Kibana
        /// (settings files, Helm values), whose connectors are one set across files.
        /// </summary>
        public string Deployment { get; init; } = string.Empty;
    }

    /// <summary>What the parse step gives for one settings file: its connectors and its own diagnostics.</summary>
    internal sealed record ConnectorFileModel(
        string FilePath,
        EquatableArray<ConnectorModel> Connectors,
        EquatableArray<DiagnosticInfo> Diagnostics)
    {
        /// <summary>The settings around the connectors that this file sets for the project's own Kibana.</summary>
        public ActionsSettings Settings { get; init; } = ActionsSettings.None;

        /// <summary>The Kibana resources of a manifest, each with its own settings; empty for other files.</summary>
        public EquatableArray<DeploymentModel> Deployments { get; init; } = EquatableArray<DeploymentModel>.Empty;
    }
}

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

        /// <summary>Where each config field is written, and what (the settings of other files are checked against them).</summary>
        public EquatableArray<FieldPlace> Places { get; init; } = EquatableArray<FieldPlace>.Empty;

        /// <summary>The place of a config field as written; null when left out.</summary>
        public FieldPlace? Place(string field)
        {
            foreach (var place in Places)
            {
                if (place.Field == field)
                {
                    return place;
                }
            }

            return null;
        }

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

    /// <summary>A config field as written in the file.</summary>
    /// <param name="Written">The scalar as written (a boolean as true/false); null for a map, a list or null.</param>
    internal sealed record FieldPlace(string Field, SourceSpan KeySpan, SourceSpan ValueSpan, string? Written);

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

        /// <summary>The ids its suppression comments silence (docs/suppressions.md), applied when the set is checked.</summary>
        public EquatableArray<Suppression> Suppressions { get; init; } = EquatableArray<Suppression>.Empty;
    }
}

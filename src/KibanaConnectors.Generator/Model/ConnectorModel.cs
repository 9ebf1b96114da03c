using KibanaConnectors.Generator.Diagnostics;

namespace KibanaConnectors.Generator.Model
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
    }

    /// <summary>What the parse step gives for one settings file: its connectors and its own diagnostics.</summary>
    internal sealed record ConnectorFileModel(
        string FilePath,
        EquatableArray<ConnectorModel> Connectors,
        EquatableArray<DiagnosticInfo> Diagnostics);
}

using KibanaConnectors.Rules.Common;
namespace KibanaConnectors.Rules.Model
{
    /// <summary>A text value of a setting and where it was written.</summary>
    internal sealed record SettingText(string Value, SourceSpan Span);

    /// <summary>A host a connector will call, and what makes it call that host (for KC0301).</summary>
    /// <param name="Host">The host name as Kibana compares it with <c>xpack.actions.allowedHosts</c>.</param>
    /// <param name="Source">What gives the host, in words: <c>config.apiUrl</c>, or a default URL.</param>
    /// <param name="Span">The value that fails when the host is not allowed: the URL, or <c>actionTypeId</c> for a default.</param>
    internal sealed record CalledHost(string Host, string Source, SourceSpan Span);

    /// <summary><c>xpack.actions.email.services.ses</c>: the Amazon SES server every <c>ses</c> email connector must name.</summary>
    internal sealed record SesServer(string Host, int Port, SourceSpan Span);

    /// <summary>A Kibana setting whose value is a connector id (KC0305).</summary>
    /// <param name="Setting">The full setting key, e.g. <c>notifications.connectors.default.email</c>.</param>
    /// <param name="Id">The connector id it names.</param>
    /// <param name="Types">The action types the named connector may have.</param>
    internal sealed record ConnectorReference(string FilePath, string Setting, string Id, SourceSpan Span, EquatableArray<string> Types);

    /// <summary>
    /// The settings around the connectors that one file sets (<c>xpack.actions.allowedHosts</c>,
    /// <c>enabledActionTypes</c>, <c>preconfiguredAlertHistoryEsIndex</c>, <c>email.domain_allowlist</c>) and the
    /// settings in it that name connectors.
    /// A list left out is null: Kibana's default, which allows everything.
    /// </summary>
    internal sealed record ActionsSettings(
        EquatableArray<SettingText>? AllowedHosts,
        EquatableArray<SettingText>? EnabledActionTypes,
        SourceSpan? AlertHistoryIndex,
        EquatableArray<ConnectorReference> References)
    {
        public static readonly ActionsSettings None = new ActionsSettings(null, null, null, EquatableArray<ConnectorReference>.Empty);

        /// <summary><c>xpack.actions.email.domain_allowlist</c>: the domains email recipients may have; null when not set.</summary>
        public EquatableArray<SettingText>? EmailDomainAllowlist { get; init; }

        /// <summary><c>xpack.actions.email.services.enabled</c>: the email services connectors may use; null when not set (all).</summary>
        public EquatableArray<SettingText>? EmailServices { get; init; }

        /// <summary><c>xpack.actions.email.services.ses</c>; null when not set.</summary>
        public SesServer? Ses { get; init; }

        /// <summary>Where <c>xpack.actions.webhook.ssl.pfx.enabled: false</c> is written; null when PFX certificates are allowed.</summary>
        public SourceSpan? PfxDisabled { get; init; }
    }
}

using System.Collections.Generic;
using System.Net;
using System.Text.RegularExpressions;
using System;
using KibanaConnectors.Rules.Common;
using KibanaConnectors.Rules.Diagnostics;
using KibanaConnectors.Rules.Model;
using KibanaConnectors.Rules.Reading;

namespace KibanaConnectors.Rules.Checks
{
    /// <summary>
    /// Reads the settings of one file that decide whether its connectors can run (<c>xpack.actions.allowedHosts</c>,
    /// <c>enabledActionTypes</c>, <c>preconfiguredAlertHistoryEsIndex</c>) and the settings that name a connector.
    /// A value Kibana would refuse at start-up is KC0010.
    /// </summary>
    internal static class ActionsSettingsReader
    {
        /// <summary>The value of <c>genAiSettings:defaultAIConnector</c> that names no connector.</summary>
        public const string NoDefaultConnector = "NO_DEFAULT_CONNECTOR";

        /// <summary>The action types of AI connectors, which <c>genAiSettings:defaultAIConnector</c> may name.</summary>
        public static readonly string[] AiTypes = { ".bedrock", ".gemini", ".gen-ai", ".inference" };

        /// <summary>Reads the settings, and checks all of <c>xpack.actions</c> against the schema of <paramref name="kibana"/> (<see cref="ActionsSettingsCheck"/>).</summary>
        /// <param name="actions">The <c>xpack.actions</c> settings (a map, or JSON text of one), when there are any.</param>
        public static ActionsSettings Read(string filePath, SettingsMap? root, SettingsMap? actions, List<DiagnosticInfo> diagnostics, KibanaVersion kibana)
        {
            if (root == null)
            {
                return ActionsSettings.None;
            }

            void Report(SourceSpan span, string setting, string problem) =>
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticRules.InvalidSetting, filePath, span, setting, problem));

            // actions/server/index.ts: Kibana renames the old whitelistedHosts to allowedHosts (ActionsSettingsCheck warns).
            var allowedHosts = ReadList(actions?.Find("allowedHosts") ?? actions?.Find("whitelistedHosts"), "xpack.actions.allowedHosts", HostProblem, Report);
            var enabledTypes = ReadList(actions?.Find("enabledActionTypes"), "xpack.actions.enabledActionTypes", _ => null, Report);

            SourceSpan? alertHistory = null;
            if (actions?.Find("preconfiguredAlertHistoryEsIndex") is SettingsEntry flag)
            {
                if (ConfigSchema.Boolean(flag.Value) is bool on)
                {
                    alertHistory = on ? flag.Value.Span : (SourceSpan?)null;
                }
                else if (!(flag.Value is SettingsScalar { Kind: ScalarKind.Null }) && !(flag.Value is SettingsScalar { Kind: ScalarKind.String } text && EnvironmentTemplate.HasReferences(text.Value)))
                {
                    var (actual, hint) = ValueWords.Describe(flag.Value, "true or false");
                    Report(flag.Value.Span, "xpack.actions.preconfiguredAlertHistoryEsIndex", $"must be true or false, but is {actual}{hint}; Kibana refuses to start");
                }
            }

            var references = new List<ConnectorReference>();
            ReadReference(filePath, Find(root, "notifications", "connectors", "default", "email"), "notifications.connectors.default.email", new[] { ".email" }, references, Report);
            if (Find(root, "uiSettings", "overrides") is SettingsMap overrides)
            {
                ReadReference(filePath, overrides.Get("genAiSettings:defaultAIConnector"), "uiSettings.overrides.genAiSettings:defaultAIConnector", AiTypes, references, Report);
            }

            // x-pack/platform/plugins/shared/actions/server/config.ts: email.domain_allowlist is a list of texts; the
            // typed email actions check recipients against it (validate_email_addresses.ts).
            var domains = ReadList((actions?.Find("email")?.Value as SettingsMap)?.Find("domain_allowlist"), "xpack.actions.email.domain_allowlist", _ => null, Report);
            var settings = new ActionsSettings(allowedHosts, enabledTypes, alertHistory, references.ToEquatableArray()) { EmailDomainAllowlist = domains };
            return actions == null ? settings : ActionsSettingsCheck.Run(filePath, actions, kibana, settings, diagnostics);
        }

        /// <summary>Why an allowedHosts entry is not what Kibana accepts (a host name or <c>*</c>); null when it is.</summary>
        public static string? HostProblem(string entry)
        {
            if (entry == "*" || HostName.Pattern.IsMatch(entry) || (entry.IndexOf(':') >= 0 && IPAddress.TryParse(entry, out _)))
            {
                return null;
            }

            if (entry.IndexOf("://", StringComparison.Ordinal) >= 0 && Uri.TryCreate(entry, UriKind.Absolute, out var uri) && uri.Host.Length > 0)
            {
                return $"is a URL, but Kibana compares host names only: write '{uri.Host}'";
            }

            if (entry.IndexOf('*') >= 0)
            {
                return "has a wildcard, but Kibana matches host names exactly (only '*' alone allows every host): list each host";
            }

            var colon = entry.LastIndexOf(':');
            if (colon > 0 && HostName.Pattern.IsMatch(entry.Substring(0, colon)))
            {
                return $"has a port, but Kibana compares host names only: write '{entry.Substring(0, colon)}'";
            }

            return "is not a host name (letters, digits, '-' and '.'), nor '*'";
        }

        private static SettingsNode? Find(SettingsMap root, params string[] path)
        {
            SettingsNode? node = root;
            foreach (var part in path)
            {
                node = (node as SettingsMap)?.Get(part);
            }

            return node;
        }

        private static EquatableArray<SettingText>? ReadList(SettingsEntry? entry, string setting, Func<string, string?> problem, Action<SourceSpan, string, string> report)
        {
            if (entry == null || entry.Value is SettingsScalar { Kind: ScalarKind.Null })
            {
                return null;
            }

            // The schema's array type also takes JSON text of a list.
            if (!(ConfigSchema.List(entry.Value) is SettingsList list))
            {
                var (actual, _) = ValueWords.Describe(entry.Value, "a list");
                report(entry.Value.Span, setting, $"must be a list, such as [\"*\"], but is {actual}; Kibana refuses to start");
                return null;
            }

            var items = new List<SettingText>();
            foreach (var item in list.Items)
            {
                if (!(item is SettingsScalar { Kind: ScalarKind.String } text))
                {
                    var (actual, hint) = ValueWords.Describe(item, "text");
                    report(item.Span, setting, $"entries must be text, but one is {actual}{hint}; Kibana refuses to start");
                    continue;
                }

                if (!EnvironmentTemplate.HasReferences(text.Value) && problem(text.Value) is string why)
                {
                    report(item.Span, setting, $"entry '{text.Value}' {why}; Kibana refuses to start");
                    continue;
                }

                items.Add(new SettingText(text.Value, item.Span));
            }

            return items.ToEquatableArray();
        }

        private static void ReadReference(string filePath, SettingsNode? node, string setting, string[] types, List<ConnectorReference> references, Action<SourceSpan, string, string> report)
        {
            if (node == null || node is SettingsScalar { Kind: ScalarKind.Null })
            {
                return;
            }

            if (!(node is SettingsScalar { Kind: ScalarKind.String } text))
            {
                var (actual, hint) = ValueWords.Describe(node, "text");
                report(node.Span, setting, $"must be a connector id, but is {actual}{hint}");
                return;
            }

            if (text.Value == NoDefaultConnector || EnvironmentTemplate.HasReferences(text.Value))
            {
                return;
            }

            references.Add(new ConnectorReference(filePath, setting, text.Value, text.Span, types.ToEquatableArray()));
        }

        // RFC 1123 host names: dot-separated labels of letters, digits and hyphens. Built the first time an allowed host
        // is checked, not when this class is first used: a short run (the CLI) without allowedHosts never loads the
        // regex engine.
        private static class HostName
        {
            public static readonly Regex Pattern = new Regex(
                @"^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\.?$",
                RegexOptions.CultureInvariant);
        }
    }
}

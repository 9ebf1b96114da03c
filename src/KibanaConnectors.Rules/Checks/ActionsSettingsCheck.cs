using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using System;
using KibanaConnectors.Rules.Catalogue;
using KibanaConnectors.Rules.Common;
using KibanaConnectors.Rules.Diagnostics;
using KibanaConnectors.Rules.Model;
using KibanaConnectors.Rules.Reading;

namespace KibanaConnectors.Rules.Checks
{
    /// <summary>
    /// Checks the whole <c>xpack.actions</c> tree of one file against <see cref="ActionsSettingsSchema"/> for the selected
    /// Kibana release: an unknown key (or one newer than the release) is KC0012, a value of the wrong shape KC0010, a
    /// deprecated key or one Kibana ignores with a log line KC0013. It also reads the settings that change a connector's
    /// verdict (email services, SES, PFX certificates).
    /// </summary>
    internal sealed class ActionsSettingsCheck
    {
        // Read and checked by ActionsSettingsReader, which also keeps their values: not checked twice.
        private static readonly string[] s_readElsewhere =
        {
            "xpack.actions.allowedHosts", "xpack.actions.whitelistedHosts", "xpack.actions.enabledActionTypes", "xpack.actions.preconfiguredAlertHistoryEsIndex", "xpack.actions.email.domain_allowlist",
        };

        private readonly string _filePath;
        private readonly KibanaVersion _kibana;
        private readonly List<DiagnosticInfo> _diagnostics;

        private ActionsSettingsCheck(string filePath, KibanaVersion kibana, List<DiagnosticInfo> diagnostics)
        {
            _filePath = filePath;
            _kibana = kibana;
            _diagnostics = diagnostics;
        }

        /// <summary>Checks <c>xpack.actions</c> and returns <paramref name="settings"/> with the settings connectors are checked against.</summary>
        public static ActionsSettings Run(string filePath, SettingsMap actions, KibanaVersion kibana, ActionsSettings settings, List<DiagnosticInfo> diagnostics)
        {
            var check = new ActionsSettingsCheck(filePath, kibana, diagnostics);
            check.Object(ActionsSettingsSchema.Root, actions, "xpack.actions");
            check.ProxyHosts(actions);
            check.CustomHosts(actions.Get("customHostSettings") as SettingsList);
            return check.Applied(actions, settings);
        }

        private void Invalid(SourceSpan span, string path, string problem) =>
            _diagnostics.Add(DiagnosticInfo.Create(DiagnosticRules.InvalidSetting, _filePath, span, path, problem + "; Kibana refuses to start"));

        private void Ignored(SourceSpan span, string path, string what, params DiagnosticFix?[] fixes) =>
            _diagnostics.Add(DiagnosticInfo.Create(DiagnosticRules.IgnoredSetting, _filePath, span, path, what).WithFixes(fixes));

        private void Object(SettingSpec spec, SettingsMap map, string path)
        {
            foreach (var entry in map.Entries)
            {
                var childPath = path + "." + entry.Key;
                var child = spec.Children.FirstOrDefault(c => c.Name == entry.Key);
                if (child == null || (child.Added is VersionFact fact && !fact.ExistsIn(_kibana)))
                {
                    Unknown(spec, entry, childPath, child);
                    continue;
                }

                if (child.Deprecated != null)
                {
                    var rename = child.RenamedTo == null ? null : DiagnosticFix.Replace(entry.KeySpan, child.RenamedTo, $"Rename to {child.RenamedTo}");
                    Ignored(entry.KeySpan, childPath, child.RenamedTo == null
                        ? $"is deprecated: Kibana warns and ignores it; {child.Deprecated}"
                        : $"is deprecated: Kibana warns and reads it as xpack.actions.{child.RenamedTo}; {child.Deprecated}", rename);
                }

                if (entry.Value is SettingsScalar { Kind: ScalarKind.Null } && child.Kind != SettingKind.Any)
                {
                    // @kbn/config-schema applies defaults to undefined only: an empty value is null, which no setting takes.
                    Invalid(entry.Value.Span, childPath, "is empty, which Kibana reads as null and its schema refuses; write a value, or remove the key");
                }
                else if (Array.IndexOf(s_readElsewhere, childPath) < 0)
                {
                    Value(child, entry.Value, childPath);
                }
            }

            // config.ts (newest, config.test.ts): the two email allowlists exclude each other.
            if (path == "xpack.actions.email" && map.Find("domain_allowlist") != null && map.Find("recipient_allowlist") is SettingsEntry recipients)
            {
                Invalid(recipients.KeySpan, "xpack.actions.email", "sets both domain_allowlist and recipient_allowlist, which Kibana does not allow together; keep one");
            }

            foreach (var missing in spec.Children.Where(c => c.Required && map.Find(c.Name) == null))
            {
                Invalid(map.Span, path, $"has no {missing.Name}, which Kibana requires");
            }

            // config.ts: email and email.services each refuse an empty object.
            if (map.Entries.Count == 0 && (path == "xpack.actions.email" || path == "xpack.actions.email.services"))
            {
                Invalid(map.Span, path, path.EndsWith("services", StringComparison.Ordinal)
                    ? "is empty: set email.services.enabled or email.services.ses, or remove it"
                    : "is empty: set email.domain_allowlist or email.services, or remove it");
            }
        }

        private void Unknown(SettingSpec parent, SettingsEntry entry, string path, SettingSpec? tooNew)
        {
            var known = parent.Children.Where(c => c.Added?.ExistsIn(_kibana) != false).Select(c => c.Name).ToList();
            string hint;
            string? suggestion = null;
            if (tooNew != null)
            {
                hint = ": " + VersionWords.TooNew(tooNew.Added!, _kibana);
            }
            else
            {
                suggestion = NameSuggester.Closest(entry.Key, known);
                hint = NameSuggester.Hint(entry.Key, known);
            }

            _diagnostics.Add(DiagnosticInfo.Create(DiagnosticRules.UnknownSetting, _filePath, entry.KeySpan, path, _kibana.ToString(), hint)
                .WithFixes(Fixes.DidYouMean(entry.KeySpan, suggestion)));
        }

        private void Value(SettingSpec spec, SettingsNode node, string path)
        {
            if (node is SettingsScalar { Kind: ScalarKind.Null } || spec.Kind == SettingKind.Any || IsTemplate(node))
            {
                // A setting left empty takes its default; a ${NAME} is known only when Kibana starts.
                return;
            }

            switch (spec.Kind)
            {
                case SettingKind.Object:
                    if (node is SettingsMap map)
                    {
                        Object(spec, map, path);
                    }
                    else
                    {
                        Shape(node, path, "a map of settings");
                    }

                    break;
                case SettingKind.List:
                    if (!(node is SettingsList list))
                    {
                        Shape(node, path, "a list");
                        break;
                    }

                    if (spec.NonEmpty && list.Items.Count == 0)
                    {
                        Invalid(node.Span, path, "is an empty list, but needs at least one entry");
                    }

                    for (var i = 0; i < list.Items.Count; i++)
                    {
                        Value(spec.Item!, list.Items[i], path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]");
                    }

                    break;
                case SettingKind.TextMap:
                    if (!(node is SettingsMap headers))
                    {
                        Shape(node, path, "a map of names to text");
                        break;
                    }

                    foreach (var header in headers.Entries)
                    {
                        Value(SettingSpec.Entry(SettingKind.Text), header.Value, path + "." + header.Key);
                    }

                    break;
                case SettingKind.TextOrTextList:
                    if (node is SettingsList texts)
                    {
                        Value(SettingSpec.List(spec.Name, spec.Description, SettingSpec.Entry(SettingKind.Text).AsNonEmpty()).AsNonEmpty(), texts, path);
                    }
                    else
                    {
                        Scalar(spec, node, path);
                    }

                    break;
                default:
                    Scalar(spec, node, path);
                    break;
            }
        }

        private void Scalar(SettingSpec spec, SettingsNode node, string path)
        {
            if (!(node is SettingsScalar scalar))
            {
                Shape(node, path, Expected(spec));
                return;
            }

            var text = scalar.Value.Trim();
            switch (spec.Kind)
            {
                case SettingKind.Boolean:
                    if (ConfigSchema.Boolean(node) == null)
                    {
                        Shape(node, path, "true or false");
                    }

                    break;
                case SettingKind.Number:
                    if (scalar.Kind == ScalarKind.Boolean || !double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
                    {
                        Shape(node, path, "a number");
                    }
                    else if ((spec.Min is double min && number < min) || (spec.Max is double max && number > max))
                    {
                        Invalid(node.Span, path, $"is {text}, but must be {Range(spec)}");
                    }

                    break;
                case SettingKind.ByteSize:
                    if (scalar.Kind == ScalarKind.Boolean || !(Units.ByteSize.IsMatch(text) || IsCount(text)))
                    {
                        Invalid(node.Span, path, $"is '{scalar.Value}', which is not a size: write a number of bytes, or a number with b, kb, mb or gb, such as 1mb");
                    }

                    break;
                case SettingKind.Duration:
                    if (scalar.Kind == ScalarKind.Boolean || !(Units.Duration.IsMatch(text) || IsCount(text)))
                    {
                        Invalid(node.Span, path, $"is '{scalar.Value}', which is not a duration: write milliseconds, or a number with ms, s, m, h, d, w, M or Y, such as 60s");
                    }

                    break;
                case SettingKind.Enum:
                    if (scalar.Kind != ScalarKind.String || !spec.Values.Contains(scalar.Value, StringComparer.Ordinal))
                    {
                        var suggestion = NameSuggester.Closest(scalar.Value, spec.Values);
                        _diagnostics.Add(DiagnosticInfo.Create(DiagnosticRules.InvalidSetting, _filePath, node.Span, path,
                                $"is '{scalar.Value}', but must be one of {string.Join(", ", spec.Values.Select(v => "'" + v + "'"))}{NameSuggester.Hint(scalar.Value, spec.Values)}; Kibana refuses to start")
                            .WithFixes(Fixes.DidYouMean(node.Span, suggestion)));
                    }

                    break;
                default:
                    if (scalar.Kind != ScalarKind.String)
                    {
                        Shape(node, path, "text");
                    }
                    else if (spec.NonEmpty && scalar.Value.Length == 0)
                    {
                        Invalid(node.Span, path, "is empty, but needs a value");
                    }
                    else if (spec.HostName && scalar.Value != "*" && ActionsSettingsReader.HostProblem(scalar.Value) is string problem)
                    {
                        Invalid(node.Span, path, $"'{scalar.Value}' {problem}");
                    }

                    break;
            }
        }

        private void Shape(SettingsNode node, string path, string expected)
        {
            var (actual, hint) = ValueWords.Describe(node, expected);
            Invalid(node.Span, path, $"must be {expected}, but is {actual}{hint}");
        }

        private static string Expected(SettingSpec spec) => spec.Kind switch
        {
            SettingKind.Boolean => "true or false",
            SettingKind.Number => "a number",
            SettingKind.ByteSize => "a size such as 1mb",
            SettingKind.Duration => "a duration such as 60s",
            SettingKind.Enum => "one of " + string.Join(", ", spec.Values.Select(v => "'" + v + "'")),
            _ => "text",
        };

        private static string Range(SettingSpec spec) =>
            spec.Max is double max ? $"{spec.Min} to {max}" : $"at least {spec.Min}";

        private static bool IsCount(string text) => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && n >= 0;

        private static bool IsTemplate(SettingsNode node) => node is SettingsScalar { Kind: ScalarKind.String } text && EnvironmentTemplate.HasReferences(text.Value);

        // actions/server/config.ts getValidatedConfig: Kibana logs and drops proxyOnlyHosts when proxyBypassHosts is set
        // too, and logs a proxyUrl that is no URL (connectors then fail to reach anything through it).
        private void ProxyHosts(SettingsMap actions)
        {
            if (actions.Find("proxyBypassHosts") is SettingsEntry && actions.Find("proxyOnlyHosts") is SettingsEntry only)
            {
                Ignored(only.KeySpan, "xpack.actions.proxyOnlyHosts", "is ignored: Kibana cannot use proxyBypassHosts and proxyOnlyHosts together and drops proxyOnlyHosts; keep one of them");
            }

            if (actions.Get("proxyUrl") is SettingsScalar { Kind: ScalarKind.String } proxy && !IsTemplate(proxy)
                && (!Uri.TryCreate(proxy.Value, UriKind.Absolute, out var uri) || proxy.Value.IndexOf(':') < 0 || uri.Scheme.Length == 0))
            {
                Ignored(proxy.Span, "xpack.actions.proxyUrl", $"'{proxy.Value}' is not a URL: Kibana logs that it is invalid, and connectors fail to reach anything through it; write it as http://proxy-host:port");
            }
        }

        // actions/server/lib/custom_host_settings.ts resolveCustomHosts: what Kibana ignores, with a warning in its log.
        private void CustomHosts(SettingsList? list)
        {
            if (list == null)
            {
                return;
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < list.Items.Count; i++)
            {
                var path = "xpack.actions.customHostSettings[" + i.ToString(CultureInfo.InvariantCulture) + "]";
                if (!(list.Items[i] is SettingsMap entry) || !(entry.Get("url") is SettingsScalar { Kind: ScalarKind.String } url) || IsTemplate(url) || url.Value.Length == 0)
                {
                    continue;
                }

                if (!Uri.TryCreate(url.Value, UriKind.Absolute, out var uri) || url.Value.IndexOf("://", StringComparison.Ordinal) < 0)
                {
                    Ignored(url.Span, path + ".url", $"'{url.Value}' is not a URL: Kibana ignores this entry; write it as https://host:port or smtp://host:port");
                    continue;
                }

                if (uri.Scheme != "https" && uri.Scheme != "smtp")
                {
                    Ignored(url.Span, path + ".url", $"'{url.Value}' uses {uri.Scheme}, but Kibana reads only https and smtp entries and ignores this one");
                    continue;
                }

                if (uri.UserInfo.Length > 0 || uri.Fragment.Length > 0 || (uri.AbsolutePath.Length > 0 && uri.AbsolutePath != "/"))
                {
                    Ignored(url.Span, path + ".url", $"'{url.Value}' has a user, path or fragment, which Kibana ignores (it compares protocol, host and port); write {uri.Scheme}://{uri.Host}:{uri.Port}");
                }

                if (uri.Scheme != "smtp" && entry.Find("smtp") is SettingsEntry smtp)
                {
                    Ignored(smtp.KeySpan, path + ".smtp", "is ignored: Kibana applies smtp settings only to smtp:// entries");
                }

                if (entry.Get("smtp") is SettingsMap tls
                    && tls.Get("ignoreTLS") is SettingsNode ignore && ConfigSchema.Boolean(ignore) == true
                    && tls.Get("requireTLS") is SettingsNode require && ConfigSchema.Boolean(require) == true)
                {
                    Ignored(ignore.Span, path + ".smtp.ignoreTLS", "is ignored: with requireTLS also true, Kibana uses requireTLS: true and ignoreTLS: false");
                }

                // The canonical URL Kibana compares: protocol, host and port (the protocol's default when left out).
                var canonical = uri.Scheme + "://" + uri.Host.ToLowerInvariant() + ":" + (uri.IsDefaultPort && uri.Scheme == "smtp" ? 25 : uri.Port).ToString(CultureInfo.InvariantCulture);
                if (!seen.Add(canonical))
                {
                    Ignored(url.Span, path + ".url", $"is ignored: an earlier entry has the same host and port ({canonical}), and Kibana uses only the first");
                }
            }
        }

        // What the connectors are checked against: email.services.enabled, email.services.ses, webhook.ssl.pfx.enabled.
        private ActionsSettings Applied(SettingsMap actions, ActionsSettings settings)
        {
            var email = actions.Get("email") as SettingsMap;
            var services = email?.Get("services") as SettingsMap;
            var exists = ActionsSettingsSchema.Root.Children.First(c => c.Name == "webhook").Added!.ExistsIn(_kibana);
            if (!exists)
            {
                return settings;
            }

            EquatableArray<SettingText>? enabled = null;
            if (services?.Get("enabled") is SettingsList list && list.Items.All(i => i is SettingsScalar { Kind: ScalarKind.String }))
            {
                enabled = list.Items.Cast<SettingsScalar>().Select(s => new SettingText(s.Value, s.Span)).ToEquatableArray();
            }

            SesServer? ses = null;
            if (services?.Get("ses") is SettingsMap sesMap
                && sesMap.Get("host") is SettingsScalar { Kind: ScalarKind.String } host && !IsTemplate(host)
                && sesMap.Get("port") is SettingsScalar port && !IsTemplate(port)
                && int.TryParse(port.Value.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var portNumber))
            {
                ses = new SesServer(host.Value, portNumber, sesMap.Span);
            }

            SourceSpan? pfxDisabled = null;
            if (((actions.Get("webhook") as SettingsMap)?.Get("ssl") as SettingsMap)?.Get("pfx") is SettingsMap pfx
                && pfx.Get("enabled") is SettingsNode flag && ConfigSchema.Boolean(flag) == false)
            {
                pfxDisabled = flag.Span;
            }

            return settings with { EmailServices = enabled, Ses = ses, PfxDisabled = pfxDisabled };
        }

        // @kbn/config-schema's byte size and duration texts; built the first time one is checked.
        private static class Units
        {
            public static readonly Regex ByteSize = new Regex("^[0-9]+(b|kb|mb|gb)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

            public static readonly Regex Duration = new Regex("^(0|[1-9][0-9]*)(ms|s|m|h|d|w|M|Y)$", RegexOptions.CultureInvariant);
        }
    }
}

using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System;
using KibanaConnectors.Rules.Catalogue.Types;
using KibanaConnectors.Rules.Common;
using KibanaConnectors.Rules.Diagnostics;
using KibanaConnectors.Rules.Model;

namespace KibanaConnectors.Rules.Set
{
    /// <summary>
    /// The <c>xpack.actions</c> settings that make Kibana refuse a connector, applied to the connectors of every file
    /// (a setting may sit in another file than the connector): KC0306 for email services, Amazon SES and PFX
    /// certificates, KC0307 for an email sender outside <c>email.domain_allowlist</c>.
    /// </summary>
    internal static class ConnectorSettingsRules
    {
        // kbn-connector-schemas/email/constants.ts serviceParamValueToKbnSettingMap: only these services are restricted.
        private static readonly Dictionary<string, string> s_serviceSetting = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["gmail"] = "google-mail",
            ["outlook365"] = "microsoft-outlook",
            ["ses"] = "amazon-ses",
            ["elastic_cloud"] = "elastic-cloud",
            ["exchange_server"] = "microsoft-exchange",
            ["other"] = "other",
        };

        public static void Check(List<ConnectorModel> connectors, List<ActionsSettings> settings, List<DiagnosticInfo> diagnostics)
        {
            var services = settings.Where(s => s.EmailServices != null).SelectMany(s => s.EmailServices!.Value).Select(s => s.Value).ToList();
            var anyServices = settings.Any(s => s.EmailServices != null);
            var ses = settings.Select(s => s.Ses).FirstOrDefault(s => s != null);
            var pfxDisabled = settings.Any(s => s.PfxDisabled != null);
            var domains = settings.Where(s => s.EmailDomainAllowlist != null).SelectMany(s => s.EmailDomainAllowlist!.Value).Select(s => s.Value).ToList();
            var anyDomains = settings.Any(s => s.EmailDomainAllowlist != null) && !domains.Any(EnvironmentTemplate.HasReferences);

            void Refuse(ConnectorModel connector, SourceSpan span, string message, params DiagnosticFix?[] fixes) =>
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticRules.RefusedBySetting, connector.FilePath, span, connector.Id, message).WithFixes(fixes));

            foreach (var connector in connectors)
            {
                if (connector.ActionTypeId == EmailType.Spec.ActionTypeId)
                {
                    var service = connector.Place("service");
                    var name = service?.Written ?? EmailType.Other;
                    var serviceSpan = service?.ValueSpan ?? connector.TypeSpan;

                    // stack_connectors email/index.ts validateConfig: '[service]: "x" is not in the list of enabled email services'.
                    if (anyServices && !services.Contains("*") && s_serviceSetting.TryGetValue(name, out var setting) && !services.Contains(setting)
                        && !services.Any(EnvironmentTemplate.HasReferences))
                    {
                        var what = service == null ? "config.service, left out, means 'other', which is" : $"config.service '{name}' is";
                        Refuse(connector, serviceSpan, $"{what} the email service '{setting}', which xpack.actions.email.services.enabled ({string.Join(", ", services.Select(s => "'" + s + "'"))}) does not list, so Kibana refuses the connector; add '{setting}' to the list, or use an enabled service");
                    }

                    // validateConfig: an ses connector must name the configured SES host and port, with secure: true (getAwsSesConfig).
                    if (name == "ses" && ses != null)
                    {
                        SesProblems(connector, ses, serviceSpan, Refuse);
                    }

                    if (anyDomains && connector.Place("from") is FieldPlace from && from.Written is string address && !EnvironmentTemplate.HasReferences(address)
                        && EmailAddresses.Domains(address) is IReadOnlyList<string> fromDomains && fromDomains.FirstOrDefault(d => !domains.Contains(d)) is string refused)
                    {
                        // actions/common/validate_email_addresses.ts, called on config.from by validateConfig.
                        diagnostics.Add(DiagnosticInfo.Create(DiagnosticRules.EmailDomainNotAllowed, connector.FilePath, from.ValueSpan, connector.Id, address, refused,
                            string.Join(", ", domains.Take(5).Select(d => "'" + d + "'")) + (domains.Count > 5 ? $" and {domains.Count - 5} more" : string.Empty)));
                    }
                }

                // stack_connectors webhook/validations.ts validateCertType: 'certType "ssl-pfx" is disabled'.
                if (pfxDisabled && connector.ActionTypeId == WebhookType.Spec.ActionTypeId && connector.Place("certType") is FieldPlace certType && certType.Written == WebhookAuth.Pfx)
                {
                    Refuse(connector, certType.ValueSpan, "config.certType is 'ssl-pfx', which xpack.actions.webhook.ssl.pfx.enabled: false disables, so Kibana refuses the connector; use certType: ssl-crt-key with secrets.crt and secrets.key");
                }
            }
        }

        private static void SesProblems(ConnectorModel connector, SesServer ses, SourceSpan serviceSpan, Action<ConnectorModel, SourceSpan, string, DiagnosticFix?[]> refuse)
        {
            var configured = $"xpack.actions.email.services.ses is {ses.Host}:{ses.Port.ToString(CultureInfo.InvariantCulture)}";
            var host = connector.Place("host");
            var port = connector.Place("port");
            var secure = connector.Place("secure");
            if (host?.Written != ses.Host)
            {
                var fix = host == null
                    ? DiagnosticFix.AddField(connector.IdSpan, "config.host", ses.Host, "Set config.host: " + ses.Host)
                    : DiagnosticFix.Replace(host.ValueSpan, ses.Host, "Change to " + ses.Host);
                refuse(connector, host?.ValueSpan ?? serviceSpan, host == null
                    ? $"an ses email connector must name the Amazon SES host, but config.host is left out; {configured}, so Kibana refuses the connector"
                    : $"config.host '{host.Written}' is not the Amazon SES host; {configured}, so Kibana refuses the connector", new DiagnosticFix?[] { fix });
            }

            var portText = ses.Port.ToString(CultureInfo.InvariantCulture);
            if (port?.Written is not string written || !int.TryParse(written.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) || number != ses.Port)
            {
                var fix = port == null
                    ? DiagnosticFix.AddField(connector.IdSpan, "config.port", portText, "Set config.port: " + portText)
                    : DiagnosticFix.Replace(port.ValueSpan, portText, "Change to " + portText);
                refuse(connector, port?.ValueSpan ?? serviceSpan, port == null
                    ? $"an ses email connector must name the Amazon SES port, but config.port is left out; {configured}, so Kibana refuses the connector"
                    : $"config.port {port.Written} is not the Amazon SES port; {configured}, so Kibana refuses the connector", new DiagnosticFix?[] { fix });
            }

            if (secure?.Written != "true")
            {
                var fix = secure == null
                    ? DiagnosticFix.AddField(connector.IdSpan, "config.secure", "true", "Set config.secure: true")
                    : DiagnosticFix.Replace(secure.ValueSpan, "true", "Change to true");
                refuse(connector, secure?.ValueSpan ?? serviceSpan,
                    $"an ses email connector must have secure: true when xpack.actions.email.services.ses is set, but config.secure is {(secure == null ? "left out" : secure.Written ?? "empty")}, so Kibana refuses the connector", new DiagnosticFix?[] { fix });
            }
        }
    }
}

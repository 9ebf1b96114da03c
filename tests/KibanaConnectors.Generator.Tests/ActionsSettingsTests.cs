using System.Collections.Generic;
using System.Linq;
using KibanaConnectors.Rules.Diagnostics;
using KibanaConnectors.Rules.Model;
using KibanaConnectors.Rules.Set;
using Microsoft.CodeAnalysis;
using Xunit;
using static KibanaConnectors.Generator.Tests.YamlPositions;

namespace KibanaConnectors.Generator.Tests
{
    /// <summary>
    /// The whole xpack.actions settings schema (KC0010, KC0012, KC0013), the settings applied to connectors of any file
    /// (KC0306, KC0307), and what the selected Kibana release has (fields, values and types newer than it).
    /// </summary>
    public class ActionsSettingsTests
    {
        private const string Log = "xpack.actions.preconfigured.log: {actionTypeId: .server-log, name: Log}\n";

        private static GeneratorResult Run(string yaml, params (string Key, string Value)[] options) =>
            GeneratorHarness.Run(yaml, GeneratorHarness.DefaultOptions(options)).WithoutLiteralSecretWarnings();

        private static List<string> Messages(GeneratorResult result) => result.Diagnostics
            .OrderBy(d => d.Location.SourceSpan.Start)
            .Select(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture))
            .ToList();

        private static IReadOnlyList<DiagnosticInfo> Read(string yaml, KibanaVersion? kibana = null) =>
            ConnectorSetBuilder.Read(new[] { ("/p/kibana.yml", yaml) }, ProjectOptions.Default with { KibanaVersion = kibana ?? KibanaVersion.Newest }, default).Diagnostics;

        private static string Apply(string yaml, DiagnosticFix fix) => yaml.Substring(0, fix.Span.Start) + fix.Text + yaml.Substring(fix.Span.End);

        // ---- KC0012: keys the schema does not have ----

        [Fact]
        public void KC0012_an_unknown_key_in_any_spelling_and_at_any_depth_is_an_error_at_the_key_with_the_closest_name()
        {
            const string yaml = "xpack.actions.allowedHost: [hooks.slack.com]\nxpack:\n  actions:\n    enabled: true\n    email:\n      domain_alowlist: [a.com]\n    customHostSettings:\n      - url: https://a.example.com\n        ssl: {verification: none}\n" + Log;
            var result = Run(yaml);
            Assert.Equal(new[] { At("KC0012", yaml, "allowedHost"), At("KC0012", yaml, "enabled"), At("KC0012", yaml, "domain_alowlist"), At("KC0012", yaml, "verification") }, result.Codes);
            Assert.All(result.Diagnostics, d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
            var messages = Messages(result);
            Assert.Equal("xpack.actions.allowedHost is not a setting of Kibana 9.4, so Kibana refuses to start; did you mean 'allowedHosts'?", messages[0]);
            Assert.Contains("xpack.actions.email.domain_alowlist", messages[2]);
            Assert.Contains("xpack.actions.customHostSettings[0].ssl.verification", messages[3]);

            var fix = Read(yaml).First(d => d.Id == "KC0012").Fixes.Single();
            Assert.Equal("Change to 'allowedHosts'", fix.Title);
            Assert.StartsWith("xpack.actions.allowedHosts: [hooks.slack.com]", Apply(yaml, fix));
        }

        [Fact]
        public void KC0012_a_setting_newer_than_the_selected_kibana_names_the_release_it_came_in()
        {
            const string yaml = "xpack.actions.email.services.enabled: [google-mail]\nxpack.actions.webhook.ssl.pfx.enabled: true\n" + Log;
            var old = Run(yaml, ("KibanaConnectorsKibanaVersion", "9.0"));
            Assert.Equal(new[] { At("KC0012", yaml, "services"), At("KC0012", yaml, "webhook") }, old.Codes);
            Assert.Contains("xpack.actions.email.services is not a setting of Kibana 9.0, so Kibana refuses to start: it appeared in Kibana 8.19 and 9.1, but KibanaConnectorsKibanaVersion is 9.0", Messages(old)[0]);

            // The 8.x line has it from 8.19 (a backport), 9.x from 9.1.
            Assert.Empty(Run(yaml, ("KibanaConnectorsKibanaVersion", "8.19")).Codes);
            Assert.Equal(2, Run(yaml, ("KibanaConnectorsKibanaVersion", "8.18")).Codes.Count);
            Assert.Empty(Run(yaml).Codes);
        }

        // ---- KC0010: the shape of each value ----

        [Fact]
        public void KC0010_every_setting_has_its_shape_checked_at_its_value()
        {
            const string yaml = "xpack.actions:\n  ssl.verificationMode: ful\n  maxResponseContentLength: 1tb\n  responseTimeout: a minute\n  run.maxAttempts: 11\n  proxyBypassHosts: ['https://a.example.com']\n  email.services.ses: {host: ses.example.com}\n  email.recipient_allowlist:\n  enableFooterInEmail: maybe\n" + Log;
            var result = Run(yaml);
            Assert.Equal(
                new[]
                {
                    At("KC0010", yaml, "ful"), At("KC0010", yaml, "1tb"), At("KC0010", yaml, "a minute"), At("KC0010", yaml, "11"),
                    At("KC0010", yaml, "'https://a.example.com'"), At("KC0010", yaml, "{host: ses.example.com}"), At("KC0010", yaml, "\n  enableFooterInEmail") , At("KC0010", yaml, "maybe"),
                },
                result.Codes);
            var messages = Messages(result);
            Assert.Contains("xpack.actions.ssl.verificationMode is 'ful', but must be one of 'none', 'certificate', 'full'; did you mean 'full'?", messages[0]);
            Assert.Contains("is '1tb', which is not a size", messages[1]);
            Assert.Contains("is 11, but must be 1 to 10", messages[3]);
            Assert.Contains("is a URL, but Kibana compares host names only", messages[4]);
            Assert.Contains("xpack.actions.email.services.ses has no port, which Kibana requires", messages[5]);
            Assert.Contains("xpack.actions.email.recipient_allowlist is empty, which Kibana reads as null", messages[6]);

            var fix = Read(yaml).First(d => d.Id == "KC0010").Fixes.Single();
            Assert.Contains("ssl.verificationMode: full", Apply(yaml, fix));

            // What Kibana's own tests accept (config.test.ts), in the spellings people write.
            const string good = "xpack.actions:\n  ssl: {verificationMode: none, proxyVerificationMode: certificate}\n  maxResponseContentLength: 10mb\n  responseTimeout: 120s\n  run: {maxAttempts: 3, connectorTypeOverrides: [{id: .email, maxAttempts: 5}]}\n  email.services: {enabled: [google-mail], ses: {host: ses.example.com, port: 587}}\n  customHostSettings:\n    - url: smtp://mail.example.com:587\n      smtp: {requireTLS: true}\n      ssl: {verificationMode: certificate, certificateAuthoritiesFiles: [/etc/ca.pem]}\n  queued.max: 100\n  usage.url: https://usage.example.com\n" + Log;
            Assert.Empty(Run(good).Codes);
        }

        // ---- KC0013: accepted, but not as written ----

        [Fact]
        public void KC0013_deprecated_and_ignored_settings_warn_and_the_renamed_allow_list_still_counts()
        {
            const string yaml = "xpack.actions:\n  whitelistedHosts: [hooks.slack.com]\n  rejectUnauthorized: false\n  proxyBypassHosts: [a.example.com]\n  proxyOnlyHosts: [b.example.com]\n  customHostSettings:\n    - url: http://mail.example.com\n    - url: https://api.example.com/path\n      smtp: {ignoreTLS: true}\n    - url: https://api.example.com:443\n  preconfigured:\n    hook:\n      actionTypeId: .webhook\n      name: Hook\n      config: {url: 'https://api.example.org/hook', hasAuth: false}\n";
            var result = Run(yaml);
            Assert.Equal(
                new[]
                {
                    At("KC0013", yaml, "whitelistedHosts"), At("KC0013", yaml, "rejectUnauthorized"), At("KC0013", yaml, "proxyOnlyHosts"),
                    At("KC0013", yaml, "http://mail.example.com"), At("KC0013", yaml, "https://api.example.com/path"), At("KC0013", yaml, "smtp"),
                    At("KC0013", yaml, "https://api.example.com:443"), At("KC0301", yaml, "'https://api.example.org/hook'"),
                },
                result.Codes);
            var messages = Messages(result);
            Assert.Contains("reads it as xpack.actions.allowedHosts", messages[0]);
            Assert.Contains("xpack.actions.ssl.verificationMode", messages[1]);
            Assert.Contains("an earlier entry has the same host and port (https://api.example.com:443)", messages[6]);
            Assert.Contains("('hooks.slack.com')", messages[7]);

            var rename = Read(yaml).First(d => d.Id == "KC0013").Fixes.Single();
            Assert.Contains("  allowedHosts: [hooks.slack.com]", Apply(yaml, rename));
        }

        // ---- KC0306, KC0307: settings of one file, connectors of another ----

        private const string Mail = "xpack.actions.preconfigured:\n  gmail:\n    actionTypeId: .email\n    name: Gmail\n    config:\n      from: alerts@example.org\n      service: gmail\n    secrets: {user: '${U}', password: '${P}'}\n  ses:\n    actionTypeId: .email\n    name: SES\n    config:\n      from: alerts@example.com\n      service: ses\n      host: email-smtp.us-east-1.amazonaws.com\n      port: 465\n      hasAuth: false\n  hook:\n    actionTypeId: .webhook\n    name: Hook\n    config:\n      url: https://example.com\n      authType: webhook-authentication-ssl\n      certType: ssl-pfx\n    secrets: {pfx: '${PFX}'}\n";

        [Fact]
        public void KC0306_and_KC0307_settings_in_one_file_refuse_connectors_of_another_at_the_value_that_fails()
        {
            const string settings = "xpack.actions.email:\n  domain_allowlist: [example.com]\n  services:\n    enabled: [amazon-ses]\n    ses: {host: email-smtp.eu-west-1.amazonaws.com, port: 587}\nxpack.actions.webhook.ssl.pfx.enabled: false\n";
            var result = GeneratorHarness.Run(new[] { ("/p/kibana.yml", settings), ("/p/alerts.connectors.yml", Mail) });
            Assert.Equal(
                new[]
                {
                    At("KC0307", Mail, "alerts@example.org"), At("KC0306", Mail, "gmail\n"), At("KC0306", Mail, "ses\n      host"),
                    At("KC0306", Mail, "email-smtp.us-east-1.amazonaws.com"), At("KC0306", Mail, "465"), At("KC0306", Mail, "ssl-pfx"),
                },
                result.Codes);
            Assert.All(result.Diagnostics, d => Assert.EndsWith("alerts.connectors.yml", d.Location.GetLineSpan().Path));
            var messages = Messages(result);
            Assert.Contains("config.from 'alerts@example.org' has the domain 'example.org', which xpack.actions.email.domain_allowlist ('example.com') does not list", messages[0]);
            Assert.Contains("config.service 'gmail' is the email service 'google-mail', which xpack.actions.email.services.enabled ('amazon-ses') does not list", messages[1]);
            Assert.Contains("must have secure: true", messages[2]);
            Assert.Contains("is not the Amazon SES host; xpack.actions.email.services.ses is email-smtp.eu-west-1.amazonaws.com:587", messages[3]);
            Assert.Contains("xpack.actions.webhook.ssl.pfx.enabled: false", messages[5]);

            // The SES fixes put in the configured host and port.
            var set = ConnectorSetBuilder.Read(new[] { ("/p/kibana.yml", settings), ("/p/alerts.connectors.yml", Mail) }, ProjectOptions.Default, default);
            var host = set.Diagnostics.Single(d => d.Id == "KC0306" && d.Message.Contains("SES host")).Fixes.Single();
            Assert.Contains("host: email-smtp.eu-west-1.amazonaws.com", Apply(Mail, host));
            var secure = set.Diagnostics.Single(d => d.Id == "KC0306" && d.Message.Contains("secure: true")).Fixes.Single();
            Assert.Equal((FixKind.AddField, "config.secure: true"), (secure.Kind, secure.Text));

            // Without the settings, the same connectors are fine.
            Assert.Empty(GeneratorHarness.Run(Mail).WithoutLiteralSecretWarnings().Codes);
        }

        [Fact]
        public void KC0306_star_and_services_outside_the_map_are_not_restricted_and_a_left_out_service_is_other()
        {
            const string yaml = "xpack.actions.email.services.enabled: [google-mail]\nxpack.actions.preconfigured:\n  yahoo:\n    actionTypeId: .email\n    name: Yahoo\n    config: {from: a@example.com, service: yahoo, hasAuth: false}\n  own:\n    actionTypeId: .email\n    name: Own\n    config: {from: a@example.com, host: smtp.example.com, port: 25, hasAuth: false}\n";
            var result = Run(yaml);
            Assert.Equal(new[] { At("KC0306", yaml, ".email", 3) }, result.Codes);
            Assert.Contains("config.service, left out, means 'other'", Messages(result)[0]);
            Assert.Empty(Run(yaml.Replace("[google-mail]", "['*']")).Codes);
        }

        // ---- versions of fields, values and types ----

        [Fact]
        public void A_field_value_or_type_newer_than_the_selected_kibana_is_reported_with_the_release_it_came_in()
        {
            const string yaml = "xpack.actions.preconfigured:\n  mail:\n    actionTypeId: .email\n    name: Mail\n    config: {from: a@example.com, service: elastic_cloud, hasAuth: false, allowHtml: false}\n  bedrock:\n    actionTypeId: .bedrock\n    name: Bedrock\n    config: {apiUrl: 'https://bedrock-runtime.us-east-1.amazonaws.com'}\n    secrets: {accessKey: '${A}', secret: '${S}'}\n";
            var old = Run(yaml, ("KibanaConnectorsKibanaVersion", "8.10"));
            Assert.Equal(new[] { At("KC0106", yaml, "allowHtml"), At("KC0102", yaml, ".bedrock") }, old.Codes);
            Assert.Contains("config.allowHtml is not a field of .email in Kibana 8.10: it appeared in Kibana 9.4", Messages(old)[0]);
            Assert.Contains("actionTypeId '.bedrock' is not a connector type of Kibana 8.10: it appeared in Kibana 8.11", Messages(old)[1]);

            Assert.Equal(new[] { At("KC0106", yaml, "allowHtml") }, Run(yaml, ("KibanaConnectorsKibanaVersion", "9.3")).Codes);
            Assert.Empty(Run(yaml).Codes);
        }

        [Fact]
        public void The_newest_webhook_auth_types_the_oauth2_password_grant_and_additional_fields()
        {
            const string yaml = "xpack.actions.preconfigured:\n  query:\n    actionTypeId: .webhook\n    name: Query\n    config: {url: 'https://example.com', authType: http-authentication-query-param}\n  password:\n    actionTypeId: .webhook\n    name: Password\n    config: {url: 'https://example.com', authType: webhook-oauth2-password}\n  fields:\n    actionTypeId: .webhook\n    name: Fields\n    config: {url: 'https://example.com', authType: webhook-oauth2-client-credentials, accessTokenUrl: 'https://auth.example.com/token', clientId: c, additionalFields: '[1]'}\n    secrets: {clientSecret: '${SECRET}'}\n";
            var result = Run(yaml);
            Assert.Equal(new[] { At("KC0108", yaml, "webhook-oauth2-password"), At("KC0107", yaml, "'[1]'") }, result.Codes);
            var messages = Messages(result);
            Assert.Contains("OAuth2 password grant authentication is not supported", messages[0]);
            Assert.Contains("text that is JSON, but not an object", messages[1]);
            Assert.DoesNotContain(Run(yaml.Replace("webhook-oauth2-password", "webhook-authentication-basic").Replace("'[1]'", "'{\"audience\": \"api\"}'")).Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        }
    }
}

using static KibanaConnectors.Rules.Catalogue.SettingSpec;

namespace KibanaConnectors.Rules.Catalogue
{
    /// <summary>
    /// Every setting under <c>xpack.actions</c>: the schema of Kibana's actions plugin
    /// (x-pack/platform/plugins/shared/actions/server/config.ts, stored at commits 7310a3a and 06b859c) with the keys its
    /// deprecations still accept (actions/server/index.ts) and those the newest config.test.ts (stored at 0ce4a6a) and
    /// actions_config.ts (020614b) show; the shape of those newest ones is checked only as far as the test shows it.
    /// Kibana refuses to start on any other key ("[config validation of [xpack.actions].x]: definition for this key is missing").
    /// </summary>
    internal static class ActionsSettingsSchema
    {
        private const string Config = "actions/server/config.ts";

        /// <summary>The stored history of config.ts has two versions and no release tags: what only the newer one has.</summary>
        private static VersionFact InNewerConfig() =>
            VersionFact.Unknown(Config + " has it at commit 06b859c but not at 7310a3a; the stored history does not tie either to a release");

        /// <summary>In the newest config.test.ts (commit 0ce4a6a) and actions_config.ts (020614b), absent from every stored config.ts.</summary>
        private static VersionFact InNewestOnly() =>
            VersionFact.Unknown("in actions/server/config.test.ts at commit 0ce4a6a and actions_config.ts at 020614b, but in no stored config.ts: the release is not known, and the shape only as far as the test shows it");

        // Issue 16 reports these for 8.19 and 9.1 (the stored history has no release tags); config.ts at 06b859c has them, 7310a3a not.
        private static VersionFact EmailServicesAndPfx() =>
            VersionFact.Since(9, 1, 8, 19, Config + " (email.services, webhook.ssl.pfx: present at 06b859c, absent at 7310a3a; releases as issue 16 reports them)");

        private static readonly string[] s_verificationModes = { "none", "certificate", "full" };

        /// <summary>The values of <c>email.services.enabled</c>.</summary>
        public static readonly string[] EmailServiceNames = { "google-mail", "microsoft-exchange", "microsoft-outlook", "amazon-ses", "elastic-cloud", "other", "*" };

        public static readonly SettingSpec Root = Object(
            "xpack.actions",
            "The actions plugin: connectors and how they reach other hosts.",
            List("allowedHosts", "The hosts connectors may call; '*' for any.", Entry(SettingKind.Text).AsHostName()),
            List("enabledActionTypes", "The connector types that may run; '*' for all.", Entry(SettingKind.Text)),
            Boolean("preconfiguredAlertHistoryEsIndex", "Adds the preconfigured alert history index connector."),
            Any("preconfigured", "The preconfigured connectors, by id."),
            Text("proxyUrl", "The proxy connectors send their requests through."),
            TextMap("proxyHeaders", "Headers sent to the proxy."),
            List("proxyBypassHosts", "Hosts reached without the proxy.", Entry(SettingKind.Text).AsHostName()),
            List("proxyOnlyHosts", "The only hosts reached through the proxy.", Entry(SettingKind.Text).AsHostName()),
            Object(
                "ssl",
                "TLS checks of the hosts connectors call.",
                Enum("verificationMode", "How server certificates are checked.", s_verificationModes),
                Enum("proxyVerificationMode", "How the proxy's certificate is checked.", s_verificationModes)),
            ByteSize("maxResponseContentLength", "The largest response a connector reads."),
            Duration("responseTimeout", "How long a connector waits for a response."),
            List(
                "customHostSettings",
                "TLS and SMTP settings for particular hosts.",
                Object(
                    "entry",
                    "The settings of one host.",
                    Text("url", "The host, as https://host:port or smtp://host:port.").AsRequired().AsNonEmpty(),
                    Object(
                        "smtp",
                        "SMTP settings of the host.",
                        Boolean("ignoreTLS", "Never upgrade the connection with STARTTLS."),
                        Boolean("requireTLS", "Always upgrade the connection with STARTTLS.")),
                    Object(
                        "ssl",
                        "TLS settings of the host.",
                        Enum("verificationMode", "How the host's certificate is checked.", s_verificationModes),
                        TextOrTextList("certificateAuthoritiesFiles", "Files of certificate authorities to trust.").AsNonEmpty(),
                        Text("certificateAuthoritiesData", "Certificate authorities to trust, as PEM.").AsNonEmpty(),
                        Boolean("rejectUnauthorized", "Whether to refuse an untrusted certificate.")
                            .DeprecatedFor("write xpack.actions.customHostSettings[].ssl.verificationMode: full (true) or none (false)")))),
            Text("microsoftGraphApiUrl", "The Microsoft Graph API the Exchange email service calls."),
            Text("microsoftGraphApiScope", "The OAuth scope of the Microsoft Graph API."),
            Text("microsoftExchangeUrl", "The Microsoft login endpoint of the Exchange email service."),
            Object(
                "email",
                "Rules for email connectors.",
                List("domain_allowlist", "The domains email senders and recipients may have.", Entry(SettingKind.Text)),
                Object(
                    "services",
                    "Which email services connectors may use.",
                    List("enabled", "The email services connectors may use; '*' for all.", Entry(SettingKind.Enum, EmailServiceNames)).AsNonEmpty(),
                    Object(
                        "ses",
                        "The Amazon SES server every ses email connector must name.",
                        Text("host", "The Amazon SES SMTP host.").AsRequired().AsNonEmpty(),
                        Number("port", "The Amazon SES SMTP port.", 1, 65535).AsRequired()))
                    .Since(EmailServicesAndPfx()),
                // config.test.ts 'email.recipient_allowlist': an array of at least one text, never null.
                List("recipient_allowlist", "The addresses email recipients may have, with * wildcards.", Entry(SettingKind.Text)).AsNonEmpty().Since(InNewestOnly()),
                // config.test.ts 'email.maximum_body_length': a number, at least 0.
                Number("maximum_body_length", "The longest email body sent, in bytes.", 0).Since(InNewestOnly())),
            Object(
                "run",
                "How connectors are retried.",
                Number("maxAttempts", "How often an action is tried.", 1, 10),
                List(
                    "connectorTypeOverrides",
                    "Attempts per connector type.",
                    Object(
                        "entry",
                        "The attempts of one connector type.",
                        Text("id", "The connector type.").AsRequired(),
                        Number("maxAttempts", "How often an action of the type is tried.", 1, 10)))),
            Boolean("enableFooterInEmail", "Whether emails end with a link to Kibana."),
            Object("queued", "The queue of actions waiting to run.", Number("max", "The most actions queued.", 1)),
            Object(
                "usage",
                "Where connector usage is reported.",
                Text("url", "The usage API."),
                Boolean("enabled", "Whether usage is reported.").Since(InNewerConfig()),
                Object("ca", "The certificate authority of the usage API.", Text("path", "The file of the certificate authority.").AsRequired())),
            Object(
                "webhook",
                "Rules for webhook connectors.",
                Object(
                    "ssl",
                    "TLS of webhook connectors.",
                    Object("pfx", "PFX client certificates.", Boolean("enabled", "Whether certType ssl-pfx may be used."))))
                .Since(EmailServicesAndPfx()),
            // config.test.ts shows parts of these (auth.ears, auth.oauth_authorization_code, inboundEvents.admission and
            // rateLimit, rateLimiter.email, relay.url/ssl/uiam), not their whole schema: any value passes.
            Any("auth", "Authentication services of connectors (auth.ears, auth.oauth_authorization_code).").Since(InNewestOnly()),
            Any("inboundEvents", "Events that connectors receive from outside.").Since(InNewestOnly()),
            Any("rateLimiter", "Limits on how often connectors of a type run (email only).").Since(InNewestOnly()),
            Any("relay", "The relay connectors may send through (relay.url, relay.ssl, relay.uiam).").Since(InNewestOnly()),
            List("whitelistedHosts", "The old name of allowedHosts.", Entry(SettingKind.Text).AsHostName()).RenamedAs("allowedHosts"),
            Boolean("rejectUnauthorized", "Whether to refuse untrusted certificates.")
                .DeprecatedFor("write xpack.actions.ssl.verificationMode: full (true) or none (false)"),
            Boolean("proxyRejectUnauthorizedCertificates", "Whether to refuse an untrusted proxy certificate.")
                .DeprecatedFor("write xpack.actions.ssl.proxyVerificationMode: full (true) or none (false)"));
    }
}

using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using KibanaConnectors.Rules.Common;
using KibanaConnectors.Rules.Diagnostics;
using KibanaConnectors.Rules.Model;
using static KibanaConnectors.Rules.Catalogue.FieldSpec;

namespace KibanaConnectors.Rules.Catalogue.Types
{
    /// <summary>
    /// <c>.email</c>: SMTP through a host of your own (<c>service: other</c>), a nodemailer well-known service,
    /// Microsoft Exchange with OAuth 2.0 (<c>exchange_server</c>) or Elastic Cloud's relay (<c>elastic_cloud</c>).
    /// </summary>
    internal static class EmailType
    {
        public const string Other = "other";
        public const string ExchangeServer = "exchange_server";
        public const string ElasticCloud = "elastic_cloud";

        public static readonly ConnectorTypeSpec Spec = new ConnectorTypeSpec(
            ".email",
            "Email",
            "Sends email through an SMTP server of your own, a well-known mail service, Microsoft Exchange (OAuth 2.0) or Elastic Cloud's mail relay.",
            KibanaLicense.Gold,
            config: new[]
            {
                Text("from", "The sender address, as user@host-name or Display Name <user@host-name>.").AsRequired(),
                Text("service", "How mail is sent: other (the SMTP server of host and port), exchange_server, elastic_cloud, or a nodemailer well-known service such as gmail.").WithDefault(Other),
                Text("host", "The SMTP server's host name; for a well-known service, the server that service uses.").RequiredWhen(OtherCondition),
                Integer("port", "The SMTP server's port; for a well-known service, the port that service uses.").InRange(1, 65535).RequiredWhen(OtherCondition),
                Boolean("secure", "Whether the connection uses TLS from the start; when left out, only on port 465 (STARTTLS elsewhere)."),
                Boolean("hasAuth", "Whether the connector signs in to the SMTP server with user and password.", defaultValue: true),
                Text("tenantId", "The Microsoft Entra tenant (directory) id, for Exchange.").RequiredWhen(ExchangeCondition),
                Text("clientId", "The application (client) id registered in Microsoft Entra, for Exchange.").RequiredWhen(ExchangeCondition),
                Url("oauthTokenUrl", "The OAuth 2.0 token endpoint the connector gets Exchange access tokens from."),
                // kbn-connector-schemas/email/schemas/v1.ts: z.boolean().optional(), false when left out (elastic/kibana#275058).
                Boolean("allowHtml", "Whether actions may send an HTML body (messageHTML); Kibana's newest releases refuse HTML otherwise, and never send it through Elastic Cloud's relay.", defaultValue: false)
                    .Since(9, 4, "kbn-connector-schemas/email/schemas/v1.ts allowHtml (elastic/kibana#275058; absent from the stored version at 0ad9415)"),
            },
            secrets: new[]
            {
                Text("user", "The user name for the SMTP server.").RequiredWhen(AuthCondition),
                Text("password", "The password for the SMTP server.").RequiredWhen(AuthCondition),
                Text("clientSecret", "The client secret of the Microsoft Entra application, for Exchange.").RequiredWhen(ExchangeCondition),
            },
            rules: Rules);

        private const string OtherCondition = "service is 'other'";
        private const string ExchangeCondition = "service is 'exchange_server'";
        private const string AuthCondition = "hasAuth is true (the default), unless service is 'exchange_server'";

        /// <summary>True for <c>user@host-name</c> and <c>Display Name &lt;user@host-name&gt;</c>.</summary>
        public static bool IsAddress(string from)
        {
            var text = from.Trim();
            var named = Patterns.Named.Match(text);
            return Patterns.Address.IsMatch(named.Success ? named.Groups["address"].Value.Trim() : text);
        }

        // Built the first time an address is checked, not when the catalogue is: a short run (the CLI) without email
        // connectors never loads the regex engine.
        private static class Patterns
        {
            // user@host-name, where host-name is one or more dot-separated labels.
            public static readonly Regex Address = new Regex(
                @"^[^\s@<>()\[\],;:""]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*$",
                RegexOptions.CultureInvariant);

            public static readonly Regex Named = new Regex(@"^(?<name>[^<>]*)<(?<address>[^<>]+)>$", RegexOptions.CultureInvariant);
        }

        private static void Rules(ITypeCheck check)
        {
            if (check.Text(Section.Config, "from") is string from && !IsAddress(from))
            {
                check.Report(DiagnosticRules.InvalidEmailFrom, check.ValueSpan(Section.Config, "from"), check.Id, from);
            }

            var service = check.IsSet(Section.Config, "service") ? check.Text(Section.Config, "service") : Other;
            if (service == null)
            {
                return;
            }

            switch (service)
            {
                case Other:
                    check.Require(Section.Config, "host");
                    if (check.Text(Section.Config, "host") is string host)
                    {
                        check.Calls(host, "config.host", check.ValueSpan(Section.Config, "host"));
                    }

                    check.Require(Section.Config, "port");
                    if (!check.IsSet(Section.Config, "secure") && check.Integer(Section.Config, "port") is int port)
                    {
                        // nodemailer's rule: TLS from the start on port 465, STARTTLS elsewhere.
                        check.SetValue(Section.Config, "secure", Bool(port == 465));
                    }

                    break;
                case ExchangeServer:
                    check.Require(Section.Config, "clientId");
                    check.Require(Section.Config, "tenantId");
                    check.Require(Section.Secrets, "clientSecret");
                    break;
                case ElasticCloud:
                    // stack_connectors/server/connector_types/email/index.ts validateConfig: Elastic Cloud's relay sends no HTML.
                    if (check.Bool(Section.Config, "allowHtml") == true)
                    {
                        check.Forbid(Section.Config, "allowHtml", "as true when service is 'elastic_cloud' (Kibana refuses HTML email through Elastic Cloud's relay)");
                    }

                    SetServer(check, "dockerhost", 10025, secure: false);
                    check.Calls("dockerhost", "config.service 'elastic_cloud' (Elastic Cloud's mail relay)", check.ValueSpan(Section.Config, "service"));
                    break;
                default:
                    if (EmailServices.Find(service) is EmailService known)
                    {
                        SetServer(check, known.Host, known.Port, known.Secure);
                        check.Calls(known.Host, $"config.service '{service}' (which sends through {known.Host})", check.ValueSpan(Section.Config, "service"));
                    }
                    else
                    {
                        var names = new[] { Other, ExchangeServer, ElasticCloud }.Concat(EmailServices.Names).ToArray();
                        check.Report(DiagnosticRules.ValueNotAllowed, check.ValueSpan(Section.Config, "service"), check.Id, "config.service", service,
                            "'other', 'exchange_server', 'elastic_cloud' or a nodemailer well-known service such as 'gmail', 'outlook365' or 'ses'", NameSuggester.Hint(service, names));
                        return;
                    }

                    break;
            }

            if (service != ExchangeServer && check.Bool(Section.Config, "hasAuth") == true)
            {
                var noAuth = check.SetConfig("hasAuth", "false");
                check.Require(Section.Secrets, "user", "when hasAuth is true (the default)", noAuth);
                check.Require(Section.Secrets, "password", "when hasAuth is true (the default)", noAuth);
            }
        }

        // Kibana ignores host, port and secure for named services: the descriptor shows what will be used.
        private static void SetServer(ITypeCheck check, string host, int port, bool secure)
        {
            check.SetValue(Section.Config, "host", ValueNode.Scalar(ValueKind.String, host));
            check.SetValue(Section.Config, "port", ValueNode.Scalar(ValueKind.Integer, port.ToString(CultureInfo.InvariantCulture)));
            check.SetValue(Section.Config, "secure", Bool(secure));
        }

        private static ValueNode Bool(bool value) => ValueNode.Scalar(ValueKind.Boolean, value ? "true" : "false");
    }
}

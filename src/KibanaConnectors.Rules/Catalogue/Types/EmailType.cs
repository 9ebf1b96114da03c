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

        // user@host-name, where host-name is one or more dot-separated labels.
        private static readonly Regex s_address = new Regex(
            @"^[^\s@<>()\[\],;:""]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*$",
            RegexOptions.CultureInvariant);

        private static readonly Regex s_named = new Regex(@"^(?<name>[^<>]*)<(?<address>[^<>]+)>$", RegexOptions.CultureInvariant);

        public static readonly ConnectorTypeSpec Spec = new ConnectorTypeSpec(
            ".email",
            "Email",
            KibanaLicense.Gold,
            config: new[]
            {
                Text("from").AsRequired(),
                Text("service").WithDefault(Other),
                Text("host"),
                Integer("port").InRange(1, 65535),
                Boolean("secure"),
                Boolean("hasAuth", true),
                Text("tenantId"),
                Text("clientId"),
                Url("oauthTokenUrl"),
                // kbn-connector-schemas/email/schemas/v1.ts: z.boolean().optional(), false when left out (elastic/kibana#275058).
                Boolean("allowHtml"),
            },
            secrets: new[] { Text("user"), Text("password"), Text("clientSecret") },
            rules: Rules);

        /// <summary>True for <c>user@host-name</c> and <c>Display Name &lt;user@host-name&gt;</c>.</summary>
        public static bool IsAddress(string from)
        {
            var text = from.Trim();
            var named = s_named.Match(text);
            return s_address.IsMatch(named.Success ? named.Groups["address"].Value.Trim() : text);
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
                    check.Require(Section.Config, "host", "when service is 'other'");
                    if (check.Text(Section.Config, "host") is string host)
                    {
                        check.Calls(host, "config.host", check.ValueSpan(Section.Config, "host"));
                    }

                    check.Require(Section.Config, "port", "when service is 'other'");
                    if (!check.IsSet(Section.Config, "secure") && check.Integer(Section.Config, "port") is int port)
                    {
                        // nodemailer's rule: TLS from the start on port 465, STARTTLS elsewhere.
                        check.SetValue(Section.Config, "secure", Bool(port == 465));
                    }

                    break;
                case ExchangeServer:
                    check.Require(Section.Config, "clientId", "when service is 'exchange_server'");
                    check.Require(Section.Config, "tenantId", "when service is 'exchange_server'");
                    check.Require(Section.Secrets, "clientSecret", "when service is 'exchange_server'");
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
                check.Require(Section.Secrets, "user", "when hasAuth is true (the default)");
                check.Require(Section.Secrets, "password", "when hasAuth is true (the default)");
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

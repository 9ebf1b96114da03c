using System;
using KibanaConnectors.Rules.Diagnostics;
using KibanaConnectors.Rules.Model;
using static KibanaConnectors.Rules.Catalogue.FieldSpec;

namespace KibanaConnectors.Rules.Catalogue.Types
{
    /// <summary><c>.torq</c>: Torq. Kibana accepts only Torq's own webhook hosts.</summary>
    internal static class TorqType
    {
        private static readonly string[] s_hosts = { "hooks.torq.io", "hooks.eu.torq.io", "localhost" };

        public static readonly ConnectorTypeSpec Spec = new ConnectorTypeSpec(
            ".torq",
            "Torq",
            "Triggers Torq workflows through the webhook of a Torq integration.",
            KibanaLicense.Gold,
            config: new[] { Url("webhookIntegrationUrl", "The webhook URL of the Elastic integration in Torq, on hooks.torq.io or hooks.eu.torq.io.").AsRequired() },
            secrets: new[] { Text("token", "The secret of the webhook's authentication header.").AsRequired() },
            rules: Rules);

        private static void Rules(ITypeCheck check)
        {
            if (check.Text(Section.Config, "webhookIntegrationUrl") is string url
                && Uri.TryCreate(url, UriKind.Absolute, out var uri)
                && Array.IndexOf(s_hosts, uri.Host.ToLowerInvariant()) < 0)
            {
                check.Report(DiagnosticRules.InvalidUrl, check.ValueSpan(Section.Config, "webhookIntegrationUrl"), check.Id, "config.webhookIntegrationUrl", url,
                    $"has the host '{uri.Host}', but a Torq connector calls only {string.Join(", ", s_hosts)}");
            }
        }
    }
}

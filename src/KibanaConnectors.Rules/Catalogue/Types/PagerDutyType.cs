using KibanaConnectors.Rules.Diagnostics;
using KibanaConnectors.Rules.Model;
using static KibanaConnectors.Rules.Catalogue.FieldSpec;

namespace KibanaConnectors.Rules.Catalogue.Types
{
    /// <summary>
    /// <c>.pagerduty</c>: PagerDuty Events API v2. Stricter than Kibana, whose code does not check the routing key:
    /// an integration key is 32 characters, and a wrong one fails only when an incident fires.
    /// </summary>
    internal static class PagerDutyType
    {
        public const string DefaultApiUrl = "https://events.pagerduty.com/v2/enqueue";

        public static readonly ConnectorTypeSpec Spec = new ConnectorTypeSpec(
            ".pagerduty",
            "PagerDuty",
            "Triggers, acknowledges and resolves PagerDuty incidents through the Events API v2.",
            KibanaLicense.Gold,
            config: new[] { Url("apiUrl", "The Events API v2 endpoint events are sent to.").WithDefault(DefaultApiUrl) },
            secrets: new[] { Text("routingKey", "The 32-character integration key of a PagerDuty service integration, also called the routing key.").AsRequired() },
            rules: Rules);

        private static void Rules(ITypeCheck check)
        {
            if (!check.IsSet(Section.Config, "apiUrl"))
            {
                check.Calls("events.pagerduty.com", "its default URL " + DefaultApiUrl, check.TypeSpan);
            }

            if (check.Text(Section.Secrets, "routingKey") is string key && key.Length != 32)
            {
                check.Report(DiagnosticRules.InvalidRoutingKey, check.ValueSpan(Section.Secrets, "routingKey"), check.Id, key.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using KibanaConnectors;

namespace ConnectorCatalog
{
    /// <summary>Prints the connectors of kibana.yml, compiled into PreconfiguredConnectors by KibanaConnectors.</summary>
    public static class Program
    {
        public static int Main()
        {
            Console.WriteLine($"{"ID",-18} {"TYPE",-12} {"NAME",-22} SECRETS");
            foreach (var connector in PreconfiguredConnectors.All)
            {
                Console.WriteLine($"{connector.Id,-18} {connector.ActionTypeId,-12} {connector.Name,-22} {DescribeSecrets(connector)}");
            }

            // Typed access: no strings, no casts.
            var email = PreconfiguredConnectors.TeamEmail.Config;
            Console.WriteLine();
            Console.WriteLine($"{PreconfiguredConnectors.Ids.TeamEmail} sends from {email.From} through {email.Host}:{email.Port} (secure: {email.Secure}).");
            Console.WriteLine($"{PreconfiguredConnectors.Ids.OncallPagerduty} posts to {PreconfiguredConnectors.OncallPagerduty.Config.ApiUrl}.");

            // Factories resolve secrets at run time: here from a dictionary instead of the environment.
            var slack = PreconfiguredConnectors.CreateOpsSlack(SecretSources.FromDictionary(new Dictionary<string, string>
            {
                ["OPS_SLACK_WEBHOOK_URL"] = "https://hooks.slack.com/services/T000/B000/XXXX",
            }));
            Console.WriteLine($"{slack.Id}: webhook URL resolved ({slack.Secrets.WebhookUrl}).");

            try
            {
                PreconfiguredConnectors.CreateOncallPagerduty(SecretSources.FromDictionary(new Dictionary<string, string>()));
            }
            catch (MissingSecretException ex)
            {
                Console.WriteLine($"As expected without the variable: {ex.Message}");
            }

            // Typed actions: each connector offers the actions of its own type, checked as Kibana's schemas check them.
            var page = PreconfiguredConnectors.OncallPagerduty
                .Trigger(summary: "{{rule.name}}: {{context.message}}", severity: PagerDutySeverity.Critical, dedupKey: "{{alert.id}}")
                .ForRule("threshold met", new ActionFrequency(NotifyWhen.OnActionGroupChange));
            Console.WriteLine();
            Console.WriteLine("A rule action for Kibana's rule API (actions[]):");
            Console.WriteLine(page.ToJson());
            Console.WriteLine("The _execute body of a Slack message:");
            Console.WriteLine(PreconfiguredConnectors.OpsSlack.Message("Deploy finished").ToExecuteJson());

            return 0;
        }

        private static string DescribeSecrets(Connector connector) => connector switch
        {
            SlackConnector slack => slack.Secrets.WebhookUrl.ToString(),
            PagerDutyConnector pagerDuty => pagerDuty.Secrets.RoutingKey.ToString(),
            EmailConnector email => string.Join(", ", new[] { email.Secrets.User, email.Secrets.Password }.Where(s => s != null)),
            WebhookConnector webhook => string.Join(", ", new[] { webhook.Secrets.User, webhook.Secrets.Password }.Where(s => s != null)),
            _ => "-",
        };
    }
}

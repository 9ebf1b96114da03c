using System.Collections.Generic;
using System.Text;

namespace KibanaConnectors.Benchmarks
{
    /// <summary>Settings files with a realistic mix of connector types, all valid.</summary>
    public static class ConnectorYaml
    {
        private static readonly string[] s_templates =
        {
            "    actionTypeId: .slack\n    name: Slack {0}\n    secrets:\n      webhookUrl: ${{SLACK_{0}}}\n",
            "    actionTypeId: .webhook\n    name: Hook {0}\n    config:\n      url: https://hooks{0}.example.com/alert\n      method: put\n      headers:\n        Content-Type: application/json\n        X-Team: team-{0}\n    secrets:\n      user: kibana\n      password: ${{HOOK_{0}}}\n",
            "    actionTypeId: .email\n    name: Mail {0}\n    config:\n      service: other\n      from: 'Alerts {0} <alerts{0}@example.com>'\n      host: smtp{0}.example.com\n      port: 587\n    secrets:\n      user: ${{SMTP_USER}}\n      password: ${{SMTP_PASSWORD}}\n",
            "    actionTypeId: .pagerduty\n    name: PagerDuty {0}\n    secrets:\n      routingKey: 0123456789abcdef0123456789abcdef\n",
            "    actionTypeId: .index\n    name: Index {0}\n    config:\n      index: alerts-{0}\n      refresh: true\n",
            "    actionTypeId: .servicenow\n    name: ServiceNow {0}\n    config:\n      apiUrl: https://sn{0}.service-now.com/\n      usesTableApi: false\n    secrets:\n      username: ${{SN_USER}}\n      password: ${{SN_PASSWORD}}\n",
            "    actionTypeId: .jira\n    name: Jira {0}\n    config:\n      apiUrl: https://jira{0}.example.com\n      projectKey: OPS\n    secrets:\n      email: ${{JIRA_EMAIL}}\n      apiToken: ${{JIRA_TOKEN}}\n",
            "    actionTypeId: .server-log\n    name: Log {0}\n",
            "    actionTypeId: .gen-ai\n    name: OpenAI {0}\n    config:\n      apiProvider: OpenAI\n      apiUrl: https://api.openai.com/v1/chat/completions\n      defaultModel: gpt-4.1\n    secrets:\n      apiKey: ${{OPENAI_KEY}}\n",
            "    actionTypeId: .teams\n    name: Teams {0}\n    secrets:\n      webhookUrl: ${{TEAMS_{0}}}\n",
        };

        /// <summary>The indexes of webhook, email, PagerDuty and server-log among the templates: the mix of issue 26's harness.</summary>
        public static readonly int[] FourTypes = { 1, 2, 3, 7 };

        /// <summary><paramref name="count"/> connectors spread over <paramref name="files"/> files, among a few unrelated settings.</summary>
        public static IReadOnlyList<string> Files(int count, int files) => Files(count, files, null);

        /// <summary>The same, with only the templates at <paramref name="types"/> (all ten when null), in turn.</summary>
        public static IReadOnlyList<string> Files(int count, int files, int[]? types)
        {
            var result = new List<string>(files);
            for (var f = 0; f < files; f++)
            {
                var text = new StringBuilder("server.port: 5601\nlogging.root.level: info\nxpack.actions.preconfigured:\n");
                for (var i = f; i < count; i += files)
                {
                    text.Append("  connector-").Append(i).Append(":\n");
                    var template = types == null ? s_templates[i % s_templates.Length] : s_templates[types[i % types.Length]];
                    text.AppendFormat(System.Globalization.CultureInfo.InvariantCulture, template, i);
                }

                result.Add(text.ToString());
            }

            return result;
        }
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using KibanaConnectors.Rules.Model;
using KibanaConnectors.Rules.Set;
using Xunit;
using static KibanaConnectors.Generator.Tests.YamlPositions;

namespace KibanaConnectors.Generator.Tests
{
    /// <summary>
    /// Connectors where Kibana deployments keep them: ECK Kibana resources (each a Kibana of its own, with the keystore its
    /// secureSettings build and the environment its pod template shows), the kibana and eck-stack Helm charts' values.
    /// </summary>
    public class KubernetesTests
    {
        // Two Kibana resources with the same connector id, a Secret for the first one's keystore, other objects around.
        private const string Manifest = @"apiVersion: v1
kind: Secret
metadata:
  name: connector-secrets
  namespace: ops
type: Opaque
data:
  pd-key: MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=
  unlisted: c2VjcmV0
stringData:
  xpack.actions.preconfigured.hook.secrets.password: hunter2-in-the-secret
---
apiVersion: kibana.k8s.elastic.co/v1
kind: Kibana
metadata:
  name: kibana-prod
  namespace: ops
spec:
  version: 9.1.4
  count: 2
  elasticsearchRef:
    name: es
  secureSettings:
    - secretName: connector-secrets
      entries:
        - key: pd-key
          path: xpack.actions.preconfigured.pd.secrets.routingKey
        - key: xpack.actions.preconfigured.hook.secrets.password
  config:
    xpack.actions.preconfigured:
      ops-log:
        actionTypeId: .server-log
        name: Ops log
      pd:
        actionTypeId: .pagerduty
        name: PagerDuty
      hook:
        actionTypeId: .webhook
        name: Hook
        config:
          url: https://hooks.example.com/x
          hasAuth: true
        secrets:
          user: alerts
---
apiVersion: v1
kind: Service
metadata:
  name: kibana-lb
spec:
  ports:
    - port: 443
---
apiVersion: kibana.k8s.elastic.co/v1
kind: Kibana
metadata:
  name: kibana-staging
  namespace: ops
spec:
  version: 9.1.4
  config:
    xpack.actions.preconfigured:
      ops-log:
        actionTypeId: .server-log
        name: Staging log
      ops-log-2:
        actionTypeId: .server-log
        name: Second
";

        private static GeneratorResult Run(string path, string text, string? shape = null, params (string Path, string Text)[] more)
        {
            var metadata = new Dictionary<string, IReadOnlyDictionary<string, string>>
            {
                [path] = shape == null
                    ? new Dictionary<string, string> { ["KibanaConnectorsFile"] = "true" }
                    : new Dictionary<string, string> { ["KibanaConnectorsFile"] = "true", ["KibanaConnectorsShape"] = shape },
            };

            // The other files as <KibanaConnectors> items too, but keystore files (marked by their name in the harness).
            foreach (var (other, _) in more.Where(f => !f.Path.EndsWith(".keystore.txt", StringComparison.Ordinal)))
            {
                metadata[other] = new Dictionary<string, string> { ["KibanaConnectorsFile"] = "true" };
            }
            return GeneratorHarness.Run(new[] { (path, text) }.Concat(more).ToArray(), metadata).WithoutLiteralSecretWarnings();
        }

        [Fact]
        public void Each_kibana_resource_is_a_set_of_its_own_generated_as_a_nested_class()
        {
            var result = Run("/p/deploy/stack.yaml", Manifest);
            Assert.Empty(result.Codes);
            Assert.Empty(result.CompilationErrors);

            var generated = result.LoadGeneratedClass();
            var prod = generated.GetNestedType("KibanaProd")!;
            var staging = generated.GetNestedType("KibanaStaging")!;
            Assert.Equal("ops-log", prod.GetNestedType("Ids")!.GetField("OpsLog")!.GetValue(null));
            Assert.Equal("ops-log", staging.GetNestedType("Ids")!.GetField("OpsLog")!.GetValue(null));
            var all = (IReadOnlyList<Connector>)prod.GetProperty("All")!.GetValue(null)!;
            Assert.Equal(new[] { "hook", "ops-log", "pd" }, all.Select(c => c.Id));
            var stagingLog = (Connector)staging.GetMethod("Get")!.Invoke(null, new object[] { "ops-log" })!;
            Assert.Equal("Staging log", stagingLog.Name);

            // C# 7.3 (netstandard2.0's default) compiles the nested classes too, without nullable annotations.
            var old = GeneratorHarness.Run(new[] { ("/p/kibana.yaml", Manifest) }, Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp7_3).WithoutLiteralSecretWarnings();
            Assert.Empty(old.CompilationErrors);
            Assert.DoesNotContain("#nullable", old.Source);

            // The project's own class holds the connectors of settings files and Helm values: none here.
            Assert.Empty((IReadOnlyList<Connector>)generated.GetProperty("All")!.GetValue(null)!);
            Assert.Contains("The preconfigured connectors of the ECK resource Kibana 'ops/kibana-prod': <c>spec.config</c> in stack.yaml line 16.", result.Source);
        }

        [Fact]
        public void Ids_repeat_across_resources_freely_and_across_the_projects_own_files_are_KC0003()
        {
            // ops-log is in both resources, in a kibana.yml and in Helm values: only the last two are one Kibana.
            const string Settings = "xpack.actions.preconfigured:\n  ops-log: {actionTypeId: .server-log, name: Own}\n";
            const string Values = "kibanaConfig:\n  kibana.yml: |\n    xpack.actions.preconfigured:\n      ops-log: {actionTypeId: .server-log, name: Helm}\n";
            var result = Run("/p/stack.yaml", Manifest, null, ("/p/kibana.yml", Settings), ("/p/values.yaml", Values));
            var duplicate = Assert.Single(result.Diagnostics);
            Assert.Equal("KC0003", duplicate.Id);
            Assert.Equal("/p/values.yaml", duplicate.Location.GetLineSpan().Path);
            Assert.Equal(At("KC0003", Values, "ops-log"), result.Codes.Single());
            Assert.Contains("also at kibana.yml line 2", duplicate.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        }

        [Fact]
        public void A_secret_in_a_secret_of_secure_settings_is_present_and_its_value_goes_nowhere()
        {
            var result = Run("/p/stack.yaml", Manifest);
            Assert.Empty(result.Codes);
            Assert.Contains("FromKeystoreField(\"pd\", \"routingKey\")", result.Source);
            Assert.Contains("FromKeystoreField(\"hook\", \"password\")", result.Source);
            foreach (var value in new[] { "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=", "0123456789abcdef", "hunter2", "c2VjcmV0" })
            {
                Assert.DoesNotContain(value, result.Source);
                Assert.All(result.Diagnostics, d => Assert.DoesNotContain(value, d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)));
            }
        }

        [Fact]
        public void Entries_export_only_the_keys_they_list_under_their_paths()
        {
            // 'unlisted' holds nothing a connector reads anyway; a key named as the setting but left out of entries is not exported.
            var text = Manifest.Replace("  unlisted: c2VjcmV0\n", "  xpack.actions.preconfigured.pd.secrets.routingKey: MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=\n")
                .Replace("        - key: pd-key\n          path: xpack.actions.preconfigured.pd.secrets.routingKey\n", string.Empty);
            var result = Run("/p/stack.yaml", text);
            Assert.Equal(new[] { At("KC0105", text, "pd:") }, result.Codes);

            // Without entries every key of the Secret is exported, under its own name.
            var all = text.Replace("      entries:\n        - key: xpack.actions.preconfigured.hook.secrets.password\n", string.Empty);
            Assert.Empty(Run("/p/stack.yaml", all).Codes);
        }

        [Fact]
        public void A_secret_neither_in_the_yaml_nor_in_a_secret_is_KC0105_and_keystore_files_may_hold_the_secret()
        {
            var secret = Manifest.Substring(0, Manifest.IndexOf("---", StringComparison.Ordinal));
            var withoutSecret = Manifest.Substring(Manifest.IndexOf("---", StringComparison.Ordinal) + 4);
            var missing = Run("/p/stack.yaml", withoutSecret);
            // The entries name the keys they export even without the Secret: pd's routingKey and hook's password are there.
            Assert.Empty(missing.Codes);

            var noEntries = withoutSecret.Replace("      entries:\n        - key: pd-key\n          path: xpack.actions.preconfigured.pd.secrets.routingKey\n        - key: xpack.actions.preconfigured.hook.secrets.password\n", string.Empty);
            // (A user without a password is also a mix of kinds of authentication: KC0110.)
            Assert.Equal(new[] { At("KC0105", noEntries, "pd:"), At("KC0105", noEntries, "hook:"), At("KC0110", noEntries, "user: alerts") }, Run("/p/stack.yaml", noEntries).Codes);

            // The Secret given as a keystore file (<KibanaConnectorsKeystore>): its keys are the resource's keystore.
            var withKeystore = Run("/p/stack.yaml", noEntries, null, ("/p/secrets.keystore.txt", secret));
            Assert.Equal(new[] { At("KC0105", noEntries, "pd:") }, withKeystore.Codes);
        }

        [Fact]
        public void Shapes_are_told_by_content_and_an_item_metadata_overrides_them()
        {
            // kibana.yaml is a conventional name, and still read as the manifest it is.
            var detected = GeneratorHarness.Run(new[] { ("/p/kibana.yaml", Manifest) }).WithoutLiteralSecretWarnings();
            Assert.Empty(detected.Codes);
            Assert.NotNull(detected.LoadGeneratedClass().GetNestedType("KibanaProd"));

            // Read as a settings file, the stream is several documents: Kibana's reader refuses that.
            var asSettings = Run("/p/stack.yaml", Manifest, "settings");
            Assert.Equal(new[] { "KC0001@12:1" }, asSettings.Codes);

            // A Helm values file read as eck-stack values has no eck-kibana: nothing to read.
            var helm = "kibanaConfig:\n  kibana.yml: |\n    xpack.actions.preconfigured:\n      log: {actionTypeId: .server-log, name: Log}\n";
            Assert.Empty(Run("/p/values.yaml", helm).Codes);
            var asEckStack = Run("/p/values.yaml", helm, "ECK-Stack");
            Assert.Equal(new[] { "KC0002@1:1" }, asEckStack.Codes);
            Assert.Contains("values.yaml (no eck-kibana.config) has no xpack.actions.preconfigured entries", asEckStack.Diagnostics.Single().GetMessage(System.Globalization.CultureInfo.InvariantCulture));

            var unknown = Run("/p/values.yaml", helm, "helmfile");
            Assert.Equal(new[] { "KC0014@1:1" }, unknown.Codes);
            Assert.Contains("its shape is given as 'helmfile', which is none KibanaConnectors knows; use auto, settings, eck, helm, eck-stack", unknown.Diagnostics.Single().GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        }

        [Fact]
        public void Bad_deployment_files_get_located_diagnostics()
        {
            const string Broken = @"apiVersion: kibana.k8s.elastic.co/v1
kind: Kibana
metadata:
  name: nospec
---
apiVersion: v1
kind: Secret
metadata:
  name: s
data:
  good: aGVsbG8=
  bad: 'not base64!'
---
apiVersion: kibana.k8s.elastic.co/v1
kind: Kibana
metadata:
  name: textual
spec:
  secureSettings:
    - secretName: s
      entries:
        - key: gone
  config: |
    xpack.actions.preconfigured: {}
";
            var result = Run("/p/bad.yaml", Broken);
            Assert.Equal(new[] { At("KC0014", Broken, "Kibana"), At("KC0014", Broken, "'not base64!'"), At("KC0014", Broken, "gone"), At("KC0014", Broken, "config") }, result.Codes);
            var messages = result.Diagnostics.OrderBy(d => d.Location.SourceSpan.Start).Select(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)).ToList();
            Assert.Contains("this Kibana resource has no spec", messages[0]);
            Assert.Contains("the value of data.bad is not base64 text", messages[1]);
            Assert.DoesNotContain("not base64!", messages[1]);
            Assert.Contains("the Secret 's' has no key 'gone' (did you mean 'good'?)", messages[2]);
            Assert.Contains("spec.config is text, but ECK takes the settings themselves as a map", messages[3]);

            const string Helm = "kibanaConfig:\n  kibana.yml:\n    xpack.actions.preconfigured: {}\n";
            Assert.Equal(new[] { "KC0014@2:3" }, Run("/p/values.yaml", Helm).Codes);
            Assert.Equal(new[] { "KC0014@1:1" }, Run("/p/values.yaml", "kibanaConfig: [kibana.yml]\n").Codes);
        }

        [Fact]
        public void A_variable_the_kibana_container_does_not_set_is_KC0015()
        {
            const string Eck = @"apiVersion: kibana.k8s.elastic.co/v1
kind: Kibana
metadata:
  name: kb
spec:
  version: 9.1.4
  config:
    server.name: ${HOSTNAME}
    xpack.actions.preconfigured:
      slack:
        actionTypeId: .slack
        name: 'Slack ${TEAM:ops}'
        secrets:
          webhookUrl: 'https://hooks.slack.com/${SLACK_PATH}/${SLACK_TOKEN}'
      teams:
        actionTypeId: .teams
        name: Teams
        secrets:
          webhookUrl: ${FROM_SECRET_TEAMS}
      log:
        actionTypeId: .server-log
        name: ${LOG_NAME}
  podTemplate:
    spec:
      containers:
        - name: sidecar
          env:
            - name: SLACK_TOKEN
              value: x
        - name: kibana
          env:
            - name: SLACK_PATH
              value: services
          envFrom:
            - prefix: FROM_SECRET_
              secretRef:
                name: env-secret
---
apiVersion: v1
kind: Secret
metadata:
  name: env-secret
stringData:
  TEAMS: https://example.webhook.office.com/x
";
            var result = Run("/p/kb.yaml", Eck);
            Assert.Equal(new[] { At("KC0015", Eck, "${SLACK_TOKEN}"), At("KC0015", Eck, "${LOG_NAME}") }, result.Codes);
            var first = result.Diagnostics.OrderBy(d => d.Location.SourceSpan.Start).First();
            Assert.Contains("'${SLACK_TOKEN}' names an environment variable that the kibana container of Kibana 'kb' does not set (in its env or envFrom, line 30)",
                first.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal("${SLACK_TOKEN}", Covered(first, Eck));
            Assert.EndsWith("so add SLACK_TOKEN to the container's env, or write a default: ${SLACK_TOKEN:default} (letters, digits and _ only)",
                first.GetMessage(System.Globalization.CultureInfo.InvariantCulture));

            // Kibana reads ${NAME:default} from 8.15 on: for a resource of an older release the message offers no default.
            var older = ConnectorSetBuilder.Read(new[] { ("/p/kb.yaml", Eck.Replace("version: 9.1.4", "version: 8.14.3")) }, ProjectOptions.Default, default);
            var olderMessages = older.Diagnostics.Where(d => d.Id == "KC0015").Select(d => d.Message).ToList();
            Assert.Equal(2, olderMessages.Count);
            Assert.All(olderMessages, m => Assert.EndsWith("to the container's env", m));

            // An envFrom source the files do not show may set anything; without a kibana container nothing is known.
            Assert.Empty(Run("/p/kb.yaml", Eck.Replace("name: env-secret\nstringData", "name: other\nstringData")).Codes);
            Assert.Empty(Run("/p/kb.yaml", Eck.Replace("- name: kibana\n", "- name: kibana-proxy\n")).Codes);
        }

        [Fact]
        public void A_resource_is_checked_and_generated_for_the_release_its_spec_version_names()
        {
            // allowHtml is an email field from Kibana 9.4: a 9.1 resource refuses it whatever the project's option says,
            // a 9.4 one (or one without a version, under the project's newest) takes it.
            static string Manifest(string version) => "apiVersion: kibana.k8s.elastic.co/v1\nkind: Kibana\nmetadata:\n  name: kb\nspec:\n" + version
                + "  config:\n    xpack.actions.preconfigured:\n      mail:\n        actionTypeId: .email\n        name: Mail\n"
                + "        config: {from: a@example.com, service: other, host: smtp.example.com, port: 25, allowHtml: true}\n"
                + "        secrets: {user: '${SMTP_USER}', password: '${SMTP_PASSWORD}'}\n";
            var old = Manifest("  version: 9.1.4\n");
            var refused = Run("/p/kb.yaml", old);
            Assert.Equal(new[] { At("KC0106", old, "allowHtml") }, refused.Codes);
            Assert.Contains("in Kibana 9.1", refused.Diagnostics.Single().GetMessage(System.Globalization.CultureInfo.InvariantCulture));

            Assert.Empty(Run("/p/kb.yaml", Manifest("  version: 9.4.0\n")).Codes);
            Assert.Empty(Run("/p/kb.yaml", Manifest("  version: 9.7.1\n")).Codes);
            Assert.Empty(Run("/p/kb.yaml", Manifest(string.Empty)).Codes);
            var set = ConnectorSetBuilder.Read(new[] { ("/p/kb.yaml", old) }, ProjectOptions.Default with { KibanaVersion = KibanaVersion.Newest }, default);
            Assert.Equal(KibanaVersion.Parse("9.1"), set.Deployments.Single().Deployment.Version);

            // The generated class binds its connectors to that release, for the typed actions' checks.
            var generated = Run("/p/kb.yaml", old.Replace(", allowHtml: true", string.Empty)).Source;
            Assert.Contains("new global::System.Version(9, 1)", generated);
            Assert.DoesNotContain("new global::System.Version(9, 1)", Run("/p/kb.yaml", Manifest(string.Empty).Replace(", allowHtml: true", string.Empty)).Source);
        }

        [Fact]
        public void Manifests_are_read_as_kubernetes_reads_yaml()
        {
            // go-yaml (YAML 1.1 without dates and base-60 numbers) gives spec.config its values: 'no' is false, a date
            // and 1:30 stay text. The same settings in a kibana.yml are read by the yaml package, where 'no' is text.
            const string Settings = "xpack.actions.preconfigured:\n  hook:\n    actionTypeId: .webhook\n    name: 2024-01-02\n    config: {url: 'https://x.example.com/', hasAuth: no}\n  log: {actionTypeId: .server-log, name: 1:30}\n";
            var eck = "apiVersion: kibana.k8s.elastic.co/v1\nkind: Kibana\nmetadata:\n  name: kb\nspec:\n  config:\n"
                + string.Concat(Settings.TrimEnd('\n').Split('\n').Select(l => "    " + l + "\n"));
            var set = ConnectorSetBuilder.Read(new[] { ("/p/kb.yaml", eck) }, ProjectOptions.Default, default);
            Assert.Empty(set.Diagnostics);
            var hook = set.Deployments.Single().Connectors.Single(c => c.Connector.Id == "hook").Connector;
            Assert.Equal("2024-01-02", hook.Name);
            Assert.Equal("false", hook.Config.Get("hasAuth")!.Text);
            Assert.Equal("1:30", set.Deployments.Single().Connectors.Single(c => c.Connector.Id == "log").Connector.Name);

            var plain = ConnectorSetBuilder.Read(new[] { ("/p/kibana.yml", Settings) }, ProjectOptions.Default, default);
            Assert.Equal(new[] { "KC0107" }, plain.Diagnostics.Select(d => d.Id));

            // The yaml package's limit of 100 alias uses is Kibana's reader's, not Kubernetes'.
            var aliases = "apiVersion: example.com/v1\nkind: Example\nmetadata:\n  name: m\nspec:\n  a: &v x\n  list: [" + string.Join(", ", Enumerable.Repeat("*v", 150)) + "]\n---\n" + eck;
            Assert.Empty(ConnectorSetBuilder.Read(new[] { ("/p/kb.yaml", aliases) }, ProjectOptions.Default, default).Diagnostics);
        }

        [Fact]
        public void A_list_as_kubectl_writes_it_holds_its_items()
        {
            // kubectl get kibana,secret -o yaml: one document, kind List, the objects in items.
            var items = string.Concat(Manifest.Split("---\n").Select(d => "- " + d.TrimEnd('\n').Replace("\n", "\n  ") + "\n"));
            var list = "apiVersion: v1\nkind: List\nitems:\n" + items;
            var set = ConnectorSetBuilder.Read(new[] { ("/p/get.yaml", list) }, ProjectOptions.Default, default);
            Assert.Equal(new[] { "kibana-prod", "kibana-staging" }, set.Deployments.Select(d => d.Deployment.Name));
            Assert.Equal(new[] { "hook", "ops-log", "pd" }, set.Deployments[0].Connectors.Select(c => c.Connector.Id));
            Assert.Equal(new[] { At("KC0401", list, "alerts") }, set.Diagnostics.Select(d => $"{d.Id}@{d.Span.StartLine + 1}:{d.Span.StartColumn + 1}"));
        }

        [Fact]
        public void Eck_stack_values_take_spec_config_before_config_as_the_chart_does()
        {
            const string Values = @"eck-elasticsearch:
  enabled: true
eck-kibana:
  enabled: true
  spec:
    count: 1
    config:
      xpack.actions.preconfigured:
        from-spec: {actionTypeId: .server-log, name: Spec}
  config:
    xpack.actions.preconfigured:
      from-config: {actionTypeId: .server-log, name: Config}
  secureSettings:
    - secretName: none
";
            var result = Run("/p/values.yaml", Values);
            Assert.Equal(new[] { At("KC0014", Values, "config:", 2) }, result.Codes);
            Assert.Contains("eck-kibana.config is ignored: the chart takes eck-kibana.spec.config", result.Diagnostics.Single().GetMessage(System.Globalization.CultureInfo.InvariantCulture));
            var ids = result.LoadGeneratedClass().GetNestedType("Ids")!.GetFields().Select(f => f.GetValue(null)).ToList();
            Assert.Equal(new object[] { "from-spec" }, ids);

            // The current layout: config directly under eck-kibana.
            var current = Values.Replace("    config:\n      xpack.actions.preconfigured:\n        from-spec: {actionTypeId: .server-log, name: Spec}\n", string.Empty);
            var ok = Run("/p/values.yaml", current);
            Assert.Empty(ok.Codes);
            Assert.Equal(new object[] { "from-config" }, ok.LoadGeneratedClass().GetNestedType("Ids")!.GetFields().Select(f => f.GetValue(null)));
        }

        [Fact]
        public void Resource_classes_take_their_namespace_when_names_meet_and_never_a_generated_member()
        {
            string Kibana(string name, string ns, string id) =>
                $"apiVersion: kibana.k8s.elastic.co/v1\nkind: Kibana\nmetadata:\n  name: {name}\n  namespace: {ns}\nspec:\n  config:\n    xpack.actions.preconfigured:\n      {id}: {{actionTypeId: .server-log, name: Log}}\n";
            var text = Kibana("kibana", "prod", "a") + "---\n" + Kibana("kibana", "staging", "b") + "---\n" + Kibana("all", "x", "c") + "---\n" + Kibana("ops-team", "x", "d");
            var result = Run("/p/stack.yaml", text, null, ("/p/kibana.yml", "xpack.actions.preconfigured:\n  prod-kibana: {actionTypeId: .server-log, name: Log}\n"));

            // Two 'kibana' resources take their namespaces; 'all' would be the generated member All.
            Assert.Empty(result.Codes);
            var generated = result.LoadGeneratedClass();
            Assert.Equal(new[] { "All_2", "Ids", "OpsTeam", "Prod_Kibana", "Staging_Kibana" }, generated.GetNestedTypes().Select(t => t.Name).Where(n => !n.StartsWith("__", StringComparison.Ordinal)).OrderBy(n => n, StringComparer.Ordinal));
            Assert.NotNull(generated.GetProperty("ProdKibana"));

            // A connector of the project's own Kibana whose C# name is a resource's class gets a suffix, and KC0004.
            var clash = Run("/p/stack.yaml", text, null, ("/p/kibana.yml", "xpack.actions.preconfigured:\n  ops-team: {actionTypeId: .server-log, name: Clash}\n"));
            Assert.Equal(new[] { "KC0004@2:3" }, clash.Codes);
            Assert.Contains("gives the C# name 'OpsTeam', which the class of Kibana 'x/ops-team' already has; 'ops-team' is generated as 'OpsTeam_2'", clash.Diagnostics.Single().GetMessage(System.Globalization.CultureInfo.InvariantCulture));
            Assert.NotNull(clash.LoadGeneratedClass().GetProperty("OpsTeam_2"));
        }

        [Fact]
        public void Broken_deployment_files_never_throw_out_of_the_generator()
        {
            // Every prefix of the manifest and of Helm values: cut anywhere, each is read or reported, never thrown.
            var helm = "kibanaConfig:\n  kibana.yml: |2\n    xpack.actions.preconfigured:\n      pd: {actionTypeId: .pagerduty, name: PD}\n";
            foreach (var text in new[] { Manifest, helm })
            {
                for (var length = 0; length <= text.Length; length += 7)
                {
                    var files = new[] { ("/p/kibana.yaml", text.Substring(0, length)) };
                    var result = GeneratorHarness.Run(files);
                    Assert.DoesNotContain(result.Diagnostics, d => d.Id == "CS8785");
                    Assert.Empty(result.CompilationErrors.Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error));
                }
            }
        }
    }
}

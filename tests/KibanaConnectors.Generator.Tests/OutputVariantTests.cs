using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace KibanaConnectors.Generator.Tests
{
    /// <summary>
    /// One snapshot per variant of the generated code, each from a small file, so that a diff shows which output
    /// changed (the reference page's snapshot covers every connector type at once). Each also compiles.
    /// </summary>
    public class OutputVariantTests
    {
        private const string Log = "xpack.actions.preconfigured:\n  my-log:\n    actionTypeId: .server-log\n    name: Log\n";

        private static void Match(string name, GeneratorResult result)
        {
            Assert.Empty(result.CompilationErrors);
            Snapshot.Match(name, result.Source!);
        }

        [Fact]
        public void A_csharp_7_3_project()
        {
            var yaml = Log + "  my-hook:\n    actionTypeId: .webhook\n    name: Hook\n    config:\n      url: https://example.com/hook\n      hasAuth: false\n";
            var result = GeneratorHarness.Run(new[] { ("/project/kibana.yml", yaml) }, LanguageVersion.CSharp7_3);
            Assert.DoesNotContain("#nullable", result.Source);
            Match("Variant.CSharp73.g.cs.txt", result);
        }

        [Fact]
        public void A_custom_namespace_and_class_name()
        {
            var result = GeneratorHarness.Run(Log, GeneratorHarness.DefaultOptions(("KibanaConnectorsNamespace", "Ops.Kibana"), ("KibanaConnectorsClassName", "AlertConnectors")));
            Assert.Contains("namespace Ops.Kibana", result.Source);
            Assert.Contains("public static partial class AlertConnectors", result.Source);
            Match("Variant.NamespaceAndClass.g.cs.txt", result);
        }

        [Fact]
        public void A_project_without_a_root_namespace_gets_the_global_namespace()
        {
            var result = GeneratorHarness.Run(Log, new System.Collections.Generic.Dictionary<string, string>());
            Assert.DoesNotContain("namespace ", result.Source);
            Match("Variant.GlobalNamespace.g.cs.txt", result);
        }

        [Fact]
        public void A_generic_connector()
        {
            const string yaml = "xpack.actions.preconfigured:\n  my-http:\n    actionTypeId: .http\n    name: HTTP\n    config:\n      apiUrl: https://generativelanguage.googleapis.com\n      defaultModel: gemini-2.5-pro\n      gcpRegion: us-central1\n      nested: {list: [1, 2.5, true, null, text], map: {a: b}}\n    secrets:\n      credentialsJson: ${GEMINI_CREDENTIALS}\n";
            Match("Variant.GenericConnector.g.cs.txt", GeneratorHarness.Run(yaml));
        }

        [Fact]
        public void Two_ids_with_the_same_csharp_name_get_a_suffix()
        {
            const string yaml = "xpack.actions.preconfigured:\n  my-log:\n    actionTypeId: .server-log\n    name: One\n  my_log:\n    actionTypeId: .server-log\n    name: Two\n";
            var result = GeneratorHarness.Run(yaml);
            Assert.Contains(result.Diagnostics, d => d.Id == "KC0004");
            Assert.Contains("MyLog_2", result.Source);
            Match("Variant.SuffixKC0004.g.cs.txt", result);
        }

        [Fact]
        public void The_alert_history_connector()
        {
            var result = GeneratorHarness.Run("xpack.actions.preconfiguredAlertHistoryEsIndex: true\n" + Log);
            Assert.Contains("PreconfiguredAlertHistoryEsIndex", result.Source);
            Match("Variant.AlertHistory.g.cs.txt", result);
        }

        [Fact]
        public void A_project_on_an_older_kibana_with_an_email_domain_allowlist_binds_its_connectors_to_them()
        {
            const string yaml = "xpack.actions.email.domain_allowlist: [example.com]\nxpack.actions.preconfigured:\n  my-mail:\n    actionTypeId: .email\n    name: Mail\n"
                + "    config:\n      from: alerts@example.com\n      host: smtp.example.com\n      port: 25\n      hasAuth: false\n";
            var result = GeneratorHarness.Run(yaml, GeneratorHarness.DefaultOptions(("KibanaConnectorsKibanaVersion", "9.2")));
            Assert.Contains("new __KC.KibanaSettings(new global::System.Version(9, 2), new string[] { \"example.com\" })", result.Source);
            Match("Variant.KibanaSettings.g.cs.txt", result);

            // The descriptor and the factory's copy both check actions against that Kibana.
            var generated = result.LoadGeneratedClass();
            foreach (var mail in new[] { (EmailConnector)generated.GetProperty("MyMail")!.GetValue(null)!, (EmailConnector)generated.GetMethod("CreateMyMail")!.Invoke(null, new object?[] { null })! })
            {
                Assert.Equal(new System.Version(9, 2), mail.Kibana.Version);
                // allowHtml came in 9.4 (9.2 refuses the field, KC0106); 9.2 sends HTML only for its own notifications.
                Assert.False(mail.Config.AllowHtml);
                Assert.Contains("Kibana 9.2 sends HTML email only for its own notifications", Assert.Throws<System.ArgumentException>(() => mail.Send("s", "m", to: new[] { "ops@example.com" }, messageHtml: "<b>m</b>")).Message);
                Assert.Contains("domain 'example.org'", Assert.Throws<System.ArgumentException>(() => mail.Send("s", "m", to: new[] { "ops@example.org" })).Message);
            }
        }

        [Fact]
        public void A_project_on_the_newest_kibana_without_allowlist_emits_no_binding()
        {
            var result = GeneratorHarness.Run(Log);
            Assert.DoesNotContain("KibanaSettings", result.Source);
            Assert.Same(KibanaSettings.Newest, ((Connector)result.LoadGeneratedClass().GetProperty("MyLog")!.GetValue(null)!).Kibana);
        }

        [Fact]
        public void Secrets_embedded_on_request()
        {
            const string yaml = "xpack.actions.preconfigured:\n  my-slack:\n    actionTypeId: .slack\n    name: Slack\n    secrets:\n      webhookUrl: https://hooks.slack.com/services/T/B/x\n";
            var result = GeneratorHarness.Run(yaml, GeneratorHarness.DefaultOptions(("KibanaConnectorsEmbedSecrets", "true")));
            Assert.Contains("Secret.FromLiteral", result.Source);
            Match("Variant.EmbeddedSecrets.g.cs.txt", result);
        }
    }
}

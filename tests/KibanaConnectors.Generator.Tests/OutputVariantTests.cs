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
            const string yaml = "xpack.actions.preconfigured:\n  my-gemini:\n    actionTypeId: .gemini\n    name: Gemini\n    config:\n      apiUrl: https://generativelanguage.googleapis.com\n      defaultModel: gemini-2.5-pro\n      gcpRegion: us-central1\n      nested: {list: [1, 2.5, true, null, text], map: {a: b}}\n    secrets:\n      credentialsJson: ${GEMINI_CREDENTIALS}\n";
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
        public void Secrets_embedded_on_request()
        {
            const string yaml = "xpack.actions.preconfigured:\n  my-slack:\n    actionTypeId: .slack\n    name: Slack\n    secrets:\n      webhookUrl: https://hooks.slack.com/services/T/B/x\n";
            var result = GeneratorHarness.Run(yaml, GeneratorHarness.DefaultOptions(("KibanaConnectorsEmbedSecrets", "true")));
            Assert.Contains("Secret.FromLiteral", result.Source);
            Match("Variant.EmbeddedSecrets.g.cs.txt", result);
        }
    }
}

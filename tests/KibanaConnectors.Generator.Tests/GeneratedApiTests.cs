using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using KibanaConnectors;
using Microsoft.CodeAnalysis;
using Xunit;

namespace KibanaConnectors.Generator.Tests
{
    /// <summary>Compiles the generated code, loads it and checks the typed descriptors against what the YAML says.</summary>
    public class GeneratedApiTests
    {
        private static readonly Lazy<Type> s_class = new Lazy<Type>(() => Load(GeneratorHarness.ReadTestData("reference-examples.yml")));

        private static Type Load(string yaml) => GeneratorHarness.Run(yaml).LoadGeneratedClass();

        private static T Descriptor<T>(string name) => (T)s_class.Value.GetProperty(name)!.GetValue(null)!;

        private static T Create<T>(string name, IReadOnlyDictionary<string, string> secrets) =>
            (T)s_class.Value.GetMethod("Create" + name)!.Invoke(null, new object[] { SecretSources.FromDictionary(secrets) })!;

        [Fact]
        public void Email_descriptors_carry_the_service_defaults()
        {
            var gmail = Descriptor<EmailConnector>("MyEmailGmail");
            Assert.Equal("my-email-gmail", gmail.Id);
            Assert.Equal("Gmail", gmail.Name);
            Assert.Equal(".email", gmail.ActionTypeId);
            Assert.Equal("smtp.gmail.com", gmail.Config.Host);
            Assert.Equal(465, gmail.Config.Port);
            Assert.True(gmail.Config.Secure);
            Assert.True(gmail.Config.HasAuth);

            var other = Descriptor<EmailConnector>("MyEmail");
            Assert.Equal("other", other.Config.Service);
            Assert.Equal("validhostname", other.Config.Host);
            Assert.Equal(8080, other.Config.Port);
            Assert.False(other.Config.Secure);
        }

        [Fact]
        public void Webhook_descriptor_has_typed_config_and_secret_sources()
        {
            var hook = Descriptor<WebhookConnector>("WebhookService");
            Assert.Equal(new Uri("https://email-alert-service.elastic.co"), hook.Config.Url);
            Assert.Equal(WebhookMethod.Post, hook.Config.Method);
            Assert.Equal("value2", hook.Config.Headers!["header2"]);
            Assert.True(hook.ExposeConfig);
            Assert.Equal(SecretOrigin.Keystore, hook.Secrets.Password!.Origin);
            Assert.Equal("xpack.actions.preconfigured.webhook-service.secrets.password", hook.Secrets.Password.Reference);
            Assert.False(hook.Secrets.Password.HasValue);
        }

        [Fact]
        public void Factories_resolve_secrets_from_the_source()
        {
            var hook = Create<WebhookConnector>("WebhookService", new Dictionary<string, string>
            {
                ["xpack.actions.preconfigured.webhook-service.secrets.user"] = "elastic",
                ["xpack.actions.preconfigured.webhook-service.secrets.password"] = "from-vault",
            });
            Assert.Equal("from-vault", hook.Secrets.Password!.Reveal());
            Assert.Equal("elastic", hook.Secrets.User!.Reveal());

            var ex = Assert.Throws<TargetInvocationException>(() => Create<WebhookConnector>("WebhookService", new Dictionary<string, string>()));
            var missing = Assert.IsType<MissingSecretException>(ex.InnerException);
            Assert.Equal("webhook-service", missing.ConnectorId);
            Assert.Equal("user", missing.Field);
        }

        [Fact]
        public void Defaults_and_enums_of_other_types()
        {
            // The page's PagerDuty example has a 14-character key: it is reported, so it gets no descriptor.
            Assert.Null(s_class.Value.GetProperty("MyPagerduty"));
            var pagerDuty = Load("xpack.actions.preconfigured.pd:\n  actionTypeId: .pagerduty\n  name: PD\n  secrets.routingKey: ${PD_KEY}\n");
            Assert.Equal(new Uri("https://events.pagerduty.com/v2/enqueue"), ((PagerDutyConnector)pagerDuty.GetProperty("Pd")!.GetValue(null)!).Config.ApiUrl);
            Assert.Equal(GenAiApiProvider.OpenAI, Descriptor<GenAiConnector>("MyOpenAi").Config.ApiProvider);
            var itsm = Descriptor<ServiceNowItsmConnector>("MyServicenowOauth");
            Assert.True(itsm.Config.IsOAuth);
            Assert.False(itsm.Config.UsesTableApi);
            Assert.Equal("fedcbazyxwvutsrqponmlkjihgfedcba", itsm.Config.JwtKeyId);
            var xm = Descriptor<XMattersConnector>("MyXmattersUrl");
            Assert.False(xm.Config.UsesBasic);
            Assert.Null(xm.Config.ConfigUrl);
            Assert.NotNull(xm.Secrets.SecretsUrl);
            Assert.False(Descriptor<IndexConnector>("MyIndex").Config.Refresh);
        }

        [Fact]
        public void Gen_ai_defaults_follow_the_provider()
        {
            const string yaml = @"xpack.actions.preconfigured:
  openai:
    actionTypeId: .gen-ai
    name: OpenAI
    config: {apiProvider: OpenAI, apiUrl: https://api.openai.com/v1/chat/completions}
    secrets: {apiKey: '${OPENAI_KEY}'}
  local:
    actionTypeId: .gen-ai
    name: Local
    config: {apiProvider: Other, apiUrl: https://llm.internal.example.com/v1/chat/completions, defaultModel: llama}
    secrets: {apiKey: '${LOCAL_KEY}'}
";
            Assert.Empty(GeneratorHarness.Run(yaml).Codes);
            var type = Load(yaml);
            var openAi = (GenAiConnector)type.GetProperty("Openai")!.GetValue(null)!;
            Assert.Equal("gpt-4.1", openAi.Config.DefaultModel);
            Assert.Null(openAi.Config.VerificationMode);
            var local = (GenAiConnector)type.GetProperty("Local")!.GetValue(null)!;
            Assert.Equal(GenAiApiProvider.Other, local.Config.ApiProvider);
            Assert.Equal(VerificationMode.Full, local.Config.VerificationMode);
        }

        [Fact]
        public void Lookup_by_id()
        {
            var all = (IReadOnlyList<Connector>)s_class.Value.GetProperty("All")!.GetValue(null)!;
            Assert.Equal(all.Select(c => c.Id).OrderBy(i => i, StringComparer.Ordinal), all.Select(c => c.Id));
            Assert.DoesNotContain(all, c => c.Id == "my-swimlane");

            var tryGet = s_class.Value.GetMethod("TryGet")!;
            var args = new object?[] { "my-jira", null };
            Assert.True((bool)tryGet.Invoke(null, args)!);
            Assert.IsType<JiraConnector>(args[1]);

            var get = s_class.Value.GetMethod("Get")!;
            var ex = Assert.Throws<TargetInvocationException>(() => get.Invoke(null, new object[] { "my-jria" }));
            var notFound = Assert.IsType<KeyNotFoundException>(ex.InnerException);
            Assert.Contains("'my-jria'", notFound.Message);
            Assert.Contains("my-jira", notFound.Message);
        }

        [Fact]
        public void Nested_objects_and_lists_are_typed()
        {
            const string yaml = @"xpack.actions.preconfigured:
  lane:
    actionTypeId: .swimlane
    name: Lane
    config:
      apiUrl: https://lane.example.com
      appId: app
      connectorType: cases
      mappings:
        caseIdConfig: {id: a1, key: case-id, name: Case ID, fieldType: text}
    secrets:
      apiToken: ${LANE_TOKEN}
  chat:
    actionTypeId: .slack_api
    name: Chat
    config:
      allowedChannels:
        - name: general
        - {id: C123, name: ops}
    secrets:
      token: ${SLACK_TOKEN}
";
            var type = Load(yaml);
            var lane = (SwimlaneConnector)type.GetProperty("Lane")!.GetValue(null)!;
            Assert.Equal(SwimlaneConnectorType.Cases, lane.Config.ConnectorType);
            Assert.Equal("case-id", lane.Config.Mappings!.CaseIdConfig!.Key);
            Assert.Null(lane.Config.Mappings.AlertIdConfig);
            var chat = (SlackApiConnector)type.GetProperty("Chat")!.GetValue(null)!;
            Assert.Equal(new[] { "general", "ops" }, chat.Config.AllowedChannels!.Select(c => c.Name));
            Assert.Equal("C123", chat.Config.AllowedChannels![1].Id);
            Assert.Equal(new[] { "SLACK_TOKEN" }, chat.Secrets.Token.EnvironmentVariables);
        }

        [Fact]
        public void Descriptors_offer_the_actions_of_their_own_type_only()
        {
            const string yaml = "xpack.actions.preconfigured:\n  my-slack1:\n    actionTypeId: .slack\n    name: Slack\n    secrets:\n      webhookUrl: ${SLACK_URL}\n  ops-pager:\n    actionTypeId: .pagerduty\n    name: Pager\n    secrets:\n      routingKey: ${PD_KEY}\n";
            const string good = @"using KibanaConnectors;
namespace Acme.Alerts
{
    public static class Use
    {
        public static string Slack() => PreconfiguredConnectors.MySlack1.Message(""{{context.message}}"").ForRule(""query matched"").ToJson();
        public static string Pager() => PreconfiguredConnectors.OpsPager.Trigger(summary: ""CPU"", severity: PagerDutySeverity.Critical).ToExecuteJson();
    }
}";
            var result = GeneratorHarness.Run(yaml, null, good);
            Assert.Empty(result.CompilationErrors);
            var type = result.LoadGeneratedClass().Assembly.GetType("Acme.Alerts.Use")!;
            Assert.Equal("{\"id\":\"my-slack1\",\"group\":\"query matched\",\"params\":{\"message\":\"{{context.message}}\"}}", type.GetMethod("Slack")!.Invoke(null, null));
            Assert.Equal("{\"params\":{\"eventAction\":\"trigger\",\"summary\":\"CPU\",\"severity\":\"critical\"}}", type.GetMethod("Pager")!.Invoke(null, null));

            // A PagerDuty action on a Slack connector does not compile.
            var wrong = GeneratorHarness.Run(yaml, null, "namespace Acme.Alerts { public static class Wrong { public static object X() => PreconfiguredConnectors.MySlack1.Trigger(\"CPU\"); } }");
            Assert.Contains(wrong.CompilationErrors, d => d.Id == "CS1061" && d.GetMessage().Contains("'SlackConnector' does not contain a definition for 'Trigger'"));
        }
    }
}

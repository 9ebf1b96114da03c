using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Xunit;
using static KibanaConnectors.Generator.Tests.YamlPositions;

namespace KibanaConnectors.Generator.Tests
{
    /// <summary>
    /// The AI connectors .inference and .gemini: typed in C#, their misplaced keys and missing endpoint ids explained,
    /// KC0204 (the inference endpoint must already exist) as a note and KC0205 (credentialsJson no service account key).
    /// </summary>
    public class AiConnectorTests
    {
        private const string Inference = @"xpack.actions.preconfigured:
  my-ai:
    actionTypeId: .inference
    name: AI Connector
    config:
      provider: openai
      taskType: chat_completion
      inferenceId: openai-chat
      providerConfig:
        model_id: gpt-4o
        rate_limit:
          requests_per_minute: 500
      taskTypeConfig:
        user: kibana
    secrets:
      providerSecrets:
        api_key: ${OPENAI_API_KEY}
";

        private static GeneratorResult Run(string yaml) => GeneratorHarness.Run(yaml).WithoutLiteralSecretWarnings();

        private static string Message(GeneratorResult result, string id) =>
            result.Diagnostics.Single(d => d.Id == id).GetMessage(System.Globalization.CultureInfo.InvariantCulture);

        [Fact]
        public void An_inference_connector_is_typed_and_its_passthrough_maps_keep_what_is_written()
        {
            var result = Run(Inference);
            Assert.Empty(result.CompilationErrors);
            Assert.Equal(new[] { At("KC0204", Inference, "openai-chat") }, result.Codes);
            Assert.Equal(DiagnosticSeverity.Info, result.Diagnostics.Single().Severity);

            var connector = result.LoadGeneratedClass().GetProperty("MyAi", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
            Assert.Equal("InferenceConnector", connector.GetType().Name);
            var config = connector.GetType().GetProperty("Config")!.GetValue(connector)!;
            Assert.Equal("ChatCompletion", config.GetType().GetProperty("TaskType")!.GetValue(config)!.ToString());
            Assert.Equal("Openai", config.GetType().GetProperty("Provider")!.GetValue(config)!.ToString());
            var providerConfig = (IReadOnlyDictionary<string, object?>)config.GetType().GetProperty("ProviderConfig")!.GetValue(config)!;
            Assert.Equal("gpt-4o", providerConfig["model_id"]);
            Assert.Equal(500L, ((IReadOnlyDictionary<string, object?>)providerConfig["rate_limit"]!)["requests_per_minute"]);

            // The provider's key stays a secret: read from the environment at run time, never compiled in.
            Assert.DoesNotContain("FromLiteral", result.Source);
            Assert.Contains("Secret.FromEnvironment(\"${OPENAI_API_KEY}\")", result.Source);
        }

        [Fact]
        public void KC0204_is_a_note_that_names_the_endpoint_and_how_to_create_it()
        {
            var message = Message(Run(Inference), "KC0204");
            Assert.Contains("config.inferenceId 'openai-chat' must name an Elasticsearch inference endpoint that exists before Kibana starts", message);
            Assert.Contains("elastic/kibana#268812", message);
            Assert.Contains("PUT _inference/chat_completion/openai-chat", message);
            Assert.Contains("secrets.providerSecrets goes to Elasticsearch only when Kibana creates the endpoint", message);

            // Without provider secrets (an Elastic Inference Service endpoint), the note says no more.
            var eis = Inference.Replace("    secrets:\n      providerSecrets:\n        api_key: ${OPENAI_API_KEY}\n", "    secrets:\n      providerSecrets: {}\n");
            Assert.DoesNotContain("providerSecrets", Message(Run(eis), "KC0204"));
        }

        [Fact]
        public void The_eval_readme_shape_is_refused_with_where_the_key_goes_and_what_inferenceId_is()
        {
            // Kibana's eval READMEs write the key at the top of secrets and no inferenceId.
            const string yaml = @"xpack.actions.preconfigured:
  eval-ai:
    actionTypeId: .inference
    name: Eval
    config:
      provider: openai
      taskType: chat_completion
    secrets:
      apiKey: ${OPENAI_API_KEY}
";
            var result = Run(yaml);
            Assert.Equal(new[] { "KC0104@2:3", At("KC0106", yaml, "apiKey") }, result.Codes);
            Assert.Contains("secrets.apiKey is not a secret field of .inference: the service's key goes under secrets.providerSecrets", Message(result, "KC0106"));
            Assert.Contains("needs config.inferenceId (the id of the Elasticsearch inference endpoint the connector calls, which must already exist", Message(result, "KC0104"));
        }

        [Theory]
        [InlineData("provider: open-ai", "open-ai", "'openai'")]
        [InlineData("taskType: embedding", "embedding", "'text_embedding'")]
        public void KC0108_an_inference_provider_or_task_type_outside_kibanas_set(string line, string value, string suggested)
        {
            var yaml = Inference.Replace(line.StartsWith("provider", System.StringComparison.Ordinal) ? "provider: openai" : "taskType: chat_completion", line);
            var result = Run(yaml);
            Assert.Contains(At("KC0108", yaml, value), result.Codes);
            Assert.Contains(suggested, Message(result, "KC0108"));
        }

        private const string Gemini = @"xpack.actions.preconfigured:
  my-gemini:
    actionTypeId: .gemini
    name: Gemini
    config:
      apiUrl: https://us-central1-aiplatform.googleapis.com
      gcpRegion: us-central1
      gcpProjectID: my-project
    secrets:
      credentialsJson: CREDENTIALS
";

        [Fact]
        public void A_gemini_connector_is_typed_with_kibanas_default_model()
        {
            var yaml = Gemini.Replace("CREDENTIALS", "${GEMINI_CREDENTIALS}");
            var result = Run(yaml);
            Assert.Empty(result.Diagnostics);
            Assert.Empty(result.CompilationErrors);
            var connector = result.LoadGeneratedClass().GetProperty("MyGemini", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
            Assert.Equal("GeminiConnector", connector.GetType().Name);
            var config = connector.GetType().GetProperty("Config")!.GetValue(connector)!;
            Assert.Equal("gemini-2.5-pro", config.GetType().GetProperty("DefaultModel")!.GetValue(config));
            Assert.Equal("my-project", config.GetType().GetProperty("GcpProjectID")!.GetValue(config));
        }

        [Theory]
        [InlineData("'{\"type\": \"service_account\", \"project_id\": \"p\"'", "is not JSON")]
        [InlineData("'{\"type\": \"authorized_user\"}'", "whose type is 'authorized_user'")]
        [InlineData("'[\"service_account\"]'", "whose type is not given")]
        public void KC0205_credentials_json_that_is_no_service_account_key_is_refused_at_the_value(string value, string says)
        {
            var yaml = Gemini.Replace("CREDENTIALS", value);
            var result = Run(yaml);
            Assert.Equal(new[] { At("KC0205", yaml, value) }, result.Codes);
            Assert.Contains(says, Message(result, "KC0205"));
            // A secret that fails is never echoed back.
            Assert.DoesNotContain("project_id", Message(result, "KC0205"));
        }

        [Fact]
        public void Empty_credentials_json_is_missing_as_kibana_says()
        {
            var yaml = Gemini.Replace("CREDENTIALS", "''");
            var result = Run(yaml);
            Assert.Equal(new[] { At("KC0105", yaml, "''") }, result.Codes);
            Assert.Contains("Google Service Account credentials JSON is required", Message(result, "KC0105"));
        }

        [Fact]
        public void The_gemini_api_url_goes_through_allowed_hosts()
        {
            var yaml = "xpack.actions.allowedHosts: [generativelanguage.googleapis.com]\n" + Gemini.Replace("CREDENTIALS", "${GEMINI_CREDENTIALS}");
            Assert.Equal(new[] { At("KC0301", yaml, "https://us-central1-aiplatform.googleapis.com") }, Run(yaml).Codes);
        }
    }
}

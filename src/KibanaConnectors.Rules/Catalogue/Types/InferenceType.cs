using System.Collections.Generic;
using System;
using KibanaConnectors.Rules.Diagnostics;
using KibanaConnectors.Rules.Model;
using static KibanaConnectors.Rules.Catalogue.FieldSpec;

namespace KibanaConnectors.Rules.Catalogue.Types
{
    /// <summary><c>.inference</c>: the AI connector, which calls an Elasticsearch inference endpoint.</summary>
    internal static class InferenceType
    {
        // kbn-connector-schemas/inference/constants.ts ServiceProviderKeys: the providers configValidator
        // (stack_connectors/server/connector_types/inference/index.ts) takes, by Object.keys, so exactly as spelt.
        private static readonly EnumSpec s_provider = new EnumSpec(
            "InferenceProvider",
            "The Elasticsearch inference service behind an .inference connector.",
            ("amazonbedrock", "Amazon Bedrock."),
            ("azureopenai", "Azure OpenAI."),
            ("azureaistudio", "Azure AI Studio."),
            ("cohere", "Cohere."),
            ("elasticsearch", "A model deployed in Elasticsearch itself (ELSER, E5 or one uploaded with Eland)."),
            ("googleaistudio", "Google AI Studio."),
            ("googlevertexai", "Google Vertex AI."),
            ("hugging_face", "Hugging Face."),
            ("mistral", "Mistral."),
            ("openai", "OpenAI."),
            ("anthropic", "Anthropic."),
            ("watsonxai", "IBM watsonx.ai."),
            ("alibabacloud-ai-search", "Alibaba Cloud AI Search."),
            ("elastic", "The Elastic Inference Service (EIS)."))
            .ValueAdded("elastic", VersionFact.Since(8, 18, "elastic/kibana#205672 (v8.18.0) added the elastic provider for EIS"));

        // The Elasticsearch task types. configValidator takes 'chat_completion', or any text whose upper case is a SUB_ACTION
        // key (constants.ts), so also 'COMPLETION' or 'unified_completion'; no Elasticsearch endpoint has such a task type,
        // so this project takes only the task types themselves (deliberately stricter).
        private static readonly EnumSpec s_taskType = new EnumSpec(
            "InferenceTaskType",
            "The task an Elasticsearch inference endpoint performs.",
            ("chat_completion", "Chat completion: the unified_completion sub-action."),
            ("completion", "Text completion."),
            ("rerank", "Reranking of texts against a query."),
            ("text_embedding", "Dense vector embeddings of text."),
            ("sparse_embedding", "Sparse (ELSER-style) embeddings of text."))
            .ValueAdded("chat_completion", VersionFact.Since(8, 18, "elastic/kibana#205672 (v8.18.0) added the unified_completion sub-action for chat_completion"));

        public static readonly ConnectorTypeSpec Spec = new ConnectorTypeSpec(
            ".inference",
            "Inference",
            "Runs AI tasks (chat completion, completion, rerank, embeddings) through an Elasticsearch inference endpoint.",
            KibanaLicense.Enterprise,
            config: new[]
            {
                Enum("provider", "The inference service of the endpoint, as Elasticsearch names it.", s_provider).AsRequired(),
                Enum("taskType", "The task type of the endpoint.", s_taskType).AsRequired(),
                Text("inferenceId", "The id of the Elasticsearch inference endpoint the connector calls. It must exist before Kibana starts: Kibana does not create it for a preconfigured connector.")
                    .AsRequired("(the id of the Elasticsearch inference endpoint the connector calls, which must already exist: Kibana creates none for a preconfigured connector)"),
                AnyMap("providerConfig", "The service settings of the endpoint (model_id, url, rate_limit, ...), as Elasticsearch takes them; empty when left out."),
                AnyMap("taskTypeConfig", "The task settings of the endpoint, as Elasticsearch takes them; empty when left out."),
                Integer("contextWindowLength", "How many tokens the model's context window holds."),
                TextMap("headers", "HTTP headers sent with every request, by name.")
                    .SinceUnknown("kbn-connector-schemas/inference/schemas/v1.ts has it in every stored version; the stored versions are not tied to releases"),
                Number("temperature", "The sampling temperature sent with each request: higher gives more varied answers."),
            },
            secrets: new[]
            {
                // Kibana's schema takes any values (z.object({}).passthrough()); the services' secrets are all text
                // (api_key, access_key, secret_key, ...), so only text is taken here (deliberately stricter).
                TextMap("providerSecrets", "The service's secrets by the names Elasticsearch takes (api_key, access_key, secret_key, ...); empty when left out."),
            },
            rules: Rules)
        {
            // PR elastic/kibana#189027 (labelled v8.16.0) added the type; the Kibana Guide 8.16 has inference-action-type.html.
            Added = VersionFact.Since(8, 16, "elastic/kibana#189027 (v8.16.0); Kibana Guide 8.16 inference-action-type.html"),
            KeyHints = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["secrets.apiKey"] = "the service's key goes under secrets.providerSecrets, by the name Elasticsearch takes (providerSecrets: {api_key: ...}); .gen-ai takes apiKey, .inference does not",
                ["secrets.api_key"] = "the service's key goes under secrets.providerSecrets (providerSecrets: {api_key: ...})",
                ["config.model_id"] = "the service's settings go under config.providerConfig (providerConfig: {model_id: ...})",
                ["config.model"] = "the service's settings go under config.providerConfig (providerConfig: {model_id: ...})",
                ["config.apiUrl"] = "the service's URL, where it takes one, goes under config.providerConfig (providerConfig: {url: ...})",
            },
        };

        private static void Rules(ITypeCheck check)
        {
            // elastic/kibana#268812: a preconfigured connector skips the preSaveHook that creates the endpoint for a
            // connector made in the UI or the API, so the endpoint must be there already. True of every connector, and
            // not something the file can fix: a note (info), not a warning that would break builds with warnings as errors.
            if (check.IsSet(Section.Config, "inferenceId"))
            {
                var taskType = check.Text(Section.Config, "taskType") ?? "<taskType>";
                var id = check.Text(Section.Config, "inferenceId");
                // index.ts preSaveHook is also the only place that sends providerConfig and providerSecrets anywhere.
                var unused = check.HasEntries(Section.Secrets, "providerSecrets")
                    ? "; secrets.providerSecrets goes to Elasticsearch only when Kibana creates the endpoint, so here it is sent nowhere: keep the service's key in the endpoint instead"
                    : string.Empty;
                check.Report(DiagnosticRules.InferenceEndpointNeeded, check.ValueSpan(Section.Config, "inferenceId"), check.Id,
                    id == null ? "the value of config.inferenceId" : "'" + id + "'", taskType, id ?? "<inferenceId>", unused);
            }
        }
    }
}

using System;
using System.Collections.Generic;
using System.Linq;

namespace KibanaConnectors
{
    /// <summary>One message of a chat sent to an <c>.inference</c> connector's <c>unified_completion</c>.</summary>
    public sealed class InferenceMessage
    {
        /// <summary>Creates a message.</summary>
        /// <param name="role">Who speaks (<c>role</c>): <c>system</c>, <c>user</c>, <c>assistant</c> or <c>tool</c>.</param>
        /// <param name="content">What is said (<c>content</c>); null for an assistant message that only calls tools.</param>
        /// <param name="name">The speaker's name (<c>name</c>), when several share a role.</param>
        /// <param name="toolCallId">The tool call a <c>tool</c> message answers (<c>tool_call_id</c>).</param>
        public InferenceMessage(string role, string? content, string? name = null, string? toolCallId = null)
        {
            Role = role ?? throw new ArgumentNullException(nameof(role));
            Content = content;
            Name = name;
            ToolCallId = toolCallId;
        }

        /// <summary>Who speaks (<c>role</c>).</summary>
        public string Role { get; }

        /// <summary>What is said (<c>content</c>).</summary>
        public string? Content { get; }

        /// <summary>The speaker's name (<c>name</c>).</summary>
        public string? Name { get; }

        /// <summary>The tool call a <c>tool</c> message answers (<c>tool_call_id</c>).</summary>
        public string? ToolCallId { get; }

        internal ParamMap ToParams() =>
            new ParamMap().Add("role", Role).Add("content", Content).Add("name", Name).Add("tool_call_id", ToolCallId);
    }

    public sealed partial class InferenceConnector
    {
        /// <summary>Sends a chat to the endpoint (<c>unified_completion</c>, an endpoint of task type <c>chat_completion</c>).</summary>
        /// <param name="messages">The chat so far (<c>body.messages</c>).</param>
        /// <param name="model">The model (<c>body.model</c>); the endpoint's own when null.</param>
        /// <param name="maxTokens">The most tokens to generate (<c>body.max_tokens</c>).</param>
        /// <param name="temperature">The sampling temperature (<c>body.temperature</c>).</param>
        /// <param name="stop">Texts at which the model stops (<c>body.stop</c>).</param>
        /// <param name="topP">Nucleus sampling's probability mass (<c>body.top_p</c>).</param>
        /// <param name="user">An id of the end user (<c>body.user</c>).</param>
        /// <remarks>Kibana offers AI connectors to its assistants and workflows, not to alerting rules.</remarks>
        public ConnectorAction UnifiedCompletion(IEnumerable<InferenceMessage> messages, string? model = null, int? maxTokens = null, double? temperature = null,
            IEnumerable<string>? stop = null, double? topP = null, string? user = null)
        {
            // kbn-connector-schemas/inference/schemas/v1.ts UnifiedChatCompleteParamsSchema: {body: {messages, model, max_tokens, ...}}.
            var check = Check("unified_completion", nameof(messages));
            var list = check.Entries(messages, nameof(messages)) ?? throw check.Fail(nameof(messages), "messages is required");
            var stops = check.Entries(stop, nameof(stop));

            return check.Action(ParamCheck.SubAction("unified_completion", new ParamMap().Add("body", new ParamMap()
                .Add("messages", list.Select(m => (object)m.ToParams()).ToArray())
                .Add("model", model)
                .Add("max_tokens", maxTokens)
                .Add("stop", stops)
                .Add("temperature", temperature)
                .Add("top_p", topP)
                .Add("user", user))));
        }

        /// <summary>Completes a text (<c>completion</c>, an endpoint of task type <c>completion</c>).</summary>
        /// <param name="input">The text to complete (<c>input</c>).</param>
        /// <remarks>Kibana offers AI connectors to its assistants and workflows, not to alerting rules.</remarks>
        public ConnectorAction Completion(string input)
        {
            // ChatCompleteParamsSchema: {input: z.string()}.
            var check = Check("completion", nameof(input));
            return check.Action(ParamCheck.SubAction("completion", new ParamMap().Add("input", check.Present(input, nameof(input), "input"))));
        }

        /// <summary>Orders texts by how well they answer a query (<c>rerank</c>, an endpoint of task type <c>rerank</c>).</summary>
        /// <param name="query">The query (<c>query</c>).</param>
        /// <param name="input">The texts to order (<c>input</c>); none when null, as Kibana's default.</param>
        /// <remarks>Kibana offers AI connectors to its assistants and workflows, not to alerting rules.</remarks>
        public ConnectorAction Rerank(string query, IEnumerable<string>? input = null)
        {
            // RerankParamsSchema: {input: z.array(z.string()).default([]), query: z.string()}.
            var check = Check("rerank", nameof(query));
            var texts = check.Entries(input, nameof(input));
            return check.Action(ParamCheck.SubAction("rerank", new ParamMap().Add("input", texts).Add("query", check.Present(query, nameof(query), "query"))));
        }

        /// <summary>Embeds a text as a dense vector (<c>text_embedding</c>, an endpoint of task type <c>text_embedding</c>).</summary>
        /// <param name="input">The text (<c>input</c>).</param>
        /// <param name="inputType">What the text is for, as the service names it (<c>inputType</c>), such as <c>search</c> or <c>ingest</c>.</param>
        /// <remarks>Kibana offers AI connectors to its assistants and workflows, not to alerting rules.</remarks>
        public ConnectorAction TextEmbedding(string input, string inputType)
        {
            // TextEmbeddingParamsSchema: {input: z.string(), inputType: z.string()}.
            var check = Check("text_embedding", nameof(input));
            return check.Action(ParamCheck.SubAction("text_embedding", new ParamMap()
                .Add("input", check.Present(input, nameof(input), "input"))
                .Add("inputType", check.Present(inputType, nameof(inputType), "inputType"))));
        }

        /// <summary>Embeds a text as a sparse vector (<c>sparse_embedding</c>, an endpoint of task type <c>sparse_embedding</c>).</summary>
        /// <param name="input">The text (<c>input</c>).</param>
        /// <remarks>Kibana offers AI connectors to its assistants and workflows, not to alerting rules.</remarks>
        public ConnectorAction SparseEmbedding(string input)
        {
            // SparseEmbeddingParamsSchema: {input: z.string()}.
            var check = Check("sparse_embedding", nameof(input));
            return check.Action(ParamCheck.SubAction("sparse_embedding", new ParamMap().Add("input", check.Present(input, nameof(input), "input"))));
        }

        // kbn-connector-schemas/inference/constants.ts TASK_TYPE_BY_SUB_ACTION: each sub-action calls the endpoint for its
        // own task type, and Elasticsearch refuses a call to an endpoint of another task type.
        private ParamCheck Check(string subAction, string parameter)
        {
            var check = new ParamCheck(this);
            var needs = subAction == "unified_completion" ? InferenceTaskType.ChatCompletion : TaskTypeOf(subAction);
            if (Config.TaskType != needs)
            {
                throw check.Fail(parameter, $"{subAction} calls an inference endpoint of task type {Spelling(needs)}, but config.taskType is {Spelling(Config.TaskType)}, so Elasticsearch refuses it");
            }

            return check;
        }

        private static InferenceTaskType TaskTypeOf(string subAction) => subAction switch
        {
            "completion" => InferenceTaskType.Completion,
            "rerank" => InferenceTaskType.Rerank,
            "text_embedding" => InferenceTaskType.TextEmbedding,
            _ => InferenceTaskType.SparseEmbedding,
        };

        private static string Spelling(InferenceTaskType taskType) => taskType switch
        {
            InferenceTaskType.ChatCompletion => "chat_completion",
            InferenceTaskType.Completion => "completion",
            InferenceTaskType.Rerank => "rerank",
            InferenceTaskType.TextEmbedding => "text_embedding",
            _ => "sparse_embedding",
        };
    }

    /// <summary>How a Gemini model may call the tools it is given (<c>toolConfig.mode</c>).</summary>
    public enum GeminiToolMode
    {
        /// <summary><c>AUTO</c>: the model chooses whether to call a tool.</summary>
        Auto,

        /// <summary><c>ANY</c>: the model must call a tool.</summary>
        Any,

        /// <summary><c>NONE</c>: the model calls no tool.</summary>
        None,
    }

    /// <summary>One message of a chat sent to a <c>.gemini</c> connector's <c>invokeAI</c>.</summary>
    public sealed class GeminiMessage
    {
        /// <summary>Creates a message.</summary>
        /// <param name="role">Who speaks (<c>role</c>): <c>user</c>, or <c>assistant</c> (Kibana sends it to Gemini as <c>model</c>).</param>
        /// <param name="content">What is said (<c>content</c>).</param>
        public GeminiMessage(string role, string content)
        {
            Role = role ?? throw new ArgumentNullException(nameof(role));
            Content = content ?? throw new ArgumentNullException(nameof(content));
        }

        /// <summary>Who speaks (<c>role</c>).</summary>
        public string Role { get; }

        /// <summary>What is said (<c>content</c>).</summary>
        public string Content { get; }
    }

    public sealed partial class GeminiConnector
    {
        /// <summary>Sends a request body to the Gemini model as it is (<c>run</c>).</summary>
        /// <param name="body">The JSON request body (<c>body</c>), such as <c>{"contents": [...]}</c>.</param>
        /// <param name="model">The model (<c>model</c>); the connector's default model when null.</param>
        /// <param name="timeout">How long Kibana waits for the model (<c>timeout</c>, milliseconds); Kibana's default when null.</param>
        /// <param name="temperature">The sampling temperature (<c>temperature</c>).</param>
        /// <param name="stopSequences">Texts at which the model stops (<c>stopSequences</c>).</param>
        /// <param name="raw">True for the model's answer as it is (<c>raw</c>), not Kibana's <c>completion</c> summary of it.</param>
        /// <remarks>Kibana offers AI connectors to its assistants and workflows, not to alerting rules.</remarks>
        public ConnectorAction Run(string body, string? model = null, TimeSpan? timeout = null, double? temperature = null, IEnumerable<string>? stopSequences = null, bool? raw = null)
        {
            // kbn-connector-schemas/gemini/schemas/v1.ts RunActionParamsSchema: body z.any(), which gemini.ts runApi sends as
            // the request's data; Gemini's generateContent needs a JSON object, so other text is refused here (deliberately stricter).
            var check = new ParamCheck(this);
            check.Json(check.Present(body, nameof(body), "body"), nameof(body), "body", ParamCheck.JsonObject);
            return check.Action(ParamCheck.SubAction("run", new ParamMap()
                .Add("body", body)
                .Add("model", model)
                .Add("timeout", AiTimeout.Milliseconds(check, timeout))
                .Add("temperature", temperature)
                .Add("stopSequences", check.Entries(stopSequences, nameof(stopSequences)))
                .Add("raw", raw)));
        }

        /// <summary>Sends a chat to the Gemini model (<c>invokeAI</c>) and gets its answer as text.</summary>
        /// <param name="messages">The chat so far (<c>messages</c>).</param>
        /// <param name="systemInstruction">Instructions the model follows throughout (<c>systemInstruction</c>).</param>
        /// <param name="model">The model (<c>model</c>); the connector's default model when null.</param>
        /// <param name="maxOutputTokens">The most tokens to generate (<c>maxOutputTokens</c>).</param>
        /// <param name="temperature">The sampling temperature (<c>temperature</c>).</param>
        /// <param name="stopSequences">Texts at which the model stops (<c>stopSequences</c>).</param>
        /// <param name="timeout">How long Kibana waits for the model (<c>timeout</c>, milliseconds); Kibana's default when null.</param>
        /// <param name="toolMode">How the model may call tools (<c>toolConfig.mode</c>).</param>
        /// <param name="allowedFunctionNames">The functions the model may call (<c>toolConfig.allowedFunctionNames</c>); needs <paramref name="toolMode"/>.</param>
        /// <remarks>Kibana offers AI connectors to its assistants and workflows, not to alerting rules.</remarks>
        public ConnectorAction InvokeAI(IEnumerable<GeminiMessage> messages, string? systemInstruction = null, string? model = null, int? maxOutputTokens = null,
            double? temperature = null, IEnumerable<string>? stopSequences = null, TimeSpan? timeout = null, GeminiToolMode? toolMode = null,
            IEnumerable<string>? allowedFunctionNames = null)
        {
            // InvokeAIActionParamsSchema: messages z.any(), which gemini.ts formatGeminiPayload reads as {role, content}
            // rows; toolConfig {mode: AUTO | ANY | NONE, allowedFunctionNames} is strict, and mode is required in it.
            var check = new ParamCheck(this);
            var list = check.Entries(messages, nameof(messages)) ?? throw check.Fail(nameof(messages), "messages is required");
            var functions = check.Entries(allowedFunctionNames, nameof(allowedFunctionNames));
            if (functions != null && toolMode == null)
            {
                throw check.Fail(nameof(allowedFunctionNames), "allowedFunctionNames is part of toolConfig, whose mode is required: give toolMode too");
            }

            var toolConfig = toolMode is GeminiToolMode mode
                ? new ParamMap().Add("mode", mode.ToString().ToUpperInvariant()).Add("allowedFunctionNames", functions)
                : null;
            return check.Action(ParamCheck.SubAction("invokeAI", new ParamMap()
                .Add("messages", list.Select(m => (object)new ParamMap().Add("role", m.Role).Add("content", m.Content)).ToArray())
                .Add("systemInstruction", systemInstruction)
                .Add("model", model)
                .Add("maxOutputTokens", maxOutputTokens)
                .Add("temperature", temperature)
                .Add("stopSequences", check.Entries(stopSequences, nameof(stopSequences)))
                .Add("timeout", AiTimeout.Milliseconds(check, timeout))
                .Add("toolConfig", toolConfig)));
        }
    }
}

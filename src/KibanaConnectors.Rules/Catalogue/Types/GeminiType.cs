using KibanaConnectors.Rules.Diagnostics;
using KibanaConnectors.Rules.Model;
using KibanaConnectors.Rules.Reading;
using static KibanaConnectors.Rules.Catalogue.FieldSpec;

namespace KibanaConnectors.Rules.Catalogue.Types
{
    /// <summary><c>.gemini</c>: Google Gemini on Vertex AI.</summary>
    internal static class GeminiType
    {
        /// <summary>kbn-connector-schemas/gemini/constants.ts DEFAULT_MODEL: the model when <c>defaultModel</c> is left out.</summary>
        public const string DefaultModel = "gemini-2.5-pro";

        public static readonly ConnectorTypeSpec Spec = new ConnectorTypeSpec(
            ".gemini",
            "Gemini",
            "Runs prompts on Google Gemini models in Vertex AI, signing in with a Google Cloud service account.",
            KibanaLicense.Enterprise,
            config: new[]
            {
                Url("apiUrl", "The Vertex AI endpoint requests go to, such as https://us-central1-aiplatform.googleapis.com.").AsRequired(),
                // Required fields first (the runtime constructor's order); Kibana's schema has defaultModel second.
                Text("gcpRegion", "The Google Cloud region of the Vertex AI endpoint, such as us-central1.").AsRequired(),
                Text("gcpProjectID", "The Google Cloud project that has Vertex AI enabled.").AsRequired(),
                // The Kibana Guide 8.15 says gemini-1.5-pro-001, later guides gemini-1.5-pro-002, the newest schema gemini-2.5-pro.
                Text("defaultModel", "The model used when an action names none.").WithDefault(DefaultModel),
                Integer("contextWindowLength", "How many tokens the model's context window holds."),
                Number("temperature", "The sampling temperature sent with each request: higher gives more varied answers."),
            },
            secrets: new[]
            {
                Text("credentialsJson", "The Google Cloud service account key: the whole JSON file, as text.").AsRequired(),
            },
            rules: Rules)
        {
            // The Kibana Guide 8.15 has gemini-action-type.html (default model gemini-1.5-pro-001); earlier guides were not found.
            Added = VersionFact.Since(8, 15, "Kibana Guide 8.15 gemini-action-type.html"),
        };

        private static void Rules(ITypeCheck check)
        {
            // stack_connectors/server/connector_types/gemini/validators.ts validateGeminiSecrets: '' is missing, the text must
            // JSON.parse, and its type must be service_account (external_account and authorized_user keys are refused).
            if (check.IsSet(Section.Secrets, "credentialsJson") && !check.IsGiven(Section.Secrets, "credentialsJson"))
            {
                check.Report(DiagnosticRules.MissingSecret, check.ValueSpan(Section.Secrets, "credentialsJson"), check.Id, check.Spec.ActionTypeId, "credentialsJson",
                    " (it is written as '', which Kibana counts as missing: \"Google Service Account credentials JSON is required\")");
                return;
            }

            if (!(check.Text(Section.Secrets, "credentialsJson") is string text))
            {
                return;
            }

            var span = check.ValueSpan(Section.Secrets, "credentialsJson");
            var json = Reading.JsonText.Parse(text, out var error);
            if (json == null)
            {
                // The parser names the character it stops at; of a secret, only where.
                var why = error!.StartsWith("'", System.StringComparison.Ordinal) && error.IndexOf("' where", System.StringComparison.Ordinal) is int at && at > 0
                    ? "a character" + error.Substring(at + 1)
                    : error;
                check.Report(DiagnosticRules.InvalidCredentialsJson, span, check.Id,
                    $"is not JSON ({why}), so Kibana refuses it (\"Invalid JSON format for credentials\"); write the service account's key file as it is, quoted, or as ${{ENV_VAR}}");
                return;
            }

            var type = json is SettingsMap { IsList: false } map && map.Find("type")?.Value is SettingsScalar { Kind: ScalarKind.String } scalar ? scalar.Value : null;
            if (type != "service_account")
            {
                check.Report(DiagnosticRules.InvalidCredentialsJson, span, check.Id,
                    $"is a JSON document whose type is {(type == null ? "not given" : "'" + type + "'")}, but Kibana takes only \"type\": \"service_account\" keys; create a key for a service account (IAM > Service accounts > Keys) and use its JSON file");
            }
        }
    }
}

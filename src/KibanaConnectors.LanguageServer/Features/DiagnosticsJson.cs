using System.Linq;
using System.Text.Json.Nodes;
using KibanaConnectors.LanguageServer.Protocol;
using KibanaConnectors.LanguageServer.Workspace;

namespace KibanaConnectors.LanguageServer.Features
{
    /// <summary>The rules core's diagnostics as LSP diagnostics: range in UTF-16, severity, id, message, help link.</summary>
    internal static class DiagnosticsJson
    {
        public static JsonArray For(FileDiagnostics file)
        {
            var lines = new DocumentLines(file.Document.Text);
            var result = new JsonArray();
            foreach (var diagnostic in file.Diagnostics.OrderBy(d => d.Span.Start).ThenBy(d => d.Id, System.StringComparer.Ordinal))
            {
                var rule = diagnostic.Rule;
                var item = new JsonObject
                {
                    ["range"] = lines.Range(diagnostic.Span),
                    ["severity"] = Lsp.Severity(diagnostic.Severity),
                    ["code"] = rule.Id,
                    ["source"] = "kibana-connectors",
                    ["message"] = diagnostic.Message,
                };
                if (rule.HelpLink is string link)
                {
                    item["codeDescription"] = new JsonObject { ["href"] = link };
                }

                if (rule.Id == Rules.Diagnostics.DiagnosticRules.DeprecatedServiceNow.Id)
                {
                    item["tags"] = new JsonArray(2);
                }

                result.Add((JsonNode)item);
            }

            return result;
        }
    }
}

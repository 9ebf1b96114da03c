using System.Text.Json.Nodes;

namespace KibanaConnectors.LanguageServer.Protocol
{
    /// <summary>Small builders and readers of LSP 3.17 JSON shapes.</summary>
    internal static class Lsp
    {
        public static JsonObject Position(int line, int character) => new JsonObject { ["line"] = line, ["character"] = character };

        public static JsonObject Range(int startLine, int startCharacter, int endLine, int endCharacter) =>
            new JsonObject { ["start"] = Position(startLine, startCharacter), ["end"] = Position(endLine, endCharacter) };

        /// <summary>The member at a path of object keys; null where a step is missing or not an object (never throws).</summary>
        public static JsonNode? At(JsonNode? node, params string[] path)
        {
            foreach (var key in path)
            {
                node = node is JsonObject obj && obj.TryGetPropertyValue(key, out var child) ? child : null;
            }

            return node;
        }

        /// <summary>A number from a message, or an <see cref="LspException"/> (InvalidParams) when it is missing or not an integer.</summary>
        public static int Int(JsonNode? node)
        {
            if (node is JsonValue value && value.TryGetValue<int>(out var number))
            {
                return number;
            }

            if (node is JsonValue other && other.TryGetValue<double>(out var real) && real == System.Math.Floor(real) && real >= int.MinValue && real <= int.MaxValue)
            {
                return (int)real;
            }

            throw new LspException(ErrorCodes.InvalidParams, "a position or version is not a whole number");
        }

        public static string String(JsonNode? node, string what)
        {
            if (node is JsonValue value && value.TryGetValue<string>(out var text))
            {
                return text;
            }

            throw new LspException(ErrorCodes.InvalidParams, what + " is missing or not text");
        }

        public static string? OptionalString(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

        public static bool? OptionalBool(JsonNode? node) => node is JsonValue value && value.TryGetValue<bool>(out var flag) ? flag : null;

        /// <summary>DiagnosticSeverity: 1 error, 2 warning, 3 information, 4 hint.</summary>
        public static int Severity(Rules.Diagnostics.Severity severity) => severity switch
        {
            Rules.Diagnostics.Severity.Error => 1,
            Rules.Diagnostics.Severity.Warning => 2,
            Rules.Diagnostics.Severity.Info => 3,
            _ => 4,
        };
    }
}

using KibanaConnectors.Rules.Model;
using static KibanaConnectors.Rules.Catalogue.FieldSpec;

namespace KibanaConnectors.Rules.Catalogue.Types
{
    /// <summary>
    /// <c>.mcp</c>: a Model Context Protocol server's tools. kbn-connector-schemas/mcp/schemas/v1.ts (at 4562831, the
    /// newest stored shape: serverUrl, hasAuth, authType); stack_connectors/server/connector_types/mcp/index.ts:
    /// enterprise, <c>urlAllowListValidator('serverUrl')</c>; mcp/auth_helpers.ts builds the headers from the secret
    /// that <c>authType</c> names and sends none when it is missing.
    /// </summary>
    /// <remarks>
    /// Stricter than Kibana in two ways: its schemas are not <c>.strict()</c>, so Kibana drops an unknown key (a
    /// misspelt <c>apiKeyHeaderName</c> falls back to X-API-Key) where this project refuses it; and an <c>authType</c>
    /// whose secret is missing is refused here, where Kibana calls the server without credentials and fails there.
    /// </remarks>
    internal static class McpType
    {
        public const string None = "none";
        public const string Bearer = "bearer";
        public const string ApiKey = "apiKey";
        public const string Basic = "basic";

        private static readonly EnumSpec s_authType = new EnumSpec(
            "McpAuthType",
            "How an MCP connector authenticates to its server.",
            (None, "No credentials are sent."),
            (Bearer, "An Authorization: Bearer header with the token secret."),
            (ApiKey, "The apiKey secret in the header apiKeyHeaderName (X-API-Key when left out)."),
            (Basic, "HTTP basic authentication with the user and password secrets."));

        public static readonly ConnectorTypeSpec Spec = new ConnectorTypeSpec(
            ".mcp",
            "Mcp",
            "Lists and calls the tools of a Model Context Protocol (MCP) server over HTTP.",
            KibanaLicense.Enterprise,
            config: new[]
            {
                Url("serverUrl", "The MCP server's endpoint URL, such as https://mcp.example.com/mcp.").AsRequired(),
                Boolean("hasAuth", "Whether requests authenticate; false sends no credentials whatever authType says.", defaultValue: true),
                Enum("authType", "How requests authenticate when hasAuth is true; no credentials when left out.", s_authType),
                Text("apiKeyHeaderName", "The header the API key is sent in, for authType apiKey; X-API-Key when left out.").AsNonEmpty(),
                // mcp/auth_helpers.ts (stored at 023dbe9) reads config.apiKeyHeaderValue; no stored v1.ts has it yet.
                Text("apiKeyHeaderValue", "A template of the API key header's value in which the placeholder stands for the apiKey secret.")
                    .SinceUnknown("read by stack_connectors mcp/auth_helpers.ts at 023dbe9; no stored kbn-connector-schemas/mcp/schemas/v1.ts has it, and none is tied to a release"),
                TextMap("headers", "HTTP headers that are not secret, sent with every request, by name."),
            },
            secrets: new[]
            {
                Text("token", "The bearer token, for authType bearer.").RequiredWhen("authType is bearer"),
                Text("apiKey", "The API key, for authType apiKey.").RequiredWhen("authType is apiKey"),
                Text("user", "The user name, for authType basic.").RequiredWhen("authType is basic"),
                Text("password", "The password, for authType basic.").RequiredWhen("authType is basic"),
                TextMap("secretHeaders", "HTTP headers whose values are secret, sent with every request, by name."),
            },
            rules: Rules)
        {
            Added = VersionFact.Since(9, 3, "Elastic's kibana-connectors skill (elastic/agent-skills SKILL.md): 'MCP (Preview, 9.3+)'"),
        };

        private static void Rules(ITypeCheck check)
        {
            if (check.Bool(Section.Config, "hasAuth") == false || check.IsTemplate(Section.Config, "authType"))
            {
                return;
            }

            switch (check.Text(Section.Config, "authType"))
            {
                case Bearer:
                    check.Require(Section.Secrets, "token");
                    break;
                case ApiKey:
                    check.Require(Section.Secrets, "apiKey");
                    break;
                case Basic:
                    check.Require(Section.Secrets, "user");
                    check.Require(Section.Secrets, "password");
                    break;
            }
        }
    }
}

namespace KibanaConnectors.LanguageServer.Protocol
{
    /// <summary>JSON-RPC 2.0 and LSP 3.17 error codes.</summary>
    internal static class ErrorCodes
    {
        public const int ParseError = -32700;
        public const int InvalidRequest = -32600;
        public const int MethodNotFound = -32601;
        public const int InvalidParams = -32602;
        public const int InternalError = -32603;
        public const int ServerNotInitialized = -32002;
        public const int RequestFailed = -32803;
        public const int RequestCancelled = -32800;
    }

    /// <summary>A request that fails with a JSON-RPC error: thrown by a handler, answered as an error response.</summary>
    internal sealed class LspException : System.Exception
    {
        public LspException(int code, string message)
            : base(message) => Code = code;

        public int Code { get; }
    }
}

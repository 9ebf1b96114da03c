using System;
using System.Net;

namespace KibanaConnectors.Client
{
    /// <summary>Kibana answered with an error status; the message is Kibana's own, with the request that failed.</summary>
    public sealed class KibanaApiException : Exception
    {
        internal KibanaApiException(HttpStatusCode statusCode, string request, string? error, string? kibanaMessage)
            : base($"{request} failed: {(int)statusCode} {error ?? statusCode.ToString()}{(string.IsNullOrEmpty(kibanaMessage) ? string.Empty : ": " + kibanaMessage)}{Hint(statusCode)}")
        {
            StatusCode = statusCode;
            Error = error;
            KibanaMessage = kibanaMessage;
        }

        /// <summary>The HTTP status.</summary>
        public HttpStatusCode StatusCode { get; }

        /// <summary>Kibana's <c>error</c> field, such as <c>Bad Request</c>.</summary>
        public string? Error { get; }

        /// <summary>Kibana's <c>message</c> field.</summary>
        public string? KibanaMessage { get; }

        private static string Hint(HttpStatusCode status) => status switch
        {
            HttpStatusCode.Unauthorized => " (check the API key or user and password)",
            HttpStatusCode.Forbidden => " (the user or API key lacks the Actions and Connectors privilege)",
            HttpStatusCode.NotFound => " (no connector has that id in this Kibana space)",
            _ => string.Empty,
        };
    }
}

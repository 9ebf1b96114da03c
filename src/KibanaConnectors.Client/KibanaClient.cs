using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace KibanaConnectors.Client
{
    /// <summary>
    /// Kibana's connector API: run a connector (<c>_execute</c>), list connectors, and compare them with the connectors
    /// the build compiled (<see cref="VerifyAsync"/>). Sends the <c>kbn-xsrf</c> header Kibana requires.
    /// </summary>
    public sealed class KibanaClient : IDisposable
    {
        private readonly HttpClient _http;
        private readonly bool _ownsHttp;
        private readonly KibanaCredentials _credentials;
        private readonly string _prefix;

        /// <summary>Creates a client for a Kibana at <paramref name="kibanaUrl"/>.</summary>
        /// <param name="kibanaUrl">Kibana's address, such as <c>https://kibana.example.com:5601</c> (with its base path, if any).</param>
        /// <param name="credentials">How to sign in.</param>
        /// <param name="space">The Kibana space; null for the default space.</param>
        /// <param name="timeout">How long a request may take; 100 seconds when null.</param>
        /// <param name="handler">The HTTP handler (a proxy, custom certificates); the default handler when null.</param>
        public KibanaClient(Uri kibanaUrl, KibanaCredentials credentials, string? space = null, TimeSpan? timeout = null, HttpMessageHandler? handler = null)
            : this(CreateHttp(kibanaUrl, credentials, timeout, handler), credentials, space)
        {
            _ownsHttp = true;
        }

        /// <summary>Creates a client over an <see cref="HttpClient"/> whose <see cref="HttpClient.BaseAddress"/> is Kibana's address (from IHttpClientFactory, say).</summary>
        /// <param name="http">The HTTP client; it is not disposed with this client.</param>
        /// <param name="credentials">How to sign in.</param>
        /// <param name="space">The Kibana space; null for the default space.</param>
        public KibanaClient(HttpClient http, KibanaCredentials credentials, string? space = null)
        {
            _http = http ?? throw new ArgumentNullException(nameof(http));
            if (http.BaseAddress == null)
            {
                throw new ArgumentException("The HttpClient needs a BaseAddress: Kibana's address.", nameof(http));
            }

            _credentials = credentials ?? throw new ArgumentNullException(nameof(credentials));
            _prefix = string.IsNullOrEmpty(space) || space == "default" ? string.Empty : "s/" + Uri.EscapeDataString(space!) + "/";
        }

        /// <summary>Runs a connector with the parameters of <paramref name="action"/>: <c>POST /api/actions/connector/{id}/_execute</c>.</summary>
        /// <param name="action">The action, from a connector's typed method.</param>
        /// <param name="cancellationToken">Cancels the request.</param>
        /// <returns>Kibana's result; a connector that ran but failed has <see cref="ExecuteResult.Status"/> <c>error</c>.</returns>
        /// <exception cref="KibanaApiException">Kibana refused the request (unknown connector, invalid parameters, no permission).</exception>
        /// <exception cref="TimeoutException">Kibana did not answer in time.</exception>
        public async Task<ExecuteResult> ExecuteAsync(ConnectorAction action, CancellationToken cancellationToken = default)
        {
            if (action == null)
            {
                throw new ArgumentNullException(nameof(action));
            }

            var path = $"api/actions/connector/{Uri.EscapeDataString(action.ConnectorId)}/_execute";
            using var document = await SendAsync(HttpMethod.Post, path, action.ToExecuteJson(), cancellationToken).ConfigureAwait(false);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new FormatException($"POST /{_prefix}{path} did not answer with Kibana's result object: is the address Kibana's?");
            }

            return new ExecuteResult(
                Text(root, "connector_id") ?? action.ConnectorId,
                Text(root, "status") ?? "unknown",
                Text(root, "message"),
                Text(root, "service_message"),
                root.TryGetProperty("data", out var data) ? data.GetRawText() : null);
        }

        /// <summary>Every connector of the space, preconfigured or not: <c>GET /api/actions/connectors</c>.</summary>
        /// <param name="cancellationToken">Cancels the request.</param>
        public async Task<IReadOnlyList<KibanaConnectorInfo>> ListConnectorsAsync(CancellationToken cancellationToken = default)
        {
            using var document = await SendAsync(HttpMethod.Get, "api/actions/connectors", null, cancellationToken).ConfigureAwait(false);
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                throw new FormatException("GET /api/actions/connectors did not answer with a list of connectors: is the address Kibana's?");
            }

            return document.RootElement.EnumerateArray()
                .Where(c => c.ValueKind == JsonValueKind.Object)
                .Select(c => new KibanaConnectorInfo(
                    Text(c, "id") ?? string.Empty,
                    Text(c, "name") ?? string.Empty,
                    Text(c, "connector_type_id") ?? string.Empty,
                    Flag(c, "is_preconfigured"),
                    Flag(c, "is_deprecated"),
                    Flag(c, "is_system_action"),
                    Flag(c, "is_missing_secrets")))
                .ToList();
        }

        /// <summary>
        /// Compares the connectors the build compiled with the connectors this Kibana runs: each compiled connector must be
        /// preconfigured there with the same type and name, and Kibana should have no preconfigured connector the build
        /// does not know.
        /// </summary>
        /// <param name="compiled">The compiled connectors, usually <c>PreconfiguredConnectors.All</c>.</param>
        /// <param name="cancellationToken">Cancels the request.</param>
        public async Task<VerificationReport> VerifyAsync(IEnumerable<Connector> compiled, CancellationToken cancellationToken = default)
        {
            if (compiled == null)
            {
                throw new ArgumentNullException(nameof(compiled));
            }

            var running = await ListConnectorsAsync(cancellationToken).ConfigureAwait(false);
            return VerificationReport.Compare(compiled.ToList(), running);
        }

        /// <inheritdoc />
        public void Dispose()
        {
            if (_ownsHttp)
            {
                _http.Dispose();
            }
        }

        private async Task<JsonDocument> SendAsync(HttpMethod method, string path, string? json, CancellationToken cancellationToken)
        {
            using var request = new HttpRequestMessage(method, _prefix + path);
            request.Headers.Authorization = _credentials.Header;
            request.Headers.Add("kbn-xsrf", "kibana-connectors");
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
            if (json != null)
            {
                request.Content = new StringContent(json, Encoding.UTF8, "application/json");
            }

            var described = $"{method} /{_prefix}{path}";
            HttpResponseMessage response;
            try
            {
                response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            }
            catch (TaskCanceledException ex) when (!cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException($"{described}: Kibana did not answer within {_http.Timeout.TotalSeconds:0.#} seconds.", ex);
            }

            using (response)
            {
                var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
                if (!response.IsSuccessStatusCode)
                {
                    string? error = null;
                    string? message = null;
                    try
                    {
                        using var problem = JsonDocument.Parse(body);
                        error = Text(problem.RootElement, "error");
                        message = Text(problem.RootElement, "message");
                    }
                    catch (JsonException)
                    {
                        message = body.Length > 200 ? body.Substring(0, 200) + "..." : body;
                    }

                    throw new KibanaApiException(response.StatusCode, described, error, message);
                }

                try
                {
                    return JsonDocument.Parse(body);
                }
                catch (JsonException ex)
                {
                    throw new FormatException($"{described}: Kibana's answer is not JSON: is the address Kibana's?", ex);
                }
            }
        }

        private static string? Text(JsonElement element, string name) =>
            element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

        private static bool Flag(JsonElement element, string name) =>
            element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.True;

        // A handler the caller passes stays theirs: disposing this client leaves it alone.
        private static HttpClient CreateHttp(Uri kibanaUrl, KibanaCredentials credentials, TimeSpan? timeout, HttpMessageHandler? handler)
        {
            if (credentials == null)
            {
                throw new ArgumentNullException(nameof(credentials));
            }

            var baseAddress = WithSlash(kibanaUrl);
            return new HttpClient(handler ?? new HttpClientHandler(), disposeHandler: handler == null) { BaseAddress = baseAddress, Timeout = timeout ?? TimeSpan.FromSeconds(100) };
        }

        private static Uri WithSlash(Uri url) =>
            url == null ? throw new ArgumentNullException(nameof(url)) : url.AbsoluteUri.EndsWith("/", StringComparison.Ordinal) ? url : new Uri(url.AbsoluteUri + "/");
    }

    /// <summary>What Kibana answered to <c>_execute</c>.</summary>
    /// <param name="ConnectorId">The connector that ran.</param>
    /// <param name="Status"><c>ok</c> or <c>error</c>.</param>
    /// <param name="Message">Kibana's message when the run failed.</param>
    /// <param name="ServiceMessage">The service's own error message, when it gave one.</param>
    /// <param name="DataJson">The connector's result data as JSON, when it returned any.</param>
    public sealed record ExecuteResult(string ConnectorId, string Status, string? Message, string? ServiceMessage, string? DataJson)
    {
        /// <summary>True when the connector ran without error.</summary>
        public bool IsOk => Status == "ok";
    }

    /// <summary>A connector as Kibana lists it.</summary>
    /// <param name="Id">Its id.</param>
    /// <param name="Name">Its name.</param>
    /// <param name="ConnectorTypeId">Its type, such as <c>.slack</c>.</param>
    /// <param name="IsPreconfigured">Whether it comes from <c>xpack.actions.preconfigured</c>.</param>
    /// <param name="IsDeprecated">Whether Kibana marks it deprecated.</param>
    /// <param name="IsSystemAction">Whether it is a system action.</param>
    /// <param name="IsMissingSecrets">Whether its secrets are missing.</param>
    public sealed record KibanaConnectorInfo(string Id, string Name, string ConnectorTypeId, bool IsPreconfigured, bool IsDeprecated, bool IsSystemAction, bool IsMissingSecrets);
}

using System;
using System.Linq;
using System.Net;
using System.Text;
using System.Threading.Tasks;
using KibanaConnectors.Client;
using Xunit;

namespace KibanaConnectors.Tests
{
    /// <summary>The client against a local server that answers with the shapes of Kibana's API documentation.</summary>
    public class KibanaClientTests
    {
        private static readonly KibanaCredentials s_apiKey = KibanaCredentials.ApiKey("a2V5LWlkOmtleQ==");

        private static ConnectorAction Action(string id = "my-slack1") =>
            new ConnectorAction(id, ".slack", new ParamMap().Add("message", "Deploy \"42\" finished"));

        [Fact]
        public async Task Execute_posts_the_params_with_the_headers_kibana_requires()
        {
            using var kibana = new FakeKibana(200, "{\"connector_id\":\"my-slack1\",\"status\":\"ok\",\"data\":{\"text\":\"ok\"}}");
            using var client = new KibanaClient(kibana.Url, s_apiKey);
            var result = await client.ExecuteAsync(Action());

            Assert.True(result.IsOk);
            Assert.Equal("my-slack1", result.ConnectorId);
            Assert.Equal("{\"text\":\"ok\"}", result.DataJson);
            var request = Assert.Single(kibana.Requests);
            Assert.Equal("POST", request.Method);
            Assert.Equal("/api/actions/connector/my-slack1/_execute", request.Path);
            Assert.NotNull(request.Xsrf);
            Assert.Equal("ApiKey a2V5LWlkOmtleQ==", request.Authorization);
            Assert.Equal("{\"params\":{\"message\":\"Deploy \\\"42\\\" finished\"}}", request.Body);
        }

        [Fact]
        public async Task Spaces_basic_auth_and_a_failed_run_are_reported_as_kibana_says()
        {
            using var kibana = new FakeKibana(200, "{\"connector_id\":\"hook\",\"status\":\"error\",\"message\":\"an error occurred while running the action\",\"service_message\":\"Request failed with status code 502\"}");
            using var client = new KibanaClient(kibana.Url, KibanaCredentials.Basic("elastic", "changeme"), space: "ops team");
            var result = await client.ExecuteAsync(Action("hook"));

            Assert.False(result.IsOk);
            Assert.Equal("an error occurred while running the action", result.Message);
            Assert.Equal("Request failed with status code 502", result.ServiceMessage);
            var request = Assert.Single(kibana.Requests);
            Assert.Equal("/s/ops%20team/api/actions/connector/hook/_execute", request.Path);
            Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("elastic:changeme")), request.Authorization);
            Assert.DoesNotContain("changeme", KibanaCredentials.Basic("elastic", "changeme").ToString());
        }

        [Theory]
        [InlineData(404, "{\"statusCode\":404,\"error\":\"Not Found\",\"message\":\"Saved object [action/my-slak1] not found\"}", "Not Found: Saved object [action/my-slak1] not found (no connector has that id in this Kibana space)")]
        [InlineData(400, "{\"statusCode\":400,\"error\":\"Bad Request\",\"message\":\"error validating action params: [message]: expected value of type [string] but got [undefined]\"}", "400 Bad Request: error validating action params")]
        [InlineData(401, "{\"statusCode\":401,\"error\":\"Unauthorized\",\"message\":\"[security_exception] unable to authenticate\"}", "(check the API key or user and password)")]
        [InlineData(502, "<html>Bad gateway</html>", "502 BadGateway: <html>Bad gateway</html>")]
        public async Task Errors_carry_kibanas_status_and_message(int status, string body, string expected)
        {
            using var kibana = new FakeKibana(status, body);
            using var client = new KibanaClient(kibana.Url, s_apiKey);
            var ex = await Assert.ThrowsAsync<KibanaApiException>(() => client.ExecuteAsync(Action("my-slak1")));
            Assert.Equal((HttpStatusCode)status, ex.StatusCode);
            Assert.Contains(expected, ex.Message);
            Assert.StartsWith("POST /api/actions/connector/my-slak1/_execute failed: " + status, ex.Message);
        }

        [Fact]
        public async Task A_kibana_that_does_not_answer_in_time_is_a_timeout()
        {
            using var kibana = new FakeKibana(async _ =>
            {
                await Task.Delay(TimeSpan.FromSeconds(5));
                return (200, "[]");
            });
            using var client = new KibanaClient(kibana.Url, s_apiKey, timeout: TimeSpan.FromMilliseconds(300));
            var ex = await Assert.ThrowsAsync<TimeoutException>(() => client.ListConnectorsAsync());
            Assert.Contains("GET /api/actions/connectors: Kibana did not answer within 0.3 seconds", ex.Message);
        }

        private const string Listed = @"[
  {""id"":""my-slack1"",""name"":""Slack #xyz"",""connector_type_id"":"".slack"",""is_preconfigured"":true,""is_deprecated"":false,""is_system_action"":false,""referenced_by_count"":2},
  {""id"":""ops-log"",""name"":""Old name"",""connector_type_id"":"".server-log"",""is_preconfigured"":true,""is_deprecated"":false,""is_system_action"":false,""referenced_by_count"":0},
  {""id"":""pager"",""name"":""Pager"",""connector_type_id"":"".webhook"",""is_preconfigured"":false,""is_deprecated"":false,""is_system_action"":false,""is_missing_secrets"":true,""referenced_by_count"":0},
  {""id"":""Elastic-Cloud-SMTP"",""name"":""Elastic-Cloud-SMTP"",""connector_type_id"":"".email"",""is_preconfigured"":true,""is_deprecated"":false,""is_system_action"":false,""referenced_by_count"":0},
  {""id"":""system-connector-.cases"",""name"":""Cases"",""connector_type_id"":"".cases"",""is_preconfigured"":false,""is_deprecated"":false,""is_system_action"":true,""referenced_by_count"":0}
]";

        [Fact]
        public async Task List_reads_kibanas_connector_list()
        {
            using var kibana = new FakeKibana(200, Listed);
            using var client = new KibanaClient(kibana.Url, s_apiKey);
            var connectors = await client.ListConnectorsAsync();
            Assert.Equal(5, connectors.Count);
            Assert.Equal(new KibanaConnectorInfo("pager", "Pager", ".webhook", false, false, false, true), connectors[2]);
            Assert.Equal("GET", Assert.Single(kibana.Requests).Method);
        }

        [Fact]
        public async Task Verify_reports_every_difference_with_the_compiled_set()
        {
            var compiled = new Connector[]
            {
                new SlackConnector("my-slack1", "Slack #xyz", false, new SlackConfig(), new SlackSecrets(Secret.FromEnvironment("${URL}"))),
                new ServerLogConnector("ops-log", "Ops log", false, new ServerLogConfig(), new ServerLogSecrets()),
                new ServerLogConnector("pager", "Pager", false, new ServerLogConfig(), new ServerLogSecrets()),
                new ServerLogConnector("audit", "Audit", false, new ServerLogConfig(), new ServerLogSecrets()),
            };
            using var kibana = new FakeKibana(200, Listed);
            using var client = new KibanaClient(kibana.Url, s_apiKey);
            var report = await client.VerifyAsync(compiled);

            Assert.False(report.IsMatch);
            Assert.Equal(
                new[]
                {
                    (VerificationProblemKind.Extra, "Elastic-Cloud-SMTP"),
                    (VerificationProblemKind.Missing, "audit"),
                    (VerificationProblemKind.NameDiffers, "ops-log"),
                    (VerificationProblemKind.TypeDiffers, "pager"),
                    (VerificationProblemKind.NotPreconfigured, "pager"),
                    (VerificationProblemKind.MissingSecrets, "pager"),
                }.OrderBy(p => p.Item2, StringComparer.Ordinal).ThenBy(p => p.Item1),
                report.Problems.Select(p => (p.Kind, p.ConnectorId)));
            Assert.Contains("Kibana names it \"Old name\"; the build compiled \"Ops log\"", report.ToString());

            using var same = new FakeKibana(200, "[" + Listed.Split('\n')[1].TrimEnd(',') + "]");
            using var sameClient = new KibanaClient(same.Url, s_apiKey);
            Assert.True((await sameClient.VerifyAsync(compiled.Take(1))).IsMatch);
        }

        [Fact]
        public async Task An_answer_that_is_not_kibanas_is_a_format_error_and_a_callers_handler_is_left_undisposed()
        {
            using var kibana = new FakeKibana(200, "[]");
            var handler = new CountingHandler();
            using (var client = new KibanaClient(kibana.Url, s_apiKey, handler: handler))
            {
                var ex = await Assert.ThrowsAsync<FormatException>(() => client.ExecuteAsync(Action()));
                Assert.Contains("did not answer with Kibana's result object", ex.Message);
            }

            Assert.False(handler.Disposed);
            handler.Dispose();
        }

        private sealed class CountingHandler : System.Net.Http.HttpClientHandler
        {
            public bool Disposed { get; private set; }

            protected override void Dispose(bool disposing)
            {
                Disposed = true;
                base.Dispose(disposing);
            }
        }
    }
}

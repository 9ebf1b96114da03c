using System.Linq;
using Xunit;
using Xunit.Abstractions;

namespace KibanaConnectors.Generator.Tests
{
    public class SmokeTests
    {
        private readonly ITestOutputHelper _out;

        public SmokeTests(ITestOutputHelper output) => _out = output;

        [Fact]
        public void Smoke()
        {
            var result = GeneratorHarness.Run(@"
server.port: 5601
xpack.actions.preconfigured:
  my-slack1:
    actionTypeId: .slack
    name: 'Slack #xyz'
    secrets:
      webhookUrl: 'https://hooks.slack.com/services/abcd/efgh/ijklmnopqrstuvwxyz'
  webhook-service:
    actionTypeId: .webhook
    name: 'Email service'
    config:
      url: 'https://email-alert-service.elastic.co'
      method: post
      headers:
        header1: value1
        header2: value2
    secrets:
      user: elastic
      password: ${PASS}
    exposeConfig: true
  bad:
    actionTypeId: .webhok
    name: x
");
            _out.WriteLine(result.Source);
            foreach (var d in result.Diagnostics)
            {
                _out.WriteLine(d.ToString());
            }

            foreach (var d in result.CompilationErrors)
            {
                _out.WriteLine("COMPILE: " + d);
            }

            Assert.Empty(result.CompilationErrors);
        }
    }
}

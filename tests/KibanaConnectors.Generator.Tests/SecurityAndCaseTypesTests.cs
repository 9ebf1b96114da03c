using System.Linq;
using KibanaConnectors.LanguageServer.Features;
using KibanaConnectors.Rules.Catalogue;
using KibanaConnectors.Rules.Model;
using Xunit;
using static KibanaConnectors.Generator.Tests.YamlPositions;

namespace KibanaConnectors.Generator.Tests
{
    /// <summary>
    /// The case and security types of issue 22 (.mcp, .thehive, .xsoar, .jira-service-management, .sentinelone,
    /// .crowdstrike, .microsoft_defender_endpoint): typed classes, licences, feature flags. Their field rules are traced to
    /// Kibana's tests in TestData/KibanaCases.
    /// </summary>
    public class SecurityAndCaseTypesTests
    {
        private const string Connectors = @"xpack.actions.preconfigured:
  tools:
    actionTypeId: .mcp
    name: MCP
    config:
      serverUrl: https://mcp.example.com/mcp
      authType: apiKey
      apiKeyHeaderName: X-Key
      headers:
        X-Tenant: acme
    secrets:
      apiKey: ${MCP_API_KEY}
  hive:
    actionTypeId: .thehive
    name: TheHive
    config:
      url: https://thehive.example.com
      organisation: soc
    secrets:
      apiKey: ${THEHIVE_API_KEY}
  soar:
    actionTypeId: .xsoar
    name: XSOAR
    config:
      url: https://xsoar.example.com
    secrets:
      apiKey: ${XSOAR_API_KEY}
      apiKeyID: ${XSOAR_API_KEY_ID}
  jsm:
    actionTypeId: .jira-service-management
    name: JSM
    config:
      apiUrl: https://api.atlassian.com
    secrets:
      apiKey: ${JSM_API_KEY}
  s1:
    actionTypeId: .sentinelone
    name: SentinelOne
    config:
      url: https://usea1.sentinelone.net
    secrets:
      token: ${S1_TOKEN}
  falcon:
    actionTypeId: .crowdstrike
    name: CrowdStrike
    config:
      url: https://api.crowdstrike.com
    secrets:
      clientId: ${CS_CLIENT_ID}
      clientSecret: ${CS_CLIENT_SECRET}
  defender:
    actionTypeId: .microsoft_defender_endpoint
    name: Defender
    config:
      clientId: 00000000-0000-0000-0000-000000000001
      tenantId: 00000000-0000-0000-0000-000000000002
      oAuthServerUrl: https://login.microsoftonline.com
      oAuthScope: https://securitycenter.onmicrosoft.com/windowsatpservice/.default
      apiUrl: https://api.securitycenter.microsoft.com
    secrets:
      clientSecret: ${MDE_CLIENT_SECRET}
";

        [Fact]
        public void Each_type_becomes_its_typed_connector_with_typed_config()
        {
            var result = GeneratorHarness.Run(Connectors, GeneratorHarness.DefaultOptions(),
                @"namespace Acme.Alerts {
class Use
{
    System.Uri Server => PreconfiguredConnectors.Tools.Config.ServerUrl;
    KibanaConnectors.McpAuthType? Auth => PreconfiguredConnectors.Tools.Config.AuthType;
    string? Organisation => PreconfiguredConnectors.Hive.Config.Organisation;
    KibanaConnectors.Secret? KeyId => PreconfiguredConnectors.Soar.Secrets.ApiKeyID;
    System.Uri Jsm => PreconfiguredConnectors.Jsm.Config.ApiUrl;
    System.Uri S1 => PreconfiguredConnectors.S1.Config.Url;
    KibanaConnectors.Secret Falcon => PreconfiguredConnectors.Falcon.Secrets.ClientSecret;
    string Tenant => PreconfiguredConnectors.Defender.Config.TenantId;
}
}");
            Assert.Empty(result.Diagnostics);
            Assert.Empty(result.CompilationErrors);
            foreach (var (identifier, type) in new[]
            {
                ("Tools", "McpConnector"), ("Hive", "TheHiveConnector"), ("Soar", "XsoarConnector"), ("Jsm", "JiraServiceManagementConnector"),
                ("S1", "SentinelOneConnector"), ("Falcon", "CrowdStrikeConnector"), ("Defender", "MicrosoftDefenderEndpointConnector"),
            })
            {
                Assert.Contains($"public static __KC.{type} {identifier} ", result.Source);
            }

            Assert.Contains("__KC.McpAuthType.ApiKey", result.Source);
            Assert.DoesNotContain("GenericConnector", result.Source!);
        }

        [Theory]
        [InlineData(".thehive", "platinum")]
        [InlineData(".xsoar", "platinum")]
        [InlineData(".jira-service-management", "platinum")]
        [InlineData(".mcp", "enterprise")]
        [InlineData(".sentinelone", "enterprise")]
        [InlineData(".crowdstrike", "enterprise")]
        [InlineData(".microsoft_defender_endpoint", "enterprise")]
        public void The_licence_is_Kibanas_minimumLicenseRequired(string type, string license)
        {
            Assert.Equal(license, ActionTypes.License(type)?.ToString().ToLowerInvariant());
            Assert.DoesNotContain(type, ActionTypes.Generic);
        }

        [Fact]
        public void KC0303_a_platinum_project_is_warned_about_the_enterprise_security_types_only()
        {
            var result = GeneratorHarness.Run(Connectors, GeneratorHarness.DefaultOptions(("KibanaConnectorsLicense", "platinum")));
            Assert.Equal(
                new[] { At("KC0303", Connectors, ".mcp"), At("KC0303", Connectors, ".sentinelone"), At("KC0303", Connectors, ".crowdstrike"), At("KC0303", Connectors, ".microsoft_defender_endpoint") },
                result.Codes);
        }

        [Fact]
        public void Every_URL_of_the_security_types_passes_allowedHosts()
        {
            var yaml = "xpack.actions.allowedHosts: [api.securitycenter.microsoft.com]\n" + Connectors;
            var result = GeneratorHarness.Run(yaml).WithoutLiteralSecretWarnings();
            var expected = new[]
            {
                At("KC0301", yaml, "https://mcp.example.com/mcp"), At("KC0301", yaml, "https://thehive.example.com"), At("KC0301", yaml, "https://xsoar.example.com"),
                At("KC0301", yaml, "https://api.atlassian.com"), At("KC0301", yaml, "https://usea1.sentinelone.net"), At("KC0301", yaml, "https://api.crowdstrike.com"),
                At("KC0301", yaml, "https://login.microsoftonline.com"),
            };
            Assert.Equal(expected.OrderBy(c => c), result.Codes.OrderBy(c => c));
        }

        [Fact]
        public void An_unknown_key_gets_the_closest_field()
        {
            const string yaml = "xpack.actions.preconfigured:\n  defender:\n    actionTypeId: .microsoft_defender_endpoint\n    name: D\n    config:\n      clientId: a\n      tenantId: b\n      oauthServerUrl: https://login.microsoftonline.com\n      oAuthScope: s\n      apiUrl: https://api.securitycenter.microsoft.com\n    secrets:\n      clientSecret: ${MDE_SECRET}\n";
            var result = GeneratorHarness.Run(yaml);
            Assert.Equal(new[] { At("KC0104", yaml, "defender"), At("KC0106", yaml, "oauthServerUrl") }.OrderBy(c => c), result.Codes.OrderBy(c => c));
            Assert.Contains("did you mean 'oAuthServerUrl'?", result.Diagnostics.Single(d => d.Id == "KC0106").GetMessage());
        }

        [Theory]
        [InlineData(".sentinelone", "sentinelOneConnectorOn")]
        [InlineData(".crowdstrike", "crowdstrikeConnectorOn")]
        [InlineData(".microsoft_defender_endpoint", "microsoftDefenderEndpointOn")]
        public void The_feature_flag_of_a_security_type_is_told_in_hover_not_refused(string type, string flag)
        {
            var spec = ConnectorCatalogue.Find(type)!;
            Assert.Contains(flag, spec.Availability);
            Assert.Contains("xpack.stack_connectors.enableExperimental", CatalogueText.Type(spec));
        }

        [Theory]
        [InlineData(".thehive", "8.15", "8.16")]
        [InlineData(".jira-service-management", "9.1", "9.2")]
        [InlineData(".mcp", "9.2", "9.3")]
        public void A_type_is_refused_before_the_release_that_added_it(string type, string before, string since)
        {
            var yaml = $"xpack.actions.preconfigured:\n  c:\n    actionTypeId: {type}\n    name: C\n";
            var old = GeneratorHarness.Run(yaml, GeneratorHarness.DefaultOptions(("KibanaConnectorsKibanaVersion", before)));
            var refused = old.Diagnostics.Single(d => d.Id == "KC0102");
            Assert.Contains($"it appeared in Kibana {since}", refused.GetMessage());
            var now = GeneratorHarness.Run(yaml, GeneratorHarness.DefaultOptions(("KibanaConnectorsKibanaVersion", since)));
            Assert.DoesNotContain(now.Diagnostics, d => d.Id == "KC0102");
        }
    }
}

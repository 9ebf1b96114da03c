using KibanaConnectors.Rules.Model;
using static KibanaConnectors.Rules.Catalogue.FieldSpec;

namespace KibanaConnectors.Rules.Catalogue.Types
{
    /// <summary>
    /// <c>.microsoft_defender_endpoint</c>: Microsoft Defender for Endpoint response actions for Elastic Security.
    /// kbn-connector-schemas/microsoft_defender_endpoint/schemas/v1.ts: five required non-empty config fields and one
    /// secret, all strict; stack_connectors/server/connector_types/microsoft_defender_endpoint/index.ts: enterprise,
    /// <c>urlAllowListValidator</c> on <c>oAuthServerUrl</c> and <c>apiUrl</c>; registered when <c>microsoftDefenderEndpointOn</c> is on.
    /// </summary>
    internal static class MicrosoftDefenderEndpointType
    {
        public static readonly ConnectorTypeSpec Spec = new ConnectorTypeSpec(
            ".microsoft_defender_endpoint",
            "MicrosoftDefenderEndpoint",
            "Runs Elastic Security response actions (isolate, release, run scripts) on hosts Microsoft Defender for Endpoint protects.",
            KibanaLicense.Enterprise,
            config: new[]
            {
                Text("clientId", "The application (client) id of the app registered in Microsoft Entra ID.").AsRequired().AsNonEmpty(),
                Text("tenantId", "The directory (tenant) id the app is registered in.").AsRequired().AsNonEmpty(),
                Url("oAuthServerUrl", "The OAuth 2.0 server tokens are got from, such as https://login.microsoftonline.com.").AsRequired().AsNonEmpty(),
                Text("oAuthScope", "The OAuth 2.0 scope asked for, such as https://securitycenter.onmicrosoft.com/windowsatpservice/.default.").AsRequired().AsNonEmpty(),
                Url("apiUrl", "The Defender for Endpoint API URL, such as https://api.securitycenter.microsoft.com.").AsRequired().AsNonEmpty(),
            },
            secrets: new[] { Text("clientSecret", "The client secret of the registered app.").AsRequired().AsNonEmpty() })
        {
            Availability = SecurityFeatureFlags.Note("microsoftDefenderEndpointOn"),
            Added = VersionFact.Unknown("the stored Kibana Guide and source history do not date it"),
        };
    }
}

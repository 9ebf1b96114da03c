using System.Collections.Generic;
using System.Linq;

namespace KibanaConnectors.Rules.Diagnostics
{
    /// <summary>Every diagnostic KibanaConnectors reports, with the ids fixed in DESIGN.md. Each front end shows these.</summary>
    internal static class DiagnosticRules
    {
        private const string Settings = "KibanaConnectors.Settings";
        private const string Connectors = "KibanaConnectors.Connectors";
        private const string Rules = "KibanaConnectors.Rules";
        private const string Secrets = "KibanaConnectors.Secrets";
        private const string Code = "KibanaConnectors.Code";

        public static readonly DiagnosticRule InvalidYaml = Error(
            "KC0001", "Settings file is not valid YAML", "{0} is not valid YAML: {1}", Settings);

        public static readonly DiagnosticRule NoConnectors = Warning(
            "KC0002", "Connector file defines no connectors", "{0} has no xpack.actions.preconfigured entries; add connectors under xpack.actions.preconfigured, or remove the file from the connector files", Settings);

        public static readonly DiagnosticRule DuplicateId = Error(
            "KC0003", "Connector id defined twice", "The connector id '{0}' is defined twice (also at {1}); Kibana keeps only one of them, so rename or remove one", Connectors);

        public static readonly DiagnosticRule IdentifierCollision = Warning(
            "KC0004", "Connector ids give the same C# name", "The connector id '{0}' gives the C# name '{2}', which {1} already has; '{0}' is generated as '{3}' (rename one id to choose the names yourself)", Connectors);

        public static readonly DiagnosticRule NotAMap = Error(
            "KC0005", "Connector entry is not a map", "{0} must be a map of {1}, but is {2}", Connectors);

        public static readonly DiagnosticRule InvalidId = Error(
            "KC0006", "Connector id that Kibana rejects", "The connector id '{0}' {1}; choose another id", Connectors);

        public static readonly DiagnosticRule ConnectorOutsideSection = Warning(
            "KC0007", "Connector outside the preconfigured section", "'{0}' looks like a connector (it has actionTypeId) but sits at '{1}', outside xpack.actions.preconfigured, so Kibana does not read it as a connector; check its indentation", Settings);

        public static readonly DiagnosticRule UnsafeInput = Error(
            "KC0008", "Settings file too large or complex to read safely", "{0} was not read: {1}", Settings);

        public static readonly DiagnosticRule InvalidOption = Error(
            "KC0009", "Invalid KibanaConnectors option", "The MSBuild property {0} is '{1}', which is not valid; set it to {2}", Settings);

        public static readonly DiagnosticRule InvalidSetting = Error(
            "KC0010", "Invalid setting around the connectors", "{0} {1}", Settings);

        public static readonly DiagnosticRule ForbiddenPath = Error(
            "KC0011", "Setting path that Kibana forbids", "{0} cannot be read by Kibana: {1}", Settings);

        public static readonly DiagnosticRule UnknownSetting = Error(
            "KC0012", "Unknown xpack.actions setting", "{0} is not a setting of Kibana {1}, so Kibana refuses to start{2}", Settings);

        public static readonly DiagnosticRule IgnoredSetting = Warning(
            "KC0013", "Setting Kibana ignores or deprecates", "{0} {1}", Settings);

        public static readonly DiagnosticRule InvalidDeploymentFile = Error(
            "KC0014", "Deployment file that does not hold Kibana's settings as its tool reads them", "In {0}, {1}", Settings);

        public static readonly DiagnosticRule UnsetEnvironmentVariable = Warning(
            "KC0015", "Environment variable the Kibana container does not set", "'${{{0}}}' names an environment variable that the kibana container of {1} does not set (in its env or envFrom, line {2}); Kibana refuses to start when a variable its settings name is not set, so add {0} to the container's env{3}", Settings);

        public static readonly DiagnosticRule UnusedSuppression = Warning(
            "KC0016", "Suppression comment that silences nothing", "This suppression comment silences nothing: {0}", Settings);

        public static readonly DiagnosticRule InvalidConfigFile = Error(
            "KC0017", "Invalid .kibana-connectors.yml", "In {0}, {1}", Settings);

        public static readonly DiagnosticRule SettingWrittenTwice = Warning(
            "KC0018", "Setting written twice", "In {0}, {1}; remove one of them", Settings);

        public static readonly DiagnosticRule ConnectorsDropped = Error(
            "KC0019", "Connectors dropped by a later setting", "In {0}, {1}, so Kibana starts without the {2} written before it; remove the later setting, or move the connectors after it", Settings);

        public static readonly DiagnosticRule MissingActionTypeId = Error(
            "KC0101", "actionTypeId is missing", "Connector '{0}' has no actionTypeId; add one, such as 'actionTypeId: .webhook'", Connectors);

        public static readonly DiagnosticRule UnknownActionType = Error(
            "KC0102", "Unknown action type", "Connector '{0}': {1}", Connectors);

        public static readonly DiagnosticRule MissingName = Error(
            "KC0103", "Connector name is missing", "Connector '{0}' {1}; add 'name:' with the name Kibana shows for it", Connectors);

        public static readonly DiagnosticRule MissingConfig = Error(
            "KC0104", "Required config field is missing", "Connector '{0}' ({1}) needs config.{2}{3}", Connectors);

        public static readonly DiagnosticRule MissingSecret = Error(
            "KC0105", "Required secret is missing", "Connector '{0}' ({1}) needs secrets.{2}{3}; add it, as ${{ENV_VAR}} to read it from the environment", Connectors);

        public static readonly DiagnosticRule UnknownKey = Error(
            "KC0106", "Unknown key", "Connector '{0}': {1}", Connectors);

        public static readonly DiagnosticRule WrongType = Error(
            "KC0107", "Value of the wrong type", "Connector '{0}': {1} must be {2}, but is {3}{4}", Connectors);

        public static readonly DiagnosticRule ValueNotAllowed = Error(
            "KC0108", "Value outside its allowed set", "Connector '{0}': {1} is '{2}', which Kibana does not accept; use one of {3}{4}", Connectors);

        public static readonly DiagnosticRule InvalidUrl = Error(
            "KC0109", "Invalid URL", "Connector '{0}': {1} '{2}' {3}", Connectors);

        public static readonly DiagnosticRule ConflictingFields = Error(
            "KC0110", "Fields that exclude each other", "Connector '{0}': {1}", Connectors);

        public static readonly DiagnosticRule AuthWithoutCredentials = Warning(
            "KC0111", "Authentication on but no credentials", "Connector '{0}' ({1}): {2} with basic authentication, but neither secrets.user nor secrets.password is given, so Kibana sends its requests without an Authorization header; set hasAuth: false if the endpoint needs no credentials, or add both secrets", Connectors);

        public static readonly DiagnosticRule EmptyValue = Error(
            "KC0112", "Empty value where Kibana needs one", "Connector '{0}': {1} is empty, but Kibana requires a non-empty value{2}", Connectors);

        public static readonly DiagnosticRule InvalidEmailFrom = Error(
            "KC0201", "Email sender is not an address", "Connector '{0}': config.from '{1}' is not an email address; write it as user@host-name or 'Display Name <user@host-name>'", Rules);

        public static readonly DiagnosticRule InvalidRoutingKey = Error(
            "KC0202", "PagerDuty routing key is not 32 characters", "Connector '{0}': secrets.routingKey is {1} characters long, but a PagerDuty integration key has 32; copy the Integration Key of the service's Events API integration", Rules);

        public static readonly DiagnosticRule InvalidPem = Error(
            "KC0203", "Certificate data is not base64-encoded PEM", "Connector '{0}': {1} {2}", Rules);

        public static readonly DiagnosticRule InferenceEndpointNeeded = new DiagnosticRule(
            "KC0204", "Inference endpoint must already exist", "Connector '{0}': config.inferenceId {1} must name an Elasticsearch inference endpoint that exists before Kibana starts, because Kibana does not create it for a preconfigured connector (elastic/kibana#268812) and leaves the connector out of its list while the endpoint is missing; create it with PUT _inference/{2}/{3}{4}", Rules, Severity.Info);

        public static readonly DiagnosticRule InvalidCredentialsJson = Error(
            "KC0205", "Google credentials are not a service account key", "Connector '{0}': secrets.credentialsJson {1}", Rules);

        public static readonly DiagnosticRule HostNotAllowed = Error(
            "KC0301", "Connector host not in allowedHosts", "Connector '{0}': {1} calls the host '{2}', which xpack.actions.allowedHosts ({3}) does not list, so Kibana refuses to run the connector; add '{2}' to allowedHosts{4}", Rules);

        public static readonly DiagnosticRule TypeNotEnabled = Warning(
            "KC0302", "Connector type not in enabledActionTypes", "Connector '{0}': its type {1} is not in xpack.actions.enabledActionTypes ({2}); Kibana still runs preconfigured connectors of types left out, so the list does not stop this one: add {1} to the list, or remove the connector", Rules);

        public static readonly DiagnosticRule LicenseTooLow = Warning(
            "KC0303", "Connector type needs a higher licence", "Connector '{0}': {1} connectors need the {2} licence or higher, but KibanaConnectorsLicense is {3}; Kibana will not run it", Rules);

        public static readonly DiagnosticRule DeprecatedServiceNow = Warning(
            "KC0304", "Deprecated ServiceNow connector", "Connector '{0}': {1} connectors that use the Table API ({2}) are deprecated in Kibana; install the Elastic application from the ServiceNow Store and set 'usesTableApi: false'", Rules);

        public static readonly DiagnosticRule UnknownConnectorReference = Error(
            "KC0305", "Setting names no connector of the right type", "{0} is '{1}', {2}", Rules);

        public static readonly DiagnosticRule RefusedBySetting = Error(
            "KC0306", "Connector refused by an xpack.actions setting", "Connector '{0}': {1}", Rules);

        public static readonly DiagnosticRule EmailDomainNotAllowed = Error(
            "KC0307", "Email sender outside the domain allowlist", "Connector '{0}': config.from '{1}' has the domain '{2}', which xpack.actions.email.domain_allowlist ({3}) does not list, so Kibana refuses the connector; add '{2}' to the list, or send from an allowed domain", Rules);

        public static readonly DiagnosticRule LiteralSecret = Warning(
            "KC0401", "Secret written as a literal", "Connector '{0}': secrets.{1} is written out in {2}, where anyone who can read the file can read it; write it as ${{ENV_VAR}}, or remove it here and add it to the Kibana keystore as '{3}'{4}", Secrets);

        public static readonly DiagnosticRule UnknownConnectorId = Error(
            "KC1001", "Not a known connector id", "'{0}' is not the id of a connector in the project's Kibana settings files{1}", Code);

        public static readonly DiagnosticRule ConnectorIdLiteral = new DiagnosticRule(
            "KC1002", "Connector id written as a string", "The connector id '{0}' can be written as {1}, which the compiler checks", Code, Severity.Hidden);

        public static IReadOnlyList<DiagnosticRule> All { get; } = typeof(DiagnosticRules)
            .GetFields()
            .Where(f => f.FieldType == typeof(DiagnosticRule))
            .Select(f => (DiagnosticRule)f.GetValue(null))
            .OrderBy(d => d.Id, System.StringComparer.Ordinal)
            .ToArray();

        private static readonly Dictionary<string, DiagnosticRule> s_byId = All.ToDictionary(d => d.Id);

        public static DiagnosticRule ById(string id) => s_byId[id];

        public static DiagnosticRule? Find(string id) => s_byId.TryGetValue(id, out var rule) ? rule : null;

        private static DiagnosticRule Error(string id, string title, string message, string category) =>
            new DiagnosticRule(id, title, message, category, Severity.Error);

        private static DiagnosticRule Warning(string id, string title, string message, string category) =>
            new DiagnosticRule(id, title, message, category, Severity.Warning);
    }
}

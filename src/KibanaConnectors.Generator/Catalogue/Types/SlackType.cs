using KibanaConnectors.Generator.Validation;
using static KibanaConnectors.Generator.Catalogue.FieldSpec;

namespace KibanaConnectors.Generator.Catalogue.Types
{
    /// <summary><c>.slack</c>: Slack through an incoming webhook. Old docs put webhookUrl in config; it is a secret.</summary>
    internal static class SlackType
    {
        public static readonly ConnectorTypeSpec Spec = new ConnectorTypeSpec(
            ".slack",
            "Slack",
            KibanaLicense.Gold,
            config: System.Array.Empty<FieldSpec>(),
            secrets: new[] { Url("webhookUrl").AsRequired() });
    }
}

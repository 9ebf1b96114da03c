using KibanaConnectors.Rules.Model;
using static KibanaConnectors.Rules.Catalogue.FieldSpec;

namespace KibanaConnectors.Rules.Catalogue.Types
{
    /// <summary><c>.slack</c>: Slack through an incoming webhook. Old docs put webhookUrl in config; it is a secret.</summary>
    internal static class SlackType
    {
        public static readonly ConnectorTypeSpec Spec = new ConnectorTypeSpec(
            ".slack",
            "Slack",
            "Posts messages to a Slack channel through an incoming webhook.",
            KibanaLicense.Gold,
            config: System.Array.Empty<FieldSpec>(),
            secrets: new[] { Url("webhookUrl", "The incoming webhook URL Slack gave for the channel.").AsRequired() });
    }
}

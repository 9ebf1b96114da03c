using KibanaConnectors.Rules.Model;
using static KibanaConnectors.Rules.Catalogue.FieldSpec;

namespace KibanaConnectors.Rules.Catalogue.Types
{
    /// <summary><c>.teams</c>: Microsoft Teams through an incoming webhook.</summary>
    internal static class TeamsType
    {
        public static readonly ConnectorTypeSpec Spec = new ConnectorTypeSpec(
            ".teams",
            "Teams",
            "Posts messages to a Microsoft Teams channel through an incoming webhook.",
            KibanaLicense.Gold,
            config: System.Array.Empty<FieldSpec>(),
            secrets: new[] { Url("webhookUrl", "The incoming webhook URL Teams gave for the channel.").AsRequired() });
    }
}

namespace KibanaConnectors.Rules.Catalogue.Types
{
    /// <summary>Closed value sets that fields of several connector types take: each is one runtime enum.</summary>
    internal static class CommonEnums
    {
        public static readonly EnumSpec WebhookMethod = new EnumSpec(
            "WebhookMethod",
            "The HTTP method of a request a connector sends.",
            ("post", "HTTP POST."),
            ("put", "HTTP PUT."),
            ("patch", "HTTP PATCH."),
            ("get", "HTTP GET."),
            ("delete", "HTTP DELETE."));

        public static readonly EnumSpec VerificationMode = new EnumSpec(
            "VerificationMode",
            "How the TLS certificate of the server a connector calls is checked.",
            ("full", "The certificate must be trusted and name the host called."),
            ("certificate", "The certificate must be trusted; the host name is not compared."),
            ("none", "The certificate is not checked at all."));
    }
}

using System.Text.RegularExpressions;
using System;

namespace KibanaConnectors.Rules.Checks
{
    /// <summary>What Kibana takes as a connector URL, and the host it compares with <c>xpack.actions.allowedHosts</c>.</summary>
    internal static class UrlRules
    {
        private static readonly Regex s_mustache = new Regex(@"\{\{\{?[^{}]*\}?\}\}", RegexOptions.CultureInvariant);

        /// <summary>The text with each Mustache part (<c>{{{external.system.id}}}</c>) replaced by a plain word.</summary>
        public static string WithoutMustache(string url) => s_mustache.Replace(url, "x");

        /// <summary>Why a text is not an absolute http(s) URL with a host; null when it is one.</summary>
        public static string? Problem(string value)
        {
            if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || value.IndexOf("://", StringComparison.Ordinal) < 0)
            {
                return "is not an absolute URL; write it as https://host/path";
            }

            if (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
            {
                return $"uses the scheme '{uri.Scheme}', but Kibana calls only http and https URLs";
            }

            return uri.Host.Length == 0 ? "has no host name" : null;
        }

        /// <summary>The host of a URL as Kibana compares it with allowedHosts (lower case); null when a Mustache template fills it in.</summary>
        public static string? Host(string url, bool mustache)
        {
            if (mustache)
            {
                var start = url.IndexOf("://", StringComparison.Ordinal);
                var end = start < 0 ? -1 : url.IndexOfAny(new[] { '/', '?', '#' }, start + 3);
                var authority = start < 0 ? url : end < 0 ? url.Substring(start) : url.Substring(start, end - start);
                if (authority.IndexOf("{{", StringComparison.Ordinal) >= 0)
                {
                    return null;
                }

                url = WithoutMustache(url);
            }

            // Node's URL, which Kibana uses, gives international host names in their ASCII (punycode) form.
            return Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Host.Length > 0 ? uri.IdnHost : null;
        }
    }
}

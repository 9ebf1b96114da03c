using System.Collections.Generic;

namespace KibanaConnectors
{
    /// <summary>The HTTP method of a webhook connector (<c>method</c>).</summary>
    public enum WebhookMethod
    {
        /// <summary><c>post</c>, the default.</summary>
        Post,

        /// <summary><c>put</c>.</summary>
        Put,

        /// <summary><c>patch</c>.</summary>
        Patch,

        /// <summary><c>get</c>.</summary>
        Get,

        /// <summary><c>delete</c>.</summary>
        Delete,
    }

    /// <summary>How a webhook or cases webhook connector authenticates (<c>authType</c>).</summary>
    public enum WebhookAuthType
    {
        /// <summary><c>webhook-authentication-basic</c>: user and password.</summary>
        WebhookAuthenticationBasic,

        /// <summary><c>webhook-authentication-ssl</c>: a client certificate.</summary>
        WebhookAuthenticationSsl,

        /// <summary><c>webhook-oauth2-client-credentials</c>: OAuth 2.0 client credentials (not for cases webhooks).</summary>
        WebhookOauth2ClientCredentials,
    }

    /// <summary>The kind of client certificate for SSL authentication (<c>certType</c>).</summary>
    public enum WebhookCertType
    {
        /// <summary><c>ssl-crt-key</c>: a certificate and a key.</summary>
        SslCrtKey,

        /// <summary><c>ssl-pfx</c>: a PFX bundle.</summary>
        SslPfx,
    }

    /// <summary>How a server certificate is verified (<c>verificationMode</c>).</summary>
    public enum VerificationMode
    {
        /// <summary><c>full</c>: the certificate and the host name.</summary>
        Full,

        /// <summary><c>certificate</c>: the certificate only.</summary>
        Certificate,

        /// <summary><c>none</c>: no verification.</summary>
        None,
    }

    internal static class SecretMap
    {
        internal static IReadOnlyDictionary<string, Secret>? Resolve(IReadOnlyDictionary<string, Secret>? secrets, ISecretSource source, string connectorId, string field)
        {
            if (secrets == null)
            {
                return null;
            }

            var resolved = new Dictionary<string, Secret>(secrets.Count);
            foreach (var pair in secrets)
            {
                resolved.Add(pair.Key, pair.Value.Resolve(source, connectorId, field + "." + pair.Key));
            }

            return resolved;
        }
    }
}

using System;
using System.Net.Http.Headers;
using System.Text;

namespace KibanaConnectors.Client
{
    /// <summary>How the client signs in to Kibana: an API key or a user name and password.</summary>
    public sealed class KibanaCredentials
    {
        private readonly AuthenticationHeaderValue _header;
        private readonly string _description;

        private KibanaCredentials(AuthenticationHeaderValue header, string description)
        {
            _header = header;
            _description = description;
        }

        /// <summary>An API key as Kibana and Elasticsearch give it: the base64 <c>encoded</c> value.</summary>
        /// <param name="encoded">The encoded API key.</param>
        public static KibanaCredentials ApiKey(string encoded) =>
            new KibanaCredentials(new AuthenticationHeaderValue("ApiKey", Required(encoded, nameof(encoded))), "API key");

        /// <summary>An API key given as its id and key.</summary>
        /// <param name="id">The API key's id.</param>
        /// <param name="key">The API key.</param>
        public static KibanaCredentials ApiKey(string id, string key) =>
            ApiKey(Convert.ToBase64String(Encoding.UTF8.GetBytes(Required(id, nameof(id)) + ":" + Required(key, nameof(key)))));

        /// <summary>Basic authentication with a Kibana user.</summary>
        /// <param name="user">The user name.</param>
        /// <param name="password">The password.</param>
        public static KibanaCredentials Basic(string user, string password) =>
            new KibanaCredentials(
                new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(Required(user, nameof(user)) + ":" + Required(password, nameof(password))))),
                "user " + user);

        internal AuthenticationHeaderValue Header => _header;

        /// <summary>The kind of credentials and the user; never the secret.</summary>
        public override string ToString() => _description;

        private static string Required(string value, string name) =>
            string.IsNullOrEmpty(value) ? throw new ArgumentException("The value is required.", name) : value;
    }
}

using System.Collections.Generic;
using System.Linq;
using System.Text;
using System;

namespace KibanaConnectors.Rules.Catalogue
{
    /// <summary>One nodemailer well-known service.</summary>
    internal sealed class EmailService
    {
        public EmailService(string name, string host, int port, bool secure, params string[] aliases)
        {
            Name = name;
            Host = host;
            Port = port;
            Secure = secure;
            Aliases = aliases;
        }

        public string Name { get; }

        public string Host { get; }

        public int Port { get; }

        public bool Secure { get; }

        public IReadOnlyList<string> Aliases { get; }
    }

    internal static partial class EmailServices
    {
        // Built on first use: the data sits in another part of this partial class, whose field initialisers may run later.
        private static Dictionary<string, EmailService>? s_byKey;

        public static IEnumerable<string> Names => s_services.Select(s => s.Name);

        /// <summary>Looks a service up as nodemailer does: by name, alias or domain, ignoring case and characters other than letters, digits, '.' and '-'.</summary>
        public static EmailService? Find(string service) =>
            (s_byKey ??= BuildIndex()).TryGetValue(Normalize(service.Substring(service.LastIndexOf('@') + 1)), out var found) ? found : null;

        private static Dictionary<string, EmailService> BuildIndex()
        {
            var index = new Dictionary<string, EmailService>(StringComparer.Ordinal);
            foreach (var service in s_services)
            {
                index[Normalize(service.Name)] = service;
                foreach (var alias in service.Aliases)
                {
                    index[Normalize(alias)] = service;
                }
            }

            return index;
        }

        private static string Normalize(string key)
        {
            var normalized = new StringBuilder(key.Length);
            foreach (var c in key)
            {
                if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-')
                {
                    normalized.Append(char.ToLowerInvariant(c));
                }
            }

            return normalized.ToString();
        }
    }
}

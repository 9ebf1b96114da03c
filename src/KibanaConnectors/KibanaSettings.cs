using System;
using System.Collections.Generic;
using System.Linq;

namespace KibanaConnectors
{
    /// <summary>
    /// The Kibana a connector runs on, as far as typed actions depend on it: the release (whose rules changed over
    /// time, such as when HTML email is sent) and the <c>xpack.actions</c> settings that decide whether a run succeeds.
    /// The generated connectors carry the project's values (<c>KibanaConnectorsKibanaVersion</c> and the settings files);
    /// a connector built by hand runs on <see cref="Newest"/>.
    /// </summary>
    public sealed class KibanaSettings
    {
        // The newest release the rules know; the rules core has the same value (a test keeps them equal).
        private static readonly Version s_newestVersion = new Version(9, 4);

        /// <summary>Creates the settings.</summary>
        /// <param name="version">The Kibana release (major and minor; a patch is ignored); the newest the rules know when null.</param>
        /// <param name="emailDomainAllowlist">
        /// <c>xpack.actions.email.domain_allowlist</c>: the domains email recipients may have; null when the setting is
        /// not set, so that every domain is allowed.
        /// </param>
        public KibanaSettings(Version? version = null, IEnumerable<string>? emailDomainAllowlist = null)
        {
            Version = version == null ? s_newestVersion : new Version(version.Major, Math.Max(version.Minor, 0));
            EmailDomainAllowlist = emailDomainAllowlist?.ToArray();
        }

        /// <summary>The newest Kibana release whose rules the typed actions follow, with no <c>xpack.actions</c> setting that restricts them.</summary>
        public static KibanaSettings Newest { get; } = new KibanaSettings();

        /// <summary>The Kibana release (major and minor).</summary>
        public Version Version { get; }

        /// <summary><c>xpack.actions.email.domain_allowlist</c>; null when the setting is not set.</summary>
        public IReadOnlyList<string>? EmailDomainAllowlist { get; }

        /// <summary>True when the release is <paramref name="major"/>.<paramref name="minor"/> or later.</summary>
        /// <param name="major">The major version.</param>
        /// <param name="minor">The minor version.</param>
        public bool IsAtLeast(int major, int minor) => Version >= new Version(major, minor);

        /// <inheritdoc />
        public override string ToString() =>
            "Kibana " + Version + (EmailDomainAllowlist == null ? string.Empty : ", email domains " + string.Join(", ", EmailDomainAllowlist));
    }
}

using System;
using System.Globalization;

namespace KibanaConnectors.Rules.Model
{
    /// <summary>Which YAML reader a Kibana release reads its settings files with (kbn-config's <c>read_config.ts</c>).</summary>
    internal enum SettingsReader
    {
        /// <summary>The npm package <c>yaml</c> (2.x, <c>^2.8.1</c>), <c>parse(text)</c> with its defaults: Kibana main, 9.3 and later, 8.19.</summary>
        Yaml,

        /// <summary>js-yaml 4.1 <c>load</c>: Kibana 9.1 and 9.2 (elastic/kibana#190678 moved main from js-yaml 3 to 4).</summary>
        JsYaml,

        /// <summary>js-yaml 3.14 <c>safeLoad</c>: Kibana 8.18 and earlier, and 9.0.</summary>
        JsYamlSafeLoad,
    }

    /// <summary>
    /// The Kibana release whose rules apply (<c>KibanaConnectorsKibanaVersion</c>, CLI <c>--kibana-version</c>):
    /// a major and minor version such as 8.18 or 9.2. The default is the newest the rules know. A release newer than
    /// that is read with the newest rules (Kibana adds to its rules more often than it changes them).
    /// </summary>
    internal readonly record struct KibanaVersion(int Major, int Minor) : IComparable<KibanaVersion>
    {
        /// <summary>The newest release whose rules this catalogue follows: Kibana main at the time of writing.</summary>
        public static readonly KibanaVersion Newest = new KibanaVersion(9, 4);

        /// <summary>The oldest release accepted: the first whose preconfigured connectors match the catalogue's shape.</summary>
        public static readonly KibanaVersion Oldest = new KibanaVersion(8, 0);

        /// <summary>The last minor release of the 8.x line: 9.0 came next.</summary>
        public static readonly KibanaVersion Last8 = new KibanaVersion(8, 19);

        /// <summary>Every release the rules know, oldest first: <see cref="Oldest"/> to <see cref="Last8"/>, then 9.0 to <see cref="Newest"/>.</summary>
        public static System.Collections.Generic.IReadOnlyList<KibanaVersion> Releases { get; } = KnownReleases();

        private static KibanaVersion[] KnownReleases()
        {
            var releases = new System.Collections.Generic.List<KibanaVersion>();
            for (var major = Oldest.Major; major <= Newest.Major; major++)
            {
                var last = major == Newest.Major ? Newest.Minor : major == Last8.Major ? Last8.Minor : -1;
                for (var minor = major == Oldest.Major ? Oldest.Minor : 0; minor <= last; minor++)
                {
                    releases.Add(new KibanaVersion(major, minor));
                }
            }

            return releases.ToArray();
        }

        /// <summary>
        /// The reader of this release: kbn-config's read_config.ts called js-yaml 3's <c>safeLoad</c> until
        /// elastic/kibana#190678 (9.1) moved to js-yaml 4's <c>load</c>, and moved to the <c>yaml</c> package in
        /// elastic/kibana#252351 (main), backported to 9.4, 9.3 and 8.19 in July 2026.
        /// </summary>
        public SettingsReader Reader =>
            (Major == 8 && Minor >= 19) || (Major == 9 && Minor >= 3) || Major > 9 ? SettingsReader.Yaml
            : Major == 9 && Minor >= 1 ? SettingsReader.JsYaml
            : SettingsReader.JsYamlSafeLoad;

        /// <summary>
        /// Whether this release reads <c>${NAME:default}</c> (kbn-config's replaceEnvVarRefs, elastic/kibana#182139, 8.15);
        /// before, only <c>${NAME}</c> is a reference and such a text stays as written.
        /// </summary>
        public bool ReadsEnvironmentDefaults => Major > 8 || (Major == 8 && Minor >= 15);

        public int CompareTo(KibanaVersion other) => Major != other.Major ? Major.CompareTo(other.Major) : Minor.CompareTo(other.Minor);

        public static bool operator <(KibanaVersion a, KibanaVersion b) => a.CompareTo(b) < 0;

        public static bool operator >(KibanaVersion a, KibanaVersion b) => a.CompareTo(b) > 0;

        public static bool operator <=(KibanaVersion a, KibanaVersion b) => a.CompareTo(b) <= 0;

        public static bool operator >=(KibanaVersion a, KibanaVersion b) => a.CompareTo(b) >= 0;

        /// <summary>Reads <c>8.18</c>, <c>9.2</c> or a full release such as <c>9.2.4</c> (the patch is ignored); null when it is none.</summary>
        public static KibanaVersion? Parse(string text)
        {
            var parts = text.Trim().Split('.');
            if (parts.Length < 2 || parts.Length > 3
                || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var major)
                || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var minor)
                || (parts.Length == 3 && !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out _)))
            {
                return null;
            }

            var version = new KibanaVersion(major, minor);
            return version < Oldest ? null : version;
        }

        public override string ToString() => Major.ToString(CultureInfo.InvariantCulture) + "." + Minor.ToString(CultureInfo.InvariantCulture);
    }
}

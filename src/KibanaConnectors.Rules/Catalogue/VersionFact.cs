using System.Globalization;
using KibanaConnectors.Rules.Model;

namespace KibanaConnectors.Rules.Catalogue
{
    /// <summary>
    /// When a setting, field, enum value or connector type appeared in Kibana, with the source that shows it; or that
    /// the stored history of Kibana's source does not tell (<see cref="Unknown"/>), in which case the thing is taken to
    /// exist in every release rather than guessed.
    /// </summary>
    internal sealed class VersionFact
    {
        private VersionFact(KibanaVersion? version, KibanaVersion? backport, string source)
        {
            Version = version;
            Backport = backport;
            Source = source;
        }

        /// <summary>The first release of the newest line that has it; null when unknown.</summary>
        public KibanaVersion? Version { get; }

        /// <summary>The first release of an older line it was backported to (8.19 for a 9.1 feature); null when none.</summary>
        public KibanaVersion? Backport { get; }

        /// <summary>The Kibana source path or pull request that shows it, or why the history does not tell.</summary>
        public string Source { get; }

        public bool IsKnown => Version != null;

        /// <param name="source">The Kibana source path, pull request or stored commit that shows it.</param>
        public static VersionFact Since(int major, int minor, string source) => new VersionFact(new KibanaVersion(major, minor), null, source);

        /// <summary>In <paramref name="major"/>.<paramref name="minor"/> and later, and backported to the older line from <paramref name="backportMajor"/>.<paramref name="backportMinor"/> on.</summary>
        public static VersionFact Since(int major, int minor, int backportMajor, int backportMinor, string source) =>
            new VersionFact(new KibanaVersion(major, minor), new KibanaVersion(backportMajor, backportMinor), source);

        /// <param name="why">Why the stored history does not tell when it appeared.</param>
        public static VersionFact Unknown(string why) => new VersionFact(null, null, why);

        /// <summary>True when <paramref name="kibana"/> has it (always, when unknown).</summary>
        public bool ExistsIn(KibanaVersion kibana) =>
            Version is not KibanaVersion since
            || kibana >= since
            || (Backport is KibanaVersion backport && kibana.Major == backport.Major && kibana >= backport);

        /// <summary>"9.1", or "8.19 and 9.1"; empty when unknown.</summary>
        public string Describe() =>
            Version is not KibanaVersion since ? string.Empty
            : Backport is KibanaVersion backport ? backport.ToString() + " and " + since.ToString()
            : since.ToString();

        public override string ToString() => IsKnown ? "since " + Describe() + " (" + Source + ")" : "unknown (" + Source + ")";
    }

    /// <summary>The words of the diagnostics about something newer than the selected release.</summary>
    internal static class VersionWords
    {
        /// <summary>"it appeared in Kibana 9.1, but KibanaConnectorsKibanaVersion is 9.0".</summary>
        public static string TooNew(VersionFact fact, KibanaVersion kibana) =>
            string.Format(CultureInfo.InvariantCulture, "it appeared in Kibana {0}, but KibanaConnectorsKibanaVersion is {1}", fact.Describe(), kibana);
    }
}

using System;

namespace KibanaConnectors.Rules.Model
{
    /// <summary>Where a file keeps Kibana's settings: the whole file, or somewhere in a Kubernetes deployment's files.</summary>
    internal enum SettingsShape
    {
        /// <summary>Told by the content (<c>Shapes.Detect</c>): what a file of no given shape is read as.</summary>
        Auto,

        /// <summary>A Kibana settings file (<c>kibana.yml</c>): the whole file is the settings.</summary>
        Settings,

        /// <summary>
        /// A Kubernetes manifest (one or more YAML documents): each ECK <c>Kibana</c> resource's <c>spec.config</c> is the
        /// settings of a Kibana of its own; <c>Secret</c>s named in <c>spec.secureSettings</c> fill its keystore.
        /// </summary>
        Eck,

        /// <summary>Values of Elastic's <c>kibana</c> Helm chart: the text of <c>kibanaConfig: kibana.yml: |</c> is a settings file.</summary>
        Helm,

        /// <summary>Values of the <c>eck-stack</c> Helm chart: <c>eck-kibana.config</c> (or the older <c>eck-kibana.spec.config</c>) is the settings.</summary>
        EckStack,
    }

    /// <summary>The names of <see cref="SettingsShape"/> as options write them (<c>--shape</c>, <c>Shape="eck"</c>).</summary>
    internal static class SettingsShapes
    {
        /// <summary>Every name, in the order help texts list them.</summary>
        public static readonly string[] Names = { "auto", "settings", "eck", "helm", "eck-stack" };

        public static string Name(SettingsShape shape) => Names[(int)shape];

        /// <summary>The shape of a name in any case, or null for a name that is none; an empty or missing name is <see cref="SettingsShape.Auto"/>.</summary>
        public static SettingsShape? Parse(string? name)
        {
            if (string.IsNullOrWhiteSpace(name))
            {
                return SettingsShape.Auto;
            }

            var index = Array.FindIndex(Names, n => string.Equals(n, name!.Trim(), StringComparison.OrdinalIgnoreCase));
            return index < 0 ? null : (SettingsShape?)index;
        }
    }
}

using System.Collections.Generic;

namespace KibanaConnectors.Rules.Catalogue
{
    /// <summary>What a Kibana setting under <c>xpack.actions</c> holds, as <c>@kbn/config-schema</c> reads it.</summary>
    internal enum SettingKind
    {
        /// <summary><c>schema.string()</c>: text (a number or boolean is refused).</summary>
        Text,

        /// <summary><c>schema.boolean()</c>: a boolean, or the text true/false.</summary>
        Boolean,

        /// <summary><c>schema.number()</c>: a number, or numeric text.</summary>
        Number,

        /// <summary><c>schema.byteSize()</c>: a number of bytes, or text such as <c>1mb</c>.</summary>
        ByteSize,

        /// <summary><c>schema.duration()</c>: milliseconds, or text such as <c>60s</c>.</summary>
        Duration,

        /// <summary>One text of <see cref="SettingSpec.Values"/>.</summary>
        Enum,

        /// <summary>A list of <see cref="SettingSpec.Item"/>.</summary>
        List,

        /// <summary>A map of names to text (<c>schema.recordOf(schema.string(), schema.string())</c>).</summary>
        TextMap,

        /// <summary>An object with the settings of <see cref="SettingSpec.Children"/>, and no others.</summary>
        Object,

        /// <summary>Text, or a list of text (<c>schema.oneOf([string, arrayOf(string)])</c>).</summary>
        TextOrTextList,

        /// <summary>A value whose shape the stored source does not show, or that another part of the checks reads: any value passes.</summary>
        Any,
    }

    /// <summary>
    /// One setting of Kibana's actions plugin (<c>x-pack/platform/plugins/shared/actions/server/config.ts</c>): its
    /// name, the shape of its value, when it appeared and whether Kibana still reads it.
    /// </summary>
    internal sealed class SettingSpec
    {
        private SettingSpec(string name, SettingKind kind, string description)
        {
            Name = name;
            Kind = kind;
            Description = description;
        }

        public string Name { get; }

        public SettingKind Kind { get; }

        /// <summary>One line saying what the setting does.</summary>
        public string Description { get; }

        /// <summary>The settings of an <see cref="SettingKind.Object"/>.</summary>
        public IReadOnlyList<SettingSpec> Children { get; private set; } = System.Array.Empty<SettingSpec>();

        /// <summary>What each entry of a <see cref="SettingKind.List"/> is.</summary>
        public SettingSpec? Item { get; private set; }

        /// <summary>The values of an <see cref="SettingKind.Enum"/>.</summary>
        public IReadOnlyList<string> Values { get; private set; } = System.Array.Empty<string>();

        public double? Min { get; private set; }

        public double? Max { get; private set; }

        /// <summary><c>minLength: 1</c> on text, <c>minSize: 1</c> on a list.</summary>
        public bool NonEmpty { get; private set; }

        /// <summary>Text that must be a host name (<c>schema.string({ hostname: true })</c>).</summary>
        public bool HostName { get; private set; }

        /// <summary>Required inside its object (no <c>schema.maybe</c>, no default).</summary>
        public bool Required { get; private set; }

        /// <summary>When Kibana added it; null when it is as old as the oldest release this project knows (8.0).</summary>
        public VersionFact? Added { get; private set; }

        /// <summary>
        /// Kibana accepts it but only to warn and drop or move it (the plugin's <c>deprecations</c> in
        /// <c>actions/server/index.ts</c>): what to write instead. Null for a current setting.
        /// </summary>
        public string? Deprecated { get; private set; }

        /// <summary>For a renamed setting, the name Kibana moves the value to.</summary>
        public string? RenamedTo { get; private set; }

        public static SettingSpec Text(string name, string description) => new SettingSpec(name, SettingKind.Text, description);

        public static SettingSpec Boolean(string name, string description) => new SettingSpec(name, SettingKind.Boolean, description);

        public static SettingSpec Number(string name, string description, double? min = null, double? max = null) =>
            new SettingSpec(name, SettingKind.Number, description) { Min = min, Max = max };

        public static SettingSpec ByteSize(string name, string description) => new SettingSpec(name, SettingKind.ByteSize, description);

        public static SettingSpec Duration(string name, string description) => new SettingSpec(name, SettingKind.Duration, description);

        public static SettingSpec Enum(string name, string description, params string[] values) =>
            new SettingSpec(name, SettingKind.Enum, description) { Values = values };

        public static SettingSpec List(string name, string description, SettingSpec item) =>
            new SettingSpec(name, SettingKind.List, description) { Item = item };

        public static SettingSpec TextMap(string name, string description) => new SettingSpec(name, SettingKind.TextMap, description);

        public static SettingSpec Object(string name, string description, params SettingSpec[] children) =>
            new SettingSpec(name, SettingKind.Object, description) { Children = children };

        public static SettingSpec TextOrTextList(string name, string description) => new SettingSpec(name, SettingKind.TextOrTextList, description);

        public static SettingSpec Any(string name, string description) => new SettingSpec(name, SettingKind.Any, description);

        /// <summary>An entry of a list (its name is what messages call it).</summary>
        public static SettingSpec Entry(SettingKind kind, params string[] values) => new SettingSpec("entry", kind, string.Empty) { Values = values };

        public SettingSpec AsRequired()
        {
            Required = true;
            return this;
        }

        public SettingSpec AsNonEmpty()
        {
            NonEmpty = true;
            return this;
        }

        public SettingSpec AsHostName()
        {
            HostName = true;
            return this;
        }

        public SettingSpec Since(VersionFact fact)
        {
            Added = fact;
            return this;
        }

        /// <summary>Deprecated: Kibana warns and drops it; <paramref name="instead"/> says what to write.</summary>
        public SettingSpec DeprecatedFor(string instead)
        {
            Deprecated = instead;
            return this;
        }

        /// <summary>Renamed: Kibana warns and reads the value as <paramref name="name"/>.</summary>
        public SettingSpec RenamedAs(string name)
        {
            RenamedTo = name;
            Deprecated = "write it as xpack.actions." + name;
            return this;
        }
    }
}

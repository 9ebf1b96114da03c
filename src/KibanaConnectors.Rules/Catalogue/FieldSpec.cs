using System.Collections.Generic;
using System.Linq;

namespace KibanaConnectors.Rules.Catalogue
{
    /// <summary>What a field holds, which decides how it is checked and emitted.</summary>
    internal enum FieldKind
    {
        /// <summary>Text. A number or boolean written without quotes is rejected, as Kibana's schema does.</summary>
        Text,

        /// <summary>An absolute http(s) URL: <see cref="System.Uri"/> in config, a <c>Secret</c> in secrets.</summary>
        Url,

        /// <summary>A URL with Mustache parts such as <c>{{{external.system.id}}}</c>: checked as a URL, kept as text.</summary>
        TemplateUrl,

        /// <summary>A whole number; a numeric string is accepted, as Kibana's schema does.</summary>
        Integer,

        /// <summary>A number; a numeric string is accepted.</summary>
        Number,

        /// <summary>true or false, written as a YAML boolean.</summary>
        Boolean,

        /// <summary>One text of a closed set, mapped to a runtime enum.</summary>
        Enum,

        /// <summary>A map of text values (headers); <c>Secret</c> values in secrets.</summary>
        TextMap,

        /// <summary>
        /// A map Kibana passes on unchecked (<c>z.object({}).passthrough()</c>): any keys, any values (text, numbers,
        /// booleans, lists, nested maps), kept as written.
        /// </summary>
        AnyMap,

        /// <summary>A nested object with its own fields.</summary>
        Object,

        /// <summary>A list of nested objects.</summary>
        ObjectList,
    }

    /// <summary>
    /// One config or secret field of a connector type, as Kibana's schema defines it: everything the checks, the
    /// generated runtime types, their XML docs, editor hover text and a JSON schema need to know about it.
    /// </summary>
    internal sealed class FieldSpec
    {
        public FieldSpec(string name, FieldKind kind, string description)
        {
            Name = name;
            Kind = kind;
            Description = description;
        }

        /// <summary>The Kibana field name, which is also the constructor parameter name of the runtime type.</summary>
        public string Name { get; }

        public FieldKind Kind { get; }

        /// <summary>One line saying what the field holds, in this project's words: plain text, no markup.</summary>
        public string Description { get; }

        /// <summary>Required whatever the other fields say (conditional requirements are rules of the type).</summary>
        public bool Required { get; private set; }

        /// <summary>
        /// When the type's rules require the field though <see cref="Required"/> is false, as it reads after "required
        /// when": <c>service is 'other'</c>. The rules word their diagnostics with it (<see cref="ITypeCheck.Require(Section, string)"/>).
        /// </summary>
        public string? RequiredCondition { get; private set; }

        /// <summary>A field of the type's <c>secrets</c>: the runtime holds a <c>Secret</c>, never a value compiled in.</summary>
        public bool IsSecret { get; private set; }

        /// <summary>The value Kibana uses when the field is left out, as written in YAML.</summary>
        public string? Default { get; private set; }

        /// <summary>The accepted values of an <see cref="FieldKind.Enum"/> here, as Kibana spells them: all of <see cref="EnumSpec"/>'s, or some.</summary>
        public IReadOnlyList<string> Values { get; private set; } = System.Array.Empty<string>();

        /// <summary>The closed set an <see cref="FieldKind.Enum"/> takes its values from, and its runtime enum.</summary>
        public EnumSpec? EnumSpec { get; private set; }

        /// <summary>The runtime enum of an <see cref="FieldKind.Enum"/>.</summary>
        public string? EnumType => EnumSpec?.TypeName;

        /// <summary>The nested object of an <see cref="FieldKind.Object"/> or <see cref="FieldKind.ObjectList"/>.</summary>
        public ObjectSpec? Object { get; private set; }

        /// <summary>When Kibana added the field; null for a field as old as the type.</summary>
        public VersionFact? Added { get; private set; }

        /// <summary>Text that Kibana's schema requires to be non-empty (<c>z.string().min(1)</c>).</summary>
        public bool NonEmpty { get; private set; }

        /// <summary>
        /// Said after "needs config.x" when a required field is missing: what the field is for, where that is not plain
        /// from its name (<c>(the id of the Elasticsearch inference endpoint ...)</c>); null for nothing more.
        /// </summary>
        public string? MissingHint { get; private set; }

        public int? Min { get; private set; }

        public int? Max { get; private set; }

        public FieldSpec AsRequired()
        {
            Required = true;
            return this;
        }

        /// <summary>Marks the field required, and says <paramref name="hint"/> when it is missing (<see cref="MissingHint"/>).</summary>
        public FieldSpec AsRequired(string hint)
        {
            MissingHint = hint;
            return AsRequired();
        }

        /// <summary>Marks the field required under a condition the type's rules check, e.g. <c>RequiredWhen("service is 'other'")</c>.</summary>
        public FieldSpec RequiredWhen(string condition)
        {
            RequiredCondition = condition;
            return this;
        }

        /// <summary>The field appeared in Kibana <paramref name="major"/>.<paramref name="minor"/>, as <paramref name="source"/> shows.</summary>
        public FieldSpec Since(int major, int minor, string source)
        {
            Added = VersionFact.Since(major, minor, source);
            return this;
        }

        /// <summary>The field appeared in a release the stored history does not tell; <paramref name="why"/> says so.</summary>
        public FieldSpec SinceUnknown(string why)
        {
            Added = VersionFact.Unknown(why);
            return this;
        }

        /// <summary>Empty text is refused, as <c>z.string().min(1)</c> does.</summary>
        public FieldSpec AsNonEmpty()
        {
            NonEmpty = true;
            return this;
        }

        public FieldSpec WithDefault(string value)
        {
            Default = value;
            return this;
        }

        public FieldSpec InRange(int min, int max)
        {
            Min = min;
            Max = max;
            return this;
        }

        /// <summary>Set by <see cref="ConnectorTypeSpec"/> on every field of its secrets list, nested ones included.</summary>
        internal void MarkSecret()
        {
            IsSecret = true;
            foreach (var field in Object?.Fields ?? System.Array.Empty<FieldSpec>())
            {
                field.MarkSecret();
            }
        }

        public static FieldSpec Text(string name, string description) => new FieldSpec(name, FieldKind.Text, description);

        public static FieldSpec Url(string name, string description) => new FieldSpec(name, FieldKind.Url, description);

        public static FieldSpec TemplateUrl(string name, string description) => new FieldSpec(name, FieldKind.TemplateUrl, description);

        public static FieldSpec Integer(string name, string description) => new FieldSpec(name, FieldKind.Integer, description);

        public static FieldSpec Number(string name, string description) => new FieldSpec(name, FieldKind.Number, description);

        public static FieldSpec Boolean(string name, string description, bool? defaultValue = null)
        {
            var field = new FieldSpec(name, FieldKind.Boolean, description);
            return defaultValue is bool value ? field.WithDefault(value ? "true" : "false") : field;
        }

        /// <summary>A field of the closed set <paramref name="spec"/>; <paramref name="values"/> narrows it, or leave it empty for all of it.</summary>
        public static FieldSpec Enum(string name, string description, EnumSpec spec, params string[] values) =>
            new FieldSpec(name, FieldKind.Enum, description) { EnumSpec = spec, Values = values.Length == 0 ? spec.Values.Select(v => v.Value).ToArray() : values };

        public static FieldSpec TextMap(string name, string description) => new FieldSpec(name, FieldKind.TextMap, description);

        /// <summary>A map of any values that Kibana passes on unchecked (<see cref="FieldKind.AnyMap"/>).</summary>
        public static FieldSpec AnyMap(string name, string description) => new FieldSpec(name, FieldKind.AnyMap, description);

        public static FieldSpec Nested(string name, string description, ObjectSpec spec) => new FieldSpec(name, FieldKind.Object, description) { Object = spec };

        public static FieldSpec List(string name, string description, ObjectSpec spec, int maxItems) =>
            new FieldSpec(name, FieldKind.ObjectList, description) { Object = spec, Max = maxItems };
    }

    /// <summary>The fields of a nested object, and the runtime class that holds them.</summary>
    internal sealed class ObjectSpec
    {
        public ObjectSpec(string typeName, string description, params FieldSpec[] fields)
        {
            TypeName = typeName;
            Description = description;
            Fields = fields;
        }

        public string TypeName { get; }

        /// <summary>One line saying what the object is.</summary>
        public string Description { get; }

        public IReadOnlyList<FieldSpec> Fields { get; }
    }
}

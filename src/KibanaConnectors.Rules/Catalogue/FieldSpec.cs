using System.Collections.Generic;

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

        /// <summary>A nested object with its own fields.</summary>
        Object,

        /// <summary>A list of nested objects.</summary>
        ObjectList,
    }

    /// <summary>One config or secret field of a connector type, as Kibana's schema defines it.</summary>
    internal sealed class FieldSpec
    {
        public FieldSpec(string name, FieldKind kind)
        {
            Name = name;
            Kind = kind;
        }

        /// <summary>The Kibana field name, which is also the constructor parameter name of the runtime type.</summary>
        public string Name { get; }

        public FieldKind Kind { get; }

        /// <summary>Required whatever the other fields say (conditional requirements are rules of the type).</summary>
        public bool Required { get; private set; }

        /// <summary>The value Kibana uses when the field is left out, as written in YAML.</summary>
        public string? Default { get; private set; }

        /// <summary>The accepted values of an <see cref="FieldKind.Enum"/>, as Kibana spells them.</summary>
        public IReadOnlyList<string> Values { get; private set; } = System.Array.Empty<string>();

        /// <summary>The runtime enum of an <see cref="FieldKind.Enum"/>.</summary>
        public string? EnumType { get; private set; }

        /// <summary>The nested object of an <see cref="FieldKind.Object"/> or <see cref="FieldKind.ObjectList"/>.</summary>
        public ObjectSpec? Object { get; private set; }

        public int? Min { get; private set; }

        public int? Max { get; private set; }

        public FieldSpec AsRequired()
        {
            Required = true;
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

        public static FieldSpec Text(string name) => new FieldSpec(name, FieldKind.Text);

        public static FieldSpec Url(string name) => new FieldSpec(name, FieldKind.Url);

        public static FieldSpec TemplateUrl(string name) => new FieldSpec(name, FieldKind.TemplateUrl);

        public static FieldSpec Integer(string name) => new FieldSpec(name, FieldKind.Integer);

        public static FieldSpec Number(string name) => new FieldSpec(name, FieldKind.Number);

        public static FieldSpec Boolean(string name, bool? defaultValue = null)
        {
            var field = new FieldSpec(name, FieldKind.Boolean);
            return defaultValue is bool value ? field.WithDefault(value ? "true" : "false") : field;
        }

        public static FieldSpec Enum(string name, string enumType, params string[] values) =>
            new FieldSpec(name, FieldKind.Enum) { EnumType = enumType, Values = values };

        public static FieldSpec TextMap(string name) => new FieldSpec(name, FieldKind.TextMap);

        public static FieldSpec Nested(string name, ObjectSpec spec) => new FieldSpec(name, FieldKind.Object) { Object = spec };

        public static FieldSpec List(string name, ObjectSpec spec, int maxItems) =>
            new FieldSpec(name, FieldKind.ObjectList) { Object = spec, Max = maxItems };
    }

    /// <summary>The fields of a nested object, and the runtime class that holds them.</summary>
    internal sealed class ObjectSpec
    {
        public ObjectSpec(string typeName, params FieldSpec[] fields)
        {
            TypeName = typeName;
            Fields = fields;
        }

        public string TypeName { get; }

        public IReadOnlyList<FieldSpec> Fields { get; }
    }
}

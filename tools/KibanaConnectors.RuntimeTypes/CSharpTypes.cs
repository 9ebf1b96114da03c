using System;
using System.Globalization;
using KibanaConnectors.Generator.Emit;
using KibanaConnectors.Rules.Catalogue;
using KibanaConnectors.Rules.Common;

namespace KibanaConnectors.RuntimeTypes
{
    /// <summary>A constructor parameter of a runtime type, and the property it fills.</summary>
    /// <param name="Field">The catalogue field.</param>
    /// <param name="Type">The C# type, with <c>?</c> where the field may be left out.</param>
    /// <param name="Default">What the parameter defaults to (<c>null</c>, a constant); null when callers must pass it.</param>
    /// <param name="NullChecked">Whether a null argument throws: a reference type that is never left out.</param>
    internal sealed record RuntimeParameter(FieldSpec Field, string Type, string? Default, bool NullChecked)
    {
        public string Name => CSharpNames.IsIdentifier(Field.Name) ? Field.Name : "@" + Field.Name;

        public string Property => CSharpNames.Property(Field.Name);

        public string Declaration => Type + " " + Name + (Default == null ? string.Empty : " = " + Default);
    }

    /// <summary>
    /// How catalogue fields are typed in the runtime library. Config values are plain C# values (<see cref="Uri"/> for
    /// URLs, enums for closed sets); secrets are <c>Secret</c>s. A field is non-nullable when it is required or has a
    /// default; the default becomes the parameter's default where C# has a constant for it, and otherwise the caller
    /// (the generated descriptor) passes it.
    /// </summary>
    internal static class CSharpTypes
    {
        public static RuntimeParameter Parameter(FieldSpec field)
        {
            var type = Type(field);
            var reference = field.IsSecret || !(field.Kind is FieldKind.Integer or FieldKind.Number or FieldKind.Boolean or FieldKind.Enum);
            if (field.Required || field.Default != null)
            {
                return new RuntimeParameter(field, type, field.Required ? null : DefaultConstant(field), reference);
            }

            return new RuntimeParameter(field, type + "?", "null", NullChecked: false);
        }

        /// <summary>The C# type of a field, without nullability.</summary>
        public static string Type(FieldSpec field)
        {
            if (field.IsSecret)
            {
                return field.Kind switch
                {
                    FieldKind.Text or FieldKind.Url => "Secret",
                    FieldKind.TextMap => "IReadOnlyDictionary<string, Secret>",
                    _ => throw new NotSupportedException($"A secret field of kind {field.Kind} ({field.Name}) has no runtime type yet"),
                };
            }

            return field.Kind switch
            {
                FieldKind.Text or FieldKind.TemplateUrl => "string",
                FieldKind.Url => "Uri",
                FieldKind.Integer => "int",
                FieldKind.Number => "double",
                FieldKind.Boolean => "bool",
                FieldKind.Enum => field.EnumType!,
                FieldKind.TextMap => "IReadOnlyDictionary<string, string>",
                FieldKind.AnyMap => "IReadOnlyDictionary<string, object?>",
                FieldKind.Object => field.Object!.TypeName,
                FieldKind.ObjectList => "IReadOnlyList<" + field.Object!.TypeName + ">",
                _ => throw new NotSupportedException($"Field kind {field.Kind} ({field.Name}) has no runtime type yet"),
            };
        }

        /// <summary>True when the type needs <c>System.Collections.Generic</c>.</summary>
        public static bool IsCollection(FieldSpec field) => field.Kind is FieldKind.TextMap or FieldKind.AnyMap or FieldKind.ObjectList;

        /// <summary>True when the type needs <c>System</c>.</summary>
        public static bool IsUri(FieldSpec field) => !field.IsSecret && field.Kind == FieldKind.Url;

        // The C# constant of a field's default, or null where C# has none (a Uri): then the parameter has no default.
        private static string? DefaultConstant(FieldSpec field)
        {
            var value = field.Default!;
            if (field.IsSecret)
            {
                throw new NotSupportedException($"The secret {field.Name} has a default; a secret's value never comes from the catalogue");
            }

            return field.Kind switch
            {
                FieldKind.Text or FieldKind.TemplateUrl => CSharp.String(value),
                FieldKind.Integer => int.Parse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
                FieldKind.Number => double.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture) + "d",
                FieldKind.Boolean => bool.Parse(value) ? "true" : "false",
                FieldKind.Enum => field.EnumType + "." + CSharpNames.EnumMember(value),
                _ => null,
            };
        }
    }
}

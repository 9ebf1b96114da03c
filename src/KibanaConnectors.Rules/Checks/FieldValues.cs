using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System;
using KibanaConnectors.Rules.Catalogue;
using KibanaConnectors.Rules.Common;
using KibanaConnectors.Rules.Diagnostics;
using KibanaConnectors.Rules.Model;
using KibanaConnectors.Rules.Reading;

namespace KibanaConnectors.Rules.Checks
{
    /// <summary>
    /// Checks one written value against what its <see cref="FieldSpec"/> says it holds (text, URL, number, boolean,
    /// enum, map, nested object, list), as Kibana's schema would, and keeps what passes as a <see cref="ValueNode"/>.
    /// </summary>
    internal sealed class FieldValues
    {
        private readonly string _filePath;
        private readonly string _id;
        private readonly string _actionTypeId;
        private readonly List<DiagnosticInfo> _diagnostics;

        // Whether the Kibana release reads ${NAME:default} as a reference (KibanaVersion.ReadsEnvironmentDefaults).
        private readonly bool _environmentDefaults;

        public FieldValues(string filePath, string id, string actionTypeId, bool environmentDefaults, List<DiagnosticInfo> diagnostics)
        {
            _filePath = filePath;
            _id = id;
            _actionTypeId = actionTypeId;
            _environmentDefaults = environmentDefaults;
            _diagnostics = diagnostics;
        }

        private bool IsTemplate(string text) => EnvironmentTemplate.HasReferences(text, _environmentDefaults);

        /// <summary>The checked value; null when it failed (and was reported).</summary>
        /// <param name="path">The field's path in messages, such as <c>config.port</c>, joined only when a message needs it.</param>
        public ValueNode? Check(FieldSpec field, SettingsNode node, FieldPath path)
        {
            switch (field.Kind)
            {
                case FieldKind.Text:
                case FieldKind.Url:
                case FieldKind.TemplateUrl:
                case FieldKind.Enum:
                    return Textual(field, node, path);
                case FieldKind.Integer:
                case FieldKind.Number:
                    return Number(field, node, path);
                case FieldKind.Boolean:
                    return Boolean(node, path);
                case FieldKind.TextMap:
                    return TextMap(node, path);
                case FieldKind.AnyMap:
                    return AnyMap(node, path);
                case FieldKind.Object:
                    return Object(field.Object!, node, path);
                default:
                    return ObjectList(field, node, path);
            }
        }

        private void Report(DiagnosticRule rule, SourceSpan span, params string[] arguments) =>
            _diagnostics.Add(DiagnosticInfo.Create(rule, _filePath, span, arguments));

        private void WrongType(FieldPath path, SettingsNode node, string expected) =>
            _diagnostics.Add(ValueWords.WrongType(_filePath, _id, path.ToString(), node, expected));

        private ValueNode? Textual(FieldSpec field, SettingsNode node, FieldPath path)
        {
            if (!(node is SettingsScalar scalar) || scalar.Kind != ScalarKind.String)
            {
                WrongType(path, node, "text");
                return null;
            }

            var value = scalar.Value;
            if (IsTemplate(value))
            {
                return ValueNode.Scalar(ValueKind.Template, value);
            }

            if (field.NonEmpty && value.Length == 0)
            {
                Report(DiagnosticRules.EmptyValue, node.Span, _id, path.ToString(), " (its schema is z.string().min(1)); write the value, or leave the field out where it is optional");
                return null;
            }

            switch (field.Kind)
            {
                case FieldKind.Url:
                case FieldKind.TemplateUrl:
                    var problem = UrlRules.Problem(field.Kind == FieldKind.TemplateUrl ? UrlRules.WithoutMustache(value) : value);
                    if (problem != null)
                    {
                        Report(DiagnosticRules.InvalidUrl, node.Span, _id, path.ToString(), field.IsSecret ? "(secret)" : value, problem);
                        return null;
                    }

                    break;
                case FieldKind.Enum:
                    if (field.EnumSpec?.Refused.TryGetValue(value, out var refused) == true)
                    {
                        Report(DiagnosticRules.ValueNotAllowed, node.Span, _id, path.ToString(), value, string.Join(", ", field.Values.Select(v => "'" + v + "'")), $" ({refused})");
                        return null;
                    }

                    if (!field.Values.Contains(value, StringComparer.Ordinal))
                    {
                        _diagnostics.Add(DiagnosticInfo.Create(DiagnosticRules.ValueNotAllowed, _filePath, node.Span, _id, path.ToString(), value,
                                string.Join(", ", field.Values.Select(v => "'" + v + "'")), NameSuggester.Hint(value, field.Values))
                            .WithFixes(Fixes.DidYouMean(node.Span, NameSuggester.Closest(value, field.Values))));
                        return null;
                    }

                    break;
            }

            return ValueNode.Scalar(ValueKind.String, value);
        }

        private ValueNode? Number(FieldSpec field, SettingsNode node, FieldPath path)
        {
            var expected = field.Kind == FieldKind.Integer ? "a whole number" : "a number";
            if (!(node is SettingsScalar scalar))
            {
                WrongType(path, node, expected);
                return null;
            }

            if (scalar.Kind == ScalarKind.String && IsTemplate(scalar.Value))
            {
                return ValueNode.Scalar(ValueKind.Template, scalar.Value);
            }

            // Kibana's number schema also takes numeric text, such as '8080'.
            var text = scalar.Value.Trim();
            double number;
            if ((scalar.Kind == ScalarKind.Integer || scalar.Kind == ScalarKind.Float) && !double.IsNaN(scalar.Scalar.Number) && !double.IsInfinity(scalar.Scalar.Number))
            {
                number = scalar.Scalar.Number;
            }
            else if (scalar.Kind == ScalarKind.String
                && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) && !double.IsNaN(parsed) && !double.IsInfinity(parsed))
            {
                number = parsed;
            }
            else
            {
                WrongType(path, node, expected);
                return null;
            }

            if (field.Kind == FieldKind.Integer && (number != Math.Floor(number) || number > int.MaxValue || number < int.MinValue))
            {
                WrongType(path, node, expected);
                return null;
            }

            if ((field.Min is int min && number < min) || (field.Max is int max && number > max))
            {
                Report(DiagnosticRules.ValueNotAllowed, node.Span, _id, path.ToString(), scalar.Value, $"the numbers {field.Min} to {field.Max}", string.Empty);
                return null;
            }

            return field.Kind == FieldKind.Integer
                ? ValueNode.Scalar(ValueKind.Integer, ((long)number).ToString(CultureInfo.InvariantCulture))
                : ValueNode.Scalar(ValueKind.Float, number.ToString("R", CultureInfo.InvariantCulture));
        }

        private ValueNode? Boolean(SettingsNode node, FieldPath path)
        {
            if (node is SettingsScalar { Kind: ScalarKind.Boolean } scalar)
            {
                return ValueNode.Scalar(ValueKind.Boolean, scalar.Scalar.IsTrue ? "true" : "false");
            }

            if (node is SettingsScalar { Kind: ScalarKind.String } text && IsTemplate(text.Value))
            {
                // Kibana puts the variable's value in as text, and its schemas take only real booleans here.
                _diagnostics.Add(ValueWords.TemplateInBoolean(_filePath, _id, path.ToString(), text));
                return null;
            }

            WrongType(path, node, "true or false");
            return null;
        }

        private ValueNode? TextMap(SettingsNode node, FieldPath path)
        {
            if (!(node is SettingsMap { IsList: false } map))
            {
                WrongType(path, node, "a map of names to text");
                return null;
            }

            var entries = new List<ValueEntry>();
            var ok = true;
            foreach (var entry in map.Entries)
            {
                                if (entry.Value is SettingsScalar { Kind: ScalarKind.String } scalar)
                {
                    var kind = IsTemplate(scalar.Value) ? ValueKind.Template : ValueKind.String;
                    entries.Add(new ValueEntry(entry.Key, ValueNode.Scalar(kind, scalar.Value)));
                }
                else if (entry.Value is SettingsMap && entry.WrittenAs.IndexOf('.') >= 0)
                {
                    Report(DiagnosticRules.WrongType, entry.KeySpan, _id, path.Child(entry.Key).ToString(), "text", "a map", $": Kibana splits keys at dots, so '{entry.WrittenAs}' is read as nested keys; write it as '[{entry.WrittenAs}]' to keep the dot");
                    ok = false;
                }
                else
                {
                    WrongType(path.Child(entry.Key), entry.Value, "text");
                    ok = false;
                }
            }

            return ok ? ValueNode.Map(entries.ToEquatableArray()) : null;
        }

        // Kibana's passthrough object takes any map as it is; only something that is no map is refused.
        private ValueNode? AnyMap(SettingsNode node, FieldPath path)
        {
            if (!(node is SettingsMap { IsList: false }))
            {
                WrongType(path, node, "a map");
                return null;
            }

            return ConnectorReader.ToValue(node, _environmentDefaults);
        }

        private ValueNode? Object(ObjectSpec spec, SettingsNode node, FieldPath path)
        {
            if (!(node is SettingsMap { IsList: false } map))
            {
                WrongType(path, node, "a map");
                return null;
            }

            var entries = new List<ValueEntry>();
            var ok = true;
            foreach (var entry in map.Entries)
            {
                var field = spec.Fields.FirstOrDefault(f => f.Name == entry.Key);
                if (field == null)
                {
                    _diagnostics.Add(DiagnosticInfo.Create(DiagnosticRules.UnknownKey, _filePath, entry.KeySpan, _id,
                            $"{path}.{entry.Key} is not a field here{NameSuggester.Hint(entry.Key, spec.Fields.Select(f => f.Name))} (known: {string.Join(", ", spec.Fields.Select(f => f.Name))})")
                        .WithFixes(Fixes.DidYouMean(entry.KeySpan, NameSuggester.Closest(entry.Key, spec.Fields.Select(f => f.Name)))));
                    ok = false;
                    continue;
                }

                if (entry.Value is SettingsScalar { Kind: ScalarKind.Null } && !field.Required)
                {
                    continue;
                }

                var value = Check(field, entry.Value, path.Child(entry.Key));
                if (value == null)
                {
                    ok = false;
                }
                else
                {
                    entries.Add(new ValueEntry(entry.Key, value));
                }
            }

            foreach (var field in spec.Fields.Where(f => f.Required && map.Find(f.Name) == null))
            {
                Report(DiagnosticRules.MissingConfig, map.Span, _id, _actionTypeId, path.ToString().Substring("config.".Length) + "." + field.Name, string.Empty);
                ok = false;
            }

            return ok ? ValueNode.Map(spec.Fields.SelectMany(f => entries.Where(e => e.Key == f.Name)).ToEquatableArray()) : null;
        }

        private ValueNode? ObjectList(FieldSpec field, SettingsNode node, FieldPath path)
        {
            if (!(node is SettingsList list))
            {
                WrongType(path, node, "a list");
                return null;
            }

            if (field.Max is int max && list.Items.Count > max)
            {
                Report(DiagnosticRules.ValueNotAllowed, node.Span, _id, path.ToString(), $"a list of {list.Items.Count}", $"lists of at most {max} items", string.Empty);
                return null;
            }

            var items = new List<ValueNode>();
            var ok = true;
            for (var i = 0; i < list.Items.Count; i++)
            {
                var item = Object(field.Object!, list.Items[i], path.Item(i));
                if (item == null)
                {
                    ok = false;
                }
                else
                {
                    items.Add(item);
                }
            }

            return ok ? ValueNode.List(items.ToEquatableArray()) : null;
        }
    }
}

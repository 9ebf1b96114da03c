using System.Collections.Generic;
using System.Linq;
using KibanaConnectors.Rules.Catalogue;
using Xunit;

namespace KibanaConnectors.Generator.Tests
{
    /// <summary>
    /// The catalogue carries what the runtime types' XML docs, hover text and a JSON schema are made from: a one-line
    /// description of every type, field, nested object and enum value, the secret flag, and when a field is required.
    /// </summary>
    public class CatalogueTests
    {
        [Fact]
        public void Every_type_field_object_and_enum_value_has_a_one_line_description()
        {
            var texts = new List<(string Where, string? Text)>();
            foreach (var spec in ConnectorCatalogue.All)
            {
                texts.Add((spec.ActionTypeId, spec.Description));
                texts.AddRange(CatalogueFields.Of(spec).Select(f => ($"{spec.ActionTypeId} {f.Path}", (string?)f.Spec.Description)));
            }

            texts.AddRange(CatalogueFields.Objects().Select(o => (o.TypeName, (string?)o.Description)));
            foreach (var e in CatalogueFields.Enums())
            {
                texts.Add((e.TypeName, e.Description));
                texts.AddRange(e.Values.Select(v => ($"{e.TypeName}.{v.Member}", (string?)v.Description)));
            }

            var problems = texts.Select(t => Problem(t.Where, t.Text)).OfType<string>().ToList();
            Assert.True(problems.Count == 0, "Descriptions to fix in the catalogue:\n" + string.Join("\n", problems));
        }

        // One sentence-like line of plain text: it becomes an XML doc summary, hover text and a schema description.
        private static string? Problem(string where, string? text)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return where + ": no description";
            }

            if (text!.Trim() != text || text.IndexOfAny(new[] { '\n', '\r', '\t' }) >= 0)
            {
                return $"{where}: not one trimmed line: '{text}'";
            }

            if (!char.IsUpper(text[0]) && !char.IsDigit(text[0]) || !text.EndsWith('.'))
            {
                return $"{where}: should start with a capital and end with a full stop: '{text}'";
            }

            return text.Length > 200 ? $"{where}: {text.Length} characters; keep it to one short line" : null;
        }

        [Fact]
        public void Secret_fields_and_only_they_are_flagged_secret()
        {
            var wrong = ConnectorCatalogue.All
                .SelectMany(spec => CatalogueFields.Of(spec).Where(f => f.Spec.IsSecret != (f.Section == Section.Secrets)).Select(f => spec.ActionTypeId + " " + f.Path))
                .ToList();
            Assert.Empty(wrong);
            Assert.Contains(ConnectorCatalogue.Find(".webhook")!.Secrets, f => f.Name == "secretHeaders" && f.IsSecret);
        }

        [Fact]
        public void A_field_is_required_always_or_under_a_condition_not_both()
        {
            var both = ConnectorCatalogue.All
                .SelectMany(spec => CatalogueFields.Of(spec).Where(f => f.Spec.Required && f.Spec.RequiredCondition != null).Select(f => spec.ActionTypeId + " " + f.Path))
                .ToList();
            Assert.Empty(both);
        }

        [Fact]
        public void An_enum_field_accepts_only_values_of_its_enum()
        {
            foreach (var field in ConnectorCatalogue.All.SelectMany(CatalogueFields.Of).Where(f => f.Spec.Kind == FieldKind.Enum))
            {
                Assert.NotEmpty(field.Spec.Values);
                Assert.All(field.Spec.Values, v => Assert.Contains(v, field.Spec.EnumSpec!.Values.Select(e => e.Value)));
                Assert.True(field.Spec.Default == null || field.Spec.Values.Contains(field.Spec.Default), field.Path + "'s default is not one of its values");
            }
        }
    }
}

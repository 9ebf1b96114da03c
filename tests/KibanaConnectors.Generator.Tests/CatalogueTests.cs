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

        [Fact]
        public void Every_version_fact_names_its_source_and_a_release_the_project_knows()
        {
            var facts = new List<(string Where, VersionFact Fact)>();
            foreach (var spec in ConnectorCatalogue.All)
            {
                facts.Add((spec.ActionTypeId, spec.Added));
                facts.AddRange(CatalogueFields.Of(spec).Where(f => f.Spec.Added != null).Select(f => ($"{spec.ActionTypeId} {f.Path}", f.Spec.Added!)));
            }

            facts.AddRange(CatalogueFields.Enums().SelectMany(e => e.Values).Where(v => v.Added != null).Select(v => (v.Value, v.Added!)));
            facts.AddRange(Settings(ActionsSettingsSchema.Root, "xpack.actions").Where(s => s.Spec.Added != null).Select(s => (s.Path, s.Spec.Added!)));
            foreach (var (where, fact) in facts)
            {
                Assert.False(string.IsNullOrWhiteSpace(fact.Source), where + " has a version fact without its source");
                if (fact.Version is Rules.Model.KibanaVersion since)
                {
                    Assert.True(since >= Rules.Model.KibanaVersion.Oldest && since <= Rules.Model.KibanaVersion.Newest, where + " names a release this project does not know");
                    Assert.True(fact.ExistsIn(Rules.Model.KibanaVersion.Newest), where + " must exist in the newest release");
                    Assert.False(fact.ExistsIn(Rules.Model.KibanaVersion.Oldest), where + " came after the oldest release");
                }
            }

            // The facts this catalogue knows, and where the history tells nothing (taken to exist in every release).
            Assert.Contains(facts, f => f.Where == ".email config.allowHtml" && f.Fact.Describe() == "9.4");
            Assert.Contains(facts, f => f.Where == "xpack.actions.email.services" && f.Fact.Describe() == "8.19 and 9.1");
            Assert.Contains(facts, f => f.Where == ".webhook" && !f.Fact.IsKnown && f.Fact.ExistsIn(Rules.Model.KibanaVersion.Oldest));
        }

        private static IEnumerable<(string Path, SettingSpec Spec)> Settings(SettingSpec spec, string path)
        {
            foreach (var child in spec.Children.Concat(spec.Item == null ? Enumerable.Empty<SettingSpec>() : new[] { spec.Item }))
            {
                var childPath = path + "." + child.Name;
                yield return (childPath, child);
                foreach (var nested in Settings(child, childPath))
                {
                    yield return nested;
                }
            }
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

using System.Collections.Generic;
using System.Linq;
using KibanaConnectors.Rules.Catalogue;

namespace KibanaConnectors.Generator.Tests
{
    /// <summary>A catalogue field with where it sits: <c>config.mappings.alertIdConfig.id</c>.</summary>
    internal sealed record CatalogueField(string Path, Section Section, FieldSpec Spec);

    /// <summary>Walks the catalogue: every field of a type, nested ones included, with its path.</summary>
    internal static class CatalogueFields
    {
        public static IEnumerable<CatalogueField> Of(ConnectorTypeSpec spec) =>
            new[] { Section.Config, Section.Secrets }.SelectMany(section =>
                Walk(section == Section.Config ? "config" : "secrets", section, spec.Fields(section)));

        /// <summary>Every object type of the catalogue once, with the fields it has.</summary>
        public static IEnumerable<ObjectSpec> Objects() =>
            ConnectorCatalogue.All.SelectMany(Of).Select(f => f.Spec.Object).OfType<ObjectSpec>().Distinct();

        /// <summary>Every enum of the catalogue once.</summary>
        public static IEnumerable<EnumSpec> Enums() =>
            ConnectorCatalogue.All.SelectMany(Of).Select(f => f.Spec.EnumSpec).OfType<EnumSpec>().Distinct();

        private static IEnumerable<CatalogueField> Walk(string prefix, Section section, IEnumerable<FieldSpec> fields)
        {
            foreach (var field in fields)
            {
                var path = prefix + "." + field.Name;
                yield return new CatalogueField(path, section, field);
                if (field.Object != null)
                {
                    foreach (var nested in Walk(path, section, field.Object.Fields))
                    {
                        yield return nested;
                    }
                }
            }
        }
    }
}

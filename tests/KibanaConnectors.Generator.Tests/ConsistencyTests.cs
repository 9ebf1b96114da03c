using System;
using System.IO;
using System.Linq;
using System.Reflection;
using KibanaConnectors.Rules.Catalogue;
using KibanaConnectors.Rules.Diagnostics;
using KibanaConnectors.Generator.Emit;
using Xunit;

namespace KibanaConnectors.Generator.Tests
{
    /// <summary>The catalogue, the runtime types and the documentation agree.</summary>
    public class ConsistencyTests
    {
        private static readonly Assembly s_runtime = typeof(KibanaConnectors.Connector).Assembly;

        public static TheoryData<string> ActionTypeIds()
        {
            var data = new TheoryData<string>();
            foreach (var spec in ConnectorCatalogue.All)
            {
                data.Add(spec.ActionTypeId);
            }

            return data;
        }

        // The catalogue finds a type's spec by an id written beside it, so that it builds only the specs it is asked for.
        [Fact]
        public void The_catalogue_finds_every_type_by_the_id_its_spec_declares()
        {
            Assert.Equal(ConnectorCatalogue.Ids.ToArray(), ConnectorCatalogue.All.Select(s => s.ActionTypeId).ToArray());
            Assert.Equal(ConnectorCatalogue.All.Count, ConnectorCatalogue.All.Select(s => s.ActionTypeId).Distinct(StringComparer.Ordinal).Count());
            foreach (var id in ConnectorCatalogue.Ids)
            {
                Assert.Equal(id, ConnectorCatalogue.Find(id)!.ActionTypeId);
            }
        }

        // The runtime types are written from the catalogue (RuntimeTypesTests keeps the files current); these read the
        // compiled library, which is what the generator's named arguments must meet.
        [Theory]
        [MemberData(nameof(ActionTypeIds))]
        public void The_runtime_types_take_the_catalogue_fields_by_their_Kibana_names_in_catalogue_order(string actionTypeId)
        {
            var spec = ConnectorCatalogue.Find(actionTypeId)!;
            var connector = RuntimeType(spec.ConnectorType);
            Assert.Equal(actionTypeId, connector.GetField("TypeId")!.GetValue(null));
            Assert.Equal(RuntimeType(spec.ConfigType), connector.GetProperty("Config")!.PropertyType);
            Assert.Equal(RuntimeType(spec.SecretsType), connector.GetProperty("Secrets")!.PropertyType);
            AssertFields(spec.ConfigType, spec.Config);
            AssertFields(spec.SecretsType, spec.Secrets);
        }

        private static void AssertFields(string typeName, System.Collections.Generic.IReadOnlyList<FieldSpec> fields)
        {
            var type = RuntimeType(typeName);
            var parameters = type.GetConstructors().Single().GetParameters();
            Assert.Equal(fields.Select(f => f.Name), parameters.Select(p => p.Name));
            foreach (var field in fields)
            {
                Assert.NotNull(type.GetProperty(Rules.Common.CSharpNames.Property(field.Name)));
                if (field.Object != null)
                {
                    AssertFields(field.Object.TypeName, field.Object.Fields);
                }
            }
        }

        [Fact]
        public void Every_runtime_enum_has_the_members_of_its_catalogue_values_in_order()
        {
            foreach (var spec in CatalogueFields.Enums())
            {
                // The order fixes the members' numbers, which are public API.
                Assert.Equal(spec.Values.Select(v => v.Member), Enum.GetNames(RuntimeType(spec.TypeName)));
            }
        }

        [Fact]
        public void Every_connector_class_of_the_runtime_library_is_a_catalogue_type_or_the_generic_one()
        {
            var classes = s_runtime.GetExportedTypes().Where(t => t.IsSubclassOf(typeof(KibanaConnectors.Connector))).Select(t => t.Name);
            Assert.Equal(
                ConnectorCatalogue.All.Select(s => s.ConnectorType).Append(nameof(KibanaConnectors.GenericConnector)).OrderBy(n => n, StringComparer.Ordinal),
                classes.OrderBy(n => n, StringComparer.Ordinal));
        }

        [Fact]
        public void The_runtime_and_the_rules_know_the_same_newest_kibana()
        {
            var newest = Rules.Model.KibanaVersion.Newest;
            Assert.Equal(new Version(newest.Major, newest.Minor), KibanaConnectors.KibanaSettings.Newest.Version);
        }

        private static Type RuntimeType(string name) =>
            s_runtime.GetType("KibanaConnectors." + name) ?? throw new Xunit.Sdk.XunitException($"The runtime library has no type {name}");

        [Fact]
        public void Every_diagnostic_has_a_documentation_page_and_a_row_in_the_readme()
        {
            var root = GeneratorHarness.RepositoryRoot();
            var readme = File.ReadAllText(Path.Combine(root, "README.md"));
            var index = File.ReadAllText(Path.Combine(root, "docs", "diagnostics", "README.md"));
            foreach (var descriptor in DiagnosticRules.All)
            {
                var page = Path.Combine(root, "docs", "diagnostics", descriptor.Id + ".md");
                Assert.True(File.Exists(page), $"{descriptor.Id} has no page");
                Assert.StartsWith("# " + descriptor.Id, File.ReadAllText(page));
                Assert.Contains($"[{descriptor.Id}](docs/diagnostics/{descriptor.Id}.md)", readme);
                Assert.Contains(descriptor.Id, index);
            }
        }

        [Fact]
        public void The_analyzer_release_files_list_every_id_with_its_category_and_severity()
        {
            // Roslyn's release tracking cannot see descriptors built from the core's rules, so this test keeps the files true.
            var folder = Path.Combine(GeneratorHarness.RepositoryRoot(), "src", "KibanaConnectors.Rules");
            var rows = File.ReadAllLines(Path.Combine(folder, "AnalyzerReleases.Shipped.md"))
                .Concat(File.ReadAllLines(Path.Combine(folder, "AnalyzerReleases.Unshipped.md")))
                .Where(l => l.StartsWith("KC", StringComparison.Ordinal))
                .Select(l => string.Join(" | ", l.Split('|').Take(3).Select(c => c.Trim())))
                .OrderBy(l => l, StringComparer.Ordinal);
            var expected = DiagnosticRules.All.Select(r => $"{r.Id} | {r.Category} | {r.Severity}");
            Assert.Equal(expected, rows);
        }

        [Fact]
        public void Every_diagnostic_has_help_text_from_its_page_and_no_link_without_a_repository_url()
        {
            foreach (var rule in DiagnosticRules.All)
            {
                Assert.NotNull(DiagnosticHelp.Page(rule.Id));
                Assert.NotEqual(rule.Title, rule.HelpText);
                Assert.DoesNotContain("\n", rule.HelpText);
            }

            Assert.Equal(DiagnosticRules.All.Select(r => r.Id), DiagnosticHelp.PagedIds());

            // The test build sets no repository URL: nothing may point anywhere.
            Assert.Null(DiagnosticHelp.DocsUrl);
            Assert.All(DiagnosticRules.All, r => Assert.Null(r.HelpLink));
        }

        [Fact]
        public void The_generator_and_the_runtime_agree_on_the_alert_history_connector()
        {
            Assert.Equal(KibanaConnectors.AlertHistory.ConnectorId, Rules.Catalogue.BuiltInConnectorIds.AlertHistory);
            Assert.Equal(KibanaConnectors.AlertHistory.ConnectorName, Rules.Catalogue.BuiltInConnectorIds.AlertHistoryName);
            Assert.Equal(KibanaConnectors.AlertHistory.DefaultIndex, Rules.Catalogue.BuiltInConnectorIds.AlertHistoryIndex);
            Assert.NotNull(Rules.Catalogue.ActionTypes.IdProblem(KibanaConnectors.AlertHistory.ConnectorId)); // KC0006: reserved
        }
    }
}

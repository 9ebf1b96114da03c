using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CsCheck;
using KibanaConnectors.Rules.Catalogue;
using KibanaConnectors.Rules.Common;
using KibanaConnectors.Rules.Model;
using KibanaConnectors.Rules.Checks;
using KibanaConnectors.Rules.Set;
using Xunit;
using YamlDotNet.RepresentationModel;

namespace KibanaConnectors.Generator.Tests
{
    /// <summary>
    /// Random connector sets of every type, valid by construction, written in random spellings and quotes:
    /// no diagnostics, and the same connectors as the canonical spelling. Single faults injected into them give
    /// exactly the expected diagnostic at the line of the fault.
    /// </summary>
    public class RoundTripPropertyTests
    {
        private static readonly Lazy<List<(string Id, SNode Entry)>> s_templates = new Lazy<List<(string, SNode)>>(LoadTemplates);

        // The reference page's examples, with its three mistakes fixed, catalogue-examples.yml and more-type-examples.yml: one valid connector of every type.
        private static List<(string Id, SNode Entry)> LoadTemplates()
        {
            // And one of each type the reference page has no example of.
            var templates = new[] { "reference-examples.yml", "catalogue-examples.yml", "more-type-examples.yml" }.SelectMany(file =>
            {
                var stream = new YamlStream();
                stream.Load(new StringReader(GeneratorHarness.ReadTestData(file)));
                var section = (YamlMappingNode)((YamlMappingNode)stream.Documents[0].RootNode).Children[new YamlScalarNode("xpack.actions.preconfigured")];
                return section.Children.Select(e => (((YamlScalarNode)e.Key).Value!, Convert(e.Value)));
            }).ToList();
            SNode Entry(string id) => templates.Single(t => t.Item1 == id).Item2;
            Entry("my-swimlane").Get("config")!.Set("connectorType", SNode.Scalar("all", true));
            Entry("my-case-management-webhook").Get("config")!.Set("createIncidentResponseKey", SNode.Scalar("id", true));
            Entry("my-pagerduty").Get("secrets")!.Set("routingKey", SNode.Scalar("0123456789abcdef0123456789abcdef", true));
            var covered = templates.Select(t => t.Item2.Get("actionTypeId")!.Text).Distinct().Count();
            Assert.Equal(ConnectorCatalogue.All.Count, covered);
            return templates;
        }

        private static SNode Convert(YamlNode node) => node is YamlMappingNode map
            ? new SNode { Map = map.Children.Select(e => new KeyValuePair<string, SNode>(((YamlScalarNode)e.Key).Value!, Convert(e.Value))).ToList() }
            : SNode.Scalar(((YamlScalarNode)node).Value ?? string.Empty, ((YamlScalarNode)node).Style == YamlDotNet.Core.ScalarStyle.Plain);

        private static readonly string[] s_nameParts = { "Ops", "alerts", "#team", "é€", "a: b", "it's", "\"q\"", "x-y", "100%", "[prod]", "on", "null", "42" };

        /// <summary>A random selection of the templates, with random names, ids and secret spellings.</summary>
        internal static List<(string Id, SNode Entry)> RandomSet(Random random)
        {
            var set = new List<(string, SNode)>();
            foreach (var (id, template) in s_templates.Value.OrderBy(_ => random.Next()))
            {
                if (random.Next(3) == 0)
                {
                    continue;
                }

                var entry = template.Clone();
                var name = string.Join(" ", Enumerable.Range(0, 1 + random.Next(3)).Select(_ => s_nameParts[random.Next(s_nameParts.Length)])) + " " + random.Next(100);
                entry.Set("name", SNode.Scalar(name, false));
                if (entry.Get("secrets") is SNode secrets)
                {
                    foreach (var secret in secrets.Map!.ToList())
                    {
                        if (random.Next(2) == 0 && secret.Value.Map == null)
                        {
                            secrets.Set(secret.Key, SNode.Scalar("${" + secret.Key.ToUpperInvariant() + "_" + random.Next(10) + "}", false));
                        }
                    }
                }

                set.Add((id + "-" + random.Next(1000), entry));
            }

            return set.GroupBy(c => c.Item1).Select(g => g.First()).ToList();
        }

        internal static (ConnectorFileModel Model, string Text, SettingsWriter Writer) Write(List<(string Id, SNode Entry)> set, Random random, bool canonical)
        {
            var mergeKeys = !canonical && random.Next(2) == 0;
            var writer = new SettingsWriter(random, canonical, mergeKeys);
            var text = writer.Write(set, canonical || random.Next(2) == 0 ? "\n" : "\r\n", bom: !canonical && random.Next(4) == 0);
            return (ConnectorFileReader.Read("/p/kibana.yml", text, applyMergeKeys: mergeKeys), text, writer);
        }

        // Literal secrets (KC0401) and ServiceNow's Table API (KC0304) are warnings about the values the sets pick at
        // random, not about spelling or faults; their own tests cover them.
        private static List<Rules.Diagnostics.DiagnosticInfo> Relevant(ConnectorFileModel model) =>
            model.Diagnostics.Where(d => d.Id != "KC0401" && d.Id != "KC0304" && d.Severity != Rules.Diagnostics.Severity.Info).ToList();

        private static object Shape(ConnectorModel c) => (c.Id, c.Name, c.ActionTypeId, c.ExposeConfig, c.IsValid, c.Config, c.Secrets);

        [Fact]
        public void Every_spelling_of_a_valid_set_reads_as_the_canonical_one()
        {
            Gen.Int.Sample(
                seed =>
                {
                    var random = new Random(seed);
                    var set = RandomSet(random);
                    var canonical = Write(set, random, canonical: true);
                    var spelled = Write(set, random, canonical: false);
                    Assert.True(Relevant(canonical.Model).Count == 0, canonical.Text + "\n" + string.Join("\n", canonical.Model.Diagnostics));
                    Assert.True(Relevant(spelled.Model).Count == 0, spelled.Text + "\n" + string.Join("\n", Relevant(spelled.Model).Select(d => d.Id + " " + d.Span.DisplayLine + " " + string.Join("|", d.Arguments))));
                    var expected = canonical.Model.Connectors.OrderBy(c => c.Id, StringComparer.Ordinal).Select(Shape).ToList();
                    var actual = spelled.Model.Connectors.OrderBy(c => c.Id, StringComparer.Ordinal).Select(Shape).ToList();
                    Assert.True(expected.SequenceEqual(actual), spelled.Text);
                    Assert.Equal(set.Count, actual.Count);
                },
                iter: 300,
                threads: 1);
        }

        private enum Fault
        {
            DropName,
            DropRequiredConfig,
            UnknownKey,
            WrongType,
            BadUrl,
            ShortRoutingKey,
        }

        [Fact]
        public void A_single_fault_gives_its_diagnostic_at_its_line()
        {
            Gen.Int.Sample(
                seed =>
                {
                    var random = new Random(seed);
                    var set = RandomSet(random);
                    if (set.Count == 0)
                    {
                        return;
                    }

                    var fault = (Fault)random.Next(6);
                    var (id, entry) = set[random.Next(set.Count)];
                    var spec = ConnectorCatalogue.Find(entry.Get("actionTypeId")!.Text!)!;
                    string expectedId;
                    string path;
                    switch (fault)
                    {
                        case Fault.DropName:
                            entry.Remove("name");
                            (expectedId, path) = ("KC0103", id);
                            break;
                        case Fault.DropRequiredConfig when spec.Config.FirstOrDefault(f => f.Required && entry.Get("config")?.Get(f.Name) != null) is FieldSpec required:
                            entry.Get("config")!.Remove(required.Name);
                            (expectedId, path) = ("KC0104", id);
                            break;
                        case Fault.UnknownKey:
                            entry.Set("nmae", SNode.Scalar("typo", true));
                            (expectedId, path) = ("KC0106", id + "/nmae");
                            break;
                        case Fault.WrongType:
                            entry.Set("exposeConfig", SNode.Scalar("maybe", true));
                            (expectedId, path) = ("KC0107", id + "/exposeConfig");
                            break;
                        case Fault.BadUrl when entry.Get("config")?.Map?.FirstOrDefault(e => spec.Config.Any(f => f.Name == e.Key && f.Kind == FieldKind.Url)).Key is string url:
                            entry.Get("config")!.Set(url, SNode.Scalar("not a url", false));
                            (expectedId, path) = ("KC0109", id + "/config/" + url);
                            break;
                        case Fault.ShortRoutingKey when spec.ActionTypeId == ".pagerduty":
                            entry.Get("secrets")!.Set("routingKey", SNode.Scalar("tooshort", true));
                            (expectedId, path) = ("KC0202", id + "/secrets/routingKey");
                            break;
                        default:
                            entry.Remove("name");
                            (expectedId, path) = ("KC0103", id);
                            break;
                    }

                    var (model, text, writer) = Write(set, random, canonical: false);
                    var found = Relevant(model).Select(d => $"{d.Id}@{d.Span.DisplayLine}").ToList();
                    Assert.True(new[] { $"{expectedId}@{writer.Lines[path]}" }.SequenceEqual(found), $"{fault} on {id}: expected {expectedId}@{writer.Lines[path]}, got {string.Join(", ", found)}\n{text}");
                },
                iter: 300,
                threads: 1);
        }
    }
}

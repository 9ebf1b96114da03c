using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using KibanaConnectors.Rules.Catalogue;
using KibanaConnectors.Rules.Catalogue.Types;
using KibanaConnectors.Rules.Common;
using KibanaConnectors.Rules.Diagnostics;
using KibanaConnectors.Rules.Model;
using KibanaConnectors.Rules.Set;
using Xunit;

namespace KibanaConnectors.Generator.Tests
{
    /// <summary>
    /// Every catalogue field, set in a valid connector, goes through the generator into compiled code and reads back
    /// as written. Fields that exclude each other (webhook basic, SSL and OAuth; ServiceNow basic and OAuth; xMatters
    /// basic and URL; gen-ai providers) need several connectors: a search over the rules core finds them, so a field
    /// added to the catalogue is covered, or fails this test, without anyone listing profiles by hand.
    /// </summary>
    public class EveryFieldCompilesTests
    {
        // Values a field's kind alone cannot give: the rules want more of these than "some text" or "some URL".
        private static readonly Dictionary<string, object> s_values = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            // Text for nodemailer's open list of names; the value must differ from the default 'other' and be accepted.
            [".email config.service"] = EmailType.ExchangeServer,
            // Kibana calls only Torq's own hosts.
            [".torq config.webhookIntegrationUrl"] = "https://hooks.torq.io/v1/probe",
            // Checked as a JSON object with a key (webhook validations.ts validateAdditionalFields), whatever authType is.
            [".webhook config.additionalFields"] = "{\"audience\": \"probe\"}",
            [".cases-webhook config.additionalFields"] = "{\"audience\": \"probe\"}",
        };

        private static readonly JsonSerializerOptions s_json = new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

        public static TheoryData<string> ActionTypeIds() => ConsistencyTests.ActionTypeIds();

        [Theory]
        [MemberData(nameof(ActionTypeIds))]
        public void Every_field_compiles_and_reads_back_as_written(string actionTypeId)
        {
            var spec = ConnectorCatalogue.Find(actionTypeId)!;
            var search = new ProfileSearch(spec);
            var profiles = search.Profiles();

            var covered = profiles.SelectMany(p => p.Fields).SelectMany(f => CatalogueFields.Of(spec).Where(c => c.Path == f.Path || c.Path.StartsWith(f.Path + ".", StringComparison.Ordinal)))
                .Select(f => f.Path).ToHashSet();
            var uncovered = CatalogueFields.Of(spec).Select(f => f.Path).Where(p => !covered.Contains(p)).ToList();
            Assert.True(uncovered.Count == 0, $"No valid {actionTypeId} connector sets {string.Join(", ", uncovered)}: give the field a value in s_values, or fix the catalogue or the rules");

            // The rules name a missing field only where the catalogue says it is required, always or under a condition.
            var unexplained = search.ReportedMissing.Where(f => !f.Spec.Required && f.Spec.RequiredCondition == null).Select(f => f.Path).ToList();
            Assert.True(unexplained.Count == 0, $"The rules require {string.Join(", ", unexplained)} of {actionTypeId}, but the catalogue gives no RequiredWhen condition");

            var connectors = profiles.Select((p, i) => ($"probe-{CSharpNames.Pascal(actionTypeId).ToLowerInvariant()}-{i + 1}", p)).ToList();
            var result = GeneratorHarness.Run(Yaml(spec, connectors));
            // Notes (info, such as KC0204 on every .inference connector) say what holds of every valid connector.
            Assert.Empty(result.WithoutLiteralSecretWarnings().Diagnostics.Where(d => d.Severity != Microsoft.CodeAnalysis.DiagnosticSeverity.Info).Select(d => d.ToString()));
            Assert.Empty(result.CompilationErrors.Select(d => d.ToString()));
            var generated = result.LoadGeneratedClass();
            foreach (var (id, profile) in connectors)
            {
                var connector = generated.GetProperty(CSharpNames.FromConnectorId(id), BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
                Assert.Equal(spec.ConnectorType, connector.GetType().Name);
                foreach (var section in new[] { Section.Config, Section.Secrets })
                {
                    var holder = connector.GetType().GetProperty(section == Section.Config ? "Config" : "Secrets")!.GetValue(connector)!;
                    foreach (var (field, value) in profile.Values.Where(v => v.Field.Section == section))
                    {
                        AssertReadsBack(holder, field.Spec, value, $"{id} {field.Path}");
                    }
                }
            }
        }

        private static void AssertReadsBack(object holder, FieldSpec field, object written, string where)
        {
            var property = holder.GetType().GetProperty(CSharpNames.Property(field.Name))
                ?? throw new Xunit.Sdk.XunitException($"{where}: {holder.GetType().Name} has no property {CSharpNames.Property(field.Name)}");
            var actual = property.GetValue(holder);
            Assert.True(actual != null, $"{where}: {holder.GetType().Name}.{property.Name} is null, though the settings file sets it");
            if (field.IsSecret)
            {
                if (field.Kind == FieldKind.TextMap)
                {
                    var secrets = (IReadOnlyDictionary<string, Secret>)actual!;
                    var map = (Dictionary<string, object>)written;
                    Assert.Equal(map.Keys, secrets.Keys);
                    Assert.All(map, e => AssertSecret(secrets[e.Key], (string)e.Value, where));
                }
                else
                {
                    AssertSecret((Secret)actual!, (string)written, where);
                }

                return;
            }

            switch (field.Kind)
            {
                case FieldKind.Url:
                    Assert.Equal(written, ((Uri)actual!).OriginalString);
                    break;
                case FieldKind.Integer:
                    Assert.Equal(Convert.ToInt32(written, System.Globalization.CultureInfo.InvariantCulture), (int)actual!);
                    break;
                case FieldKind.Enum:
                    Assert.Equal(field.EnumType, actual!.GetType().Name);
                    Assert.Equal(CSharpNames.EnumMember((string)written), actual.ToString());
                    break;
                case FieldKind.TextMap:
                    Assert.Equal(((Dictionary<string, object>)written).Select(e => (e.Key, (string)e.Value)), ((IReadOnlyDictionary<string, string>)actual!).Select(e => (e.Key, e.Value)));
                    break;
                case FieldKind.AnyMap:
                    var anyMap = (IReadOnlyDictionary<string, object?>)actual!;
                    Assert.Equal(((Dictionary<string, object>)written).Keys, anyMap.Keys);
                    Assert.All((Dictionary<string, object>)written, e => Assert.Equal(e.Value, anyMap[e.Key]));
                    break;
                case FieldKind.Object:
                    AssertObject(actual!, field.Object!, (Dictionary<string, object>)written, where);
                    break;
                case FieldKind.ObjectList:
                    var items = ((IEnumerable)actual!).Cast<object>().ToList();
                    var writtenItems = (List<object>)written;
                    Assert.Equal(writtenItems.Count, items.Count);
                    for (var i = 0; i < items.Count; i++)
                    {
                        AssertObject(items[i], field.Object!, (Dictionary<string, object>)writtenItems[i], $"{where}[{i}]");
                    }

                    break;
                default:
                    // Text and template URLs as strings, numbers as double, booleans as bool.
                    Assert.Equal(written, actual);
                    break;
            }
        }

        private static void AssertObject(object actual, ObjectSpec spec, Dictionary<string, object> written, string where)
        {
            Assert.Equal(spec.TypeName, actual.GetType().Name);
            foreach (var nested in spec.Fields)
            {
                AssertReadsBack(actual, nested, written[nested.Name], where + "." + nested.Name);
            }
        }

        // A secret is never a value in the assembly: it names the environment variable it will be read from.
        private static void AssertSecret(Secret secret, string template, string where)
        {
            Assert.True(secret.Origin == SecretOrigin.Environment, $"{where}: the secret comes from {secret.Origin}");
            Assert.Equal(template, secret.Reference);
            Assert.Equal(new[] { template.Substring(2, template.Length - 3) }, secret.EnvironmentVariables);
            Assert.False(secret.HasValue);
        }

        private static string Yaml(ConnectorTypeSpec spec, IEnumerable<(string Id, Profile Profile)> connectors)
        {
            // JSON is YAML: one flow mapping a connector.
            var yaml = new StringBuilder("xpack.actions.preconfigured:\n");
            foreach (var (id, profile) in connectors)
            {
                var entry = new Dictionary<string, object>
                {
                    ["actionTypeId"] = spec.ActionTypeId,
                    ["name"] = "Probe",
                    ["config"] = profile.Map(Section.Config),
                    ["secrets"] = profile.Map(Section.Secrets),
                };
                yaml.Append("  ").Append(id).Append(": ").Append(JsonSerializer.Serialize(entry, s_json)).Append('\n');
            }

            return yaml.ToString();
        }

        /// <summary>Values for some top-level fields of one connector.</summary>
        private sealed class Profile
        {
            public static readonly Profile Empty = new Profile(new List<(CatalogueField, object)>());

            private Profile(List<(CatalogueField Field, object Value)> values) => Values = values;

            public IReadOnlyList<(CatalogueField Field, object Value)> Values { get; }

            public IEnumerable<CatalogueField> Fields => Values.Select(v => v.Field);

            public bool Has(CatalogueField field) => Values.Any(v => v.Field == field);

            public Profile With(CatalogueField field, object value) => new Profile(Values.Append((field, value)).ToList());

            public Dictionary<string, object> Map(Section section) =>
                Values.Where(v => v.Field.Section == section).ToDictionary(v => v.Field.Spec.Name, v => v.Value);
        }

        /// <summary>
        /// Finds valid connectors of one type that together set every field: start from one field not yet covered, add
        /// what the rules report missing (KC0104, KC0105), and where that is not enough try one or two more fields
        /// (a boolean that turns an authentication off, an enum value that selects one); then add every other field
        /// not yet covered that keeps the connector valid.
        /// </summary>
        private sealed class ProfileSearch
        {
            private readonly ConnectorTypeSpec _spec;
            private readonly List<CatalogueField> _fields;

            public ProfileSearch(ConnectorTypeSpec spec)
            {
                _spec = spec;
                _fields = CatalogueFields.Of(spec).Where(f => f.Path.Count(c => c == '.') == 1).ToList();
            }

            /// <summary>Every field the rules reported missing while searching.</summary>
            public HashSet<CatalogueField> ReportedMissing { get; } = new HashSet<CatalogueField>();

            public List<Profile> Profiles()
            {
                var uncovered = new List<CatalogueField>(_fields);
                var profiles = new List<Profile>();
                Profile? found;
                do
                {
                    found = uncovered.SelectMany(f => Candidates(f).Select(v => Profile.Empty.With(f, v))).Select(p => Nudge(p, depth: 2)).FirstOrDefault(p => p != null);
                    if (found != null)
                    {
                        // An earlier addition may have brought fields it needs: each field once.
                        foreach (var field in uncovered.ToList().Where(f => !found.Has(f)))
                        {
                            found = Candidates(field).Select(v => Complete(found.With(field, v))).FirstOrDefault(p => p != null) ?? found;
                        }

                        profiles.Add(found);
                        uncovered.RemoveAll(found.Has);
                    }
                }
                while (found != null && uncovered.Count > 0);

                // A type without fields still compiles once.
                return profiles.Count > 0 ? profiles : new List<Profile> { Complete(Profile.Empty) ?? Profile.Empty };
            }

            private Profile? Nudge(Profile profile, int depth)
            {
                var complete = Complete(profile);
                if (complete != null || depth == 0)
                {
                    return complete;
                }

                return _fields.Where(f => !profile.Has(f))
                    .SelectMany(f => Candidates(f).Select(v => profile.With(f, v)))
                    .Select(p => Nudge(p, depth - 1))
                    .FirstOrDefault(p => p != null);
            }

            private Profile? Complete(Profile profile)
            {
                var problems = Check(profile);
                if (problems.Count == 0)
                {
                    return profile;
                }

                var missing = problems
                    .Where(d => d.Id == DiagnosticRules.MissingConfig.Id || d.Id == DiagnosticRules.MissingSecret.Id)
                    .Select(d => _fields.FirstOrDefault(f => f.Section == (d.Id == DiagnosticRules.MissingConfig.Id ? Section.Config : Section.Secrets) && f.Spec.Name == d.Arguments[2]))
                    .OfType<CatalogueField>()
                    .Where(f => !profile.Has(f))
                    .ToList();
                ReportedMissing.UnionWith(missing);
                return missing.Count == 0
                    ? null
                    : Candidates(missing[0]).Select(v => Complete(profile.With(missing[0], v))).FirstOrDefault(p => p != null);
            }

            private List<DiagnosticInfo> Check(Profile profile)
            {
                var yaml = Yaml(_spec, new[] { ("probe", profile) });
                var model = ConnectorSetBuilder.Read(new[] { ("/project/kibana.yml", yaml) }, ProjectOptions.Default, EquatableArray<string>.Empty);
                return model.Diagnostics.Where(d => d.Id != DiagnosticRules.LiteralSecret.Id && d.Rule.Severity != Severity.Info).ToList();
            }

            private IEnumerable<object> Candidates(CatalogueField field) =>
                s_values.TryGetValue(_spec.ActionTypeId + " " + field.Path, out var value) ? new[] { value } : Values(field.Spec, field.Path);

            // Values from the kind, made from the field's path so that no two fields share one: a value read back from
            // the wrong property (another field, another Swimlane mapping) shows.
            private IEnumerable<object> Values(FieldSpec field, string path)
            {
                var name = path.Substring(path.IndexOf('.') + 1);
                if (field.IsSecret)
                {
                    var variable = "${KC_" + Regex.Replace(_spec.ActionTypeId + "_" + path, "[^A-Za-z0-9]+", "_").Trim('_').ToUpperInvariant() + "}";
                    return new object[] { field.Kind == FieldKind.TextMap ? new Dictionary<string, object> { ["X-Probe"] = variable } : variable };
                }

                return field.Kind switch
                {
                    // An address: the one text field with a format, email's from, takes it, and every other text field too.
                    FieldKind.Text => new object[] { name + "@example.com" },
                    FieldKind.Url => new object[] { "https://example.com/" + name },
                    FieldKind.TemplateUrl => new object[] { "https://example.com/" + name + "/{{{external.system.id}}}" },
                    FieldKind.Integer => new object[] { (long)Math.Min(field.Max ?? int.MaxValue, (field.Min ?? 0) + 2524) },
                    FieldKind.Number => new object[] { 0.25 },
                    FieldKind.Boolean => new object[] { field.Default != "true" },
                    FieldKind.Enum => field.Values.Where(v => v != field.Default).Cast<object>().ToArray(),
                    FieldKind.TextMap => new object[] { new Dictionary<string, object> { ["X-" + field.Name] = name + "-value" } },
                    FieldKind.AnyMap => new object[] { new Dictionary<string, object> { [field.Name + "_text"] = name + "-value", [field.Name + "_number"] = 2524L, [field.Name + "_flag"] = true } },
                    FieldKind.Object => new object[] { Nested(field.Object!, path) },
                    _ => new object[] { new List<object> { Nested(field.Object!, path) } },
                };
            }

            // Every nested field set, with its first value.
            private Dictionary<string, object> Nested(ObjectSpec spec, string path) =>
                spec.Fields.ToDictionary(f => f.Name, f => Values(f, path + "." + f.Name).First());
        }
    }
}

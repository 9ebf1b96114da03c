using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using KibanaConnectors.Generator.Diagnostics;
using KibanaConnectors.Generator.Model;

namespace KibanaConnectors.Generator.Validation
{
    /// <summary>Checks the connectors of all settings files as one set (ids across files, C# names) and sorts them for emission.</summary>
    internal static class ConnectorSetBuilder
    {
        public static ConnectorSetModel Build(ImmutableArray<ConnectorFileModel> files, GeneratorOptions options)
        {
            var diagnostics = new List<DiagnosticInfo>(options.Diagnostics);
            // A file listed twice (auto-included and added by hand) is one file.
            var ordered = files
                .GroupBy(f => f.FilePath, StringComparer.Ordinal)
                .Select(g => g.First())
                .OrderBy(f => f.FilePath, StringComparer.Ordinal)
                .ToList();
            foreach (var file in ordered)
            {
                diagnostics.AddRange(file.Diagnostics);
            }

            // The same id in two files: the first file (in path order) keeps it.
            var byId = new Dictionary<string, ConnectorModel>(StringComparer.Ordinal);
            foreach (var connector in ordered.SelectMany(f => f.Connectors))
            {
                if (byId.TryGetValue(connector.Id, out var first))
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateId, connector.FilePath, connector.IdSpan, connector.Id,
                        $"{System.IO.Path.GetFileName(first.FilePath)} line {first.IdSpan.DisplayLine}"));
                }
                else
                {
                    byId.Add(connector.Id, connector);
                }
            }

            if (options.License is Catalogue.KibanaLicense project)
            {
                foreach (var connector in byId.Values.OrderBy(c => c.Id, StringComparer.Ordinal))
                {
                    if (Catalogue.ActionTypes.License(connector.ActionTypeId) is Catalogue.KibanaLicense needed && needed > project)
                    {
                        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.LicenseTooLow, connector.FilePath, connector.TypeSpan, connector.Id, connector.ActionTypeId,
                            needed.ToString().ToLowerInvariant(), project.ToString().ToLowerInvariant()));
                    }
                }
            }

            var named = Name(byId.Values.OrderBy(c => c.Id, StringComparer.Ordinal), options.ClassName, diagnostics);
            return new ConnectorSetModel(options, named.ToEquatableArray(), diagnostics.ToEquatableArray(), files.Length > 0);
        }

        /// <summary>
        /// The C# name of a connector id: split at every character that is not a letter or digit, upper-case the first
        /// letter of each part, join; a leading digit gets a '_' prefix.
        /// </summary>
        public static string ToIdentifier(string id)
        {
            var name = new StringBuilder(id.Length);
            var startOfPart = true;
            foreach (var c in id)
            {
                if (char.IsLetterOrDigit(c))
                {
                    name.Append(startOfPart ? char.ToUpperInvariant(c) : c);
                    startOfPart = false;
                }
                else
                {
                    startOfPart = true;
                }
            }

            if (name.Length == 0 || char.IsDigit(name[0]))
            {
                name.Insert(0, '_');
            }

            return name.ToString();
        }

        private static List<NamedConnector> Name(IEnumerable<ConnectorModel> connectors, string className, List<DiagnosticInfo> diagnostics)
        {
            // Members of the generated class that a connector name must not take.
            var taken = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["Ids"] = "the generated member 'Ids'",
                ["All"] = "the generated member 'All'",
                ["Get"] = "the generated member 'Get'",
                ["TryGet"] = "the generated member 'TryGet'",
                ["BuildAll"] = "the generated member 'BuildAll'",
                [className] = $"the generated class '{className}'",
            };
            var result = new List<NamedConnector>();
            foreach (var connector in connectors)
            {
                var identifier = ToIdentifier(connector.Id);
                var candidate = identifier;
                string? clashesWith = null;
                for (var suffix = 2; Clash(taken, candidate) is string owner; suffix++)
                {
                    clashesWith ??= owner;
                    candidate = identifier + "_" + suffix.ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                if (clashesWith != null)
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.IdentifierCollision, connector.FilePath, connector.IdSpan, connector.Id, clashesWith, identifier, candidate));
                }

                taken[candidate] = $"the connector '{connector.Id}'";
                taken["Create" + candidate] = $"the factory of the connector '{connector.Id}'";
                taken["Build" + candidate] = $"the builder of the connector '{connector.Id}'";
                result.Add(new NamedConnector(connector, candidate));
            }

            return result;
        }

        // Each connector takes three members: X, CreateX and BuildX.
        private static string? Clash(Dictionary<string, string> taken, string candidate)
        {
            foreach (var name in new[] { candidate, "Create" + candidate, "Build" + candidate })
            {
                if (taken.TryGetValue(name, out var owner))
                {
                    return owner;
                }
            }

            return null;
        }
    }
}

using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System;
using KibanaConnectors.Rules.Common;
using KibanaConnectors.Rules.Diagnostics;
using KibanaConnectors.Rules.Model;

namespace KibanaConnectors.Rules.Set
{
    /// <summary>
    /// The members a connector takes in the generated class, named once for every front end: the emitter writes them,
    /// the analyzers point at the <c>Ids</c> constants, and two ids that give one name are KC0004.
    /// </summary>
    internal static class MemberNames
    {
        /// <summary>The descriptor property: the connector's C# name itself.</summary>
        public static string Descriptor(string identifier) => identifier;

        /// <summary>The factory that resolves secrets: <c>CreateMySlack1</c>.</summary>
        public static string Factory(string identifier) => "Create" + identifier;

        /// <summary>The private method that builds the descriptor on first use.</summary>
        public static string Builder(string identifier) => "Build" + identifier;

        /// <summary>The private field that holds the descriptor once built.</summary>
        public static string Field(string identifier) => "s_" + identifier;

        /// <summary>The id constant as code can write it from anywhere: <c>global::Acme.Alerts.PreconfiguredConnectors.Ids.MySlack1</c>.</summary>
        public static string IdsConstant(ProjectOptions options, string identifier) => IdsConstant(options, null, identifier);

        /// <summary>The same for a connector of a Kibana resource, whose class <paramref name="nestedClass"/> is nested in the project's.</summary>
        public static string IdsConstant(ProjectOptions options, string? nestedClass, string identifier) =>
            "global::" + (options.Namespace.Length == 0 ? string.Empty : options.Namespace + ".") + options.ClassName + (nestedClass == null ? string.Empty : "." + nestedClass) + ".Ids." + identifier;

        /// <summary>
        /// The nested class of each Kibana resource, by <see cref="DeploymentModel.Key"/>: its name as a C# name
        /// (<c>kibana-prod</c> -> <c>KibanaProd</c>); resources that give one name take their namespace in front
        /// (<c>Staging_Kibana</c> from <c>staging/kibana</c>), then a <c>_2</c>, <c>_3</c>... suffix; the generated members
        /// of the project's class and the class itself are never taken.
        /// </summary>
        public static Dictionary<string, string> DeploymentClasses(IReadOnlyList<DeploymentModel> deployments, string className)
        {
            var taken = new HashSet<string>(StringComparer.Ordinal) { "Ids", "All", "Get", "TryGet", "BuildAll", className };
            var plain = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var deployment in deployments)
            {
                plain[deployment.Key] = CSharpNames.FromConnectorId(deployment.Name);
            }

            var result = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var deployment in deployments)
            {
                var name = plain[deployment.Key];
                if (deployment.Namespace.Length > 0 && deployments.Count(d => plain[d.Key] == name) > 1)
                {
                    name = CSharpNames.FromConnectorId(deployment.Namespace) + "_" + name;
                }

                var candidate = name;
                for (var suffix = 2; !taken.Add(candidate); suffix++)
                {
                    candidate = name + "_" + suffix.ToString(CultureInfo.InvariantCulture);
                }

                result[deployment.Key] = candidate;
            }

            return result;
        }

        /// <summary>
        /// Gives each connector (sorted by id) its C# name: <see cref="CSharpNames.FromConnectorId"/>, with a stable
        /// <c>_2</c>, <c>_3</c>... suffix and a KC0004 warning when the name, its factory or its builder is taken.
        /// </summary>
        public static List<NamedConnector> Assign(IEnumerable<ConnectorModel> connectors, string className, List<DiagnosticInfo> diagnostics) =>
            Assign(connectors, className, diagnostics, new Dictionary<string, string>());

        /// <summary>The same, where <paramref name="reserved"/> names (the classes of Kibana resources, with who has them) are taken too.</summary>
        public static List<NamedConnector> Assign(IEnumerable<ConnectorModel> connectors, string className, List<DiagnosticInfo> diagnostics, Dictionary<string, string> reserved)
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
            foreach (var pair in reserved)
            {
                taken[pair.Key] = pair.Value;
            }

            var result = new List<NamedConnector>();
            foreach (var connector in connectors)
            {
                var identifier = CSharpNames.FromConnectorId(connector.Id);
                var candidate = identifier;
                string? clashesWith = null;
                for (var suffix = 2; Clash(taken, candidate) is string owner; suffix++)
                {
                    clashesWith ??= owner;
                    candidate = identifier + "_" + suffix.ToString(CultureInfo.InvariantCulture);
                }

                if (clashesWith != null)
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticRules.IdentifierCollision, connector.FilePath, connector.IdSpan, connector.Id, clashesWith, identifier, candidate));
                }

                taken[Descriptor(candidate)] = $"the connector '{connector.Id}'";
                taken[Factory(candidate)] = $"the factory of the connector '{connector.Id}'";
                taken[Builder(candidate)] = $"the builder of the connector '{connector.Id}'";
                result.Add(new NamedConnector(connector, candidate));
            }

            return result;
        }

        private static string? Clash(Dictionary<string, string> taken, string candidate)
        {
            foreach (var name in new[] { Descriptor(candidate), Factory(candidate), Builder(candidate) })
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

using System;
using System.Collections.Generic;
using System.Linq;

namespace KibanaConnectors.Client
{
    /// <summary>What differs between the compiled connectors and a running Kibana.</summary>
    public enum VerificationProblemKind
    {
        /// <summary>A compiled connector that Kibana does not have.</summary>
        Missing,

        /// <summary>A preconfigured connector of Kibana that the build does not know.</summary>
        Extra,

        /// <summary>The same id with another type.</summary>
        TypeDiffers,

        /// <summary>The same id with another name.</summary>
        NameDiffers,

        /// <summary>The id exists in Kibana, but as a connector created in Kibana, not a preconfigured one.</summary>
        NotPreconfigured,

        /// <summary>Kibana reports that the connector's secrets are missing.</summary>
        MissingSecrets,
    }

    /// <summary>One difference, in words.</summary>
    /// <param name="Kind">What differs.</param>
    /// <param name="ConnectorId">The connector's id.</param>
    /// <param name="Message">The difference and what to do.</param>
    public sealed record VerificationProblem(VerificationProblemKind Kind, string ConnectorId, string Message);

    /// <summary>The result of <see cref="KibanaClient.VerifyAsync"/>.</summary>
    public sealed class VerificationReport
    {
        private VerificationReport(IReadOnlyList<VerificationProblem> problems) => Problems = problems;

        /// <summary>Every difference, sorted by connector id.</summary>
        public IReadOnlyList<VerificationProblem> Problems { get; }

        /// <summary>True when Kibana runs exactly the compiled connectors.</summary>
        public bool IsMatch => Problems.Count == 0;

        /// <summary>One line per problem, or a line saying all match.</summary>
        public override string ToString() =>
            IsMatch ? "Kibana runs exactly the compiled connectors." : string.Join(Environment.NewLine, Problems.Select(p => $"{p.Kind} {p.ConnectorId}: {p.Message}"));

        internal static VerificationReport Compare(IReadOnlyList<Connector> compiled, IReadOnlyList<KibanaConnectorInfo> running)
        {
            var problems = new List<VerificationProblem>();
            var byId = running.GroupBy(c => c.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            foreach (var connector in compiled)
            {
                if (!byId.TryGetValue(connector.Id, out var found))
                {
                    problems.Add(new VerificationProblem(VerificationProblemKind.Missing, connector.Id,
                        $"Kibana has no connector '{connector.Id}' ({connector.ActionTypeId}); deploy the kibana.yml the build compiled, and restart Kibana"));
                    continue;
                }

                if (!found.IsPreconfigured)
                {
                    problems.Add(new VerificationProblem(VerificationProblemKind.NotPreconfigured, connector.Id,
                        $"Kibana's connector '{connector.Id}' was created in Kibana, not preconfigured in kibana.yml"));
                }

                if (!string.Equals(found.ConnectorTypeId, connector.ActionTypeId, StringComparison.Ordinal))
                {
                    problems.Add(new VerificationProblem(VerificationProblemKind.TypeDiffers, connector.Id,
                        $"Kibana's connector is a {found.ConnectorTypeId} connector; the build compiled a {connector.ActionTypeId} one"));
                }

                if (!string.Equals(found.Name, connector.Name, StringComparison.Ordinal))
                {
                    problems.Add(new VerificationProblem(VerificationProblemKind.NameDiffers, connector.Id,
                        $"Kibana names it \"{found.Name}\"; the build compiled \"{connector.Name}\""));
                }

                if (found.IsMissingSecrets)
                {
                    problems.Add(new VerificationProblem(VerificationProblemKind.MissingSecrets, connector.Id,
                        "Kibana reports that its secrets are missing; set its environment variables or keystore entries on the Kibana host"));
                }
            }

            var known = new HashSet<string>(compiled.Select(c => c.Id), StringComparer.Ordinal);
            foreach (var extra in running.Where(c => c.IsPreconfigured && !c.IsSystemAction && !known.Contains(c.Id)))
            {
                problems.Add(new VerificationProblem(VerificationProblemKind.Extra, extra.Id,
                    $"Kibana runs a preconfigured {extra.ConnectorTypeId} connector \"{extra.Name}\" that the build does not know; add it to kibana.yml or remove it from Kibana's settings"));
            }

            return new VerificationReport(problems.OrderBy(p => p.ConnectorId, StringComparer.Ordinal).ThenBy(p => p.Kind).ToList());
        }
    }
}

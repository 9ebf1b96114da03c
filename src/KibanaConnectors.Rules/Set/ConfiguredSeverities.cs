using System.Collections.Generic;
using System.Linq;
using KibanaConnectors.Rules.Common;
using KibanaConnectors.Rules.Diagnostics;
using KibanaConnectors.Rules.Model;

namespace KibanaConnectors.Rules.Set
{
    /// <summary>
    /// The severities a project sets per id (<c>.kibana-connectors.yml</c>, for the CLI and the editor server, as
    /// <c>.globalconfig</c> sets them for the build): <c>none</c> drops the id's diagnostics, another severity is shown
    /// instead of the id's own. A problem with the configuration itself (KC0017) keeps its severity.
    /// </summary>
    internal static class ConfiguredSeverities
    {
        public static List<DiagnosticInfo> Apply(List<DiagnosticInfo> diagnostics, EquatableArray<SeverityOption> severities)
        {
            if (severities.Count == 0)
            {
                return diagnostics;
            }

            var byId = severities.GroupBy(s => s.Id).ToDictionary(g => g.Key, g => g.Last().Severity);
            var shown = new List<DiagnosticInfo>(diagnostics.Count);
            foreach (var diagnostic in diagnostics)
            {
                if (diagnostic.Id == DiagnosticRules.InvalidConfigFile.Id || !byId.TryGetValue(diagnostic.Id, out var severity))
                {
                    shown.Add(diagnostic);
                }
                else if (severity is Severity set)
                {
                    shown.Add(diagnostic with { ConfiguredSeverity = set });
                }
            }

            return shown;
        }
    }
}

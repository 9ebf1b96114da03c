using System.Collections.Generic;
using System.Linq;
using System;
using KibanaConnectors.Rules.Catalogue;
using KibanaConnectors.Rules.Checks;
using KibanaConnectors.Rules.Common;
using KibanaConnectors.Rules.Diagnostics;
using KibanaConnectors.Rules.Model;

namespace KibanaConnectors.Rules.Set
{
    /// <summary>Checks the connectors of all settings files as one set (ids across files, C# names) and sorts them for emission.</summary>
    internal static class ConnectorSetBuilder
    {
        /// <summary>Reads settings files and checks them as one set, outside the generator's pipeline (the analyzers, the CLI).</summary>
        public static ConnectorSetModel Read(IEnumerable<(string Path, string Text)> files, ProjectOptions options, EquatableArray<string> keystore, System.Threading.CancellationToken cancellationToken = default) =>
            Read(files.Select(f => (f.Path, f.Text, (string?)null)), options, keystore, EquatableArray<KubernetesSecret>.Empty, cancellationToken);

        /// <summary>The same, each file with the shape its option names (null: told by its content), with the Kubernetes Secrets of the keystore files.</summary>
        public static ConnectorSetModel Read(IEnumerable<(string Path, string Text, string? Shape)> files, ProjectOptions options, EquatableArray<string> keystore, EquatableArray<KubernetesSecret> secrets, System.Threading.CancellationToken cancellationToken = default)
        {
            var readOptions = options.ForReading(keystore, secrets);
            return Build(files.Select(f => ConnectorFileReader.Read(f.Path, f.Text, f.Shape, readOptions, cancellationToken)).ToList(), options);
        }

        public static ConnectorSetModel Build(IReadOnlyList<ConnectorFileModel> files, ProjectOptions options)
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

            // Each ECK Kibana resource is a Kibana of its own: its connectors are checked and named apart from the others.
            var deployments = ordered.SelectMany(f => f.Deployments).ToList();
            var classes = MemberNames.DeploymentClasses(deployments, options.ClassName);
            var connectors = ordered.SelectMany(f => f.Connectors).ToList();
            var (named, allowlist) = BuildOne(
                connectors.Where(c => c.Deployment.Length == 0), ordered.Select(f => (f.FilePath, f.Settings)).ToList(), options, options.ClassName, options.ElasticCloud,
                deployments.ToDictionary(d => classes[d.Key], d => "the class of " + d.Title, StringComparer.Ordinal), diagnostics);
            var sets = new List<DeploymentSetModel>();
            foreach (var deployment in deployments)
            {
                var (members, domains) = BuildOne(
                    connectors.Where(c => c.Deployment == deployment.Key), new List<(string, ActionsSettings)> { (deployment.FilePath, deployment.Settings) }, options, classes[deployment.Key],
                    elasticCloud: false, new Dictionary<string, string>(StringComparer.Ordinal), diagnostics);
                sets.Add(new DeploymentSetModel(deployment, classes[deployment.Key], members.ToEquatableArray()) { EmailDomainAllowlist = domains });
            }

            diagnostics = ConfiguredSeverities.Apply(Suppressions.Apply(diagnostics, ordered), options.Severities);
            return new ConnectorSetModel(options, named.ToEquatableArray(), diagnostics.ToEquatableArray(), files.Count > 0)
            {
                EmailDomainAllowlist = allowlist,
                Deployments = sets.ToEquatableArray(),
            };
        }

        // One Kibana's connectors (from every file that sets them) with its settings: ids once, built-ins, the settings
        // around them, licence, C# names in the class they are generated in.
        private static (List<NamedConnector> Named, EquatableArray<string>? EmailDomainAllowlist) BuildOne(IEnumerable<ConnectorModel> connectors, List<(string FilePath, ActionsSettings Settings)> files, ProjectOptions options, string className, bool elasticCloud, Dictionary<string, string> reserved, List<DiagnosticInfo> diagnostics)
        {
            // The same id in two files: the first file (in path order) keeps it.
            var byId = new Dictionary<string, ConnectorModel>(StringComparer.Ordinal);
            foreach (var connector in connectors)
            {
                if (byId.TryGetValue(connector.Id, out var first))
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticRules.DuplicateId, connector.FilePath, connector.IdSpan, connector.Id,
                        $"{System.IO.Path.GetFileName(first.FilePath)} line {first.IdSpan.DisplayLine}"));
                }
                else
                {
                    byId.Add(connector.Id, connector);
                }
            }

            AddBuiltIns(files, elasticCloud, byId, diagnostics);
            var declared = byId.Values.Where(c => c.BuiltInBy == null).OrderBy(c => c.Id, StringComparer.Ordinal).ToList();
            var settings = files.Select(f => f.Settings).ToList();
            CheckAllowedHosts(declared, settings, diagnostics);
            CheckEnabledTypes(declared, settings, diagnostics);
            CheckReferences(byId, settings, diagnostics);
            ConnectorSettingsRules.Check(declared, settings, diagnostics);

            if (options.License is KibanaLicense project)
            {
                foreach (var connector in declared)
                {
                    if (ActionTypes.License(connector.ActionTypeId) is KibanaLicense needed && needed > project)
                    {
                        diagnostics.Add(DiagnosticInfo.Create(DiagnosticRules.LicenseTooLow, connector.FilePath, connector.TypeSpan, connector.Id, connector.ActionTypeId,
                            needed.ToString().ToLowerInvariant(), project.ToString().ToLowerInvariant()));
                    }
                }
            }

            var named = MemberNames.Assign(byId.Values.OrderBy(c => c.Id, StringComparer.Ordinal), className, diagnostics, reserved);
            return (named, EmailDomains(settings));
        }

        // Every file's entries together; unlike allowedHosts, '*' is no wildcard here: Kibana compares domains exactly.
        private static EquatableArray<string>? EmailDomains(List<ActionsSettings> settings)
        {
            var lists = settings.Select(s => s.EmailDomainAllowlist).Where(l => l != null).ToList();
            var entries = lists.SelectMany(l => l!.Value).Select(e => e.Value).Distinct(StringComparer.Ordinal).ToList();
            return lists.Count == 0 || entries.Any(EnvironmentTemplate.HasReferences) ? null : entries.ToEquatableArray();
        }

        private static void AddBuiltIns(List<(string FilePath, ActionsSettings Settings)> files, bool elasticCloud, Dictionary<string, ConnectorModel> byId, List<DiagnosticInfo> diagnostics)
        {
            var builtIns = new List<ConnectorModel>();
            if (files.FirstOrDefault(f => f.Settings.AlertHistoryIndex != null) is (string path, ActionsSettings alertHistory))
            {
                builtIns.Add(BuiltInConnectors.AlertHistory(path, alertHistory.AlertHistoryIndex!.Value));
            }

            if (elasticCloud)
            {
                builtIns.Add(BuiltInConnectors.ElasticCloudSmtp());
            }

            foreach (var builtIn in builtIns)
            {
                // Preconfiguring the alert history id is KC0006 already; a connector of Elastic Cloud's id clashes with it.
                if (byId.TryGetValue(builtIn.Id, out var declared))
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticRules.DuplicateId, declared.FilePath, declared.IdSpan, declared.Id, "the connector " + builtIn.BuiltInBy));
                }
                else
                {
                    byId.Add(builtIn.Id, builtIn);
                }
            }
        }

        // KC0301: Kibana runs a connector only when every host it calls is in allowedHosts (or the list holds '*').
        private static void CheckAllowedHosts(List<ConnectorModel> connectors, List<ActionsSettings> settings, List<DiagnosticInfo> diagnostics)
        {
            if (!(Restriction(settings, s => s.AllowedHosts) is List<SettingText> allowed))
            {
                return;
            }

            var names = new HashSet<string>(allowed.Select(a => a.Value), StringComparer.Ordinal);
            var described = DescribeList(allowed);
            foreach (var connector in connectors)
            {
                foreach (var host in connector.Hosts)
                {
                    if (names.Contains(host.Host))
                    {
                        continue;
                    }

                    var sameButCase = names.FirstOrDefault(n => string.Equals(n, host.Host, StringComparison.OrdinalIgnoreCase));
                    var hint = sameButCase != null
                        ? $" (it lists '{sameButCase}', but Kibana compares host names exactly and URL host names are lower case)"
                        : NameSuggester.Hint(host.Host, names);
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticRules.HostNotAllowed, connector.FilePath, host.Span, connector.Id, host.Source, host.Host, described, hint));
                }
            }
        }

        // KC0302: a type left out of enabledActionTypes, which Kibana does not enforce for preconfigured connectors.
        private static void CheckEnabledTypes(List<ConnectorModel> connectors, List<ActionsSettings> settings, List<DiagnosticInfo> diagnostics)
        {
            if (!(Restriction(settings, s => s.EnabledActionTypes) is List<SettingText> enabled))
            {
                return;
            }

            var described = DescribeList(enabled);
            foreach (var connector in connectors.Where(c => c.ActionTypeId.Length > 0 && !enabled.Any(e => e.Value == c.ActionTypeId)))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticRules.TypeNotEnabled, connector.FilePath, connector.TypeSpan, connector.Id, connector.ActionTypeId, described));
            }
        }

        // KC0305: settings that name a connector must name one of the right type.
        private static void CheckReferences(Dictionary<string, ConnectorModel> byId, List<ActionsSettings> settings, List<DiagnosticInfo> diagnostics)
        {
            foreach (var reference in settings.SelectMany(s => s.References))
            {
                var types = string.Join(" or ", reference.Types);
                string? problem = null;
                if (!byId.TryGetValue(reference.Id, out var connector))
                {
                    problem = $"but no connector has that id{NameSuggester.InParentheses(reference.Id, byId.Keys)}; define a {types} connector '{reference.Id}' under xpack.actions.preconfigured, or name one that exists";
                }
                else if (connector.ActionTypeId.Length > 0 && !reference.Types.Contains(connector.ActionTypeId))
                {
                    problem = $"a {connector.ActionTypeId} connector, but this setting needs a {types} connector; name one of that type";
                }

                if (problem != null)
                {
                    var suggestion = connector == null ? NameSuggester.Closest(reference.Id, byId.Keys) : null;
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticRules.UnknownConnectorReference, reference.FilePath, reference.Span, reference.Setting, reference.Id, problem)
                        .WithFixes(Fixes.DidYouMean(reference.Span, suggestion)));
                }
            }
        }

        // The entries of an allow-list setting from every file that sets it; null when it allows everything: set
        // nowhere (Kibana's default is ["*"]), holding '*', or holding a ${NAME} known only when Kibana starts.
        private static List<SettingText>? Restriction(List<ActionsSettings> settings, Func<ActionsSettings, EquatableArray<SettingText>?> list)
        {
            var lists = settings.Select(list).Where(l => l != null).ToList();
            var entries = lists.SelectMany(l => l!.Value).ToList();
            return lists.Count == 0 || entries.Any(e => e.Value == "*" || EnvironmentTemplate.HasReferences(e.Value)) ? null : entries;
        }

        // "'a', 'b'", at most five entries.
        private static string DescribeList(List<SettingText> entries)
        {
            var shown = string.Join(", ", entries.Take(5).Select(e => "'" + e.Value + "'")) + (entries.Count > 5 ? $" and {entries.Count - 5} more" : string.Empty);
            return entries.Count == 0 ? "an empty list" : shown;
        }
    }
}

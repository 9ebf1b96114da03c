using System.Collections.Generic;
using System.Linq;
using KibanaConnectors.Rules.Common;
using KibanaConnectors.Rules.Diagnostics;
using KibanaConnectors.Rules.Model;
using KibanaConnectors.Rules.Reading;

namespace KibanaConnectors.Rules.Checks
{
    /// <summary>
    /// The parse step for a deployment file (an ECK manifest, a Helm chart's values): each settings root read and
    /// checked as a settings file is, with the keystore its <c>secureSettings</c> give it, and each <c>${NAME}</c> of an
    /// ECK <c>spec.config</c> checked against the environment its pod template shows (KC0015).
    /// </summary>
    internal static class DeploymentFileReader
    {
        // Variables a container has without the manifest naming them: the container runtime's, the Kibana image's,
        // ECK's, and Kubernetes' service links (FOO_SERVICE_HOST, FOO_PORT_443_TCP...), which hold no secret anyway.
        private static readonly HashSet<string> s_alwaysSet = new HashSet<string>(System.StringComparer.Ordinal)
        {
            "HOSTNAME", "HOME", "PATH", "LANG", "LC_ALL", "TERM", "ELASTIC_CONTAINER", "POD_NAME", "POD_IP", "NODE_NAME", "NAMESPACE",
        };

        /// <summary>Reads the file into <paramref name="connectors"/> and <paramref name="deployments"/> (and the suppression comments of embedded settings into <paramref name="suppressions"/>); returns the settings of the project's own Kibana (Helm values).</summary>
        public static ActionsSettings Read(string filePath, string fileName, string text, SettingsShape shape, ReadOptions options, List<ConnectorModel> connectors, List<DeploymentModel> deployments, List<DiagnosticInfo> diagnostics, List<Suppression> suppressions, System.Threading.CancellationToken cancellationToken)
        {
            var file = DeploymentFiles.Read(filePath, text, shape, options, cancellationToken);
            if (ConnectorFileReader.Report(filePath, fileName, file.YamlProblems, diagnostics))
            {
                return ActionsSettings.None;
            }

            foreach (var problem in file.Problems)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticRules.InvalidDeploymentFile, filePath, problem.Span, fileName, problem.Message));
            }

            var settings = ActionsSettings.None;
            var anySettings = false;
            foreach (var root in file.Roots)
            {
                cancellationToken.ThrowIfCancellationRequested();
                // The comments of a kibana.yml written in a block scalar are that file's comments, at the outer file's places.
                if (root.Embedded != null)
                {
                    SuppressionComments.Find(filePath, root.Embedded.Text, suppressions, diagnostics, root.Embedded);
                }

                if (ConnectorFileReader.Report(filePath, root.Where, root.Problems, diagnostics))
                {
                    anySettings = true;
                    continue;
                }

                var rootOptions = root.KeystoreKeys.Count == 0 ? options : options with { Keystore = SettingsFiles.KeystoreSet(options.Keystore.Concat(root.KeystoreKeys)) };
                // An ECK resource says which Kibana runs its settings: that release's rules apply to them.
                if (root.Resource?.Version is KibanaVersion release)
                {
                    rootOptions = rootOptions with { KibanaVersion = release };
                }

                var found = new List<ConnectorModel>();
                var rootSettings = root.Yaml == null ? ActionsSettings.None
                    : ConnectorFileReader.ReadSettings(filePath, root.Where, root.Yaml, rootOptions, found, diagnostics, reportNoSection: false, cancellationToken);
                anySettings |= found.Count > 0 || rootSettings != ActionsSettings.None;
                if (root.Resource is DeploymentModel resource)
                {
                    deployments.Add(resource with { Settings = rootSettings });
                    connectors.AddRange(found.Select(c => c with { Deployment = resource.Key }));
                }
                else
                {
                    settings = rootSettings;
                    connectors.AddRange(found);
                }

                if (root.Environment != null && root.Yaml != null)
                {
                    CheckEnvironment(filePath, root, root.Yaml, root.Environment, root.Resource?.Version ?? options.KibanaVersion, diagnostics);
                }
            }

            // Nothing a Kibana would read, and no problem that says why: the file is no settings file.
            if (!anySettings && !diagnostics.Any(d => d.Severity == Severity.Error))
            {
                var what = file.Roots.Count == 0 ? $"{fileName} ({file.Missing})" : fileName;
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticRules.NoConnectors, filePath, SourceSpan.None, what));
            }

            return settings;
        }

        // KC0015: a ${NAME} with no default that the Kibana container does not set makes Kibana refuse to start.
        private static void CheckEnvironment(string filePath, SettingsRoot root, YamlNode node, PodEnvironment environment, KibanaVersion kibana, List<DiagnosticInfo> diagnostics)
        {
            switch (node)
            {
                case YamlScalar { Kind: ScalarKind.String } scalar:
                    var from = 0;
                    var references = new List<(string Name, string? Fallback)>();
                    EnvironmentTemplate.Expand(scalar.Value, (name, fallback) => { references.Add((name, fallback)); return string.Empty; }, out _);
                    foreach (var (name, fallback) in references)
                    {
                        var written = "${" + name + (fallback == null ? string.Empty : ":" + fallback) + "}";
                        var at = scalar.Value.IndexOf(written, from, System.StringComparison.Ordinal);
                        from = at < 0 ? from : at + written.Length;
                        if (fallback != null || environment.Names.Contains(name) || IsAlwaysSet(name))
                        {
                            continue;
                        }

                        var span = at >= 0 && scalar.IsSingleLine ? Within(scalar, at, written.Length) : scalar.Span;
                        // ${NAME:default} exists from Kibana 8.15 (KibanaVersion.ReadsEnvironmentDefaults); before, it is text as written.
                        var orDefault = kibana.ReadsEnvironmentDefaults ? ", or write a default: ${" + name + ":default} (letters, digits and _ only)" : string.Empty;
                        diagnostics.Add(DiagnosticInfo.Create(DiagnosticRules.UnsetEnvironmentVariable, filePath, span, name,
                            root.Resource?.Title ?? "eck-kibana's podTemplate", environment.ContainerSpan.DisplayLine.ToString(System.Globalization.CultureInfo.InvariantCulture), orDefault));
                    }

                    break;
                case YamlSequence list:
                    foreach (var item in list.Items)
                    {
                        CheckEnvironment(filePath, root, item, environment, kibana, diagnostics);
                    }

                    break;
                case YamlMapping map:
                    foreach (var entry in map.Entries)
                    {
                        CheckEnvironment(filePath, root, entry.Value, environment, kibana, diagnostics);
                    }

                    break;
            }
        }

        private static bool IsAlwaysSet(string name) =>
            s_alwaysSet.Contains(name) || name.EndsWith("_SERVICE_HOST", System.StringComparison.Ordinal) || name.Contains("_SERVICE_PORT") || name.Contains("_PORT_") || name.EndsWith("_PORT", System.StringComparison.Ordinal);

        // A part of a scalar written on one line: plain, or in quotes (one column more).
        private static SourceSpan Within(YamlScalar scalar, int offset, int length)
        {
            var shift = scalar.IsPlain ? 0 : 1;
            var span = scalar.Span;
            return new SourceSpan(span.Start + shift + offset, span.Start + shift + offset + length, span.StartLine, span.StartColumn + shift + offset, span.StartLine, span.StartColumn + shift + offset + length);
        }
    }
}

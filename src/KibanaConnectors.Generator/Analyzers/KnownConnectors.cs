using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using KibanaConnectors.Rules.Common;
using KibanaConnectors.Rules.Model;
using KibanaConnectors.Rules.Reading;
using KibanaConnectors.Rules.Set;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KibanaConnectors.Generator.Analyzers
{
    /// <summary>
    /// The connectors of a project as the generator sees them (same files, same reading, built-ins included), for the
    /// analyzers: each id with the C# name of its constant.
    /// </summary>
    internal sealed class KnownConnectors
    {
        private const int CacheSize = 16;
        private static readonly ConcurrentDictionary<Key, KnownConnectors> s_cache = new ConcurrentDictionary<Key, KnownConnectors>();

        private KnownConnectors(ConnectorSetModel set)
        {
            Set = set;
            // Every Kibana's ids: the project's own first; an id two Kibana resources share names the first one's constant (same value).
            var constants = ImmutableDictionary.CreateBuilder<string, string>(System.StringComparer.Ordinal);
            foreach (var (nested, connectors) in set.Deployments.Select(d => ((string?)d.ClassName, d.Connectors)).Prepend((null, set.Connectors)))
            {
                foreach (var c in connectors.Where(c => !constants.ContainsKey(c.Connector.Id)))
                {
                    constants.Add(c.Connector.Id, MemberNames.IdsConstant(set.Options, nested, c.Identifier));
                }
            }

            Constants = constants.ToImmutable();
        }

        public ConnectorSetModel Set { get; }

        /// <summary>Connector id to its constant, e.g. <c>my-slack1</c> to <c>global::Acme.PreconfiguredConnectors.Ids.MySlack1</c>.</summary>
        public ImmutableDictionary<string, string> Constants { get; }

        /// <summary>The project's connectors; null when it has no settings files (then nothing is generated or checked).</summary>
        public static KnownConnectors? From(AnalyzerOptions options, CancellationToken cancellationToken)
        {
            var files = options.AdditionalFiles
                .Where(f => ConnectorFiles.IsConnectorFile(f.Path, options.AnalyzerConfigOptionsProvider.GetOptions(f)))
                .Select(f => (f.Path, Text: f.GetText(cancellationToken), Shape: ConnectorFiles.Shape(options.AnalyzerConfigOptionsProvider.GetOptions(f))))
                .OrderBy(f => f.Path, System.StringComparer.Ordinal)
                .ToList();
            if (files.Count == 0)
            {
                return null;
            }

            var keystore = KeystoreFile.Combine(options.AdditionalFiles
                .Where(f => ConnectorFiles.IsKeystoreFile(options.AnalyzerConfigOptionsProvider.GetOptions(f)))
                .Select(f => SettingsFiles.Keystore(f.GetText(cancellationToken)?.ToString())));
            var project = GeneratorOptionsReader.Read(options.AnalyzerConfigOptionsProvider.GlobalOptions).Project;

            // The IDE asks again on every keystroke in C#: parse the YAML only when a file, an option or a key changed.
            // The key is made of the same equatable values the generator's pipeline caches on.
            var key = new Key(project, keystore, files.Select(f => new FileKey(f.Path, Checksum(f.Text), f.Shape)).ToEquatableArray());
            if (s_cache.TryGetValue(key, out var cached))
            {
                return cached;
            }

            KnownConnectors known;
            try
            {
                known = new KnownConnectors(ConnectorSetBuilder.Read(files.Select(f => (f.Path, ConnectorFiles.TextAsKibanaReads(f.Text) ?? string.Empty, f.Shape)), project, keystore.Keys, keystore.Secrets, cancellationToken));
            }
            catch (System.Exception ex) when (!(ex is System.OperationCanceledException))
            {
                // A bug here must not become an analyzer crash (AD0001) in the user's build: the generator reports the
                // same failure as KC0001, and without known ids nothing is checked.
                return null;
            }

            if (s_cache.Count >= CacheSize)
            {
                s_cache.Clear();
            }

            s_cache[key] = known;
            return known;
        }

        private static string Checksum(Microsoft.CodeAnalysis.Text.SourceText? text) =>
            text == null ? string.Empty : string.Concat(text.GetChecksum().Select(b => b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture)));

        private sealed record FileKey(string Path, string Checksum, string? Shape);

        private sealed record Key(ProjectOptions Project, KeystoreFile Keystore, EquatableArray<FileKey> Files);
    }
}

using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading;
using KibanaConnectors.Generator.Model;
using KibanaConnectors.Generator.Validation;
using Microsoft.CodeAnalysis;
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
        private static readonly ConcurrentDictionary<string, KnownConnectors> s_cache = new ConcurrentDictionary<string, KnownConnectors>();

        private KnownConnectors(ConnectorSetModel set)
        {
            Set = set;
            var prefix = "global::" + (set.Options.Namespace.Length == 0 ? string.Empty : set.Options.Namespace + ".") + set.Options.ClassName + ".Ids.";
            Constants = set.Connectors.ToImmutableDictionary(c => c.Connector.Id, c => prefix + c.Identifier, System.StringComparer.Ordinal);
        }

        public ConnectorSetModel Set { get; }

        /// <summary>Connector id to its constant, e.g. <c>my-slack1</c> to <c>global::Acme.PreconfiguredConnectors.Ids.MySlack1</c>.</summary>
        public ImmutableDictionary<string, string> Constants { get; }

        /// <summary>The project's connectors; null when it has no settings files (then nothing is generated or checked).</summary>
        public static KnownConnectors? From(AnalyzerOptions options, CancellationToken cancellationToken)
        {
            var files = options.AdditionalFiles
                .Where(f => ConnectorFiles.IsConnectorFile(f.Path, options.AnalyzerConfigOptionsProvider.GetOptions(f)))
                .Select(f => (f.Path, Text: f.GetText(cancellationToken)))
                .OrderBy(f => f.Path, System.StringComparer.Ordinal)
                .ToList();
            if (files.Count == 0)
            {
                return null;
            }

            var keystore = ConnectorFiles.KeystoreSet(options.AdditionalFiles
                .Where(f => ConnectorFiles.IsKeystoreFile(options.AnalyzerConfigOptionsProvider.GetOptions(f)))
                .SelectMany(f => ConnectorFiles.KeystoreKeys(f.GetText(cancellationToken)?.ToString())));
            var generatorOptions = GeneratorOptionsReader.Read(options.AnalyzerConfigOptionsProvider.GlobalOptions);

            // The IDE asks again on every keystroke in C#: parse the YAML only when a file or an option changed.
            var key = new StringBuilder();
            key.Append(generatorOptions.Namespace).Append('|').Append(generatorOptions.ClassName).Append('|').Append(generatorOptions.ApplyMergeKeys)
                .Append('|').Append(generatorOptions.EmbedSecrets).Append('|').Append(generatorOptions.ElasticCloud).Append('|').Append(generatorOptions.License)
                .Append('|').Append(string.Join("\n", keystore));
            foreach (var (path, text) in files)
            {
                key.Append('|').Append(path).Append(':');
                foreach (var b in text?.GetChecksum() ?? ImmutableArray<byte>.Empty)
                {
                    key.Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
                }
            }

            var cacheKey = key.ToString();
            if (s_cache.TryGetValue(cacheKey, out var cached))
            {
                return cached;
            }

            KnownConnectors known;
            try
            {
                known = new KnownConnectors(ConnectorSetBuilder.Read(files.Select(f => (f.Path, f.Text?.ToString() ?? string.Empty)), generatorOptions, keystore, cancellationToken));
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

            s_cache[cacheKey] = known;
            return known;
        }
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using KibanaConnectors.Rules.Common;
using KibanaConnectors.Rules.Model;

namespace KibanaConnectors.Rules.Reading
{
    /// <summary>A problem with how a deployment file is laid out (KC0014), at its place.</summary>
    internal readonly record struct ShapeProblem(SourceSpan Span, string Message);

    /// <summary>
    /// The environment variables a Kibana container gets, as far as the manifest shows them: its <c>env</c> names and the
    /// keys its <c>envFrom</c> sources bring (with their prefix).
    /// </summary>
    internal sealed class PodEnvironment
    {
        public PodEnvironment(HashSet<string> names, SourceSpan containerSpan)
        {
            Names = names;
            ContainerSpan = containerSpan;
        }

        public HashSet<string> Names { get; }

        /// <summary>Where the <c>kibana</c> container is written, for messages.</summary>
        public SourceSpan ContainerSpan { get; }
    }

    /// <summary>
    /// The Kubernetes objects of a manifest that decide what a Kibana resource gets: Secrets (names and keys, never a
    /// value), ConfigMaps (names and keys), the keystore keys of <c>spec.secureSettings</c> and the environment of the
    /// <c>kibana</c> container.
    /// </summary>
    internal sealed class KubernetesObjects
    {
        /// <summary>ECK's name of the Kibana container in <c>spec.podTemplate</c>.</summary>
        public const string KibanaContainer = "kibana";

        private readonly List<(KubernetesSecret Secret, bool InFile)> _secrets = new List<(KubernetesSecret, bool)>();
        private readonly List<(string Name, string Namespace, string[] Keys)> _configMaps = new List<(string, string, string[])>();

        public KubernetesObjects(IEnumerable<KubernetesSecret> keystoreSecrets)
        {
            _secrets.AddRange(keystoreSecrets.Select(s => (s, false)));
        }

        public List<ShapeProblem> Problems { get; } = new List<ShapeProblem>();

        /// <summary>Where the file's Secrets write their values (for masking; the values themselves are never kept).</summary>
        public List<SourceSpan> SecretValues { get; } = new List<SourceSpan>();

        /// <summary>The Secrets of the file itself.</summary>
        public IEnumerable<KubernetesSecret> FileSecrets => _secrets.Where(s => s.InFile).Select(s => s.Secret);

        /// <summary>
        /// The objects of a stream: its documents, with a <c>kind: List</c> (what <c>kubectl get -o yaml</c> writes) standing
        /// for its <c>items</c>, each at its own place.
        /// </summary>
        public static IReadOnlyList<YamlDocument> Objects(IReadOnlyList<YamlDocument> documents) =>
            documents.Any(d => YamlMaps.Text(d.Root, "kind") == "List")
                ? documents.SelectMany(d => YamlMaps.Text(d.Root, "kind") == "List" && YamlMaps.Get(d.Root, "items") is YamlSequence items
                    ? items.Items.Select(i => new YamlDocument(i.Target, i.Span))
                    : new[] { d }).ToList()
                : documents;

        /// <summary>The <c>Secret</c>s of a stream (a keystore file): names and keys, in the order written.</summary>
        public static List<KubernetesSecret> Secrets(IReadOnlyList<YamlDocument> documents)
        {
            var objects = new KubernetesObjects(Enumerable.Empty<KubernetesSecret>());
            foreach (var document in Objects(documents))
            {
                objects.Add(document.Root);
            }

            return objects.FileSecrets.ToList();
        }

        /// <summary>Takes note of a document when it is a Secret or a ConfigMap.</summary>
        public void Add(YamlNode? root)
        {
            var kind = YamlMaps.Text(root, "kind");
            if (kind == "Secret")
            {
                var keys = Keys(root, "data", base64: true, secret: true).Concat(Keys(root, "stringData", base64: false, secret: true)).Distinct(StringComparer.Ordinal).OrderBy(k => k, StringComparer.Ordinal);
                _secrets.Add((new KubernetesSecret(Name(root), Namespace(root), keys.ToEquatableArray()), true));
            }
            else if (kind == "ConfigMap")
            {
                _configMaps.Add((Name(root), Namespace(root), Keys(root, "data", base64: false, secret: false).Concat(Keys(root, "binaryData", base64: true, secret: false)).ToArray()));
            }
        }

        public static string Name(YamlNode? root) => YamlMaps.Text(YamlMaps.Get(root, "metadata"), "name") ?? string.Empty;

        public static string Namespace(YamlNode? root) => YamlMaps.Text(YamlMaps.Get(root, "metadata"), "namespace") ?? string.Empty;

        /// <summary>
        /// The keystore keys a Kibana's <c>secureSettings</c> give it, as ECK builds the keystore: every key of each named
        /// Secret, or, where <c>entries</c> are listed, only those keys, each under its <c>path</c> when it has one. A
        /// Secret that no file shows gives the keys its entries name, or none.
        /// </summary>
        public List<string> KeystoreKeys(YamlNode? secureSettings, string kibanaNamespace)
        {
            var keys = new List<string>();
            if (secureSettings == null)
            {
                return keys;
            }

            if (!(secureSettings.Target is YamlSequence list))
            {
                Problems.Add(new ShapeProblem(secureSettings.Span, "secureSettings must be a list of Secret sources ('- secretName: ...')"));
                return keys;
            }

            foreach (var source in list.Items.Select(i => i.Target))
            {
                var name = YamlMaps.Text(source, "secretName");
                if (name == null)
                {
                    Problems.Add(new ShapeProblem(source.Span, "a secureSettings entry needs secretName, the name of the Secret whose keys go into Kibana's keystore"));
                    continue;
                }

                var secret = Find(name, kibanaNamespace);
                var entries = YamlMaps.Get(source, "entries");
                if (entries == null)
                {
                    keys.AddRange(secret?.Keys ?? EquatableArray<string>.Empty);
                    continue;
                }

                if (!(entries is YamlSequence entryList))
                {
                    Problems.Add(new ShapeProblem(entries.Span, "entries must be a list of '- key: <key of the Secret>' with an optional 'path: <keystore key>'"));
                    continue;
                }

                foreach (var entry in entryList.Items.Select(i => i.Target))
                {
                    var key = YamlMaps.Text(entry, "key");
                    if (key == null)
                    {
                        Problems.Add(new ShapeProblem(entry.Span, "an entry of secureSettings needs key, the Secret's key to put into the keystore"));
                        continue;
                    }

                    if (secret != null && !secret.Keys.ContainsSorted(key, StringComparer.Ordinal))
                    {
                        var keySpan = YamlMaps.Get(entry, "key")!.Span;
                        Problems.Add(new ShapeProblem(keySpan, $"the Secret '{name}' has no key '{key}'{NameSuggester.InParentheses(key, secret.Keys)}, so ECK cannot put it into Kibana's keystore and the pods do not start"));
                        continue;
                    }

                    keys.Add(YamlMaps.Text(entry, "path") ?? key);
                }
            }

            return keys;
        }

        /// <summary>
        /// The environment of the <c>kibana</c> container of a pod template; null when the template shows no such
        /// container, or takes variables from a source the files do not show (then any name may be set).
        /// </summary>
        public PodEnvironment? Environment(YamlNode? podTemplate, string kibanaNamespace)
        {
            var containers = YamlMaps.Get(YamlMaps.Get(podTemplate, "spec"), "containers") as YamlSequence;
            var container = containers?.Items.Select(i => i.Target).FirstOrDefault(c => YamlMaps.Text(c, "name") == KibanaContainer);
            if (container == null)
            {
                return null;
            }

            var names = new HashSet<string>(StringComparer.Ordinal);
            if (YamlMaps.Get(container, "env") is YamlSequence env)
            {
                foreach (var variable in env.Items)
                {
                    if (YamlMaps.Text(variable, "name") is string name)
                    {
                        names.Add(name);
                    }
                }
            }

            if (YamlMaps.Get(container, "envFrom") is YamlSequence sources)
            {
                foreach (var source in sources.Items)
                {
                    var prefix = YamlMaps.Text(source, "prefix") ?? string.Empty;
                    var secretName = YamlMaps.Text(YamlMaps.Get(source, "secretRef"), "name");
                    var mapName = YamlMaps.Text(YamlMaps.Get(source, "configMapRef"), "name");
                    IEnumerable<string>? keys = secretName != null ? Find(secretName, kibanaNamespace)?.Keys
                        : mapName != null ? _configMaps.Where(m => m.Name == mapName && SameNamespace(m.Namespace, kibanaNamespace)).Select(m => m.Keys).FirstOrDefault()
                        : null;
                    if (keys == null)
                    {
                        return null;
                    }

                    names.UnionWith(keys.Select(k => prefix + k));
                }
            }

            return new PodEnvironment(names, container.Span);
        }

        // A Secret of the file first, then of the keystore files; a namespace written on both sides must agree.
        private KubernetesSecret? Find(string name, string kibanaNamespace) =>
            _secrets.Where(s => s.Secret.Name == name && SameNamespace(s.Secret.Namespace, kibanaNamespace)).Select(s => s.Secret).FirstOrDefault();

        private static bool SameNamespace(string a, string b) => a.Length == 0 || b.Length == 0 || a == b;

        // The keys of a Secret's data or stringData (or a ConfigMap's); base64: each value must be base64 text, as the
        // API server decodes it. A secret's values are looked at for that only: never kept, never shown, their places noted.
        private IEnumerable<string> Keys(YamlNode? root, string field, bool base64, bool secret)
        {
            var entry = YamlMaps.Entry(root, field);
            if (entry == null || entry.Value.Target is YamlScalar { Kind: ScalarKind.Null })
            {
                yield break;
            }

            if (!(entry.Value.Target is YamlMapping map))
            {
                Problems.Add(new ShapeProblem(entry.KeySpan, $"{field} must be a map of keys to values"));
                yield break;
            }

            foreach (var item in map.Entries)
            {
                if (secret)
                {
                    SecretValues.Add(item.Value.Span);
                }

                if (!(item.Value.Target is YamlScalar scalar))
                {
                    Problems.Add(new ShapeProblem(item.Value.Span, $"the value of {field}.{item.Key} must be text"));
                    continue;
                }

                if (base64 && scalar.Kind != ScalarKind.Null && !IsBase64(scalar.Value))
                {
                    Problems.Add(new ShapeProblem(scalar.Span, $"the value of {field}.{item.Key} is not base64 text, so Kubernetes refuses the object; encode it (base64 -w0), or move the key to stringData, which takes the value as it is"));
                    continue;
                }

                yield return item.Key;
            }
        }

        // Go's base64.StdEncoding, as the API server decodes []byte fields: padded, line breaks skipped.
        private static bool IsBase64(string value)
        {
            var length = 0;
            var padding = 0;
            foreach (var c in value)
            {
                if (c == '\r' || c == '\n')
                {
                    continue;
                }

                var isData = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/';
                if (c == '=')
                {
                    padding++;
                }
                else if (!isData || padding > 0)
                {
                    return false;
                }

                length++;
            }

            return length % 4 == 0 && padding <= 2;
        }
    }
}

using System.Collections.Generic;
using System.Linq;
using KibanaConnectors.Rules.Common;
using KibanaConnectors.Rules.Model;

namespace KibanaConnectors.Rules.Reading
{
    /// <summary>One place of a deployment file that Kibana reads settings from: a Kibana resource's <c>spec.config</c>, or the text of a chart's <c>kibana.yml</c>.</summary>
    internal sealed class SettingsRoot
    {
        public SettingsRoot(string where) => Where = where;

        /// <summary>What the settings are, in words for messages: <c>kibanaConfig's kibana.yml</c>, <c>spec.config of Kibana 'ops'</c>.</summary>
        public string Where { get; }

        /// <summary>The settings as YAML, with the outer file's places; null when there are none.</summary>
        public YamlNode? Yaml { get; set; }

        /// <summary>The text the settings are read from when they are written in a scalar (a chart's <c>kibana.yml: |</c>); null otherwise.</summary>
        public EmbeddedText? Embedded { get; set; }

        /// <summary>Syntax problems of an embedded text, at the outer file's places.</summary>
        public IReadOnlyList<YamlProblem> Problems { get; set; } = new YamlProblem[0];

        /// <summary>The ECK Kibana resource (a Kibana of its own); null for the project's own Kibana (Helm values).</summary>
        public DeploymentModel? Resource { get; set; }

        /// <summary>The keystore keys its <c>secureSettings</c> give it.</summary>
        public List<string> KeystoreKeys { get; set; } = new List<string>();

        /// <summary>The environment of its Kibana container; null when the file does not show it.</summary>
        public PodEnvironment? Environment { get; set; }
    }

    /// <summary>What a deployment file holds for the rules: its settings roots, and the problems with its layout.</summary>
    internal sealed class DeploymentFile
    {
        public List<SettingsRoot> Roots { get; } = new List<SettingsRoot>();

        /// <summary>Syntax problems of the file itself (nothing else is read then).</summary>
        public IReadOnlyList<YamlProblem> YamlProblems { get; set; } = new YamlProblem[0];

        public List<ShapeProblem> Problems { get; } = new List<ShapeProblem>();

        /// <summary>The Secrets of the file: names and keys.</summary>
        public List<KubernetesSecret> Secrets { get; } = new List<KubernetesSecret>();

        /// <summary>Where those Secrets write their values, which a front end that shows lines of the file masks.</summary>
        public List<SourceSpan> SecretValues { get; } = new List<SourceSpan>();

        /// <summary>Where the file's settings roots are, in words, for a file that has none: "no Kibana resource", ...</summary>
        public string Missing { get; set; } = string.Empty;
    }

    /// <summary>
    /// Reads the files Kibana deployments keep their settings in (<see cref="SettingsShape"/>): every document of a
    /// Kubernetes manifest, as Kubernetes reads it (YAML 1.1), or a Helm chart's values, down to the settings roots.
    /// The settings themselves are read later, as any settings are.
    /// </summary>
    internal static class DeploymentFiles
    {
        private const string KibanaGroup = "kibana.k8s.elastic.co/";

        public static DeploymentFile Read(string filePath, string text, SettingsShape shape, ReadOptions options, System.Threading.CancellationToken cancellationToken)
        {
            var file = new DeploymentFile();
            var (read, problems) = YamlDocumentReader.ReadManifest(text, cancellationToken);
            file.YamlProblems = problems;
            if (problems.Count > 0)
            {
                return file;
            }

            var documents = KubernetesObjects.Objects(read);
            var objects = new KubernetesObjects(options.KubernetesSecrets);
            foreach (var document in documents)
            {
                objects.Add(document.Root);
            }

            var root = documents.Select(d => d.Root).FirstOrDefault(r => r != null);
            switch (shape)
            {
                case SettingsShape.Helm:
                    ReadHelm(file, text, root, options, cancellationToken);
                    break;
                case SettingsShape.EckStack:
                    ReadEckStack(file, root, objects);
                    break;
                default:
                    ReadManifest(file, filePath, documents, objects);
                    break;
            }

            file.Secrets.AddRange(objects.FileSecrets);
            file.SecretValues.AddRange(objects.SecretValues);
            file.Problems.AddRange(objects.Problems);
            return file;
        }

        // Each ECK Kibana resource: spec.config, with the keystore of its secureSettings and the env of its pod template.
        private static void ReadManifest(DeploymentFile file, string filePath, IReadOnlyList<YamlDocument> documents, KubernetesObjects objects)
        {
            file.Missing = "no Kibana resource (apiVersion: kibana.k8s.elastic.co/v1, kind: Kibana)";
            for (var index = 0; index < documents.Count; index++)
            {
                var document = documents[index].Root;
                var kind = YamlMaps.Entry(document, "kind");
                if (YamlMaps.Text(document, "kind") != "Kibana" || !(YamlMaps.Text(document, "apiVersion") ?? string.Empty).StartsWith(KibanaGroup, System.StringComparison.Ordinal))
                {
                    continue;
                }

                var name = KubernetesObjects.Name(document);
                var nameNode = YamlMaps.Get(YamlMaps.Get(document, "metadata"), "name");
                if (name.Length == 0)
                {
                    file.Problems.Add(new ShapeProblem(kind!.Value.Span, "this Kibana resource has no metadata.name, which Kubernetes requires; its connectors are generated under the name 'document-" + (index + 1) + "'"));
                    name = "document-" + (index + 1);
                }

                var resource = new DeploymentModel(filePath + "#" + (index + 1), name, KubernetesObjects.Namespace(document), filePath, nameNode?.Span ?? kind!.Value.Span, documents[index].Span)
                {
                    // The release ECK deploys (9.1.4, 8.17.0), read as the project's option is read.
                    Version = YamlMaps.Text(YamlMaps.Get(document, "spec"), "version") is string version ? KibanaVersion.Parse(version) : null,
                };
                var settings = new SettingsRoot("spec.config of " + resource.Title) { Resource = resource };
                file.Roots.Add(settings);
                var spec = YamlMaps.Entry(document, "spec");
                if (spec == null || !(spec.Value.Target is YamlMapping))
                {
                    file.Problems.Add(new ShapeProblem(spec?.KeySpan ?? kind!.Value.Span, spec == null
                        ? $"this Kibana resource has no spec; ECK needs one (spec.version at least), and Kibana's settings go in spec.config"
                        : "spec must be a map (version, count, elasticsearchRef, config, secureSettings, podTemplate, ...)"));
                    continue;
                }

                ReadSpec(file, settings, spec.Value.Target, "spec.", objects, resource.Namespace);
            }
        }

        // config, secureSettings and podTemplate of a Kibana spec (or of the eck-kibana chart's values, which are laid out alike).
        private static void ReadSpec(DeploymentFile file, SettingsRoot settings, YamlNode spec, string prefix, KubernetesObjects objects, string kibanaNamespace)
        {
            settings.Yaml = Config(file, YamlMaps.Entry(spec, "config"), prefix);
            settings.KeystoreKeys = objects.KeystoreKeys(YamlMaps.Get(spec, "secureSettings"), kibanaNamespace);
            settings.Environment = objects.Environment(YamlMaps.Get(spec, "podTemplate"), kibanaNamespace);
        }

        // ECK's config: an object of settings (a CRD field of type object), not the text of a kibana.yml.
        private static YamlNode? Config(DeploymentFile file, YamlEntry? config, string prefix)
        {
            if (config == null || config.Value.Target is YamlScalar { Kind: ScalarKind.Null })
            {
                return null;
            }

            if (config.Value.Target is YamlMapping)
            {
                return config.Value;
            }

            file.Problems.Add(new ShapeProblem(config.KeySpan, config.Value.Target is YamlScalar { Kind: ScalarKind.String }
                ? $"{prefix}config is text, but ECK takes the settings themselves as a map, not the text of a kibana.yml; remove the '|' and write the settings under config"
                : $"{prefix}config must be a map of Kibana settings"));
            return null;
        }

        // Elastic's kibana chart: kibanaConfig maps file names to their text, and kibana.yml is Kibana's settings file.
        private static void ReadHelm(DeploymentFile file, string text, YamlNode? root, ReadOptions options, System.Threading.CancellationToken cancellationToken)
        {
            file.Missing = "no kibanaConfig with a kibana.yml";
            var config = YamlMaps.Entry(root, "kibanaConfig");
            if (config == null || config.Value.Target is YamlScalar { Kind: ScalarKind.Null })
            {
                return;
            }

            if (!(config.Value.Target is YamlMapping))
            {
                file.Problems.Add(new ShapeProblem(config.KeySpan, "kibanaConfig must be a map of file names to their text, such as 'kibana.yml: |' followed by the settings"));
                return;
            }

            var entry = YamlMaps.Entry(config.Value, "kibana.yml");
            if (entry == null)
            {
                return;
            }

            var settings = new SettingsRoot("kibanaConfig's kibana.yml");
            file.Roots.Add(settings);
            if (!(entry.Value.Target is YamlScalar { Kind: not ScalarKind.Null } scalar))
            {
                if (!(entry.Value.Target is YamlScalar))
                {
                    file.Problems.Add(new ShapeProblem(entry.KeySpan, $"kibanaConfig's kibana.yml is {(entry.Value.Target is YamlMapping ? "a map" : "a list")}, but the chart writes each entry of kibanaConfig into a file as text; write 'kibana.yml: |' and the settings as text under it"));
                }

                return;
            }

            if (EmbeddedText.Refusal(scalar) is string refusal)
            {
                file.Problems.Add(new ShapeProblem(scalar.Span, "kibanaConfig's kibana.yml is " + refusal));
                return;
            }

            var embedded = EmbeddedText.Of(text, TextLines.Split(text), scalar)!;
            var (yaml, problems) = YamlDocumentReader.Read(embedded.Text, options.KibanaVersion.Reader, options.ApplyMergeKeys, embedded, cancellationToken);
            settings.Yaml = yaml;
            settings.Problems = problems;
            settings.Embedded = embedded;
        }

        // The eck-stack chart: eck-kibana holds the eck-kibana chart's values, whose fields are a Kibana spec's, and the
        // chart takes each from eck-kibana.spec when it is set there (older charts), from eck-kibana itself otherwise.
        private static void ReadEckStack(DeploymentFile file, YamlNode? root, KubernetesObjects objects)
        {
            file.Missing = "no eck-kibana.config";
            var values = YamlMaps.Get(root, "eck-kibana");
            if (values == null)
            {
                return;
            }

            if (!(values is YamlMapping))
            {
                file.Problems.Add(new ShapeProblem(YamlMaps.KeySpan(root, "eck-kibana", values.Span), "eck-kibana must be a map of the eck-kibana chart's values"));
                return;
            }

            // What holds a field: eck-kibana.spec when the field is set there (Go templates' 'or'), eck-kibana otherwise.
            var spec = YamlMaps.Get(values, "spec");
            YamlNode Holder(string field) => YamlMaps.IsSet(YamlMaps.Get(spec, field)) ? spec! : values;

            var settings = new SettingsRoot("eck-kibana's config");
            file.Roots.Add(settings);
            if (Holder("config") == spec && YamlMaps.IsSet(YamlMaps.Get(values, "config")))
            {
                file.Problems.Add(new ShapeProblem(YamlMaps.KeySpan(values, "config", values.Span),
                    "eck-kibana.config is ignored: the chart takes eck-kibana.spec.config when it is set, so Kibana never reads these settings; keep one of the two"));
            }

            settings.Yaml = Config(file, YamlMaps.Entry(Holder("config"), "config"), Holder("config") == spec ? "eck-kibana.spec." : "eck-kibana.");
            settings.KeystoreKeys = objects.KeystoreKeys(YamlMaps.Get(Holder("secureSettings"), "secureSettings"), string.Empty);
            settings.Environment = objects.Environment(YamlMaps.Get(Holder("podTemplate"), "podTemplate"), string.Empty);
        }
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using KibanaConnectors.Rules.Common;

namespace KibanaConnectors.Rules.Model
{
    /// <summary>
    /// A Kibana that reads settings of its own: an ECK <c>Kibana</c> resource of a manifest. Its connectors form a set of
    /// their own (an id may be in two resources) and are generated in a class of their own.
    /// </summary>
    /// <param name="Key">What its connectors carry as <see cref="ConnectorModel.Deployment"/>: the file and the document's number.</param>
    /// <param name="Name">The resource's <c>metadata.name</c>.</param>
    /// <param name="Namespace">Its <c>metadata.namespace</c>; empty when not written.</param>
    /// <param name="NameSpan">Where the name was written (the <c>kind</c> when there is none).</param>
    /// <param name="Span">The whole document: diagnostics inside it are about this resource.</param>
    internal sealed record DeploymentModel(string Key, string Name, string Namespace, string FilePath, SourceSpan NameSpan, SourceSpan Span)
    {
        /// <summary>The settings around the connectors that this resource's <c>spec.config</c> sets.</summary>
        public ActionsSettings Settings { get; init; } = ActionsSettings.None;

        /// <summary>
        /// The Kibana release its <c>spec.version</c> names (the patch ignored, as <see cref="KibanaVersion.Parse"/> reads the
        /// project's option): the release whose rules apply to its connectors, whatever the project's option says. Null
        /// when the version is not written or names no release from 8.0 on.
        /// </summary>
        public KibanaVersion? Version { get; init; }

        /// <summary>How people name it: <c>Kibana 'name'</c>, with the namespace when written.</summary>
        public string Title => "Kibana '" + (Namespace.Length == 0 ? Name : Namespace + "/" + Name) + "'";
    }

    /// <summary>
    /// A Kubernetes <c>Secret</c> as far as the keystore is concerned: its name and the names of its keys (from <c>data</c>
    /// and <c>stringData</c>), never a value.
    /// </summary>
    internal sealed record KubernetesSecret(string Name, string Namespace, EquatableArray<string> Keys);

    /// <summary>What one keystore file gives: keystore keys (a key list), or Kubernetes Secrets (a manifest).</summary>
    internal sealed record KeystoreFile(EquatableArray<string> Keys, EquatableArray<KubernetesSecret> Secrets)
    {
        /// <summary>All of a project's keystore files as one: keys once each and sorted, Secrets in file order.</summary>
        public static KeystoreFile Combine(IEnumerable<KeystoreFile> files)
        {
            var list = files.ToList();
            return new KeystoreFile(
                list.SelectMany(f => f.Keys).Distinct().OrderBy(k => k, StringComparer.Ordinal).ToEquatableArray(),
                list.SelectMany(f => f.Secrets).ToEquatableArray());
        }
    }
}

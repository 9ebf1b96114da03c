using KibanaConnectors.Rules.Common;
using KibanaConnectors.Rules.Diagnostics;

namespace KibanaConnectors.Rules.Model
{
    /// <summary>A connector with the C# name it is generated under (Set/MemberNames gives the others from it).</summary>
    internal sealed record NamedConnector(ConnectorModel Connector, string Identifier);

    /// <summary>Every connector of the project's settings files, checked as one set, sorted by id: what the emitter writes.</summary>
    /// <param name="HasFiles">False for a project without settings files: nothing is generated.</param>
    internal sealed record ConnectorSetModel(
        ProjectOptions Options,
        EquatableArray<NamedConnector> Connectors,
        EquatableArray<DiagnosticInfo> Diagnostics,
        bool HasFiles)
    {
        /// <summary>
        /// <c>xpack.actions.email.domain_allowlist</c> of all files together, for the typed email actions; null when no
        /// file sets it, or an entry is a <c>${NAME}</c> known only when Kibana starts.
        /// </summary>
        public EquatableArray<string>? EmailDomainAllowlist { get; init; }

        /// <summary>
        /// The connectors of each ECK Kibana resource, a set of their own, generated as a class nested in the project's
        /// class; <see cref="Connectors"/> are those of the project's own Kibana (settings files, Helm values).
        /// </summary>
        public EquatableArray<DeploymentSetModel> Deployments { get; init; } = EquatableArray<DeploymentSetModel>.Empty;
    }

    /// <summary>The checked connectors of one Kibana resource and the nested class they are generated in.</summary>
    /// <param name="ClassName">The nested class: the resource's name as a C# name (<c>kibana-prod</c> -> <c>KibanaProd</c>).</param>
    internal sealed record DeploymentSetModel(DeploymentModel Deployment, string ClassName, EquatableArray<NamedConnector> Connectors)
    {
        /// <summary>This resource's <c>xpack.actions.email.domain_allowlist</c>, as <see cref="ConnectorSetModel.EmailDomainAllowlist"/>.</summary>
        public EquatableArray<string>? EmailDomainAllowlist { get; init; }
    }
}

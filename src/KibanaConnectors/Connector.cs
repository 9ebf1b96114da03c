using System;

namespace KibanaConnectors
{
    /// <summary>A Kibana preconfigured connector: an entry of <c>xpack.actions.preconfigured</c>.</summary>
    public abstract class Connector
    {
        /// <summary>Initialises the members every connector has.</summary>
        /// <param name="id">The connector id: its key under <c>xpack.actions.preconfigured</c>.</param>
        /// <param name="name">The display name.</param>
        /// <param name="actionTypeId">The action type id, such as <c>.slack</c>.</param>
        /// <param name="exposeConfig">Whether Kibana's actions API shows the config.</param>
        protected Connector(string id, string name, string actionTypeId, bool exposeConfig)
        {
            Id = id ?? throw new ArgumentNullException(nameof(id));
            Name = name ?? throw new ArgumentNullException(nameof(name));
            ActionTypeId = actionTypeId ?? throw new ArgumentNullException(nameof(actionTypeId));
            ExposeConfig = exposeConfig;
        }

        /// <summary>The connector id: its key under <c>xpack.actions.preconfigured</c>.</summary>
        public string Id { get; }

        /// <summary>The display name (<c>name</c>).</summary>
        public string Name { get; }

        /// <summary>The action type id (<c>actionTypeId</c>), such as <c>.slack</c>.</summary>
        public string ActionTypeId { get; }

        /// <summary>Whether Kibana's actions API shows the config (<c>exposeConfig</c>, default false).</summary>
        public bool ExposeConfig { get; }

        /// <summary>
        /// The Kibana the connector runs on (release and <c>xpack.actions</c> settings), which the typed actions check
        /// against. The generated connectors carry the project's; <see cref="KibanaSettings.Newest"/> otherwise.
        /// </summary>
        public KibanaSettings Kibana { get; internal set; } = KibanaSettings.Newest;

        /// <summary>Returns a copy whose secrets carry their values, looked up in <paramref name="source"/>.</summary>
        /// <param name="source">Where secret values come from.</param>
        /// <exception cref="MissingSecretException">A secret the settings file names has no value.</exception>
        public abstract Connector WithSecretsFrom(ISecretSource source);

        /// <summary>The id, type and name; never a secret.</summary>
        public override string ToString() => Id + " (" + ActionTypeId + ", \"" + Name + "\")";
    }
}

using System.Collections.Generic;
using System.Linq;
using KibanaConnectors.Rules.Common;

namespace KibanaConnectors.Rules.Catalogue
{
    /// <summary>
    /// A closed set of values that one or more fields take, and the runtime enum it is emitted as (once, however many
    /// fields and connector types use it). A field may accept only some of the values (<see cref="FieldSpec.Values"/>).
    /// </summary>
    internal sealed class EnumSpec
    {
        public EnumSpec(string typeName, string description, params (string Value, string Description)[] values)
        {
            TypeName = typeName;
            Description = description;
            Values = values.Select(v => new EnumValueSpec(v.Value, v.Description)).ToArray();
        }

        /// <summary>The runtime enum, e.g. <c>WebhookMethod</c>.</summary>
        public string TypeName { get; }

        /// <summary>One line saying what the values choose.</summary>
        public string Description { get; }

        /// <summary>The values in the order of the enum's members (which fixes their numbers: do not reorder).</summary>
        public IReadOnlyList<EnumValueSpec> Values { get; }

        /// <summary>Values Kibana names only to refuse them with a message of its own, by value.</summary>
        public IReadOnlyDictionary<string, string> Refused => _refused;

        private readonly Dictionary<string, string> _refused = new Dictionary<string, string>(System.StringComparer.Ordinal);

        /// <summary>A value that is not one of these, which Kibana refuses with a message of its own: <paramref name="why"/>.</summary>
        public EnumSpec Refuses(string value, string why)
        {
            _refused[value] = why;
            return this;
        }

        /// <summary>Records when Kibana added one of the values.</summary>
        public EnumSpec ValueAdded(string value, VersionFact fact)
        {
            Values.Single(v => v.Value == value).Added = fact;
            return this;
        }

        /// <summary>When Kibana added <paramref name="value"/>; null when it is as old as the field, or not one of these values.</summary>
        public VersionFact? AddedOf(string value) => Values.FirstOrDefault(v => v.Value == value)?.Added;
    }

    /// <summary>One value of an <see cref="EnumSpec"/>.</summary>
    internal sealed class EnumValueSpec
    {
        public EnumValueSpec(string value, string description)
        {
            Value = value;
            Description = description;
        }

        /// <summary>The value as Kibana spells it, e.g. <c>webhook-authentication-basic</c>.</summary>
        public string Value { get; }

        /// <summary>One line saying what the value means.</summary>
        public string Description { get; }

        /// <summary>When Kibana added the value; null when it is as old as the fields that take it.</summary>
        public VersionFact? Added { get; internal set; }

        /// <summary>The enum member, e.g. <c>WebhookAuthenticationBasic</c>.</summary>
        public string Member => CSharpNames.EnumMember(Value);
    }
}

using KibanaConnectors.Rules.Common;
using KibanaConnectors.Rules.Diagnostics;
using KibanaConnectors.Rules.Model;

namespace KibanaConnectors.Rules.Catalogue
{
    /// <summary>The two field maps of a connector.</summary>
    internal enum Section
    {
        Config,
        Secrets,
    }

    /// <summary>
    /// What a connector type's own rules (<see cref="ConnectorTypeSpec.Rules"/>) see of one connector, once every field
    /// has passed the checks its <see cref="FieldSpec"/> implies: the values, where they are written, and ways to report.
    /// The checks implement it; the catalogue knows nothing of how.
    /// </summary>
    internal interface ITypeCheck
    {
        string Id { get; }

        /// <summary>Where the connector id is written: the place of a missing field.</summary>
        SourceSpan IdSpan { get; }

        /// <summary>Where <c>actionTypeId</c>'s value is: the place of problems with what the type does by default.</summary>
        SourceSpan TypeSpan { get; }

        ConnectorTypeSpec Spec { get; }

        /// <summary>True when the connector has any secret at all: an entry under <c>secrets</c> (even a null one), or one in the keystore list.</summary>
        bool HasAnySecret { get; }

        /// <summary>True when the field is written (even if its value failed a check), or a secret the keystore list holds.</summary>
        bool IsSet(Section section, string field);

        /// <summary>
        /// True when the field is set to something JavaScript reads as true: written and not empty text (a template
        /// counts), or in the keystore. Kibana's rules test fields so (<c>if (!secrets.apiKey)</c>), so <c>''</c> is missing.
        /// </summary>
        bool IsGiven(Section section, string field);

        /// <summary>True when a map field (<see cref="FieldKind.TextMap"/>, <see cref="FieldKind.AnyMap"/>) passed its checks and holds an entry.</summary>
        bool HasEntries(Section section, string field);

        /// <summary>True when the field's value is a <c>${NAME}</c> template, known only when Kibana starts.</summary>
        bool IsTemplate(Section section, string field);

        /// <summary>The text of a field that passed its checks and is not a template; otherwise null.</summary>
        string? Text(Section section, string field);

        /// <summary>A boolean field's value, or its default when left out; null when unknown (a template or a failed check).</summary>
        bool? Bool(Section section, string field);

        /// <summary>A whole-number field's value; null when left out, a template or failed.</summary>
        int? Integer(Section section, string field);

        /// <summary>Where the field's value is written; the connector id when it is not.</summary>
        SourceSpan ValueSpan(Section section, string field);

        /// <summary>Where the field's key is written; the connector id when it is not.</summary>
        SourceSpan KeySpan(Section section, string field);

        /// <summary>Reports a missing field (KC0104 or KC0105) at the connector id; <paramref name="because"/> says when it is needed.</summary>
        void Require(Section section, string field, string because);

        /// <summary>Reports a missing field as <see cref="Require(Section, string, string)"/>, saying when it is needed with the field's <see cref="FieldSpec.RequiredCondition"/>.</summary>
        void Require(Section section, string field);

        /// <summary>Reports a field that must not be written (KC0110) at its key.</summary>
        void Forbid(Section section, string field, string because);

        /// <summary>Replaces a value the emitter will use: defaults Kibana computes from other fields.</summary>
        void SetValue(Section section, string field, ValueNode value);

        /// <summary>Records a host the connector calls that no URL field shows (a default URL, an email service's server).</summary>
        void Calls(string host, string source, SourceSpan span);

        void Report(DiagnosticRule rule, SourceSpan span, params string[] arguments);

        /// <summary>Reports with the fixes that would resolve it (nulls are left out).</summary>
        void Report(DiagnosticRule rule, SourceSpan span, DiagnosticFix?[] fixes, params string[] arguments);

        /// <summary>
        /// Reports a missing field (KC0104 or KC0105) with a fix that adds it, and other ways out (such as
        /// <see cref="SetConfig"/>); <paramref name="because"/> says when it is needed.
        /// </summary>
        void Require(Section section, string field, string because, params DiagnosticFix?[] alternatives);

        /// <summary>A fix that sets a config field: replaces its value where written, adds it otherwise.</summary>
        DiagnosticFix SetConfig(string field, string value);
    }
}

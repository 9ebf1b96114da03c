using System;
using System.Collections.Generic;
using System.Linq;
using KibanaConnectors.Rules.Catalogue;
using KibanaConnectors.Rules.Common;
using KibanaConnectors.Rules.Diagnostics;
using KibanaConnectors.Rules.Reading;

namespace KibanaConnectors.Rules.Checks
{
    /// <summary>
    /// The secrets of a spec connector, as Kibana's <c>createConnectorTypeFromSpec</c> validates them: a union keyed by
    /// <c>secrets.authType</c> with one member per entry of the spec's <c>auth.types</c>, each the auth type's schema less
    /// the fields the spec gives a default. Keys outside the member are dropped by Kibana, not refused, so they are not
    /// reported either (they only help to name a misspelt required secret). Config is not checked: it is the spec's own
    /// schema, not read here.
    /// </summary>
    internal sealed class SpecConnectorCheck
    {
        private readonly string _filePath;
        private readonly string _id;
        private readonly SourceSpan _idSpan;
        private readonly SpecConnector _spec;
        private readonly Func<string, bool> _inKeystore;
        private readonly bool _readsDefaults;
        private readonly List<DiagnosticInfo> _diagnostics;

        /// <param name="readsDefaults">Whether the Kibana release reads <c>${NAME:default}</c> as a reference.</param>
        public SpecConnectorCheck(string filePath, string id, SourceSpan idSpan, SpecConnector spec, Func<string, bool> inKeystore, bool readsDefaults, List<DiagnosticInfo> diagnostics)
        {
            _filePath = filePath;
            _id = id;
            _idSpan = idSpan;
            _spec = spec;
            _inKeystore = inKeystore;
            _readsDefaults = readsDefaults;
            _diagnostics = diagnostics;
        }

        /// <param name="secrets">The connector's secrets; null when it has none.</param>
        public void Run(SettingsMap? secrets)
        {
            if (_spec.AuthTypes == null || _spec.AuthTypes.Count == 0)
            {
                return;
            }

            var allowed = _spec.AuthTypes.Select(a => a.Type).ToArray();
            var choices = string.Join(", ", allowed.Select(a => "'" + a + "'"));
            var entry = secrets?.Find("authType");
            if (entry == null || entry.Value is SettingsScalar { Kind: ScalarKind.Null })
            {
                if (!Present(secrets, "authType"))
                {
                    Missing("authType", allowed[0], $" (one of {choices}), which chooses the secrets Kibana's schema for this type asks for");
                }

                return;
            }

            if (!(entry.Value is SettingsScalar { Kind: ScalarKind.String } scalar))
            {
                _diagnostics.Add(ValueWords.WrongType(_filePath, _id, "secrets.authType", entry.Value, "text"));
                return;
            }

            if (EnvironmentTemplate.HasReferences(scalar.Value, _readsDefaults))
            {
                return;
            }

            var authType = scalar.Value;
            if (!allowed.Contains(authType, StringComparer.Ordinal))
            {
                _diagnostics.Add(DiagnosticInfo.Create(DiagnosticRules.ValueNotAllowed, _filePath, scalar.Span, _id, "secrets.authType", authType,
                        choices + $" (the auth types of the spec {_spec.ActionTypeId})", NameSuggester.Hint(authType, allowed))
                    .WithFixes(Fixes.DidYouMean(scalar.Span, NameSuggester.Closest(authType, allowed))));
                return;
            }

            if (!(SpecConnectors.RequiredSecrets(_spec, authType) is IReadOnlyList<string> required))
            {
                return;
            }

            var known = SpecConnectors.KnownSecrets(_spec, authType)!.Concat(new[] { "authType" }).ToArray();
            var unread = secrets!.Entries.Select(e => e.Key).Where(k => !known.Contains(k, StringComparer.Ordinal)).ToArray();
            foreach (var field in required.Where(f => !Present(secrets, f)))
            {
                var misspelt = NameSuggester.Closest(field, unread);
                var hint = misspelt == null ? string.Empty : $"; secrets.{misspelt} is written, which Kibana does not read for {authType}: did you mean '{field}'?";
                Missing(field, "${" + EnvironmentNames.For(_id, field) + "}", $" with authType '{authType}'{hint}");
            }
        }

        private bool Present(SettingsMap? secrets, string field) =>
            (secrets?.Find(field) is SettingsEntry written && !(written.Value is SettingsScalar { Kind: ScalarKind.Null }))
            || _inKeystore(ConnectorsKeystore.Key(_id, field));

        private void Missing(string field, string placeholder, string because) =>
            _diagnostics.Add(DiagnosticInfo.Create(DiagnosticRules.MissingSecret, _filePath, _idSpan, _id, _spec.ActionTypeId, field, because)
                .WithFixes(DiagnosticFix.AddField(_idSpan, "secrets." + field, placeholder, $"Add secrets.{field}")));
    }
}

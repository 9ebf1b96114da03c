using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System;
using KibanaConnectors.Rules.Catalogue;
using KibanaConnectors.Rules.Common;
using KibanaConnectors.Rules.Diagnostics;
using KibanaConnectors.Rules.Model;
using KibanaConnectors.Rules.Reading;

namespace KibanaConnectors.Rules.Checks
{
    /// <summary>
    /// Checks one connector of a typed connector type: every field against its <see cref="FieldSpec"/>
    /// (<see cref="FieldValues"/>), the always-required ones, then the type's own rules, which see the connector
    /// through <see cref="ITypeCheck"/>. Values that pass are kept as <see cref="ValueNode"/>s for the emitter.
    /// </summary>
    internal sealed class ConnectorCheck : ITypeCheck
    {
        private readonly string _filePath;
        private readonly List<DiagnosticInfo> _diagnostics;
        private readonly FieldValues _values;
        private readonly FieldStates _config = new FieldStates();
        private readonly FieldStates _secrets = new FieldStates();
        private readonly List<CalledHost> _calledHosts = new List<CalledHost>();
        private Section[] _brokenSections = Array.Empty<Section>();
        private bool _secretsWritten;

        public ConnectorCheck(string filePath, string id, SourceSpan idSpan, ConnectorTypeSpec spec, KibanaVersion kibana, List<DiagnosticInfo> diagnostics)
        {
            _filePath = filePath;
            Id = id;
            IdSpan = idSpan;
            TypeSpan = idSpan;
            Spec = spec;
            Kibana = kibana;
            _diagnostics = diagnostics;
            _values = new FieldValues(filePath, id, spec.ActionTypeId, kibana.ReadsEnvironmentDefaults, diagnostics);
        }

        public string Id { get; }

        public SourceSpan IdSpan { get; }

        public SourceSpan TypeSpan { get; set; }

        public ConnectorTypeSpec Spec { get; }

        /// <summary>The Kibana release whose catalogue applies: fields and values newer than it are unknown.</summary>
        public KibanaVersion Kibana { get; }

        /// <summary>Whether the project's keystore list holds a setting key: a secret found there counts as present.</summary>
        /// <remarks>Null when the project has no keystore list: then no keystore key is even built.</remarks>
        public Func<string, bool>? InKeystore { get; set; }

        public bool HasAnySecret => _secretsWritten || _secrets.AnyFromKeystore();

        /// <summary>Checks the fields of both sections, the always-required ones, then the type's rules.</summary>
        /// <param name="config">The config map; null when left out.</param>
        /// <param name="secrets">The secrets map; null when left out.</param>
        /// <param name="brokenSections">Sections written as something other than a map (already reported): nothing is required of them.</param>
        public void Run(SettingsMap? config, SettingsMap? secrets, params Section[] brokenSections)
        {
            _brokenSections = brokenSections;
            ReadSection(Section.Config, config);
            ReadSection(Section.Secrets, secrets);

            // for loops over the lists: foreach over an IReadOnlyList allocates an enumerator each time.
            var secretFields = Spec.Secrets;
            for (var f = 0; f < secretFields.Count; f++)
            {
                var field = secretFields[f];
                // Kibana merges its keystore into the settings: a secret the YAML leaves out may come from there.
                if (InKeystore != null && !_secrets.ContainsKey(field.Name) && InKeystore(ConnectorsKeystore.Key(Id, field.Name)))
                {
                    _secrets[field.Name] = new FieldState(null, ValueNode.Scalar(ValueKind.Keystore, string.Empty)) { FromKeystore = true };
                }
            }

            var configFields = Spec.Config;
            for (var f = 0; f < configFields.Count; f++)
            {
                if (configFields[f].Required)
                {
                    Require(Section.Config, configFields[f].Name, configFields[f].MissingHint ?? string.Empty);
                }
            }

            for (var f = 0; f < secretFields.Count; f++)
            {
                if (secretFields[f].Required)
                {
                    Require(Section.Secrets, secretFields[f].Name, secretFields[f].MissingHint ?? string.Empty);
                }
            }

            Spec.Rules?.Invoke(this);
        }

        // ---- what the rules of connector types see (ITypeCheck) ----

        public bool IsSet(Section section, string field) => State(section, field) != null;

        public bool IsGiven(Section section, string field) =>
            State(section, field) is FieldState state && !(state.Value?.Kind == ValueKind.String && state.Value.Text.Length == 0)
            && !(state.Value == null && state.Entry?.Value is SettingsScalar { Kind: ScalarKind.String, Value: "" });

        public bool HasEntries(Section section, string field) => State(section, field)?.Value is { Kind: ValueKind.Map } map && map.Entries.Count > 0;

        public bool IsTemplate(Section section, string field) => State(section, field)?.Value?.Kind == ValueKind.Template;

        public string? Text(Section section, string field)
        {
            var value = State(section, field)?.Value;
            return value != null && value.Kind == ValueKind.String ? value.Text : null;
        }

        public bool? Bool(Section section, string field)
        {
            var state = State(section, field);
            if (state == null)
            {
                var spec = Find(Spec.Fields(section), field);
                return spec?.Default == null ? (bool?)null : spec.Default == "true";
            }

            return state.Value?.Kind == ValueKind.Boolean ? state.Value.Text == "true" : (bool?)null;
        }

        public int? Integer(Section section, string field)
        {
            var value = State(section, field)?.Value;
            return value?.Kind == ValueKind.Integer ? int.Parse(value.Text, CultureInfo.InvariantCulture) : (int?)null;
        }

        public SourceSpan ValueSpan(Section section, string field) => State(section, field)?.Entry?.Value.Span ?? IdSpan;

        public SourceSpan KeySpan(Section section, string field) => State(section, field)?.Entry?.KeySpan ?? IdSpan;

        public void Require(Section section, string field, string because) => Require(section, field, because, Array.Empty<DiagnosticFix>());

        public void Require(Section section, string field, string because, params DiagnosticFix?[] alternatives)
        {
            if (IsSet(section, field) || Array.IndexOf(_brokenSections, section) >= 0)
            {
                return;
            }

            var suffix = because.Length == 0 ? string.Empty : " " + because;
            var add = DiagnosticFix.AddField(IdSpan, Prefix(section) + field, Placeholder(section, field), $"Add {Prefix(section)}{field}");
            _diagnostics.Add(DiagnosticInfo.Create(section == Section.Config ? DiagnosticRules.MissingConfig : DiagnosticRules.MissingSecret, _filePath, IdSpan, Id, Spec.ActionTypeId, field, suffix)
                .WithFixes(new[] { add }.Concat(alternatives).ToArray()));
        }

        public DiagnosticFix SetConfig(string field, string value) =>
            State(Section.Config, field)?.Entry is SettingsEntry written
                ? DiagnosticFix.Replace(written.Value.Span, value, $"Set config.{field}: {value}")
                : DiagnosticFix.AddField(IdSpan, "config." + field, value, $"Set config.{field}: {value}");

        public void Report(DiagnosticRule rule, SourceSpan span, DiagnosticFix?[] fixes, params string[] arguments) =>
            _diagnostics.Add(DiagnosticInfo.Create(rule, _filePath, span, arguments).WithFixes(fixes));

        // What an added field holds until the user writes the real value: an environment variable for a secret, the
        // default or first allowed value where there is one, an empty value of the right kind otherwise.
        private string Placeholder(Section section, string name)
        {
            var field = Find(Spec.Fields(section), name);
            if (section == Section.Secrets || field == null)
            {
                return "${" + EnvironmentNames.For(Id, name) + "}";
            }

            return field.Kind switch
            {
                FieldKind.Enum => field.Default ?? field.Values[0],
                FieldKind.Boolean => field.Default ?? "false",
                FieldKind.Integer or FieldKind.Number => (field.Min ?? 0).ToString(CultureInfo.InvariantCulture),
                FieldKind.Url or FieldKind.TemplateUrl => "https://",
                FieldKind.TextMap or FieldKind.AnyMap or FieldKind.Object => "{}",
                FieldKind.ObjectList => "[]",
                _ => "''",
            };
        }

        public void Require(Section section, string field)
        {
            // A rule that names a field without a condition is a catalogue bug, found by the first test that reaches it.
            var condition = (Find(Spec.Fields(section), field) ?? throw new InvalidOperationException($"The catalogue gives {Spec.ActionTypeId} no field {Prefix(section)}{field}")).RequiredCondition
                ?? throw new InvalidOperationException($"The catalogue gives {Spec.ActionTypeId} {Prefix(section)}{field} no RequiredWhen condition");
            Require(section, field, "when " + condition);
        }

        public void Forbid(Section section, string field, string because)
        {
            if (IsSet(section, field))
            {
                Report(DiagnosticRules.ConflictingFields, KeySpan(section, field), Id, $"{Prefix(section)}{field} cannot be used {because}; remove it");
            }
        }

        public void SetValue(Section section, string field, ValueNode value)
        {
            var states = States(section);
            if (states.TryGetValue(field, out var state))
            {
                state.Value = value;
            }
            else
            {
                states[field] = new FieldState(null, value);
            }
        }

        public void Calls(string host, string source, SourceSpan span) => _calledHosts.Add(new CalledHost(host, source, span));

        public void Report(DiagnosticRule rule, SourceSpan span, params string[] arguments) =>
            _diagnostics.Add(DiagnosticInfo.Create(rule, _filePath, span, arguments));

        // ---- what the reader takes away ----

        /// <summary>Every host the connector will call: the host of each URL field that passed its checks, then those from <see cref="Calls"/>.</summary>
        public EquatableArray<CalledHost> Hosts()
        {
            var hosts = new List<CalledHost>();
            AddHosts(Section.Config, hosts);
            AddHosts(Section.Secrets, hosts);
            hosts.AddRange(_calledHosts);
            return hosts.ToEquatableArray();
        }

        private void AddHosts(Section section, List<CalledHost> hosts)
        {
            // A for loop over the list: foreach over an IReadOnlyList allocates an enumerator each time.
            var specFields = Spec.Fields(section);
            for (var f = 0; f < specFields.Count; f++)
            {
                var field = specFields[f];
                if ((field.Kind == FieldKind.Url || field.Kind == FieldKind.TemplateUrl)
                    && State(section, field.Name) is FieldState state && state.Value?.Kind == ValueKind.String
                    && UrlRules.Host(state.Value.Text, field.Kind == FieldKind.TemplateUrl) is string host)
                {
                    hosts.Add(new CalledHost(host, Prefix(section) + field.Name, state.Entry?.Value.Span ?? IdSpan));
                }
            }
        }

        /// <summary>Where each config field is written, and its scalar value as written, in the order of the file.</summary>
        public EquatableArray<FieldPlace> Places()
        {
            // A loop and an insertion sort (stable, as OrderBy was): a connector has a handful of fields, written in order.
            var places = new List<FieldPlace>(_config.Count);
            for (var c = 0; c < _config.Count; c++)
            {
                if (_config.StateAt(c).Entry is SettingsEntry entry)
                {
                    var place = new FieldPlace(_config.NameAt(c), entry.KeySpan, entry.Value.Span, entry.Value is SettingsScalar { Kind: not ScalarKind.Null } scalar
                        ? (scalar.Kind == ScalarKind.Boolean ? (scalar.Scalar.IsTrue ? "true" : "false") : scalar.Value)
                        : null);
                    var at = places.Count;
                    while (at > 0 && places[at - 1].KeySpan.Start > place.KeySpan.Start)
                    {
                        at--;
                    }

                    places.Insert(at, place);
                }
            }

            return places.ToEquatableArray();
        }

        /// <summary>The checked values of a section, in the order of the spec, for the emitter.</summary>
        public ValueNode Values(Section section)
        {
            var states = States(section);
            var entries = new List<ValueEntry>();
            // A for loop over the list: foreach over an IReadOnlyList allocates an enumerator each time.
            var specFields = Spec.Fields(section);
            for (var f = 0; f < specFields.Count; f++)
            {
                var field = specFields[f];
                if (states.TryGetValue(field.Name, out var state) && state.Value != null)
                {
                    entries.Add(new ValueEntry(field.Name, state.Value));
                }
            }

            return ValueNode.Map(entries.ToEquatableArray());
        }

        // The field of that name: a loop, not FirstOrDefault, which allocated a closure, a delegate and an enumerator per field read.
        private static FieldSpec? Find(IReadOnlyList<FieldSpec> fields, string name)
        {
            for (var i = 0; i < fields.Count; i++)
            {
                if (string.Equals(fields[i].Name, name, StringComparison.Ordinal))
                {
                    return fields[i];
                }
            }

            return null;
        }

        private FieldStates States(Section section) => section == Section.Config ? _config : _secrets;

        private FieldState? State(Section section, string field) =>
            States(section).TryGetValue(field, out var state) && (state.Entry != null || state.FromKeystore) ? state : null;

        private static string Prefix(Section section) => section == Section.Config ? "config." : "secrets.";

        private void ReadSection(Section section, SettingsMap? map)
        {
            if (map == null)
            {
                return;
            }

            var fields = Spec.Fields(section);
            var states = States(section);
            _secretsWritten |= section == Section.Secrets && map.Entries.Count > 0;
            foreach (var entry in map.Entries)
            {
                var field = Find(fields, entry.Key);
                if (field == null)
                {
                    ReportUnknownField(section, entry);
                    continue;
                }

                if (field.Added is VersionFact added && !added.ExistsIn(Kibana))
                {
                    _diagnostics.Add(DiagnosticInfo.Create(DiagnosticRules.UnknownKey, _filePath, entry.KeySpan, Id,
                        $"{Prefix(section)}{entry.Key} is not a field of {Spec.ActionTypeId} in Kibana {Kibana}: {VersionWords.TooNew(added, Kibana)}; remove it, or set KibanaConnectorsKibanaVersion to the release you run"));
                    continue;
                }

                // A null optional value is the same as leaving the field out: Kibana's optional fields are nullable.
                if (entry.Value is SettingsScalar { Kind: ScalarKind.Null } && !field.Required)
                {
                    continue;
                }

                var value = _values.Check(field, entry.Value, new FieldPath(Prefix(section), entry.Key));
                if (value?.Kind == ValueKind.String && field.EnumSpec?.AddedOf(value.Text) is VersionFact since && !since.ExistsIn(Kibana))
                {
                    var older = field.Values.Where(v => field.EnumSpec.AddedOf(v)?.ExistsIn(Kibana) != false).ToList();
                    _diagnostics.Add(DiagnosticInfo.Create(DiagnosticRules.ValueNotAllowed, _filePath, entry.Value.Span, Id, Prefix(section) + entry.Key, value.Text,
                        string.Join(", ", older.Select(v => "'" + v + "'")), $" ({VersionWords.TooNew(since, Kibana)})"));
                    value = null;
                }

                states[entry.Key] = new FieldState(entry, value);
            }
        }

        private void ReportUnknownField(Section section, SettingsEntry entry)
        {
            var fields = Spec.Fields(section);
            var path = Prefix(section) + entry.Key;
            string message;
            if (entry.Key == "<<")
            {
                message = $"{path} is a '<<' merge key, which Kibana's YAML reader does not apply: it reads '<<' as an ordinary key and the connector fails when it runs. Write the fields out, or set KibanaConnectorsYamlMergeKeys=true if your Kibana still reads merge keys (releases that used js-yaml)";
            }
            else if (Spec.KeyHints.TryGetValue(path, out var hint))
            {
                message = $"{path} is not a {(section == Section.Config ? "config" : "secret")} field of {Spec.ActionTypeId}: {hint}";
            }
            else if (Spec.Fields(section == Section.Config ? Section.Secrets : Section.Config).Any(f => f.Name == entry.Key))
            {
                var other = section == Section.Config ? "secrets" : "config";
                message = $"{path} is not a {(section == Section.Config ? "config" : "secret")} field of {Spec.ActionTypeId}: '{entry.Key}' belongs under {other}";
            }
            else if (fields.Count == 0)
            {
                message = $"{path} is not allowed: {Spec.ActionTypeId} connectors take no {(section == Section.Config ? "config" : "secrets")}";
            }
            else
            {
                message = $"{path} is not a field of {Spec.ActionTypeId}{NameSuggester.Hint(entry.Key, fields.Select(f => f.Name))}" +
                    $" (known: {string.Join(", ", fields.Select(f => f.Name))})";
            }

            var suggestion = entry.Key == "<<" || fields.Count == 0 || Spec.KeyHints.ContainsKey(path) ? null : NameSuggester.Closest(entry.Key, fields.Select(f => f.Name));
            _diagnostics.Add(DiagnosticInfo.Create(DiagnosticRules.UnknownKey, _filePath, entry.KeySpan, Id, message).WithFixes(Fixes.DidYouMean(entry.KeySpan, suggestion)));
        }

        // The fields of one section, in the order first set (as a dictionary without removals enumerates them): a
        // connector has a handful, bounded by its spec's fields, so a list is searched; a dictionary for each section
        // of each connector was a tenth of what the checks allocated.
        private sealed class FieldStates
        {
            private string[] _names = Array.Empty<string>();
            private FieldState[] _states = Array.Empty<FieldState>();

            public int Count { get; private set; }

            public FieldState this[string name]
            {
                set
                {
                    var at = IndexOf(name);
                    if (at >= 0)
                    {
                        _states[at] = value;
                        return;
                    }

                    if (Count == _names.Length)
                    {
                        var size = Count == 0 ? 4 : Count * 2;
                        Array.Resize(ref _names, size);
                        Array.Resize(ref _states, size);
                    }

                    _names[Count] = name;
                    _states[Count] = value;
                    Count++;
                }
            }

            public string NameAt(int index) => _names[index];

            public FieldState StateAt(int index) => _states[index];

            public bool ContainsKey(string name) => IndexOf(name) >= 0;

            public bool TryGetValue(string name, out FieldState state)
            {
                var at = IndexOf(name);
                state = at >= 0 ? _states[at] : null!;
                return at >= 0;
            }

            public bool AnyFromKeystore()
            {
                for (var i = 0; i < Count; i++)
                {
                    if (_states[i].FromKeystore)
                    {
                        return true;
                    }
                }

                return false;
            }

            private int IndexOf(string name)
            {
                for (var i = 0; i < Count; i++)
                {
                    if (string.Equals(_names[i], name, StringComparison.Ordinal))
                    {
                        return i;
                    }
                }

                return -1;
            }
        }

        private sealed class FieldState
        {
            public FieldState(SettingsEntry? entry, ValueNode? value)
            {
                Entry = entry;
                Value = value;
            }

            /// <summary>Where the field is written; null for a value set by a rule or found in the keystore.</summary>
            public SettingsEntry? Entry { get; }

            /// <summary>Left out of the YAML, but the project's keystore list holds it.</summary>
            public bool FromKeystore { get; set; }

            public ValueNode? Value { get; set; }
        }
    }
}

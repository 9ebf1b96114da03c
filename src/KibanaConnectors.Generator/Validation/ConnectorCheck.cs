using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using KibanaConnectors.Generator.Catalogue;
using KibanaConnectors.Generator.Diagnostics;
using KibanaConnectors.Generator.Model;
using KibanaConnectors.Generator.Yaml;
using Microsoft.CodeAnalysis;

namespace KibanaConnectors.Generator.Validation
{
    internal enum Section
    {
        Config,
        Secrets,
    }

    /// <summary>
    /// Checks one typed connector: every field against its <see cref="FieldSpec"/>, then the type's own rules, which
    /// use the helpers here (<see cref="Require"/>, <see cref="Forbid"/>, <see cref="Text"/>, ...). Values that pass are
    /// kept as <see cref="ValueNode"/>s for the emitter.
    /// </summary>
    internal sealed class ConnectorCheck
    {
        private static readonly Regex s_mustache = new Regex(@"\{\{\{?[^{}]*\}?\}\}", RegexOptions.CultureInvariant);

        private readonly string _filePath;
        private readonly List<DiagnosticInfo> _diagnostics;
        private readonly Dictionary<string, FieldState> _config = new Dictionary<string, FieldState>(StringComparer.Ordinal);
        private readonly Dictionary<string, FieldState> _secrets = new Dictionary<string, FieldState>(StringComparer.Ordinal);
        private readonly List<CalledHost> _calledHosts = new List<CalledHost>();
        private Section[] _brokenSections = Array.Empty<Section>();
        private bool _secretsWritten;

        public ConnectorCheck(string filePath, string id, SourceSpan idSpan, ConnectorTypeSpec spec, List<DiagnosticInfo> diagnostics)
        {
            _filePath = filePath;
            Id = id;
            IdSpan = idSpan;
            Spec = spec;
            _diagnostics = diagnostics;
        }

        public string Id { get; }

        public SourceSpan IdSpan { get; }

        public ConnectorTypeSpec Spec { get; }

        /// <summary>Whether the project's keystore list holds a setting key: a secret found there counts as present.</summary>
        public Func<string, bool> InKeystore { get; set; } = _ => false;

        /// <summary>Where <c>actionTypeId</c>'s value is: the place of problems with what the type does by default.</summary>
        public SourceSpan TypeSpan { get; set; }

        /// <summary>Checks the fields of both sections, the always-required ones, then the type's rules.</summary>
        /// <param name="config">The config map; null when left out.</param>
        /// <param name="secrets">The secrets map; null when left out.</param>
        /// <param name="brokenSections">Sections written as something other than a map (already reported): nothing is required of them.</param>
        public void Run(SettingsMap? config, SettingsMap? secrets, params Section[] brokenSections)
        {
            _brokenSections = brokenSections;
            ReadSection(Section.Config, config, Spec.Config, Spec.Secrets);
            ReadSection(Section.Secrets, secrets, Spec.Secrets, Spec.Config);
            foreach (var field in Spec.Secrets)
            {
                // Kibana merges its keystore into the settings: a secret the YAML leaves out may come from there.
                if (!_secrets.ContainsKey(field.Name) && InKeystore(ConnectorsKeystore.Key(Id, field.Name)))
                {
                    _secrets[field.Name] = new FieldState(null, ValueNode.Scalar(ValueKind.Keystore, string.Empty)) { FromKeystore = true };
                }
            }
            foreach (var field in Spec.Config.Where(f => f.Required))
            {
                Require(Section.Config, field.Name, string.Empty);
            }

            foreach (var field in Spec.Secrets.Where(f => f.Required))
            {
                Require(Section.Secrets, field.Name, string.Empty);
            }

            Spec.Rules?.Invoke(this);
        }

        // ---- helpers for the rules of connector types ----

        /// <summary>True when the field is written (even if its value failed a check).</summary>
        public bool IsSet(Section section, string field) => State(section, field) != null;

        /// <summary>
        /// True when the connector has any secret at all: an entry under <c>secrets</c> (even a null one) or a secret in the
        /// keystore list. Kibana's <c>isEmpty(secrets)</c> tests this on the raw settings.
        /// </summary>
        public bool HasAnySecret => _secretsWritten || _secrets.Values.Any(s => s.FromKeystore);

        /// <summary>True when the field's value is a <c>${NAME}</c> template, known only when Kibana starts.</summary>
        public bool IsTemplate(Section section, string field) => State(section, field)?.Value?.Kind == ValueKind.Template;

        /// <summary>The text of a field that passed its checks and is not a template; otherwise null.</summary>
        public string? Text(Section section, string field)
        {
            var value = State(section, field)?.Value;
            return value != null && value.Kind == ValueKind.String ? value.Text : null;
        }

        /// <summary>A boolean field's value, or its default when left out; null when unknown (a template or a failed check).</summary>
        public bool? Bool(Section section, string field)
        {
            var state = State(section, field);
            if (state == null)
            {
                var spec = Fields(section).FirstOrDefault(f => f.Name == field);
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

        /// <summary>Reports a missing field (KC0104 or KC0105) at the connector id; <paramref name="because"/> says when it is needed.</summary>
        public void Require(Section section, string field, string because)
        {
            if (IsSet(section, field) || Array.IndexOf(_brokenSections, section) >= 0)
            {
                return;
            }

            var suffix = because.Length == 0 ? string.Empty : " " + because;
            Report(section == Section.Config ? DiagnosticDescriptors.MissingConfig : DiagnosticDescriptors.MissingSecret, IdSpan, Id, Spec.ActionTypeId, field, suffix);
        }

        /// <summary>Reports a field that must not be written (KC0110) at its key.</summary>
        public void Forbid(Section section, string field, string because)
        {
            if (IsSet(section, field))
            {
                Report(DiagnosticDescriptors.ConflictingFields, KeySpan(section, field), Id, $"{Prefix(section)}{field} cannot be used {because}; remove it");
            }
        }

        /// <summary>Replaces a value the emitter will use: defaults Kibana computes from other fields.</summary>
        public void SetValue(Section section, string field, ValueNode value)
        {
            var states = section == Section.Config ? _config : _secrets;
            if (states.TryGetValue(field, out var state))
            {
                state.Value = value;
            }
            else
            {
                states[field] = new FieldState(null, value);
            }
        }

        /// <summary>Records a host the connector calls that no URL field shows (a default URL, an email service's server).</summary>
        public void Calls(string host, string source, SourceSpan span) => _calledHosts.Add(new CalledHost(host, source, span));

        /// <summary>Every host the connector will call: the host of each URL field that passed its checks, then those from <see cref="Calls"/>.</summary>
        public EquatableArray<CalledHost> Hosts()
        {
            var hosts = new List<CalledHost>();
            foreach (var section in new[] { Section.Config, Section.Secrets })
            {
                foreach (var field in Fields(section))
                {
                    if ((field.Kind == FieldKind.Url || field.Kind == FieldKind.TemplateUrl)
                        && State(section, field.Name) is FieldState state && state.Value?.Kind == ValueKind.String
                        && UrlHost(state.Value.Text, field.Kind == FieldKind.TemplateUrl) is string host)
                    {
                        hosts.Add(new CalledHost(host, Prefix(section) + field.Name, state.Entry?.Value.Span ?? IdSpan));
                    }
                }
            }

            hosts.AddRange(_calledHosts);
            return hosts.ToEquatableArray();
        }

        /// <summary>The host of a URL as Kibana compares it with allowedHosts (lower case); null when a Mustache template fills it in.</summary>
        public static string? UrlHost(string url, bool mustache)
        {
            if (mustache)
            {
                var start = url.IndexOf("://", StringComparison.Ordinal);
                var end = start < 0 ? -1 : url.IndexOfAny(new[] { '/', '?', '#' }, start + 3);
                var authority = start < 0 ? url : end < 0 ? url.Substring(start) : url.Substring(start, end - start);
                if (authority.IndexOf("{{", StringComparison.Ordinal) >= 0)
                {
                    return null;
                }

                url = s_mustache.Replace(url, "x");
            }

            // Node's URL, which Kibana uses, gives international host names in their ASCII (punycode) form.
            return Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Host.Length > 0 ? uri.IdnHost : null;
        }

        public void Report(DiagnosticDescriptor descriptor, SourceSpan span, params string[] arguments) =>
            _diagnostics.Add(DiagnosticInfo.Create(descriptor, _filePath, span, arguments));

        /// <summary>The checked values of a section, in the order of the spec, for the emitter.</summary>
        public ValueNode Values(Section section)
        {
            var states = section == Section.Config ? _config : _secrets;
            var entries = new List<ValueEntry>();
            foreach (var field in Fields(section))
            {
                if (states.TryGetValue(field.Name, out var state) && state.Value != null)
                {
                    entries.Add(new ValueEntry(field.Name, state.Value));
                }
            }

            return ValueNode.Map(entries.ToEquatableArray());
        }

        // ---- field checks ----

        private IReadOnlyList<FieldSpec> Fields(Section section) => section == Section.Config ? Spec.Config : Spec.Secrets;

        private FieldState? State(Section section, string field)
        {
            var states = section == Section.Config ? _config : _secrets;
            return states.TryGetValue(field, out var state) && (state.Entry != null || state.FromKeystore) ? state : null;
        }

        private static string Prefix(Section section) => section == Section.Config ? "config." : "secrets.";

        private void ReadSection(Section section, SettingsMap? map, IReadOnlyList<FieldSpec> fields, IReadOnlyList<FieldSpec> otherFields)
        {
            if (map == null)
            {
                return;
            }

            var states = section == Section.Config ? _config : _secrets;
            _secretsWritten |= section == Section.Secrets && map.Entries.Count > 0;
            foreach (var entry in map.Entries)
            {
                var field = fields.FirstOrDefault(f => f.Name == entry.Key);
                if (field == null)
                {
                    ReportUnknownField(section, entry, fields, otherFields);
                    continue;
                }

                // A null optional value is the same as leaving the field out: Kibana's optional fields are nullable.
                if (entry.Value is SettingsScalar { Kind: ScalarKind.Null } && !field.Required)
                {
                    continue;
                }

                states[entry.Key] = new FieldState(entry, CheckValue(field, entry.Value, Prefix(section) + entry.Key, section == Section.Secrets));
            }
        }

        private void ReportUnknownField(Section section, SettingsEntry entry, IReadOnlyList<FieldSpec> fields, IReadOnlyList<FieldSpec> otherFields)
        {
            var path = Prefix(section) + entry.Key;
            string message;
            if (entry.Key == "<<")
            {
                message = $"{path} is a '<<' merge key, which Kibana's YAML reader does not apply: it reads '<<' as an ordinary key and the connector fails when it runs. Write the fields out, or set KibanaConnectorsYamlMergeKeys=true if your Kibana still reads merge keys (releases that used js-yaml)";
            }
            else if (otherFields.Any(f => f.Name == entry.Key))
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

            Report(DiagnosticDescriptors.UnknownKey, entry.KeySpan, Id, message);
        }

        private ValueNode? CheckValue(FieldSpec field, SettingsNode node, string path, bool inSecrets)
        {
            switch (field.Kind)
            {
                case FieldKind.Text:
                case FieldKind.Url:
                case FieldKind.TemplateUrl:
                case FieldKind.Enum:
                    return CheckTextual(field, node, path, inSecrets);
                case FieldKind.Integer:
                case FieldKind.Number:
                    return CheckNumber(field, node, path);
                case FieldKind.Boolean:
                    return CheckBoolean(node, path);
                case FieldKind.TextMap:
                    return CheckTextMap(node, path);
                case FieldKind.Object:
                    return CheckObject(field.Object!, node, path);
                default:
                    return CheckObjectList(field, node, path);
            }
        }

        private ValueNode? CheckTextual(FieldSpec field, SettingsNode node, string path, bool inSecrets)
        {
            if (!(node is SettingsScalar scalar) || scalar.Kind != ScalarKind.String)
            {
                WrongType(path, node, "text");
                return null;
            }

            var value = scalar.Value;
            if (EnvironmentTemplate.HasReferences(value))
            {
                return ValueNode.Scalar(ValueKind.Template, value);
            }

            switch (field.Kind)
            {
                case FieldKind.Url:
                case FieldKind.TemplateUrl:
                    var problem = UrlProblem(field.Kind == FieldKind.TemplateUrl ? s_mustache.Replace(value, "x") : value);
                    if (problem != null)
                    {
                        Report(DiagnosticDescriptors.InvalidUrl, node.Span, Id, path, inSecrets ? "(secret)" : value, problem);
                        return null;
                    }

                    break;
                case FieldKind.Enum:
                    if (!field.Values.Contains(value, StringComparer.Ordinal))
                    {
                        Report(DiagnosticDescriptors.ValueNotAllowed, node.Span, Id, path, value,
                            string.Join(", ", field.Values.Select(v => "'" + v + "'")), NameSuggester.Hint(value, field.Values));
                        return null;
                    }

                    break;
            }

            return ValueNode.Scalar(ValueKind.String, value);
        }

        /// <summary>Why a text is not an absolute http(s) URL with a host; null when it is one.</summary>
        public static string? UrlProblem(string value)
        {
            if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || value.IndexOf("://", StringComparison.Ordinal) < 0)
            {
                return "is not an absolute URL; write it as https://host/path";
            }

            if (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
            {
                return $"uses the scheme '{uri.Scheme}', but Kibana calls only http and https URLs";
            }

            return uri.Host.Length == 0 ? "has no host name" : null;
        }

        private ValueNode? CheckNumber(FieldSpec field, SettingsNode node, string path)
        {
            var expected = field.Kind == FieldKind.Integer ? "a whole number" : "a number";
            if (!(node is SettingsScalar scalar))
            {
                WrongType(path, node, expected);
                return null;
            }

            if (scalar.Kind == ScalarKind.String && EnvironmentTemplate.HasReferences(scalar.Value))
            {
                return ValueNode.Scalar(ValueKind.Template, scalar.Value);
            }

            // Kibana's number schema also takes numeric text, such as '8080'.
            var text = scalar.Value.Trim();
            double number;
            if (scalar.Kind == ScalarKind.Integer && TryParseYamlInteger(text, out var integer))
            {
                number = integer;
            }
            else if ((scalar.Kind == ScalarKind.Float || scalar.Kind == ScalarKind.String)
                && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) && !double.IsNaN(parsed) && !double.IsInfinity(parsed))
            {
                number = parsed;
            }
            else
            {
                WrongType(path, node, expected);
                return null;
            }

            if (field.Kind == FieldKind.Integer && (number != Math.Floor(number) || number > int.MaxValue || number < int.MinValue))
            {
                WrongType(path, node, expected);
                return null;
            }

            if ((field.Min is int min && number < min) || (field.Max is int max && number > max))
            {
                Report(DiagnosticDescriptors.ValueNotAllowed, node.Span, Id, path, scalar.Value, $"the numbers {field.Min} to {field.Max}", string.Empty);
                return null;
            }

            return field.Kind == FieldKind.Integer
                ? ValueNode.Scalar(ValueKind.Integer, ((long)number).ToString(CultureInfo.InvariantCulture))
                : ValueNode.Scalar(ValueKind.Float, number.ToString("R", CultureInfo.InvariantCulture));
        }

        private static bool TryParseYamlInteger(string text, out long value)
        {
            if (text.StartsWith("0x", StringComparison.Ordinal))
            {
                return long.TryParse(text.Substring(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out value);
            }

            if (text.StartsWith("0o", StringComparison.Ordinal))
            {
                value = 0;
                foreach (var c in text.Substring(2))
                {
                    if (value > long.MaxValue / 8)
                    {
                        return false;
                    }

                    value = (value * 8) + (c - '0');
                }

                return true;
            }

            return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
        }

        private ValueNode? CheckBoolean(SettingsNode node, string path)
        {
            if (node is SettingsScalar { Kind: ScalarKind.Boolean } scalar)
            {
                return ValueNode.Scalar(ValueKind.Boolean, CoreSchema.IsTrue(scalar.Value) ? "true" : "false");
            }

            if (node is SettingsScalar { Kind: ScalarKind.String } text && EnvironmentTemplate.HasReferences(text.Value))
            {
                // Kibana puts the variable's value in as text, and its schemas take only real booleans here.
                Report(DiagnosticDescriptors.WrongType, node.Span, Id, path, "true or false", $"the text '{text.Value}'",
                    ": Kibana replaces ${...} with text when it starts, and its schema rejects text where a boolean is needed; write true or false");
                return null;
            }

            WrongType(path, node, "true or false");
            return null;
        }

        private ValueNode? CheckTextMap(SettingsNode node, string path)
        {
            if (!(node is SettingsMap map))
            {
                WrongType(path, node, "a map of names to text");
                return null;
            }

            var entries = new List<ValueEntry>();
            var ok = true;
            foreach (var entry in map.Entries)
            {
                var entryPath = path + "." + entry.Key;
                if (entry.Value is SettingsScalar { Kind: ScalarKind.String } scalar)
                {
                    var kind = EnvironmentTemplate.HasReferences(scalar.Value) ? ValueKind.Template : ValueKind.String;
                    entries.Add(new ValueEntry(entry.Key, ValueNode.Scalar(kind, scalar.Value)));
                }
                else if (entry.Value is SettingsMap && entry.WrittenAs.IndexOf('.') >= 0)
                {
                    Report(DiagnosticDescriptors.WrongType, entry.KeySpan, Id, entryPath, "text", "a map", $": Kibana splits keys at dots, so '{entry.WrittenAs}' is read as nested keys; write it as '[{entry.WrittenAs}]' to keep the dot");
                    ok = false;
                }
                else
                {
                    WrongType(entryPath, entry.Value, "text");
                    ok = false;
                }
            }

            return ok ? ValueNode.Map(entries.ToEquatableArray()) : null;
        }

        private ValueNode? CheckObject(ObjectSpec spec, SettingsNode node, string path)
        {
            if (!(node is SettingsMap map))
            {
                WrongType(path, node, "a map");
                return null;
            }

            var entries = new List<ValueEntry>();
            var ok = true;
            foreach (var entry in map.Entries)
            {
                var field = spec.Fields.FirstOrDefault(f => f.Name == entry.Key);
                if (field == null)
                {
                    Report(DiagnosticDescriptors.UnknownKey, entry.KeySpan, Id,
                        $"{path}.{entry.Key} is not a field here{NameSuggester.Hint(entry.Key, spec.Fields.Select(f => f.Name))} (known: {string.Join(", ", spec.Fields.Select(f => f.Name))})");
                    ok = false;
                    continue;
                }

                if (entry.Value is SettingsScalar { Kind: ScalarKind.Null } && !field.Required)
                {
                    continue;
                }

                var value = CheckValue(field, entry.Value, path + "." + entry.Key, inSecrets: false);
                if (value == null)
                {
                    ok = false;
                }
                else
                {
                    entries.Add(new ValueEntry(entry.Key, value));
                }
            }

            foreach (var field in spec.Fields.Where(f => f.Required && map.Find(f.Name) == null))
            {
                Report(DiagnosticDescriptors.MissingConfig, map.Span, Id, Spec.ActionTypeId, path.Substring("config.".Length) + "." + field.Name, string.Empty);
                ok = false;
            }

            return ok ? ValueNode.Map(spec.Fields.SelectMany(f => entries.Where(e => e.Key == f.Name)).ToEquatableArray()) : null;
        }

        private ValueNode? CheckObjectList(FieldSpec field, SettingsNode node, string path)
        {
            if (!(node is SettingsList list))
            {
                WrongType(path, node, "a list");
                return null;
            }

            if (field.Max is int max && list.Items.Count > max)
            {
                Report(DiagnosticDescriptors.ValueNotAllowed, node.Span, Id, path, $"a list of {list.Items.Count}", $"lists of at most {max} items", string.Empty);
                return null;
            }

            var items = new List<ValueNode>();
            var ok = true;
            for (var i = 0; i < list.Items.Count; i++)
            {
                var item = CheckObject(field.Object!, list.Items[i], $"{path}[{i}]");
                if (item == null)
                {
                    ok = false;
                }
                else
                {
                    items.Add(item);
                }
            }

            return ok ? ValueNode.List(items.ToEquatableArray()) : null;
        }

        private void WrongType(string path, SettingsNode node, string expected) =>
            _diagnostics.Add(WrongType(_filePath, Id, path, node, expected));

        /// <summary>KC0107 at <paramref name="node"/>: what it should be, what it is, and the usual fix.</summary>
        public static DiagnosticInfo WrongType(string filePath, string id, string path, SettingsNode node, string expected)
        {
            var (actual, hint) = Describe(node, expected);
            if (path.StartsWith("secrets.", StringComparison.Ordinal) && node is SettingsScalar scalar && scalar.Kind != ScalarKind.Null)
            {
                // A secret's value stays out of build logs: say what it is, not what it says.
                (actual, hint) = scalar.Kind == ScalarKind.Boolean ? ("a boolean", "; quote it")
                    : scalar.Kind == ScalarKind.Integer || scalar.Kind == ScalarKind.Float ? ("a number", "; YAML reads unquoted digits as a number, so quote it")
                    : ("text", string.Empty);
            }

            return DiagnosticInfo.Create(DiagnosticDescriptors.WrongType, filePath, node.Span, id, path, expected, actual, hint);
        }

        /// <summary>What a value is, in words, and how to fix the usual mistakes.</summary>
        public static (string Actual, string Hint) Describe(SettingsNode node, string expected)
        {
            switch (node)
            {
                case SettingsMap _:
                    return ("a map", string.Empty);
                case SettingsList _:
                    return ("a list", string.Empty);
            }

            var scalar = (SettingsScalar)node;
            switch (scalar.Kind)
            {
                case ScalarKind.Null:
                    return ("empty", string.Empty);
                case ScalarKind.Boolean:
                    return ($"the boolean {scalar.Value}", expected == "text" ? $"; quote it: '{scalar.Value}'" : string.Empty);
                case ScalarKind.Integer:
                case ScalarKind.Float:
                    return ($"the number {scalar.Value}", expected == "text" ? $"; YAML reads unquoted digits as a number, so quote it: '{scalar.Value}'" : string.Empty);
                default:
                    var isYaml11Boolean = expected == "true or false" && Array.IndexOf(new[] { "yes", "no", "on", "off", "y", "n", "Yes", "No", "On", "Off", "YES", "NO", "ON", "OFF" }, scalar.Value) >= 0;
                    return ($"the text '{scalar.Value}'", isYaml11Boolean
                        ? $"; Kibana reads YAML 1.2, where '{scalar.Value}' is text: write true or false"
                        : expected == "true or false" && !scalar.Scalar.IsPlain && CoreSchema.Resolve(scalar.Value, true, null) == ScalarKind.Boolean ? "; remove the quotes" : string.Empty);
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

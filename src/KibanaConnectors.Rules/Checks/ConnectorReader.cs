using System.Collections.Generic;
using System.Linq;
using KibanaConnectors.Rules.Catalogue;
using KibanaConnectors.Rules.Common;
using KibanaConnectors.Rules.Diagnostics;
using KibanaConnectors.Rules.Model;
using KibanaConnectors.Rules.Reading;

namespace KibanaConnectors.Rules.Checks
{
    /// <summary>Reads one entry of <c>xpack.actions.preconfigured</c> into a <see cref="ConnectorModel"/>, reporting what Kibana would reject.</summary>
    internal static class ConnectorReader
    {
        private static readonly string[] s_entryKeys = { "actionTypeId", "name", "config", "secrets", "exposeConfig" };

        public static ConnectorModel? Read(string filePath, SettingsEntry idEntry, ReadOptions options, List<DiagnosticInfo> diagnostics)
        {
            var id = idEntry.Key;
            var idSpan = idEntry.KeySpan;
            void Report(DiagnosticRule descriptor, SourceSpan span, params string[] arguments) =>
                diagnostics.Add(DiagnosticInfo.Create(descriptor, filePath, span, arguments));

            var idProblem = ActionTypes.IdProblem(id);
            if (idProblem != null)
            {
                Report(DiagnosticRules.InvalidId, idSpan, id, idProblem);
                return null;
            }

            // Kibana's schema for an entry is an object, which also takes JSON text of one.
            if (!(ConfigSchema.Map(idEntry.Value, out var json) is SettingsMap entry))
            {
                var (actual, _) = ValueWords.Describe(idEntry.Value, "a map");
                Report(DiagnosticRules.NotAMap, idSpan, $"The connector '{id}'", "actionTypeId, name, config and secrets", actual + json);
                return null;
            }

            var before = diagnostics.Count;
            foreach (var unknown in entry.Entries)
            {
                if (System.Array.IndexOf(s_entryKeys, unknown.Key) >= 0)
                {
                    continue;
                }

                var hint = unknown.Key == "<<"
                    ? "'<<' is a merge key, which Kibana's YAML reader does not apply; write the keys out, or set KibanaConnectorsYamlMergeKeys=true if your Kibana still reads merge keys"
                    : unknown.WrittenAs.StartsWith(id + ".", System.StringComparison.Ordinal)
                        ? $"Kibana splits keys at dots, so '{unknown.WrittenAs}' is the connector '{id}' with a key '{unknown.Key}'; write the id as '[{unknown.WrittenAs}]' to keep the dot"
                        : $"'{unknown.Key}' is not a key of a preconfigured connector{NameSuggester.Hint(unknown.Key, s_entryKeys)} (known: {string.Join(", ", s_entryKeys)})";
                var suggestion = unknown.Key == "<<" || unknown.WrittenAs.StartsWith(id + ".", System.StringComparison.Ordinal) ? null : NameSuggester.Closest(unknown.Key, s_entryKeys);
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticRules.UnknownKey, filePath, unknown.KeySpan, id, hint).WithFixes(Fixes.DidYouMean(unknown.KeySpan, suggestion)));
            }

            var actionTypeId = ReadText(entry, "actionTypeId", id, filePath, diagnostics);
            if (entry.Find("actionTypeId") == null)
            {
                Report(DiagnosticRules.MissingActionTypeId, idSpan, id);
            }
            else if (actionTypeId != null && actionTypeId.Length == 0)
            {
                Report(DiagnosticRules.MissingActionTypeId, entry.Find("actionTypeId")!.Value.Span, id);
                actionTypeId = null;
            }

            var name = ReadText(entry, "name", id, filePath, diagnostics);
            if (entry.Find("name") == null)
            {
                Report(DiagnosticRules.MissingName, idSpan, id, "has no name");
            }
            else if (name != null && name.Trim().Length == 0)
            {
                Report(DiagnosticRules.MissingName, entry.Find("name")!.Value.Span, id, "has an empty name");
                name = null;
            }

            var exposeConfig = false;
            if (entry.Find("exposeConfig") is SettingsEntry expose)
            {
                // The entry's schema is Kibana's config-schema, which also takes the text true/false (a ${NAME} included).
                if (ConfigSchema.Boolean(expose.Value) is bool flag)
                {
                    exposeConfig = flag;
                }
                else if (expose.Value is SettingsScalar { Kind: ScalarKind.String } template && EnvironmentTemplate.HasReferences(template.Value, options.KibanaVersion.ReadsEnvironmentDefaults))
                {
                    exposeConfig = false;
                }
                else
                {
                    diagnostics.Add(ValueWords.WrongType(filePath, id, "exposeConfig", expose.Value, "true or false"));
                }
            }

            var config = ReadSection(entry, "config", id, filePath, diagnostics, out var configOk);
            var secrets = ReadSection(entry, "secrets", id, filePath, diagnostics, out var secretsOk);

            var specType = actionTypeId == null ? null : SpecConnectors.Find(actionTypeId);
            if (secrets != null)
            {
                // A spec connector's secrets.authType names an auth type, which is no secret.
                ReportLiteralSecrets(filePath, id, specType == null ? secrets : Without(secrets, "authType"), string.Empty, options, diagnostics);
            }

            ValueNode configValues = ValueNode.EmptyMap;
            ValueNode secretValues = ValueNode.EmptyMap;
            var hosts = EquatableArray<CalledHost>.Empty;
            var places = EquatableArray<FieldPlace>.Empty;
            if (actionTypeId != null)
            {
                var typeSpan = entry.Find("actionTypeId")!.Value.Span;
                if (ConnectorCatalogue.Find(actionTypeId) is ConnectorTypeSpec newer && newer.Added is VersionFact added && !added.ExistsIn(options.KibanaVersion))
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticRules.UnknownActionType, filePath, typeSpan, id,
                        $"actionTypeId '{actionTypeId}' is not a connector type of Kibana {options.KibanaVersion}: {VersionWords.TooNew(added, options.KibanaVersion)}"));
                    actionTypeId = null;
                }
                else if (ConnectorCatalogue.Find(actionTypeId) is ConnectorTypeSpec spec)
                {
                    var check = new ConnectorCheck(filePath, id, idSpan, spec, options.KibanaVersion, diagnostics) { TypeSpan = typeSpan, InKeystore = options.Keystore.Count == 0 ? null : options.InKeystore };
                    var broken = configOk && secretsOk ? System.Array.Empty<Section>()
                        : !configOk && !secretsOk ? new[] { Section.Config, Section.Secrets }
                        : new[] { configOk ? Section.Secrets : Section.Config };
                    check.Run(config, secrets, broken);
                    configValues = check.Values(Section.Config);
                    secretValues = check.Values(Section.Secrets);
                    hosts = check.Hosts();
                    places = check.Places();
                }
                else if (specType != null && !specType.Added.ExistsIn(options.KibanaVersion))
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticRules.UnknownActionType, filePath, typeSpan, id,
                        $"actionTypeId '{actionTypeId}' ({specType.DisplayName}) is not a connector type of Kibana {options.KibanaVersion}: it is a spec connector (kbn-connector-specs), and {VersionWords.TooNew(specType.Added, options.KibanaVersion)}"));
                    actionTypeId = null;
                }
                else if (ActionTypes.IsRegistered(actionTypeId))
                {
                    if (specType != null && secretsOk)
                    {
                        new SpecConnectorCheck(filePath, id, idSpan, specType, options.InKeystore, options.KibanaVersion.ReadsEnvironmentDefaults, diagnostics).Run(secrets);
                    }

                    var defaults = options.KibanaVersion.ReadsEnvironmentDefaults;
                    configValues = config == null ? ValueNode.EmptyMap : ToValue(config, defaults);
                    secretValues = WithKeystore(id, secrets == null ? ValueNode.EmptyMap : ToValue(secrets, defaults), options);
                }
                else
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticRules.UnknownActionType, filePath, typeSpan, id, ActionTypes.UnknownTypeMessage(actionTypeId))
                        .WithFixes(Fixes.DidYouMean(typeSpan, ActionTypes.Closest(actionTypeId))));
                    actionTypeId = null;
                }
            }

            var valid = actionTypeId != null && name != null && !HasError(diagnostics, before);
            return new ConnectorModel(id, name ?? string.Empty, actionTypeId ?? string.Empty, exposeConfig, filePath, idSpan, valid, configValues, secretValues)
            {
                TypeSpan = entry.Find("actionTypeId")?.Value.Span ?? idSpan,
                Hosts = hosts,
                Places = places,
            };
        }

        private static SettingsMap Without(SettingsMap map, string key)
        {
            var copy = new SettingsMap(map.Span) { IsList = map.IsList };
            copy.Entries.AddRange(map.Entries.Where(e => e.Key != key));
            return copy;
        }

        private static bool HasError(List<DiagnosticInfo> diagnostics, int from)
        {
            for (var i = from; i < diagnostics.Count; i++)
            {
                if (diagnostics[i].Severity == Severity.Error)
                {
                    return true;
                }
            }

            return false;
        }

        // A generic connector's secrets that only the keystore holds: xpack.actions.preconfigured.<id>.secrets.<field>.
        private static ValueNode WithKeystore(string id, ValueNode secrets, ReadOptions options)
        {
            var prefix = ConnectorsKeystore.Key(id, string.Empty);
            var added = options.Keystore
                .Where(k => k.Length > prefix.Length && k.StartsWith(prefix, System.StringComparison.Ordinal) && secrets.Get(k.Substring(prefix.Length)) == null)
                .Select(k => new ValueEntry(k.Substring(prefix.Length), ValueNode.Scalar(ValueKind.Keystore, string.Empty)))
                .ToList();
            return added.Count == 0 ? secrets : ValueNode.Map(secrets.Entries.Concat(added).ToEquatableArray());
        }

        /// <summary>KC0401 at each secret written out as a value rather than <c>${NAME}</c>.</summary>
        /// <remarks>A path is joined only for a map or list to go into, or a secret to report: most secrets are <c>${NAME}</c>.</remarks>
        private static void ReportLiteralSecrets(string filePath, string id, SettingsNode node, string path, ReadOptions options, List<DiagnosticInfo> diagnostics)
        {
            switch (node)
            {
                case SettingsMap map:
                    foreach (var entry in map.Entries)
                    {
                        if (entry.Value is SettingsScalar scalar)
                        {
                            ReportLiteralSecret(filePath, id, scalar, path, entry.Key, options, diagnostics);
                        }
                        else
                        {
                            ReportLiteralSecrets(filePath, id, entry.Value, path.Length == 0 ? entry.Key : path + "." + entry.Key, options, diagnostics);
                        }
                    }

                    break;
                case SettingsList list:
                    for (var i = 0; i < list.Items.Count; i++)
                    {
                        ReportLiteralSecrets(filePath, id, list.Items[i], path + "." + i.ToString(System.Globalization.CultureInfo.InvariantCulture), options, diagnostics);
                    }

                    break;
                case SettingsScalar scalar:
                    ReportLiteralSecret(filePath, id, scalar, path, string.Empty, options, diagnostics);
                    break;
            }
        }

        // The secret at parent.key (or at parent, for an empty key), when it is written out.
        private static void ReportLiteralSecret(string filePath, string id, SettingsScalar scalar, string parent, string key, ReadOptions options, List<DiagnosticInfo> diagnostics)
        {
            if (scalar.Kind == ScalarKind.Null || scalar.Value.Length == 0 || EnvironmentTemplate.HasReferences(scalar.Value, options.KibanaVersion.ReadsEnvironmentDefaults))
            {
                return;
            }

            var path = key.Length == 0 ? parent : parent.Length == 0 ? key : parent + "." + key;
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticRules.LiteralSecret, filePath, scalar.Span, id, path, System.IO.Path.GetFileName(filePath),
                ConnectorsKeystore.Key(id, path),
                options.EmbedSecrets ? "; KibanaConnectorsEmbedSecrets is true, so this value is compiled into the assembly" : string.Empty)
                .WithFixes(Fixes.ToEnvironment(scalar.Span, id, path)));
        }

        private static string? ReadText(SettingsMap entry, string key, string id, string filePath, List<DiagnosticInfo> diagnostics)
        {
            var found = entry.Find(key);
            if (found == null)
            {
                return null;
            }

            if (found.Value is SettingsScalar { Kind: ScalarKind.String } scalar)
            {
                return scalar.Value;
            }

            if (found.Value is SettingsScalar { Kind: ScalarKind.Null })
            {
                return string.Empty;
            }

            diagnostics.Add(ValueWords.WrongType(filePath, id, key, found.Value, "text"));
            return null;
        }

        private static SettingsMap? ReadSection(SettingsMap entry, string key, string id, string filePath, List<DiagnosticInfo> diagnostics, out bool ok)
        {
            ok = true;
            var found = entry.Find(key);
            if (found == null)
            {
                return null;
            }

            // A record in Kibana's schema: a map, or JSON text of one.
            if (ConfigSchema.Map(found.Value, out var json) is SettingsMap map)
            {
                return map;
            }

            ok = false;
            var wrong = ValueWords.WrongType(filePath, id, key, found.Value, "a map of fields");
            diagnostics.Add(json == null ? wrong : DiagnosticInfo.Create(DiagnosticRules.WrongType, filePath, found.Value.Span, id, key, "a map of fields", "text", json));
            return null;
        }

        /// <summary>The raw value tree, for connector types kept generic.</summary>
        /// <param name="node">The value as read.</param>
        /// <param name="defaults">Whether the Kibana release reads <c>${NAME:default}</c> as a reference.</param>
        public static ValueNode ToValue(SettingsNode node, bool defaults)
        {
            switch (node)
            {
                case SettingsMap { IsList: false } map:
                    return ValueNode.Map(map.Entries.Select(e => new ValueEntry(e.Key, ToValue(e.Value, defaults))).ToEquatableArray());
                case SettingsMap list:
                    return ValueNode.List(list.Entries.Select(e => ToValue(e.Value, defaults)).ToEquatableArray());
                case SettingsList list:
                    return ValueNode.List(list.Items.Select(item => ToValue(item, defaults)).ToEquatableArray());
                default:
                    var scalar = (SettingsScalar)node;
                    var kind = scalar.Kind switch
                    {
                        ScalarKind.Null => ValueKind.Null,
                        ScalarKind.Boolean => ValueKind.Boolean,
                        ScalarKind.Integer => ValueKind.Integer,
                        ScalarKind.Float => ValueKind.Float,
                        _ => EnvironmentTemplate.HasReferences(scalar.Value, defaults) ? ValueKind.Template : ValueKind.String,
                    };
                    var text = kind == ValueKind.Boolean ? (scalar.Scalar.IsTrue ? "true" : "false") : scalar.Value;
                    return ValueNode.Scalar(kind, text);
            }
        }
    }
}

using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using KibanaConnectors.Rules.Catalogue;

namespace KibanaConnectors.Cli
{
    /// <summary>
    /// A JSON Schema (draft-07) of Kibana settings files, written from the catalogue, for editors that validate YAML
    /// against schemas (yaml-language-server, JetBrains IDEs). It is a strict subset of the rules: everything it flags,
    /// the rules flag too, so it never marks a file the build accepts. It checks the usual spellings (the
    /// <c>xpack.actions.preconfigured</c> key and its nested forms) and leaves a map alone where a key holds a dot,
    /// because Kibana splits such keys and a schema cannot follow that.
    /// </summary>
    internal static class SchemaWriter
    {
        public const string Id = "https://kibana-connectors.invalid/schemas/kibana-connectors.schema.json";

        private const string NoDottedKeys = "^[^.]*$";
        private const string Template = "\\$\\{[A-Za-z0-9_]+(:[A-Za-z0-9_]*)?\\}";

        public static string Write()
        {
            var definitions = new JsonObject();
            foreach (var strict in new[] { true, false })
            {
                var mode = Mode(strict);
                definitions["xpack" + mode] = Section(strict, "actions", "actions" + mode, "actions.preconfigured", "connectors" + mode);
                definitions["actions" + mode] = Section(strict, "preconfigured", "connectors" + mode, null, null);
                definitions["connectors" + mode] = Connectors(strict);
                definitions["connector" + mode] = Connector(strict);
            }

            foreach (var spec in ConnectorCatalogue.All)
            {
                definitions[Name(spec, "config", strict: true)] = Fields(spec.Config, strict: true, spec.Description);
                definitions[Name(spec, "config", strict: false)] = Fields(spec.Config, strict: false, spec.Description);
                definitions[Name(spec, "secrets", strict: false)] = Fields(spec.Secrets, strict: false, spec.Description);
            }

            var schema = new JsonObject
            {
                ["$schema"] = "http://json-schema.org/draft-07/schema#",
                ["$id"] = Id,
                ["title"] = "Kibana settings with preconfigured connectors",
                ["description"] = "kibana.yml: the preconfigured connectors (xpack.actions.preconfigured) checked against Kibana's rules, as KibanaConnectors checks them. Other settings are allowed and not checked.",
                // No type: an empty file (null) is only a warning to the rules.
                // Kibana merges every spelling of a setting; where the section is written in more than one (a nested map
                // beside flat keys), a connector may be completed elsewhere, so nothing is required of it.
                ["if"] = new JsonObject
                {
                    ["propertyNames"] = new JsonObject { ["not"] = new JsonObject { ["pattern"] = "^xpack\\.actions\\.preconfigured\\." } },
                    ["not"] = OneOfSpellings("xpack", "xpack.actions", "xpack.actions.preconfigured"),
                },
                ["then"] = Spellings(strict: true),
                ["else"] = Spellings(strict: false),
                ["definitions"] = definitions,
            };
            return LanguageServer.Protocol.JsonText.Indented(schema, LanguageServer.Protocol.JsonText.Relaxed) + "\n";
        }

        private static string Mode(bool strict) => strict ? string.Empty : ".loose";

        private static JsonObject Ref(string name) => new JsonObject { ["$ref"] = "#/definitions/" + name };

        private static string Name(ConnectorTypeSpec spec, string section, bool strict) => spec.ActionTypeId.TrimStart('.') + "." + section + Mode(strict);

        private static JsonObject Spellings(bool strict) => new JsonObject
        {
            ["properties"] = new JsonObject
            {
                ["xpack.actions.preconfigured"] = Ref("connectors" + Mode(strict)),
                ["xpack.actions"] = Ref("actions" + Mode(strict)),
                ["xpack"] = Ref("xpack" + Mode(strict)),
            },
        };

        // Two or more of these keys in one map: the same setting in several spellings.
        private static JsonObject OneOfSpellings(params string[] keys)
        {
            var pairs = new JsonArray();
            for (var i = 0; i < keys.Length; i++)
            {
                for (var j = i + 1; j < keys.Length; j++)
                {
                    pairs.Add((JsonNode)new JsonObject { ["required"] = new JsonArray(keys[i], keys[j]) });
                }
            }

            return new JsonObject { ["anyOf"] = pairs };
        }

        // A map on the way to the connectors (xpack, or xpack.actions): its key to the next step, strict only while that
        // step is written in one spelling.
        private static JsonObject Section(bool strict, string next, string nextDefinition, string? dotted, string? dottedDefinition)
        {
            var properties = new JsonObject { [next] = Ref(nextDefinition) };
            var loose = new JsonObject { [next] = Ref(nextDefinition.Replace(".loose", string.Empty) + ".loose") };
            if (dotted != null)
            {
                properties[dotted] = Ref(dottedDefinition!);
                loose[dotted] = Ref(dottedDefinition!.Replace(".loose", string.Empty) + ".loose");
            }

            var schema = new JsonObject { ["type"] = "object" };
            if (!strict)
            {
                schema["properties"] = loose;
                return schema;
            }

            var single = new JsonObject { ["propertyNames"] = new JsonObject { ["not"] = new JsonObject { ["pattern"] = "^" + (dotted ?? next).Replace(".", "\\.") + "\\." } } };
            if (dotted != null)
            {
                single["not"] = OneOfSpellings(next, dotted);
            }

            schema["if"] = single;
            schema["then"] = new JsonObject { ["properties"] = properties };
            schema["else"] = new JsonObject { ["properties"] = loose };
            return schema;
        }

        // The preconfigured map: connector ids to connectors, while no id holds a dot (a flat spelling of a connector).
        private static JsonObject Connectors(bool strict)
        {
            var schema = new JsonObject
            {
                ["description"] = "The preconfigured connectors, by id.",
                ["type"] = "object",
                ["if"] = new JsonObject { ["propertyNames"] = new JsonObject { ["pattern"] = NoDottedKeys } },
                ["then"] = new JsonObject { ["additionalProperties"] = Ref("connector" + Mode(strict)) },
                ["else"] = new JsonObject { ["additionalProperties"] = Ref("connector.loose") },
            };
            if (strict)
            {
                schema["defaultSnippets"] = new JsonArray(ConnectorCatalogue.All.Select(Snippet).ToArray<JsonNode?>());
            }

            return schema;
        }

        private static JsonObject Snippet(ConnectorTypeSpec spec)
        {
            var connector = new JsonObject { ["actionTypeId"] = spec.ActionTypeId, ["name"] = "${2:name}" };
            var stop = 3;
            foreach (var (section, fields) in new[] { ("config", spec.Config), ("secrets", spec.Secrets) })
            {
                var required = fields.Where(f => f.Required).ToList();
                if (required.Count > 0)
                {
                    var map = new JsonObject();
                    foreach (var field in required)
                    {
                        // A literal ${ in a snippet is written \${; the tab stop sits inside it.
                        map[field.Name] = section == "secrets" ? "\\${${" + stop++ + ":" + field.Name.ToUpperInvariant() + "}}" : "$" + stop++;
                    }

                    connector[section] = map;
                }
            }

            return new JsonObject
            {
                ["label"] = spec.ActionTypeId + " connector",
                ["description"] = spec.Description,
                ["body"] = new JsonObject { ["${1:my-" + spec.ActionTypeId.TrimStart('.').Replace('_', '-') + "}"] = connector },
            };
        }

        // A spec connector: its secrets.authType is one of the spec's auth types (or a ${NAME}); the rest of its secrets
        // depend on that choice, which the rules check.
        private static JsonObject SpecAuthType(SpecConnector spec) => new JsonObject
        {
            ["if"] = new JsonObject { ["properties"] = new JsonObject { ["actionTypeId"] = new JsonObject { ["const"] = spec.ActionTypeId } }, ["required"] = new JsonArray("actionTypeId") },
            ["then"] = new JsonObject
            {
                ["properties"] = new JsonObject
                {
                    ["secrets"] = new JsonObject
                    {
                        ["anyOf"] = new JsonArray(
                            new JsonObject
                            {
                                ["type"] = "object",
                                ["properties"] = new JsonObject
                                {
                                    ["authType"] = new JsonObject
                                    {
                                        ["description"] = "The auth type, which chooses the secrets Kibana asks for.",
                                        ["anyOf"] = new JsonArray(
                                            new JsonObject { ["enum"] = new JsonArray(spec.AuthTypes!.Select(a => (JsonNode?)a.Type).ToArray()) },
                                            new JsonObject { ["type"] = "string", ["pattern"] = Template }),
                                    },
                                },
                            },
                            new JsonObject { ["type"] = "string" }),
                    },
                },
            },
        };

        // A connector: its keys, and its type's config and secrets. Strict (with what is required) only while no key of
        // the connector holds a dot, since "config.url: x" beside "config:" completes the same map.
        private static JsonObject Connector(bool strict)
        {
            JsonArray ByType(bool strictConfig) => new JsonArray(ConnectorCatalogue.All.Select(spec => (JsonNode?)new JsonObject
            {
                ["if"] = new JsonObject { ["properties"] = new JsonObject { ["actionTypeId"] = new JsonObject { ["const"] = spec.ActionTypeId } }, ["required"] = new JsonArray("actionTypeId") },
                ["then"] = new JsonObject
                {
                    ["properties"] = new JsonObject
                    {
                        // A section written as JSON text is taken apart by Kibana's settings schema: not checked here.
                        ["config"] = new JsonObject { ["anyOf"] = new JsonArray(Ref(Name(spec, "config", strictConfig)), new JsonObject { ["type"] = "string" }) },
                        ["secrets"] = new JsonObject { ["anyOf"] = new JsonArray(Ref(Name(spec, "secrets", strict: false)), new JsonObject { ["type"] = "string" }) },
                    },
                },
            }).Concat(SpecConnectors.All.Where(spec => spec.AuthTypes?.Count > 0).Select(spec => (JsonNode?)SpecAuthType(spec))).ToArray());

            var types = ConnectorCatalogue.All.Select(s => s.ActionTypeId).Concat(ActionTypes.Generic).Concat(SpecConnectors.All.Select(s => s.ActionTypeId))
                .OrderBy(t => t, System.StringComparer.Ordinal).ToList();
            // additionalProperties would not see the properties declared beside "if": name the allowed keys instead.
            var then = new JsonObject
            {
                ["propertyNames"] = new JsonObject { ["enum"] = new JsonArray("actionTypeId", "name", "config", "secrets", "exposeConfig", "<<") },
                ["allOf"] = ByType(strict),
            };
            if (strict)
            {
                then["required"] = new JsonArray("actionTypeId", "name");
            }

            return new JsonObject
            {
                ["type"] = "object",
                ["properties"] = new JsonObject
                {
                    ["actionTypeId"] = new JsonObject
                    {
                        ["description"] = "The connector type.",
                        ["anyOf"] = new JsonArray(new JsonObject { ["enum"] = new JsonArray(types.Select(t => (JsonNode?)t).ToArray()) }, new JsonObject { ["type"] = "string", ["pattern"] = Template }),
                    },
                    ["name"] = new JsonObject { ["description"] = "The name Kibana shows for the connector.", ["type"] = "string", ["minLength"] = 1 },
                    ["config"] = new JsonObject { ["description"] = "The connector's settings, by field." },
                    ["secrets"] = new JsonObject { ["description"] = "The connector's secrets, by field: write them as ${ENV_VAR} or keep them in the Kibana keystore." },
                    ["exposeConfig"] = new JsonObject
                    {
                        ["description"] = "Whether Kibana's actions API shows the connector's config (default false).",
                        ["anyOf"] = new JsonArray(new JsonObject { ["type"] = "boolean" }, new JsonObject { ["type"] = "string" }),
                    },
                    // A merge key, which js-yaml releases apply.
                    ["<<"] = new JsonObject(),
                },
                ["if"] = new JsonObject { ["propertyNames"] = new JsonObject { ["pattern"] = NoDottedKeys } },
                ["then"] = then,
                ["else"] = new JsonObject { ["allOf"] = ByType(strictConfig: false) },
            };
        }

        // A config or secrets map (or a nested one) of a type. Strict: required fields too, while no key holds a dot.
        // Secrets are never required here: the keystore may hold them.
        private static JsonObject Fields(IReadOnlyList<FieldSpec> fields, bool strict, string description)
        {
            JsonObject Properties(bool nestedStrict)
            {
                var properties = new JsonObject();
                foreach (var field in fields)
                {
                    properties[field.Name] = Value(field, nestedStrict);
                }

                properties["<<"] = new JsonObject();
                return properties;
            }

            var then = new JsonObject
            {
                ["propertyNames"] = new JsonObject { ["enum"] = new JsonArray(fields.Select(f => (JsonNode?)f.Name).Append("<<").ToArray()) },
                ["properties"] = Properties(strict),
            };
            var mandatory = fields.Where(f => strict && f.Required).Select(f => (JsonNode?)f.Name).ToArray();
            if (mandatory.Length > 0)
            {
                then["required"] = new JsonArray(mandatory);
            }

            return new JsonObject
            {
                ["description"] = description,
                ["type"] = "object",
                ["if"] = new JsonObject { ["propertyNames"] = new JsonObject { ["pattern"] = NoDottedKeys } },
                ["then"] = then,
                ["else"] = new JsonObject { ["properties"] = Properties(nestedStrict: false) },
            };
        }

        private static JsonObject Value(FieldSpec field, bool strict)
        {
            var value = field.Kind switch
            {
                FieldKind.Integer => new JsonObject { ["anyOf"] = new JsonArray(Bounded("integer", field), new JsonObject { ["type"] = "string" }) },
                FieldKind.Number => new JsonObject { ["anyOf"] = new JsonArray(Bounded("number", field), new JsonObject { ["type"] = "string" }) },
                FieldKind.Boolean => new JsonObject { ["type"] = "boolean" },
                FieldKind.Enum => new JsonObject
                {
                    ["anyOf"] = new JsonArray(
                        new JsonObject
                        {
                            ["enum"] = new JsonArray(field.Values.Select(v => (JsonNode?)v).ToArray()),
                            ["enumDescriptions"] = new JsonArray(field.Values.Select(v => (JsonNode?)(field.EnumSpec?.Values.FirstOrDefault(e => e.Value == v)?.Description ?? v)).ToArray()),
                        },
                        new JsonObject { ["type"] = "string", ["pattern"] = Template }),
                },
                FieldKind.TextMap => new JsonObject { ["type"] = "object", ["additionalProperties"] = new JsonObject { ["type"] = "string" } },
                FieldKind.AnyMap => new JsonObject { ["type"] = "object" },
                FieldKind.Object => Fields(field.Object!.Fields, strict, field.Object.Description),
                FieldKind.ObjectList => new JsonObject { ["type"] = "array", ["maxItems"] = field.Max, ["items"] = Fields(field.Object!.Fields, strict, field.Object.Description) },
                _ => new JsonObject { ["type"] = "string" },
            };

            // An optional field may be written empty: the rules read that as left out.
            var schema = field.Required ? value : new JsonObject { ["anyOf"] = new JsonArray(value, new JsonObject { ["type"] = "null" }) };
            schema["description"] = field.Description;
            if (field.Default != null)
            {
                schema["default"] = field.Kind switch
                {
                    FieldKind.Boolean => field.Default == "true",
                    FieldKind.Integer => int.Parse(field.Default, System.Globalization.CultureInfo.InvariantCulture),
                    _ => field.Default,
                };
            }

            return schema;
        }

        private static JsonObject Bounded(string type, FieldSpec field)
        {
            var schema = new JsonObject { ["type"] = type };
            if (field.Min is int min)
            {
                schema["minimum"] = min;
            }

            if (field.Max is int max)
            {
                schema["maximum"] = max;
            }

            return schema;
        }

    }
}

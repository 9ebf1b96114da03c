using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace KibanaConnectors.Generator.Tests.Differential
{
    /// <summary>
    /// Seeded settings files that lean on every reading rule at once: spellings (nested, dotted, flat, flow), quotes,
    /// anchors and aliases (as values, keys and merges, and past the yaml package's alias limit), tags, %YAML directives,
    /// keys that are numbers, booleans or null and duplicates by value, brackets in keys, __proto__ paths, empty maps,
    /// JSON text, several documents, CRLF and a byte order mark, control characters, !!binary keys, keys past 1,024
    /// characters and merges that bring __proto__. The connectors are of types whose own rules these files
    /// never break, so any difference with Kibana is one of reading.
    /// </summary>
    internal sealed class StressFiles
    {
        private static readonly string[] s_ids =
        {
            "my-log", "ops-log", "Log-2", "'123'", "007", "True", "true", "null", "~", "'1'", "1", "1.0", "0x1", "-1", "my.log", "'[my.log]'",
            "__proto__", "a__proto__b", "constructor", "preconfigured-alert-history-es-index", "yes", "on", "2024-01-01", "'ü-log'", "\"quoted\"",
            "[a.b]", "a.[b.c]", "1e3", ".inf", "0o17", "017", "1_000", "0b11", "1:30", "NULL", "y", "'007'",
            "!!binary aGk=", "!!binary 6Q==", "!!binary bXktbG9n", "hi", "104,105", "bell\u0007", "'c1\u0085\u0080'",
        };

        private static readonly string[] s_names =
        {
            "Log", "'Log'", "\"Log\"", "!!str 123", "! 123", "123", "!!int abc", "True", "yes", "''", "Log # a comment", "${LOG_NAME}", "\"tab\\tname\"",
            "!!timestamp 2024-01-02", "!!binary aGVsbG8=", "!custom Log", "!!str", "'It''s'", "2024-01-01", "0x1F", "!!float 1", "!!null ''",
            "Log\u007f", "'Log\u0007'", "\"Log\u0080\u2028\"", "Log\u0085end", "!!binary a*b",
        };

        private static readonly string[] s_flags = { "true", "True", "FALSE", "yes", "on", "'TRUE'", "\"false\"", "1", "~", "y" };

        private static readonly string[] s_configKeys =
        {
            "text: a", "'1': b", "true: c", "null: d", "1e3: e", "x.y: f", "'[x.y]': g", "empty: {}", "list: [1, {k.l: 2}]", "-007: h", ".5: i",
            "1.0: j", "No: k", "'1.0': l", "\"multi word\": m", "2001-12-14t21:59:43.10-05:00: n", "? [p, q]\n        : o", "${KEY}: p",
        };

        private readonly Random _random;

        public StressFiles(int seed) => _random = new Random(seed);

        private bool Chance(int percent) => _random.Next(100) < percent;

        private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

        public string Next()
        {
            var text = new StringBuilder();
            switch (_random.Next(12))
            {
                case 0:
                    text.Append("%YAML 1.1\n---\n");
                    break;
                case 1:
                    text.Append("%YAML 1.2\n---\n");
                    break;
                case 2:
                    text.Append("%YAML 2.0\n---\n");
                    break;
                case 3:
                    text.Append("---\n");
                    break;
            }

            if (Chance(40))
            {
                text.Append(Pick(new[] { "server.port: 5601\n", "logging.root.level: info\n", "server.name: ! 123\n", "elasticsearch.hosts: [\"http://localhost:9200\"]\n" }));
            }

            // Anchors every alias below may name.
            var anchors = Chance(70);
            if (anchors)
            {
                text.Append("defaults: &defaults\n  actionTypeId: .server-log\n  name: Shared\n");
                text.Append("log-name: &n Log\nempty: &e {}\nid: &id aliased-id\nlist: &l [a]\n");
            }

            if (anchors && Chance(12))
            {
                // Around the yaml package's maxAliasCount: 99 aliases of a scalar pass, 100 fail; empty maps never do.
                var target = Pick(new[] { "*n", "*e", "*l" });
                text.Append("many: [").Append(string.Join(", ", Enumerable.Repeat(target, _random.Next(95, 106)))).Append("]\n");
            }

            if (Chance(15))
            {
                text.Append("xpack.actions.preconfigured: {}\n");
            }

            var count = _random.Next(1, 4);
            var spelling = _random.Next(4);
            var header = spelling switch
            {
                0 => "xpack.actions.preconfigured:\n",
                1 => "xpack:\n  actions:\n    preconfigured:\n",
                2 => "xpack.actions:\n  preconfigured:\n",
                _ => string.Empty,
            };
            var indent = spelling switch { 0 => "  ", 1 => "      ", 2 => "    ", _ => string.Empty };
            text.Append(header);
            for (var i = 0; i < count; i++)
            {
                text.Append(Connector(spelling, indent, anchors));
            }

            if (Chance(15))
            {
                // The same setting a second time, in another spelling.
                text.Append("xpack.actions.preconfigured.").Append(Pick(new[] { "my-log", "ops-log", "Log-2" })).Append(".name: Again\n");
            }

            if (Chance(8))
            {
                // Characters js-yaml refuses (not in a comment), or reads otherwise than YamlDotNet.
                text.Append(Pick(new[] { "server.name: a\u0000b\n", "# bell \u0007\n", "server.name: \"tab\u001f\"\n", "server.name: x\uFFFEy\n", "server.name: |\n  \u0080\n" }));
            }

            if (Chance(6))
            {
                // An implicit key around the 1,024 characters the yaml package allows up to the ':'.
                var key = new string('k', _random.Next(1018, 1030));
                text.Append(Pick(new[] { key + ": 1\n", "server: {" + key + ": 1}\n", "server: [" + key + ": 1]\n", "'" + key + "': 1\n" }));
            }

            if (Chance(10))
            {
                text.Append(Pick(new[] { "server.__proto__.polluted: 1\n", "a.constructor.prototype.b: 1\n", "a:\n  constructor:\n    prototype: 1\n", "server.my__proto__key: 1\n", "'[x.__proto__]': 1\n" }));
            }

            if (Chance(8))
            {
                text.Append("xpack.actions.preconfigured: {}\n");
            }

            if (Chance(6))
            {
                text.Append(Pick(new[] { "---\nserver.port: 1\n", "---\n", "...\n" }));
            }

            var result = text.ToString();
            if (Chance(15))
            {
                result = result.Replace("\n", "\r\n");
            }

            if (Chance(10))
            {
                result = "\uFEFF" + result;
            }

            return result;
        }

        private string Connector(int spelling, string indent, bool anchors)
        {
            var id = Chance(3) ? new string('i', _random.Next(1018, 1030)) : Pick(s_ids);
            var type = Pick(new[] { ".server-log", ".server-log", ".index", ".http" });
            var fields = new List<(string Key, string Value)>();
            if (anchors && Chance(10))
            {
                fields.Add(("<<", "*defaults"));
            }
            else if (Chance(4))
            {
                // js-yaml 3 merges no __proto__ key; js-yaml 4 does (and Kibana refuses the path).
                fields.Add(("<<", "{__proto__: {name: Proto}, exposeConfig: true}"));
            }

            if (!Chance(3))
            {
                fields.Add(("actionTypeId", Chance(85) ? type : Pick(new[] { "'" + type + "'", "\"" + type + "\"" })));
            }
            else
            {
                // Without its own actionTypeId a connector may get .server-log from a merge: no config of another type then.
                type = ".server-log";
            }

            if (!Chance(3))
            {
                fields.Add(("name", anchors && Chance(10) ? "*n" : Pick(s_names)));
            }

            if (Chance(25))
            {
                fields.Add(("exposeConfig", Pick(s_flags)));
            }

            if (type == ".index")
            {
                fields.Add(("config", Pick(new[] { "{index: alerts}", "'{\"index\": \"alerts\"}'", "{index: !!str 7}", "{\"index\": alerts, refresh: True}" })));
            }
            else if (type == ".http")
            {
                fields.Add(("config", "{" + string.Join(", ", Enumerable.Range(0, _random.Next(1, 4)).Select(_ => Pick(s_configKeys)).Where(k => k.IndexOf('\n') < 0)) + "}"));
            }
            else if (anchors && Chance(10))
            {
                fields.Add(("config", "*e"));
            }

            if (Chance(5))
            {
                fields.Add(("secrets", "'{}'"));
            }

            switch (spelling)
            {
                case 3:
                    // Flat keys: a quoted or aliased id cannot sit inside a dotted key, so it is written bare.
                    var bare = id.Trim('\'', '"');
                    return string.Concat(fields.Where(f => f.Key != "<<").Select(f => $"xpack.actions.preconfigured.{bare}.{f.Key}: {f.Value}\n"));
                default:
                    var key = anchors && Chance(6) ? Pick(new[] { "*id ", "&k anchored-id" }) : id;
                    if (Chance(20) && fields.All(f => f.Value.IndexOf('#') < 0 && !f.Value.StartsWith("|", StringComparison.Ordinal)))
                    {
                        // A flow map; an anchor on a value followed by another entry is what YamlDotNet 18.1 refuses.
                        var flow = fields.Select(f => f.Key == "name" && Chance(30) ? $"name: &nm {f.Value.Replace("*n", "Log")}" : $"{f.Key}: {f.Value}");
                        return $"{indent}{key}: {{{string.Join(", ", flow)}}}\n";
                    }

                    var body = new StringBuilder().Append(indent).Append(key).Append(":\n");
                    foreach (var (field, value) in fields)
                    {
                        body.Append(indent).Append("  ").Append(field).Append(": ").Append(value).Append('\n');
                    }

                    if (type == ".http" && Chance(30))
                    {
                        // Block scalars, one of them empty with lines of spaces (YamlDotNet 18.1 refuses those too).
                        body.Append(indent).Append("  secrets:\n")
                            .Append(indent).Append("    note: ").Append(Pick(new[] { "|", "|-", "|+", ">" })).Append('\n')
                            .Append(Chance(50) ? indent + "      \n\n" : indent + "      text\n");
                    }

                    return body.ToString();
            }
        }
    }
}

using System.Collections.Generic;
using System.Linq;
using KibanaConnectors.Rules.Checks;
using KibanaConnectors.Rules.Model;
using Xunit;
using static KibanaConnectors.Generator.Tests.YamlPositions;

namespace KibanaConnectors.Generator.Tests
{
    /// <summary>
    /// Each rule of how Kibana reads a settings file (the yaml package of 8.19 and 9.3+, js-yaml 4 of 9.1-9.2, js-yaml 3
    /// of 8.18 and earlier and 9.0, then kbn-config's key splitting and merging), through the rules core's parse step,
    /// with exact positions. The differential test checks the same against the real readers on generated files.
    /// </summary>
    public class KibanaReadingTests
    {
        private static ConnectorFileModel Read(string yaml, string version = "9.4") =>
            ConnectorFileReader.Read("/p/kibana.yml", yaml, new ReadOptions(ApplyMergeKeys: false, EmbedSecrets: false) { KibanaVersion = KibanaVersion.Parse(version)!.Value });

        private static string[] Codes(ConnectorFileModel file) => file.Diagnostics
            .OrderBy(d => d.Span.Start).ThenBy(d => d.Id, System.StringComparer.Ordinal)
            .Select(d => $"{d.Id}@{d.Span.StartLine + 1}:{d.Span.StartColumn + 1}").ToArray();

        private static string[] Ids(ConnectorFileModel file) => file.Connectors.Select(c => c.Id).OrderBy(i => i, System.StringComparer.Ordinal).ToArray();

        private static string Message(ConnectorFileModel file, string id) => file.Diagnostics.Single(d => d.Id == id).Message;

        private static string Log(string id) => $"  {id}:\n    actionTypeId: .server-log\n    name: Log\n";

        // kbn-config reads ${NAME:default} from 8.15 (elastic/kibana#182139); before, such a text is a value as written:
        // here a URL that is no URL and a secret written out. ${NAME} is a reference in every release.
        [Fact]
        public void Environment_defaults_are_references_from_8_15()
        {
            const string Yaml = "xpack.actions.preconfigured:\n  hook:\n    actionTypeId: .webhook\n    name: Hook\n    config:\n      url: ${HOOK_URL:x}\n"
                + "    secrets:\n      user: ${HOOK_USER}\n      password: ${HOOK_PASSWORD:pw}\n";
            foreach (var version in new[] { "8.15", "8.19", "9.4" })
            {
                var file = Read(Yaml, version);
                Assert.Empty(Codes(file));
                Assert.Equal(ValueKind.Template, file.Connectors.Single().Config.Get("url")!.Kind);
            }

            foreach (var version in new[] { "8.14", "8.0" })
            {
                var file = Read(Yaml, version);
                Assert.Equal(new[] { At("KC0109", Yaml, "${HOOK_URL:x}"), At("KC0401", Yaml, "${HOOK_PASSWORD:pw}") }, Codes(file));
                Assert.Contains("'${HOOK_URL:x}' is not an absolute URL", Message(file, "KC0109"));
                Assert.Equal(ValueKind.Template, file.Connectors.Single().Secrets.Get("user")!.Kind);
            }
        }

        [Theory]
        [InlineData("true", "True")]
        [InlineData("1", "0x1")]
        [InlineData("1", "1.0")]
        [InlineData("null", "~")]
        public void The_yaml_package_compares_keys_by_value(string first, string second)
        {
            var yaml = "xpack.actions.preconfigured:\n" + Log(first) + Log(second);
            var file = Read(yaml);
            Assert.Equal(new[] { At("KC0001", yaml, second + ":") }, Codes(file));
            Assert.Contains($"the key '{second}' is the key '{first}' of line 2 again", Message(file, "KC0001"));
            Assert.Contains("Kibana's YAML reader refuses a map with a duplicate key", Message(file, "KC0001"));
        }

        [Fact]
        public void A_plain_1_and_a_quoted_1_are_two_keys_of_one_setting_and_kibana_keeps_the_last()
        {
            var yaml = "xpack.actions.preconfigured:\n  b-first:\n    actionTypeId: .server-log\n    name: First\n    tags:\n      1: a\n      '1': b\n";
            var file = Read(yaml);
            Assert.Equal(new[] { "KC0106@5:5", "KC0018@7:7" }, Codes(file));
            Assert.Contains("are different YAML keys but name the same setting '1'; Kibana keeps the value it reads last, this one", Message(file, "KC0018"));
            Assert.DoesNotContain("twice in one map", Message(file, "KC0018"));
        }

        [Fact]
        public void Keys_become_javascript_property_names()
        {
            var yaml = "xpack.actions.preconfigured:\n  True:\n    actionTypeId: .http\n    name: G\n    config:\n      -1: a\n      1.50: b\n      .inf: c\n      null: d\n      FALSE: e\n";
            var file = Read(yaml);
            Assert.Empty(Codes(file));
            var connector = Assert.Single(file.Connectors);
            Assert.Equal("true", connector.Id);
            // 1.50 is the key "1.5", which Kibana splits at its dot like any other key.
            Assert.Equal(new[] { "-1", "1", "Infinity", "", "false" }, connector.Config.Entries.Select(e => e.Key).ToArray());

            // 007 and 1e3 are the keys 7 and 1000, which look like list indexes: Kibana makes config a list, and refuses it.
            var indexes = Read(yaml.Replace("-1: a", "007: a").Replace("1.50: b", "1e3: b"));
            Assert.Equal(new[] { "KC0107@6:7" }, Codes(indexes));
            Assert.Contains("config must be a map of fields, but is a list", Message(indexes, "KC0107"));
        }

        [Fact]
        public void A_null_key_is_the_empty_id_in_the_yaml_package_and_null_in_js_yaml()
        {
            var yaml = "xpack.actions.preconfigured:\n" + Log("null");
            Assert.Equal(new[] { "KC0006@2:3" }, Codes(Read(yaml)));
            Assert.Equal(new[] { "null" }, Ids(Read(yaml, "9.2")));
        }

        [Fact]
        public void An_index_like_id_makes_the_section_a_list_which_kibana_refuses()
        {
            var yaml = "xpack.actions.preconfigured:\n" + Log("my-log") + Log("'123'");
            var file = Read(yaml);
            Assert.Equal(new[] { "KC0005@1:15" }, Codes(file));
            Assert.Contains("the connector id '123' looks like a list index", Message(file, "KC0005"));

            // Once the section exists as a map, a later index-like id is just a key.
            var later = "xpack.actions.preconfigured.my-log.actionTypeId: .server-log\nxpack.actions.preconfigured.my-log.name: Log\nxpack.actions.preconfigured.123.actionTypeId: .server-log\nxpack.actions.preconfigured.123.name: N\n";
            Assert.Equal(new[] { "123", "my-log" }, Ids(Read(later)));
        }

        [Fact]
        public void A_later_empty_map_replaces_what_was_set_under_it()
        {
            var yaml = "xpack.actions.preconfigured:\n" + Log("my-log") + "xpack.actions.preconfigured: {}\n";
            var file = Read(yaml.Replace("xpack.actions.preconfigured: {}", "xpack.actions:\n  preconfigured: {}"));
            Assert.Equal(new[] { "KC0019@6:3", "KC0002@6:18" }, Codes(file));
            Assert.Contains("is an empty map here, and Kibana replaces everything set under it before (from line 1)", Message(file, "KC0019"));
            Assert.Contains("Kibana starts without the connector 'my-log' written before it", Message(file, "KC0019"));
            Assert.Empty(file.Connectors);

            // An empty map that drops no connector (a connector's config) is a warning.
            var config = Read("xpack.actions.preconfigured:\n  idx:\n    actionTypeId: .index\n    name: I\n    config:\n      index: a\n    config: {}\n".Replace("    config: {}", "xpack.actions.preconfigured.idx.config: {}"));
            Assert.Contains("KC0018@7:33", Codes(config));
        }

        [Fact]
        public void The_last_value_wins_and_the_conflict_names_the_one_kibana_keeps()
        {
            var yaml = "xpack.actions.preconfigured:\n  my-log:\n    actionTypeId: .server-log\n    name: First\nxpack.actions.preconfigured.my-log.name: Second\n";
            var file = Read(yaml);
            Assert.Equal(new[] { At("KC0018", yaml, "name: Second") }, Codes(file));
            Assert.Contains("Kibana keeps the one it reads last, this one", Message(file, "KC0018"));
            Assert.Equal("Second", Assert.Single(file.Connectors).Name);
        }

        [Theory]
        [InlineData("xpack.actions.preconfigured.__proto__.name: x\n", "__proto__")]
        [InlineData("server.my__proto__key: 1\n", "my__proto__key")]
        [InlineData("a.constructor.prototype.b: 1\n", "prototype")]
        [InlineData("a:\n  constructor:\n    prototype: 1\n", "prototype")]
        public void A_forbidden_path_anywhere_refuses_the_whole_file(string setting, string at)
        {
            var yaml = "xpack.actions.preconfigured:\n" + Log("my-log") + setting;
            var file = Read(yaml);
            Assert.Equal(new[] { At("KC0011", yaml, at) }, Codes(file));
            Assert.Contains("Kibana forbids in any setting path", Message(file, "KC0011"));
            Assert.Empty(file.Connectors);
        }

        [Fact]
        public void Brackets_keep_a_key_whole_only_when_they_hold_all_of_it()
        {
            var whole = "xpack.actions.preconfigured:\n  '[my.log]':\n    actionTypeId: .server-log\n    name: Log\n";
            Assert.Equal(new[] { "my.log" }, Ids(Read(whole)));

            // Inside a dotted key the brackets are ordinary characters: the id is '[my' with a key 'log]'.
            var dotted = "xpack.actions.preconfigured.[my.log]:\n  actionTypeId: .server-log\n  name: Log\n";
            var file = Read(dotted);
            Assert.Equal(new[] { "KC0101@1:29", "KC0103@1:29", "KC0106@1:33" }, Codes(file));
            Assert.Equal(new[] { "[my" }, Ids(file));
        }

        [Fact]
        public void A_yaml_1_1_directive_switches_the_yaml_package_to_yaml_1_1()
        {
            const string yaml = "%YAML 1.1\n---\nbase: &b {name: Log}\nxpack.actions.preconfigured:\n  my-log:\n    <<: *b\n    actionTypeId: .server-log\n    exposeConfig: yes\n";
            var file = Read(yaml);
            Assert.Empty(Codes(file));
            var connector = Assert.Single(file.Connectors);
            Assert.Equal("Log", connector.Name);
            Assert.True(connector.ExposeConfig);

            // Without the directive, 'yes' is text and '<<' an ordinary key.
            Assert.Equal(new[] { "KC0103@3:3", "KC0106@4:5", "KC0107@6:19" }, Codes(Read(yaml.Substring(14))));
        }

        [Theory]
        [InlineData("!!str 123", "9.4", "123", null)]
        [InlineData("! 123", "9.4", "123", null)]
        [InlineData("!!int abc", "9.4", "abc", null)]
        [InlineData("!!int abc", "9.2", null, "KC0001")]
        [InlineData("!!timestamp 2024-01-02", "9.4", null, "KC0107")]
        [InlineData("!!binary aGVsbG8=", "9.4", null, "KC0107")]
        [InlineData("!custom Log", "9.4", "Log", null)]
        [InlineData("!custom Log", "8.18", null, "KC0001")]
        public void Explicit_tags_resolve_as_each_reader_resolves_them(string value, string version, string? name, string? code)
        {
            var yaml = $"xpack.actions.preconfigured:\n  my-log:\n    actionTypeId: .server-log\n    name: {value}\n";
            var file = Read(yaml, version);
            Assert.Equal(code == null ? new string[0] : new[] { $"{code}@4:11" }, Codes(file));
            if (name != null)
            {
                Assert.Equal(name, Assert.Single(file.Connectors).Name);
            }
        }

        [Fact]
        public void An_alias_or_an_anchored_value_may_be_a_key()
        {
            const string yaml = "id: &id my-log\nxpack.actions.preconfigured:\n  *id :\n    actionTypeId: .server-log\n    name: Log\n  &other other-log:\n    actionTypeId: .server-log\n    name: Other\n";
            var file = Read(yaml);
            Assert.Empty(Codes(file));
            Assert.Equal(new[] { "my-log", "other-log" }, Ids(file));
        }

        [Fact]
        public void Object_fields_take_json_text_and_booleans_take_text_in_any_case()
        {
            const string yaml = "xpack.actions.preconfigured:\n  idx: '{\"actionTypeId\": \".index\", \"name\": \"Index\", \"config\": {\"index\": \"alerts\"}, \"exposeConfig\": \"TRUE\"}'\n  idx2:\n    actionTypeId: .index\n    name: Index 2\n    config: '{\"index\": 7}'\n";
            var file = Read(yaml);

            // The JSON value keeps its place inside the text: 7 is not text.
            Assert.Equal(new[] { At("KC0107", yaml, "7}") }, Codes(file));
            var idx = file.Connectors.Single(c => c.Id == "idx");
            Assert.True(idx.ExposeConfig);
            Assert.Equal("alerts", idx.Config.Get("index")!.Text);

            var broken = Read("xpack.actions.preconfigured:\n  idx:\n    actionTypeId: .index\n    name: I\n    config: '{\"index\": }'\n");
            Assert.Contains("not valid JSON", Message(broken, "KC0107"));
        }

        [Fact]
        public void Valid_yaml_that_yamldotnet_refuses_is_read()
        {
            // YamlDotNet 18.1: an anchor on a flow map's value followed by another entry, and an empty block scalar
            // whose lines hold spaces; the positions after them stay exact.
            const string yaml = "xpack.actions.preconfigured:\n  my-log: {name: &n Log, actionTypeId: .server-log}\n  other: {name: *n, actionTypeId: .server-log, exposeConfig: false}\n  note:\n    name: Note\n    actionTypeId: .http\n    config:\n      text: |+\n        \n\n      empty: >\n       \n    exposeConfig: maybe\n";
            var file = Read(yaml);
            Assert.Equal(new[] { At("KC0107", yaml, "maybe") }, Codes(file));
            Assert.Equal(new[] { "Log", "Note", "Log" }, file.Connectors.OrderBy(c => c.Id, System.StringComparer.Ordinal).Select(c => c.Name).ToArray());
            var note = file.Connectors.Single(c => c.Id == "note").Config;
            Assert.Equal("\n\n", note.Get("text")!.Text);
            Assert.Equal(string.Empty, note.Get("empty")!.Text);
        }

        [Theory]
        [InlineData("9.4")]
        [InlineData("9.2")]
        [InlineData("8.18")]
        public void Two_documents_are_refused_by_every_reader_even_when_the_second_is_empty(string version)
        {
            Assert.Equal(new[] { "KC0001@5:1" }, Codes(Read("xpack.actions.preconfigured:\n" + Log("a") + "---\n", version)));
        }

        [Fact]
        public void Js_yaml_compares_keys_as_text_applies_merge_keys_and_reads_numbers_by_its_version()
        {
            var yaml = "xpack.actions.preconfigured:\n" + Log("1") + Log("'1'");
            Assert.Equal(new[] { "KC0001@5:3" }, Codes(Read(yaml, "9.2")));
            Assert.Contains("the key '1' appears twice in one map (first at line 2)", Message(Read(yaml, "9.2"), "KC0001"));

            // js-yaml 3 (safeLoad, 8.18 and 9.0) reads 017 as octal, js-yaml 4 (load, 9.1 and 9.2) as decimal.
            var numbers = "xpack.actions.preconfigured:\n  g:\n    actionTypeId: .http\n    name: G\n    config:\n      -017: a\n      -1_000: b\n      -0b11: c\n";
            Assert.Equal(new[] { "-15", "-1000", "-3" }, Assert.Single(Read(numbers, "8.18").Connectors).Config.Entries.Select(e => e.Key));
            Assert.Equal(new[] { "-17", "-1000", "-3" }, Assert.Single(Read(numbers, "9.2").Connectors).Config.Entries.Select(e => e.Key));
            Assert.Equal(new[] { "-17", "-1_000", "-0b11" }, Assert.Single(Read(numbers, "9.4").Connectors).Config.Entries.Select(e => e.Key));

            // The yaml package reads %YAML 2.0 with a warning; js-yaml refuses it.
            var future = "%YAML 2.0\n---\nxpack.actions.preconfigured:\n" + Log("a");
            Assert.Equal(new[] { "a" }, Ids(Read(future)));
            Assert.Equal(new[] { "KC0001@1:1" }, Codes(Read(future, "9.0")));
        }

        [Fact]
        public void Js_yaml_refuses_control_characters_in_text_at_the_character_and_the_yaml_package_reads_them()
        {
            // Outside quotes js-yaml refuses C0 controls, U+007F to U+0084 and U+0086 to U+009F; in quotes only C0
            // controls; in a comment nothing. The yaml package reads them all as text.
            var plain = "# a comment may hold \u0007\nxpack.actions.preconfigured:\n" + Log("my-log") + "server.name: bell\u0080 x\n";
            foreach (var version in new[] { "9.2", "8.18" })
            {
                var file = Read(plain, version);
                Assert.Equal(new[] { At("KC0001", plain, "\u0080") }, Codes(file));
                Assert.Contains("the text holds the non-printable character U+0080", Message(file, "KC0001"));
                Assert.Contains("\"the stream contains non-printable characters\"", Message(file, "KC0001"));
            }

            Assert.Empty(Codes(Read(plain)));

            var quoted = "xpack.actions.preconfigured:\n  my-log:\n    actionTypeId: .server-log\n    name: \"Log\u0080\u009f\"\nserver.name: 'a\u001fb'\n";
            Assert.Equal(new[] { At("KC0001", quoted, "\u001f") }, Codes(Read(quoted, "9.2")));
            Assert.Contains("(\"expected valid JSON character\")", Message(Read(quoted, "9.2"), "KC0001"));
            Assert.Equal("Log\u0080\u009f", Assert.Single(Read(quoted.Replace("\u001f", string.Empty), "8.18").Connectors).Name);

            // A NUL anywhere, a comment too, makes js-yaml refuse the file; the yaml package keeps it as text.
            var nul = "xpack.actions.preconfigured:\n  my-log:\n    actionTypeId: .server-log\n    name: a\u0000b # \u0000\n";
            Assert.Equal(new[] { At("KC0001", nul, "\u0000") }, Codes(Read(nul, "9.0")));
            Assert.Contains("(\"null byte is not allowed in input\")", Message(Read(nul, "9.0"), "KC0001"));
            Assert.Equal("a\u0000b", Assert.Single(Read(nul).Connectors).Name);
        }

        [Theory]
        [InlineData("9.4")]
        [InlineData("9.2")]
        [InlineData("8.18")]
        public void U_0085_u_2028_and_u_2029_are_text_in_every_reader(string version)
        {
            var yaml = "xpack.actions.preconfigured:\n  my-log:\n    actionTypeId: .server-log\n    name: \"a\u0085b\"\n  other:\n    actionTypeId: .server-log\n    name: c\u2028d\u2029e\n    bad: 1\n";
            var file = Read(yaml, version);
            Assert.Equal(new[] { "a\u0085b", "c\u2028d\u2029e" }, file.Connectors.OrderBy(c => c.Id, System.StringComparer.Ordinal).Select(c => c.Name).ToArray());

            // Places after them are the file's: the offset, and lines counted as YamlDotNet and Roslyn count them, these
            // three included (line 8 of the \n lines is line 11).
            var unknown = Assert.Single(file.Diagnostics);
            Assert.Equal(("KC0106", yaml.IndexOf("bad", System.StringComparison.Ordinal), 10, 4), (unknown.Id, unknown.Span.Start, unknown.Span.StartLine, unknown.Span.StartColumn));
        }

        [Fact]
        public void A_binary_key_is_named_by_its_bytes_as_each_reader_names_them()
        {
            var yaml = "xpack.actions.preconfigured:\n" + Log("my-log") + Log("!!binary aGk=");
            Assert.Equal(new[] { "hi", "my-log" }, Ids(Read(yaml)));
            Assert.Equal(new[] { "104,105", "my-log" }, Ids(Read(yaml, "9.2")));
            Assert.Equal(new[] { "hi", "my-log" }, Ids(Read(yaml, "8.18")));

            // Node's base64 skips what is not base64 (the yaml package); js-yaml refuses the file.
            var loose = yaml.Replace("aGk=", "a*b");
            Assert.Equal(new[] { "i", "my-log" }, Ids(Read(loose)));
            Assert.Equal(new[] { At("KC0001", loose, "!!binary a*b") }, Codes(Read(loose, "9.2")));
            Assert.Contains("the !!binary value is not base64", Message(Read(loose, "8.18"), "KC0001"));
        }

        [Fact]
        public void An_implicit_key_past_1024_characters_is_read_by_js_yaml_and_refused_by_the_yaml_package()
        {
            var id = new string('a', 1025);
            var yaml = "xpack.actions.preconfigured:\n" + Log(id) + Log("other");
            foreach (var version in new[] { "9.2", "8.18" })
            {
                var file = Read(yaml, version);
                Assert.Empty(Codes(file));
                Assert.Equal(new[] { id, "other" }, Ids(file));
                Assert.Equal(2, file.Connectors.Single(c => c.Id == id).IdSpan.StartColumn);
            }

            var refused = Read(yaml);
            Assert.Equal(new[] { "KC0001@2:3" }, Codes(refused));
            Assert.Contains("the key is 1025 characters long up to its ':'", Message(refused, "KC0001"));

            // 1,024 is the most; a key of a flow map has no limit.
            Assert.Empty(Codes(Read("xpack.actions.preconfigured:\n" + Log(new string('a', 1024)))));
            Assert.Empty(Codes(Read("xpack.actions.preconfigured: {" + id + ": {actionTypeId: .server-log, name: Log}}\n")));
        }

        [Fact]
        public void A_merge_that_brings_proto_is_dropped_by_js_yaml_3_and_kept_by_js_yaml_4()
        {
            var yaml = "xpack.actions.preconfigured:\n  my-log:\n    <<: {__proto__: {name: Proto}, actionTypeId: .server-log}\n    name: Log\n";
            var older = Read(yaml, "8.18");
            Assert.Empty(Codes(older));
            Assert.Equal("Log", Assert.Single(older.Connectors).Name);
            Assert.Equal(new[] { "KC0011@3:10" }, Codes(Read(yaml, "9.2")));
        }

        [Fact]
        public void Every_file_is_read_as_utf8_whatever_its_byte_order_mark()
        {
            var yaml = "xpack.actions.preconfigured:\n" + Log("my-log");
            var utf8 = System.Text.Encoding.UTF8.GetPreamble().Concat(System.Text.Encoding.UTF8.GetBytes(yaml)).ToArray();
            Assert.Equal(new[] { "my-log" }, Ids(Read(Rules.Reading.SettingsFiles.AsKibanaReads(utf8))));

            // readFileSync(path, 'utf8') turns a UTF-16 file into replacement characters and NULs: the yaml package reads
            // one long text, so Kibana finds no settings at all; here that text is refused.
            var utf16 = System.Text.Encoding.Unicode.GetPreamble().Concat(System.Text.Encoding.Unicode.GetBytes(yaml)).ToArray();
            var text = Rules.Reading.SettingsFiles.AsKibanaReads(utf16);
            Assert.StartsWith("\uFFFD\uFFFDx\0p\0", text);
            Assert.Equal(text, Rules.Reading.SettingsFiles.AsKibanaReads(yaml, System.Text.Encoding.Unicode));
            var file = Read(text);
            Assert.Empty(file.Connectors);
            Assert.Contains(file.Diagnostics, d => d.Severity == Rules.Diagnostics.Severity.Error);
        }
    }
}

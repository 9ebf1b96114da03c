using System;
using System.Collections.Generic;
using System.Linq;
using KibanaConnectors.Rules.Common;
using KibanaConnectors.Rules.Diagnostics;
using KibanaConnectors.Rules.Model;
using KibanaConnectors.Rules.Set;
using Xunit;

namespace KibanaConnectors.Generator.Tests
{
    /// <summary>
    /// A settings file written as a Helm chart's <c>kibanaConfig: kibana.yml: |</c> block gets every diagnostic it gets
    /// as a kibana.yml, each at the same place moved by the block's first line and indentation: line, column and offset,
    /// whatever the block header, line ends or tabs.
    /// </summary>
    public class EmbeddedPositionTests
    {
        // Settings files whose diagnostics land on every kind of place: values, keys, parts of dotted keys, JSON text,
        // duplicates (two places), flow maps, quoted values, a tab after a colon, non-ASCII text, a syntax error.
        private static readonly string[] s_settings =
        {
            "xpack.actions.preconfigured:\n  pd:\n    actionTypeId: .pagerduty\n    name: 'Pager Duty – Ärger'\n    secrets:\n      routingKey: short\n  hook:\n    actionTypeId: .webhok\n    name: Hook\n",
            "xpack.actions.allowedHosts: [hooks.slack.com]\nxpack.actions.preconfigured.mail.actionTypeId: .email\nxpack.actions.preconfigured.mail.name: Mail\nxpack.actions.preconfigured.mail.config: '{\"from\": \"nobody\", \"service\": \"gmial\"}'\n",
            "xpack.actions.preconfigured:\n  a: {actionTypeId: .server-log, name: A, colour: red}\n  b:\n    actionTypeId: .webhook\n    name: \"B\"\n    config:\n      url:\thttps://example.com/x\n      method: fetch\nxpack.actions.preconfigured.a.name: Again\n",
            "server.name: x\nxpack.actions.preconfigured:\n  log:\n    actionTypeId: .server-log\n    name: Log\n  other-section:\n    actionTypeId: .slack\nmisplaced:\n  actionTypeId: .slack\n  name: Out\n",
            "xpack.actions.preconfigured:\n  a:\n    actionTypeId: .slack\n    name: [unclosed\n",
            "xpack.actions.preconfigured:\n  a:\n    actionTypeId: .slack\n\tname: tabbed\n",
        };

        public static TheoryData<int, string, string> Layouts()
        {
            var data = new TheoryData<int, string, string>();
            for (var i = 0; i < s_settings.Length; i++)
            {
                foreach (var header in new[] { "|", "|-", "|+", "|2", "|4" })
                {
                    foreach (var newline in new[] { "\n", "\r\n" })
                    {
                        data.Add(i, header, newline == "\n" ? "LF" : "CRLF");
                    }
                }
            }

            return data;
        }

        [Theory]
        [MemberData(nameof(Layouts))]
        public void Every_diagnostic_of_the_block_is_the_kibana_yml_one_moved_by_the_block(int index, string header, string lineEnds)
        {
            var newline = lineEnds == "LF" ? "\n" : "\r\n";
            var settings = s_settings[index];

            // '|4' on a key indented 2 makes the block's indentation 6: lines written 8 deep hold a text indented 2.
            var indentation = header == "|4" ? 6 : 4;
            var lines = settings.TrimEnd('\n').Split('\n').Select(l => (header == "|4" ? "  " : string.Empty) + l).ToList();
            var outer = "replicas: 1" + newline + "kibanaConfig:" + newline + "  kibana.yml: " + header + newline
                + string.Concat(lines.Select(l => new string(' ', indentation) + l + newline))
                + (header == "|+" ? newline : string.Empty)
                + "extraEnvs: []" + newline;
            const int FirstLine = 3;

            // The text of the block: its lines, then one break (|), none (|-), or every trailing break (|+).
            var inner = string.Join("\n", lines) + (header == "|-" ? string.Empty : header == "|+" ? "\n\n" : "\n");
            var plain = Diagnostics("/p/kibana.yml", inner);
            var helm = Diagnostics("/p/values.yaml", outer);
            Assert.NotEmpty(plain);
            Assert.Equal(plain.Select(d => d.Id), helm.Select(d => d.Id));
            for (var i = 0; i < plain.Count; i++)
            {
                var (p, h) = (plain[i], helm[i]);
                if (p.Span == SourceSpan.None)
                {
                    Assert.Equal(SourceSpan.None, h.Span);
                    continue;
                }

                // The end of the text (an unclosed bracket) is the end of the block's last line, not the outer line after it.
                if (p.Span.EndLine >= lines.Count)
                {
                    Assert.InRange(h.Span.StartLine, FirstLine, FirstLine + lines.Count);
                    continue;
                }

                Assert.Equal((p.Span.StartLine + FirstLine, p.Span.StartColumn + indentation, p.Span.EndLine + FirstLine, p.Span.EndColumn + indentation),
                    (h.Span.StartLine, h.Span.StartColumn, h.Span.EndLine, h.Span.EndColumn));

                // The offsets cover the same text in the outer file (the editor server maps from offsets).
                if (p.Span.StartLine == p.Span.EndLine)
                {
                    Assert.Equal(inner.Substring(p.Span.Start, p.Span.End - p.Span.Start), outer.Substring(h.Span.Start, h.Span.End - h.Span.Start));
                }

                Assert.Equal(h.Span.StartColumn, h.Span.Start - LineStart(outer, h.Span.StartLine));
            }
        }

        [Fact]
        public void The_block_is_read_for_the_selected_kibana_release()
        {
            // Merge keys: a plain key to the yaml package (9.3 and later), applied by js-yaml (8.18).
            var outer = "kibanaConfig:\n  kibana.yml: |\n    xpack.actions.preconfigured:\n      log:\n        <<: {actionTypeId: .server-log}\n        name: Log\n";
            var newest = ConnectorSetBuilder.Read(new[] { ("/p/values.yaml", outer) }, ProjectOptions.Default, default);
            var old = ConnectorSetBuilder.Read(new[] { ("/p/values.yaml", outer) }, ProjectOptions.Default with { KibanaVersion = KibanaVersion.Parse("8.18")!.Value }, default);
            Assert.Equal(new[] { "KC0101@4:7", "KC0106@5:9" }, newest.Diagnostics.Select(At).OrderBy(a => a, StringComparer.Ordinal));
            Assert.Empty(old.Diagnostics);
            Assert.Equal(".server-log", Assert.Single(old.Connectors).Connector.ActionTypeId);
        }

        [Fact]
        public void A_settings_text_on_one_line_maps_column_by_column()
        {
            var outer = "kibanaConfig:\n  kibana.yml: 'xpack.actions.preconfigured: {log: {actionTypeId: .server-log, name: Log}, x: {actionTypeId: .nope, name: X}}'\n";
            var diagnostic = Assert.Single(Diagnostics("/p/values.yaml", outer));
            Assert.Equal("KC0102@2:" + (outer.Split('\n')[1].IndexOf(".nope", StringComparison.Ordinal) + 1), At(diagnostic));
            Assert.Equal(".nope", outer.Substring(diagnostic.Span.Start, diagnostic.Span.End - diagnostic.Span.Start));
        }

        [Fact]
        public void Folded_and_escaped_texts_are_refused_where_they_start()
        {
            var folded = "kibanaConfig:\n  kibana.yml: >\n    xpack.actions.preconfigured: {}\n";
            var escaped = "kibanaConfig:\n  kibana.yml: \"xpack.actions.preconfigured:\\n  a: {actionTypeId: .slack, name: A}\"\n";
            var f = Assert.Single(Diagnostics("/p/values.yaml", folded));
            var e = Assert.Single(Diagnostics("/p/values.yaml", escaped));
            Assert.Equal("KC0014@2:15", At(f));
            Assert.Contains("folded block ('>')", f.Message);
            Assert.Equal("KC0014@2:15", At(e));
            Assert.Contains("write it as a literal block ('|')", e.Message);
        }

        private static List<DiagnosticInfo> Diagnostics(string path, string text) =>
            ConnectorSetBuilder.Read(new[] { (path, text) }, ProjectOptions.Default, default).Diagnostics
                .OrderBy(d => d.Span.Start).ThenBy(d => d.Id, StringComparer.Ordinal).ToList();

        private static string At(DiagnosticInfo d) => $"{d.Id}@{d.Span.StartLine + 1}:{d.Span.StartColumn + 1}";

        private static int LineStart(string text, int line)
        {
            var start = 0;
            for (var i = 0; i < line; i++)
            {
                start = text.IndexOf('\n', start) + 1;
            }

            return start;
        }
    }
}

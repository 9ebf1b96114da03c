using System.Linq;
using Xunit;

namespace KibanaConnectors.Generator.Tests
{
    /// <summary>No input makes the generator throw; every diagnostic it reports has a place in the file.</summary>
    public class HostileInputTests
    {
        private static void AssertHandled(string yaml)
        {
            // The harness throws when the generator does.
            var result = GeneratorHarness.Run(yaml);
            foreach (var diagnostic in result.Diagnostics)
            {
                var span = diagnostic.Location.SourceSpan;
                Assert.True(span.Start >= 0 && span.End <= yaml.Length, $"{diagnostic} lies outside the file");
                Assert.DoesNotContain("could not read it", diagnostic.GetMessage());
            }

            Assert.DoesNotContain(result.CompilationErrors, d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
        }

        [Fact]
        public void Every_truncation_of_a_real_file_is_handled()
        {
            var yaml = GeneratorHarness.ReadTestData("reference-examples.yml");
            for (var length = 0; length < yaml.Length; length += 61)
            {
                AssertHandled(yaml.Substring(0, length));
            }
        }

        [Theory]
        [InlineData("\0\0\0")]
        [InlineData("\t- a\n\tb: c")]
        [InlineData("xpack.actions.preconfigured: {a: {actionTypeId: .slack, name: [}")]
        [InlineData("? [a, b]\n: c\n")]
        [InlineData("xpack.actions.preconfigured:\n  a: &x\n    actionTypeId: .server-log\n    name: *x\n")]
        [InlineData("xpack.actions.preconfigured:\n  *undefined: 1\n")]
        [InlineData("!!binary aGVsbG8=")]
        [InlineData("xpack.actions.preconfigured.a.config.url.b: 1\nxpack.actions.preconfigured.a.config.url: 2\n")]
        [InlineData("xpack.actions.preconfigured:\n  a:\n    actionTypeId: .webhook\n    name: n\n    config:\n      url: 'http://[::1'\n")]
        [InlineData("xpack.actions.preconfigured:\n  a:\n    actionTypeId: .email\n    name: n\n    config:\n      from: x@y\n      port: 0x7FFFFFFFFFFFFFFFFFFF\n")]
        [InlineData("xpack.actions.preconfigured:\n  '':\n    actionTypeId: .server-log\n")]
        [InlineData("xpack.actions.preconfigured:\n  a:\n    actionTypeId: .http\n    name: n\n    config: {x: [1, 2.5, .inf, ~, true, {y: 0o17}]}\n    secrets: {nested: {deep: v}, list: [a]}\n")]
        public void Odd_inputs_are_handled(string yaml)
        {
            AssertHandled(yaml);
        }

        private const string Valid = "xpack.actions.preconfigured:\n  good:\n    actionTypeId: .server-log\n    name: Good\n";

        [Fact]
        public void A_file_over_the_size_limit_is_reported_and_other_files_still_generate()
        {
            var huge = "xpack.actions.preconfigured:\n" + string.Concat(Enumerable.Range(0, 160_000).Select(i => $"  c{i}:\n    actionTypeId: .server-log\n    name: 'Connector number {i}'\n"));
            Assert.True(huge.Length > 10_000_000);
            var result = GeneratorHarness.Run(new[] { ("/p/huge.connectors.yml", huge), ("/p/kibana.yml", Valid) });
            var diagnostic = Assert.Single(result.Diagnostics);
            Assert.Equal("KC0008", diagnostic.Id);
            Assert.Contains("characters", diagnostic.GetMessage());
            Assert.Contains("ServerLogConnector Good", result.Source);
            Assert.Empty(result.CompilationErrors);
        }

        [Theory]
        [InlineData(true)]
        [InlineData(false)]
        public void Ten_thousand_levels_of_nesting_are_reported_not_followed(bool flow)
        {
            var yaml = flow
                ? "a: " + new string('[', 10_000) + new string(']', 10_000) + "\n"
                : string.Concat(Enumerable.Range(0, 10_000).Select(i => new string(' ', i) + "k:\n"));
            var result = GeneratorHarness.Run(new[] { ("/p/deep.connectors.yml", yaml), ("/p/kibana.yml", Valid) });
            Assert.Equal("KC0008", Assert.Single(result.Diagnostics).Id);
            Assert.Contains("ServerLogConnector Good", result.Source);
        }

        [Fact]
        public void Very_long_keys_and_lines_are_handled()
        {
            var longName = new string('n', 1_000_000);
            var yaml = $"xpack.actions.preconfigured:\n  {new string('k', 1_000)}:\n    actionTypeId: .server-log\n    name: {longName}\n    {new string('x', 1_000)}: 1\n";
            var result = GeneratorHarness.Run(yaml);
            Assert.Equal(new[] { "KC0106@5:5" }, result.Codes);
        }

        [Fact]
        public void An_implicit_key_over_1024_characters_is_a_yaml_error_as_in_kibana()
        {
            var yaml = $"xpack.actions.preconfigured:\n  {new string('k', 2_000)}:\n    actionTypeId: .server-log\n";
            Assert.Equal("KC0001", Assert.Single(GeneratorHarness.Run(yaml).Diagnostics).Id);
        }

        [Fact]
        public void Invalid_utf8_decodes_to_replacement_characters_and_is_handled()
        {
            var bytes = System.Text.Encoding.UTF8.GetBytes(Valid + "  bad:\n    actionTypeId: .server-log\n    name: x").Concat(new byte[] { 0xC3, 0x28, 0xFF, 0xFE, 0x0A }).ToArray();
            var text = new System.Text.UTF8Encoding(false, false).GetString(bytes);
            Assert.Contains('\uFFFD', text);
            var result = GeneratorHarness.Run(text);
            Assert.Empty(result.Diagnostics);
            Assert.Contains("\"x\\uFFFD(", result.Source!.Replace("\uFFFD", "\\uFFFD"));
        }

        [Fact]
        public void A_cancelled_parse_stops()
        {
            var large = "xpack.actions.preconfigured:\n" + string.Concat(Enumerable.Range(0, 20_000).Select(i => $"  c{i}:\n    actionTypeId: .server-log\n    name: N{i}\n"));
            using var cancelled = new System.Threading.CancellationTokenSource();
            cancelled.Cancel();
            Assert.ThrowsAny<System.OperationCanceledException>(() => Rules.Checks.ConnectorFileReader.Read("/p/kibana.yml", large, false, cancelled.Token));
        }

        [Fact]
        public void Positions_stay_right_after_tabs_block_scalars_flow_maps_and_merges()
        {
            const string yaml = "base: &b\n  url: https://example.com/hook\n  hasAuth: false\n" +
                "xpack.actions.preconfigured:\n" +
                "  a:\n    actionTypeId: .server-log\n    name: \"tab\there\"\n    exposeConfig: 'x'\n" +
                "  b:\n    actionTypeId: .index\n    name: |\n      line one\n      line two\n    config: {index: i, refresh: 'no'}\n" +
                "  c:\n    actionTypeId: .webhook\n    name: >\n      folded\n      text\n    config:\n      <<: *b\n      method: PUT\n";
            var result = GeneratorHarness.Run(yaml, GeneratorHarness.DefaultOptions(("KibanaConnectorsYamlMergeKeys", "true")));
            Assert.Equal(new[] { "KC0107@8:19", "KC0107@14:33", "KC0108@22:15" }, result.Codes);
            Assert.Equal(new[] { "'x'", "'no'", "PUT" }, result.Diagnostics.OrderBy(d => d.Location.SourceSpan.Start).Select(d => YamlPositions.Covered(d, yaml)));
        }

        [Fact]
        public void A_byte_order_mark_does_not_move_positions()
        {
            const string yaml = "\uFEFFxpack.actions.preconfigured:\n  a:\n    actionTypeId: .nope\n    name: n\n";
            var result = GeneratorHarness.Run(yaml);
            Assert.Equal(new[] { "KC0102@3:19" }, result.Codes);
        }
    }
}

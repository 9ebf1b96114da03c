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
        [InlineData("xpack.actions.preconfigured:\n  a:\n    actionTypeId: .gemini\n    name: n\n    config: {x: [1, 2.5, .inf, ~, true, {y: 0o17}]}\n    secrets: {nested: {deep: v}, list: [a]}\n")]
        public void Odd_inputs_are_handled(string yaml)
        {
            AssertHandled(yaml);
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

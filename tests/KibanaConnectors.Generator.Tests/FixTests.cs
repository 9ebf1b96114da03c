using System.Linq;
using KibanaConnectors.Rules.Diagnostics;
using KibanaConnectors.Rules.Model;
using KibanaConnectors.Rules.Set;
using Xunit;

namespace KibanaConnectors.Generator.Tests
{
    /// <summary>The fixes the rules attach to their diagnostics (the editor's quick fixes): applied to the text, they give what the user meant.</summary>
    public class FixTests
    {
        private static DiagnosticInfo Only(string yaml, string id) =>
            ConnectorSetBuilder.Read(new[] { ("/p/kibana.yml", yaml) }, ProjectOptions.Default, default).Diagnostics.Single(d => d.Id == id);

        private static string Apply(string yaml, DiagnosticFix fix)
        {
            Assert.Equal(FixKind.Replace, fix.Kind);
            return yaml.Substring(0, fix.Span.Start) + fix.Text + yaml.Substring(fix.Span.End);
        }

        [Theory]
        [InlineData("KC0106", "    config:\n      url: https://example.com\n      hasAuth: false\n      methd: put\n", "method: put", "Change to 'method'")]
        [InlineData("KC0106", "    nmae: Other\n", "name: Other", "Change to 'name'")]
        [InlineData("KC0108", "    config:\n      url: https://example.com\n      hasAuth: false\n      method: pots\n", "method: post", "Change to 'post'")]
        [InlineData("KC0107", "    config:\n      url: https://example.com\n      hasAuth: yes\n", "hasAuth: true", "Change to true")]
        [InlineData("KC0107", "    config:\n      url: https://example.com\n      hasAuth: 'false'\n", "hasAuth: false", "Change to false")]
        [InlineData("KC0107", "    config:\n      url: https://example.com\n      hasAuth: false\n      headers:\n        X-Team: 42\n", "X-Team: '42'", "Quote the value, so that YAML reads it as text")]
        [InlineData("KC0401", "    config:\n      url: https://example.com\n    secrets:\n      user: kibana\n      password: hunter2\n", "password: ${MY_HOOK_PASSWORD}", "Read secrets.password from the environment variable MY_HOOK_PASSWORD")]
        public void A_fix_applied_to_the_text_gives_what_was_meant(string id, string body, string expected, string title)
        {
            var yaml = "xpack.actions.preconfigured:\n  my-hook:\n    actionTypeId: .webhook\n    name: Hook\n" + body;
            var diagnostic = id == "KC0401"
                ? ConnectorSetBuilder.Read(new[] { ("/p/kibana.yml", yaml) }, ProjectOptions.Default, default).Diagnostics.Last(d => d.Id == id)
                : Only(yaml, id);
            var fix = Assert.Single(diagnostic.Fixes);
            Assert.Equal(title, fix.Title);
            Assert.Contains(expected, Apply(yaml, fix));
        }

        [Fact]
        public void An_unknown_type_and_a_setting_naming_no_connector_get_the_closest_name()
        {
            var yaml = "notifications.connectors.default.email: team-mial\nxpack.actions.preconfigured:\n  team-mail:\n    actionTypeId: email\n    name: Mail\n";
            var set = ConnectorSetBuilder.Read(new[] { ("/p/kibana.yml", yaml) }, ProjectOptions.Default, default);
            Assert.Contains("actionTypeId: .email", Apply(yaml, set.Diagnostics.Single(d => d.Id == "KC0102").Fixes.Single()));
            Assert.Contains("email: team-mail", Apply(yaml, set.Diagnostics.Single(d => d.Id == "KC0305").Fixes.Single()));
        }

        [Fact]
        public void No_fix_where_nothing_is_obvious()
        {
            var yaml = "xpack.actions.preconfigured:\n  my-hook:\n    actionTypeId: .webhook\n    name: Hook\n    config:\n      url: https://example.com\n      hasAuth: false\n      zzzzzzzz: 1\n";
            Assert.Empty(Only(yaml, "KC0106").Fixes);
        }

        [Fact]
        public void A_missing_field_gets_a_fix_that_adds_it_and_missing_credentials_one_that_turns_hasAuth_off()
        {
            var yaml = "xpack.actions.preconfigured:\n  team-mail:\n    actionTypeId: .email\n    name: Mail\n    config:\n      from: a@example.com\n      service: gmail\n";
            var set = ConnectorSetBuilder.Read(new[] { ("/p/kibana.yml", yaml) }, ProjectOptions.Default, default);
            var user = set.Diagnostics.First(d => d.Id == "KC0105");
            Assert.Equal(new[] { "Add secrets.user", "Set config.hasAuth: false" }, user.Fixes.Select(f => f.Title));
            Assert.Equal(FixKind.AddField, user.Fixes[0].Kind);
            Assert.Equal("secrets.user: ${TEAM_MAIL_USER}", user.Fixes[0].Text);
            Assert.Equal("config.hasAuth: false", user.Fixes[1].Text);

            var missing = ConnectorSetBuilder.Read(new[] { ("/p/kibana.yml", "xpack.actions.preconfigured:\n  hook:\n    actionTypeId: .webhook\n    name: Hook\n    config:\n      hasAuth: true\n") }, ProjectOptions.Default, default);
            Assert.Equal("config.url: https://", missing.Diagnostics.Single(d => d.Id == "KC0104").Fixes.Single().Text);
            var noCredentials = missing.Diagnostics.Single(d => d.Id == "KC0111").Fixes.Single();
            Assert.Equal(FixKind.Replace, noCredentials.Kind);
            Assert.Equal("false", noCredentials.Text);
        }
    }
}

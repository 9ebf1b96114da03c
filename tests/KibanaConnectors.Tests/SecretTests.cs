using System;
using System.Collections.Generic;
using Xunit;

namespace KibanaConnectors.Tests
{
    public class SecretTests
    {
        private static ISecretSource Source(params (string Key, string Value)[] values)
        {
            var dictionary = new Dictionary<string, string>();
            foreach (var (key, value) in values)
            {
                dictionary[key] = value;
            }

            return SecretSources.FromDictionary(dictionary);
        }

        [Fact]
        public void An_environment_secret_resolves_every_reference_in_its_template()
        {
            var secret = Secret.FromEnvironment("Bearer ${TOKEN}-${SUFFIX:dflt}");
            var resolved = secret.Resolve(Source(("TOKEN", "abc")), "my-hook", "password");
            Assert.Equal("Bearer abc-dflt", resolved.Reveal());
            Assert.Equal(new[] { "TOKEN", "SUFFIX" }, secret.EnvironmentVariables);
        }

        [Fact]
        public void A_missing_environment_variable_names_connector_field_and_variable()
        {
            var ex = Assert.Throws<MissingSecretException>(() => Secret.FromEnvironment("${SLACK_URL}").Resolve(Source(), "my-slack1", "webhookUrl"));
            Assert.Equal("my-slack1", ex.ConnectorId);
            Assert.Equal("webhookUrl", ex.Field);
            Assert.Equal("SLACK_URL", ex.Key);
            Assert.Contains("'my-slack1'", ex.Message);
            Assert.Contains("'webhookUrl'", ex.Message);
            Assert.Contains("SLACK_URL", ex.Message);
        }

        [Fact]
        public void A_keystore_secret_reads_its_key_and_names_it_when_missing()
        {
            const string key = "xpack.actions.preconfigured.my-hook.secrets.password";
            Assert.Equal("s3cret", Secret.FromKeystore(key).Resolve(Source((key, "s3cret")), "my-hook", "password").Reveal());
            var ex = Assert.Throws<MissingSecretException>(() => Secret.FromKeystore(key).Resolve(Source(), "my-hook", "password"));
            Assert.Contains(key, ex.Message);
            Assert.Contains("XPACK_ACTIONS_PRECONFIGURED_MY_HOOK_SECRETS_PASSWORD", ex.Message);
        }

        [Fact]
        public void The_environment_source_also_reads_a_keystore_key_in_upper_snake_case()
        {
            const string variable = "XPACK_ACTIONS_PRECONFIGURED_KC_TEST_SECRETS_TOKEN";
            Environment.SetEnvironmentVariable(variable, "from-env");
            try
            {
                var secret = Secret.FromKeystore("xpack.actions.preconfigured.kc-test.secrets.token").Resolve(SecretSources.Environment, "kc-test", "token");
                Assert.Equal("from-env", secret.Reveal());
            }
            finally
            {
                Environment.SetEnvironmentVariable(variable, null);
            }
        }

        [Fact]
        public void ToString_never_shows_the_value()
        {
            var secret = Secret.FromLiteral("xpack.actions.preconfigured.a.secrets.password", "hunter2");
            Assert.DoesNotContain("hunter2", secret.ToString());
            var resolved = Secret.FromEnvironment("${P}").Resolve(Source(("P", "hunter3")), "a", "password");
            Assert.DoesNotContain("hunter3", resolved.ToString());
            Assert.Contains("resolved", resolved.ToString());
        }

        [Fact]
        public void Reveal_before_resolving_explains_what_to_do()
        {
            var ex = Assert.Throws<InvalidOperationException>(() => Secret.FromEnvironment("${P}").Reveal());
            Assert.Contains("Create", ex.Message);
        }

        [Theory]
        [InlineData("${A}", "[A]", 1)]
        [InlineData("x${A:b}y", "x[A|b]y", 1)]
        [InlineData("${A-B}", "${A-B}", 0)]
        [InlineData("${}", "${}", 0)]
        [InlineData("$A ${B", "$A ${B", 0)]
        [InlineData("${A:b c}", "${A:b c}", 0)]
        [InlineData("${A}${B}", "[A][B]", 2)]
        [InlineData("${A:}", "${A:}", 0)]
        [InlineData("${A:} ${B:c}", "${A:} [B|c]", 1)]
        public void Templates_follow_kibanas_rule(string text, string expected, int references)
        {
            var result = EnvironmentTemplate.Expand(text, (name, fallback) => "[" + name + (fallback == null ? string.Empty : "|" + fallback) + "]", out var count);
            Assert.Equal(expected, result);
            Assert.Equal(references, count);
        }
    }
}

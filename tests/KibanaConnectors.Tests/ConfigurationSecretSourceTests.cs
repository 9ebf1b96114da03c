using System.Collections.Generic;
using KibanaConnectors.Configuration;
using Microsoft.Extensions.Configuration;
using Xunit;

namespace KibanaConnectors.Tests
{
    public class ConfigurationSecretSourceTests
    {
        private static IConfiguration Configuration(params (string Key, string Value)[] values)
        {
            var data = new Dictionary<string, string?>();
            foreach (var (key, value) in values)
            {
                data[key] = value;
            }

            return new ConfigurationBuilder().AddInMemoryCollection(data).Build();
        }

        [Fact]
        public void Environment_variable_names_are_configuration_keys()
        {
            var source = Configuration(("OPS_SLACK_URL", "https://hooks.slack.com/x")).AsSecretSource();
            Assert.Equal("https://hooks.slack.com/x", Secret.FromEnvironment("${OPS_SLACK_URL}").Resolve(source, "hook", "url").Reveal());
            Assert.False(source.TryGetValue("MISSING", out _));
        }

        [Fact]
        public void Keystore_keys_are_found_as_written_or_as_nested_sections()
        {
            var flat = Configuration(("xpack.actions.preconfigured.my-hook.secrets.password", "flat")).AsSecretSource();
            Assert.True(flat.TryGetValue("xpack.actions.preconfigured.my-hook.secrets.password", out var value));
            Assert.Equal("flat", value);

            // As appsettings.json nests it; an id with a dot ('[team.hook]' in kibana.yml) stays one section.
            var nested = Configuration(
                ("xpack:actions:preconfigured:my-hook:secrets:password", "nested"),
                ("xpack:actions:preconfigured:team.hook:secrets:secretHeaders:X-Token", "header")).AsSecretSource();
            Assert.Equal("nested", Secret.FromKeystoreField("my-hook", "password").Resolve(nested, "my-hook", "password").Reveal());
            Assert.Equal("header", Secret.FromKeystoreField("team.hook", "secretHeaders.X-Token").Resolve(nested, "my-hook", "password").Reveal());
        }

        [Fact]
        public void A_missing_secret_throws_the_usual_exception_naming_the_key()
        {
            var source = Configuration().AsSecretSource();
            var ex = Assert.Throws<MissingSecretException>(() => Secret.FromKeystoreField("my-hook", "password").Resolve(source, "my-hook", "password"));
            Assert.Contains("xpack.actions.preconfigured.my-hook.secrets.password", ex.Message);
        }
    }
}

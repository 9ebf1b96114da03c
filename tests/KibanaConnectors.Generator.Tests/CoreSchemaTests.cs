using KibanaConnectors.Rules.Reading;
using Xunit;

namespace KibanaConnectors.Generator.Tests
{
    /// <summary>YAML 1.2 core schema resolution of plain scalars, as Kibana's reader applies it.</summary>
    public class CoreSchemaTests
    {
        [Theory]
        [InlineData("", "Null")]
        [InlineData("~", "Null")]
        [InlineData("null", "Null")]
        [InlineData("Null", "Null")]
        [InlineData("NULL", "Null")]
        [InlineData("nULL", "String")]
        [InlineData("true", "Boolean")]
        [InlineData("True", "Boolean")]
        [InlineData("TRUE", "Boolean")]
        [InlineData("false", "Boolean")]
        [InlineData("tRUE", "String")]
        [InlineData("yes", "String")]
        [InlineData("no", "String")]
        [InlineData("on", "String")]
        [InlineData("off", "String")]
        [InlineData("y", "String")]
        [InlineData("0", "Integer")]
        [InlineData("201", "Integer")]
        [InlineData("-17", "Integer")]
        [InlineData("+17", "Integer")]
        [InlineData("007", "Integer")]
        [InlineData("0x1F", "Integer")]
        [InlineData("0o17", "Integer")]
        [InlineData("0o18", "String")]
        [InlineData("0xG", "String")]
        [InlineData("0b101", "String")]
        [InlineData("1_000", "String")]
        [InlineData("1.5", "Float")]
        [InlineData("1.", "Float")]
        [InlineData(".5", "Float")]
        [InlineData("-.5e3", "Float")]
        [InlineData("1e10", "Float")]
        [InlineData("1E-3", "Float")]
        [InlineData("1e", "String")]
        [InlineData(".", "String")]
        [InlineData("-", "String")]
        [InlineData(".inf", "Float")]
        [InlineData("-.Inf", "Float")]
        [InlineData(".NaN", "Float")]
        [InlineData("-.nan", "String")]
        [InlineData("1.2.3", "String")]
        [InlineData("2024-01-01", "String")]
        [InlineData(".slack", "String")]
        [InlineData("12:30", "String")]
        [InlineData("+", "String")]
        public void Plain_scalars(string value, string expected)
        {
            Assert.Equal(expected, CoreSchema.Resolve(value, isPlain: true, tag: null).ToString());
        }

        [Theory]
        [InlineData("true")]
        [InlineData("201")]
        [InlineData("null")]
        public void Quoted_scalars_are_text(string value)
        {
            Assert.Equal(ScalarKind.String, CoreSchema.Resolve(value, isPlain: false, tag: null));
        }

        [Fact]
        public void An_explicit_str_tag_makes_text()
        {
            Assert.Equal(ScalarKind.String, CoreSchema.Resolve("201", isPlain: true, tag: "tag:yaml.org,2002:str"));
        }
    }
}

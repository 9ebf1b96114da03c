using System.Collections.Generic;
using System.Globalization;
using System.Text;
using KibanaConnectors.Rules.Common;

namespace KibanaConnectors.Rules.Reading
{
    /// <summary>
    /// JSON text where Kibana's settings schema wants a map or a list: @kbn/config-schema's object, record and array
    /// types JSON.parse a string (<c>config: '{"index": "x"}'</c>). The result is a settings tree whose nodes point into
    /// the text when the text is written on one line without escapes, and at the whole text otherwise. Keys are kept
    /// whole: Kibana splits keys at dots before it parses the text.
    /// </summary>
    internal sealed class JsonText
    {
        private readonly string _text;
        private readonly YamlScalar _source;
        private readonly bool _mapsToColumns;
        private int _at;

        private JsonText(YamlScalar source)
        {
            _source = source;
            _text = source.Value;
            _mapsToColumns = source.IsSingleLine;
        }

        /// <summary>Text from anywhere (a field's value the checks hold), parsed with no positions; null with <paramref name="error"/> when JSON.parse fails.</summary>
        public static SettingsNode? Parse(string text, out string? error) =>
            Parse(new SettingsScalar(new YamlScalar(SourceSpan.None, text, ScalarKind.String, isPlain: false, isSingleLine: false)), out error);

        /// <summary>The parsed value, or null with <paramref name="error"/> saying why JSON.parse fails.</summary>
        public static SettingsNode? Parse(SettingsScalar text, out string? error)
        {
            var parser = new JsonText(text.Scalar);
            error = null;
            try
            {
                parser.Skip();
                var value = parser.Value(0);
                parser.Skip();
                if (parser._at < parser._text.Length)
                {
                    throw parser.Fail("more text after the JSON value");
                }

                return value;
            }
            catch (JsonError ex)
            {
                error = ex.Message;
                return null;
            }
        }

        private SettingsNode Value(int depth)
        {
            if (depth > YamlReadLimits.MaxDepth)
            {
                throw Fail("JSON nested too deeply");
            }

            if (_at >= _text.Length)
            {
                throw Fail("the text ends where a value should be");
            }

            var start = _at;
            switch (_text[_at])
            {
                case '{':
                    _at++;
                    var map = new SettingsMap(SourceSpan.None);
                    Skip();
                    if (Next('}'))
                    {
                        return Spanned(map, start);
                    }

                    do
                    {
                        Skip();
                        var keyStart = _at;
                        var key = String();
                        var keySpan = Span(keyStart, _at);
                        Skip();
                        Expect(':');
                        Skip();
                        var value = Value(depth + 1);
                        var entry = new SettingsEntry(key, keySpan, value, key);

                        // JSON.parse: a repeated key keeps the first one's place and the last one's value.
                        if (map.Find(key) is SettingsEntry existing)
                        {
                            map.Replace(existing, entry);
                        }
                        else
                        {
                            map.Add(entry);
                        }

                        Skip();
                    }
                    while (Next(','));
                    Expect('}');
                    return Spanned(map, start);
                case '[':
                    _at++;
                    var items = new List<SettingsNode>();
                    Skip();
                    if (!Next(']'))
                    {
                        do
                        {
                            Skip();
                            items.Add(Value(depth + 1));
                            Skip();
                        }
                        while (Next(','));
                        Expect(']');
                    }

                    return new SettingsList(Span(start, _at), items);
                case '"':
                    var text = String();
                    return Scalar(start, text, ScalarKind.String);
                default:
                    return Literal(start);
            }
        }

        private SettingsNode Literal(int start)
        {
            foreach (var (word, kind, flag) in new[] { ("true", ScalarKind.Boolean, true), ("false", ScalarKind.Boolean, false), ("null", ScalarKind.Null, false) })
            {
                if (string.CompareOrdinal(_text, _at, word, 0, word.Length) == 0)
                {
                    _at += word.Length;
                    return new SettingsScalar(new YamlScalar(Span(start, _at), word, kind, isPlain: true, _mapsToColumns) { IsTrue = flag });
                }
            }

            // -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?
            var i = _at;
            if (i < _text.Length && _text[i] == '-')
            {
                i++;
            }

            var digits = i;
            while (i < _text.Length && char.IsDigit(_text[i]) && _text[i] < 128)
            {
                i++;
            }

            if (i == digits || (_text[digits] == '0' && i - digits > 1))
            {
                throw Fail("not a JSON value");
            }

            var isFloat = false;
            if (i < _text.Length && _text[i] == '.')
            {
                isFloat = true;
                var fraction = ++i;
                while (i < _text.Length && _text[i] >= '0' && _text[i] <= '9')
                {
                    i++;
                }

                if (i == fraction)
                {
                    throw Fail("a number needs digits after its point");
                }
            }

            if (i < _text.Length && (_text[i] == 'e' || _text[i] == 'E'))
            {
                isFloat = true;
                i++;
                if (i < _text.Length && (_text[i] == '+' || _text[i] == '-'))
                {
                    i++;
                }

                var exponent = i;
                while (i < _text.Length && _text[i] >= '0' && _text[i] <= '9')
                {
                    i++;
                }

                if (i == exponent)
                {
                    throw Fail("a number needs digits in its exponent");
                }
            }

            var number = _text.Substring(_at, i - _at);
            _at = i;
            return new SettingsScalar(new YamlScalar(Span(start, _at), number, isFloat ? ScalarKind.Float : ScalarKind.Integer, isPlain: true, _mapsToColumns)
            {
                Number = double.Parse(number, NumberStyles.Float, CultureInfo.InvariantCulture),
            });
        }

        private SettingsScalar Scalar(int start, string value, ScalarKind kind) =>
            new SettingsScalar(new YamlScalar(Span(start, _at), value, kind, isPlain: false, _mapsToColumns && value.Length == _at - start - 2));

        private string String()
        {
            Expect('"');
            var result = new StringBuilder();
            while (true)
            {
                if (_at >= _text.Length)
                {
                    throw Fail("a JSON string is not closed");
                }

                var c = _text[_at++];
                if (c == '"')
                {
                    return result.ToString();
                }

                if (c < ' ')
                {
                    throw Fail("a control character inside a JSON string");
                }

                if (c != '\\')
                {
                    result.Append(c);
                    continue;
                }

                if (_at >= _text.Length)
                {
                    throw Fail("a JSON string is not closed");
                }

                var escape = _text[_at++];
                switch (escape)
                {
                    case '"':
                    case '\\':
                    case '/':
                        result.Append(escape);
                        break;
                    case 'b':
                        result.Append('\b');
                        break;
                    case 'f':
                        result.Append('\f');
                        break;
                    case 'n':
                        result.Append('\n');
                        break;
                    case 'r':
                        result.Append('\r');
                        break;
                    case 't':
                        result.Append('\t');
                        break;
                    case 'u' when _at + 4 <= _text.Length && int.TryParse(_text.Substring(_at, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code):
                        result.Append((char)code);
                        _at += 4;
                        break;
                    default:
                        throw Fail("a bad escape in a JSON string");
                }
            }
        }

        private void Skip()
        {
            while (_at < _text.Length && (_text[_at] == ' ' || _text[_at] == '\t' || _text[_at] == '\n' || _text[_at] == '\r'))
            {
                _at++;
            }
        }

        private bool Next(char c)
        {
            if (_at < _text.Length && _text[_at] == c)
            {
                _at++;
                return true;
            }

            return false;
        }

        private void Expect(char c)
        {
            if (!Next(c))
            {
                throw Fail(_at < _text.Length ? $"'{_text[_at]}' where '{c}' should be" : $"the text ends where '{c}' should be");
            }
        }

        private SettingsMap Spanned(SettingsMap map, int start)
        {
            var spanned = new SettingsMap(Span(start, _at));
            foreach (var entry in map.Entries)
            {
                spanned.Add(entry);
            }

            return spanned;
        }

        // Where JSON text from start to end sits in the file: exact when the text is written on one line without
        // escapes (after its opening quote, if any), the whole text otherwise.
        private SourceSpan Span(int start, int end)
        {
            var whole = _source.Span;
            if (!_mapsToColumns)
            {
                return whole;
            }

            var shift = _source.IsPlain ? 0 : 1;
            return new SourceSpan(whole.Start + shift + start, whole.Start + shift + end, whole.StartLine, whole.StartColumn + shift + start, whole.StartLine, whole.StartColumn + shift + end);
        }

        private JsonError Fail(string why) => new JsonError($"{why} (at character {_at + 1})");

        private sealed class JsonError : System.Exception
        {
            public JsonError(string message)
                : base(message)
            {
            }
        }
    }
}

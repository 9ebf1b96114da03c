using System;
using System.Collections.Generic;
using System.Globalization;

namespace KibanaConnectors
{
    /// <summary>What a JSON text holds at its top level.</summary>
    internal enum JsonKind
    {
        Object,
        Array,
        String,
        Number,
        Boolean,
        Null,
    }

    /// <summary>
    /// Reads a JSON text as JavaScript's <c>JSON.parse</c> does (the grammar of RFC 8259, nothing more: no comments, no
    /// trailing commas, no single quotes), because Kibana parses Block Kit messages, Torq and AI bodies and
    /// <c>otherFields</c>-style maps with it. Keeps only what the checks need: the top-level kind and object keys.
    /// </summary>
    internal sealed class JsonText
    {
        // Deeper than any request body; JSON.parse would go further, but a parser here must not overflow the stack.
        private const int MaxDepth = 512;

        private readonly string _text;
        private int _position;

        private JsonText(string text) => _text = text;

        /// <summary>The top-level kind; valid only when <see cref="Error"/> is null.</summary>
        public JsonKind Kind { get; private set; }

        /// <summary>The keys of a top-level object, in order (a repeated key once, as JSON.parse keeps the last value).</summary>
        public IReadOnlyList<string> Keys => _keys;

        /// <summary>Why the text is not JSON, with the position; null when it is.</summary>
        public string? Error { get; private set; }

        private readonly List<string> _keys = new List<string>();

        public static JsonText Parse(string text)
        {
            var json = new JsonText(text);
            try
            {
                json.SkipSpace();
                json.Kind = json.Value(0, topLevel: true);
                json.SkipSpace();
                if (json._position < text.Length)
                {
                    throw json.Unexpected();
                }
            }
            catch (FormatException ex)
            {
                json.Error = ex.Message;
            }

            return json;
        }

        private JsonKind Value(int depth, bool topLevel = false)
        {
            if (depth > MaxDepth)
            {
                throw new FormatException($"nested more than {MaxDepth} levels deep at position {_position}");
            }

            if (_position >= _text.Length)
            {
                throw new FormatException("unexpected end of JSON input");
            }

            switch (_text[_position])
            {
                case '{':
                    Object(depth, topLevel);
                    return JsonKind.Object;
                case '[':
                    Array(depth);
                    return JsonKind.Array;
                case '"':
                    String();
                    return JsonKind.String;
                case 't':
                    Word("true");
                    return JsonKind.Boolean;
                case 'f':
                    Word("false");
                    return JsonKind.Boolean;
                case 'n':
                    Word("null");
                    return JsonKind.Null;
                default:
                    Number();
                    return JsonKind.Number;
            }
        }

        private void Object(int depth, bool topLevel) => Elements('}', () =>
        {
            if (Peek() != '"')
            {
                throw Unexpected();
            }

            var key = String();
            if (topLevel && !_keys.Contains(key))
            {
                _keys.Add(key);
            }

            SkipSpace();
            Expect(':');
            SkipSpace();
            Value(depth + 1);
        });

        private void Array(int depth) => Elements(']', () => Value(depth + 1));

        // What objects and arrays share: '{' or '[' (at the position), elements separated by ',', then the closing mark.
        private void Elements(char close, Action element)
        {
            _position++;
            SkipSpace();
            if (Peek() == close)
            {
                _position++;
                return;
            }

            while (true)
            {
                element();
                SkipSpace();
                if (Peek() != ',')
                {
                    Expect(close);
                    return;
                }

                _position++;
                SkipSpace();
            }
        }

        private string String()
        {
            var builder = new System.Text.StringBuilder();
            _position++;
            while (true)
            {
                if (_position >= _text.Length)
                {
                    throw new FormatException("unterminated string in JSON");
                }

                var c = _text[_position++];
                if (c == '"')
                {
                    return builder.ToString();
                }

                if (c < 0x20)
                {
                    _position--;
                    throw new FormatException($"bad control character in string literal at position {_position}");
                }

                if (c != '\\')
                {
                    builder.Append(c);
                    continue;
                }

                var escape = Peek();
                _position++;
                switch (escape)
                {
                    case '"': builder.Append('"'); break;
                    case '\\': builder.Append('\\'); break;
                    case '/': builder.Append('/'); break;
                    case 'b': builder.Append('\b'); break;
                    case 'f': builder.Append('\f'); break;
                    case 'n': builder.Append('\n'); break;
                    case 'r': builder.Append('\r'); break;
                    case 't': builder.Append('\t'); break;
                    case 'u':
                        if (_position + 4 > _text.Length || !int.TryParse(_text.Substring(_position, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                        {
                            throw new FormatException($"bad Unicode escape at position {_position - 2}");
                        }

                        builder.Append((char)code);
                        _position += 4;
                        break;
                    default:
                        _position--;
                        throw new FormatException($"bad escaped character at position {_position}");
                }
            }
        }

        private void Number()
        {
            var start = _position;
            if (Peek() == '-')
            {
                _position++;
            }

            if (Peek() == '0')
            {
                _position++;
            }
            else if (!Digits())
            {
                _position = start;
                throw Unexpected();
            }

            if (Peek() == '.')
            {
                _position++;
                if (!Digits())
                {
                    throw Unexpected();
                }
            }

            if (Peek() == 'e' || Peek() == 'E')
            {
                _position++;
                if (Peek() == '+' || Peek() == '-')
                {
                    _position++;
                }

                if (!Digits())
                {
                    throw Unexpected();
                }
            }
        }

        private bool Digits()
        {
            var start = _position;
            while (_position < _text.Length && _text[_position] >= '0' && _text[_position] <= '9')
            {
                _position++;
            }

            return _position > start;
        }

        private void Word(string word)
        {
            if (string.CompareOrdinal(_text, _position, word, 0, word.Length) != 0)
            {
                throw Unexpected();
            }

            _position += word.Length;
        }

        private void Expect(char c)
        {
            if (Peek() != c)
            {
                throw Unexpected();
            }

            _position++;
        }

        private char Peek() => _position < _text.Length ? _text[_position] : '\0';

        private void SkipSpace()
        {
            while (_position < _text.Length && (_text[_position] == ' ' || _text[_position] == '\t' || _text[_position] == '\n' || _text[_position] == '\r'))
            {
                _position++;
            }
        }

        private FormatException Unexpected() =>
            _position >= _text.Length
                ? new FormatException("unexpected end of JSON input")
                : new FormatException($"unexpected '{_text[_position]}' at position {_position}");
    }
}

using System.Collections.Generic;

namespace KibanaConnectors
{
    /// <summary>
    /// Reads an email recipient as Kibana does before it sends (x-pack/platform/plugins/shared/actions/common/validate_email_addresses.ts):
    /// an RFC 5322 address list as the npm package email-addresses parses it (<c>bob@example.com</c>,
    /// <c>"Dr Tom" &lt;tom@example.com&gt;</c>, <c>a@example.com, b@example.com</c>, a group <c>Team: a@example.com;</c>),
    /// with the further rules of Kibana's newest releases (validate_email_addresses.test.ts "email format validation"): no
    /// local part or domain label that starts or ends with '-', and a domain of at least two labels.
    /// Deliberately stricter on forms nobody writes for alerts: comments in parentheses, domain literals (<c>[10.0.0.1]</c>),
    /// and domain labels of anything but letters, digits and '-'.
    /// </summary>
    internal sealed class EmailAddresses
    {
        private const string AtomSpecials = "!#$%&'*+-/=?^_`{|}~";

        private readonly string _text;
        private readonly List<string> _domains = new List<string>();
        private int _position;

        private EmailAddresses(string text) => _text = text;

        /// <summary>The domain of every mailbox, in order; null when the text is not an address list.</summary>
        public static IReadOnlyList<string>? Domains(string text)
        {
            var reader = new EmailAddresses(text);
            return reader.AddressList() ? reader._domains : null;
        }

        private bool AddressList()
        {
            do
            {
                if (!Address())
                {
                    return false;
                }
            }
            while (Take(','));

            SkipSpace();
            return _position == _text.Length;
        }

        private bool Address()
        {
            var start = _position;
            if (Phrase())
            {
                if (Take(':'))
                {
                    // A group: a name, then a (possibly empty) list of mailboxes, then ';'.
                    if (Take(';'))
                    {
                        return true;
                    }

                    do
                    {
                        if (!Mailbox())
                        {
                            return false;
                        }
                    }
                    while (Take(','));

                    return Take(';');
                }

                if (Peek() == '<')
                {
                    return AngleAddress();
                }

                _position = start;
            }

            return Mailbox();
        }

        private bool Mailbox()
        {
            var start = _position;
            if (Phrase() && Peek() == '<')
            {
                return AngleAddress();
            }

            _position = start;
            return Peek() == '<' ? AngleAddress() : AddressSpec();
        }

        private bool AngleAddress() => Take('<') && AddressSpec() && Take('>');

        private bool AddressSpec()
        {
            SkipSpace();
            if (Peek() == '"')
            {
                if (!QuotedString())
                {
                    return false;
                }
            }
            else if (!DotAtom(out var local) || local.StartsWith("-", System.StringComparison.Ordinal) || local.EndsWith("-", System.StringComparison.Ordinal))
            {
                return false;
            }

            if (!Take('@'))
            {
                return false;
            }

            SkipSpace();
            var start = _position;
            var labels = 0;
            while (true)
            {
                var labelStart = _position;
                while (_position < _text.Length && (char.IsLetterOrDigit(_text[_position]) || _text[_position] == '-'))
                {
                    _position++;
                }

                if (_position == labelStart || _text[labelStart] == '-' || _text[_position - 1] == '-')
                {
                    return false;
                }

                labels++;
                if (Peek() != '.')
                {
                    break;
                }

                _position++;
            }

            _domains.Add(_text.Substring(start, _position - start));
            return labels >= 2;
        }

        // One or more words (atoms or quoted strings); dots between them too, as mail clients write "Dr. Tom".
        private bool Phrase()
        {
            var words = 0;
            while (true)
            {
                SkipSpace();
                var c = Peek();
                if (c == '"')
                {
                    if (!QuotedString())
                    {
                        return false;
                    }
                }
                else if (IsAtomText(c) || (c == '.' && words > 0))
                {
                    while (IsAtomText(Peek()) || Peek() == '.')
                    {
                        _position++;
                    }
                }
                else
                {
                    return words > 0;
                }

                words++;
            }
        }

        private bool DotAtom(out string atom)
        {
            var start = _position;
            while (true)
            {
                var partStart = _position;
                while (IsAtomText(Peek()))
                {
                    _position++;
                }

                if (_position == partStart)
                {
                    atom = string.Empty;
                    return false;
                }

                if (Peek() != '.')
                {
                    break;
                }

                _position++;
            }

            atom = _text.Substring(start, _position - start);
            SkipSpace();
            return true;
        }

        private bool QuotedString()
        {
            _position++;
            while (_position < _text.Length)
            {
                var c = _text[_position++];
                if (c == '"')
                {
                    SkipSpace();
                    return true;
                }

                if (c == '\\')
                {
                    if (_position >= _text.Length)
                    {
                        return false;
                    }

                    _position++;
                }
                else if (c < 0x20 && c != '\t')
                {
                    return false;
                }
            }

            return false;
        }

        private bool Take(char c)
        {
            SkipSpace();
            if (Peek() != c)
            {
                return false;
            }

            _position++;
            return true;
        }

        private char Peek() => _position < _text.Length ? _text[_position] : '\0';

        private void SkipSpace()
        {
            while (_position < _text.Length && (_text[_position] == ' ' || _text[_position] == '\t' || _text[_position] == '\r' || _text[_position] == '\n'))
            {
                _position++;
            }
        }

        private static bool IsAtomText(char c) =>
            (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || (c != '\0' && AtomSpecials.IndexOf(c) >= 0);
    }
}

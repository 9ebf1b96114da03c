using System;
using System.Globalization;

namespace KibanaConnectors.Rules.Reading
{
    /// <summary>
    /// How JavaScript turns values into text (<c>String(value)</c>), which is how a YAML key that is not text becomes
    /// the name of a setting: <c>1e3:</c> is the key <c>1000</c>, <c>.inf:</c> is <c>Infinity</c>.
    /// </summary>
    internal static class JsText
    {
        /// <summary>Number::toString: the shortest digits that read back as the same double, in JavaScript's layout.</summary>
        public static string Number(double value)
        {
            if (double.IsNaN(value))
            {
                return "NaN";
            }

            if (double.IsInfinity(value))
            {
                return value > 0 ? "Infinity" : "-Infinity";
            }

            if (value == 0)
            {
                return "0";
            }

            // "R" gives the shortest digits that read back as the same double (on .NET Core 3.0 and later); JavaScript
            // picks the same digits and lays them out by its own rules (ECMA-262 Number::toString).
            var text = value.ToString("R", CultureInfo.InvariantCulture);
            var negative = text[0] == '-';
            var e = text.IndexOfAny(new[] { 'E', 'e' });
            var mantissa = (e < 0 ? text : text.Substring(0, e)).TrimStart('-');
            var exponent = e < 0 ? 0 : int.Parse(text.Substring(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            var point = mantissa.IndexOf('.');
            var digits = point < 0 ? mantissa : mantissa.Remove(point, 1);

            // n: where the decimal point sits relative to the first significant digit.
            var n = (point < 0 ? mantissa.Length : point) + exponent;
            var leading = digits.Length - digits.TrimStart('0').Length;
            digits = digits.Substring(leading).TrimEnd('0');
            n -= leading;
            var k = digits.Length;
            string result;
            if (k <= n && n <= 21)
            {
                result = digits + new string('0', n - k);
            }
            else if (0 < n && n <= 21)
            {
                result = digits.Substring(0, n) + "." + digits.Substring(n);
            }
            else if (-6 < n && n <= 0)
            {
                result = "0." + new string('0', -n) + digits;
            }
            else
            {
                var power = n - 1;
                result = (k == 1 ? digits : digits.Substring(0, 1) + "." + digits.Substring(1)) + "e" + (power >= 0 ? "+" : "-") + Math.Abs(power).ToString(CultureInfo.InvariantCulture);
            }

            return negative ? "-" + result : result;
        }

        /// <summary>Date.prototype.toString, as both readers name a timestamp key, on a server whose time zone is UTC (Kibana's is the server's).</summary>
        public static string DateString(DateTime utc) =>
            utc.ToString("ddd MMM dd yyyy HH:mm:ss", CultureInfo.InvariantCulture) + " GMT+0000 (Coordinated Universal Time)";
    }
}

using System;
using System.Globalization;
using System.Text.RegularExpressions;

namespace KibanaConnectors
{
    /// <summary>
    /// Whether Kibana reads a PagerDuty <c>timestamp</c>: src/platform/packages/shared/kbn-connector-schemas/pagerduty/schemas/v1.ts
    /// trims it (common/utils/convert_timestamp.ts), takes an all-digit text as epoch milliseconds, and otherwise asks
    /// <c>moment(text).isValid()</c>. moment reads ISO 8601 (its own list of forms) and RFC 2822, and hands anything else to
    /// JavaScript's <c>Date</c>, whose forms differ between engines: those are refused here (deliberately stricter).
    /// .NET's own parser is not used because it reads what moment does not, such as <c>10:00</c> (today at ten).
    /// </summary>
    internal static class PagerDutyTimestamp
    {
        // moment's extendedIsoRegex and basicIsoRegex (moment/src/lib/create/from-string.js), anchored at both ends
        // because the text is trimmed first.
        private static readonly Regex s_extendedIso = new Regex(
            @"^((?:[+-]\d{6}|\d{4})-(?:\d\d-\d\d|W\d\d-\d|W\d\d|\d\d\d|\d\d))(?:(T| )(\d\d(?::\d\d(?::\d\d(?:[.,]\d+)?)?)?)([+-]\d\d(?::?\d\d)?|\s*Z)?)?$",
            RegexOptions.CultureInvariant);

        private static readonly Regex s_basicIso = new Regex(
            @"^((?:[+-]\d{6}|\d{4})(?:\d\d\d\d|W\d\d\d|W\d\d|\d\d\d|\d\d|))(?:(T| )(\d\d(?:\d\d(?:\d\d(?:[.,]\d+)?)?)?)([+-]\d\d(?::?\d\d)?|\s*Z)?)?$",
            RegexOptions.CultureInvariant);

        // The date forms moment tries in order; the second value says whether a time may follow.
        private static readonly (Regex Form, bool AllowsTime)[] s_dates =
        {
            (new Regex(@"^[+-]\d{6}-\d\d-\d\d$"), true),
            (new Regex(@"^\d{4}-\d\d-\d\d$"), true),
            (new Regex(@"^\d{4}-W\d\d-\d$"), true),
            (new Regex(@"^\d{4}-W\d\d$"), false),
            (new Regex(@"^\d{4}-\d{3}$"), true),
            (new Regex(@"^\d{4}-\d\d$"), false),
            (new Regex(@"^[+-]\d{10}$"), true),
            (new Regex(@"^\d{8}$"), true),
            (new Regex(@"^\d{4}W\d{3}$"), true),
            (new Regex(@"^\d{4}W\d{2}$"), false),
            (new Regex(@"^\d{7}$"), true),
            (new Regex(@"^\d{6}$"), false),
            (new Regex(@"^\d{4}$"), false),
        };

        // RFC 2822 as moment's rfc2822 regex reads it, after comments are removed and spaces collapsed.
        private static readonly Regex s_rfc2822 = new Regex(
            @"^(?:(Mon|Tue|Wed|Thu|Fri|Sat|Sun),?\s)?(\d{1,2})\s(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\s(\d{2,4})\s(\d\d):(\d\d)(?::(\d\d))?\s(?:(UT|GMT|[ECMP][SD]T)|([Zz])|([+-]\d{4}))$",
            RegexOptions.CultureInvariant);

        private const string Months = "JanFebMarAprMayJunJulAugSepOctNovDec";

        /// <summary>True when Kibana reads <paramref name="text"/> as a time, or leaves it out (empty or blank).</summary>
        public static bool IsValid(string text)
        {
            var trimmed = text.Trim();
            if (trimmed.Length == 0 || IsEpoch(trimmed))
            {
                return true;
            }

            return IsIso(trimmed) || IsRfc2822(trimmed);
        }

        // convertTimestamp: parseInt(text) whose JSON is the text itself, so "0123" or "1e3" are not epochs.
        private static bool IsEpoch(string text)
        {
            var digits = text[0] == '-' ? text.Substring(1) : text;
            return digits.Length > 0 && digits.Length <= 15 && (digits == "0" || digits[0] != '0') && IsAllDigits(digits) && text != "-0";
        }

        private static bool IsIso(string text)
        {
            var match = s_extendedIso.Match(text);
            if (!match.Success)
            {
                match = s_basicIso.Match(text);
            }

            if (!match.Success)
            {
                return false;
            }

            var date = match.Groups[1].Value;
            var form = Array.FindIndex(s_dates, d => d.Form.IsMatch(date));
            if (form < 0 || (match.Groups[3].Success && !s_dates[form].AllowsTime))
            {
                return false;
            }

            return IsDate(date, form) && (!match.Groups[3].Success || IsTime(match.Groups[3].Value));
        }

        private static bool IsDate(string date, int form)
        {
            var digits = date.Replace("-", string.Empty).Replace("W", string.Empty);
            var signed = date[0] == '+' || date[0] == '-';
            var year = signed ? int.Parse(date.Substring(0, 7), CultureInfo.InvariantCulture) : int.Parse(digits.Substring(0, 4), CultureInfo.InvariantCulture);
            var rest = signed ? date.Substring(7).Replace("-", string.Empty) : digits.Substring(4);
            switch (form)
            {
                case 0: // +YYYYYY-MM-DD
                case 1: // YYYY-MM-DD
                case 6: // +YYYYYYMMDD
                case 7: // YYYYMMDD
                    return IsMonthDay(year, Number(rest, 0, 2), Number(rest, 2, 2));
                case 3: // YYYY-Www
                case 9: // YYYYWww
                    return IsWeek(year, Number(rest, 0, 2), 1);
                case 2: // YYYY-Www-D
                case 8: // YYYYWwwD
                    return IsWeek(year, Number(rest, 0, 2), Number(rest, 2, 1));
                case 4: // YYYY-DDD
                case 10: // YYYYDDD
                    var day = Number(rest, 0, 3);
                    return day >= 1 && day <= (IsLeap(year) ? 366 : 365);
                case 5: // YYYY-MM
                case 11: // YYYYMM
                    var month = Number(rest, 0, 2);
                    return month >= 1 && month <= 12;
                default: // YYYY
                    return true;
            }
        }

        // HH, HH:mm, HH:mm:ss(.S+) or their basic forms; moment accepts 24:00 only as 24:00:00.
        private static bool IsTime(string time)
        {
            var fraction = time.IndexOfAny(new[] { '.', ',' });
            var whole = (fraction < 0 ? time : time.Substring(0, fraction)).Replace(":", string.Empty);
            var hour = Number(whole, 0, 2);
            var minute = whole.Length >= 4 ? Number(whole, 2, 2) : 0;
            var second = whole.Length >= 6 ? Number(whole, 4, 2) : 0;
            var fractionIsZero = fraction < 0 || IsAllZero(time.Substring(fraction + 1));
            return minute <= 59 && second <= 59 && (hour <= 23 || (hour == 24 && minute == 0 && second == 0 && fractionIsZero));
        }

        private static bool IsRfc2822(string text)
        {
            var cleaned = Regex.Replace(Regex.Replace(text, @"\([^)]*\)|[\n\t]", " "), @"(\s\s+)", " ").Trim();
            var match = s_rfc2822.Match(cleaned);
            if (!match.Success)
            {
                return false;
            }

            // moment's untruncateYear: 0-49 are 2000-2049, 50-999 are 1950-2899.
            var year = int.Parse(match.Groups[4].Value, CultureInfo.InvariantCulture);
            year += year <= 49 ? 2000 : year <= 999 ? 1900 : 0;

            var month = (Months.IndexOf(match.Groups[3].Value, StringComparison.Ordinal) / 3) + 1;
            var hour = int.Parse(match.Groups[5].Value, CultureInfo.InvariantCulture);
            var minute = int.Parse(match.Groups[6].Value, CultureInfo.InvariantCulture);
            var second = match.Groups[7].Success ? int.Parse(match.Groups[7].Value, CultureInfo.InvariantCulture) : 0;
            if (!IsMonthDay(year, month, int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture)) || hour > 23 || minute > 59 || second > 59)
            {
                return false;
            }

            // moment refuses a weekday that does not match the date; JavaScript's Date would not, but which engine
            // reads it is not ours to know, so such a text is refused.
            return !match.Groups[1].Success
                || new DateTime(Math.Max(year, 1), month, int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture)).DayOfWeek.ToString().StartsWith(match.Groups[1].Value, StringComparison.Ordinal);
        }

        private static bool IsMonthDay(int year, int month, int day) =>
            month >= 1 && month <= 12 && day >= 1 && day <= DaysInMonth(year, month);

        // ISO weeks: 53 in years that start on a Thursday, or leap years that start on a Wednesday.
        private static bool IsWeek(int year, int week, int weekday)
        {
            if (weekday < 1 || weekday > 7 || week < 1 || year < 1 || year > 9999)
            {
                return false;
            }

            var first = new DateTime(year, 1, 1).DayOfWeek;
            var weeks = first == DayOfWeek.Thursday || (IsLeap(year) && first == DayOfWeek.Wednesday) ? 53 : 52;
            return week <= weeks;
        }

        private static int DaysInMonth(int year, int month) =>
            month == 2 ? (IsLeap(year) ? 29 : 28) : (month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31);

        private static bool IsLeap(int year) => (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;

        private static int Number(string text, int start, int length) => int.Parse(text.Substring(start, length), CultureInfo.InvariantCulture);

        private static bool IsAllDigits(string text)
        {
            foreach (var c in text)
            {
                if (c < '0' || c > '9')
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsAllZero(string text)
        {
            foreach (var c in text)
            {
                if (c != '0')
                {
                    return false;
                }
            }

            return true;
        }
    }
}

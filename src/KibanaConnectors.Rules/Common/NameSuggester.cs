using System.Collections.Generic;
using System.Linq;
using System;

namespace KibanaConnectors.Rules.Common
{
    /// <summary>Finds the known name closest to a misspelt one, for "did you mean" hints.</summary>
    internal static class NameSuggester
    {
        public static string? Closest(string input, IEnumerable<string> candidates)
        {
            string? best = null;
            var bestDistance = int.MaxValue;
            foreach (var candidate in candidates)
            {
                if (string.Equals(candidate, input, StringComparison.OrdinalIgnoreCase))
                {
                    return candidate;
                }

                var distance = Distance(input.ToLowerInvariant(), candidate.ToLowerInvariant());
                if (distance < bestDistance)
                {
                    bestDistance = distance;
                    best = candidate;
                }
            }

            var allowed = Math.Max(2, input.Length / 3);
            return bestDistance <= allowed ? best : null;
        }

        /// <summary>Every candidate as close as the closest one (ties kept, in their order), within the distance <see cref="Closest"/> allows.</summary>
        public static List<string> AllClosest(string input, IEnumerable<string> candidates)
        {
            var best = new List<string>();
            var bestDistance = Math.Max(2, input.Length / 3);
            foreach (var candidate in candidates)
            {
                var distance = Distance(input.ToLowerInvariant(), candidate.ToLowerInvariant());
                if (distance < bestDistance)
                {
                    best.Clear();
                    bestDistance = distance;
                }

                if (distance == bestDistance)
                {
                    best.Add(candidate);
                }
            }

            return best;
        }

        /// <summary>" Did you mean 'x'?" or nothing.</summary>
        public static string Hint(string input, IEnumerable<string> candidates)
        {
            var closest = Closest(input, candidates);
            return closest == null ? string.Empty : $"; did you mean '{closest}'?";
        }

        /// <summary>" (did you mean 'x'?)" or nothing, for the middle of a sentence.</summary>
        public static string InParentheses(string input, IEnumerable<string> candidates) => InParentheses(Closest(input, candidates));

        /// <summary>" (did you mean 'x'?)" for a closest name already found (a caller that offers it as a fix too), or nothing for null.</summary>
        public static string InParentheses(string? closest) =>
            closest == null ? string.Empty : $" (did you mean '{closest}'?)";

        /// <summary>" (did you mean 'x' or 'y'?)" with every closest candidate (at most three), or nothing: for ids, where several are often as close.</summary>
        public static string AllInParentheses(string input, IEnumerable<string> candidates)
        {
            var closest = AllClosest(input, candidates);
            return closest.Count == 0 ? string.Empty : $" (did you mean {string.Join(" or ", closest.Take(3).Select(c => "'" + c + "'"))}?)";
        }

        private static int Distance(string a, string b)
        {
            var previous = new int[b.Length + 1];
            var current = new int[b.Length + 1];
            for (var j = 0; j <= b.Length; j++)
            {
                previous[j] = j;
            }

            for (var i = 1; i <= a.Length; i++)
            {
                current[0] = i;
                for (var j = 1; j <= b.Length; j++)
                {
                    var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                    current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                }

                (previous, current) = (current, previous);
            }

            return previous[b.Length];
        }
    }
}

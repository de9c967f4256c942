using System;
using System.Collections.Generic;
using System.Text;

namespace FactGen.Core;

/// <summary>How ids and field names become C# names, and "did you mean" suggestions.</summary>
public static class Naming
{
    /// <summary><c>antony-blinken</c> to <c>AntonyBlinken</c>; <c>onAgenda</c> to <c>OnAgenda</c>;
    /// a name that would start with a digit gets a leading underscore (<c>_2024Visit</c>).</summary>
    public static string ToPascalCase(string name)
    {
        var builder = new StringBuilder(name.Length + 1);
        var upperNext = true;
        foreach (var c in name)
        {
            if (c == '-' || c == '_' || c == ' ' || c == '.')
            {
                upperNext = true;
                continue;
            }
            if (!IsAsciiLetterOrDigit(c)) continue;
            builder.Append(upperNext ? char.ToUpperInvariant(c) : c);
            upperNext = false;
        }
        if (builder.Length == 0 || char.IsDigit(builder[0])) builder.Insert(0, '_');
        return builder.ToString();
    }

    /// <summary>
    /// The id rule as a regular expression, for JSON Schema and editors: lowercase ASCII letters and
    /// digits in words joined by single hyphens. <see cref="IsSlug"/> applies the same rule (and a
    /// length limit) without a regex; <c>NamingTests</c> checks that the two agree.
    /// </summary>
    public const string SlugPattern = "^[a-z0-9]+(-[a-z0-9]+)*$";

    /// <summary>Whether <paramref name="id"/> is a valid id (<see cref="SlugPattern"/>, at most 200 characters): the one slug rule.</summary>
    public static bool IsSlug(string id)
    {
        if (id.Length == 0 || id.Length > 200) return false;
        var previousHyphen = true;
        foreach (var c in id)
        {
            if (c == '-')
            {
                if (previousHyphen) return false;
                previousHyphen = true;
                continue;
            }
            if (!(c is >= 'a' and <= 'z' || c is >= '0' and <= '9')) return false;
            previousHyphen = false;
        }
        return !previousHyphen;
    }

    public static bool IsAsciiLetterOrDigit(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9';

    /// <summary>The closest candidate by edit distance, if it is close enough to be a likely typo.</summary>
    public static string? Suggest(string value, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = EditDistance(value, candidate);
            if (distance < bestDistance || (distance == bestDistance && string.CompareOrdinal(candidate, best) < 0))
            {
                best = candidate;
                bestDistance = distance;
            }
        }
        var allowed = Math.Max(2, value.Length / 3);
        return best is not null && bestDistance <= allowed ? best : null;
    }

    public static string DidYouMean(string value, IEnumerable<string> candidates)
    {
        var suggestion = Suggest(value, candidates);
        return suggestion is null ? string.Empty : $"; did you mean '{suggestion}'?";
    }

    public static int EditDistance(string a, string b)
    {
        if (a.Length == 0) return b.Length;
        if (b.Length == 0) return a.Length;
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}

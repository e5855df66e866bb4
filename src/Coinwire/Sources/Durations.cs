using System.Globalization;

namespace Coinwire.Sources;

/// <summary>Short durations as written in configuration and on the command line: <c>15m</c>, <c>1h30m</c>, <c>2d</c>, <c>45s</c>, or <c>00:15:00</c>.</summary>
public static class Durations
{
    /// <summary>Parses <paramref name="text"/>; false when it is not a positive duration.</summary>
    public static bool TryParse(string? text, out TimeSpan value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }
        var s = text.Trim();
        if (s.Contains(':'))
        {
            return TimeSpan.TryParse(s, CultureInfo.InvariantCulture, out value) && value > TimeSpan.Zero;
        }

        var total = TimeSpan.Zero;
        var i = 0;
        while (i < s.Length)
        {
            var start = i;
            while (i < s.Length && char.IsAsciiDigit(s[i]))
            {
                i++;
            }
            if (i == start || i == s.Length || !int.TryParse(s.AsSpan(start, i - start), CultureInfo.InvariantCulture, out var n))
            {
                return false;
            }
            TimeSpan? part = char.ToLowerInvariant(s[i]) switch
            {
                's' => TimeSpan.FromSeconds(n),
                'm' => TimeSpan.FromMinutes(n),
                'h' => TimeSpan.FromHours(n),
                'd' => TimeSpan.FromDays(n),
                'w' => TimeSpan.FromDays(7.0 * n),
                _ => null,
            };
            if (part is null)
            {
                return false;
            }
            total += part.Value;
            i++;
        }
        value = total;
        return total > TimeSpan.Zero;
    }

    /// <summary>The shortest form <see cref="TryParse"/> reads back: <c>1h30m</c>.</summary>
    public static string Format(TimeSpan value)
    {
        if (value <= TimeSpan.Zero)
        {
            return "0s";
        }
        var parts = new System.Text.StringBuilder();
        if (value.Days > 0) parts.Append(value.Days).Append('d');
        if (value.Hours > 0) parts.Append(value.Hours).Append('h');
        if (value.Minutes > 0) parts.Append(value.Minutes).Append('m');
        if (value.Seconds > 0) parts.Append(value.Seconds).Append('s');
        return parts.ToString();
    }
}

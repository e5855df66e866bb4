namespace Coinwire.Normalizing;

public static partial class FeedDates
{
    /// <summary>
    /// Strict fast path for ISO 8601 / RFC 3339 / W3CDTF: <c>yyyy[-MM[-dd]]</c> or <c>yyyyMMdd</c>, then optionally
    /// <c>T</c> or a space and <c>HH[:mm[:ss[.f…]]]</c> (or <c>HHmm[ss]</c>), then optionally <c>Z</c> or <c>±HH[[:]mm]</c>.
    /// Anything else returns false and goes to the general parser, which also knows the odd forms.
    /// </summary>
    private static bool TryParseIso(ReadOnlySpan<char> s, out DateTimeOffset utc)
    {
        utc = default;
        var year = Digits(s, 0, 4);
        int month = 1, day = 1, hour = 0, minute = 0, second = 0, offset = 0;
        long fraction = 0;
        var i = 4;
        if (s[i] == '-')
        {
            if (!Two(s, 5, out month))
            {
                return false;
            }
            i = 7;
            if (i < s.Length && s[i] == '-')
            {
                if (!Two(s, 8, out day))
                {
                    return false;
                }
                i = 10;
            }
        }
        else if (Two(s, 4, out month) && Two(s, 6, out day))
        {
            i = 8;
        }
        else
        {
            return false;
        }

        if (i < s.Length && (s[i] is 'T' or 't' or ' ') && i + 1 < s.Length && IsDigit(s[i + 1]))
        {
            if (!TryIsoTime(s, ref i, out hour, out minute, out second, out fraction))
            {
                return false;
            }
        }
        if (i < s.Length && !TryIsoZone(s[i..], out offset))
        {
            return false;
        }
        return TryBuild(year, month, day, hour, minute, second, fraction, offset, out utc);
    }

    private static bool TryIsoTime(ReadOnlySpan<char> s, ref int i, out int hour, out int minute, out int second, out long fraction)
    {
        minute = 0;
        second = 0;
        fraction = 0;
        if (!Two(s, i + 1, out hour))
        {
            return false;
        }
        i += 3;
        var extended = i < s.Length && s[i] == ':';
        if (extended ? Two(s, i + 1, out minute) : Two(s, i, out minute))
        {
            i += extended ? 3 : 2;
            if (extended ? i < s.Length && s[i] == ':' && Two(s, i + 1, out second) : Two(s, i, out second))
            {
                i += extended ? 3 : 2;
                if (i < s.Length && s[i] is '.' or ',')
                {
                    i++;
                    if (!TryFraction(s, ref i, out fraction))
                    {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /// <summary>Reads at least one fraction digit at <paramref name="i"/>; digits beyond 100 ns are read but dropped.</summary>
    private static bool TryFraction(ReadOnlySpan<char> s, ref int i, out long ticks)
    {
        ticks = 0;
        var start = i;
        long scale = TimeSpan.TicksPerSecond;
        for (; i < s.Length && IsDigit(s[i]); i++)
        {
            if (scale > 1)
            {
                scale /= 10;
                ticks += (s[i] - '0') * scale;
            }
        }
        return i > start;
    }

    /// <summary>The zone that ends an ISO date: <c>Z</c>, <c>±HH</c>, <c>±HHmm</c>, <c>±HH:mm</c>, optionally after one space.</summary>
    private static bool TryIsoZone(ReadOnlySpan<char> z, out int offsetMinutes)
    {
        offsetMinutes = 0;
        if (z[0] == ' ')
        {
            z = z[1..];
        }
        if (z.Length == 1 && z[0] is 'Z' or 'z')
        {
            return true;
        }
        if (z.Length < 3 || z[0] is not ('+' or '-' or '\u2212') || !Two(z, 1, out var hours))
        {
            return false;
        }
        var minutes = 0;
        var ok = z.Length switch
        {
            3 => true,
            5 => Two(z, 3, out minutes),
            6 => z[3] == ':' && Two(z, 4, out minutes),
            _ => false,
        };
        if (!ok || minutes > 59)
        {
            return false;
        }
        offsetMinutes = (z[0] == '+' ? 1 : -1) * ((hours * 60) + minutes);
        return true;
    }

    private static bool Two(ReadOnlySpan<char> s, int at, out int value)
    {
        if (at + 1 < s.Length && IsDigit(s[at]) && IsDigit(s[at + 1]))
        {
            value = ((s[at] - '0') * 10) + (s[at + 1] - '0');
            return true;
        }
        value = 0;
        return false;
    }
}

namespace Coinwire.Normalizing;

/// <summary>
/// Date parsing for feeds: RFC 822/1123/2822 and its broken variants, ISO 8601 / RFC 3339 / W3CDTF,
/// localized month and weekday names, JS <c>Date.toString()</c>, Unix epochs; every result is UTC.
/// </summary>
/// <remarks>
/// Rules for ambiguous input (see also <c>FeedDatesNames.cs</c> for zone abbreviations):
/// <list type="bullet">
/// <item>No zone: the time is taken as UTC.</item>
/// <item>Two-digit years: 00–49 → 20xx, 50–99 → 19xx; three-digit years add 1900 (RFC 2822 §4.3; also JS <c>getYear()</c> bugs).</item>
/// <item>The weekday is ignored, even when it contradicts the date.</item>
/// <item>Numeric dates: year first (<c>2020/1/10</c>) is Y/M/D; with <c>/</c> the default is the US M/D/Y, with <c>.</c> or <c>-</c>
/// it is D.M.Y; the other order is used only when the default is impossible (<c>25/12/2022</c> → 25 December).</item>
/// <item>All-digit strings: 4 digits = year, 8 = <c>yyyyMMdd</c>, 9–10 = Unix seconds, 13 = Unix milliseconds,
/// 14 = <c>yyyyMMddHHmmss</c>; any other length fails.</item>
/// <item>Military single-letter zones other than <c>Z</c> count as UTC (RFC 2822 §4.3: RFC 822 defined their signs backwards).</item>
/// <item><c>24:00</c> is midnight at the end of the day; a leap second <c>:60</c> becomes <c>:59</c>; fractions beyond 100 ns are truncated.</item>
/// <item>Zone abbreviations: CST = US Central (not China), IST = India (not Ireland/Israel), BST = British Summer Time,
/// AST = Atlantic; ET/CT/MT/PT = standard time (as feedparser). A numeric offset wins over a name (<c>-0500 (EST)</c>).</item>
/// <item>Unknown words outside parentheses, and impossible offsets (beyond ±14:00, minutes over 59, feedparser's <c>+3000</c>),
/// fail the parse rather than guessing: a wrong zone shifts the time by hours, while a failure lets the caller fall back to the fetch time.</item>
/// <item>Localized names: English, German, French, Spanish, Italian, Portuguese, Dutch, Russian (nominative and genitive),
/// full, abbreviated or any unambiguous 3+ letter prefix, any case, with or without accents; weekday-or-month words
/// (<c>mar</c>) are the month only when no other month word is present.</item>
/// <item>A date with no day (<c>Dec 2022</c>) or no year (<c>5 декабря 10:00</c>) fails: <see cref="TryParse(string, out DateTimeOffset)"/> has no clock to guess it from.</item>
/// </list>
/// Plausibility (too old, in the future) is <see cref="TryNormalize"/>'s job, not the parser's.
/// </remarks>
public static partial class FeedDates
{
    /// <summary>Dates before this instant are treated as invalid by <see cref="TryNormalize"/>: no web feed predates it,
    /// and the usual bugs (0001-01-01, 1970-01-01) fall before it.</summary>
    public static readonly DateTimeOffset MinPlausible = new(1995, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>How far ahead of "now" a date may be before <see cref="TryNormalize"/> clamps it: one day absorbs
    /// clock skew and a local time mislabelled as UTC (at most 14 h); beyond that it is a publisher bug or an embargo date.</summary>
    public static readonly TimeSpan FutureTolerance = TimeSpan.FromDays(1);

    private const int MaxLength = 256;

    /// <summary>Parses <paramref name="raw"/> to a UTC instant; false when it holds no recognizable date.</summary>
    /// <param name="raw">A feed date string in any of the supported forms; surrounding whitespace is ignored.</param>
    /// <param name="utc">The instant, with offset zero; <see langword="default"/> on failure.</param>
    /// <returns><see langword="true"/> when a complete date (at least a year) was recognized.</returns>
    public static bool TryParse(string? raw, out DateTimeOffset utc)
    {
        utc = default;
        return raw is not null && TryParse(raw.AsSpan(), out utc);
    }

    /// <summary>Parses <paramref name="raw"/> to a UTC instant; false when it holds no recognizable date.</summary>
    /// <param name="raw">A feed date in any of the supported forms; surrounding whitespace is ignored.</param>
    /// <param name="utc">The instant, with offset zero; <see langword="default"/> on failure.</param>
    /// <returns><see langword="true"/> when a complete date (at least a year) was recognized.</returns>
    public static bool TryParse(ReadOnlySpan<char> raw, out DateTimeOffset utc)
    {
        utc = default;
        var s = raw.Trim();
        if (s.Length == 0 || s.Length > MaxLength)
        {
            return false;
        }
        if (s.Length >= 4 && IsDigit(s[0]) && IsDigit(s[1]) && IsDigit(s[2]) && IsDigit(s[3]))
        {
            if (AllDigits(s))
            {
                return TryParseDigits(s, out utc);
            }
            if (TryParseIso(s, out utc))
            {
                return true;
            }
        }
        return TryParseRfc1123(s, out utc) || TryParseText(s, out utc);
    }

    /// <summary>
    /// Applies the plausibility rules to a parsed date: before <see cref="MinPlausible"/> it is invalid; more than
    /// <see cref="FutureTolerance"/> after <paramref name="now"/> it is clamped to <paramref name="now"/>.
    /// </summary>
    /// <param name="parsed">A parsed date (any offset).</param>
    /// <param name="now">The current time (the fetch time, or the clock).</param>
    /// <param name="utc">The date to store, in UTC; <see langword="default"/> when invalid.</param>
    /// <param name="clamped"><see langword="true"/> when the date lay too far in the future and was replaced by <paramref name="now"/>.</param>
    /// <returns><see langword="false"/> when the date is implausibly old and should be treated as missing.</returns>
    public static bool TryNormalize(DateTimeOffset parsed, DateTimeOffset now, out DateTimeOffset utc, out bool clamped)
    {
        clamped = false;
        utc = default;
        if (parsed < MinPlausible)
        {
            return false;
        }
        if (parsed - now > FutureTolerance)
        {
            clamped = true;
            utc = now.ToUniversalTime();
            return true;
        }
        utc = parsed.ToUniversalTime();
        return true;
    }

    /// <summary><see cref="TryParse(string, out DateTimeOffset)"/> followed by <see cref="TryNormalize"/>.</summary>
    /// <param name="raw">A feed date string.</param>
    /// <param name="now">The current time (the fetch time, or the clock).</param>
    /// <param name="utc">The date to store, in UTC; <see langword="default"/> on failure.</param>
    /// <param name="clamped"><see langword="true"/> when the date lay too far in the future and was replaced by <paramref name="now"/>.</param>
    /// <returns><see langword="false"/> when the string holds no date or an implausibly old one.</returns>
    public static bool TryParseNormalized(string? raw, DateTimeOffset now, out DateTimeOffset utc, out bool clamped)
    {
        clamped = false;
        utc = default;
        return TryParse(raw, out var parsed) && TryNormalize(parsed, now, out utc, out clamped);
    }

    private static bool IsDigit(char c) => (uint)(c - '0') <= 9;

    // Not span.ContainsAnyExceptInRange: on .NET 10 that allocates 96 bytes per call for char spans.
    private static bool AllDigits(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (!IsDigit(c))
            {
                return false;
            }
        }
        return true;
    }

    private static bool TryParseDigits(ReadOnlySpan<char> s, out DateTimeOffset utc)
    {
        utc = default;
        switch (s.Length)
        {
            case 4:
                return TryBuild(Digits(s, 0, 4), 1, 1, 0, 0, 0, 0, 0, out utc);
            case 8:
                return TryBuild(Digits(s, 0, 4), Digits(s, 4, 2), Digits(s, 6, 2), 0, 0, 0, 0, 0, out utc);
            case 14:
                return TryBuild(Digits(s, 0, 4), Digits(s, 4, 2), Digits(s, 6, 2),
                    Digits(s, 8, 2), Digits(s, 10, 2), Digits(s, 12, 2), 0, 0, out utc);
            case 9 or 10 or 13:
                long value = 0;
                foreach (var c in s)
                {
                    value = (value * 10) + (c - '0');
                }
                var ticks = s.Length == 13 ? value * TimeSpan.TicksPerMillisecond : value * TimeSpan.TicksPerSecond;
                return TryFromTicks(DateTime.UnixEpoch.Ticks + ticks, out utc);
            default:
                return false;
        }
    }

    private static int Digits(ReadOnlySpan<char> s, int start, int count)
    {
        var value = 0;
        for (var i = start; i < start + count; i++)
        {
            value = (value * 10) + (s[i] - '0');
        }
        return value;
    }

    /// <summary>Validates the fields and builds the UTC instant; <paramref name="offsetMinutes"/> is the local zone's offset.</summary>
    private static bool TryBuild(int year, int month, int day, int hour, int minute, int second, long fractionTicks,
        int offsetMinutes, out DateTimeOffset utc)
    {
        utc = default;
        if (year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)
            || hour is < 0 or > 24 || minute is < 0 or > 59 || second is < 0 or > 60 || offsetMinutes is < -14 * 60 or > 14 * 60)
        {
            return false;
        }
        if (hour == 24 && (minute != 0 || second != 0 || fractionTicks != 0))
        {
            return false;
        }
        if (second == 60)
        {
            second = 59;
        }
        var ticks = new DateTime(year, month, day).Ticks
            + (hour * TimeSpan.TicksPerHour) + (minute * TimeSpan.TicksPerMinute) + (second * TimeSpan.TicksPerSecond)
            + fractionTicks - (offsetMinutes * TimeSpan.TicksPerMinute);
        return TryFromTicks(ticks, out utc);
    }

    private static bool TryFromTicks(long ticks, out DateTimeOffset utc)
    {
        if (ticks < 0 || ticks > DateTime.MaxValue.Ticks)
        {
            utc = default;
            return false;
        }
        utc = new DateTimeOffset(ticks, TimeSpan.Zero);
        return true;
    }
}

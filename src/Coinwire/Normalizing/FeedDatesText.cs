namespace Coinwire.Normalizing;

public static partial class FeedDates
{
    /// <summary>
    /// General parser: one pass over words (month, weekday, zone, filler), numbers (day, year), <c>H:mm[:ss[.f]]</c> times,
    /// numeric date groups, <c>±hh[mm]</c> offsets and (comments); every other character fails the parse.
    /// </summary>
    private static bool TryParseText(ReadOnlySpan<char> s, out DateTimeOffset utc)
    {
        utc = default;
        var p = default(TextParts);
        var afterZoneWord = false;
        var i = 0;
        while (i < s.Length)
        {
            var c = s[i];
            if (IsDigit(c))
            {
                if (!TryReadNumber(s, ref i, ref p))
                {
                    return false;
                }
                afterZoneWord = false;
            }
            else if (c < 0x80 ? (uint)((c | 0x20) - 'a') <= 'z' - 'a' : char.IsLetter(c))
            {
                if (!TryReadWord(s, ref i, ref p, out afterZoneWord))
                {
                    return false;
                }
            }
            else if (c is '+' or '-' or '\u2212' && (p.HasTime || afterZoneWord) && i + 1 < s.Length && IsDigit(s[i + 1]))
            {
                if (p.HasNumericOffset || !TryReadOffset(s, ref i, out p.NumericOffset))
                {
                    return false;
                }
                p.HasNumericOffset = true;
                afterZoneWord = false;
            }
            else if (c == '(')
            {
                var close = s[i..].IndexOf(')');
                i = close < 0 ? s.Length : i + close + 1;
            }
            else if (c is ',' or '.' or '-' or '/' or ';' || char.IsWhiteSpace(c))
            {
                i++;
            }
            else
            {
                return false;
            }
        }
        return p.TryBuild(out utc);
    }

    private static bool TryReadNumber(ReadOnlySpan<char> s, ref int i, ref TextParts p)
    {
        var start = i;
        var value = 0;
        for (; i < s.Length && IsDigit(s[i]); i++)
        {
            if (i - start >= 4)
            {
                return false;
            }
            value = (value * 10) + (s[i] - '0');
        }
        var digits = i - start;
        var next = i < s.Length ? s[i] : '\0';
        var afterNext = i + 1 < s.Length ? s[i + 1] : '\0';
        if ((next == ':' && IsDigit(afterNext))
            || (next is 'h' or 'H' && Two(s, i + 1, out _) && (i + 3 == s.Length || !char.IsLetterOrDigit(s[i + 3]))))
        {
            return digits <= 2 && !p.HasTime && TryReadTime(s, ref i, value, ref p);
        }
        if (next is '/' or '.' or '-' && IsDigit(afterNext) && p.GroupSeparator == '\0')
        {
            return TryReadGroup(s, ref i, value, digits, ref p);
        }
        SkipOrdinalSuffix(s, ref i);
        return p.AddNumber(value, digits);
    }

    /// <summary>Reads the rest of <c>H:mm[:ss[.f…]]</c> or <c>10h30</c>; <paramref name="i"/> is at the separator after the hour.</summary>
    private static bool TryReadTime(ReadOnlySpan<char> s, ref int i, int hour, ref TextParts p)
    {
        if (!Two(s, i + 1, out p.Minute))
        {
            return false;
        }
        var colon = s[i] == ':';
        i += 3;
        if (colon && i < s.Length && s[i] == ':' && Two(s, i + 1, out p.Second))
        {
            i += 3;
            if (i + 1 < s.Length && s[i] is '.' or ',' && IsDigit(s[i + 1]))
            {
                i++;
                TryFraction(s, ref i, out p.Fraction);
            }
        }
        p.Hour = hour;
        p.HasTime = true;
        return i == s.Length || !IsDigit(s[i]);
    }

    /// <summary>Reads <c>a/b[/c]</c> (or with <c>.</c>, <c>-</c>); <paramref name="i"/> is at the first separator.</summary>
    private static bool TryReadGroup(ReadOnlySpan<char> s, ref int i, int first, int firstDigits, ref TextParts p)
    {
        var separator = s[i];
        p.GroupSeparator = separator;
        (p.G0, p.G0Digits) = (first, firstDigits);
        i++;
        if (!TryReadSmall(s, ref i, out p.G1, out var g1Digits) || g1Digits > 2)
        {
            return false;
        }
        if (i + 1 < s.Length && s[i] == separator && IsDigit(s[i + 1]))
        {
            i++;
            return TryReadSmall(s, ref i, out p.G2, out p.G2Digits);
        }
        return false;
    }

    private static bool TryReadSmall(ReadOnlySpan<char> s, ref int i, out int value, out int digits)
    {
        var start = i;
        value = 0;
        for (; i < s.Length && IsDigit(s[i]); i++)
        {
            value = (value * 10) + (s[i] - '0');
        }
        digits = i - start;
        return digits is > 0 and <= 4;
    }

    /// <summary>Skips English and French ordinals: 1st, 2nd, 3rd, 4th, 1er.</summary>
    private static void SkipOrdinalSuffix(ReadOnlySpan<char> s, ref int i)
    {
        if (i + 1 < s.Length && (i + 2 == s.Length || !char.IsLetter(s[i + 2])))
        {
            var a = (char)(s[i] | 0x20);
            var b = (char)(s[i + 1] | 0x20);
            if ((a, b) is ('s', 't') or ('n', 'd') or ('r', 'd') or ('t', 'h') or ('e', 'r'))
            {
                i += 2;
            }
        }
    }

    /// <summary>Reads <c>±h</c>, <c>±hh</c>, <c>±hmm</c>, <c>±hhmm</c>, optionally <c>:mm</c>; <paramref name="i"/> is at the sign.</summary>
    private static bool TryReadOffset(ReadOnlySpan<char> s, ref int i, out int minutes)
    {
        minutes = 0;
        var sign = s[i] == '+' ? 1 : -1;
        i++;
        if (!TryReadSmall(s, ref i, out var value, out var digits))
        {
            return false;
        }
        int hours, mins = 0;
        if (digits <= 2)
        {
            hours = value;
            if (i < s.Length && s[i] == ':')
            {
                if (!Two(s, i + 1, out mins))
                {
                    return false;
                }
                i += 3;
            }
        }
        else
        {
            (hours, mins) = (value / 100, value % 100);
        }
        minutes = sign * ((hours * 60) + mins);
        return hours <= 14 && mins <= 59 && (i == s.Length || !IsDigit(s[i]));
    }

    private static bool TryReadWord(ReadOnlySpan<char> s, ref int i, ref TextParts p, out bool isZone)
    {
        isZone = false;
        var start = i;
        while (i < s.Length && (char.IsLetter(s[i]) || (s[i] >= 0x80 && char.GetUnicodeCategory(s[i]) == System.Globalization.UnicodeCategory.NonSpacingMark)))
        {
            i++;
        }
        Span<char> buffer = stackalloc char[MaxWordLength];
        var length = Fold(s[start..i], buffer);
        if (length <= 0)
        {
            return false;
        }
        var word = buffer[..length];
        if (length == 1 && word[0] is 'a' or 'p' && p.HasTime && !p.Am && !p.Pm
            && i + 1 < s.Length && s[i] == '.' && (s[i + 1] | 0x20) == 'm' && (i + 2 == s.Length || !char.IsLetter(s[i + 2])))
        {
            // AP style "10:00 a.m."
            (p.Am, p.Pm) = (word[0] == 'a', word[0] == 'p');
            i += 2;
            return true;
        }
        if (length == 1 && word[0] < 0x80)
        {
            return TryReadLetter(word[0], ref p, out isZone);
        }
        if (p.HasTime && !p.Am && !p.Pm && word is "am" or "pm")
        {
            (p.Am, p.Pm) = (word[0] == 'a', word[0] == 'p');
            return true;
        }
        if (word is "at" && p.HasTime && !p.HasZone)
        {
            (p.HasZone, p.ZoneOffset, isZone) = (true, -240, true);
            return true;
        }
        if (!Names.TryGetValue(word, out var info))
        {
            return false;
        }
        if ((info.Kind & NameKind.Zone) != 0)
        {
            if (!p.HasZone)
            {
                (p.HasZone, p.ZoneOffset) = (true, info.ZoneMinutes);
            }
            isZone = true;
            return true;
        }
        if ((info.Kind & NameKind.Month) != 0)
        {
            return p.AddMonth(info.Month, (info.Kind & NameKind.Weekday) != 0);
        }
        return true;
    }

    /// <summary>Single letters: a military zone after the time (all but Z taken as UTC, RFC 2822 §4.3), else "T" or "à".</summary>
    private static bool TryReadLetter(char letter, ref TextParts p, out bool isZone)
    {
        isZone = false;
        if (letter is >= 'a' and <= 'z' and not 'j' && p.HasTime && !p.HasZone)
        {
            (p.HasZone, p.ZoneOffset, isZone) = (true, 0, true);
            return true;
        }
        return letter is 't' or 'a' || (letter == 'z' && p.HasZone);
    }
}

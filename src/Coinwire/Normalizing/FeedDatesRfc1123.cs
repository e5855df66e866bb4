namespace Coinwire.Normalizing;

public static partial class FeedDates
{
    /// <summary>
    /// Fast path for the form most feeds use, <c>Ddd, d[d] Mmm yyyy HH:mm[:ss] (±hhmm|GMT|UT|UTC|Z)</c> with English
    /// names (any case): no hashing, no tokenizing. Anything else returns false and goes to the general parser,
    /// which gives the same answer for what this accepts.
    /// </summary>
    private static bool TryParseRfc1123(ReadOnlySpan<char> s, out DateTimeOffset utc)
    {
        utc = default;
        if (s.Length < 25 || s[3] != ',' || s[4] != ' ' || !IsEnglishWeekday(Packed3(s)))
        {
            return false;
        }
        var i = 5;
        if (!IsDigit(s[i]))
        {
            return false;
        }
        var day = s[i++] - '0';
        if (IsDigit(s[i]))
        {
            day = (day * 10) + (s[i++] - '0');
        }
        if (s.Length < i + 18 || s[i] != ' ' || s[i + 4] != ' ' || s[i + 9] != ' ')
        {
            return false;
        }
        var month = EnglishMonth(Packed3(s[(i + 1)..]));
        var year = AllDigits(s.Slice(i + 5, 4)) ? Digits(s, i + 5, 4) : -1;
        i += 10;
        if (month == 0 || year < 0 || !Two(s, i, out var hour) || s[i + 2] != ':' || !Two(s, i + 3, out var minute))
        {
            return false;
        }
        i += 5;
        var second = 0;
        if (i + 2 < s.Length && s[i] == ':' && Two(s, i + 1, out second))
        {
            i += 3;
        }
        if (i >= s.Length || s[i] != ' ' || !TryRfc1123Zone(s[(i + 1)..], out var offset))
        {
            return false;
        }
        return TryBuild(year, month, day, hour, minute, second, 0, offset, out utc);
    }

    private static bool TryRfc1123Zone(ReadOnlySpan<char> z, out int offsetMinutes)
    {
        offsetMinutes = 0;
        if (z.Length == 5 && z[0] is '+' or '-' && Two(z, 1, out var hours) && Two(z, 3, out var minutes))
        {
            offsetMinutes = (z[0] == '+' ? 1 : -1) * ((hours * 60) + minutes);
            return hours <= 14 && minutes <= 59;
        }
        return z.Length switch
        {
            1 => (z[0] | 0x20) == 'z',
            2 => (z[0] | 0x20) == 'u' && (z[1] | 0x20) == 't',
            3 => Packed3(z) is Gmt or Utc,
            _ => false,
        };
    }

    private const int Gmt = ('g' << 16) | ('m' << 8) | 't';
    private const int Utc = ('u' << 16) | ('t' << 8) | 'c';

    /// <summary>The first three characters lowercased and packed into an int; -1 when they are not ASCII letters.</summary>
    private static int Packed3(ReadOnlySpan<char> s)
    {
        var packed = 0;
        for (var k = 0; k < 3; k++)
        {
            var c = (char)(s[k] | 0x20);
            if ((uint)(c - 'a') > 'z' - 'a')
            {
                return -1;
            }
            packed = (packed << 8) | c;
        }
        return packed;
    }

    private static bool IsEnglishWeekday(int packed) => packed switch
    {
        ('m' << 16) | ('o' << 8) | 'n' or ('t' << 16) | ('u' << 8) | 'e' or ('w' << 16) | ('e' << 8) | 'd'
            or ('t' << 16) | ('h' << 8) | 'u' or ('f' << 16) | ('r' << 8) | 'i' or ('s' << 16) | ('a' << 8) | 't'
            or ('s' << 16) | ('u' << 8) | 'n' => true,
        _ => false,
    };

    private static int EnglishMonth(int packed) => packed switch
    {
        ('j' << 16) | ('a' << 8) | 'n' => 1,
        ('f' << 16) | ('e' << 8) | 'b' => 2,
        ('m' << 16) | ('a' << 8) | 'r' => 3,
        ('a' << 16) | ('p' << 8) | 'r' => 4,
        ('m' << 16) | ('a' << 8) | 'y' => 5,
        ('j' << 16) | ('u' << 8) | 'n' => 6,
        ('j' << 16) | ('u' << 8) | 'l' => 7,
        ('a' << 16) | ('u' << 8) | 'g' => 8,
        ('s' << 16) | ('e' << 8) | 'p' => 9,
        ('o' << 16) | ('c' << 8) | 't' => 10,
        ('n' << 16) | ('o' << 8) | 'v' => 11,
        ('d' << 16) | ('e' << 8) | 'c' => 12,
        _ => 0,
    };
}

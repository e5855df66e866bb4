using System.Globalization;
using System.Numerics;
using System.Text.RegularExpressions;

namespace Coinwire.Articles;

/// <summary>
/// js-yaml 3.14.1's implicit types of the DEFAULT_SAFE schema (null, bool, int, float, timestamp, merge):
/// which plain scalars they claim and what they build. Ported from <c>lib/js-yaml/type/*.js</c>.
/// </summary>
internal static partial class ScalarResolver
{
    /// <summary>True when a plain <paramref name="text"/> would not read back as a string (so the writer must quote it).</summary>
    public static bool IsAmbiguous(string text) =>
        IsNull(text) || IsBool(text) || IsInt(text) || IsFloat(text) || IsTimestamp(text) || text == "<<";

    /// <summary>The value of a plain scalar, trying the implicit types in js-yaml's order.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When a timestamp falls outside years 1–9999 (the reader reports it as a format error).</exception>
    public static FrontMatterScalar ResolvePlain(string text)
    {
        if (text.Length == 0 || IsNull(text))
        {
            return FrontMatterScalar.Null;
        }
        if (IsBool(text))
        {
            return FrontMatterScalar.FromBool(text[0] is 't' or 'T');
        }
        if (IsInt(text))
        {
            return FrontMatterScalar.FromIntValue(ConstructInt(text));
        }
        if (IsFloat(text))
        {
            return FrontMatterScalar.FromFloat(ConstructFloat(text));
        }
        if (IsTimestamp(text))
        {
            return FrontMatterScalar.FromTimestamp(ConstructTimestamp(text));
        }
        return FrontMatterScalar.FromString(text);
    }

    public static bool IsNull(string s) => s is "~" or "null" or "Null" or "NULL";

    public static bool IsBool(string s) => s is "true" or "True" or "TRUE" or "false" or "False" or "FALSE";

    public static bool IsInt(string data)
    {
        int max = data.Length, index = 0;
        var hasDigits = false;
        if (max == 0)
        {
            return false;
        }
        var ch = data[index];
        if (ch is '-' or '+')
        {
            if (++index >= max)
            {
                return false;
            }
            ch = data[index];
        }
        if (ch == '0')
        {
            if (index + 1 == max)
            {
                return true;
            }
            ch = data[++index];
            Func<char, bool> isDigit = ch switch
            {
                'b' => c => c is '0' or '1',
                'x' => char.IsAsciiHexDigit,
                _ => c => c is >= '0' and <= '7',
            };
            if (ch is 'b' or 'x')
            {
                index++;
            }
            for (; index < max; index++)
            {
                ch = data[index];
                if (ch == '_')
                {
                    continue;
                }
                if (!isDigit(ch))
                {
                    return false;
                }
                hasDigits = true;
            }
            return hasDigits && ch != '_';
        }
        if (ch == '_')
        {
            return false;
        }
        for (; index < max; index++)
        {
            ch = data[index];
            if (ch == '_')
            {
                continue;
            }
            if (ch == ':')
            {
                break;
            }
            if (!char.IsAsciiDigit(ch))
            {
                return false;
            }
            hasDigits = true;
        }
        if (!hasDigits || ch == '_')
        {
            return false;
        }
        return ch != ':' || Base60Tail().IsMatch(data[index..]);
    }

    public static bool IsFloat(string s) => FloatPattern().IsMatch(s) && s[^1] != '_';

    public static bool IsTimestamp(string s) => DatePattern().IsMatch(s) || TimestampPattern().IsMatch(s);

    private static double ConstructInt(string data)
    {
        var value = data.Replace("_", "", StringComparison.Ordinal);
        var sign = 1.0;
        if (value[0] is '-' or '+')
        {
            sign = value[0] == '-' ? -1 : 1;
            value = value[1..];
        }
        if (value == "0")
        {
            return 0;
        }
        if (value[0] == '0')
        {
            return value[1] switch
            {
                'b' => sign * ParseBase(value[2..], 2),
                'x' => sign * ParseBase(value[2..], 16),
                _ => sign * ParseBase(value[1..], 8),
            };
        }
        if (value.Contains(':', StringComparison.Ordinal))
        {
            return sign * Sexagesimal(value);
        }
        return sign * double.Parse(value, NumberStyles.None, CultureInfo.InvariantCulture);
    }

    private static double ConstructFloat(string data)
    {
        var value = data.Replace("_", "", StringComparison.Ordinal).ToLowerInvariant();
        var sign = value[0] == '-' ? -1.0 : 1.0;
        if (value[0] is '-' or '+')
        {
            value = value[1..];
        }
        return value switch
        {
            ".inf" => sign * double.PositiveInfinity,
            ".nan" => double.NaN,
            _ when value.Contains(':', StringComparison.Ordinal) => sign * Sexagesimal(value),
            _ => sign * double.Parse(value, NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture),
        };
    }

    private static double Sexagesimal(string value)
    {
        double result = 0, scale = 1;
        foreach (var part in value.Split(':').Reverse())
        {
            result += double.Parse(part, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture) * scale;
            scale *= 60;
        }
        return result;
    }

    private static double ParseBase(string digits, int radix)
    {
        var result = BigInteger.Zero;
        foreach (var c in digits)
        {
            result = (result * radix) + Convert.ToInt32(c.ToString(), 16);
        }
        return (double)result;
    }

    // Date.UTC semantics: out-of-range fields carry over, and years 0–99 mean 1900–1999.
    private static DateTime ConstructTimestamp(string data)
    {
        var m = DatePattern().Match(data);
        if (!m.Success)
        {
            m = TimestampPattern().Match(data);
        }
        int Group(int i) => m.Groups[i].Success ? int.Parse(m.Groups[i].Value, CultureInfo.InvariantCulture) : 0;
        var year = Group(1);
        var result = new DateTime(year is >= 0 and <= 99 ? 1900 + year : year, 1, 1, 0, 0, 0, DateTimeKind.Utc)
            .AddMonths(Group(2) - 1).AddDays(Group(3) - 1);
        if (!m.Groups[4].Success)
        {
            return result;
        }
        var fraction = m.Groups[7].Success ? m.Groups[7].Value : "";
        fraction = (fraction.Length > 3 ? fraction[..3] : fraction).PadRight(3, '0');
        result = result.AddHours(Group(4)).AddMinutes(Group(5)).AddSeconds(Group(6))
            .AddMilliseconds(int.Parse(fraction, CultureInfo.InvariantCulture));
        if (m.Groups[9].Success)
        {
            var delta = TimeSpan.FromMinutes((Group(10) * 60) + Group(11));
            result = m.Groups[9].Value == "-" ? result + delta : result - delta;
        }
        return result;
    }

    [GeneratedRegex(@"^(:[0-5]?[0-9])+\z", RegexOptions.CultureInvariant)]
    private static partial Regex Base60Tail();

    [GeneratedRegex(@"^(?:[-+]?(?:0|[1-9][0-9_]*)(?:\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?|\.[0-9_]+(?:[eE][-+]?[0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))\z")]
    private static partial Regex FloatPattern();

    [GeneratedRegex(@"^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])\z")]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\.([0-9]*))?(?:[ \t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?\z")]
    private static partial Regex TimestampPattern();
}

using System.Globalization;
using System.Text.RegularExpressions;

namespace Coinwire.Rewriting;

/// <summary>A calendar date named in text: <c>Feb. 4</c>, <c>February 4, 2026</c>, <c>4 February</c>, <c>2026-02-04</c>.</summary>
/// <param name="Text">The text as written.</param>
/// <param name="Index">Where it starts.</param>
/// <param name="Length">How long it is.</param>
/// <param name="Month">1–12.</param>
/// <param name="Day">1–31.</param>
/// <param name="Year">The year when written.</param>
public sealed record DateMention(string Text, int Index, int Length, int Month, int Day, int? Year)
{
    /// <summary>Whether <paramref name="source"/> names the same day (years must agree when both are written).</summary>
    public bool SupportedBy(DateMention source) =>
        source.Month == Month && source.Day == Day && (Year is null || source.Year is null || source.Year == Year);
}

/// <summary>Finds calendar dates in English news text.</summary>
public static partial class DateMentions
{
    private static readonly string[] MonthNames = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames;

    /// <summary>Every date in <paramref name="text"/>.</summary>
    public static IReadOnlyList<DateMention> Find(string text)
    {
        var result = new List<DateMention>();
        foreach (Match m in MonthDay().Matches(text))
        {
            Add(result, m, MonthOf(m.Groups["mon"].Value), m.Groups["day"].Value, m.Groups["year"].Value);
        }
        foreach (Match m in DayMonth().Matches(text))
        {
            Add(result, m, MonthOf(m.Groups["mon"].Value), m.Groups["day"].Value, m.Groups["year"].Value);
        }
        foreach (Match m in Iso().Matches(text))
        {
            Add(result, m, int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture), m.Groups["d"].Value, m.Groups["y"].Value);
        }
        return result;
    }

    /// <summary>Whether the word is a month or weekday name or abbreviation (never a named entity on its own).</summary>
    public static bool IsCalendarWord(string word)
    {
        var w = word.TrimEnd('.');
        return MonthOf(w) > 0 || Weekday().IsMatch(w);
    }

    private static void Add(List<DateMention> result, Match m, int month, string day, string year)
    {
        var d = int.Parse(day, CultureInfo.InvariantCulture);
        if (month is < 1 or > 12 || d is < 1 or > 31)
        {
            return;
        }
        int? y = year.Length > 0 ? int.Parse(year, CultureInfo.InvariantCulture) : null;
        result.Add(new DateMention(m.Value, m.Index, m.Length, month, d, y));
    }

    private static int MonthOf(string word)
    {
        var w = word.TrimEnd('.');
        if (w.Length < 3)
        {
            return 0;
        }
        for (var i = 0; i < 12; i++)
        {
            if (MonthNames[i].StartsWith(w, StringComparison.OrdinalIgnoreCase) && (w.Length == 3 || w.Length == MonthNames[i].Length
                || w.Equals("Sept", StringComparison.OrdinalIgnoreCase)))
            {
                return i + 1;
            }
        }
        return 0;
    }

    private const string Month = @"(?<mon>Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|Sep(?:t(?:ember|\.)?|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)";

    [GeneratedRegex(@"\b" + Month + @"\s(?<day>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s(?<year>(?:19|20)\d\d)\b)?")]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"\b(?<day>\d{1,2})(?:st|nd|rd|th)?\s(?:of\s)?" + Month + @"(?:,?\s(?<year>(?:19|20)\d\d)\b)?")]
    private static partial Regex DayMonth();

    [GeneratedRegex(@"\b(?<y>(?:19|20)\d\d)-(?<m>[01]\d)-(?<d>[0-3]\d)\b")]
    private static partial Regex Iso();

    [GeneratedRegex(@"^(?:Mon|Tues?|Wed|Thu(?:rs)?|Fri|Sat|Sun)(?:day|nesday|urday)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Weekday();
}

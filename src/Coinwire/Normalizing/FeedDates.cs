namespace Coinwire.Normalizing;

/// <summary>Date parsing for feeds: RFC 822/1123 and its broken variants, ISO 8601, all to UTC.</summary>
public static class FeedDates
{
    /// <summary>Parses <paramref name="raw"/> to a UTC instant; false when it holds no recognizable date.</summary>
    public static bool TryParse(string? raw, out DateTimeOffset utc)
    {
        utc = default;
        return DateTimeOffset.TryParse(raw, System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.AdjustToUniversal | System.Globalization.DateTimeStyles.AssumeUniversal, out utc);
    }
}

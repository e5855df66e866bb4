using Coinwire.Normalizing;

namespace Coinwire.Parsing;

/// <summary>Raw feed date to UTC through <see cref="FeedDates"/>, never throwing.</summary>
internal static class FeedDateParsing
{
    public static DateTimeOffset? Parse(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }
        try
        {
            return FeedDates.TryParse(raw.Trim(), out var utc) ? utc : null;
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or OverflowException)
        {
            return null;
        }
    }
}

using Coinwire.Normalizing;

namespace Coinwire.Tests.Normalizing;

public class FeedDatesNormalizeTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void PastDate_Kept()
    {
        var date = new DateTimeOffset(2022, 12, 5, 10, 0, 0, TimeSpan.Zero);
        Assert.True(FeedDates.TryNormalize(date, Now, out var utc, out var clamped));
        Assert.Equal(date, utc);
        Assert.False(clamped);
    }

    [Fact]
    public void OffsetDate_ConvertedToUtc()
    {
        Assert.True(FeedDates.TryNormalize(new DateTimeOffset(2022, 12, 5, 12, 0, 0, TimeSpan.FromHours(2)), Now, out var utc, out _));
        Assert.Equal(TimeSpan.Zero, utc.Offset);
        Assert.Equal(new DateTime(2022, 12, 5, 10, 0, 0), utc.DateTime);
    }

    [Fact]
    public void FutureWithinOneDay_Kept()
    {
        var date = Now.AddHours(23);
        Assert.True(FeedDates.TryNormalize(date, Now, out var utc, out var clamped));
        Assert.Equal(date, utc);
        Assert.False(clamped);
    }

    [Fact]
    public void FutureBeyondOneDay_ClampedToNow()
    {
        Assert.True(FeedDates.TryNormalize(Now.AddDays(1).AddSeconds(1), Now, out var utc, out var clamped));
        Assert.Equal(Now, utc);
        Assert.True(clamped);
    }

    [Fact]
    public void Before1995_Invalid()
    {
        Assert.False(FeedDates.TryNormalize(new DateTimeOffset(1994, 12, 31, 23, 59, 59, TimeSpan.Zero), Now, out var utc, out var clamped));
        Assert.Equal(default, utc);
        Assert.False(clamped);
    }

    [Fact]
    public void UnixEpochZero_Invalid() => Assert.False(FeedDates.TryParseNormalized("Thu, 01 Jan 1970 00:00:00 GMT", Now, out _, out _));

    [Fact]
    public void Exactly1995_Valid() => Assert.True(FeedDates.TryNormalize(FeedDates.MinPlausible, Now, out _, out _));

    [Fact]
    public void TryParseNormalized_ClampsFarFuture()
    {
        Assert.True(FeedDates.TryParseNormalized("2030-01-01T00:00:00Z", Now, out var utc, out var clamped));
        Assert.Equal(Now, utc);
        Assert.True(clamped);
    }

    [Fact]
    public void TryParseNormalized_Unparseable_Fails() =>
        Assert.False(FeedDates.TryParseNormalized("soon", Now, out _, out _));
}

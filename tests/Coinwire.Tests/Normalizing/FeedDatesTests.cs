using System.Globalization;
using Coinwire.Normalizing;

namespace Coinwire.Tests.Normalizing;

internal static class FeedDatesAssert
{
    public static void Parses(string raw, string expectedUtc)
    {
        Assert.True(FeedDates.TryParse(raw, out var actual), $"not parsed: \"{raw}\"");
        Assert.Equal(TimeSpan.Zero, actual.Offset);
        Assert.Equal(DateTimeOffset.Parse(expectedUtc, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal), actual);
    }

    public static void Fails(string? raw)
    {
        Assert.False(FeedDates.TryParse(raw, out var actual), $"parsed: \"{raw}\" as {actual:O}");
        Assert.Equal(default, actual);
    }
}

public class FeedDatesTests
{
    [Fact]
    public void Null_Fails() => FeedDatesAssert.Fails(null);

    [Fact]
    public void Empty_Fails() => FeedDatesAssert.Fails("");

    [Fact]
    public void WhitespaceOnly_Fails() => FeedDatesAssert.Fails(" \t\n ");

    [Fact]
    public void Prose_Fails() => FeedDatesAssert.Fails("not a date");

    [Fact]
    public void UnknownMonthWord_Fails() => FeedDatesAssert.Fails("Mon, 05 Foo 2022 10:00:00 GMT");

    [Fact]
    public void UnknownZoneWord_Fails() => FeedDatesAssert.Fails("Mon, 05 Dec 2022 10:00:00 XYZ");

    [Fact]
    public void UnknownWeekdayWord_Fails() => FeedDatesAssert.Fails("Xyz, 05 Dec 2022 10:00:00 GMT");

    [Fact]
    public void InvalidOffsetMinutes_Fails() => FeedDatesAssert.Fails("Mon, 05 Dec 2022 10:00:00 +0075");

    [Fact]
    public void TimeWithoutDate_Fails() => FeedDatesAssert.Fails("10:00:00 GMT");

    [Fact]
    public void MissingYear_Fails() => FeedDatesAssert.Fails("5 декабря 10:00");

    [Fact]
    public void ImpossibleDay_Fails() => FeedDatesAssert.Fails("Tue, 31 Feb 2022 10:00:00 GMT");

    [Fact]
    public void ImpossibleMinute_Fails() => FeedDatesAssert.Fails("Mon, 05 Dec 2022 10:61:00 GMT");

    [Fact]
    public void Hour25_Fails() => FeedDatesAssert.Fails("Mon, 05 Dec 2022 25:00:00 GMT");

    [Fact]
    public void OverlongInput_Fails() => FeedDatesAssert.Fails("Mon, 05 Dec 2022 10:00:00 GMT (" + new string('x', 300) + ")");

    [Fact]
    public void SurroundingWhitespaceAndNbsp_Ignored() => FeedDatesAssert.Parses("\n\t Mon,\u00A005 Dec 2022 10:00:00 GMT \r\n", "2022-12-05T10:00:00Z");

    [Fact]
    public void SpanOverload_MatchesString()
    {
        Assert.True(FeedDates.TryParse("xx 2022-12-05T10:00:00Z xx".AsSpan(3, 20), out var actual));
        Assert.Equal(new DateTimeOffset(2022, 12, 5, 10, 0, 0, TimeSpan.Zero), actual);
    }

    [Fact]
    public void TryParse_DoesNotAllocate()
    {
        string[] samples =
        [
            "Mon, 05 Dec 2022 02:28:32 +0000", "2023-08-17T12:28:09.758-07:00", "lun., 05 déc. 2022 10:00:00 +0100",
            "5 декабря 2022 10:00", "Sun Dec 04 2022 10:00:00 GMT+0000 (Coordinated Universal Time)", "not a date",
        ];
        foreach (var s in samples)
        {
            FeedDates.TryParse(s, out _);
        }
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            foreach (var s in samples)
            {
                FeedDates.TryParse(s, out _);
            }
        }
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}

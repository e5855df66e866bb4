namespace Coinwire.Tests.Normalizing;

public class FeedDatesOddFormsTests
{
    private static void Parses(string raw, string expectedUtc) => FeedDatesAssert.Parses(raw, expectedUtc);

    [Fact]
    public void JsDateToString_Utc() =>
        Parses("Sun Dec 04 2022 10:00:00 GMT+0000 (Coordinated Universal Time)", "2022-12-04T10:00:00Z");

    [Fact]
    public void JsDateToString_WithOffset() =>
        Parses("Sun Dec 04 2022 11:00:00 GMT+0100 (Central European Standard Time)", "2022-12-04T10:00:00Z");

    [Fact]
    public void JsDateToString_UnclosedComment() => Parses("Sun Dec 04 2022 10:00:00 GMT+0000 (Coordinated", "2022-12-04T10:00:00Z");

    [Fact]
    public void UnixSeconds_TenDigits() => Parses("1518478934", "2018-02-12T23:42:14Z");

    [Fact]
    public void UnixSeconds_NineDigits() => Parses("999999999", "2001-09-09T01:46:39Z");

    [Fact]
    public void UnixMilliseconds_ThirteenDigits() => Parses("1518478934123", "2018-02-12T23:42:14.123Z");

    [Fact]
    public void CompactDateTime_FourteenDigits() => Parses("20221205100000", "2022-12-05T10:00:00Z");

    [Fact]
    public void DigitsOfOtherLengths_Fail()
    {
        FeedDatesAssert.Fails("12345");
        FeedDatesAssert.Fails("123456789012");
        FeedDatesAssert.Fails("12345678901234567");
    }

    [Fact]
    public void SlashDate_AmbiguousIsMonthFirst() => Parses("12/05/2022 10:00", "2022-12-05T10:00:00Z");

    [Fact]
    public void SlashDate_DayFirstWhenMonthImpossible() => Parses("25/12/2022 10:00", "2022-12-25T10:00:00Z");

    [Fact]
    public void SlashDate_TwoDigitYear() => Parses("12/05/22", "2022-12-05T00:00:00Z");

    [Fact]
    public void SlashDate_BothOverTwelve_Fails() => FeedDatesAssert.Fails("13/25/2022");

    [Fact]
    public void SlashDate_WithoutYear_Fails() => FeedDatesAssert.Fails("12/05 10:00");

    [Fact]
    public void DottedDate_AmbiguousIsDayFirst() => Parses("05.12.2022 10:00", "2022-12-05T10:00:00Z");

    [Fact]
    public void DottedDate_MonthFirstWhenDayImpossible() => Parses("12.25.2022", "2022-12-25T00:00:00Z");

    [Fact]
    public void DashedDate_AmbiguousIsDayFirst() => Parses("05-12-2022 10:00", "2022-12-05T10:00:00Z");

    [Fact]
    public void Meridiem_Pm() => Parses("12/5/2022 10:00:00 PM", "2022-12-05T22:00:00Z");

    [Fact]
    public void Meridiem_TwelveAmIsMidnight() => Parses("12/5/2022 12:30 AM", "2022-12-05T00:30:00Z");

    [Fact]
    public void Meridiem_GluedLowercase() => Parses("December 5, 2022 1:15pm EST", "2022-12-05T18:15:00Z");

    [Fact]
    public void Meridiem_OnHour13_Fails() => FeedDatesAssert.Fails("12/5/2022 13:00 PM");

    [Fact]
    public void MonthFirstProse_Drupal() => Parses("Monday, December 5, 2022 - 10:00", "2022-12-05T10:00:00Z");

    [Fact]
    public void OrdinalDay_English() => Parses("December 5th, 2022 at 10:00 AM", "2022-12-05T10:00:00Z");

    [Fact]
    public void IsoDateWithRfcZoneName() => Parses("2022-12-05T10:00:00 GMT", "2022-12-05T10:00:00Z");

    [Fact]
    public void Meridiem_ApStyleWithDots() => Parses("Dec. 5, 2022 10:00 a.m. ET", "2022-12-05T15:00:00Z");

    [Fact]
    public void TimeBeforeDottedDate() => Parses("10:00 05.12.2022", "2022-12-05T10:00:00Z");
}

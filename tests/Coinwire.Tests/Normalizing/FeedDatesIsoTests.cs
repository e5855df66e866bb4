namespace Coinwire.Tests.Normalizing;

public class FeedDatesIsoTests
{
    private static void Parses(string raw, string expectedUtc) => FeedDatesAssert.Parses(raw, expectedUtc);

    [Fact]
    public void Rfc3339_Z() => Parses("2022-12-05T10:00:00Z", "2022-12-05T10:00:00Z");

    [Fact]
    public void Rfc3339_LowercaseTAndZ() => Parses("2022-12-05t10:00:00z", "2022-12-05T10:00:00Z");

    [Fact]
    public void FractionalSeconds_Milliseconds() => Parses("2018-05-30T14:20:59.577Z", "2018-05-30T14:20:59.577Z");

    [Fact]
    public void FractionalSeconds_TwoDigits() => Parses("2019-10-12T07:20:50.52Z", "2019-10-12T07:20:50.52Z");

    [Fact]
    public void FractionalSeconds_NanosecondsTruncated() => Parses("2022-12-05T10:00:00.123456789Z", "2022-12-05T10:00:00.1234567Z");

    [Fact]
    public void FractionalSeconds_CommaSeparator() => Parses("2022-12-05T10:00:00,5Z", "2022-12-05T10:00:00.5Z");

    [Fact]
    public void Offset_Zero() => Parses("2017-01-20T16:00:00+00:00", "2017-01-20T16:00:00Z");

    [Fact]
    public void Offset_Negative() => Parses("2017-01-07T09:00:01-05:00", "2017-01-07T14:00:01Z");

    [Fact]
    public void Offset_WithFraction() => Parses("2023-08-17T12:28:09.758-07:00", "2023-08-17T19:28:09.758Z");

    [Fact]
    public void Offset_WithoutColon() => Parses("2022-12-05T12:00:00+0200", "2022-12-05T10:00:00Z");

    [Fact]
    public void Offset_HoursOnly() => Parses("2022-12-05T12:00:00+02", "2022-12-05T10:00:00Z");

    [Fact]
    public void Offset_AfterSpace() => Parses("2022-12-05 12:00:00 +0200", "2022-12-05T10:00:00Z");

    [Fact]
    public void Offset_TooLarge_Fails() => FeedDatesAssert.Fails("2022-12-05T10:00:00+15:00");

    [Fact]
    public void SpaceSeparator_NoZone() => Parses("2022-12-05 10:00:00", "2022-12-05T10:00:00Z");

    [Fact]
    public void NoZone_AssumesUtc() => Parses("2022-12-05T10:00:00", "2022-12-05T10:00:00Z");

    [Fact]
    public void TrailingZoneName() => Parses("2022-12-05 10:00:00 UTC", "2022-12-05T10:00:00Z");

    [Fact]
    public void TrailingUsZoneName() => Parses("2022-12-05 05:00:00 EST", "2022-12-05T10:00:00Z");

    [Fact]
    public void DateOnly() => Parses("2022-12-05", "2022-12-05T00:00:00Z");

    [Fact]
    public void BasicFormat() => Parses("20221205T100000Z", "2022-12-05T10:00:00Z");

    [Fact]
    public void BasicFormat_WithOffset() => Parses("20221205T120000+0200", "2022-12-05T10:00:00Z");

    [Fact]
    public void BasicFormat_DateOnly() => Parses("20221205", "2022-12-05T00:00:00Z");

    [Fact]
    public void W3cdtf_Year() => Parses("2003", "2003-01-01T00:00:00Z");

    [Fact]
    public void W3cdtf_YearMonth() => Parses("2003-12", "2003-12-01T00:00:00Z");

    [Fact]
    public void W3cdtf_Minutes() => Parses("2003-12-13T18:30Z", "2003-12-13T18:30:00Z");

    [Fact]
    public void W3cdtf_SecondsWithOffset() => Parses("2003-12-13T18:30:02+01:00", "2003-12-13T17:30:02Z");

    [Fact]
    public void Hour24_IsNextMidnight() => Parses("2022-12-31T24:00:00Z", "2023-01-01T00:00:00Z");

    [Fact]
    public void InvalidMonth_Fails() => FeedDatesAssert.Fails("2022-13-05");

    [Fact]
    public void InvalidDay_Fails() => FeedDatesAssert.Fails("2023-02-29T10:00:00Z");

    [Fact]
    public void TrailingGarbage_Fails() => FeedDatesAssert.Fails("2022-12-05T10:00:00Z#");

    [Fact]
    public void SlashedYearFirst() => Parses("2020/1/10 14:33:00", "2020-01-10T14:33:00Z");

    [Fact]
    public void DottedYearFirst() => Parses("2022.12.05 10:00", "2022-12-05T10:00:00Z");
}

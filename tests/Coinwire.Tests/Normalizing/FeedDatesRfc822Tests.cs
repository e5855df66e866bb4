namespace Coinwire.Tests.Normalizing;

public class FeedDatesRfc822Tests
{
    private static void Parses(string raw, string expectedUtc) => FeedDatesAssert.Parses(raw, expectedUtc);

    [Fact]
    public void Rfc1123_Gmt() => Parses("Tue, 22 Aug 2023 14:00:00 GMT", "2023-08-22T14:00:00Z");

    [Fact]
    public void NumericZone_Positive() => Parses("Mon, 05 Dec 2022 12:28:32 +0200", "2022-12-05T10:28:32Z");

    [Fact]
    public void NumericZone_Negative() => Parses("Sat, 07 Jan 2017 08:52:27 -0500", "2017-01-07T13:52:27Z");

    [Fact]
    public void NumericZone_WithColon() => Parses("Mon, 05 Dec 2022 12:00:00 +02:00", "2022-12-05T10:00:00Z");

    [Fact]
    public void NumericZone_HalfHour() => Parses("Mon, 05 Dec 2022 15:30:00 +0530", "2022-12-05T10:00:00Z");

    [Fact]
    public void NumericZone_MinusZero() => Parses("Mon, 05 Dec 2022 10:00:00 -0000", "2022-12-05T10:00:00Z");

    [Fact]
    public void NumericZone_GluedToTime() => Parses("Mon, 05 Dec 2022 12:00:00+0200", "2022-12-05T10:00:00Z");

    [Fact]
    public void NumericZone_TooLarge_Fails() => FeedDatesAssert.Fails("Mon, 05 Dec 2022 10:00:00 +1500");

    [Fact]
    public void Zone_Ut() => Parses("Mon, 05 Dec 2022 10:00:00 UT", "2022-12-05T10:00:00Z");

    [Fact]
    public void Zone_Utc() => Parses("Mon, 05 Dec 2022 10:00:00 UTC", "2022-12-05T10:00:00Z");

    [Fact]
    public void Zone_Z() => Parses("Mon, 05 Dec 2022 10:00:00 Z", "2022-12-05T10:00:00Z");

    [Theory]
    [InlineData("EST", "2012-08-07T16:02:03Z")]
    [InlineData("EDT", "2012-08-07T15:02:03Z")]
    [InlineData("CST", "2012-08-07T17:02:03Z")]
    [InlineData("CDT", "2012-08-07T16:02:03Z")]
    [InlineData("MST", "2012-08-07T18:02:03Z")]
    [InlineData("MDT", "2012-08-07T17:02:03Z")]
    [InlineData("PST", "2012-08-07T19:02:03Z")]
    [InlineData("PDT", "2012-08-07T18:02:03Z")]
    public void Zone_UsAbbreviations(string zone, string expected) => Parses("Tue, 7 Aug 2012 11:02:03 " + zone, expected);

    [Theory]
    [InlineData("CET", "2022-12-05T09:00:00Z")]
    [InlineData("CEST", "2022-12-05T08:00:00Z")]
    [InlineData("MEZ", "2022-12-05T09:00:00Z")]
    [InlineData("BST", "2022-12-05T09:00:00Z")]
    [InlineData("IST", "2022-12-05T04:30:00Z")]
    [InlineData("MSK", "2022-12-05T07:00:00Z")]
    [InlineData("JST", "2022-12-05T01:00:00Z")]
    [InlineData("AEST", "2022-12-05T00:00:00Z")]
    [InlineData("AEDT", "2022-12-04T23:00:00Z")]
    public void Zone_OtherAbbreviations(string zone, string expected) => Parses("Mon, 05 Dec 2022 10:00:00 " + zone, expected);

    [Fact]
    public void Zone_AtlanticAfterTheTime() => Parses("Mon, 26 January 2004 16:31:00 AT", "2004-01-26T20:31:00Z");

    [Fact]
    public void Zone_TzDatabaseEtcGmt() => Parses("Wed, 19 Aug 2009 18:28:00 Etc/GMT", "2009-08-19T18:28:00Z");

    [Fact]
    public void MilitaryZone_OtherLettersCountAsUtc() => Parses("Mon, 05 Dec 2022 10:00:00 A", "2022-12-05T10:00:00Z");

    [Fact]
    public void MilitaryZone_J_Fails() => FeedDatesAssert.Fails("Mon, 05 Dec 2022 10:00:00 J");

    [Fact]
    public void Zone_GmtPlusHours() => Parses("Mon, 05 Dec 2022 12:00:00 GMT+2", "2022-12-05T10:00:00Z");

    [Fact]
    public void Zone_GmtPlusHoursColonMinutes() => Parses("Mon, 05 Dec 2022 12:00:00 GMT+02:00", "2022-12-05T10:00:00Z");

    [Fact]
    public void Zone_UtcMinusHours() => Parses("Mon, 05 Dec 2022 05:00:00 UTC-5", "2022-12-05T10:00:00Z");

    [Fact]
    public void Zone_NumericOffsetWinsOverName() => Parses("Mon, 05 Dec 2022 05:00:00 -0500 (EST)", "2022-12-05T10:00:00Z");

    [Fact]
    public void Zone_NameAfterNumericOffsetIgnored() => Parses("Mon, 05 Dec 2022 12:00:00 +0200 CET", "2022-12-05T10:00:00Z");

    [Fact]
    public void MissingWeekday() => Parses("07 Jan 2017 17:12:53 +0300", "2017-01-07T14:12:53Z");

    [Fact]
    public void WrongWeekday_Ignored() => Parses("Fri, 05 Dec 2022 10:00:00 GMT", "2022-12-05T10:00:00Z");

    [Fact]
    public void TwoDigitYear_Below50() => Parses("Thu, 07 Dec 17 10:00:29 -0800", "2017-12-07T18:00:29Z");

    [Fact]
    public void TwoDigitYear_50OrAbove() => Parses("Sun, 06 Nov 94 08:49:37 GMT", "1994-11-06T08:49:37Z");

    [Fact]
    public void ThreeDigitYear_Adds1900() => Parses("Mon, 05 Dec 122 10:00:00 GMT", "2022-12-05T10:00:00Z");

    [Fact]
    public void SingleDigitDay() => Parses("Mon, 5 Dec 2022 10:00:00 GMT", "2022-12-05T10:00:00Z");

    [Fact]
    public void SingleDigitHour() => Parses("Mon, 05 Dec 2022 9:05:00 GMT", "2022-12-05T09:05:00Z");

    [Fact]
    public void MissingSeconds() => Parses("Mon, 05 Dec 2022 10:07 GMT", "2022-12-05T10:07:00Z");

    [Fact]
    public void MissingTime() => Parses("Mon, 05 Dec 2022", "2022-12-05T00:00:00Z");

    [Fact]
    public void FractionalSeconds() => Parses("Mon, 05 Dec 2022 10:00:00.250 GMT", "2022-12-05T10:00:00.25Z");

    [Fact]
    public void FullMonthName() => Parses("Mon, 05 December 2022 10:00:00 GMT", "2022-12-05T10:00:00Z");

    [Fact]
    public void FullWeekdayName() => Parses("Monday, 05 Dec 2022 10:00:00 GMT", "2022-12-05T10:00:00Z");

    [Fact]
    public void SeptAbbreviation() => Parses("Fri, 01 Sept 2023 10:00:00 GMT", "2023-09-01T10:00:00Z");

    [Fact]
    public void DotAfterMonth() => Parses("Tue, 03 Jun. 2008 11:05:30 GMT", "2008-06-03T11:05:30Z");

    [Fact]
    public void ExtraCommas() => Parses("Tue,, 03 Jun, 2008, 11:05:30 GMT", "2008-06-03T11:05:30Z");

    [Fact]
    public void Lowercase() => Parses("mon, 05 dec 2022 10:00:00 gmt", "2022-12-05T10:00:00Z");

    [Fact]
    public void Uppercase() => Parses("MON, 05 DEC 2022 10:00:00 GMT", "2022-12-05T10:00:00Z");

    [Fact]
    public void MissingZone_AssumesUtc() => Parses("Mon, 05 Dec 2022 10:00:00", "2022-12-05T10:00:00Z");

    [Fact]
    public void Hour24_IsNextMidnight() => Parses("Mon, 05 Dec 2022 24:00:00 GMT", "2022-12-06T00:00:00Z");

    [Fact]
    public void Hour24_WithMinutes_Fails() => FeedDatesAssert.Fails("Mon, 05 Dec 2022 24:30:00 GMT");

    [Fact]
    public void LeapSecond_BecomesFiftyNine() => Parses("Sat, 31 Dec 2016 23:59:60 GMT", "2016-12-31T23:59:59Z");

    [Fact]
    public void LeapDay() => Parses("Thu, 29 Feb 2024 10:00:00 GMT", "2024-02-29T10:00:00Z");

    [Fact]
    public void Rfc850_DashedDate() => Parses("Sunday, 06-Nov-94 08:49:37 GMT", "1994-11-06T08:49:37Z");

    [Fact]
    public void Asctime() => Parses("Sun Nov  6 08:49:37 1994", "1994-11-06T08:49:37Z");
}

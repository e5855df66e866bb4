using Coinwire.Fetching;

namespace Coinwire.Tests.Fetching;

public class RetryAfterHeaderTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("120", 120)]
    [InlineData(" 5 ", 5)]
    [InlineData("0", 0)]
    [InlineData("Sat, 01 Mar 2025 12:30:00 GMT", 1800)]
    [InlineData("Sat, 01 Mar 2025 11:00:00 GMT", 0)]
    [InlineData("999999999", 86400)]
    [InlineData("Fri, 01 Mar 2030 12:00:00 GMT", 86400)]
    public void Parse_SecondsOrHttpDate(string value, int secondsFromNow) =>
        Assert.Equal(Now.AddSeconds(secondsFromNow), RetryAfterHeader.Parse(value, Now));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("soon")]
    [InlineData("-5")]
    public void Parse_Unreadable_Null(string? value) => Assert.Null(RetryAfterHeader.Parse(value, Now));
}

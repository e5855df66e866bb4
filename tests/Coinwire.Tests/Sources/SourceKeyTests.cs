using Coinwire.Sources;

namespace Coinwire.Tests.Sources;

public class SourceKeyTests
{
    [Theory]
    [InlineData("Bloomberg (Crypto)", "bloomberg_crypto_")]
    [InlineData("CoinDesk", "coindesk")]
    [InlineData("Bitcoin.com News", "bitcoin_com_news")]
    [InlineData("Café Crème", "caf_cr_me")]
    [InlineData("  A -- B  ", "_a_b_")]
    [InlineData("", "")]
    public void From_LowercasesAndReplacesNonAlphanumerics(string name, string key) => Assert.Equal(key, SourceKey.From(name));

    [Theory]
    [InlineData("15m", 15 * 60)]
    [InlineData("1h30m", 90 * 60)]
    [InlineData("2d", 2 * 86400)]
    [InlineData("45s", 45)]
    [InlineData("00:15:00", 15 * 60)]
    public void Durations_ReadsShortForms(string text, int seconds)
    {
        Assert.True(Durations.TryParse(text, out var value));
        Assert.Equal(TimeSpan.FromSeconds(seconds), value);
        Assert.True(Durations.TryParse(Durations.Format(value), out var again));
        Assert.Equal(value, again);
    }

    [Theory]
    [InlineData("")]
    [InlineData("soon")]
    [InlineData("15")]
    [InlineData("0m")]
    [InlineData("m5")]
    [InlineData("99999999999h")]
    public void Durations_RejectsNonsense(string text) => Assert.False(Durations.TryParse(text, out _));
}

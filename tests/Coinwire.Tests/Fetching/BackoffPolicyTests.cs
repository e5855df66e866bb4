using Coinwire.Fetching;

namespace Coinwire.Tests.Fetching;

public class BackoffPolicyTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 4)]
    [InlineData(5, 16)]
    [InlineData(11, 1024)]
    public void Ceiling_DoublesPerErrorFromOneMinute(int errors, int minutes) =>
        Assert.Equal(TimeSpan.FromMinutes(minutes), BackoffPolicy.Ceiling(errors));

    [Theory]
    [InlineData(12)]
    [InlineData(40)]
    [InlineData(int.MaxValue)]
    public void Ceiling_CappedAtOneDay(int errors) => Assert.Equal(TimeSpan.FromDays(1), BackoffPolicy.Ceiling(errors));

    [Fact]
    public void NoErrors_NoDelay()
    {
        Assert.Equal(TimeSpan.Zero, BackoffPolicy.Ceiling(0));
        Assert.Equal(TimeSpan.Zero, BackoffPolicy.Delay(0, 0.5));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(8)]
    [InlineData(20)]
    [InlineData(1000)]
    public void Delay_FullJitterBetweenBaseAndCeiling(int errors)
    {
        var ceiling = BackoffPolicy.Ceiling(errors);
        Assert.Equal(errors == 1 ? ceiling : BackoffPolicy.BaseDelay, BackoffPolicy.Delay(errors, 0));
        Assert.InRange(BackoffPolicy.Delay(errors, 0.999999), ceiling - TimeSpan.FromSeconds(1), ceiling);
        var random = new Random(42);
        for (var i = 0; i < 1000; i++)
            Assert.InRange(BackoffPolicy.Delay(errors, random.NextDouble()), BackoffPolicy.BaseDelay, ceiling);
    }

    [Fact]
    public void Delay_JitterSpreadsRetries()
    {
        var random = new Random(7);
        var delays = Enumerable.Range(0, 200).Select(_ => BackoffPolicy.Delay(10, random.NextDouble())).Distinct().Count();
        Assert.True(delays > 150);
    }

    [Fact]
    public void NextAttempt_NeverMoreThanADayAwayAndNeverGivesUp()
    {
        for (var errors = 1; errors < 10_000; errors *= 3)
            Assert.InRange(BackoffPolicy.NextAttempt(errors, Now, null, 0.999), Now.AddMinutes(1), Now.AddDays(1));
    }

    [Fact]
    public void NextAttempt_RetryAfterLaterThanBackoff_Wins()
    {
        var retryAfter = Now.AddHours(2);
        Assert.Equal(retryAfter, BackoffPolicy.NextAttempt(1, Now, retryAfter, 0.5));
    }

    [Fact]
    public void NextAttempt_RetryAfterEarlierThanBackoff_BackoffWins()
    {
        var next = BackoffPolicy.NextAttempt(5, Now, Now.AddSeconds(10), 1);
        Assert.True(next > Now.AddSeconds(10));
        Assert.Equal(Now + BackoffPolicy.Delay(5, 1), next);
    }

    [Fact]
    public void NextAttempt_RetryAfterBeyondADay_CappedAtADay() =>
        Assert.Equal(Now.AddDays(1), BackoffPolicy.NextAttempt(1, Now, Now.AddDays(30), 0));
}

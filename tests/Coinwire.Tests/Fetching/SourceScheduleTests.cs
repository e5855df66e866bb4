using Coinwire.Fetching;

namespace Coinwire.Tests.Fetching;

public class SourceScheduleTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly Uri Url = new("https://news.example/rss");

    private static IEnumerable<DateTimeOffset> EveryFrom(DateTimeOffset newest, TimeSpan gap, int count) =>
        Enumerable.Range(0, count).Select(i => newest - (gap * i));

    [Fact]
    public void PollInterval_MedianGapOfRecentItems()
    {
        var published = EveryFrom(Now.AddMinutes(-10), TimeSpan.FromMinutes(40), 10);
        Assert.Equal(TimeSpan.FromMinutes(40), SourceSchedule.PollInterval(published, Now));
    }

    [Fact]
    public void PollInterval_BusyFeed_ClampedToFiveMinutes()
    {
        var published = EveryFrom(Now, TimeSpan.FromSeconds(30), 50);
        Assert.Equal(TimeSpan.FromMinutes(5), SourceSchedule.PollInterval(published, Now));
    }

    [Fact]
    public void PollInterval_RareFeed_ClampedToSixHours()
    {
        var published = EveryFrom(Now.AddHours(-1), TimeSpan.FromDays(2), 5);
        Assert.Equal(TimeSpan.FromHours(6), SourceSchedule.PollInterval(published, Now));
    }

    [Fact]
    public void PollInterval_QuietFeed_StretchesToHalfTheSilence()
    {
        var published = EveryFrom(Now.AddHours(-4), TimeSpan.FromMinutes(10), 10);
        Assert.Equal(TimeSpan.FromHours(2), SourceSchedule.PollInterval(published, Now));
    }

    [Fact]
    public void PollInterval_UnknownRate_Default()
    {
        Assert.Equal(SourceSchedule.DefaultInterval, SourceSchedule.PollInterval([], Now));
        Assert.Equal(SourceSchedule.DefaultInterval, SourceSchedule.PollInterval([Now.AddMinutes(-3)], Now));
        Assert.Equal(SourceSchedule.DefaultInterval, SourceSchedule.PollInterval([Now.AddMinutes(-3), Now.AddMinutes(-3)], Now));
    }

    [Fact]
    public void PollInterval_FutureDatesIgnored()
    {
        var published = EveryFrom(Now, TimeSpan.FromMinutes(30), 6).Append(Now.AddDays(3));
        Assert.Equal(TimeSpan.FromMinutes(30), SourceSchedule.PollInterval(published, Now));
    }

    [Fact]
    public void PollInterval_OnlyRecentItemsCount()
    {
        var recent = EveryFrom(Now, TimeSpan.FromMinutes(20), SourceSchedule.RecentItems);
        var old = EveryFrom(Now.AddDays(-30), TimeSpan.FromHours(5), 100);
        Assert.Equal(TimeSpan.FromMinutes(20), SourceSchedule.PollInterval(recent.Concat(old), Now));
    }

    [Theory]
    [InlineData(15, 15)]
    [InlineData(600, 600)]
    [InlineData(0, 1)]
    public void PollInterval_ConfiguredIntervalWins(int configuredMinutes, int expectedMinutes)
    {
        var busy = EveryFrom(Now, TimeSpan.FromSeconds(30), 50);
        Assert.Equal(TimeSpan.FromMinutes(expectedMinutes), SourceSchedule.PollInterval(busy, Now, TimeSpan.FromMinutes(configuredMinutes)));
    }

    [Fact]
    public void Apply_Success_ResetsErrorsKeepsValidatorsSchedulesInterval()
    {
        var state = new SourceFetchState { ErrorCount = 4, LastError = "boom", NotBefore = Now.AddMinutes(-1), ETag = "\"old\"" };
        var result = Result(FetchOutcome.Ok, 200) with { ETag = "\"new\"", LastModified = "Sat, 01 Mar 2025 11:00:00 GMT" };

        var next = SourceSchedule.Apply(state, result, Now, TimeSpan.FromMinutes(20), 0.5);

        Assert.Equal(0, next.ErrorCount);
        Assert.Null(next.LastError);
        Assert.Null(next.NotBefore);
        Assert.Equal(Now.AddMinutes(20), next.NextPollAt);
        Assert.Equal(Now, next.LastSuccessAt);
        Assert.Equal("\"new\"", next.ETag);
        Assert.Equal("Sat, 01 Mar 2025 11:00:00 GMT", next.LastModified);
        Assert.Equal("Ok 200", next.LastStatus);
    }

    [Fact]
    public void Apply_Failures_CountUpBackOffAndKeepValidators()
    {
        var state = new SourceFetchState { ETag = "\"v\"", LastSuccessAt = Now.AddDays(-1) };
        for (var i = 1; i <= 30; i++)
        {
            state = SourceSchedule.Apply(state, Result(FetchOutcome.NetworkError, null), Now, TimeSpan.FromMinutes(20), 1);
            Assert.Equal(i, state.ErrorCount);
            Assert.Equal(Now + BackoffPolicy.Delay(i, 1), state.NextPollAt);
            Assert.Equal(state.NextPollAt, state.NotBefore);
            Assert.InRange(state.NextPollAt!.Value, Now, Now.AddDays(1));
        }
        Assert.Equal(Now.AddDays(1), state.NextPollAt);
        Assert.Equal("\"v\"", state.ETag);
        Assert.Equal(Now.AddDays(-1), state.LastSuccessAt);
        Assert.Equal("NetworkError", state.LastStatus);
        Assert.Equal("failed", state.LastError);
    }

    [Fact]
    public void Apply_RateLimited_RetryAfterRespected()
    {
        var result = Result(FetchOutcome.RateLimited, 429) with { RetryAfter = Now.AddHours(3) };

        var next = SourceSchedule.Apply(new SourceFetchState(), result, Now, TimeSpan.FromMinutes(20), 0);

        Assert.Equal(1, next.ErrorCount);
        Assert.Equal(Now.AddHours(3), next.NextPollAt);
        Assert.False(SourceSchedule.IsDue(next, Now.AddHours(2), ignoreInterval: true));
        Assert.True(SourceSchedule.IsDue(next, Now.AddHours(3), ignoreInterval: true));
    }

    [Fact]
    public void Apply_NotModified_IsSuccessAndKeepsValidators()
    {
        var state = new SourceFetchState { ErrorCount = 2, ETag = "\"v\"" };
        var result = Result(FetchOutcome.NotModified, 304) with { ETag = "\"v\"" };

        var next = SourceSchedule.Apply(state, result, Now, TimeSpan.FromHours(1), 0);

        Assert.Equal(0, next.ErrorCount);
        Assert.Equal("\"v\"", next.ETag);
        Assert.Equal("NotModified 304", next.LastStatus);
    }

    [Fact]
    public void Apply_PermanentRedirect_Surfaced()
    {
        var moved = new Uri("https://news.example/feed.xml");
        var next = SourceSchedule.Apply(new SourceFetchState(), Result(FetchOutcome.Ok, 200) with { PermanentRedirectTo = moved }, Now, TimeSpan.FromHours(1), 0);
        Assert.Equal(moved, next.PermanentRedirectTo);
    }

    [Fact]
    public void IsDue_OnceModeIgnoresIntervalButNotBackoff()
    {
        var polled = SourceSchedule.Apply(new SourceFetchState(), Result(FetchOutcome.Ok, 200), Now, TimeSpan.FromHours(1), 0);
        Assert.False(SourceSchedule.IsDue(polled, Now.AddMinutes(5)));
        Assert.True(SourceSchedule.IsDue(polled, Now.AddMinutes(5), ignoreInterval: true));
        Assert.True(SourceSchedule.IsDue(new SourceFetchState(), Now));
        Assert.Equal("never", new SourceFetchState().LastStatus);

        var failing = SourceSchedule.Apply(polled, Result(FetchOutcome.Timeout, null), Now, TimeSpan.FromHours(1), 1);
        Assert.False(SourceSchedule.IsDue(failing, Now.AddSeconds(30), ignoreInterval: true));
    }

    private static FetchResult Result(FetchOutcome outcome, int? status) => new()
    {
        Outcome = outcome,
        StatusCode = status,
        FinalUrl = Url,
        Error = outcome is FetchOutcome.Ok or FetchOutcome.NotModified ? null : "failed",
    };
}

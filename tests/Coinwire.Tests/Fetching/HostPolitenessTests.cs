using System.Diagnostics;
using Coinwire.Fetching;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Coinwire.Tests.Fetching;

public class HostPolitenessTests
{
    [Fact]
    public async Task TwoSourcesSameHostConcurrently_SerializedWithMinHostDelayBetweenRequests()
    {
        var inFlight = 0;
        var maxInFlight = 0;
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            var now = Interlocked.Increment(ref inFlight);
            InterlockedMax(ref maxInFlight, now);
            await Task.Delay(50);
            await context.Response.WriteAsync(ConditionalGetTests.Rss);
            Interlocked.Decrement(ref inFlight);
        });
        using var harness = FetchingHarness.Create(new Dictionary<string, string?> { ["Fetching:MinHostDelay"] = "00:00:00.200" });

        var results = await Task.WhenAll(
            harness.FetchAsync(server.Url("a.xml"), source: "a"),
            harness.FetchAsync(server.Url("b.xml"), source: "b"),
            harness.FetchAsync(server.Url("c.xml"), source: "c"));

        Assert.All(results, r => Assert.Equal(FetchOutcome.Ok, r.Outcome));
        Assert.Equal(1, maxInFlight);
        var starts = server.Requests.Select(r => r.Timestamp).Order().ToList();
        Assert.Equal(3, starts.Count);
        for (var i = 1; i < starts.Count; i++)
        {
            var gap = Stopwatch.GetElapsedTime(starts[i - 1], starts[i]);
            Assert.True(gap >= TimeSpan.FromMilliseconds(195), $"gap {gap.TotalMilliseconds} ms between request starts");
        }
    }

    [Fact]
    public async Task DifferentHosts_NotHeldBackByEachOther()
    {
        using var harness = FetchingHarness.Create(new Dictionary<string, string?> { ["Fetching:MinHostDelay"] = "00:01:00" });
        var politeness = harness.Politeness;

        using (var first = await politeness.AcquireAsync("a.example", TestContext.Current.CancellationToken))
            Assert.True(first.IsGranted);
        using var other = await politeness.AcquireAsync("b.example", TestContext.Current.CancellationToken)
            .WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);

        Assert.True(other.IsGranted);
    }

    [Fact]
    public async Task SameHost_SecondTurnWaitsForTheFirstToEnd()
    {
        var politeness = NewPoliteness(TimeSpan.Zero);
        var first = await politeness.AcquireAsync("a.example", TestContext.Current.CancellationToken);

        var second = politeness.AcquireAsync("a.example", TestContext.Current.CancellationToken);
        await Task.Delay(100, TestContext.Current.CancellationToken);
        Assert.False(second.IsCompleted);

        first.Dispose();
        using var granted = await second.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        Assert.True(granted.IsGranted);
    }

    [Fact]
    public async Task RetryAfterRecorded_RefusesUntilThenAndKeepsTheLaterTime()
    {
        var politeness = NewPoliteness(TimeSpan.Zero);
        var later = DateTimeOffset.UtcNow.AddMinutes(10);
        politeness.DelayUntil("A.example", later);
        politeness.DelayUntil("a.example", later.AddMinutes(-5));

        using var lease = await politeness.AcquireAsync("a.example", TestContext.Current.CancellationToken);

        Assert.False(lease.IsGranted);
        Assert.Equal(later, lease.RefusedUntil);
        Assert.Equal(later, politeness.NotBefore("a.example"));
        using var next = await politeness.AcquireAsync("a.example", TestContext.Current.CancellationToken)
            .WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        Assert.False(next.IsGranted);
    }

    [Fact]
    public async Task ManyHosts_TrackingStaysBounded()
    {
        var politeness = NewPoliteness(TimeSpan.Zero);

        for (var i = 0; i < HostPoliteness.MaxTrackedHosts + 500; i++)
        {
            using var lease = await politeness.AcquireAsync($"host{i}.example", TestContext.Current.CancellationToken);
        }

        Assert.True(politeness.TrackedHosts <= HostPoliteness.MaxTrackedHosts, $"{politeness.TrackedHosts} hosts tracked");
    }

    [Fact]
    public async Task CancelledWhileWaiting_ThrowsAndFreesTheTurn()
    {
        var politeness = NewPoliteness(TimeSpan.Zero);
        var first = await politeness.AcquireAsync("a.example", TestContext.Current.CancellationToken);
        using var cancel = new CancellationTokenSource(50);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => politeness.AcquireAsync("a.example", cancel.Token));
        first.Dispose();

        using var again = await politeness.AcquireAsync("a.example", TestContext.Current.CancellationToken)
            .WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        Assert.True(again.IsGranted);
    }

    private static HostPoliteness NewPoliteness(TimeSpan gap) =>
        new(new FixedOptions(new FetchingOptions { MinHostDelay = gap }), TimeProvider.System);

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }

    private sealed class FixedOptions(FetchingOptions value) : IOptionsMonitor<FetchingOptions>
    {
        public FetchingOptions CurrentValue => value;

        public FetchingOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<FetchingOptions, string?> listener) => null;
    }
}

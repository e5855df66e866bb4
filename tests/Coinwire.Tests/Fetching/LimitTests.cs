using System.Diagnostics;
using Coinwire.Fetching;
using Microsoft.AspNetCore.Http;

namespace Coinwire.Tests.Fetching;

[CollectionDefinition(nameof(MemoryMeasuringCollection), DisableParallelization = true)]
public sealed class MemoryMeasuringCollection;

public class LimitTests
{
    [Fact]
    public async Task SlowBody_TimeoutWithinBoundAndNoBody()
    {
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            context.Response.ContentType = "application/rss+xml";
            await context.Response.WriteAsync("<?xml version=\"1.0\"?><rss><channel>", context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
            // A trickle that would take a minute; bounded so the server stops by itself.
            for (var i = 0; i < 300 && !context.RequestAborted.IsCancellationRequested; i++)
            {
                await Task.Delay(200, CancellationToken.None);
                await context.Response.WriteAsync(" ", CancellationToken.None);
                await context.Response.Body.FlushAsync(CancellationToken.None);
            }
        });
        using var harness = FetchingHarness.Create(new Dictionary<string, string?> { ["Fetching:Timeout"] = "00:00:01" });

        var clock = Stopwatch.StartNew();
        var result = await harness.FetchAsync(server.Url("slow"));

        Assert.Equal(FetchOutcome.Timeout, result.Outcome);
        Assert.Null(result.Body);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(15), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task SlowHeaders_Timeout()
    {
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            await Task.Delay(TimeSpan.FromSeconds(20), context.RequestAborted);
        });
        using var harness = FetchingHarness.Create(new Dictionary<string, string?> { ["Fetching:Timeout"] = "00:00:01" });

        var result = await harness.FetchAsync(server.Url("slow"));

        Assert.Equal(FetchOutcome.Timeout, result.Outcome);
        Assert.Null(result.StatusCode);
    }

    [Fact]
    public async Task DeclaredLengthOverLimit_TooLargeWithoutReading()
    {
        var body = new byte[200_000];
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            context.Response.ContentLength = body.Length;
            await context.Response.Body.WriteAsync(body);
        });
        using var harness = FetchingHarness.Create(new Dictionary<string, string?> { ["Fetching:MaxResponseBytes"] = "100000" });

        var result = await harness.FetchAsync(server.Url("big"));

        Assert.Equal(FetchOutcome.TooLarge, result.Outcome);
        Assert.Null(result.Body);
        Assert.Equal(200, result.StatusCode);
    }

    [Fact]
    public async Task BodyExactlyAtLimit_Accepted()
    {
        var body = new byte[100_000];
        Array.Fill(body, (byte)' ');
        await using var server = await LoopbackServer.StartAsync(context => context.Response.Body.WriteAsync(body).AsTask());
        using var harness = FetchingHarness.Create(new Dictionary<string, string?> { ["Fetching:MaxResponseBytes"] = "100000" });

        var result = await harness.FetchAsync(server.Url("exact"));

        Assert.Equal(FetchOutcome.Ok, result.Outcome);
        Assert.Equal(body.Length, result.Body!.Length);
    }
}

[Collection(nameof(MemoryMeasuringCollection))]
public class EndlessBodyTests
{
    [Fact]
    public async Task EndlessBody_TooLargeWithBoundedMemoryAndReading()
    {
        const int limit = 2 * 1024 * 1024;
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            var chunk = new byte[64 * 1024];
            Array.Fill(chunk, (byte)'x');
            context.Response.ContentType = "application/rss+xml";
            try
            {
                // "Forever", but bounded: 1 GB at most, or until the client hangs up.
                for (var i = 0; i < 16_384 && !context.RequestAborted.IsCancellationRequested; i++)
                    await context.Response.Body.WriteAsync(chunk, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
            }
        });
        using var harness = FetchingHarness.Create(new Dictionary<string, string?> { ["Fetching:MaxResponseBytes"] = limit.ToString() });
        await harness.FetchAsync(server.Url("warm-up"));
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var readBefore = harness.Connector.BytesRead;

        var result = await harness.FetchAsync(server.Url("endless"));

        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        var read = harness.Connector.BytesRead - readBefore;
        Assert.Equal(FetchOutcome.TooLarge, result.Outcome);
        Assert.Null(result.Body);
        Assert.True(allocated < 8L * limit, $"allocated {allocated} bytes for a {limit}-byte limit");
        Assert.True(read < 2L * limit, $"read {read} bytes off the connection for a {limit}-byte limit");
    }
}

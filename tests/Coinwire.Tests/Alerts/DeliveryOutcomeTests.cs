using Coinwire.Storage.Entities;

namespace Coinwire.Tests.Alerts;

public class DeliveryOutcomeTests
{
    private static async Task<(AlertsHarness Harness, AlertDeliveryRecord Row)> DeliverAsync(Action<FakeReceiver> script, params (string, string)[] settings)
    {
        var harness = await AlertsHarness.StartAsync(r => AlertsHarness.OneChannel("discord", r.Url("/hook"), settings));
        script(harness.Receiver);
        var id = await harness.AddStoryAsync("ETF approved");
        await harness.RunAsync(id);
        return (harness, Assert.Single(await harness.DeliveriesAsync()));
    }

    [Fact]
    public async Task ServiceUnavailable_IsRetriedUntilDeliveredAndEveryAttemptLogged()
    {
        var (h, row) = await DeliverAsync(r => { r.Answer(503); r.Answer(503); });
        await using var _ = h;

        Assert.Equal(AlertDeliveryStatus.Delivered, row.Status);
        Assert.Equal(3, row.Attempts);
        Assert.Equal("503 503 200", row.Outcomes);
        Assert.Equal(200, row.ResponseCode);
        Assert.NotNull(row.DeliveredAt);
    }

    [Fact]
    public async Task BadRequest_IsAPermanentFailureWithCodeAndReasonRecorded()
    {
        var (h, row) = await DeliverAsync(r => r.Answer(400, body: "{\"message\": \"Invalid Form Body\"}"));
        await using var _ = h;

        Assert.Equal(AlertDeliveryStatus.Failed, row.Status);
        Assert.Equal(1, row.Attempts);
        Assert.Equal(400, row.ResponseCode);
        Assert.Contains("Invalid Form Body", row.LastError, StringComparison.Ordinal);
        Assert.Single(h.Receiver.Requests);
    }

    [Fact]
    public async Task TooManyRequests_WaitsAsRetryAfterSaysRatherThanTheLongBackoff()
    {
        // With an hour of backoff and a 5 s budget, only honouring "Retry-After: 0" can deliver.
        var (h, row) = await DeliverAsync(r => r.Answer(429, retryAfter: "0"),
            ("Alerts:Delivery:RetryDelay", "01:00:00"), ("Alerts:Delivery:Timeout", "00:00:05"));
        await using var _ = h;

        Assert.Equal(AlertDeliveryStatus.Delivered, row.Status);
        Assert.Equal("429 200", row.Outcomes);
    }

    [Fact]
    public async Task RetriesExhausted_LeaveTheDeliveryPendingForALaterRound()
    {
        var (h, row) = await DeliverAsync(r => { r.Answer(500); r.Answer(500); }, ("Alerts:Delivery:MaxRetries", "1"));
        await using var _ = h;

        Assert.Equal(AlertDeliveryStatus.Pending, row.Status);
        Assert.Equal(1, row.Rounds);
        Assert.Equal(500, row.ResponseCode);
        Assert.True(row.NextAttemptAt > DateTime.UtcNow);
    }

    [Fact]
    public async Task HangingReceiver_IsCutOffByTheTimeoutAndRecorded()
    {
        var (h, row) = await DeliverAsync(r => r.Answer(FakeReceiver.Hang),
            ("Alerts:Delivery:MaxRetries", "0"), ("Alerts:Delivery:AttemptTimeout", "00:00:00.300"), ("Alerts:Delivery:Timeout", "00:00:01"));
        await using var _ = h;

        Assert.Equal(AlertDeliveryStatus.Pending, row.Status);
        Assert.Null(row.ResponseCode);
        Assert.Contains("Timeout", row.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LastRound_FailsForGood()
    {
        var (h, row) = await DeliverAsync(r => r.Answer(502), ("Alerts:Delivery:MaxRetries", "0"), ("Alerts:Delivery:MaxRounds", "1"));
        await using var _ = h;

        Assert.Equal(AlertDeliveryStatus.Failed, row.Status);
        Assert.Equal("502", row.Outcomes);
    }
}

namespace Coinwire.Tests.Alerts;

public class SecretRedactionTests
{
    private const string BotToken = "424242:TG-SECRET-TOKEN";
    private const string HmacKey = "HMAC-SECRET-KEY";
    private const string DiscordToken = "DISCORD-SECRET-TOKEN";

    [Fact]
    public async Task Secrets_NeverReachTheLogsOrTheDeliveryLog()
    {
        await using var h = await AlertsHarness.StartAsync(r => new()
        {
            ["Alerts:Channels:tg:Type"] = "telegram",
            ["Alerts:Channels:tg:Url"] = r.BaseUri.AbsoluteUri,
            ["Alerts:Channels:tg:BotToken"] = BotToken,
            ["Alerts:Channels:tg:ChatId"] = "1",
            ["Alerts:Channels:hook:Type"] = "webhook",
            ["Alerts:Channels:hook:Url"] = r.Url("/hook"),
            ["Alerts:Channels:hook:Secret"] = HmacKey,
            ["Alerts:Channels:dc:Type"] = "discord",
            ["Alerts:Channels:dc:Url"] = r.Url("/api/webhooks/1/" + DiscordToken),
            ["Alerts:Rules:0:Name"] = "all",
            ["Alerts:Rules:0:Channels:0"] = "tg",
            ["Alerts:Rules:0:Channels:1"] = "hook",
            ["Alerts:Rules:0:Channels:2"] = "dc",
            ["Alerts:Delivery:MaxRetries"] = "1",
        });
        // Every first attempt is retried and every second one rejected, so retry and failure paths all log.
        for (var i = 0; i < 3; i++)
        {
            h.Receiver.Answer(503);
            h.Receiver.Answer(404, body: "not found: " + BotToken);
        }
        var id = await h.AddStoryAsync("ETF approved");

        await h.RunAsync(id);

        Assert.Equal(6, h.Receiver.Requests.Count);
        Assert.Contains(h.Logs.Lines, l => l.Contains("failed", StringComparison.Ordinal));
        var recorded = string.Join('\n', h.Logs.Lines.Concat((await h.DeliveriesAsync()).Select(d => $"{d.LastError} {d.Outcomes} {d.Payload}")));
        Assert.DoesNotContain(BotToken, recorded, StringComparison.Ordinal);
        Assert.DoesNotContain(HmacKey, recorded, StringComparison.Ordinal);
        Assert.DoesNotContain(DiscordToken, recorded, StringComparison.Ordinal);
    }
}

using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Coinwire.Tests.Alerts;

public class ChannelRequestTests
{
    private const string Secret = "test-signing-key-7f3a";

    private static async Task<(AlertsHarness Harness, ReceivedRequest Request)> SendOneAsync(Func<FakeReceiver, Dictionary<string, string?>> configure)
    {
        var harness = await AlertsHarness.StartAsync(configure);
        var id = await harness.AddStoryAsync("Bitcoin tops 100k", tags: "BTC,MARKET", score: 80, sources: ["Wire One", "Wire Two"]);
        await harness.RunAsync(id);
        return (harness, Assert.Single(harness.Receiver.Requests));
    }

    [Fact]
    public async Task Webhook_PostsTheStoryAsJson()
    {
        var (harness, request) = await SendOneAsync(r => AlertsHarness.OneChannel("webhook", r.Url("/hook"), ("Alerts:Channels:out:Secret", Secret)));
        await using var _ = harness;

        var body = JsonDocument.Parse(request.Body).RootElement;
        Assert.Equal("/hook", request.Path);
        Assert.StartsWith("application/json", request.Headers["Content-Type"], StringComparison.Ordinal);
        Assert.Equal("Bitcoin tops 100k", body.GetProperty("title").GetString());
        Assert.Equal("https://wire.example/articles/story-1", body.GetProperty("url").GetString());
        Assert.Equal(["BTC"], body.GetProperty("coins").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["BTC", "MARKET"], body.GetProperty("categories").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("POSITIVE", body.GetProperty("sentiment").GetString());
        Assert.Equal(80, body.GetProperty("score").GetInt32());
        Assert.Equal(["Wire One", "Wire Two"], body.GetProperty("sources").EnumerateArray().Select(e => e.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task Webhook_SignatureIsHmacSha256OfTimestampDotBody()
    {
        var (harness, request) = await SendOneAsync(r => AlertsHarness.OneChannel("webhook", r.Url("/hook"), ("Alerts:Channels:out:Secret", Secret)));
        await using var _ = harness;

        var timestamp = request.Headers["X-Coinwire-Timestamp"];
        var expected = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Encoding.UTF8.GetBytes($"{timestamp}.{request.Body}")));
        Assert.Equal("sha256=" + expected, request.Headers["X-Coinwire-Signature"]);
        Assert.InRange(long.Parse(timestamp, System.Globalization.CultureInfo.InvariantCulture),
            DateTimeOffset.UtcNow.AddMinutes(-5).ToUnixTimeSeconds(), DateTimeOffset.UtcNow.ToUnixTimeSeconds());
    }

    [Fact]
    public async Task Telegram_PostsSendMessageWithChatIdHtmlTextAndParseMode()
    {
        var (harness, request) = await SendOneAsync(r => new()
        {
            ["Alerts:Channels:out:Type"] = "telegram",
            ["Alerts:Channels:out:Url"] = r.BaseUri.AbsoluteUri,
            ["Alerts:Channels:out:BotToken"] = "123456:tg-token",
            ["Alerts:Channels:out:ChatId"] = "-100200300",
            ["Alerts:Rules:0:Name"] = "all",
            ["Alerts:Rules:0:Channels:0"] = "out",
        });
        await using var _ = harness;

        var body = JsonDocument.Parse(request.Body).RootElement;
        Assert.Equal("/bot123456:tg-token/sendMessage", request.Path);
        Assert.Equal("-100200300", body.GetProperty("chat_id").GetString());
        Assert.Equal("HTML", body.GetProperty("parse_mode").GetString());
        var text = body.GetProperty("text").GetString()!;
        Assert.StartsWith("<b>Bitcoin tops 100k</b>", text, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://wire.example/articles/story-1\">", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Discord_PostsOneEmbedWithTitleUrlAndFieldsAndNoMentions()
    {
        var (harness, request) = await SendOneAsync(r => AlertsHarness.OneChannel("discord", r.Url("/api/webhooks/1/discord-token")));
        await using var _ = harness;

        var body = JsonDocument.Parse(request.Body).RootElement;
        var embed = Assert.Single(body.GetProperty("embeds").EnumerateArray());
        Assert.Equal("Bitcoin tops 100k", embed.GetProperty("title").GetString());
        Assert.Equal("https://wire.example/articles/story-1", embed.GetProperty("url").GetString());
        Assert.Equal(["Coins", "Sentiment", "Score", "Sources"], embed.GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString()));
        Assert.Empty(body.GetProperty("allowed_mentions").GetProperty("parse").EnumerateArray());
    }

    [Fact]
    public async Task Slack_PostsFallbackTextAndBlocksLinkingTheArticle()
    {
        var (harness, request) = await SendOneAsync(r => AlertsHarness.OneChannel("slack", r.Url("/services/T1/B2/slack-token")));
        await using var _ = harness;

        var body = JsonDocument.Parse(request.Body).RootElement;
        Assert.Contains("Bitcoin tops 100k", body.GetProperty("text").GetString(), StringComparison.Ordinal);
        var blocks = body.GetProperty("blocks").EnumerateArray().ToList();
        Assert.Equal(["section", "context"], blocks.Select(b => b.GetProperty("type").GetString()));
        Assert.StartsWith("*<https://wire.example/articles/story-1|Bitcoin tops 100k>*", blocks[0].GetProperty("text").GetProperty("text").GetString(), StringComparison.Ordinal);
    }
}

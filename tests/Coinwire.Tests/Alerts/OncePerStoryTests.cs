using Coinwire.Storage.Entities;

namespace Coinwire.Tests.Alerts;

public class OncePerStoryTests
{
    private static Task<AlertsHarness> StartAsync() => AlertsHarness.StartAsync(r => AlertsHarness.OneChannel("slack", r.Url("/slack")));

    [Fact]
    public async Task StoryFromTwoSources_IsDeliveredOnce()
    {
        await using var h = await StartAsync();
        var id = await h.AddStoryAsync("ETF approved", sources: ["Wire One", "Wire Two"]);

        await h.RunAsync(id);

        Assert.Single(h.Receiver.Requests);
        Assert.Equal(AlertDeliveryStatus.Delivered, Assert.Single(await h.DeliveriesAsync()).Status);
    }

    [Fact]
    public async Task ReplayedJob_SendsNothingAgain()
    {
        await using var h = await StartAsync();
        var id = await h.AddStoryAsync("ETF approved");
        await h.RunAsync(id);

        await h.RunAsync(id);

        Assert.Single(h.Receiver.Requests);
        Assert.Single(await h.DeliveriesAsync());
    }

    [Fact]
    public async Task SourceJoiningLater_SendsNothingAgain()
    {
        await using var h = await StartAsync();
        var id = await h.AddStoryAsync("ETF approved");
        await h.RunAsync(id);

        await h.AddSourceAsync(id, "Wire Three");
        await h.RunAsync(id);

        Assert.Single(h.Receiver.Requests);
    }

    [Fact]
    public async Task DraftArticle_SendsNothing()
    {
        await using var h = await StartAsync();
        var id = await h.AddStoryAsync("ETF approved", draft: true);

        await h.RunAsync(id);

        Assert.Empty(h.Receiver.Requests);
        Assert.Empty(await h.DeliveriesAsync());
    }

    [Fact]
    public async Task OneRuleWithTwoChannels_DeliversOncePerChannel()
    {
        await using var h = await AlertsHarness.StartAsync(r => AlertsHarness.OneChannel("slack", r.Url("/slack"),
            ("Alerts:Channels:second:Type", "discord"), ("Alerts:Channels:second:Url", r.Url("/discord")), ("Alerts:Rules:0:Channels:1", "second")));
        var id = await h.AddStoryAsync("ETF approved");

        await h.RunAsync(id);
        await h.RunAsync(id);

        Assert.Equal(["/discord", "/slack"], h.Receiver.Requests.Select(r => r.Path).Order());
    }
}

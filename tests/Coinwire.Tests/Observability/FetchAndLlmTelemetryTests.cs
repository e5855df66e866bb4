using System.Net;
using Coinwire.Fetching;
using Coinwire.Observability;
using Coinwire.Rewriting;
using Coinwire.Tests.Fetching;
using Coinwire.Tests.Rewriting;
using Microsoft.AspNetCore.Http;

namespace Coinwire.Tests.Observability;

public class FetchAndLlmTelemetryTests
{
    [Fact]
    public async Task Fetch_CountedByHostAndHttpStatus()
    {
        var host = NamedStage.UniqueName() + ".example.test";
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            if (context.Request.Headers.IfNoneMatch == "\"v1\"")
            {
                context.Response.StatusCode = 304;
                return;
            }
            context.Response.Headers.ETag = "\"v1\"";
            context.Response.ContentType = "application/rss+xml";
            await context.Response.WriteAsync(ConditionalGetTests.Rss);
        });
        using var harness = FetchingHarness.Create(resolver: new FakeResolver(new() { [host] = [IPAddress.Loopback] }));
        var url = new Uri($"http://{host}:{server.BaseUri.Port}/feed");
        using var recorder = new MeasurementRecorder();

        await harness.FetchAsync(url);
        await harness.FetchAsync(url, etag: "\"v1\"");

        Assert.Equal([1.0], recorder.Values("coinwire.fetch.requests", ("host", host), ("status", "200"), ("outcome", nameof(FetchOutcome.Ok))));
        Assert.Equal([1.0], recorder.Values("coinwire.fetch.requests", ("host", host), ("status", "304"), ("outcome", nameof(FetchOutcome.NotModified))));
        Assert.Equal(2, recorder.Values("coinwire.fetch.duration", ("host", host)).Count);
    }

    [Fact]
    public async Task LlmAnswer_TokensCountedByModelAndDirection_AndPricedPer1k()
    {
        var model = NamedStage.UniqueName();
        CoinwireTelemetry.LlmPrices = new LlmPriceTable(new LlmPrice(), [new LlmPrice { Model = model, InputPer1k = 0.5m, OutputPer1k = 2m }]);
        await using var server = await FakeOpenAiServer.StartAsync(FakeOpenAiServer.Json(Answer.Good, promptTokens: 400, completionTokens: 200));
        var options = new LlmOptions { Endpoint = server.Endpoint, Model = model, ApiKey = "k", DailyTokenBudget = 0, Timeout = TimeSpan.FromSeconds(20) };
        using var rewriter = new LlmRewriter(LlmChatClientFactory.Create(options), options);
        using var recorder = new MeasurementRecorder();

        await rewriter.RewriteAsync(Answer.Story(), TestContext.Current.CancellationToken);

        Assert.Equal([400.0], recorder.Values("coinwire.llm.tokens", ("model", model), ("direction", "input")));
        Assert.Equal([200.0], recorder.Values("coinwire.llm.tokens", ("model", model), ("direction", "output")));
        Assert.Equal(0.6, Assert.Single(recorder.Values("coinwire.llm.cost", ("model", model))), 6);
    }

    [Fact]
    public void PriceTable_UsesTheModelsPrice_ElseTheDefault()
    {
        var table = new LlmPriceTable(new LlmPrice { InputPer1k = 1m, OutputPer1k = 1m }, [new LlmPrice { Model = "llama3.1:8b", InputPer1k = 0.1m, OutputPer1k = 0.2m }]);

        Assert.Equal(0.5, table.Cost("llama3.1:8b", 1000, 2000), 6);
        Assert.Equal(3.0, table.Cost("other", 1000, 2000), 6);
        Assert.Equal(0.0, LlmPriceTable.Free.Cost("other", 1000, 2000));
    }
}

using System.Text;
using Coinwire.Images;
using Coinwire.Tests.Fetching;

namespace Coinwire.Tests.Images;

public sealed class OgImageFinderTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string ArticleHtml => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "testdata", "images", "article.html"));

    private static Task<LoopbackServer> ServeAsync(string html) =>
        LoopbackServer.StartAsync(async context =>
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(html));
        });

    [Fact]
    public async Task FindAsync_ReadsOgImageFromPageOnLoopback_AsAbsoluteUrl()
    {
        await using var server = await ServeAsync(ArticleHtml);
        using var harness = ImagesHarness.Create();

        var image = await harness.OgImages.FindAsync(server.Url("/news/bitcoin-slides"), cancellationToken: Ct);

        Assert.Equal(server.Url("/media/2026/02/bitcoin-slide.jpg?w=1200&h=630"), image);
        var request = Assert.Single(server.Requests);
        Assert.Contains("text/html", request.Header("Accept"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FindAsync_LoopbackRefusedWhenPrivateNetworksNotAllowed()
    {
        await using var server = await ServeAsync(ArticleHtml);
        using var harness = ImagesHarness.Create(settings: new Dictionary<string, string?> { ["Fetching:AllowPrivateNetworks"] = "false" });

        var image = await harness.OgImages.FindAsync(server.Url("/news/bitcoin-slides"), cancellationToken: Ct);

        Assert.Null(image);
        Assert.Empty(server.Requests);
        Assert.Empty(harness.Connector.Attempts);
    }

    [Fact]
    public async Task FindAsync_PageWithoutImage_Null()
    {
        await using var server = await ServeAsync("<html><head><title>x</title></head><body>No image</body></html>");
        using var harness = ImagesHarness.Create();

        Assert.Null(await harness.OgImages.FindAsync(server.Url("/a"), cancellationToken: Ct));
    }

    [Fact]
    public void Extract_TwitterImageWhenNoOgImage()
    {
        const string html = "<head><meta name=\"twitter:image\" content=\"https://cdn.example.com/card.png\"></head>";

        Assert.Equal(new Uri("https://cdn.example.com/card.png"), OgImageFinder.Extract(html, new Uri("https://news.example.com/a")));
    }

    [Fact]
    public void Extract_OgImagePreferredOverTwitterImage()
    {
        Assert.Equal(
            new Uri("https://news.example.com/media/2026/02/bitcoin-slide.jpg?w=1200&h=630"),
            OgImageFinder.Extract(ArticleHtml, new Uri("https://news.example.com/news/bitcoin-slides")));
    }

    [Fact]
    public void Extract_RelativeImageResolvedAgainstBaseHref()
    {
        const string html = "<head><base href=\"https://static.example.org/site/\"><meta property=\"og:image\" content=\"img/cover.jpg\"></head>";

        Assert.Equal(new Uri("https://static.example.org/site/img/cover.jpg"), OgImageFinder.Extract(html, new Uri("https://news.example.com/a/b")));
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:image/png;base64,iVBORw0KGgo=")]
    [InlineData("   ")]
    [InlineData("file:///etc/passwd")]
    public void Extract_NonHttpImagesIgnored(string content)
    {
        var html = $"<head><meta property=\"og:image\" content=\"{content}\"></head>";

        Assert.Null(OgImageFinder.Extract(html, new Uri("https://news.example.com/a")));
    }
}

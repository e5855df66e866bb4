using Coinwire.Parsing;

namespace Coinwire.Tests.Parsing;

public class SecurityTests
{
    [Fact]
    public void Parse_XxeIsNotExpanded()
    {
        var secret = Path.Combine(Path.GetTempPath(), $"coinwire-xxe-{Guid.NewGuid():N}.txt");
        File.WriteAllText(secret, "TOP-SECRET");
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        try
        {
            var xml = $"""
                <?xml version="1.0"?>
                <!DOCTYPE rss [ <!ENTITY xxe SYSTEM "file://{secret}"> <!ENTITY net SYSTEM "http://127.0.0.1:{port}/x"> ]>
                <rss version="2.0"><channel><title>t</title>
                <item><title>a &xxe; b</title><description>&net;</description></item></channel></rss>
                """;
            var feed = P.Xml(xml);
            Assert.Single(feed.Items);
            Assert.DoesNotContain("TOP-SECRET", feed.Items[0].Title, StringComparison.Ordinal);
            Assert.Equal("a &xxe; b", feed.Items[0].Title);
            Assert.Equal("&net;", feed.Items[0].Summary);
            Assert.False(listener.Pending(), "the parser connected to the entity's URL");
        }
        finally
        {
            listener.Stop();
            File.Delete(secret);
        }
    }

    [Fact]
    public void Parse_BillionLaughsIsNotExpanded()
    {
        var entities = string.Join("\n", Enumerable.Range(1, 9).Select(i =>
            $"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{i - 1};", 10))}\">"));
        var xml = $"""
            <?xml version="1.0"?>
            <!DOCTYPE rss [ <!ENTITY lol0 "lol"> {entities} ]>
            <rss version="2.0"><channel><title>&lol9;</title><item><title>x</title></item></channel></rss>
            """;
        var started = System.Diagnostics.Stopwatch.StartNew();
        var feed = P.Xml(xml);
        Assert.Equal("&lol9;", feed.Title);
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void Parse_ExternalDtdIsNotFetched()
    {
        var feed = P.File("general/005-rss091-full-sample-doctype.xml");
        Assert.Equal(FeedFormat.Rss091, feed.Format);
        Assert.Single(feed.Items);
    }

    [Fact]
    public void Parse_TooLargeInputIsRejected()
    {
        var huge = new byte[FeedParser.MaxInputBytes + 1];
        var ex = Assert.Throws<FeedParseException>(() => FeedParser.Parse(huge));
        Assert.Equal(FeedParseError.TooLarge, ex.Error);
    }
}

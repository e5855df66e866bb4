using System.Xml;
using Coinwire.Images;

namespace Coinwire.Tests.Images;

public sealed class CoverStoreTests : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "coinwire-covers-" + Guid.NewGuid().ToString("N"));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SaveAsync_WritesSvgUnderDataCovers()
    {
        var store = new CoverStore(_data);
        var subject = CoverSubject.ForCoin("ETH");

        var path = await store.SaveAsync(subject, Ct);

        Assert.Equal(Path.Combine(_data, "covers", GeneratedCover.Key(subject) + ".svg"), path);
        Assert.Equal(GeneratedCover.Svg(subject), await File.ReadAllTextAsync(path, Ct));
        using var stream = store.Open(GeneratedCover.Key(subject));
        using var reader = XmlReader.Create(stream!, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        while (reader.Read())
        {
        }
        Assert.Empty(Directory.GetFiles(Path.Combine(_data, "covers"), "*.tmp"));
    }

    [Fact]
    public async Task SaveAsync_SecondTimeKeepsTheFile()
    {
        var store = new CoverStore(_data);
        var path = await store.SaveAsync(CoverSubject.ForTopic("MARKET"), Ct);
        var written = File.GetLastWriteTimeUtc(path);

        Assert.Equal(path, await store.SaveAsync(CoverSubject.ForTopic("MARKET"), Ct));
        Assert.Equal(written, File.GetLastWriteTimeUtc(path));
    }

    [Theory]
    [InlineData("../secret")]
    [InlineData("a/b")]
    [InlineData("")]
    [InlineData("-x")]
    [InlineData("COIN-BTC")]
    public void PathFor_RejectsKeysThatAreNotCoverKeys(string key)
    {
        var store = new CoverStore(_data);

        Assert.Throws<ArgumentException>(() => store.PathFor(key));
        Assert.Null(store.Open(key));
    }

    public void Dispose()
    {
        if (Directory.Exists(_data))
            Directory.Delete(_data, recursive: true);
    }
}

using System.Text;
using Coinwire.Images;

namespace Coinwire.Tests.Images;

public sealed class UnsplashJsonTests
{
    [Fact]
    public void ReadResults_SampleResponse()
    {
        var photos = UnsplashJson.ReadResults(Encoding.UTF8.GetBytes(FakeUnsplash.SampleJson));

        Assert.Equal(["Zc9wRRq7-ZY", "8pK2Qb1aXnM", "Qw3rTy5uIoP"], photos.Select(p => p.Id));
        Assert.Equal("https://unsplash.com/@jdoe_photo", photos[0].UserProfileUrl);
        Assert.StartsWith("https://api.unsplash.com/photos/Zc9wRRq7-ZY/download?ixid=", photos[0].DownloadLocation, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadResults_MissingSmallS3FallsBackToSmall_IncompleteSkipped()
    {
        const string json = """
            {"results":[
              {"id":"a","urls":{"raw":"https://i/a","full":"https://i/a?f","regular":"https://i/a?r","small":"https://i/a?s","thumb":"https://i/a?t"},
               "user":{"name":"A","links":{"html":"https://unsplash.com/@a"}},"links":{}},
              {"id":"b","urls":{"raw":"https://i/b"},"user":{"name":"B","links":{"html":"https://unsplash.com/@b"}}},
              {"id":"c","urls":{"raw":"https://i/c","full":"https://i/c","regular":"https://i/c","small":"https://i/c","thumb":"https://i/c"},"user":{"name":""}},
              {"id":"d","urls":{"raw":"javascript:x","full":"https://i/d","regular":"https://i/d","small":"https://i/d","thumb":"https://i/d"},
               "user":{"name":"D","links":{"html":"https://unsplash.com/@d"}}},
              7, null
            ]}
            """;

        var photo = Assert.Single(UnsplashJson.ReadResults(Encoding.UTF8.GetBytes(json)));

        Assert.Equal("https://i/a?s", photo.SmallS3);
        Assert.Null(photo.DownloadLocation);
        Assert.Null(photo.Alt);
    }

    [Fact]
    public void WriteResults_ReadsBackEqual()
    {
        var photos = UnsplashJson.ReadResults(Encoding.UTF8.GetBytes(FakeUnsplash.SampleJson));

        Assert.Equal(photos, UnsplashJson.ReadResults(UnsplashJson.WriteResults(photos)));
    }

    [Theory]
    [InlineData("https://unsplash.com/@a", "https://unsplash.com/@a?utm_source=coinwire&utm_medium=referral")]
    [InlineData("https://unsplash.com/@a?x=1", "https://unsplash.com/@a?x=1&utm_source=coinwire&utm_medium=referral")]
    [InlineData("https://unsplash.com/@a#top", "https://unsplash.com/@a?utm_source=coinwire&utm_medium=referral#top")]
    public void WithReferral_AppendsUtmParameters(string url, string expected)
    {
        Assert.Equal(expected, UnsplashAttribution.WithReferral(url, "coinwire"));
    }
}

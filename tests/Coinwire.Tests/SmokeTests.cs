using Coinwire.Common;

namespace Coinwire.Tests;

public class RepoPathsTests
{
    [Fact]
    public void Shared_ResolvesReferenceArticleBesideRepoRoot()
    {
        Assert.True(File.Exists(RepoPaths.Shared("reference", "article.md")));
    }
}

using Coinwire.Common;

namespace Coinwire.Tests.Tagging;

/// <summary>
/// The shipped coin dictionary must be what the generator makes from ../shared and tools/tagging.
/// Set COINWIRE_REGENERATE_TAGGING=1 to rewrite it (tools/tagging/regenerate.sh does).
/// </summary>
public class CoinDataGeneratorTests
{
    [Fact]
    public void ShippedDictionary_IsUpToDate()
    {
        var root = RepoPaths.FindRoot() ?? throw new InvalidOperationException("not run from a checkout");
        string coinsDir;
        try
        {
            coinsDir = RepoPaths.Shared("corpus", "coins");
        }
        catch (DirectoryNotFoundException)
        {
            Assert.Skip("../shared is not available");
            return;
        }
        var generated = CoinDataGenerator.Generate(coinsDir, Path.Combine(root, "tools", "tagging"));
        var target = Path.Combine(root, "src", "Coinwire", "Tagging", "Data", "coins.tsv");
        if (Environment.GetEnvironmentVariable("COINWIRE_REGENERATE_TAGGING") == "1")
        {
            File.WriteAllText(target, generated);
        }
        Assert.True(generated.Length < 200_000, $"dictionary too large: {generated.Length} bytes");
        Assert.Equal(generated, File.ReadAllText(target));
    }
}

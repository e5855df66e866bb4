using System.CommandLine;

namespace Coinwire.App.Cli;

/// <summary>Builds the <c>coinwire</c> command tree and runs it.</summary>
public static class CoinwireCli
{
    /// <summary>Parses <paramref name="args"/> and runs the chosen command.</summary>
    /// <returns>The process exit code.</returns>
    public static async Task<int> RunAsync(string[] args)
    {
        var root = new RootCommand("Coinwire: a self-hosted crypto news wire.");
        return await root.Parse(args).InvokeAsync();
    }
}

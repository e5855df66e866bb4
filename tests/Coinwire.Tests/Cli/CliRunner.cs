using Coinwire.App.Cli;

namespace Coinwire.Tests.Cli;

/// <summary>Runs the <c>coinwire</c> command tree in-process with captured streams.</summary>
internal static class CliRunner
{
    public sealed record Result(int ExitCode, string Out, string Error);

    public static async Task<Result> RunWithInputAsync(string stdin, params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var code = await CoinwireCli.RunAsync(args, new CliContext(output, error, new StringReader(stdin)));
        return new Result(code, output.ToString(), error.ToString());
    }

    public static Task<Result> RunAsync(params string[] args) => RunWithInputAsync("", args);

    private static readonly System.Collections.Concurrent.ConcurrentBag<string> TempDirs = CleanUpAtExit();

    /// <summary>A new empty folder, deleted when the test process exits (stores and servers may hold files until then).</summary>
    public static string TempDir()
    {
        var dir = Path.Combine(Path.GetTempPath(), "coinwire-cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        TempDirs.Add(dir);
        return dir;
    }

    private static System.Collections.Concurrent.ConcurrentBag<string> CleanUpAtExit()
    {
        var dirs = new System.Collections.Concurrent.ConcurrentBag<string>();
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            foreach (var dir in dirs)
            {
                try
                {
                    Directory.Delete(dir, recursive: true);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                }
            }
        };
        return dirs;
    }
}

using System.Diagnostics;

namespace Coinwire.Tests.Pipeline;

/// <summary>Runs the real <c>coinwire</c> executable (built beside the tests) as a child process.</summary>
internal static class CoinwireProcess
{
    public static Process Start(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "coinwire.dll"));
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }
        foreach (var (k, v) in environment)
        {
            info.Environment[k] = v;
        }
        return Process.Start(info) ?? throw new InvalidOperationException("cannot start coinwire");
    }

    public static async Task<(int ExitCode, string Out, string Error)> RunAsync(IReadOnlyDictionary<string, string> environment, TimeSpan timeout, params string[] args)
    {
        using var process = Start(environment, args);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"coinwire {string.Join(' ', args)} did not finish in {timeout}");
        }
        return (process.ExitCode, await stdout, await stderr);
    }
}

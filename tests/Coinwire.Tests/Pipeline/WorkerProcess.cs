using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;

namespace Coinwire.Tests.Pipeline;

/// <summary>
/// A long-running <c>coinwire</c> child (e.g. <c>ingest</c>) whose stdout and stderr are drained asynchronously (a
/// full pipe would stall it), stopped with a real SIGTERM (.NET's <see cref="Process"/> can only SIGKILL).
/// </summary>
internal sealed class WorkerProcess : IDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();
    private readonly Lock gate = new();

    private WorkerProcess(Process process)
    {
        this.process = process;
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public int Id => process.Id;

    public bool HasExited => process.HasExited;

    public int ExitCode => process.ExitCode;

    /// <summary>Everything written so far, stdout and stderr interleaved.</summary>
    public string Output
    {
        get
        {
            lock (gate)
            {
                return output.ToString();
            }
        }
    }

    public static WorkerProcess Start(IReadOnlyDictionary<string, string> environment, params string[] args) => new(CoinwireProcess.Start(environment, args));

    /// <summary>Sends SIGTERM and waits for the exit; returns how long the process took, or null when it outlived <paramref name="timeout"/>.</summary>
    public async Task<TimeSpan?> TerminateAsync(TimeSpan timeout)
    {
        var watch = Stopwatch.StartNew();
        if (kill(process.Id, 15) != 0)
        {
            throw new InvalidOperationException($"kill({process.Id}, SIGTERM) failed: errno {Marshal.GetLastPInvokeError()}");
        }
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cts.Token);
            return watch.Elapsed;
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    /// <summary>SIGKILL: no chance to release anything.</summary>
    public async Task KillAsync()
    {
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(5000);
        }
        process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (gate)
        {
            output.AppendLine(line);
        }
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int sig);
}

using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using Npgsql;

namespace Coinwire.Benchmarks.Workers;

/// <summary>What one run with <c>Workers</c> processes measured.</summary>
internal sealed record WorkerRunResult(int Workers, int Items, TimeSpan Wall, TimeSpan WorkerCpu, TimeSpan PostgresCpu, int LockHandBacks, double LockWaitShare, double ActiveBackends);

/// <summary>
/// One measured run: <c>Workers</c> real <c>coinwire ingest</c> processes against a fresh PostgreSQL database, timed
/// from the first feed request to the moment every item is stored and no job is pending or running; then SIGTERM.
/// </summary>
internal static class WorkerRun
{
    public static async Task<WorkerRunResult> RunAsync(string coinwireDll, string connectionString, BenchFeeds feeds, int workers, string dir)
    {
        Directory.CreateDirectory(dir);
        var sources = Path.Combine(dir, "sources.yaml");
        await File.WriteAllTextAsync(sources, feeds.SourcesYaml);
        // Schema first, so the workers do not race to create it.
        var migrate = await RunToEndAsync(coinwireDll, connectionString, ["stats", "--data", Path.Combine(dir, "migrate")]);
        if (migrate != 0)
        {
            throw new InvalidOperationException("coinwire stats (migration) failed");
        }
        var handBacks = 0;
        var requestsBefore = feeds.Requests;
        var processes = Enumerable.Range(0, workers).Select(w => Start(coinwireDll, connectionString, ["ingest", "--data", Path.Combine(dir, $"w{w}"), "--sources", sources], line =>
        {
            if (line.Contains("handed back", StringComparison.Ordinal) && line.Contains("locked by another worker", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref handBacks);
            }
        })).ToList();
        try
        {
            while (feeds.Requests == requestsBefore)
            {
                await Task.Delay(5);
            }
            var wall = Stopwatch.StartNew();
            await using var conn = new NpgsqlConnection(connectionString);
            await conn.OpenAsync();
            long samples = 0, lockWaits = 0, active = 0;
            while (true)
            {
                var (items, open, waiting, busy) = await SampleAsync(conn);
                samples++;
                lockWaits += waiting;
                active += busy;
                if (items >= feeds.ItemRows && open == 0)
                {
                    break;
                }
                if (processes.Any(p => p.HasExited))
                {
                    throw new InvalidOperationException("a worker exited early");
                }
                await Task.Delay(100);
            }
            var elapsed = wall.Elapsed;
            var workerCpu = processes.Aggregate(TimeSpan.Zero, (t, p) => t + p.TotalProcessorTime);
            var postgresCpu = await PostgresCpuAsync(conn);
            return new WorkerRunResult(workers, feeds.ItemRows, elapsed, workerCpu, postgresCpu, handBacks,
                active == 0 ? 0 : (double)lockWaits / active, (double)active / samples);
        }
        finally
        {
            foreach (var p in processes)
            {
                _ = kill(p.Id, 15);
            }
            foreach (var p in processes)
            {
                if (!p.WaitForExit(15_000))
                {
                    p.Kill(entireProcessTree: true);
                }
                p.Dispose();
            }
        }
    }

    /// <summary>Items stored, jobs open, and of the other connections: those waiting on a lock, those active.</summary>
    private static async Task<(long Items, long Open, long Waiting, long Active)> SampleAsync(NpgsqlConnection conn)
    {
        await using var cmd = new NpgsqlCommand("""
            SELECT (SELECT count(*) FROM items), (SELECT count(*) FROM jobs WHERE "Status" IN (0, 1)),
                   (SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND state = 'active' AND wait_event_type = 'Lock'),
                   (SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND state = 'active')
            """, conn);
        await using var r = await cmd.ExecuteReaderAsync();
        await r.ReadAsync();
        return (r.GetInt64(0), r.GetInt64(1), r.GetInt64(2), r.GetInt64(3));
    }

    /// <summary>CPU time of the database's backends so far (user + system, from /proc).</summary>
    private static async Task<TimeSpan> PostgresCpuAsync(NpgsqlConnection conn)
    {
        await using var cmd = new NpgsqlCommand("SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()", conn);
        var pids = new List<int>();
        await using (var r = await cmd.ExecuteReaderAsync())
        {
            while (await r.ReadAsync())
            {
                pids.Add(r.GetInt32(0));
            }
        }
        var ticks = 0L;
        foreach (var pid in pids)
        {
            try
            {
                var stat = await File.ReadAllTextAsync($"/proc/{pid}/stat");
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                ticks += long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            }
            catch (IOException)
            {
            }
        }
        // USER_HZ is 100 on Linux.
        return TimeSpan.FromMilliseconds(ticks * 10);
    }

    private static Process Start(string dll, string connectionString, string[] args, Action<string> onLine)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(dll);
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }
        info.Environment["COINWIRE__Database__Provider"] = "Postgres";
        info.Environment["COINWIRE__Database__ConnectionString"] = connectionString;
        info.Environment["COINWIRE__Fetching__AllowPrivateNetworks"] = "true";
        info.Environment["COINWIRE__Fetching__MinHostDelay"] = "00:00:00.010";
        info.Environment["COINWIRE__Ingest__IdleDelay"] = "00:00:00.200";
        info.Environment["COINWIRE__Logging__LogLevel__Default"] = "Warning";
        info.Environment["COINWIRE__Logging__LogLevel__Coinwire.Pipeline.StageRunner"] = "Debug";
        var process = Process.Start(info) ?? throw new InvalidOperationException("cannot start coinwire");
        process.OutputDataReceived += (_, e) => { };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                onLine(e.Data);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task<int> RunToEndAsync(string dll, string connectionString, string[] args)
    {
        using var p = Start(dll, connectionString, args, _ => { });
        await p.WaitForExitAsync();
        return p.ExitCode;
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int sig);
}

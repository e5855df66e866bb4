using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Coinwire.Benchmarks.Ingest;

/// <summary>
/// A throwaway PostgreSQL cluster on a loopback port (initdb + pg_ctl, fsync off), removed on dispose. The minimal
/// logic of the test project's <c>PostgresServer</c>, copied so the benchmarks do not reference the tests. As root,
/// initdb and pg_ctl run as the Debian package's <c>postgres</c> user.
/// </summary>
internal sealed class PostgresCluster : IAsyncDisposable
{
    private readonly string root;
    private readonly string binDir;
    private readonly string? runAs;

    private PostgresCluster(string root, string binDir, string? runAs)
    {
        this.root = root;
        this.binDir = binDir;
        this.runAs = runAs;
    }

    private string admin = "";

    /// <summary>Creates an empty database; returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string name)
    {
        await using (var conn = new NpgsqlConnection(admin))
        {
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand($"CREATE DATABASE {name}", conn);
            await cmd.ExecuteNonQueryAsync();
        }
        return new NpgsqlConnectionStringBuilder(admin) { Database = name, Pooling = true }.ToString();
    }

    /// <summary>Starts a cluster, or returns null with the reason when PostgreSQL is not installed or does not start.</summary>
    public static async Task<(PostgresCluster? Cluster, string? Unavailable)> StartAsync()
    {
        var binDir = FindBinDir();
        if (binDir is null)
        {
            return (null, "initdb/pg_ctl not found (install Debian's 'postgresql' package)");
        }
        var root = Path.Combine(Path.GetTempPath(), "coinwire-bench-pg-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        var cluster = new PostgresCluster(root, binDir, Environment.UserName == "root" ? "postgres" : null);
        try
        {
            if (cluster.runAs is not null)
            {
                await cluster.RunAsync("/bin/chown", $"postgres {root}", asServerUser: false);
            }
            var port = FreePort();
            var data = Path.Combine(root, "data");
            await cluster.RunAsync(Path.Combine(binDir, "initdb"), $"-D {data} -A trust -U postgres -E UTF8 --no-sync");
            await cluster.RunAsync(Path.Combine(binDir, "pg_ctl"),
                $"-D {data} -l {Path.Combine(root, "log")} -w -t 60 -o \"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off\" start");
            cluster.admin = $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Pooling=false";
            return (cluster, null);
        }
        catch (InvalidOperationException e)
        {
            await cluster.DisposeAsync();
            return (null, e.Message);
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        try
        {
            await RunAsync(Path.Combine(binDir, "pg_ctl"), $"-D {Path.Combine(root, "data")} -m immediate -w stop");
        }
        catch (InvalidOperationException)
        {
            // Never started, or already stopped; the folder goes either way.
        }
        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static string? FindBinDir()
    {
        var fromPath = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':')
            .FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")));
        if (fromPath is not null)
        {
            return fromPath;
        }
        return Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, "initdb"))).OrderDescending().FirstOrDefault()
            : null;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private async Task RunAsync(string file, string args, bool asServerUser = true)
    {
        var info = asServerUser && runAs is not null
            ? new ProcessStartInfo("/usr/sbin/runuser", $"-u {runAs} -- {file} {args}")
            : new ProcessStartInfo(file, args);
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        info.WorkingDirectory = root;
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"cannot start {file}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(file)} failed ({process.ExitCode}): {(await stderr).Trim()} {(await stdout).Trim()}".Trim());
        }
    }
}

using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Coinwire.Tests.Storage;

/// <summary>
/// A throwaway PostgreSQL cluster on a loopback port, started once per test run with Debian's initdb/pg_ctl
/// and removed at the end. Tests call <see cref="RequireAsync"/>, which skips with a clear message when no
/// PostgreSQL binaries are installed.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    private string? root;
    private string? binDir;
    private string? runAs;

    /// <summary>Why the server is unavailable, or null when it runs.</summary>
    public string? Unavailable { get; private set; }

    /// <summary>Connection string to the maintenance database.</summary>
    public string AdminConnectionString { get; private set; } = "";

    /// <summary>A fresh, empty database; returns its connection string.</summary>
    public async Task<string> RequireAsync()
    {
        if (Unavailable is not null)
        {
            Assert.Skip($"PostgreSQL tests skipped: {Unavailable}");
        }
        var name = "cw_" + Guid.NewGuid().ToString("N")[..12];
        await using (var conn = new NpgsqlConnection(AdminConnectionString))
        {
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand($"CREATE DATABASE {name}", conn);
            await cmd.ExecuteNonQueryAsync();
        }
        return new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name }.ToString();
    }

    /// <inheritdoc />
    public async ValueTask InitializeAsync()
    {
        binDir = FindBinDir();
        if (binDir is null)
        {
            Unavailable = "initdb/pg_ctl not found (install Debian's 'postgresql' package; .ci/run does this)";
            return;
        }
        root = Path.Combine(Path.GetTempPath(), "coinwire-pg-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        var data = Path.Combine(root, "data");
        if (Environment.UserName == "root")
        {
            // initdb refuses to run as root; the Debian package creates a 'postgres' user for this.
            runAs = "postgres";
            await RunAsync("/bin/chown", $"postgres {root}");
        }
        var port = FreePort();
        try
        {
            await RunAsync(Path.Combine(binDir, "initdb"), $"-D {data} -A trust -U postgres -E UTF8 --no-sync", asServerUser: true);
            await RunAsync(Path.Combine(binDir, "pg_ctl"),
                $"-D {data} -l {Path.Combine(root, "log")} -w -t 60 -o \"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200\" start", asServerUser: true);
        }
        catch (InvalidOperationException e)
        {
            Unavailable = e.Message;
            return;
        }
        AdminConnectionString = $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Pooling=false";
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (root is null || binDir is null)
        {
            return;
        }
        try
        {
            await RunAsync(Path.Combine(binDir, "pg_ctl"), $"-D {Path.Combine(root, "data")} -m immediate -w stop", asServerUser: true);
        }
        catch (InvalidOperationException)
        {
            // Already stopped; the folder is removed below either way.
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

    private async Task RunAsync(string file, string args, bool asServerUser = false)
    {
        var info = asServerUser && runAs is not null
            ? new ProcessStartInfo("/usr/sbin/runuser", $"-u {runAs} -- {file} {args}")
            : new ProcessStartInfo(file, args);
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        info.WorkingDirectory = root ?? Path.GetTempPath();
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

/// <summary>Tests that share the one PostgreSQL cluster.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    /// <summary>Collection name.</summary>
    public const string Name = "postgres";
}

using System.Data.Common;
using Coinwire.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace Coinwire.Storage;

/// <summary>
/// Fetch claims on sources (<see cref="SourceRecord.ClaimedBy"/>, <see cref="SourceRecord.ClaimExpiresAt"/>), so that
/// workers sharing a store never poll one source twice at once and never hit one host from two workers: a worker
/// claims every source of a host or none of them. A claim that is not renewed expires, so a killed worker's hosts are
/// polled again after the lease.
/// </summary>
public sealed class SourceLeases(StoreFactory store, TimeProvider? clock = null)
{
    private readonly TimeProvider time = clock ?? TimeProvider.System;

    /// <summary>The clock claims expire and renew by.</summary>
    internal TimeProvider Time => time;

    /// <summary>The host a source is fetched from, as the fetcher's per-host politeness keys it.</summary>
    public static string HostOf(SourceRecord source) => Common.HttpUrls.HostKey(new Uri(source.PermanentRedirectUrl ?? source.Url));

    /// <summary>
    /// Claims, for each host with a source in <paramref name="due"/>, every source of that host among
    /// <paramref name="all"/>; hosts another worker holds any source of are skipped. The returned claim renews itself
    /// until disposed, which releases it.
    /// </summary>
    public async Task<SourceClaim> ClaimAsync(IReadOnlyCollection<SourceRecord> due, IReadOnlyCollection<SourceRecord> all, string workerId, TimeSpan lease, CancellationToken ct = default)
    {
        var dueHosts = due.Select(HostOf).ToHashSet(StringComparer.Ordinal);
        var held = new HashSet<int>();
        foreach (var host in all.Where(s => dueHosts.Contains(HostOf(s))).GroupBy(HostOf, StringComparer.Ordinal))
        {
            var ids = host.Select(s => s.Id).Distinct().ToList();
            if (await TryClaimAllAsync(ids, workerId, lease, ct))
            {
                held.UnionWith(ids);
            }
        }
        return new SourceClaim(this, workerId, lease, held);
    }

    /// <summary>Extends the worker's claims; returns how many sources it holds.</summary>
    public async Task<int> RenewAsync(string workerId, TimeSpan lease, CancellationToken ct = default)
    {
        var expires = time.GetUtcNow().UtcDateTime + lease;
        await using var db = store.CreateContext();
        return await db.Sources.Where(s => s.ClaimedBy == workerId).ExecuteUpdateAsync(s => s.SetProperty(r => r.ClaimExpiresAt, expires), ct);
    }

    /// <summary>Releases the worker's claims (all of them, or only <paramref name="sourceIds"/>).</summary>
    public async Task<int> ReleaseAsync(string workerId, IReadOnlyCollection<int>? sourceIds = null, CancellationToken ct = default)
    {
        await using var db = store.CreateContext();
        return await db.Sources.Where(s => s.ClaimedBy == workerId && (sourceIds == null || sourceIds.Contains(s.Id)))
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.ClaimedBy, (string?)null).SetProperty(r => r.ClaimExpiresAt, (DateTime?)null), ct);
    }

    /// <summary>
    /// One conditional UPDATE over the host's rows: free, expired or already ours. On PostgreSQL the rows are locked
    /// in id order with SKIP LOCKED, so two workers racing for a host never wait on each other or deadlock; when
    /// either gets only part of the host it gives that part back and leaves the host for the next round.
    /// </summary>
    private async Task<bool> TryClaimAllAsync(IReadOnlyList<int> ids, string workerId, TimeSpan lease, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = store.CreateContext();
        var skipLocked = db.Database.IsNpgsql() ? "FOR UPDATE SKIP LOCKED" : "";
        var list = string.Join(",", ids.Select((_, i) => $"@s{i}"));
        var sql = $"""
            UPDATE sources SET "ClaimedBy" = @worker, "ClaimExpiresAt" = @expires
            WHERE "Id" IN (
                SELECT "Id" FROM sources
                WHERE "Id" IN ({list}) AND ("ClaimedBy" IS NULL OR "ClaimedBy" = @worker OR "ClaimExpiresAt" < @now)
                ORDER BY "Id" {skipLocked})
            """;
        var conn = db.Database.GetDbConnection();
        await conn.OpenAsync(ct);
        await using var cmd = conn.CreateCommand();
        cmd.CommandText = sql;
        Add(cmd, "worker", workerId);
        Add(cmd, "expires", now + lease);
        Add(cmd, "now", now);
        for (var i = 0; i < ids.Count; i++)
        {
            Add(cmd, $"s{i}", ids[i]);
        }
        var claimed = await cmd.ExecuteNonQueryAsync(ct);
        if (claimed == ids.Count)
        {
            return true;
        }
        if (claimed > 0)
        {
            await ReleaseAsync(workerId, ids.ToList(), ct);
        }
        return false;
    }

    private static void Add(DbCommand cmd, string name, object value)
    {
        var p = cmd.CreateParameter();
        p.ParameterName = name;
        p.Value = value;
        cmd.Parameters.Add(p);
    }
}

namespace Coinwire.Storage;

/// <summary>
/// The sources a worker claimed for one fetch round (see <see cref="SourceLeases"/>). Renews the claim at a third of
/// the lease while the round runs; disposing it releases the claim.
/// </summary>
public sealed class SourceClaim : IAsyncDisposable
{
    private readonly SourceLeases leases;
    private readonly string workerId;
    private readonly IReadOnlySet<int> held;
    private readonly CancellationTokenSource stop = new();
    private readonly Task renewal;

    internal SourceClaim(SourceLeases leases, string workerId, TimeSpan lease, IReadOnlySet<int> held)
    {
        this.leases = leases;
        this.workerId = workerId;
        this.held = held;
        renewal = held.Count == 0 ? Task.CompletedTask : RenewAsync(lease, stop.Token);
    }

    /// <summary>Ids of the claimed sources.</summary>
    public IReadOnlySet<int> SourceIds => held;

    /// <summary>Whether the round may poll <paramref name="sourceId"/>.</summary>
    public bool Holds(int sourceId) => held.Contains(sourceId);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        await renewal;
        stop.Dispose();
        if (held.Count > 0)
        {
            await leases.ReleaseAsync(workerId, held.ToList(), CancellationToken.None);
        }
    }

    private async Task RenewAsync(TimeSpan lease, CancellationToken ct)
    {
        try
        {
            while (true)
            {
                await Task.Delay(lease / 3, leases.Time, ct);
                await leases.RenewAsync(workerId, lease, ct);
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (Exception)
        {
            // A failed renewal only risks the claim expiring; the round goes on either way.
        }
    }
}

using Coinwire.Storage;

namespace Coinwire.Pipeline;

/// <summary>The context (and so the connection) <see cref="SourceBatchWriter"/> keeps while it drains its queue.</summary>
internal sealed class WriterSession(StoreFactory store) : IAsyncDisposable
{
    private CoinwireDbContext? db;

    /// <summary>The session's context, created on first use.</summary>
    public CoinwireDbContext Db => db ??= store.CreateContext();

    /// <summary>Drops the context; the next <see cref="Db"/> is a fresh one.</summary>
    public async ValueTask ResetAsync()
    {
        if (db is not null)
        {
            await db.DisposeAsync();
            db = null;
        }
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => ResetAsync();
}

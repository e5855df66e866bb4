using Microsoft.Extensions.Logging;

namespace Coinwire.Tests.Observability;

/// <summary>Keeps every entry with the key/value pairs of the scopes open when it was logged.</summary>
internal class ScopeCapturingLogger : ILogger
{
    private readonly AsyncLocal<ImmutableScope?> current = new();

    public List<(LogLevel Level, string Message, Dictionary<string, object> Scope)> Entries { get; } = [];

    public IDisposable BeginScope<TState>(TState state) where TState : notnull
    {
        var parent = current.Value;
        var pairs = state as IEnumerable<KeyValuePair<string, object>> ?? [];
        current.Value = new ImmutableScope(parent, pairs.ToList());
        return new Pop(() => current.Value = parent);
    }

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        var scope = new Dictionary<string, object>();
        for (var s = current.Value; s is not null; s = s.Parent)
        {
            foreach (var (key, value) in s.Pairs)
            {
                scope.TryAdd(key, value);
            }
        }
        lock (Entries)
        {
            Entries.Add((logLevel, formatter(state, exception), scope));
        }
    }

    private sealed record ImmutableScope(ImmutableScope? Parent, List<KeyValuePair<string, object>> Pairs);

    private sealed class Pop(Action pop) : IDisposable
    {
        public void Dispose() => pop();
    }
}

/// <summary>The same, for code that asks for a typed logger.</summary>
internal sealed class ScopeCapturingLogger<T> : ScopeCapturingLogger, ILogger<T>;

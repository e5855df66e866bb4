using System.Text.Json;

namespace Coinwire.Rewriting;

/// <summary>
/// Tokens spent on the model per UTC day, against a limit; persisted in a small JSON file (when a path is given) so a
/// restart the same day keeps the count. Thread-safe.
/// </summary>
public sealed class TokenBudget
{
    /// <summary>The file name used inside a cache folder.</summary>
    public const string FileName = "token-budget.json";

    private readonly Lock _lock = new();
    private readonly string? _path;
    private readonly TimeProvider _time;
    private DateOnly _day;
    private long _used;

    /// <summary>A budget of <paramref name="dailyLimit"/> tokens a day (0 = no limit), stored at <paramref name="path"/> when given.</summary>
    public TokenBudget(long dailyLimit, string? path = null, TimeProvider? time = null)
    {
        DailyLimit = dailyLimit;
        _path = path;
        _time = time ?? TimeProvider.System;
        _day = Today();
        Load();
    }

    /// <summary>Tokens allowed per UTC day; 0 means no limit.</summary>
    public long DailyLimit { get; }

    /// <summary>Tokens spent today.</summary>
    public long UsedToday
    {
        get
        {
            lock (_lock)
            {
                Roll();
                return _used;
            }
        }
    }

    /// <summary>Whether a request expected to cost <paramref name="estimatedTokens"/> still fits today's budget.</summary>
    public bool CanSpend(long estimatedTokens)
    {
        lock (_lock)
        {
            Roll();
            return DailyLimit <= 0 || _used + estimatedTokens <= DailyLimit;
        }
    }

    /// <summary>Adds <paramref name="tokens"/> spent to today's count and saves it.</summary>
    public void Record(long tokens)
    {
        lock (_lock)
        {
            Roll();
            _used += Math.Max(0, tokens);
            Save();
        }
    }

    private DateOnly Today() => DateOnly.FromDateTime(_time.GetUtcNow().UtcDateTime);

    private void Roll()
    {
        var today = Today();
        if (today != _day)
        {
            _day = today;
            _used = 0;
        }
    }

    private sealed record State(DateOnly Day, long Used);

    private void Load()
    {
        if (_path is null || !File.Exists(_path))
        {
            return;
        }
        try
        {
            var state = JsonSerializer.Deserialize<State>(File.ReadAllText(_path));
            if (state is not null && state.Day == _day)
            {
                _used = state.Used;
            }
        }
        catch (Exception e) when (e is JsonException or IOException)
        {
            // A damaged file starts the day from zero rather than blocking every rewrite.
        }
    }

    private void Save()
    {
        if (_path is null)
        {
            return;
        }
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(_path))!);
        var temp = _path + ".tmp";
        File.WriteAllText(temp, JsonSerializer.Serialize(new State(_day, _used)));
        File.Move(temp, _path, overwrite: true);
    }
}

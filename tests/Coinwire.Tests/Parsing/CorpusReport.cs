namespace Coinwire.Tests.Parsing;

/// <summary>Sums one corpus run's comparisons and sorts each file's disagreements into listed (deliberate) and unexpected.</summary>
internal sealed class CorpusReport
{
    private readonly List<string> _deliberate = [];
    private readonly Dictionary<string, int> _uncompared = new(StringComparer.Ordinal);
    private int _files, _compared, _agreed, _identical;

    /// <summary>Items the files held.</summary>
    public int Items { get; set; }

    /// <summary>Disagreements no <see cref="CorpusExceptions"/> entry covers.</summary>
    public List<string> Failures { get; } = [];

    /// <summary>Records a file the parser rejected: a failure unless listed as <see cref="Field.Rejected"/>.</summary>
    public void Rejected(string file, string error)
    {
        _files++;
        CorpusExceptions.Known.TryGetValue(file, out var known);
        (known.Fields.HasFlag(Field.Rejected) ? _deliberate : Failures).Add($"{file}: rejected ({error})");
    }

    /// <summary>Records one file's comparison.</summary>
    public void Add(string file, CorpusComparison.Result result)
    {
        _files++;
        CorpusExceptions.Known.TryGetValue(file, out var known);
        _compared += result.Compared;
        _agreed += result.Agreed;
        _identical += result.Mismatches == Field.None ? 1 : 0;
        foreach (var (why, count) in result.Uncompared)
        {
            _uncompared[why] = _uncompared.GetValueOrDefault(why) + count;
        }
        var unexpected = result.Mismatches & ~known.Fields;
        if (unexpected != Field.None)
        {
            Failures.Add($"{file}: {unexpected}: {string.Join(" | ", result.Details)}");
        }
        else if (result.Mismatches != Field.None)
        {
            _deliberate.Add($"{file}: {result.Mismatches} ({known.Reason}) e.g. {result.Details[0]}");
        }
    }

    /// <summary>Writes the totals, the entries left out and every difference.</summary>
    public void Write(ITestOutputHelper output)
    {
        output.WriteLine($"files {_files}, items {Items}, field comparisons {_compared}, agreed {_agreed} ({100.0 * _agreed / Math.Max(_compared, 1):F1}%)");
        output.WriteLine($"files agreeing on every compared field: {_identical}/{_files}");
        foreach (var (why, count) in _uncompared.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"not compared: {count} ({why})");
        }
        output.WriteLine($"deliberate differences ({_deliberate.Count}):");
        _deliberate.ForEach(output.WriteLine);
        output.WriteLine($"unexpected differences ({Failures.Count}):");
        Failures.ForEach(output.WriteLine);
    }
}

namespace Coinwire.Tagging;

/// <summary>
/// Aho-Corasick automaton compiled to a dense DFA over the characters the patterns use, so a scan is one
/// table lookup per input character whatever the number of patterns. Matching is case-insensitive:
/// patterns and text go through <see cref="Fold"/>.
/// </summary>
internal sealed class AhoCorasick
{
    private readonly int[] _delta;
    private readonly int _alphabet;
    private readonly int[] _asciiClass = new int[128];
    private readonly Dictionary<char, int> _otherClass = [];
    private readonly int[] _output;
    private readonly int[] _outputLink;
    private readonly int[] _patternLength;

    /// <summary>Compiles the patterns; a pattern's index is its id in scan results.</summary>
    public AhoCorasick(IReadOnlyList<string> patterns)
    {
        _patternLength = patterns.Select(p => p.Length).ToArray();
        var next = 1;
        foreach (var c in patterns.SelectMany(p => p).Select(Fold).Distinct().Order())
        {
            if (c < 128)
            {
                _asciiClass[c] = next++;
            }
            else
            {
                _otherClass[c] = next++;
            }
        }
        _alphabet = next;

        var children = new List<Dictionary<int, int>> { new() };
        var terminal = new List<int> { -1 };
        for (var id = 0; id < patterns.Count; id++)
        {
            var node = 0;
            foreach (var ch in patterns[id])
            {
                var cls = Class(Fold(ch));
                if (!children[node].TryGetValue(cls, out var child))
                {
                    child = children.Count;
                    children.Add([]);
                    terminal.Add(-1);
                    children[node][cls] = child;
                }
                node = child;
            }
            if (terminal[node] < 0)
            {
                terminal[node] = id;
            }
        }

        var count = children.Count;
        _delta = new int[count * _alphabet];
        _output = terminal.ToArray();
        _outputLink = new int[count];
        var fail = new int[count];
        var queue = new Queue<int>();
        for (var cls = 0; cls < _alphabet; cls++)
        {
            if (children[0].TryGetValue(cls, out var child))
            {
                _delta[cls] = child;
                queue.Enqueue(child);
            }
        }
        _outputLink[0] = -1;
        while (queue.Count > 0)
        {
            var node = queue.Dequeue();
            var f = fail[node];
            _outputLink[node] = _output[f] >= 0 ? f : _outputLink[f];
            for (var cls = 0; cls < _alphabet; cls++)
            {
                if (children[node].TryGetValue(cls, out var child))
                {
                    fail[child] = node == 0 ? 0 : _delta[(f * _alphabet) + cls];
                    _delta[(node * _alphabet) + cls] = child;
                    queue.Enqueue(child);
                }
                else
                {
                    _delta[(node * _alphabet) + cls] = _delta[(f * _alphabet) + cls];
                }
            }
        }
        // The root's fail is itself, so "other" characters (class 0) always lead back to the root.
        _outputLink[0] = -1;
    }

    /// <summary>Number of automaton states (for size checks).</summary>
    public int StateCount => _output.Length;

    /// <summary>Length of pattern <paramref name="id"/>.</summary>
    public int PatternLength(int id) => _patternLength[id];

    /// <summary>Adds every (pattern id, index of last character) occurrence in <paramref name="text"/> to <paramref name="hits"/>.</summary>
    public void Scan(ReadOnlySpan<char> text, List<(int Pattern, int End)> hits)
    {
        var state = 0;
        for (var i = 0; i < text.Length; i++)
        {
            state = _delta[(state * _alphabet) + Class(Fold(text[i]))];
            for (var s = _output[state] >= 0 ? state : _outputLink[state]; s > 0; s = _outputLink[s])
            {
                hits.Add((_output[s], i));
            }
        }
    }

    /// <summary>Case and punctuation folding shared by patterns and text.</summary>
    public static char Fold(char c)
    {
        if (c < 128)
        {
            return c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
        }
        return c switch
        {
            '\u2019' or '\u2018' or '\u02BC' => '\'',
            '\u00A0' or '\u2009' or '\u202F' => ' ',
            '\u2010' or '\u2011' or '\u2013' => '-',
            _ => char.ToLowerInvariant(c),
        };
    }

    private int Class(char folded) =>
        folded < 128 ? _asciiClass[folded] : _otherClass.GetValueOrDefault(folded);
}

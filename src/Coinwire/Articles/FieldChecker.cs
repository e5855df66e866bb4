namespace Coinwire.Articles;

/// <summary>Type and key checks for <see cref="ArticleValidator"/>; an absent value passes silently (key checks report it).</summary>
internal sealed class FieldChecker(List<ValidationFinding> findings)
{
    public void Error(string field, string message) => findings.Add(new(FindingSeverity.Error, field, message));

    public void Warn(string field, string message) => findings.Add(new(FindingSeverity.Warning, field, message));

    /// <summary>Required keys present, known keys in contract order, unknown keys flagged.</summary>
    public void Keys(string prefix, FrontMatterMapping map, IReadOnlyList<string> required, IReadOnlyList<string> known)
    {
        foreach (var key in required.Where(k => !map.ContainsKey(k)))
        {
            Error(prefix + key, "required key is missing");
        }
        var lastRank = -1;
        string? lastKey = null;
        foreach (var key in map.Keys)
        {
            var rank = IndexOf(known, key);
            if (rank < 0)
            {
                Warn(prefix + key, "unknown key; the contract has no such field here");
                continue;
            }
            if (rank < lastRank)
            {
                Error(prefix + key, $"out of order: must come before '{lastKey}'");
            }
            else
            {
                (lastRank, lastKey) = (rank, key);
            }
        }
    }

    public string? String(string field, FrontMatterNode? node, bool nonEmpty = false)
    {
        if (node is null)
        {
            return null;
        }
        if (node is not FrontMatterScalar { Kind: ScalarKind.String } s)
        {
            Error(field, $"must be a string, not {Describe(node)}");
            return null;
        }
        if (nonEmpty && s.StringValue!.Trim().Length == 0)
        {
            Error(field, "must not be empty");
        }
        return s.StringValue;
    }

    public DateTime? Timestamp(string field, FrontMatterNode? node)
    {
        if (node is FrontMatterScalar { Kind: ScalarKind.Timestamp })
        {
            Error(field, "must be a quoted string ('yyyy-MM-ddTHH:mm:ss.fffZ'); unquoted it reads as a YAML timestamp");
            return null;
        }
        var text = String(field, node);
        if (text is null)
        {
            return null;
        }
        if (!ArticleValidator.IsContractTimestamp(text))
        {
            Error(field, $"'{text}' is not a valid UTC time in the form yyyy-MM-ddTHH:mm:ss.fffZ");
            return null;
        }
        return DateTime.Parse(text, System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.AdjustToUniversal | System.Globalization.DateTimeStyles.AssumeUniversal);
    }

    public double? Int(string field, FrontMatterNode? node)
    {
        if (node is null)
        {
            return null;
        }
        if (node is FrontMatterScalar { IsIntegral: true } s)
        {
            return s.NumberValue;
        }
        Error(field, $"must be an int, not {Describe(node)}");
        return null;
    }

    public bool? Bool(string field, FrontMatterNode? node)
    {
        if (node is null)
        {
            return null;
        }
        if (node is FrontMatterScalar { Kind: ScalarKind.Bool } s)
        {
            return s.BoolValue;
        }
        Error(field, $"must be true or false, not {Describe(node)}");
        return null;
    }

    public void Enum(string field, FrontMatterNode? node, IReadOnlyList<string> allowed)
    {
        if (String(field, node) is { } value && IndexOf(allowed, value) < 0)
        {
            Error(field, $"'{value}' is not one of {string.Join(", ", allowed)}");
        }
    }

    public FrontMatterMapping? Mapping(string field, FrontMatterNode? node)
    {
        if (node is null or FrontMatterMapping)
        {
            return node as FrontMatterMapping;
        }
        Error(field, $"must be a mapping, not {Describe(node)}");
        return null;
    }

    public List<string>? StringList(string field, FrontMatterNode? node)
    {
        if (node is null)
        {
            return null;
        }
        if (node is not FrontMatterSequence seq)
        {
            Error(field, $"must be a list, not {Describe(node)}");
            return null;
        }
        var values = new List<string>();
        for (var i = 0; i < seq.Items.Count; i++)
        {
            if (String($"{field}[{i}]", seq.Items[i], nonEmpty: true) is { } value)
            {
                values.Add(value);
            }
        }
        return values;
    }

    private static string Describe(FrontMatterNode node) => node switch
    {
        FrontMatterMapping => "a mapping",
        FrontMatterSequence => "a list",
        FrontMatterScalar { Kind: ScalarKind.String } s => $"the string '{s.StringValue}'",
        FrontMatterScalar s => $"{s.Kind.ToString().ToLowerInvariant()} {s}",
        _ => node.GetType().Name,
    };

    private static int IndexOf(IReadOnlyList<string> list, string value)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] == value)
            {
                return i;
            }
        }
        return -1;
    }
}

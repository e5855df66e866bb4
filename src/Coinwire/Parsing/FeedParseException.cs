namespace Coinwire.Parsing;

/// <summary>Thrown when the input is not a feed at all; recoverable damage inside a feed only adds warnings.</summary>
public sealed class FeedParseException : Exception
{
    /// <summary>Creates an exception with an unspecified error.</summary>
    public FeedParseException()
        : this(FeedParseError.Malformed, "Not a feed.")
    {
    }

    /// <summary>Creates an exception for <see cref="FeedParseError.Malformed"/> input.</summary>
    public FeedParseException(string message)
        : this(FeedParseError.Malformed, message)
    {
    }

    /// <summary>Creates an exception for <see cref="FeedParseError.Malformed"/> input, wrapping the reader's error.</summary>
    public FeedParseException(string message, Exception innerException)
        : base(message, innerException)
    {
        Error = FeedParseError.Malformed;
    }

    /// <summary>Creates an exception with a typed error code and a one-line message.</summary>
    public FeedParseException(FeedParseError error, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Error = error;
    }

    /// <summary>The typed reason.</summary>
    public FeedParseError Error { get; }
}

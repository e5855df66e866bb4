namespace Coinwire.Sources;

/// <summary>A <c>sources.yaml</c> problem, with the file and line in the message.</summary>
public sealed class SourcesFileException(string message) : Exception(message);

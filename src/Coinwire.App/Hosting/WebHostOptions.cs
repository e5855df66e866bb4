namespace Coinwire.App.Hosting;

/// <summary>What <c>coinwire run</c> was asked to start.</summary>
/// <param name="DataDir">The data folder (store and files).</param>
/// <param name="Port">HTTP port on localhost.</param>
/// <param name="Demo">Load bundled sample content.</param>
/// <param name="SourcesFile">When set and present (and not in demo mode), the ingest worker polls these sources in the same process.</param>
public sealed record WebHostOptions(string DataDir, int Port, bool Demo, string? SourcesFile = null);

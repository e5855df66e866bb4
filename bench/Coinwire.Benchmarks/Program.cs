using BenchmarkDotNet.Running;
using Coinwire.Benchmarks.Ingest;

if (args is ["ingest", .. var rest])
{
    return await IngestBench.RunAsync(rest);
}
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;

using BenchmarkDotNet.Running;
using Coinwire.Benchmarks.Ingest;
using Coinwire.Benchmarks.Workers;

if (args is ["ingest", .. var rest])
{
    return await IngestBench.RunAsync(rest);
}
if (args is ["workers", .. var workerArgs])
{
    return await WorkersBench.RunAsync(workerArgs);
}
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;

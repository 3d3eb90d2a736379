using AiRace.Benchmarks.Scale;
using AiRace.Core.Data;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace AiRace.Benchmarks;

/// <summary>Loading generated datasets of 1,000 to 100,000 programmes (<see cref="DatasetGenerator"/>), indented and
/// minified: the loader's time must grow linearly with the document and not depend on its layout. Each load takes
/// seconds at the largest size, so the job measures a few whole runs in the benchmark's own process.</summary>
[MemoryDiagnoser]
[Config(typeof(MacroConfig))]
public class LoaderBenchmarks
{
    private byte[] _document = [];

    [Params(1_000, 10_000, 100_000)]
    public int Programmes { get; set; }

    [Params(true, false)]
    public bool Indented { get; set; }

    [GlobalSetup]
    public void Setup() => _document = DatasetGenerator.ToJson(DatasetGenerator.Generate(Programmes), Indented);

    [Benchmark]
    public PolicyDataset Load() => PolicyData.Load(_document);

    private sealed class MacroConfig : ManualConfig
    {
        public MacroConfig() => AddJob(Job.Default
            .WithStrategy(RunStrategy.Monitoring)
            .WithLaunchCount(1)
            .WithWarmupCount(1)
            .WithIterationCount(5)
            .WithToolchain(new InProcessEmitToolchain(System.TimeSpan.FromMinutes(30), logOutput: true)));
    }
}

using AiRace.Benchmarks.Scale;
using AiRace.Core.Data;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace AiRace.Benchmarks;

/// <summary>Loading generated datasets of 1,000 to 100,000 programmes (<see cref="DatasetGenerator"/>), indented and
/// minified: the loader's time must grow linearly with the document and not depend on its layout.</summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class LoaderBenchmarks
{
    private byte[] _document = [];

    [Params(1_000, 10_000, 100_000)]
    public int Programmes { get; set; }

    [Params(true, false)]
    public bool Indented { get; set; }

    [GlobalSetup]
    public void Setup() => _document = DatasetGenerator.Json(Programmes, Indented);

    [Benchmark]
    public PolicyDataset Load() => PolicyData.Load(_document);
}

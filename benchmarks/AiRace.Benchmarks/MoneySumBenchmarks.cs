using System;
using System.Linq;
using AiRace.Core;
using BenchmarkDotNet.Attributes;

namespace AiRace.Benchmarks;

/// <summary>Summing 200,000 amounts with <see cref="MoneyEnumerable.Sum(System.Collections.Generic.IEnumerable{Money}, Currency)"/>:
/// amounts in cents, whose running total decimal holds exactly, against converted amounts of 28-29 significant digits,
/// whose running total decimal would round from the second amount on.</summary>
[MemoryDiagnoser]
[MedianColumn]
public class MoneySumBenchmarks
{
    private const int Count = 200_000;
    private Money[] _cents = [];
    private Money[] _converted = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20261207);
        _cents = Enumerable.Range(0, Count).Select(_ => Money.Cny(random.NextInt64(100, 100_000_000_000) / 100m)).ToArray();
        _converted = Enumerable.Range(0, Count).Select(_ => Money.Cny((random.NextInt64(1_000_000, 1_000_000_000_000) + (random.Next(100) / 100m)) / 7.1884m)).ToArray();
    }

    [Benchmark(Baseline = true)]
    public Money Cents() => _cents.Sum(Currency.CNY);

    [Benchmark]
    public Money Converted() => _converted.Sum(Currency.CNY);
}

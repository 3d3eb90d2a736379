using System;
using System.Numerics;
using AiRace.Core.Text;
using BenchmarkDotNet.Attributes;

namespace AiRace.Benchmarks;

/// <summary>Adding 100,000 converted amounts exactly: the aggregation's per-scale 128-bit buckets against one
/// <see cref="BigInteger"/> per value (its first version).</summary>
[MemoryDiagnoser]
public class ExactSumBenchmarks
{
    private const int Count = 100_000;
    private readonly decimal[] _values = new decimal[Count];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20261201);
        for (int i = 0; i < Count; i++)
        {
            // Amounts of up to 12 digits divided by a rate: 28 to 29 significant digits, as normalised values are.
            _values[i] = (random.NextInt64(1_000_000, 1_000_000_000_000) + (random.Next(100) / 100m)) / 7.1884m;
        }
    }

    [Benchmark(Baseline = true)]
    public BigInteger BigIntegerPerValue()
    {
        BigInteger units = BigInteger.Zero;
        foreach (decimal v in _values)
        {
            int[] bits = decimal.GetBits(v);
            BigInteger mantissa = ((BigInteger)(uint)bits[2] << 64) | ((BigInteger)(uint)bits[1] << 32) | (uint)bits[0];
            units += mantissa * BigInteger.Pow(10, 28 - v.Scale);
        }

        return units;
    }

    [Benchmark]
    public decimal? BucketsPerScale()
    {
        var sum = new ExactSum();
        foreach (decimal v in _values)
        {
            sum.Add(v);
        }

        sum.TryGet(out decimal? total, out _);
        return total;
    }
}

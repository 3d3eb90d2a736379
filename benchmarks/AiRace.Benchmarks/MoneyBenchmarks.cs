using System;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using AiRace.Core;

namespace AiRace.Benchmarks;

/// <summary>Money arithmetic against raw decimal (the baseline of each category).</summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class MoneyBenchmarks
{
    private decimal _a = 600_000_000.25m;
    private decimal _b = 300_000_000.50m;
    private Money _x = Money.Cny(600_000_000.25m);
    private Money _y = Money.Cny(300_000_000.50m);

    [Benchmark(Baseline = true), BenchmarkCategory("Add")]
    public decimal DecimalAdd() => _a + _b;

    [Benchmark, BenchmarkCategory("Add")]
    public Money MoneyAdd() => _x + _y;

    [Benchmark(Baseline = true), BenchmarkCategory("Compare")]
    public bool DecimalCompare() => _a < _b;

    [Benchmark, BenchmarkCategory("Compare")]
    public bool MoneyCompare() => _x < _y;

    [Benchmark(Baseline = true), BenchmarkCategory("Multiply")]
    public decimal DecimalMultiply() => _a * 1.5m;

    [Benchmark, BenchmarkCategory("Multiply")]
    public Money MoneyMultiply() => _x * 1.5m;
}

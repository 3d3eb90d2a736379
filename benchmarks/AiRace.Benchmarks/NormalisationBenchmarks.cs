using System;
using AiRace.Core;
using AiRace.Core.Analysis;
using BenchmarkDotNet.Attributes;
using AiRace.Core.Reporting;

namespace AiRace.Benchmarks;

/// <summary>Normalising 1,000,000 synthetic reported amounts to US dollars, each at its own date (a dated look-up per amount).</summary>
[MemoryDiagnoser]
public class NormalisationBenchmarks
{
    private const int Count = 1_000_000;
    private ReportedAmount[] _amounts = Array.Empty<ReportedAmount>();
    private DateOnly[] _dates = Array.Empty<DateOnly>();
    private readonly Normaliser _normaliser = new(ReferenceRates.FederalReserveH10, Currency.USD);
    private readonly NormalisationBasis _basis = NormalisationBasis.AtAnnouncement(RateLookup.MostRecentWithin(4));

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20261127);
        _amounts = new ReportedAmount[Count];
        _dates = new DateOnly[Count];
        var first = new DateOnly(2015, 1, 5);
        int days = new DateOnly(2025, 11, 28).DayNumber - first.DayNumber;
        for (int i = 0; i < Count; i++)
        {
            var money = Money.Millions(random.Next(1, 1_000_000), Currency.CNY);
            _amounts[i] = (i % 4) switch
            {
                0 => ReportedAmount.Approximately(money),
                1 => ReportedAmount.UpTo(money),
                _ => ReportedAmount.Exact(money),
            };
            _dates[i] = first.AddDays(random.Next(0, days + 1));
        }
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public decimal NormaliseOneMillion()
    {
        decimal check = 0m;
        for (int i = 0; i < Count; i++)
        {
            check += _normaliser.Normalise(_amounts[i], _dates[i], RateLookup.MostRecentWithin(4), _basis).Value.Amount;
        }

        return check;
    }
}

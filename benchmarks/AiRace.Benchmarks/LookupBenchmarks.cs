using System;
using BenchmarkDotNet.Attributes;
using AiRace.Core;
using AiRace.Core.Reporting;

namespace AiRace.Benchmarks;

/// <summary>Currency look-up, a dated conversion through the rate table, news-amount parsing and formatting.</summary>
[MemoryDiagnoser]
public class LookupBenchmarks
{
    private readonly string _code = "CNY";
    private readonly Money _amount = Money.Trillions(1, Currency.CNY);
    private readonly Money _usd = Money.Billions(500, Currency.USD);
    private readonly DateOnly _date = new(2025, 7, 25);
    private readonly ExchangeRateTable _table = ReferenceRates.FederalReserveH10;
    private readonly char[] _buffer = new char[64];

    [Benchmark]
    public Currency CurrencyFromCode() => Currency.FromCode(_code);

    [Benchmark]
    public Conversion DatedConversion() => _usd.ConvertTo(Currency.CNY, _date, _table, RateLookup.ExactDate);

    [Benchmark]
    public Conversion DatedConversionMostRecent() => _usd.ConvertTo(Currency.CNY, _date.AddDays(2), _table, RateLookup.MostRecentWithin(4));

    [Benchmark]
    public NewsAmount ParseNewsAmount() => NewsAmountParser.Parse("600 million yuan");

    [Benchmark]
    public NewsAmount ParseNewsAmountWords() => NewsAmountParser.Parse("one trillion yuan");

    [Benchmark]
    public string FormatCanonical() => _amount.ToString();

    [Benchmark]
    public int TryFormatCanonical()
    {
        _amount.TryFormat(_buffer, out int written, default, null);
        return written;
    }

    [Benchmark]
    public Money ParseCanonical() => Money.Parse("CNY 1,000,000,000,000.00");
}

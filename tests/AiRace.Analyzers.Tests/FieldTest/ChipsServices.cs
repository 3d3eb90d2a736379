using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using AiRace.Core;

namespace Chips.Research;

public sealed class ChipsRapidus : ChipsProgramme
{
    public ChipsRapidus() : base("Rapidus", ChipsBloc.Japan) { }
    public override Money Headline => Money.Millions(920_000m, Currency.JPY); // clean: 920 billion yen stated in millions
    public override Share SelfSufficiencyGoal => Share.FromPercent(30m);
}

/// <summary>The provincial funds as one source; the Shanghai fund reports in dollars since its 2024 round.</summary>
public sealed class ChipsProvincialSource(ChipsProvincialBook book) : IChipsYuanSource
{
    public Money Committed(int year)
    {
        if (year >= 2024) return Money.Billions(book.Count, Currency.USD); // expect: AIR0001
        return Money.Billions(book.Count, Currency.CNY); // clean: yuan as the interface states
    }
}

public sealed class ChipsMofSource : IChipsYuanSource { public Money Committed(int year) => Money.Billions(year - 2000m, Currency.CNY); } // clean: yuan

public sealed class ChipsGermanDesk : ChipsEuAct { public override Money Headline => Money.Billions(20m, Currency.EUR); }

public sealed partial class ChipsLedger
{
    public Money ChipsActTotal() => _chipsActDraws.Sum(Currency.USD); // clean: dollars only
    public bool BigFundDwarfsChipsAct() => _bigFundDraws.Sum(Currency.USD) > ChipsActTotal(); // expect: AIR0001
    public Money BigFundTotal() => _bigFundDraws.Sum(Currency.CNY); // clean: yuan only
    public Money LatestRapidus() => _rapidusRounds.Count > 0 ? _rapidusRounds.Pop() : Money.Zero(Currency.JPY);
    public Money RapidusInEuros() => _rapidusRounds.Sum(Currency.EUR); // expect: AIR0001
    public Money EuPipelineInDollars() => _euPipeline.Sum(Currency.USD); // expect: AIR0001
    public Money EuPipeline() => _euPipeline.Sum(Currency.EUR); // clean: euros only
    public Money KChipsTotal() => _kChipsCredits.Sum(Currency.KRW); // clean: won only
    public bool KoreaOutspentUs2024() => _kChipsByYear[2024] > Money.Billions(7m, Currency.USD); // expect: AIR0001
    public bool KoreaGrew() => _kChipsByYear[2024] > _kChipsByYear[2023]; // clean: won against won
    public bool KoreaAboveTaiwan2023() => this[2023] > Money.Billions(100m, ChipsCodes.Taiwan); // expect: AIR0001
    public bool BigFundCapAboveArizona() => BigFundCap.Value > TsmcArizona.Value; // expect: AIR0001
    public Money ArizonaWithMatching() => TsmcArizona.Value * 2m + Money.Millions(1_500m, Currency.USD); // clean: dollars on both sides
    public bool ReserveCoversArizona() => Reserve > TsmcArizona.Value; // clean: a ref return of _reserve makes it unknown (page: a ref use)

    public void RebuildQuarter(IEnumerable<decimal> yuanBillions)
    {
        _quarter.Clear();
        foreach (var b in yuanBillions) _quarter.Add(Money.Billions(b, Currency.CNY));
    }

    public Money QuarterTotal() => _quarter.Sum(Currency.CNY); // clean: cleared and refilled in yuan only

    public void Watch(ChipsPair fab, bool domestic)
    {
        if (domestic) _watchList.Add(fab.Domestic);
        else _watchList.Add(fab.Foreign);
    }

    public Money LargestOnWatch() => _watchList.Max(); // expect: AIR0001
    public void RaiseFloor(decimal billions) => Floor = Money.Billions(billions, Currency.CNY);
    public bool FloorAboveArizona() => Floor > TsmcArizona.Value; // expect: AIR0001
    public bool FloorBelowCap() => Floor < BigFundCap.Value; // clean: yuan with yuan

    public void RebuildWatch(ChipsPair fab)
    {
        _mixedWatch.Clear();
        _mixedWatch.Add(fab.Domestic);
        _mixedWatch.Add(fab.Foreign);
    }

    public Money LargestWatched() => _mixedWatch.Max(); // expect: AIR0001

    public Money ProgrammeTotal(string programme)
    {
        var list = _byProgramme[programme];
        return list.Count == 0 ? Money.Zero(Currency.USD) : list.Sum(list[0].Currency); // clean: summed in its own first currency
    }
}

public sealed class ChipsRepository<T> where T : class
{
    private readonly List<T> _items = new();
    private readonly Dictionary<string, T> _byKey = new(StringComparer.Ordinal);

    public void Add(string key, T item) => _items.Add(_byKey[key] = item);

    public int Count => _items.Count;
    public T this[string key] => _byKey[key];
    public T this[int index] => _items[index];
    public Money Total(Func<T, Money> selector, Currency currency) => _items.Sum(selector, currency);
    public Money Largest(Func<T, Money> selector) => _items.Select(selector).Max(); // clean: a selector parameter, unknown
}

public sealed class ChipsConverter(IExchangeRateProvider rates)
{
    private static readonly DateOnly YearEnd = new(2024, 12, 31);
    private static readonly RateSeries Pboc = new("pboc-central-parity", "PBoC central parity", "PBoC", RatePeriod.Day);

    public Money ToUsd(Money m) => m.ConvertTo(Currency.USD, YearEnd, rates, RateLookup.ExactDate).Result;
    public Money ToEur(Money m) => m.ConvertTo(Currency.EUR, YearEnd, rates, RateLookup.ExactDate).Result;
    public ExchangeRate SpotYuan()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        return rates.GetRate(Currency.USD, Currency.CNY, today, RateLookup.MostRecentWithin(5)); // expect: AIR0008
    }

    public static ExchangeRate Parity(decimal yuanPerDollar) => new(Currency.USD, Currency.CNY, yuanPerDollar, new DateOnly(2024, 12, 31), Pboc); // clean: a stated date
    public static ExchangeRate ParityToday(decimal yuanPerDollar) => new(Currency.USD, Currency.CNY, yuanPerDollar, DateOnly.FromDateTime(DateTime.Now), Pboc); // expect: AIR0008
    public DateTime Stamp() => DateTime.UtcNow; // clean: a time stamp, not a conversion date
    public bool BigFundAboveChipsAct(ChipsBigFundIII fund, ChipsActGrants us) => ToUsd(fund.Headline) > us.Headline; // clean: converted to dollars first
    public bool EuroViewAboveChipsAct(ChipsActGrants us) => ToEur(us.Headline) > us.Reserve; // expect: AIR0001
    public Money DollarYuan(Money yuan) => yuan.ConvertAt(Parity(7.18m).Inverse()).Result; // clean: a dated rate
}

/// <summary>Reads the provincial notices the China desk exports from its spreadsheet.</summary>
public sealed class ChipsImporter(ChipsProvincialBook book)
{
    public ChipsProvinceRow Read(string line)
    {
        var cells = line.Split(';');
        var parsed = decimal.Parse(cells[1], CultureInfo.InvariantCulture);
        var row = new ChipsProvinceRow { Province = cells[0], Allocation = Money.Billions(parsed, Currency.CNY) }; // clean: yuan as declared
        if (cells.Length > 3 && cells[3] == "usd") row.Allocation = Money.Of(parsed, Currency.USD); // expect: AIR0001
        if (cells.Length > 4) row.Allocation = Money.Parse(cells[4]); // clean: unknown currency, accepted

        book[row.Province] = row.Allocation; // clean: yuan into a yuan indexer
        return row;
    }

    public void Hefei(decimal billions) => book["Hefei"] = Money.Billions(billions, Currency.USD); // expect: AIR0001
    public bool WuxiAboveIntel() => book["Wuxi"] > ChipsCatalogue.IntelOhio.Grant; // expect: AIR0001

    public Money Rapidus(string cell)
    {
        double yenBillions = double.Parse(cell, CultureInfo.InvariantCulture);
        return Money.Billions((decimal)yenBillions, Currency.JPY); // expect: AIR0002
    }

    public Money KoreaCredit(double ratio, Money baseAmount)
    {
        var factor = Convert.ToDecimal(ratio);
        return baseAmount * factor; // expect: AIR0002
    }

    public static Money ChipsActWhole(double millions) => Money.Millions((long)Math.Round(millions), Currency.USD); // clean: a whole number first
    public static Money PerWafer(double priceUsd) => Money.Usd((decimal)Math.Floor(priceUsd * 100) / 100m); // expect: AIR0002, AIR0010
    public static Money Taiwan(string cell) => Money.Of(decimal.Parse(cell, CultureInfo.InvariantCulture), ChipsCodes.NewTaiwan); // clean: a decimal, an active code

    public static Currency Legacy() => Currency.FromCode(ChipsCodes.Legacy); // expect: AIR0003
    public static Currency Of(ChipsBloc bloc) => Currency.FromCode(bloc switch { ChipsBloc.Japan => "yen", _ => "KRW" }); // expect: AIR0003
    public static Currency Won() => Currency.FromCode(ChipsCodes.Won); // clean: an active code

    public static Money BigFundScaled() => Money.Scaled(344_000_000_000m, Magnitude.Billions, Currency.CNY); // expect: AIR0011
    public static Money RapidusInMillions() => Money.Millions(3_900_000m, Currency.JPY); // clean: 3.9 trillion yen in millions
    public static Money EuThousands() => Money.Thousands(43_000_000m, Currency.EUR); // clean: thousands are not checked
}

public sealed class ChipsAlertDesk
{
    private static readonly Money YuanThreshold = Money.Billions(50m, Currency.CNY);
    private readonly List<string> _alerts = new();

    public ChipsAlertDesk(ChipsLedger ledger) => ledger.Drawn += OnDrawn;
    public IReadOnlyList<string> Alerts => _alerts;
    private void OnDrawn(object? sender, ChipsDrawnEventArgs e)
    {
        if (e.Amount > YuanThreshold) _alerts.Add($"{e.Programme} drew {e.Amount}"); // clean: yuan draws against a yuan threshold
        if (e.Amount >= Money.Billions(5m, Currency.USD)) _alerts.Add($"{e.Programme}: above a CHIPS Act award"); // expect: AIR0001
    }
}

public sealed class ChipsFabQuote
{
    public ChipsFabQuote(string fab, decimal costUsd, decimal costPerWafer) // expect: AIR0010
    {
        Fab = fab;
        Wafer = Money.Usd(costPerWafer);
        Capex = Money.Usd(costUsd);
    }

    public string Fab { get; }
    public Money Wafer { get; }
    public Money Capex { get; }
    public decimal BudgetPercent { get; init; } // clean: a proportion
    public bool AboveSmic() => Capex > ChipsCatalogue.Smic.Domestic; // expect: AIR0001
}

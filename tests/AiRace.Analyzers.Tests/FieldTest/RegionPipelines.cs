using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using AiRace.Core;

namespace Regional.Subsidies;

/// <summary>Reads the regional files: one figure a line, "region;figure" or "region;CODE figure".</summary>
public sealed class RegionReader
{
    private readonly List<string> _errors = new();
    private readonly List<Money> _parsed = new();

    public IReadOnlyList<string> Errors => _errors;

    public List<Money> ReadYuan(string text)
    {
        var yuan = new List<Money>();
        using (var reader = new StringReader(text))
        {
            string? line;
            while ((line = reader.ReadLine()) is not null)
            {
                if (line.Length == 0) continue;
                if (line.StartsWith('#')) continue;
                if (line == "END") break;
                var parts = line.Split(';');
                if (!decimal.TryParse(parts[^1], NumberStyles.Number, CultureInfo.InvariantCulture, out var figure)) continue;
                yuan.Add(Money.Cny(figure));
            }
        }

        yuan.Sort(); // clean: only yuan is added
        var largest = yuan.Max(); // clean: only yuan
        if (largest > RegionCatalogue.ShanghaiPool) _errors.Add("above Shanghai's pool"); // clean: yuan with yuan
        if (yuan.Count > 0 && yuan[0] > RegionCatalogue.TexasPool) _errors.Add("odd"); // expect: AIR0001
        return yuan;
    }

    public Money ParseOne(string text)
    {
        try
        {
            return Money.Parse(text);
        }
        catch (MoneyFormatException)
        {
            _errors.Add(text);
            return Money.Zero(Currency.CNY);
        }
        finally
        {
            _errors.Add("read: " + text);
        }
    }

    public void Load(IEnumerable<string> lines)
    {
        _parsed.Clear();
        foreach (var line in lines)
        {
            if (Money.TryParse(line, out var m)) _parsed.Add(m);
        }
    }

    public Money LargestParsed() => _parsed.Max(); // clean: parsed text, unknown currencies
    public bool ParsedAboveCap() => ParseOne("CNY 5000") > RegionCatalogue.BavariaPool; // clean: ParseOne returns parsed text or yuan, unknown

    public static Money FromMeasured(SpreadsheetRow row) => Money.Cny((decimal)row.Measured); // expect: AIR0002
    public static Money FromMeasuredRounded(SpreadsheetRow row) => Money.Cny((decimal)Math.Round(row.Measured)); // clean: a whole number is exact

    public static Money FromDouble(string text)
    {
        var d = double.Parse(text, CultureInfo.InvariantCulture);
        var figure = (decimal)d;
        return Money.Usd(figure); // expect: AIR0002
    }

    public static Money FromDecimal(string text) => Money.Usd(decimal.Parse(text, CultureInfo.InvariantCulture)); // clean: decimal all the way

    public static Currency LegacyCode() => Currency.FromCode(RegionCodes.Legacy); // expect: AIR0003
    public static Money YenLiteral() => Money.Of(5_000m, "yen"); // expect: AIR0003
    public static Money FromOldSheet() => Money.Parse("RMB 1,000"); // expect: AIR0003
    public static Currency Korean() => Currency.FromCode("KRW"); // clean: an active code
    public static Currency FromText(string code) => Currency.FromCode(code); // clean: not a constant
    public static Currency Lower() => Currency.FromCode("inr"); // expect: AIR0003
}

/// <summary>Checks lines before they reach the ledger.</summary>
public static class RegionValidator
{
    public static bool IsPlausible(RegionLine line)
    {
        if (line.Amount.IsNegative) return false;
        if (line.Amount.Currency != RegionFactory.CurrencyOf(line.Bloc)) return false;
        return line.Amount.Amount > 0m; // clean: an amount and a plain number
    }

    public static bool WithinProvinceCap(ProvinceFund fund, Money cap)
    {
        if (cap.Currency != fund.Pool.Currency) return false;
        return fund.Pool <= cap; // clean: the guard returned on a mismatch
    }

    public static bool WithinYuanCap(ProvinceFund fund) => fund.Pool <= RegionCatalogue.GuangdongPool; // clean: both yuan
    public static bool WithinDollarCap(ProvinceFund fund) => fund.Pool <= RegionCatalogue.TexasPool; // expect: AIR0001

    public static bool OverspendsLand(LandProgramme programme, Money spent) =>
        spent.Currency == Currency.EUR && spent > programme.Budget; // clean: euros tested, euros budget

    public static bool AwardTooLarge(StateAward award) => award.Award > RegionCatalogue.EuAiFactories; // expect: AIR0001
    public static bool SchemeLarge(IndianScheme scheme) => scheme.Outlay > RegionCatalogue.KarnatakaPool; // clean: rupees with rupees
    public static bool SchemeVsSeoul(IndianScheme scheme) => scheme.Outlay > RegionCatalogue.SeoulPool; // expect: AIR0001
    public static bool KoreanAboveHome(KoreanCityFund fund) => fund.Pool.Currency == Currency.KRW && fund.Pool > RegionCatalogue.SeoulPool; // clean: won with won

    public static decimal RawGap(StateAward a, StateAward b) => a.Award.Amount - b.Award.Amount; // expect: AIR0004
    public static decimal RawLarger(LandProgramme a, LandProgramme b) => Math.Max(a.Budget.Amount, b.Budget.Amount); // expect: AIR0004
    public static decimal Gap(StateAward a, StateAward b) => (a.Award - b.Award).Amount; // clean: Money's checked minus
    public static decimal Doubled(StateAward a) => a.Award.Amount * 2m; // clean: an amount and a plain number

    public static bool RawAbove(PrefectureFund a, PrefectureFund b)
    {
        var left = a.Pool.Amount;
        var right = b.Pool.Amount;
        return left > right; // expect: AIR0004
    }

    public static decimal YenPerEuro() => RegionCatalogue.TokyoPool.Amount / RegionCatalogue.BavariaPool.Amount; // clean: a rate between two known currencies
}

/// <summary>Per-region and per-currency aggregations of the consolidated lines.</summary>
public sealed class RegionAggregator
{
    private readonly List<Money> _yuanBucket = new();
    private readonly List<Money> _euroBucket = new();
    private readonly List<Money> _mixed = new();
    private readonly List<Money> _quotes = [Money.Zero(Currency.CNY)];
    private readonly Dictionary<Currency, List<Money>> _buckets = new()
    {
        [Currency.CNY] = [RegionCatalogue.ShanghaiPool],
        [Currency.JPY] = [RegionCatalogue.TokyoPool],
    };
    private static readonly Money[] Legs = [Money.Eur(1m), Money.Eur(2m)];

    public void AddChina(decimal figure) => _yuanBucket.Add(Money.Cny(figure));
    public void AddGermany(decimal figure) => _euroBucket.Add(Money.Eur(figure));

    public void AddAny(RegionLine line) => _mixed.Add(line.Amount);
    public void AddPartner() => _mixed.Add(RegionCatalogue.BavariaPool);
    public void AddHome() => _mixed.Add(RegionCatalogue.GuangdongPool);

    public void RebuildQuotes(IEnumerable<decimal> figures)
    {
        _quotes.Clear();
        foreach (var f in figures) _quotes.Add(Money.Usd(f));
    }

    public Money YuanTotal() => _yuanBucket.Sum(Currency.CNY); // clean: yuan only
    public Money YuanInEuros() => _yuanBucket.Sum(Currency.EUR); // expect: AIR0001
    public Money EuroLargest() => _euroBucket.Max(); // clean: euros only
    public bool EuroAboveYuan() => _euroBucket.Max() > _yuanBucket.Max(); // expect: AIR0001
    public Money MixedLargest() => _mixed.Max(); // expect: AIR0001
    public Money QuotesInDollars() => _quotes.Sum(Currency.USD); // clean: the yuan placeholder is cleared before dollars are added
    public Money CheapestQuote() => _quotes.Min(); // clean: cleared, then dollars only
    public Money YenBucket() => _buckets[Currency.JPY].Sum(Currency.JPY); // clean: the yen bucket
    public Money InCurrency(Currency c) => _buckets.TryGetValue(c, out var bucket) ? bucket.Sum(c) : Money.Zero(c); // clean: keyed by c

    public bool LegZeroAbove() => Legs[0] > Money.Eur(0m); // clean: euros at every index
    public bool LegVsYen() => Legs[1] > RegionCatalogue.TokyoPool; // expect: AIR0001

    public static Dictionary<Currency, Money> ByCurrency(IReadOnlyList<RegionLine> lines)
    {
        var totals = new Dictionary<Currency, Money>();
        foreach (var g in lines.GroupBy(l => l.Amount.Currency))
        {
            totals[g.Key] = g.Sum(l => l.Amount, g.Key); // clean: each group in its key
        }

        return totals;
    }

    public static Dictionary<Currency, Money> ByLookup(IEnumerable<Money> all)
    {
        var lookup = all.ToLookup(m => m.Currency);
        var totals = new Dictionary<Currency, Money>();
        foreach (var grp in lookup) totals[grp.Key] = grp.Sum(grp.Key); // clean: each lookup group in its key
        return totals;
    }

    public static List<Money> ByQuery(IEnumerable<RegionLine> lines) =>
        (from l in lines group l.Amount by l.Amount.Currency into g select g.Sum(g.Key)).ToList(); // clean: query group summed in its key

    public static Dictionary<(Currency, int), Money> ByCurrencyAndYear(IEnumerable<RegionLine> lines) =>
        lines.GroupBy(l => (l.Amount.Currency, l.Year)).ToDictionary(g => g.Key, g => g.Sum(l => l.Amount, g.Key.Currency)); // clean: a composite key's currency

    public static List<Money> ByCurrencyAnon(IEnumerable<Money> all) =>
        all.GroupBy(m => new { m.Currency, Large = m.Amount > 1_000_000m }).Select(g => g.Sum(g.Key.Currency)).ToList(); // clean: a composite key's currency

    public static List<Money> HomeOrDollar()
    {
        var mixed = new List<Money> { RegionCatalogue.GuangdongPool, RegionCatalogue.TexasPool };
        return mixed.GroupBy(m => m.Currency)
            .Select(g => g.Key == Currency.USD ? g.Sum(Currency.USD) : g.Sum(Currency.CNY)) // clean: the key test shows each group's currency
            .ToList();
    }

    public static List<Money> HomeOrDollarSwapped()
    {
        var mixed = new List<Money> { RegionCatalogue.GuangdongPool, RegionCatalogue.TexasPool };
        return mixed.GroupBy(m => m.Currency == Currency.CNY)
            .Select(g => g.Key ? g.Sum(Currency.USD) : g.Sum(Currency.USD)) // expect: AIR0001
            .ToList();
    }

    public static Money DollarsOnly(List<Money> west)
    {
        west.Add(RegionCatalogue.TexasPool);
        west.Add(RegionCatalogue.BavariaPool);
        west.RemoveAll(m => m.Currency != Currency.USD);
        return west.Sum(Currency.USD); // clean: only dollars are left
    }

    public static Money LargestAfterRemoval()
    {
        var west = new List<Money> { RegionCatalogue.TexasPool, RegionCatalogue.BavariaPool };
        west.RemoveAll(m => m.Currency != Currency.USD);
        return west.Max(); // clean: only dollars left
    }

    public static bool DollarsAboveEuros()
    {
        var west = new List<Money> { RegionCatalogue.TexasPool, RegionCatalogue.BavariaPool };
        west.RemoveAll(m => m.Currency != Currency.USD);
        return west.Max() > RegionCatalogue.BavariaPool; // expect: AIR0001
    }

    public static Money OneBranch(bool domestic, decimal figure)
    {
        var caps = new List<Money>();
        void AddHome(decimal f) => caps.Add(Money.Cny(f));
        void AddPartner(decimal f) => caps.Add(Money.Eur(f));
        if (domestic) AddHome(figure);
        else AddPartner(figure);
        return caps.Max(); // clean: one currency or the other
    }

    public static Money OneBranchDelegate(bool domestic, decimal figure)
    {
        var caps = new List<Money>();
        Action<decimal> addHome = f => caps.Add(Money.Jpy(f));
        Action<decimal> addPartner = f => caps.Add(Money.Of(f, Currency.KRW));
        if (domestic) addHome(figure);
        else addPartner(figure);
        caps.Sort(); // clean: one currency or the other
        return caps[0];
    }

    public static Money GuardClause(bool domestic, decimal figure)
    {
        var caps = new List<Money>();
        if (domestic)
        {
            caps.Add(Money.Cny(figure));
            return caps.Max(); // clean: yuan only on this path
        }

        caps.Add(Money.Usd(figure));
        caps.Add(Money.Usd(figure * 2m));
        return caps.Max(); // clean: dollars only on this path
    }

    public static Money BySwitch(Bloc bloc, decimal figure)
    {
        var caps = new List<Money>();
        switch (bloc)
        {
            case Bloc.China:
                caps.Add(Money.Cny(figure));
                break;
            case Bloc.Japan:
                caps.Add(Money.Jpy(figure));
                break;
            default:
                caps.Add(Money.Of(figure, RegionFactory.CurrencyOf(bloc)));
                break;
        }

        return caps.Min(); // clean: one section runs
    }

    public static Money BothPaths(bool domestic, decimal figure)
    {
        var caps = new List<Money>();
        if (domestic) caps.Add(Money.Cny(figure));
        caps.Add(Money.Usd(figure));
        return caps.Max(); // expect: AIR0001
    }

    public static Money YenOnlyLoop(IEnumerable<RegionLine> lines)
    {
        var total = Money.Zero(Currency.JPY);
        foreach (var line in lines)
        {
            if (line.Amount.Currency != Currency.JPY) continue;
            total += line.Amount; // clean: the guard skipped other currencies
        }

        return total;
    }

    public static Money FirstDollarAward(IEnumerable<Money> all)
    {
        foreach (var m in all)
        {
            switch (m.Currency.Code)
            {
                case "USD":
                    if (m > RegionCatalogue.TexasPool) return m; // clean: the case shows dollars
                    break;
                case "EUR":
                    if (m > RegionCatalogue.BavariaPool) return m; // clean: the case shows euros
                    break;
            }
        }

        return Money.Zero(Currency.USD);
    }

    public static Money Replaced()
    {
        Money[] caps = [Money.Eur(10m), Money.Eur(20m), Money.Eur(30m)];
        caps[2] = Money.Eur(25m);
        Array.Sort(caps); // clean: euros replaced with euros
        return caps[0] + RegionCatalogue.HessePool; // clean: euros
    }

    public static bool ReplacedMixed()
    {
        Money[] legs = [Money.Eur(10m), Money.Eur(20m)];
        legs[1] = RegionCatalogue.TokyoPool;
        var first = legs[0] > Money.Eur(1m); // clean: index 0 is still euros
        return first && legs.Min() > Money.Eur(0m); // expect: AIR0001
    }
}

/// <summary>Loads one region's file into a bucket of its own currency, with the fallbacks the desk uses.</summary>
public static class RegionBucketLoader
{
    public static Money LoadWithFallback(string text, bool japanese)
    {
        var bucket = new List<Money>();
        try
        {
            var figure = decimal.Parse(text, CultureInfo.InvariantCulture);
            if (japanese) bucket.Add(Money.Jpy(figure));
            else bucket.Add(Money.Of(figure, Currency.KRW));
        }
        catch (FormatException)
        {
            return Money.Zero(Currency.JPY);
        }

        return bucket.Max(); // clean: yen or won, never both
    }

    public static Money ParsedOrHome(string text)
    {
        Money parsed;
        try
        {
            parsed = Money.Parse(text);
        }
        catch (MoneyFormatException)
        {
            parsed = Money.Zero(Currency.CNY);
        }

        return parsed.Currency == Currency.CNY ? parsed + RegionCatalogue.ShanghaiPool : parsed; // clean: the test shows yuan
    }

    public static IEnumerable<Money> HomeOrPartner(bool domestic, decimal figure)
    {
        if (domestic)
        {
            yield return Money.Cny(figure);
            yield break;
        }

        yield return Money.Eur(figure);
    }

    public static Money LargestOfPath(bool domestic) => HomeOrPartner(domestic, 10m).Max(); // clean: the iterator yields one currency per run

    public static Dictionary<string, Money> PerProvince()
    {
        var byProvince = new Dictionary<string, Money>();
        foreach (var fund in RegionCatalogue.ProvinceFunds)
        {
            byProvince[fund.Province] = byProvince.GetValueOrDefault(fund.Province, Money.Zero(Currency.CNY)) + fund.Pool; // clean: yuan with yuan
        }

        return byProvince;
    }

    public static List<Money> PerCurrencyAndBloc(IEnumerable<RegionLine> lines) =>
        (from l in lines
         group l by new { l.Amount.Currency, l.Bloc } into g
         select g.Sum(l => l.Amount, g.Key.Currency)).ToList(); // clean: a query group's composite key gives the currency

    public static Money YenAfterRemoval(List<RegionLine> lines)
    {
        var yen = lines.Select(l => l.Amount).ToList();
        yen.RemoveAll(m => m.Currency != Currency.JPY);
        return yen.Sum(Currency.JPY); // clean: only yen is left
    }

    public static Money FirstYuanAbove(IReadOnlyList<Money> candidates, Money floor)
    {
        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            if (c.Currency != floor.Currency) continue;
            if (c > floor) return c; // clean: the guard skipped other currencies
        }

        return floor;
    }

    public static bool AboveScaled(Money budget, Money cap, decimal factor)
    {
        if (budget.Currency != cap.Currency) return false;
        var scaled = RegionMath.Scaled(budget, factor);
        return scaled > cap; // clean: checked before scaling
    }

    public static bool YuanAboveScaledCap() => AboveScaled(RegionCatalogue.GuangdongPool, RegionCatalogue.TexasPool, 2m); // clean: the helper checks the currencies first
}

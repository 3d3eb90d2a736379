using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using AiRace.Core;
using AiRace.Core.Policy;
using PowerDesk.Contracts;
using PowerDesk.Model;

namespace PowerDesk.Reports;

/// <summary>A row of the morning report.</summary>
public sealed record PowerReportRow(string Label, Money Value, Share? Renewable);

/// <summary>The register by currency, bloc and site: what the desk prints every morning.</summary>
public static class PowerRegisterReport
{
    private static readonly Dictionary<Currency, decimal> UsdPerUnit = new()
    {
        [Currency.CNY] = 0.1404m,
        [Currency.USD] = 1m,
        [Currency.JPY] = 0.0064m,
        [Currency.EUR] = 1.17m,
        [Currency.KRW] = 0.000695m,
    };

    public static IReadOnlyList<(Currency Currency, Money Total)> TotalsByCurrency() =>
        PowerCatalogue.Register.GroupBy(l => l.Amount.Currency).Select(g => (g.Key, g.Sum(l => l.Amount, g.Key))).ToList(); // clean: one sum per currency, in that currency

    public static IReadOnlyDictionary<Currency, decimal> RawTotalsByCurrency() =>
        PowerCatalogue.Register.GroupBy(l => l.Amount.Currency).ToDictionary(g => g.Key, g => g.Sum(l => l.Amount.Amount)); // clean: each group holds one currency

    public static decimal RawGrandTotal() => PowerCatalogue.Register.Sum(l => l.Amount.Amount); // expect: AIR0007
    public static decimal RawGrandTotalSelected() => PowerCatalogue.Register.Select(l => l.Amount.Amount).Sum(); // expect: AIR0007
    public static decimal RawFolded() => PowerCatalogue.Register.Aggregate(0m, (acc, l) => acc + l.Amount.Amount); // expect: AIR0007
    public static decimal RawQuery() => (from l in PowerCatalogue.Register select l.Amount.Amount).Sum(); // expect: AIR0007
    public static decimal PositiveRaw() => PowerCatalogue.Register.Select(l => l.Amount.Amount).Where(a => a > 0m).Sum(); // expect: AIR0007
    public static IEnumerable<decimal> RawByBloc() => PowerCatalogue.Register.GroupBy(l => l.Bloc, l => l.Amount.Amount).Select(g => g.Sum()); // expect: AIR0007
    public static decimal UsdFolded() => PowerCatalogue.Register.Aggregate(0m, (acc, l) => acc + l.Amount.Amount * UsdPerUnit[l.Amount.Currency]); // clean: each amount converted by its currency's rate
    public static decimal UsdSummed() => PowerCatalogue.Register.Sum(l => l.Amount.Amount * UsdPerUnit[l.Amount.Currency]); // clean: converted by a rate chosen by currency
    public static decimal LargestRaw() => PowerCatalogue.Register.Max(l => l.Amount.Amount); // clean: not a sum
    public static int NegativeLines() => PowerCatalogue.Register.Aggregate(0, (n, l) => l.Amount.Amount < 0m ? n + 1 : n); // clean: a count
    public static IEnumerable<decimal> RawByCurrencyQuery() => from l in PowerCatalogue.Register group l.Amount.Amount by l.Amount.Currency into g select g.Sum(); // clean: grouped by the currency of the money summed
    public static IEnumerable<decimal> RawByBlocAndCurrency() => PowerCatalogue.Register.GroupBy(l => new { l.Bloc, l.Amount.Currency }).Select(g => g.Sum(l => l.Amount.Amount)); // clean: the key holds the currency
    public static IEnumerable<decimal> RawByCode() => PowerCatalogue.Register.Select(l => l.Amount).GroupBy(m => m.Currency.Code).Select(g => g.Where(m => !m.IsZero).Sum(m => m.Amount)); // clean: by code, filtered within the group

    public static IEnumerable<PowerLine> ByAmount() => PowerCatalogue.Register.OrderBy(l => l.Amount); // expect: AIR0001
    public static PowerLine? Largest() => PowerCatalogue.Register.MaxBy(l => l.Amount); // expect: AIR0001
    public static PowerLine? LargestUs() => PowerCatalogue.Register.Where(l => l.Bloc == PowerBloc.UnitedStates).MaxBy(l => l.Amount); // clean: after a filter the ordering is not followed
    public static IEnumerable<PowerLine> ByCurrencyThenAmount() => PowerCatalogue.Register.OrderBy(l => l.Amount.Currency).ThenBy(l => l.Amount); // clean: ordered by currency first
    public static IEnumerable<Money> LargestPerCurrency() => PowerCatalogue.Register.Select(l => l.Amount).GroupBy(m => m.Currency).Select(g => g.Max()); // clean: a group by currency holds one currency
    public static IEnumerable<PowerLine> LargestPerBloc() => PowerCatalogue.Register.GroupBy(l => l.Bloc).Select(g => g.MaxBy(l => l.Amount)!); // clean: a group is not known to mix
    public static Money YuanLines() => PowerCatalogue.Register.Where(l => l.Amount.Currency == Currency.CNY).Sum(l => l.Amount, Currency.CNY); // clean: filtered by the currency itself
    public static Money YuanLinesInDollars() => PowerCatalogue.Register.Where(l => l.Amount.Currency == Currency.CNY).Sum(l => PowerRates.ToUsd(l.Amount), Currency.USD); // clean: each converted first
    public static bool LargestDollarLineAboveAbilene() => PowerCatalogue.Register.Select(l => l.Amount).Where(m => m.Currency == Currency.USD).Max() > PowerCatalogue.AbileneContract; // clean: a filter by currency keeps dollars only
    public static IEnumerable<Money> YenInOrder() => PowerCatalogue.Register.Select(l => l.Amount).Where(m => m.Currency == Currency.JPY).OrderBy(m => m); // clean

    public static IEnumerable<Money> KeyedSums()
    {
        var both = new List<Money> { PowerCatalogue.GuizhouPool, PowerCatalogue.AbileneContract, PowerCatalogue.NingxiaPool };
        var right = both.GroupBy(m => m.Currency).Select(g => g.Key == Currency.USD ? g.Sum(Currency.USD) : g.Sum(Currency.CNY)); // clean: the key shows each group's currency
        var wrong = both.GroupBy(m => m.Currency).Select(g => g.Key == Currency.USD ? g.Sum(Currency.CNY) : g.Sum(g.Key)); // expect: AIR0001
        var mixedMax = both.Max(); // expect: AIR0001
        return right.Concat(wrong).Append(mixedMax);
    }

    public static IReadOnlyList<Money> LookupTotals()
    {
        var totals = new List<Money>();
        var lookup = PowerCatalogue.Register.Select(l => l.Amount).ToLookup(m => m.Currency);
        foreach (var group in lookup)
        {
            totals.Add(group.Sum(group.Key)); // clean: each lookup group is in its key's currency
        }

        return totals;
    }

    public static IReadOnlyDictionary<Currency, Money> TotalsDictionary()
    {
        var totals = new Dictionary<Currency, Money>();
        foreach (var line in PowerCatalogue.Register)
        {
            totals[line.Amount.Currency] = totals.TryGetValue(line.Amount.Currency, out var sum) ? sum + line.Amount : line.Amount; // clean: the key is the amount's own currency
        }

        return totals;
    }

    public static Money GrandTotalInDollars()
    {
        var total = Money.Zero(Currency.USD); // clean
        foreach (var line in PowerCatalogue.Register)
        {
            total += line.Amount.Currency == Currency.USD ? line.Amount : PowerRates.ToUsd(line.Amount); // clean: every other currency converted first
        }

        return total;
    }

    public static IReadOnlyList<Money> LargestPerBlocByPath()
    {
        var result = new List<Money>();
        foreach (var bloc in Enum.GetValues<PowerBloc>())
        {
            var caps = new List<Money>();
            if (bloc == PowerBloc.China)
            {
                caps.Add(PowerCatalogue.GuizhouPool); // clean
                caps.Add(PowerCatalogue.NingxiaPool); // clean
            }
            else
            {
                caps.Add(PowerCatalogue.AbileneContract); // clean
            }

            result.Add(caps.Max()); // clean: the list is made anew each time round, one currency per path
        }

        return result;
    }

    public static Money YenBuiltInLoop()
    {
        var yen = new List<Money>();
        foreach (var grid in PowerCatalogue.GridSubsidies)
        {
            yen.Add(grid.Support); // clean
        }

        var inYen = yen.Sum(Currency.JPY); // clean
        var inEuros = yen.Sum(Currency.EUR); // expect: AIR0001
        return inYen + PowerRates.ToEur(inEuros).ConvertTo(Currency.JPY, PowerRates.YearEnd, PowerRates.Table, RateLookup.ExactDate).Result; // clean: converted back to yen at a stated date
    }

    private static Dictionary<PowerSite, Money> FreshCaps() => new()
    {
        [PowerSite.Horinger] = Money.Millions(210m, Currency.CNY),
        [PowerSite.Inzai] = Money.Millions(9_000m, Currency.JPY),
        [PowerSite.Haenam] = Money.Billions(250m, Currency.KRW),
    };

    public static bool FreshCapsCompared() => FreshCaps()[PowerSite.Horinger] > FreshCaps()[PowerSite.Inzai]; // expect: AIR0001
    public static bool FreshCapsSameKey() => FreshCaps()[PowerSite.Haenam] > PowerCatalogue.KoreaGridAid; // clean: won against won
}

/// <summary>Subsidies against contracts: the comparisons the analysts ask for.</summary>
public static class PowerSubsidyReport
{
    public static Money SubsidiesInDollars() => PowerCatalogue.ProvinceSubsidies.Sum(s => s.Grant, Currency.USD); // expect: AIR0001
    public static Money SubsidiesInYuan() => PowerCatalogue.ProvinceSubsidies.Sum(s => s.Grant, Currency.CNY); // clean
    public static Money SubsidiesConverted() => PowerCatalogue.ProvinceSubsidies.Sum(s => PowerRates.ToUsd(s.Grant), Currency.USD); // clean: converted first
    public static Money PpasInYuan() => PowerCatalogue.Ppas.Select(p => p.Contract).Sum(Currency.CNY); // expect: AIR0001
    public static Money PpasInDollars() => PowerCatalogue.Ppas.Select(p => p.Contract).Sum(Currency.USD); // clean
    public static Money VouchersInEuros() => PowerCatalogue.Vouchers.Sum(v => v.Face, Currency.EUR); // expect: AIR0001
    public static Money VouchersInYuan() => PowerCatalogue.Vouchers.Sum(v => v.Face, Currency.CNY); // clean
    public static bool AnySubsidyAboveAbilene() => PowerCatalogue.ProvinceSubsidies.Any(s => s.Grant > PowerCatalogue.AbileneContract); // expect: AIR0001
    public static bool AnySubsidyAboveNingxia() => PowerCatalogue.ProvinceSubsidies.Any(s => s.Grant > PowerCatalogue.NingxiaPool); // clean
    public static bool FirstSubsidyAboveMilam() => PowerCatalogue.ProvinceSubsidies.First().Grant > PowerCatalogue.MilamContract; // expect: AIR0001
    public static bool LastSubsidyAboveGuizhou() => PowerCatalogue.ProvinceSubsidies.Last().Grant > PowerCatalogue.GuizhouPool; // clean
    public static bool LargestVoucherAboveAbilene() => PowerCatalogue.Vouchers.Max(v => v.Face) > PowerCatalogue.AbileneContract; // expect: AIR0001
    public static bool AnyGridAboveEu() => PowerCatalogue.GridSubsidies.Any(g => g.Support > PowerCatalogue.EuPowerAid); // expect: AIR0001
    public static bool AnyGridAboveReserve() => PowerCatalogue.GridSubsidies.Any(g => g.Support > PowerCatalogue.TomakomaiReserve.Value); // clean: yen against yen
    public static Money MixedConcatMax() => PowerCatalogue.GridSubsidies.Select(g => g.Support).Concat(PowerCatalogue.Vouchers.Select(v => v.Face)).Max(); // expect: AIR0001
    public static Money YuanConcatTotal() => PowerCatalogue.ProvinceSubsidies.Select(s => s.Grant).Concat(PowerCatalogue.Vouchers.Select(v => v.Face)).Sum(Currency.CNY); // clean: yuan and yuan

    public static int SubsidiesAboveContracts()
    {
        var count = 0;
        foreach (var subsidy in PowerCatalogue.ProvinceSubsidies)
        {
            if (subsidy.Grant > PowerCatalogue.MilamContract) // expect: AIR0001
            {
                count++;
            }

            if (PowerRates.ToUsd(subsidy.Grant) > PowerCatalogue.MilamContract) // clean: converted first
            {
                count++;
            }
        }

        foreach (var (province, grant, year) in PowerCatalogue.ProvinceSubsidies)
        {
            if (year == 2025 && grant > PowerCatalogue.NingxiaPool) count++; // clean: yuan against yuan
            if (grant > PowerCatalogue.AbileneContract) count--; // expect: AIR0001
            if (province.Length == 0) count = 0;
        }

        return count;
    }

    public static IEnumerable<Money> SubsidyMinusContract() => PowerCatalogue.ProvinceSubsidies.Zip(PowerCatalogue.Ppas, (s, p) => s.Grant - p.Contract); // expect: AIR0001
    public static IEnumerable<Money> SubsidyMinusConverted() => PowerCatalogue.ProvinceSubsidies.Zip(PowerCatalogue.Ppas, (s, p) => PowerRates.ToUsd(s.Grant) - p.Contract); // clean: converted first
    public static IEnumerable<bool> ZippedYen() => PowerCatalogue.HokkaidoTranches().Zip(PowerCatalogue.GridSubsidies.Select(g => g.Support)).Select(p => p.First > p.Second); // clean: yen against yen
    public static IEnumerable<bool> ZippedMixed() => PowerCatalogue.HokkaidoTranches().Zip(PowerCatalogue.QuarterlyNingxia).Select(p => p.First > p.Second); // expect: AIR0001

    public static IEnumerable<Money> JoinedGaps() =>
        from s in PowerCatalogue.ProvinceSubsidies
        join p in PowerCatalogue.Ppas on s.Year equals p.StartYear
        select s.Grant - p.Contract; // expect: AIR0001

    public static IEnumerable<Money> JoinedConverted() =>
        from s in PowerCatalogue.ProvinceSubsidies
        join p in PowerCatalogue.Ppas on s.Year equals p.StartYear
        select PowerRates.ToUsd(s.Grant) - p.Contract; // clean: converted first

    public static IEnumerable<string> HalfAboveEu() =>
        from s in PowerCatalogue.ProvinceSubsidies
        let half = s.Grant / 2m
        where half > PowerCatalogue.EuPowerAid // expect: AIR0001
        select s.Province;

    public static IEnumerable<string> HalfAboveNingxia() =>
        from s in PowerCatalogue.ProvinceSubsidies
        let half = s.Grant / 2m
        where half > PowerCatalogue.NingxiaPool // clean: yuan against yuan
        select s.Province;

    public static IEnumerable<Money> CrossGaps() =>
        from g in PowerCatalogue.GridSubsidies
        from v in PowerCatalogue.Vouchers
        select g.Support - v.Face; // expect: AIR0001

    public static Money GridInEuros() => PowerCatalogue.GridSubsidies.Aggregate(Money.Zero(Currency.EUR), (total, g) => total + g.Support); // expect: AIR0001
    public static Money GridInYen() => PowerCatalogue.GridSubsidies.Aggregate(Money.Zero(Currency.JPY), (total, g) => total + g.Support); // clean
    public static IEnumerable<Money> GridBatchesInEuros() => PowerCatalogue.GridSubsidies.Select(g => g.Support).Chunk(2).Select(batch => batch.Sum(Currency.EUR)); // expect: AIR0001
    public static IEnumerable<Money> GridBatchesInYen() => PowerCatalogue.GridSubsidies.Select(g => g.Support).Chunk(2).Select(batch => batch.Sum(Currency.JPY)); // clean
    public static Money HokkaidoInEuros() => PowerCatalogue.HokkaidoTranches().Sum(Currency.EUR); // expect: AIR0001
    public static Money HokkaidoInYen() => PowerCatalogue.HokkaidoTranches().Sum(Currency.JPY); // clean
    public static Money GridImmutableInWon() => ImmutableArray.Create(PowerCatalogue.HokkaidoGridAid, PowerCatalogue.ChibaGridAid).Sum(Currency.KRW); // expect: AIR0001
    public static Money GridImmutableInYen() => ImmutableArray.Create(PowerCatalogue.HokkaidoGridAid, PowerCatalogue.ChibaGridAid).Sum(Currency.JPY); // clean
    public static Money RepeatedInDollars() => Enumerable.Repeat(Money.Jpy(1_000m), 3).Sum(Currency.USD); // expect: AIR0001
    public static Money StargateCapsInYuan() => PowerDrawPlanner.StargateCaps().Sum(r => r.Cap, Currency.CNY); // expect: AIR0001
    public static Money StargateCapsInDollars() => PowerDrawPlanner.StargateCaps().Sum(r => r.Cap, Currency.USD); // clean

    public static bool WestHubAboveMilam()
    {
        foreach (var (site, cap) in PowerCatalogue.WestHubCaps)
        {
            if (cap > PowerCatalogue.MilamContract) return true; // expect: AIR0001
            if (cap > PowerCatalogue.NingxiaPool) Console.WriteLine(site); // clean: yuan against yuan
        }

        return PowerCatalogue.WestHubCaps[0].Cap > PowerCatalogue.AbileneContract; // expect: AIR0001
    }

    public static bool FirstQuarterAboveMilam() => PowerCatalogue.QuarterlyNingxia[0] > PowerCatalogue.MilamContract; // expect: AIR0001
    public static bool FirstQuarterBelowNingxia() => PowerCatalogue.QuarterlyNingxia[0] < PowerCatalogue.NingxiaPool; // clean
    public static bool ListPatternAboveMilam() => PowerCatalogue.QuarterlyNingxia is [var first, ..] && first > PowerCatalogue.MilamContract; // expect: AIR0001
    public static Money QuarterlyInYuan() => PowerCatalogue.QuarterlyNingxia.Sum(Currency.CNY); // clean

    public static Money TuplePair()
    {
        var pair = Tuple.Create(PowerCatalogue.GuizhouPool, PowerCatalogue.AbileneContract);
        var wrong = pair.Item1 + pair.Item2; // expect: AIR0001
        var right = PowerRates.ToUsd(pair.Item1) + pair.Item2; // clean: converted first
        Console.WriteLine(wrong);
        return right;
    }

    public static bool BookChecks(PowerContractBook book)
    {
        var wrong = book.StargateTotal > PowerCatalogue.GuizhouPool; // expect: AIR0001
        var right = book.StargateTotal > PowerCatalogue.AbileneContract; // clean
        var provinceWrong = book.ProvinceTotal < PowerCatalogue.MilamContract; // expect: AIR0001
        var provinceRight = book.ProvinceTotal < PowerCatalogue.NingxiaPool; // clean
        var floorWrong = PowerContractBook.AbileneFloor > PowerCatalogue.SiteCaps[PowerSite.Ulanqab]; // expect: AIR0001
        var floorRight = PowerContractBook.AbileneFloor < PowerCatalogue.SiteCaps[PowerSite.Abilene]; // clean: dollars against dollars
        return wrong || right || provinceWrong || provinceRight || floorWrong || floorRight;
    }

    public static async Task<bool> AsyncChecks(PowerSubsidyService service)
    {
        var guizhou = await service.GuizhouOutstandingAsync(); // clean
        var wrong = guizhou > PowerContractBook.AbileneFloor; // expect: AIR0001
        var right = guizhou > PowerCatalogue.GuizhouPool; // clean
        var due = await service.AbileneDueAsync(); // clean
        var dueWrong = due < PowerCatalogue.InnerMongoliaPool; // expect: AIR0001
        var dueRight = due < PowerCatalogue.MilamContract; // clean
        return wrong || right || dueWrong || dueRight;
    }

    public static async Task<Money> ProvinceOutstandingAsync(IPowerSubsidySource source, IEnumerable<string> provinces)
    {
        var tasks = provinces.Select(p => Task.Run(() => source.Outstanding(p)));
        var amounts = await Task.WhenAll(tasks);
        return amounts.Sum(Currency.CNY); // clean: the ledger is in yuan
    }

    public static Money ConvertedAndCombined()
    {
        var guizhouUsd = PowerRates.ToUsd(PowerCatalogue.GuizhouPool); // clean
        var hokkaidoUsd = PowerRates.ToUsd(PowerCatalogue.HokkaidoGridAid); // clean
        var euUsd = PowerRates.ConvertAt(PowerCatalogue.EuPowerAid, Currency.USD, PowerRates.MidYear, RateLookup.ExactDate); // clean
        var total = guizhouUsd + hokkaidoUsd + euUsd + PowerCatalogue.AbileneContract; // clean: all in dollars
        var stillYuan = PowerRates.ToUsd(PowerCatalogue.NingxiaPool) > PowerCatalogue.NingxiaPool; // expect: AIR0001
        var direct = PowerCatalogue.GuizhouPool.ConvertTo(Currency.USD, PowerRates.YearEnd, PowerRates.Table, RateLookup.ExactDate).Result + PowerCatalogue.NingxiaPool; // expect: AIR0001
        var directRight = PowerCatalogue.GuizhouPool.ConvertTo(Currency.USD, PowerRates.YearEnd, PowerRates.Table, RateLookup.ExactDate).Result + PowerCatalogue.MilamContract; // clean
        var backToYuan = PowerRates.ToCny(total) + PowerCatalogue.GuizhouPool; // clean: converted to yuan
        Console.WriteLine($"{stillYuan} {direct} {directRight}");
        return backToYuan;
    }
}

/// <summary>Renewable shares, utilisation and points.</summary>
public static class PowerShareReport
{
    public static readonly Share GuizhouRenewable = Share.FromPercent(58m); // clean
    public static readonly Share NingxiaRenewable = Share.FromPercent(41.5m); // clean
    public static readonly Share InnerMongoliaRenewable = Share.FromFraction(0.37m); // clean
    public static readonly PercentagePoints YearlyGain = PercentagePoints.Of(3m); // clean

    public static PercentagePoints GapToGoal(Share now) => PowerTargets.RenewableGoal - now; // clean: a share minus a share gives points
    public static decimal RawGapToGoal(Share now) => PowerTargets.RenewableGoal.Percent - now.Percent; // expect: AIR0006
    public static decimal RawFractionSum() => GuizhouRenewable.Fraction + NingxiaRenewable.Fraction; // expect: AIR0006
    public static decimal FractionPlusPoints() => GuizhouRenewable.Fraction + YearlyGain.Value; // expect: AIR0006
    public static decimal PercentPlusPoints() => GuizhouRenewable.Percent + YearlyGain.Value; // clean: one scale
    public static decimal Remaining() => 100m - NingxiaRenewable.Percent; // clean: one share and a plain number
    public static Share NextYear() => GuizhouRenewable + YearlyGain; // clean: a share plus points
    public static PercentagePoints TwoYears() => YearlyGain + YearlyGain; // clean: points with points
    public static decimal GapPoints() => (PowerTargets.RenewableGoal - GuizhouRenewable).Value; // clean: the points of a share difference
    public static bool BehindNingxia() => InnerMongoliaRenewable < NingxiaRenewable; // clean: shares compared as shares

    public static decimal RawChange(Share latest, Share baseline)
    {
        decimal change = latest.Percent;
        change -= baseline.Percent; // expect: AIR0006
        return change;
    }

    public static decimal RawChangeViaLocals(Share latest, Share baseline)
    {
        var now = latest.Fraction;
        var then = baseline.Fraction;
        return now - then; // expect: AIR0006
    }

    public static Share FromSurvey(decimal percent) => Share.FromPercent(percent); // clean: not a constant
    public static Share FromSheet(PowerSheetRow row) => Share.FromPercent(row.RenewablePercent); // clean: the sheet holds percent
    public static Share FromSheetAsFraction(PowerSheetRow row) => Share.FromFraction(row.RenewablePercent / 100m); // clean: percent turned into a fraction
    public static Share UtilisationMisread() => Share.FromPercent(0.72m); // expect: AIR0005
    public static Share UtilisationRight() => Share.FromFraction(0.72m); // clean

    public static Share LocalMisread()
    {
        var fraction = 0.45m;
        return Share.FromPercent(fraction); // expect: AIR0005
    }

    public static Share BackToFraction(Share s) => Share.FromFraction(s.Percent); // expect: AIR0005
    public static Share BackToPercent(Share s) => Share.FromPercent(s.Fraction); // expect: AIR0005
    public static Share SameScale(Share s) => Share.FromPercent(s.Percent); // clean
    public static bool TryMisread(out Share s) => Share.TryFromPercent(0.6m, out s); // expect: AIR0005
    public static bool TryOutOfRange(out Share s) => Share.TryFromPercent(140m, out s); // expect: AIR0013
    public static bool TryRight(out Share s) => Share.TryFromPercent(60m, out s); // clean
    public static Share OverFull() => Share.FromPercent(101m); // expect: AIR0013

    public static Share LocalOver()
    {
        const decimal raw = -3m;
        return Share.FromPercent(raw); // expect: AIR0013
    }

    public static Ratio GrowthMultiple() => Ratio.Of(2.4m); // clean: a ratio may exceed one
    public static Share? Parsed(string text) => Share.TryParse(text, CultureInfo.InvariantCulture, out var s) ? s : null; // clean

    public static IReadOnlyList<PowerReportRow> Rows() =>
    [
        new("Guizhou", PowerCatalogue.GuizhouPool, GuizhouRenewable), // clean
        new("Ningxia", PowerCatalogue.NingxiaPool, NingxiaRenewable), // clean
        new("Abilene", PowerCatalogue.AbileneContract, null), // clean
    ];

    public static Target GuizhouTarget() => PowerTargets.Renewable("gz-green", 2030, 2027); // expect: AIR0012
    public static Target NingxiaTarget() => PowerTargets.Renewable("nx-green", 2024, 2030); // clean
}

/// <summary>Rounding for print.</summary>
public static class PowerRounding
{
    public static decimal Cents(Money m) => Math.Round(m.Amount, 2); // expect: AIR0009
    public static decimal CentsStated(Money m) => Math.Round(m.Amount, 2, MidpointRounding.AwayFromZero); // clean
    public static Money Rounded(Money m) => m.Round(2, MidpointRounding.ToEven); // clean
    public static decimal RoundedRate(decimal rate) => Math.Round(rate, 4); // clean: not a money amount
    public static decimal YenPerEuro() => Math.Round(PowerCatalogue.HokkaidoGridAid.Amount / PowerCatalogue.EuPowerAid.Amount, 4); // clean: a rate of two amounts in different currencies
    public static decimal WithTax(Money m) => decimal.Round(m.Amount * 1.06m); // expect: AIR0009

    public static decimal WithVat(Money m)
    {
        var vat = m.Amount * 0.13m;
        return Math.Round(vat, 2); // expect: AIR0009
    }

    public static decimal Deconstructed(Money m)
    {
        var (amount, _) = m;
        return Math.Round(amount, 0); // expect: AIR0009
    }

    public static decimal Named(Money m) => Math.Round(decimals: 2, d: m.Amount); // expect: AIR0009
    public static decimal LargestGrant() => Math.Round(PowerCatalogue.ProvinceSubsidies.Max(s => s.Grant.Amount)); // expect: AIR0009
    public static decimal SubsidyTotalRounded() => Math.Round(PowerCatalogue.ProvinceSubsidies.Select(s => s.Grant.Amount).Sum(), 2); // expect: AIR0009, AIR0007
    public static decimal ShareOfPool(Money part) => Math.Round(part / PowerCatalogue.GuizhouPool * 100m, 1); // clean: a ratio of money, not an amount
    public static decimal RebateRate(Money order, decimal rate) => Math.Round(order.Amount > 1_000m ? rate * 0.9m : rate, 4); // clean: the amount only chooses the rate
    public static Money ConvertedRounded(Money m) => PowerRates.ToUsd(m).Round(2, MidpointRounding.AwayFromZero); // clean
    public static Money ConversionRounded(Money m) => m.ConvertTo(Currency.USD, PowerRates.YearEnd, PowerRates.Table, RateLookup.ExactDate).RoundedResult(MidpointRounding.ToEven); // clean
    public static decimal PerMegawatt(PowerPurchaseAgreement ppa) => Math.Round(ppa.Contract.Amount / ppa.Megawatts, 2); // expect: AIR0009
    public static decimal PerMegawattStated(PowerPurchaseAgreement ppa) => Math.Round(ppa.Contract.Amount / ppa.Megawatts, 2, MidpointRounding.ToEven); // clean
}

/// <summary>Raw amounts: what the old report did before the desk moved to Money.</summary>
public static class PowerRawArithmetic
{
    public static decimal GuizhouMinusNingxia() => PowerCatalogue.GuizhouPool.Amount - PowerCatalogue.NingxiaPool.Amount; // expect: AIR0004
    public static bool ContractAboveCap(PowerPurchaseAgreement ppa, Money cap) => ppa.Contract.Amount > cap.Amount; // expect: AIR0004

    public static decimal ThroughLocals(Money budget, Money spent)
    {
        var b = budget.Amount;
        var s = spent.Amount;
        return b - s; // expect: AIR0004
    }

    public static decimal DeconstructedSum(Money budget, Money spent)
    {
        var (b, _) = budget;
        var (s, _) = spent;
        return b + s; // expect: AIR0004
    }

    public static decimal Larger(Money a, Money b) => Math.Max(a.Amount, b.Amount); // expect: AIR0004
    public static decimal Optional(Money? a, Money? b) => (a?.Amount ?? 0m) + (b?.Amount ?? 0m); // expect: AIR0004
    public static decimal Right(Money budget, Money spent) => (budget - spent).Amount; // clean
    public static decimal Doubled(Money cost) => cost.Amount * 2m; // clean: one amount and a number
    public static bool Positive(Money cost) => cost.Amount > 0m; // clean
    public static decimal SameCurrencyRatio(Money part, Money whole) => part / whole; // clean: Money's own division checks the currency
    public static decimal YenPerWon() => PowerCatalogue.HokkaidoGridAid.Amount / PowerCatalogue.KoreaGridAid.Amount; // clean: a rate between two known currencies
    public static decimal YuanPerDollarImplied() => PowerCatalogue.GuizhouPool.Amount / PowerCatalogue.AbileneContract.Amount; // clean: a rate between two known currencies
}

/// <summary>Reads amounts and codes from the provinces' files.</summary>
public static class PowerParsing
{
    public static Currency Legacy() => Currency.FromCode("RMB"); // expect: AIR0003
    public static Currency Offshore() => Currency.FromCode(PowerCodes.OffshoreYuan); // expect: AIR0003
    public static Currency LegacyConst() => Currency.FromCode(PowerCodes.LegacyYuan); // expect: AIR0003
    public static Money LowerCase(decimal figure) => Money.Of(figure, "usd"); // expect: AIR0003
    public static Money ParsedAlias() => Money.Parse("RMB 1,000"); // expect: AIR0003
    public static Currency ByRegion(string region) => Currency.FromCode(region switch { "cn" => "CNH", "jp" => "JPY", _ => "USD" }); // expect: AIR0003
    public static bool TryWon(out Currency won) => Currency.TryFromCode("won", out won); // expect: AIR0003
    public static Currency Croatian() => Currency.FromCode("HRK"); // expect: AIR0003
    public static Currency ParsedCurrency() => Currency.Parse("EURO", CultureInfo.InvariantCulture); // expect: AIR0003

    public static Currency ViaLocal()
    {
        var code = "yen";
        return Currency.FromCode(code); // expect: AIR0003
    }

    public static Currency Home() => Currency.FromCode(PowerCodes.Home); // clean
    public static Currency Korea() => Currency.FromCode("KRW"); // clean
    public static Currency FromInput(string input) => Currency.FromCode(input); // clean: not a constant
    public static PowerLabel Label() => new PowerLabel("RMB"); // clean: not a currency code
    public static Money Canonical() => Money.Parse("JPY 45000000000"); // clean
    public static bool TryRead(string text, out Money m) => Money.TryParse(text, out m); // clean
    public static Money FromText(string figure, string code) => Money.Of(decimal.Parse(figure, CultureInfo.InvariantCulture), Currency.FromCode(code)); // clean: exact decimal, code read at run time

    public static Money Fee() => Money.Usd((decimal)0.1); // expect: AIR0002
    public static Money ScaledDown(Money contract) => contract * (decimal)0.5; // expect: AIR0002

    public static Money Metered(double measured)
    {
        var figure = (decimal)measured;
        return Money.Of(figure, Currency.JPY); // expect: AIR0002
    }

    public static Money Checked(double figure) => Money.Of(decimal.CreateChecked(figure), Currency.EUR); // expect: AIR0002
    public static Money Truncated(double tariff) => Money.Of((long)(tariff * 100) / 100m, Currency.CNY); // expect: AIR0002
    public static Money Refund(double refund) => Money.Cny(Math.Abs((decimal)refund)); // expect: AIR0002
    public static Money FromNullable(double? figure) => Money.Eur((decimal)figure); // expect: AIR0002

    public static Money Escalated(Money contract, double factor)
    {
        var escalated = contract;
        escalated *= (decimal)factor; // expect: AIR0002
        return escalated;
    }

    public static Money WholeMillions(double millions) => Money.Millions((decimal)Math.Round(millions), Currency.USD); // clean: a whole number first
    public static Money WholeLong(double figure) => Money.Of(Convert.ToInt64(figure), Currency.KRW); // clean: a whole number
    public static Money FromInt() => Money.Millions(600, Currency.CNY); // clean: an int converts exactly
    public static double Utilisation(double used, double capacity) => used / capacity; // clean: a double that never becomes money
    public static Money Floored(double figure) => Money.Of(new decimal(Math.Floor(figure)), Currency.JPY); // clean: a whole number

    public static Money PressRelease() => Money.Billions(40_000_000_000m, Currency.CNY); // expect: AIR0011
    public static Money AnyCurrency(Currency reportCurrency) => Money.Millions(2_387_240m, reportCurrency); // clean: within the most generous factor
    public static Money AnyCurrencyTooLarge(Currency reportCurrency) => Money.Millions(600_000_000_000_000m, reportCurrency); // expect: AIR0011

    public static ExchangeRate TodaysYuan()
    {
        var today = DateOnly.FromDateTime(DateTime.Today);
        return PowerRates.Table.GetRate(Currency.USD, Currency.CNY, today, RateLookup.ExactDate); // expect: AIR0008
    }

    public static ExchangeRate YearEndYuan() => PowerRates.Table.GetRate(Currency.USD, Currency.CNY, PowerRates.YearEnd, RateLookup.ExactDate); // clean: a stated date
}

/// <summary>Scenario runs the analysts ask for: groupings, keyed folds and per-position views.</summary>
public static class PowerScenarioDesk
{
    private static readonly List<Money> YenAndEuros = [PowerCatalogue.HokkaidoGridAid, PowerCatalogue.EuPowerAid, PowerCatalogue.ChibaGridAid];

    private static Currency HomeCurrency(PowerBloc bloc) => bloc switch
    {
        PowerBloc.China => Currency.CNY,
        PowerBloc.Japan => Currency.JPY,
        PowerBloc.Korea => Currency.KRW,
        PowerBloc.Europe => Currency.EUR,
        _ => Currency.USD,
    };

    private static List<Money> YuanAndDollars() => [PowerCatalogue.GuizhouPool, PowerCatalogue.AbileneContract, PowerCatalogue.NingxiaPool];

    public static IEnumerable<Money> BoolKeyed() => YuanAndDollars().GroupBy(m => m.Currency == Currency.CNY).Select(g => g.Key ? g.Sum(Currency.CNY) : g.Sum(Currency.USD)); // clean: the test's key tells the groups apart
    public static IEnumerable<Money> TupleKeyed() => YuanAndDollars().GroupBy(m => (m.Currency, Large: m.Amount > 500_000_000m)).Select(g => g.Key.Currency == Currency.USD ? g.Sum(Currency.USD) : g.Sum(Currency.CNY)); // clean: a composite key read by its currency
    public static IEnumerable<Money> RecordKeyed() => YuanAndDollars().GroupBy(m => new PowerBucket(m.Currency, m.Amount > 500_000_000m)).Select(g => g.Key.Currency == Currency.USD ? g.Sum(Currency.USD) : g.Sum(Currency.CNY)); // clean: a positional record key
    public static IEnumerable<Money> QueryKeyed() => from m in YenAndEuros group m by m.Currency into g select g.Key == Currency.JPY ? g.Sum(Currency.JPY) : g.Sum(Currency.EUR); // clean: a query's group tested by its key
    public static IEnumerable<Money> QueryKeyedSwapped() => from m in YenAndEuros group m by m.Currency into g select g.Key == Currency.JPY ? g.Sum(Currency.EUR) : g.Sum(Currency.EUR); // expect: AIR0001
    public static IEnumerable<Money> ElementSelectorWrong() => YuanAndDollars().GroupBy(m => m.Currency, m => PowerRates.ToUsd(m)).Select(g => g.Sum(Currency.CNY)); // expect: AIR0001
    public static IEnumerable<Money> ElementSelectorRight() => YuanAndDollars().GroupBy(m => m.Currency, m => PowerRates.ToUsd(m)).Select(g => g.Sum(Currency.USD)); // clean: every element converted to dollars

    public static Money ForeachKeyed()
    {
        var total = Money.Zero(Currency.USD); // clean
        foreach (var group in YuanAndDollars().GroupBy(m => m.Currency))
        {
            if (group.Key == Currency.USD)
            {
                total += group.Sum(Currency.USD); // clean: the key shows the group holds dollars
            }
            else
            {
                total += PowerRates.ToUsd(group.Sum(group.Key)); // clean: converted first
            }
        }

        return total;
    }

    public static IEnumerable<KeyValuePair<string, Money>> ByProvinceInDollars() => PowerCatalogue.ProvinceSubsidies.AggregateBy(s => s.Province, Money.Zero(Currency.USD), (total, s) => total + s.Grant); // expect: AIR0001
    public static IEnumerable<KeyValuePair<string, Money>> ByProvinceInYuan() => PowerCatalogue.ProvinceSubsidies.AggregateBy(s => s.Province, Money.Zero(Currency.CNY), (total, s) => total + s.Grant); // clean
    public static IEnumerable<KeyValuePair<PowerBloc, Money>> ByBlocSeeded() => PowerCatalogue.Register.AggregateBy(l => l.Bloc, bloc => Money.Zero(HomeCurrency(bloc)), (total, l) => total + l.Amount); // clean: each bloc's seed in its own currency
    public static Money ConvertedFold() => PowerCatalogue.ProvinceSubsidies.Aggregate(Money.Zero(Currency.USD), (total, s) => total + PowerRates.ToUsd(s.Grant)); // clean: each grant converted first

    public static bool ByPosition()
    {
        var byPosition = PowerCatalogue.GridSubsidies.Select(g => g.Support).Select((m, i) => (m, i)).ToDictionary(p => p.i, p => p.m);
        var wrong = byPosition[0] > PowerCatalogue.EuPowerAid; // expect: AIR0001
        var right = byPosition[0] > PowerCatalogue.ChibaGridAid; // clean
        return wrong || right;
    }

    public static bool LastGridAboveEu()
    {
        var (prefecture, support, year) = PowerCatalogue.GridSubsidies[^1];
        var second = PowerCatalogue.GridSubsidies.ElementAt(1).Support;
        var wrong = support > PowerCatalogue.EuPowerAid; // expect: AIR0001
        var alsoWrong = second < PowerCatalogue.DublinAid; // expect: AIR0001
        var right = support + second > PowerCatalogue.HokkaidoGridAid; // clean: yen throughout
        return (wrong || alsoWrong || right) && prefecture.Length > year;
    }

    public static Money Metered(double primary, double backup)
    {
        var figure = (decimal)primary;
        if (figure == 0m)
        {
            figure = (decimal)backup;
        }

        return Money.Of(figure, Currency.KRW); // expect: AIR0002
    }

    public static Money MeteredClamped(double measured)
    {
        var figure = (decimal)measured;
        if (figure < 0m)
        {
            figure = 0m;
        }

        return Money.Of(figure, Currency.KRW); // clean: one write is an exact decimal, so the local is not followed
    }

    public static Money MeteredDoubled(double measured)
    {
        var figure = (decimal)measured;
        figure *= 2m;
        return Money.Of(figure, Currency.JPY); // expect: AIR0002
    }

    public static Money FlooredTariff(double tariff) => Money.Of((decimal)Math.Floor(tariff * 100) / 100m, Currency.CNY); // expect: AIR0002
    public static Money RoundedWhole(double figure) => Money.Of((decimal)Math.Round(figure, 0), Currency.CNY); // clean: a whole number

    public static decimal PercentOfWhole(Money part, Money whole) => Math.Round(part.Amount * (100m / whole.Amount), 1); // clean: an amount times the reciprocal of another is a ratio
    public static decimal PercentViaLocal(Money part, Money whole)
    {
        var perWhole = 100m / whole.Amount;
        return Math.Round(part.Amount * perWhole, 1); // clean: the reciprocal in a local
    }

    public static decimal PercentDivided(Money part, Money whole) => Math.Round(decimal.Divide(part.Amount, whole.Amount) * 100m, 1); // clean: a quotient of two amounts
    public static decimal ScaledBudget(Money part, Money whole, Money budget) => Math.Round(part.Amount / whole.Amount * budget.Amount, 2); // expect: AIR0009, AIR0004

    public static decimal? OptionalGap(Share? latest, Share? baseline) => latest?.Percent - baseline?.Percent; // expect: AIR0006
    public static Share OptionalBack(Share? s) => Share.FromFraction(s?.Percent ?? 0m); // expect: AIR0005
    public static Share ParsedNegative() => Share.Parse("-5%"); // expect: AIR0013
    public static Share FractionAboveHundred() => Share.FromFraction(150m); // expect: AIR0013

    public static Target NamedSwapped() => new Target(
        id: "nx-util",
        metricId: "utilisation",
        subjectId: "CN-NX",
        baseline: null,
        goal: MetricValue.Of(Share.FromPercent(70m)),
        goalYear: 2026, // expect: AIR0012
        baselineYear: 2028,
        kind: TargetKind.Pledge,
        byId: null,
        programmeId: null,
        sources: []);

    public static Target FromBaselineTooEarly() => PowerSequenceExtensions.FromBaseline("gz-util", 2020); // expect: AIR0012
    public static Target FromBaselineLater() => PowerSequenceExtensions.FromBaseline("gz-util", 2028); // clean
    public static Target EitherWay() => PowerSequenceExtensions.Either("im-util", 2024, 2030, false); // clean: the helper chooses by a branch
}

/// <summary>Filters the analysts use: by bloc, by key prefix, by currency, with conversions on the way.</summary>
public static class PowerFilters
{
    private static readonly Dictionary<string, Money> CapsByKey = new()
    {
        ["cn-guian"] = Money.Millions(300m, Currency.CNY),
        ["cn-zhongwei"] = Money.Millions(90m, Currency.CNY),
        ["us-abilene"] = Money.Millions(1_100m, Currency.USD),
    };

    public static bool ChineseKeysAboveGuizhou() => CapsByKey.Where(kv => kv.Key.StartsWith("cn-", StringComparison.Ordinal)).Select(kv => kv.Value).Max() > PowerCatalogue.GuizhouPool; // clean: the filter keeps the yuan keys
    public static bool ChineseLinesAboveNingxia() => PowerCatalogue.Register.Where(l => l.Bloc == PowerBloc.China).Select(l => l.Amount).Max() > PowerCatalogue.NingxiaPool; // clean: Chinese lines are yuan; a member after a filter is unknown
    public static PowerLine? SmallestJapanese() => PowerCatalogue.Register.Where(l => l.Bloc == PowerBloc.Japan).MinBy(l => l.Amount); // clean: after a filter the ordering is not followed
    public static IEnumerable<PowerLine> EuropeanInOrder() => from l in PowerCatalogue.Register where l.Bloc == PowerBloc.Europe orderby l.Amount select l; // clean: a query's orderby after a filter
    public static Money ConvertedByGroup() => PowerCatalogue.ProvinceSubsidies.Select(s => s.Grant).Select(PowerRates.ToUsd).Sum(Currency.USD); // clean: a method group that converts to dollars
    public static Money ScaledYuan() => PowerCatalogue.ProvinceSubsidies.Select(s => s.Grant * 1.1m).Sum(Currency.CNY); // clean: scaling keeps the yuan
    public static Money NegatedYuan() => PowerCatalogue.Vouchers.Select(v => -v.Face).Sum(Currency.CNY); // clean
    public static Money ScaledYuanInDollars() => PowerCatalogue.ProvinceSubsidies.Select(s => s.Grant * 1.1m).Sum(Currency.USD); // expect: AIR0001
    public static int PositiveLines() => PowerCatalogue.Register.Sum(l => l.Amount.Amount > 0m ? 1 : 0); // clean: a count of tested amounts
    public static int NegativeFolded() => PowerCatalogue.Register.Aggregate(0, (n, l) => n + (l.Amount.Amount < 0m ? 1 : 0)); // clean: a test of an amount is not one
    public static decimal LargestFolded() => PowerCatalogue.Register.Select(l => l.Amount.Amount).Aggregate((a, b) => Math.Max(a, b)); // clean: a maximum
    public static int Fingerprint() => PowerCatalogue.Register.Aggregate(17, (h, l) => h * 31 + l.Amount.Amount.GetHashCode()); // clean: a hash is a tally
    public static int Signs() => PowerCatalogue.Register.Aggregate(0, (n, l) => n + Math.Sign(l.Amount.Amount)); // clean: a tally of signs
    public static decimal TariffFolded() => PowerCatalogue.Register.Aggregate(0m, (acc, l) => acc + l.Amount.Amount * 2m); // expect: AIR0007

    public static IReadOnlyDictionary<Currency, Money> BucketsByCurrency()
    {
        var buckets = new Dictionary<Currency, List<Money>>();
        foreach (var line in PowerCatalogue.Register)
        {
            if (!buckets.TryGetValue(line.Amount.Currency, out var bucket))
            {
                bucket = [];
                buckets[line.Amount.Currency] = bucket;
            }

            bucket.Add(line.Amount); // clean
        }

        return buckets.ToDictionary(kv => kv.Key, kv => kv.Value.Sum(kv.Key)); // clean: each bucket summed in its key's currency
    }

    public static Share UtilisationFromDouble(double used, double capacity) => Share.FromFraction((decimal)(used / capacity)); // clean: a share, not money
    public static Ratio PueFromDouble(double pue) => Ratio.Of((decimal)pue); // clean: a ratio, not money
    public static PercentagePoints DeltaFromDouble(double delta) => PercentagePoints.Of((decimal)delta); // clean: points, not money
    public static Money ScaledByShare(Money contract, double ratio) => contract * Share.FromFraction((decimal)ratio); // clean: scaled by a share, not by a decimal from a double
    public static Money WholeFromLong(double figure) => Money.Of((long)figure, Currency.JPY); // clean: a whole number
    public static Money WholeFromDoubleRound(double figure) => Money.Of((decimal)double.Round(figure), Currency.JPY); // clean: a whole number
    public static Money WholeConverted(double figure) => Money.Of(Convert.ToDecimal(Math.Round(figure)), Currency.EUR); // clean: a whole number

    public static Money NearEdges()
    {
        var a = Money.Millions(999_999m, Currency.CNY); // clean: below the scale factor
        var b = Money.Trillions(999m, Currency.USD); // clean: within any budget
        var c = Money.Trillions(3_621m, Currency.FromCode("IDR")); // clean: rupiah budgets are that large
        var d = Money.Trillions(3_621m, Currency.USD); // expect: AIR0011
        Console.WriteLine($"{b} {c} {d}");
        return a;
    }

    public static IReadOnlyList<Currency> Codes() =>
    [
        Currency.FromCode("XAU"), // clean: an active code
        Currency.FromCode("XXX"), // clean: an active code
        Currency.FromCode("CNY".ToUpperInvariant()), // clean: not a constant
        Currency.FromCode("ANG"), // expect: AIR0003
        Currency.FromCode("Cny"), // expect: AIR0003
    ];

    public static IReadOnlyList<Share> Edges() =>
    [
        Share.FromPercent(0m), // clean
        Share.FromFraction(0.999m), // clean
        Share.Parse("100%"), // clean
        Share.Parse("0%"), // clean
        Share.FromFraction(100.5m), // expect: AIR0013
        Share.FromFraction(2m), // expect: AIR0005
    ];

    public static decimal ShareScales(Share s, PercentagePoints pp) => s.Percent * 2m + s.Percent / 100m + (s.Percent - pp.Value) + (pp.Value + pp.Value); // clean: one share with numbers and points
    public static bool ShareCompared(Share a, Share b) => a.Percent > b.Percent; // clean: a comparison, not a sum or difference

    public static Target InOrderByArithmetic() =>
        new Target("eu-green", "renewable-share", "EU", null, baselineYear: PowerTargets.Horizon - 6, MetricValue.Of(Share.FromPercent(42.5m)), goalYear: PowerTargets.Horizon, TargetKind.OfficialTarget, null, null, []); // clean: years in order
}

/// <summary>A row of the US sites file the importer reads.</summary>
public sealed class PowerImportRow
{
    public string Site { get; set; } = "";

    public Money Cap { get; set; }

    public static PowerImportRow Fixture() => new() { Site = "test", Cap = Money.Millions(1m, Currency.CNY) }; // clean: a test fixture
}

/// <summary>A planning rate whose floor each market states.</summary>
public class PowerPlanningRate
{
    public virtual Money Floor() => Money.Millions(1m, Currency.CNY); // clean
}

/// <summary>The US planning rate.</summary>
public sealed class PowerUsPlanningRate : PowerPlanningRate
{
    public override Money Floor() => Money.Millions(1m, Currency.USD); // clean
}

/// <summary>Edge cases the desk has been bitten by before.</summary>
public static class PowerEdgeCases
{
    public static T Checked<T>(T value) => value is null ? throw new ArgumentNullException(nameof(value)) : value;

    public static bool AboveAbileneFloor([Currency("USD")] Money m) => m > PowerCatalogue.AbileneContract; // clean: the annotation states dollars
    public static bool AboveGuizhou([Currency("USD")] Money m) => m > PowerCatalogue.GuizhouPool; // expect: AIR0001

    public static bool ImportedAboveAbilene(string json)
    {
        var imported = JsonSerializer.Deserialize<PowerImportRow>(json)!;
        return imported.Cap > PowerCatalogue.AbileneContract; // clean: the importer fills it from the US sites file
    }

    public static bool PlannedAboveAbilene()
    {
        PowerPlanningRate rate = new PowerUsPlanningRate();
        return rate.Floor() > PowerCatalogue.AbileneContract; // clean: a virtual method read through the base type is unknown
    }

    public static bool CheckedValues()
    {
        var wrong = Checked(PowerCatalogue.GuizhouPool) > PowerCatalogue.AbileneContract; // expect: AIR0001
        var right = Checked(PowerCatalogue.AbileneContract) > PowerCatalogue.MilamContract; // clean
        return wrong || right;
    }

    public static bool ReassignedBid()
    {
        var bid = new PowerBid("Zhongwei", Money.Millions(25m, Currency.CNY));
        bid = bid with { Offer = PowerRates.ToUsd(bid.Offer) };
        return bid.Offer > PowerCatalogue.AbileneContract; // clean: the local was rewritten with dollars
    }

    public static Money TupleRewritten()
    {
        var split = (Home: PowerCatalogue.GuizhouPool, Partner: PowerCatalogue.AbileneContract);
        split.Home = PowerRates.ToUsd(split.Home);
        return split.Home + split.Partner; // clean: the yuan element was converted first
    }

    public static Money LegsWithEarlyReturn(bool rebook, decimal figure)
    {
        Money[] legs = [PowerCatalogue.EuPowerAid, PowerCatalogue.DublinAid];
        if (rebook)
        {
            legs[0] = Money.Jpy(figure);
            return legs[0] + Money.Jpy(1_000m); // clean: the index just written holds yen
        }

        return legs[0] + legs[1]; // clean: the yen write returned before this line
    }

    public static Money BranchKeys(bool domestic)
    {
        var caps = new Dictionary<string, Money>();
        if (domestic)
        {
            caps["gz"] = PowerCatalogue.GuizhouPool;
        }
        else
        {
            caps["ab"] = PowerCatalogue.AbileneContract;
        }

        return caps.Values.Max(); // clean: writes in different branches never meet
    }

    public static Money DollarsSkippingOthers()
    {
        var dollars = Money.Zero(Currency.USD);
        foreach (var m in new[] { PowerCatalogue.GuizhouPool, PowerCatalogue.NingxiaPool, PowerCatalogue.AbileneContract })
        {
            if (m.Currency != dollars.Currency)
            {
                continue;
            }

            dollars += m; // clean: the loop went on for any other currency
        }

        return dollars;
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using AiRace.Core;

namespace Chips.Research;

/// <summary>The figures the desk keeps by hand, from ministry notices and press releases.</summary>
public static class ChipsCatalogue
{
    public static readonly ChipsPair Smic = new(Money.Billions(20m, Currency.CNY), Money.Billions(1.5m, Currency.USD));
    public static readonly ChipsPair Hua = new(Money.Billions(8m, Currency.CNY), Money.Millions(800m, Currency.USD));
    public static readonly ChipsSplit IntelOhio = new(Money.Billions(7.86m, Currency.USD), Money.Billions(11m, Currency.USD));
    public static readonly ChipsSplit MicronIdaho = new(Money.Billions(6.1m, Currency.USD), Money.Billions(0.275m, Currency.USD));

    public static readonly List<ChipsTranche> Tranches =
    [
        new("Big Fund III", ChipsBloc.China, 2024, Money.Billions(344m, Currency.CNY)),
        new("CHIPS Act", ChipsBloc.UnitedStates, 2022, Money.Billions(39m, Currency.USD)),
        new("Rapidus", ChipsBloc.Japan, 2024, Money.Millions(920_000m, Currency.JPY)),
    ];

    public static readonly ChipsTranche[] ChinaTranches =
    [
        new("Big Fund II", ChipsBloc.China, 2019, Money.Billions(204m, Currency.CNY)),
        new("Big Fund III", ChipsBloc.China, 2024, Money.Billions(344m, Currency.CNY)),
    ];

    public static readonly ChipsTranche[] UsTranches =
    [
        new("CHIPS grants", ChipsBloc.UnitedStates, 2022, Money.Billions(39m, Currency.USD)),
        new("CHIPS loans", ChipsBloc.UnitedStates, 2024, Money.Billions(75m, Currency.USD)),
    ];

    public static readonly Dictionary<ChipsBloc, Money> Headlines = new()
    {
        [ChipsBloc.China] = Money.Billions(344m, Currency.CNY),
        [ChipsBloc.UnitedStates] = Money.Billions(52.7m, Currency.USD),
        [ChipsBloc.Japan] = Money.Millions(3_900_000m, Currency.JPY),
        [ChipsBloc.Korea] = Money.Trillions(33m, Currency.KRW),
        [ChipsBloc.Europe] = Money.Billions(43m, Currency.EUR),
        [ChipsBloc.Taiwan] = Money.Billions(100m, ChipsCodes.Taiwan),
    };

    public static readonly Money[] ProvincialFunds = [Money.Billions(50m, Currency.CNY), Money.Billions(30m, Currency.CNY)];
}

public sealed class ChipsWeeklyReport(ChipsConverter converter)
{
    private static readonly Func<Money, Money, bool> Overtakes = (mine, theirs) => mine > theirs;
    private readonly SortedList<string, Money> _tokyoDesk = new(StringComparer.Ordinal)
    {
        ["rapidus"] = Money.Millions(920_000m, Currency.JPY),
        ["kioxia"] = Money.Millions(243_000m, Currency.JPY),
    };
    private readonly SortedList<string, Money> _fabDesks = new()
    {
        ["rapidus"] = Money.Millions(920_000m, Currency.JPY),
        ["arizona"] = Money.Millions(6_600m, Currency.USD),
    };

    public bool SmicDomesticAboveForeign() => ChipsCatalogue.Smic.Domestic > ChipsCatalogue.Smic.Foreign; // expect: AIR0001
    public Money SmicTotal() => ChipsCatalogue.Smic.Domestic + ChipsCatalogue.Hua.Domestic; // clean: yuan with yuan
    public Money IntelTotal() => ChipsCatalogue.IntelOhio.Total + ChipsCatalogue.MicronIdaho.Grant; // clean: dollars throughout
    public Money KoreaTopUp() => ChipsCatalogue.Headlines[ChipsBloc.Korea] + Money.Trillions(1m, Currency.KRW); // clean: won with won
    public bool TaiwanAboveUs() => ChipsCatalogue.Headlines.GetValueOrDefault(ChipsBloc.Taiwan) > ChipsCatalogue.IntelOhio.Grant; // expect: AIR0001
    public Money Provincial() => ChipsCatalogue.ProvincialFunds.Sum(Currency.CNY); // clean: yuan
    public bool RapidusAboveKioxia() => _tokyoDesk["rapidus"] > _tokyoDesk["kioxia"]; // clean: yen with yen
    public bool RapidusAboveArizona() => _fabDesks["rapidus"] > _fabDesks["arizona"]; // expect: AIR0001
    public bool RapidusAboveKioxiaDesk() => _fabDesks["rapidus"] > _tokyoDesk["kioxia"]; // clean: yen under an ASCII key, yen
    public bool FabAboveEu(string fab) => _fabDesks[fab] > ChipsCatalogue.Headlines[ChipsBloc.Europe]; // clean: a key that is not constant reads yen and dollars
    public Money HeadlinesInDollars() => ChipsCatalogue.Headlines.Select(kv => kv.Value).Sum(Currency.USD); // expect: AIR0001

    public bool JapanAboveEurope()
    {
        if (!ChipsCatalogue.Headlines.TryGetValue(ChipsBloc.Japan, out var yen)) return false;
        return yen > ChipsCatalogue.Headlines[ChipsBloc.Europe]; // expect: AIR0001
    }

    public bool SmicSplitUp()
    {
        var (domestic, foreign) = ChipsCatalogue.Smic;
        return domestic > foreign; // expect: AIR0001
    }

    public IEnumerable<string> YuanRanking() => from t in ChipsCatalogue.Tranches where t.Amount.Currency == Currency.CNY orderby t.Amount select t.Programme; // clean: filtered by currency
    public IEnumerable<Money> Gaps() => from cn in ChipsCatalogue.ChinaTranches join us in ChipsCatalogue.UsTranches on cn.Year equals us.Year select cn.Amount - us.Amount; // expect: AIR0001
    public IEnumerable<Money> PerBlocInDollars() => ChipsCatalogue.Tranches.GroupBy(t => t.Bloc).Select(g => g.Sum(t => t.Amount, Currency.USD)); // expect: AIR0001
    public IEnumerable<Money> PerCurrency() => ChipsCatalogue.Tranches.GroupBy(t => t.Amount.Currency).Select(g => g.Sum(t => t.Amount, g.Key)); // clean: each group in its own currency
    public IEnumerable<Money> LargestPerBloc() => ChipsCatalogue.Tranches.GroupBy(t => t.Bloc).Select(g => g.Max(t => t.Amount)); // clean: one bloc's group is not known to mix
    public Money ChinaInDollars() => ChipsCatalogue.ChinaTranches.Select(t => t.Amount).Aggregate(Money.Zero(Currency.USD), (a, b) => a + b); // expect: AIR0001
    public Money ChinaTotal() => ChipsCatalogue.ChinaTranches.Select(t => t.Amount).Aggregate(Money.Zero(Currency.CNY), (a, b) => a + b); // clean: seeded in yuan

    public Money ChinaLookup()
    {
        var byBloc = ChipsCatalogue.Tranches.ToLookup(t => t.Bloc, t => t.Amount);
        return byBloc[ChipsBloc.China].Sum(Currency.CNY); // clean: one key of the lookup
    }

    public Money UsTotal() => ChipsCatalogue.UsTranches.Sum(t => t.Amount, Currency.USD); // clean: dollars
    public Money ChinaByBloc() => ChipsCatalogue.Tranches.Where(t => t.Bloc == ChipsBloc.China).Sum(t => t.Amount, Currency.CNY); // clean: the China bloc's one tranche is yuan; a member after a filter is some of the members (expected by the page's letter when written, clean since stop 53)
    public Money DollarsByCurrency() => ChipsCatalogue.Tranches.Where(t => t.Amount.Currency == Currency.USD).Sum(t => t.Amount, Currency.USD); // clean: filtered by the currency itself

    public Money PickCap(bool domestic)
    {
        var caps = new List<Money>();
        if (domestic) caps.Add(ChipsCatalogue.Smic.Domestic);
        else caps.Add(ChipsCatalogue.Smic.Foreign);
        var top = caps.Max(); // clean: one branch or the other, never both
        var inYuan = caps.Sum(Currency.CNY); // expect: AIR0001
        return top.Currency == inYuan.Currency ? top : inYuan;
    }

    public Money PickCapInline(bool domestic)
    {
        var caps = new List<Money>();
        caps.Add(domestic ? ChipsCatalogue.Hua.Domestic : ChipsCatalogue.Hua.Foreign);
        return caps.Sum(Currency.CNY); // clean: page: a ?: whose arms disagree is unknown, so the element is (the dollar arm still throws)
    }

    public Money PickCaps(IEnumerable<bool> domesticFlags)
    {
        var caps = new List<Money>();
        foreach (var domestic in domesticFlags)
        {
            if (domestic) caps.Add(ChipsCatalogue.Hua.Domestic);
            else caps.Add(ChipsCatalogue.Hua.Foreign);
        }
        return caps.Max(); // expect: AIR0001
    }

    public bool ConvertedInPlace()
    {
        var cap = ChipsCatalogue.Hua.Domestic;
        cap = converter.ToUsd(cap);
        return cap > ChipsCatalogue.IntelOhio.Loan; // clean: reassigned with dollars, so no longer yuan
    }

    public bool GuardedByReturn(bool strict)
    {
        var dollars = ChipsCatalogue.IntelOhio.Loan;
        var local = strict ? ChipsCatalogue.Hua.Domestic : ChipsCatalogue.Smic.Domestic;
        if (local.Currency != dollars.Currency) return false;
        return local > dollars; // clean: after the currency test that returns
    }

    public Money ByCode(Money m)
    {
        switch (m.Currency.Code)
        {
            case "USD": return m + ChipsCatalogue.IntelOhio.Grant; // clean: a case on the currency
            default: return m;
        }
    }

    public bool Comparisons()
    {
        var yuan = ChipsCatalogue.Smic.Domestic;
        var dollars = ChipsCatalogue.IntelOhio.Grant;
        var c = Comparer<Money>.Default.Compare(yuan, dollars); // expect: AIR0001
        var d = yuan.CompareTo(ChipsCatalogue.Hua.Domestic); // clean: yuan with yuan
        var e = yuan.Currency == dollars.Currency && yuan > dollars; // clean: the test guards the comparison
        var f = ChipsCatalogue.Smic.Foreign.Currency == Currency.CNY ? yuan + ChipsCatalogue.Smic.Foreign : yuan; // clean: the branch where the partner's money is yuan
        var g = yuan.SameCurrencyAs(dollars) && yuan > dollars; // clean: a yes/no method of the code reads both currencies
        return c > 0 || d > 0 || e || f.IsZero || g;
    }

    public List<Money> SortedCaps()
    {
        var caps = new List<Money> { ChipsCatalogue.Smic.Domestic, ChipsCatalogue.Hua.Foreign };
        caps.Sort((a, b) => b.CompareTo(a)); // expect: AIR0001
        return caps;
    }

    public bool Helpers()
    {
        var yuan = ChipsCatalogue.Smic.Domestic;
        var dollars = ChipsCatalogue.Smic.Foreign;
        var overhead = yuan.WithOverhead() > dollars; // expect: AIR0001
        var halved = dollars.Halved() < ChipsCatalogue.IntelOhio.Loan; // clean: dollars halved, dollars
        var outweighs = yuan.Outweighs(dollars); // expect: AIR0001
        var exceeds = ChipsTotals.Exceeds(in yuan, in dollars); // expect: AIR0001
        var loan = ChipsCatalogue.IntelOhio.Loan;
        var withinLoan = ChipsTotals.Exceeds(in dollars, in loan); // clean: dollars with dollars
        var same = Overtakes(ChipsCatalogue.Hua.Domestic, yuan); // clean: yuan with yuan
        return overhead || halved || outweighs || exceeds || withinLoan || same;
    }

    public Money Totals()
    {
        var caps = new[] { ChipsCatalogue.Smic.Domestic, ChipsCatalogue.Smic.Foreign };
        var mixed = caps.Accumulate(Money.Zero(Currency.CNY)); // expect: AIR0001
        var grants = ChipsTotals.Combined(Money.Zero(Currency.USD), ChipsCatalogue.IntelOhio.Grant, ChipsCatalogue.IntelOhio.Loan); // clean: dollars
        var wrong = ChipsTotals.Combined(Money.Zero(Currency.USD), ChipsCatalogue.IntelOhio.Grant, ChipsCatalogue.Hua.Domestic); // expect: AIR0001
        return mixed.IsZero ? grants : wrong;
    }

    public bool LocalFunctions()
    {
        static Money Yen(decimal billions) => Money.Billions(billions, Currency.JPY);
        var national = ChipsCatalogue.Headlines[ChipsBloc.China];
        bool Dwarfs(Money other) => national > other;

        var rapidusVsEu = Yen(920m) > Money.Billions(43m, Currency.EUR); // expect: AIR0001
        var rapidusVsKioxia = Yen(920m) > _tokyoDesk["kioxia"]; // clean: yen with yen
        var chinaVsHua = Dwarfs(ChipsCatalogue.Hua.Domestic); // clean: yuan with yuan
        return rapidusVsEu || rapidusVsKioxia || chinaVsHua;
    }

    public bool Programmes()
    {
        var bigFund = new ChipsBigFundIII();
        ChipsProgramme anyFund = bigFund;
        ChipsEuAct eu = new ChipsGermanDesk();
        var sealedView = bigFund.Headline > new ChipsActGrants().Headline; // expect: AIR0001
        var drawnVsUs = bigFund.Disbursed(2025) > ChipsCatalogue.IntelOhio.Grant; // expect: AIR0001
        var baseView = anyFund.Headline > Money.Billions(39m, Currency.USD); // clean: read through the base type
        var euView = eu.Headline > Money.Billions(39m, Currency.USD); // clean: a virtual member of a class that is not sealed
        var converted = converter.BigFundAboveChipsAct(bigFund, new ChipsActGrants()); // clean: converted inside
        return sealedView || drawnVsUs || baseView || euView || converted;
    }

    public bool Entries()
    {
        var entry = new ChipsLedger.Entry("Rapidus", 2025, Money.Billions(100m, Currency.JPY));
        var yuanEntry = new ChipsLedger.Entry("Big Fund III", 2025, Money.Billions(60m, Currency.CNY));
        var tooBig = entry.Amount > Money.Billions(1m, Currency.EUR); // expect: AIR0001
        var same = yuanEntry.Amount > ChipsCatalogue.Hua.Domestic; // clean: yuan with yuan
        return tooBig || same;
    }

    public static Money ReportingFloor(ChipsProgramme p) => p switch
    {
        { Bloc: ChipsBloc.China } => Money.Billions(5m, Currency.USD),
        { Bloc: ChipsBloc.Japan } => Money.Billions(2m, Currency.USD),
        _ => Money.Billions(1m, Currency.USD),
    };

    public static Money LocalFloor(ChipsProgramme p) => p switch
    {
        { Bloc: ChipsBloc.China } => Money.Billions(30m, Currency.CNY),
        { Bloc: ChipsBloc.Japan } => Money.Millions(300_000m, Currency.JPY),
        _ => Money.Billions(1m, Currency.USD),
    };

    public bool Floors(ChipsProgramme p)
    {
        var reporting = ReportingFloor(p) > ChipsCatalogue.Headlines[ChipsBloc.China]; // expect: AIR0001
        var local = LocalFloor(p) > ChipsCatalogue.Headlines[ChipsBloc.China]; // clean: the arms disagree, so unknown
        var inDollars = ReportingFloor(p) < ChipsCatalogue.IntelOhio.Total; // clean: dollars
        return reporting || local || inDollars;
    }

    public Money RepositoryTotals(ChipsRepository<ChipsTranche> repo)
    {
        var yuan = repo.Total(t => t.Amount, Currency.CNY); // clean: the repository's items are unknown
        var largest = repo.Largest(t => t.Amount);
        var first = repo[0].Amount + repo["big-fund-iii"].Amount; // clean: items of unknown currency
        return yuan + largest + first;
    }

}

/// <summary>Raw-number shortcuts the analysts wrote in the notebook port.</summary>
public static class ChipsNotebook
{

    public static decimal Left(Money budget, Money spent)
    {
        var (b, _) = budget;
        var (s, _) = spent;
        return b - s; // expect: AIR0004
    }

    public static decimal YenPerEuro() => Money.Millions(920_000m, Currency.JPY).Amount / Money.Millions(5_600m, Currency.EUR).Amount; // clean: a rate
    public static bool Positive(Money m) => m.Amount > 0m; // clean: against a plain number
    public static decimal CentsAway(Money m) => Math.Round(m.Amount, 2, MidpointRounding.AwayFromZero); // clean: a mode
    public static decimal ShareOf(Money part, Money whole) => Math.Round(part.Amount / whole.Amount * 100m, 1); // expect: AIR0004
    public static decimal RaiseInPercent() => ChipsTargets.ChinaGoal.Percent - ChipsTargets.ChinaNow.Percent; // expect: AIR0006
    public static PercentagePoints Raise() => ChipsTargets.ChinaGoal - ChipsTargets.ChinaNow; // clean: points

    public static decimal EuGap()
    {
        decimal gap = ChipsTargets.EuGoal.Fraction;
        gap -= ChipsTargets.EuNow.Fraction; // expect: AIR0006
        return gap;
    }

    public static decimal Rest(Share s) => 100m - s.Percent; // clean: one share and a plain number
    public static decimal Raised(Share s, PercentagePoints pp) => s.Percent + pp.Value; // clean: both on the percent scale
    public static Share FromNumber(Share s) => Share.FromFraction(s.Percent); // expect: AIR0005
    public static decimal QueryRaw(IEnumerable<ChipsTranche> tranches) => (from t in tranches select t.Amount.Amount).Sum(); // expect: AIR0007
    public static decimal Largest(IEnumerable<ChipsTranche> tranches) => tranches.Max(t => t.Amount.Amount); // clean: not a sum
    public static int Negatives(IEnumerable<Money> xs) => xs.Aggregate(0, (n, m) => m.Amount < 0m ? n + 1 : n); // clean: a count
    public static decimal RoundedTotal(IEnumerable<Money> xs) => Math.Round(xs.Sum(m => m.Amount), 2); // expect: AIR0007, AIR0009
}

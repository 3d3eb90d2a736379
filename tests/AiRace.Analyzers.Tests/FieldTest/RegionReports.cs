using System;
using System.Collections.Generic;
using System.Linq;
using AiRace.Core;

namespace Regional.Subsidies;

/// <summary>The schemes and funds the desk registers by hand, one currency each.</summary>
public static class RegionRegister
{
    public static readonly IndianScheme[] Schemes =
    [
        new("Karnataka", Money.Of(12_000_000_000m, Currency.INR), 2024),
        new("Telangana", Money.Of(9_000_000_000m, Currency.INR), 2025),
    ];

    public static readonly List<KoreanCityFund> KoreanFunds =
    [
        new("Seoul", Money.Of(1_200_000_000_000m, Currency.KRW), 2024),
        new("Gwangju", Money.Of(400_000_000_000m, Currency.KRW), 2025),
    ];

    public static readonly Dictionary<string, LandProgramme> Laender = new()
    {
        ["bavaria"] = new("Bavaria", Money.Eur(5_500_000_000m), 2024),
        ["hesse"] = new("Hesse", Money.Eur(1_000_000_000m), 2025),
        ["eu"] = new("EU AI factories", Money.Billions(2.1m, Currency.EUR), 2025),
    };

    public static void Record([Currency("JPY")] Money yen, List<string> log) => log.Add(yen.ToString());
}

/// <summary>Ranking tables and cross-region comparisons for the quarterly report.</summary>
public sealed class RegionReport
{
    private readonly List<string> _log = new();

    public IReadOnlyList<string> Log => _log;

    public void CompareHeadlines()
    {
        var bigger = RegionCatalogue.GuangdongPool > RegionCatalogue.BavariaPool; // expect: AIR0001
        var homeCities = RegionCatalogue.CityCaps["shenzhen"] + RegionCatalogue.CityCaps["hangzhou"]; // clean: both keys hold yuan
        var crossCities = RegionCatalogue.CityCaps["shenzhen"] + RegionCatalogue.CityCaps["osaka"]; // expect: AIR0001
        var austin = RegionCatalogue.CityCaps.GetValueOrDefault("austin", Money.Usd(0m)) > RegionCatalogue.TexasPool; // clean: dollars with dollars
        if (RegionCatalogue.CityCaps.TryGetValue("munich", out var munich) && munich > RegionCatalogue.ShanghaiPool) _log.Add("munich"); // expect: AIR0001
        var voucher = RegionCatalogue.HefeiVoucher + RegionCatalogue.ShanghaiPool; // clean: yuan
        var yenLessRupees = RegionCatalogue.OsakaCap() - RegionCatalogue.TelanganaCap(); // expect: AIR0001
        var nrw = RegionCatalogue.NrwPool.Value > RegionCatalogue.BavariaPool; // clean: euros from the lazy factory
        var nrwPlusHefei = RegionCatalogue.NrwPool.Value + RegionCatalogue.HefeiVoucher; // expect: AIR0001
        var same = RegionCatalogue.TexasPool.Equals(RegionCatalogue.BavariaPool); // expect: AIR0001
        var larger = Money.Max(RegionCatalogue.SeoulPool, RegionCatalogue.KarnatakaPool); // expect: AIR0001
        var largerWon = Money.Max(RegionCatalogue.SeoulPool, RegionCatalogue.GyeonggiPool); // clean: won with won
        _log.Add($"{bigger} {homeCities} {crossCities} {austin} {voucher} {yenLessRupees} {nrw} {nrwPlusHefei} {same} {larger} {largerWon}");
    }

    public void ComparePlans()
    {
        var yuanPlans = RegionCatalogue.YuanPlans();
        var firstAboveLast = yuanPlans[0] > yuanPlans[^1]; // clean: both yuan
        var firstPositive = yuanPlans[0].Amount > 0m; // clean: an amount and a plain number
        var inYuan = yuanPlans.Sum(Currency.CNY); // clean: yuan
        var inDollars = RegionCatalogue.YuanPlans().Sum(Currency.USD); // expect: AIR0001
        var largestPlan = yuanPlans.Max() < RegionCatalogue.ShanghaiPool; // clean: yuan
        var rupees = RegionCatalogue.RupeePlans().Sum(Currency.INR); // clean: rupees
        var rupeesInYen = RegionCatalogue.RupeePlans().Aggregate(Money.Zero(Currency.JPY), (t, x) => t + x); // expect: AIR0001
        var (home, partner) = RegionCatalogue.CoFunding(1_000m, 200m);
        var homeTotal = home + RegionCatalogue.ShanghaiPool; // clean: yuan
        var partnerTotal = partner + RegionCatalogue.BavariaPool; // clean: euros
        var coFunded = home + partner; // expect: AIR0001
        RegionCatalogue.TryProvinceCap("Anhui", out var cap);
        var capOk = cap < RegionCatalogue.GuangdongPool; // clean: the out parameter is yuan
        var capVsTexas = cap > RegionCatalogue.TexasPool; // expect: AIR0001
        _log.Add($"{firstAboveLast} {firstPositive} {inYuan} {inDollars} {largestPlan} {rupees} {rupeesInYen} {homeTotal} {partnerTotal} {coFunded} {capOk} {capVsTexas}");
    }

    public void CompareRecords()
    {
        var first = RegionCatalogue.ProvinceFunds[0].Pool > RegionCatalogue.StateAwards["texas"].Award; // expect: AIR0001
        var second = RegionCatalogue.ProvinceFunds[1].Pool > RegionCatalogue.ShanghaiPool; // clean: yuan
        var (province, pool, year) = RegionCatalogue.ProvinceFunds[^1];
        var last = pool > RegionCatalogue.GuangdongPool; // clean: yuan, deconstructed
        foreach (var fund in RegionCatalogue.ProvinceFunds)
        {
            if (fund.Pool < RegionCatalogue.HefeiVoucher) continue; // clean: yuan
            if (fund.Pool > RegionCatalogue.BavariaPool) _log.Add(fund.Province); // expect: AIR0001
        }

        var ohio = RegionCatalogue.StateAwards["ohio"].Award < RegionCatalogue.TexasPool; // clean: dollars
        foreach (var (state, award) in RegionCatalogue.StateAwards)
        {
            if (award.Award > RegionCatalogue.TexasPool) _log.Add(state); // clean: dollars
        }

        var topAward = RegionCatalogue.StateAwards.Values.Max(a => a.Award); // clean: dollars only
        var rankedAwards = RegionCatalogue.StateAwards.Values.OrderByDescending(a => a.Award).ToList(); // clean: dollars only
        var prefTop = RegionCatalogue.PrefectureFunds.Max(p => p.Pool) > RegionCatalogue.SeoulPool; // expect: AIR0001
        var prefOk = RegionCatalogue.PrefectureFunds.Max(p => p.Pool) > RegionCatalogue.TokyoPool; // clean: yen
        var beijing = RegionCatalogue.YuanLines[0].Amount > RegionCatalogue.TexasPool; // expect: AIR0001
        var wuhan = RegionCatalogue.YuanLines[1].Amount + RegionCatalogue.HefeiVoucher; // clean: every yuan line is yuan
        var topDollarLine = RegionCatalogue.DollarLines.Max(l => l.Amount); // clean: dollars only
        var dollarLines = RegionCatalogue.DollarLines.Sum(l => l.Amount, Currency.USD); // clean: dollars only
        var filtered = RegionCatalogue.YuanLines.Concat(RegionCatalogue.DollarLines).Where(l => l.Amount.Currency == Currency.USD).Max(l => l.Amount); // clean: the filter reads the currency
        var seoulCap = RegionCatalogue.WonCaps[0].Cap > RegionCatalogue.ShanghaiPool; // expect: AIR0001
        var busan = RegionCatalogue.WonCaps.Find(c => c.Region == "Busan").Cap + RegionCatalogue.SeoulPool; // clean: won
        foreach (var (region, wonCap) in RegionCatalogue.WonCaps)
        {
            if (wonCap > RegionCatalogue.GyeonggiPool) _log.Add(region); // clean: won
        }

        foreach (var scheme in RegionRegister.Schemes)
        {
            if (scheme.Outlay > RegionCatalogue.KarnatakaPool) break; // clean: rupees
            if (scheme.Outlay > RegionCatalogue.TokyoPool) _log.Add(scheme.State); // expect: AIR0001
        }

        var bavaria = RegionRegister.Laender["bavaria"].Budget > RegionCatalogue.HessePool; // clean: euros
        var bavariaVsTexas = RegionRegister.Laender["bavaria"].Budget > RegionCatalogue.TexasPool; // expect: AIR0001
        var seoulFund = RegionRegister.KoreanFunds[0].Pool >= RegionCatalogue.SeoulPool; // clean: won
        _log.Add($"{first} {second} {province} {year} {last} {ohio} {topAward} {rankedAwards.Count} {prefTop} {prefOk} {beijing} {wuhan}");
        _log.Add($"{topDollarLine} {dollarLines} {filtered} {seoulCap} {busan} {bavaria} {bavariaVsTexas} {seoulFund}");
    }

    public void CompareThroughHelpers()
    {
        var exceeds = RegionMath.Exceeds(RegionCatalogue.TexasPool, RegionCatalogue.OsakaCap()); // expect: AIR0001
        var exceedsHome = RegionMath.Exceeds(RegionCatalogue.ShanghaiPool, RegionCatalogue.GuangdongPool); // clean: yuan with yuan
        var checkedCross = RegionMath.ExceedsChecked(RegionCatalogue.TexasPool, RegionCatalogue.BavariaPool); // clean: the helper reads both currencies
        var dwarfsChecked = RegionMath.DwarfsChecked(RegionCatalogue.GuangdongPool, RegionCatalogue.TexasPool); // clean: checked through SameCurrency
        var dwarfs = RegionMath.Dwarfs(RegionCatalogue.GuangdongPool, RegionCatalogue.KarnatakaPool); // expect: AIR0001
        var gap = RegionMath.Gap(RegionCatalogue.BavariaPool, RegionCatalogue.HessePool); // clean: euros
        var scaled = RegionMath.Scaled(RegionCatalogue.ShanghaiPool, 2m) > RegionCatalogue.TexasPool; // expect: AIR0001
        var scaledYen = RegionMath.Scaled(RegionCatalogue.TokyoPool, 0.5m) < RegionCatalogue.OsakaCap(); // clean: yen
        var euros = RegionMath.ToEuros(RegionCatalogue.TexasPool, RegionCatalogue.Stated);
        var eurosOk = euros > RegionCatalogue.BavariaPool; // clean: converted to euros
        var eurosVsYuan = euros > RegionCatalogue.ShanghaiPool; // expect: AIR0001
        var summed = RegionMath.SumAll(Money.Zero(Currency.EUR), [RegionCatalogue.BavariaPool, RegionCatalogue.TokyoPool]); // expect: AIR0001
        var summedYuan = RegionMath.SumAll(Money.Zero(Currency.CNY), RegionCatalogue.YuanPlans()); // clean: yuan
        var guarded = RegionMath.TotalGuarded(Money.Zero(Currency.EUR), [RegionCatalogue.BavariaPool, RegionCatalogue.TokyoPool]); // clean: the loop skips other currencies
        var national = RegionCatalogue.GuangdongPool;
        bool Outsizes(Money other) => national > other;
        var outsizesHome = Outsizes(RegionCatalogue.ShanghaiPool); // clean: yuan with yuan
        var outsizesTexas = Outsizes(RegionCatalogue.TexasPool); // expect: AIR0001
        var hefei = RegionFactory.China("Hefei", 1_000m, 2025).Amount + RegionFactory.China("Wuxi", 500m, 2025).Amount; // clean: both factories give yuan
        var crossFactory = RegionFactory.China("Hefei", 1_000m, 2025).Amount + RegionFactory.Us("Ohio", 1_000m, 2025).Amount; // expect: AIR0001
        _log.Add($"{exceeds} {exceedsHome} {checkedCross} {dwarfsChecked} {dwarfs} {gap} {scaled} {scaledYen} {eurosOk} {eurosVsYuan} {summed} {summedYuan} {guarded}");
        _log.Add($"{outsizesHome} {outsizesTexas} {hefei} {crossFactory}");
    }

    public void RecordRows(ProvincialRow row, string text)
    {
        row.Allocation = RegionCatalogue.ShanghaiPool; // clean: yuan into a yuan row
        row.Allocation = Money.Parse(text); // clean: unknown currency, accepted
        row.Allocation = RegionCatalogue.TexasPool; // expect: AIR0001
        row.Tranches.Add(Money.Cny(50_000_000m)); // clean: yuan
        row.Tranches.Add(Money.Eur(5_000_000m)); // expect: AIR0001
        var tranches = row.Tranches.Sum(Currency.CNY); // clean: annotated yuan
        var aboveTokyo = row.Allocation > RegionCatalogue.TokyoPool; // expect: AIR0001
        var aboveHome = row.Allocation > RegionCatalogue.HefeiVoucher; // clean: yuan (trusted) with yuan
        RegionRegister.Record(RegionCatalogue.TokyoPool, _log); // clean: yen into a yen parameter
        RegionRegister.Record(RegionCatalogue.BavariaPool, _log); // expect: AIR0001
        _log.Add($"{tranches} {aboveTokyo} {aboveHome}");
    }

    public List<RegionLine> RankingTable()
    {
        var table = new List<RegionLine>
        {
            new("Beijing", Bloc.China, Money.Cny(3_000_000_000m), 2024),
            new("Texas", Bloc.Us, Money.Usd(2_400_000_000m), 2024),
            new("Bavaria", Bloc.Germany, Money.Eur(5_500_000_000m), 2024),
        };

        var byAmount = table.OrderBy(l => l.Amount).ToList(); // expect: AIR0001
        var byCurrencyThenAmount = table.OrderBy(l => l.Amount.Currency).ThenBy(l => l.Amount).ToList(); // clean: ordered by currency first
        var byRegion = table.OrderBy(l => l.Region).ToList(); // clean: ordered by name
        table.Sort((a, b) => a.Amount.Currency != b.Amount.Currency ? a.Amount.Currency.CompareTo(b.Amount.Currency) : a.Amount.CompareTo(b.Amount)); // clean: the comparison reads the currency
        var provinces = RegionCatalogue.ProvinceFunds.OrderByDescending(p => p.Pool).ToList(); // clean: yuan only
        var largestLine = table.MaxBy(l => l.Amount); // expect: AIR0001
        var chinese = table.Where(l => l.Amount.Currency == Currency.CNY).Sum(l => l.Amount, Currency.CNY); // clean: filtered by currency
        var perCurrency = RegionAggregator.ByCurrency(table); // clean: grouped by currency
        _log.Add($"{byAmount.Count} {byCurrencyThenAmount.Count} {byRegion.Count} {provinces.Count} {largestLine} {chinese} {perCurrency.Count}");
        return table;
    }

    public void Figures(List<RegionLine> table, Dictionary<Currency, decimal> toEur)
    {
        var bare = table.Sum(l => l.Amount.Amount); // expect: AIR0007
        var bareQuery = table.Select(l => l.Amount.Amount).Sum(); // expect: AIR0007
        var folded = table.Aggregate(0m, (acc, l) => acc + l.Amount.Amount); // expect: AIR0007
        var largest = table.Max(l => l.Amount.Amount); // clean: not a sum
        var count = table.Aggregate(0, (n, l) => l.Amount.Amount > 0m ? n + 1 : n); // clean: a count
        var converted = table.Sum(l => l.Amount.Amount * toEur[l.Amount.Currency]); // clean: converted by a rate chosen by currency
        var stated = table.Where(l => l.Amount.Currency == Currency.EUR).Sum(l => l.Amount, Currency.EUR); // clean: euros by test
        _log.Add($"{bare} {bareQuery} {folded} {largest} {count} {converted} {stated}");
    }

    public void Rounding(RegionLine line, Money part, Money whole)
    {
        var cents = Math.Round(line.Amount.Amount, 2); // expect: AIR0009
        var perMonth = line.Amount.Amount / 12m;
        var monthly = Math.Round(perMonth, 0); // expect: AIR0009
        var largest = Math.Round(RegionCatalogue.DollarLines.Max(l => l.Amount.Amount)); // expect: AIR0009
        var stated = Math.Round(line.Amount.Amount, 2, MidpointRounding.AwayFromZero); // clean: a mode is stated
        var rounded = line.Amount.Round(2, MidpointRounding.ToEven); // clean: Money's own rounding
        var percent = Math.Round(part / whole * 100m, 1); // clean: a percentage of two amounts
        var share = Math.Round(RegionCatalogue.KarnatakaCloudShare.Percent, 1); // clean: not a money amount
        _log.Add($"{cents} {monthly} {largest} {stated} {rounded} {percent} {share}");
    }

    public void Shares()
    {
        var then = Share.FromPercent(17m);
        var now = Share.FromPercent(55m);
        var rise = now.Percent - then.Percent; // expect: AIR0006
        var sum = now.Fraction + then.Fraction; // expect: AIR0006
        var points = (now - then).Value; // clean: Share minus Share gives points
        var rest = 100m - now.Percent; // clean: one share and a plain number
        var pct = Share.FromPercent(rest); // clean: not a constant
        _log.Add($"{rise} {sum} {points} {rest} {pct}");
    }

    public void Conversions(Money figure, string region)
    {
        var clock = figure.ConvertTo(Currency.USD, DateOnly.FromDateTime(DateTime.Now), ReferenceRates.FederalReserveH10, RateLookup.ExactDate); // expect: AIR0008
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var atToday = figure.ConvertTo(Currency.EUR, today, ReferenceRates.FederalReserveH10, RateLookup.MostRecentWithin(5)); // expect: AIR0008
        var stated = figure.ConvertTo(Currency.USD, RegionCatalogue.Stated, ReferenceRates.FederalReserveH10, RateLookup.ExactDate); // clean: a stated date
        _log.Add($"{DateTime.UtcNow:O} {region} converted"); // clean: a log time stamp
        _log.Add($"{clock.Result} {atToday.Result} {stated.Result}");
    }
}

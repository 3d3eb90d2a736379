using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using AiRace.Core;
using AiRace.Core.Policy;

namespace Consortium.Lab;

/// <summary>A report line: a label and two figures in one currency.</summary>
public sealed record LabBand(string Label, Money Low, Money High);

/// <summary>The monthly reports of the consortium's back office.</summary>
public static class LabReports
{
    public static readonly LabBand EuBand = new("EU AI factories", Money.Eur(100_000_000m), Money.Eur(250_000_000m));

    public static Money Yuan(decimal amount) => Money.Cny(amount); // expect: AIR0010

    public static void SetFunding(LabGrantRow row, decimal fundingAmount) => row.Allocation = Money.Cny(fundingAmount); // expect: AIR0010

    public static Money Spread(LabBand band) => band.High - band.Low; // clean: both ends of one band

    public static Money EuSpread() => EuBand.High - EuBand.Low; // clean: euros with euros

    public static bool EuBandAboveUk() => EuBand.High > LabCatalogue.UkAirr; // expect: AIR0001

    public static IEnumerable<string> CrossChecks()
    {
        var shanghai = LabCatalogue.Caps[LabRegion.Shanghai];
        yield return $"{shanghai > LabCatalogue.Caps[LabRegion.Stargate]}"; // expect: AIR0001
        yield return $"{LabCatalogue.Caps[LabRegion.Shenzhen] > LabCatalogue.ShenzhenPool}"; // clean: yuan with yuan
        yield return $"{LabCatalogue.ShenzhenCap() > LabCatalogue.EuFactoryGrant}"; // expect: AIR0001
        yield return $"{LabCatalogue.ShenzhenCap() - LabCatalogue.ShenzhenPool}"; // clean: yuan with yuan
        yield return $"{LabCatalogue.HangzhouReserve.Value > LabCatalogue.UsCloudCredits}"; // expect: AIR0001
        yield return $"{LabCatalogue.HangzhouReserve.Value <= LabCatalogue.HangzhouPool}"; // clean: yuan with yuan
        yield return $"{LabCatalogue.KoreaCap > LabCatalogue.KoreaSubsidy}"; // clean: won with won
        yield return $"{LabCatalogue.KoreaCap < LabCatalogue.JapanSubsidy}"; // expect: AIR0001
        yield return $"{Money.Min(LabCatalogue.JapanSubsidy, LabCatalogue.KoreaSubsidy)}"; // expect: AIR0001
        yield return $"{Money.Max(LabCatalogue.JapanSubsidy, Money.Jpy(1m))}"; // clean: yen with yen
        yield return $"{LabCatalogue.UkAirr.Equals(LabCatalogue.EuFactoryGrant)}"; // expect: AIR0001
        yield return $"{LabCatalogue.ShanghaiPool.CompareTo(LabCatalogue.UsCloudCredits)}"; // expect: AIR0001
        yield return $"{Comparer<Money>.Default.Compare(LabCatalogue.HangzhouPool, LabCatalogue.EuFactoryGrant)}"; // expect: AIR0001
        yield return $"{LabCatalogue.OverseasLegs.Max()}"; // expect: AIR0001
        yield return $"{LabCatalogue.CityVouchers.Max()}"; // clean: yuan only
        yield return $"{LabCatalogue.CityVouchers.Sum(Currency.USD)}"; // expect: AIR0001
        yield return $"{LabCatalogue.CityVouchers.Aggregate(Money.Zero(Currency.JPY), (t, x) => t + x)}"; // expect: AIR0001
        yield return $"{LabCatalogue.CityVouchers.Aggregate(Money.Zero(Currency.CNY), (t, x) => t + x)}"; // clean: yuan seed, yuan items
        yield return $"{LabCatalogue.CityVouchers.Chunk(2).Select(b => b.Sum(Currency.CNY)).Max()}"; // clean: batches of yuan
        yield return $"{Enumerable.Repeat(LabCatalogue.UkAirr, 3).Sum(Currency.EUR)}"; // expect: AIR0001
        yield return $"{ImmutableArray.Create(LabCatalogue.EuFactoryGrant, LabCatalogue.JapanSubsidy).Max()}"; // expect: AIR0001
        yield return $"{ImmutableArray.Create(LabCatalogue.EuFactoryGrant, EuBand.Low).Max()}"; // clean: euros only
    }

    public static IEnumerable<string> HelperChecks()
    {
        yield return $"{LabMath.SumAll(Money.Zero(Currency.EUR), [LabCatalogue.EuFactoryGrant, LabCatalogue.JapanSubsidy])}"; // expect: AIR0001
        yield return $"{LabMath.SumAll(Money.Zero(Currency.EUR), [LabCatalogue.EuFactoryGrant, EuBand.High])}"; // clean: euros only
        yield return $"{LabMath.Total(Money.Zero(Currency.GBP), LabCatalogue.UkAirr, Money.Gbp(5m))}"; // clean: pounds only
        yield return $"{LabMath.Total(Money.Zero(Currency.GBP), LabCatalogue.UkAirr, LabCatalogue.StargateTranche)}"; // expect: AIR0001
        yield return $"{LabMath.Larger(LabCatalogue.ShanghaiPool, LabCatalogue.StargateTranche)}"; // expect: AIR0001
        yield return $"{LabMath.Larger(LabCatalogue.ShanghaiPool, LabCatalogue.HangzhouPool)}"; // clean: yuan with yuan
        yield return $"{LabMath.WithMargin(LabCatalogue.EuFactoryGrant) > LabCatalogue.JapanSubsidy}"; // expect: AIR0001
        yield return $"{LabMath.WithMargin(LabCatalogue.EuFactoryGrant) > EuBand.High}"; // clean: euros scaled, with euros
        yield return $"{LabMath.Add(LabCatalogue.UkAirr, Money.Gbp(1m))}"; // clean: pounds with pounds
        yield return $"{LabMath.ToDollars(LabCatalogue.ShanghaiPool) + LabCatalogue.UsCloudCredits}"; // clean: converted to dollars
        yield return $"{LabMath.ToDollars(LabCatalogue.ShanghaiPool) + LabCatalogue.EuFactoryGrant}"; // expect: AIR0001
    }

    public static Money CoFunded(decimal home, decimal partner)
    {
        var (domestic, foreign) = LabCatalogue.CoFunding(home, partner);
        var doubled = domestic * 2m; // clean: scaling keeps the currency
        var homeTotal = doubled + LabCatalogue.ShanghaiPool; // clean: yuan with yuan
        return homeTotal + foreign; // expect: AIR0001
    }

    public static bool CapCheck(LabRegion region) => LabCatalogue.TryCap(region, out var cap) && cap > LabCatalogue.UkAirr; // expect: AIR0001

    public static bool CapCheckYuan(LabRegion region) => LabCatalogue.TryCap(region, out var cap) && cap > LabCatalogue.HangzhouPool; // clean: yuan with yuan

    public static bool Covers(LabVoucher v, LabContract c) => v.Face >= c.Value; // expect: AIR0001

    public static bool CoversVoucher(LabVoucher v, LabVoucher w) => v.Face >= w.Face; // clean: yuan with yuan

    public static LabVoucher Doubled(LabVoucher v) => v with { Face = v.Face * 2m }; // clean: yuan scaled stays yuan

    public static bool DoubledAboveShanghai(LabVoucher v) => Doubled(v).Face > LabCatalogue.ShanghaiPool; // clean: yuan with yuan

    public static LabVoucher Issue(string city, decimal figure) => new(city, Money.Cny(figure), LabCatalogue.Stated); // clean

    public static bool IsLargeVoucher(object item) => item is LabVoucher { Face: var face } && face > LabCatalogue.StargateTranche; // expect: AIR0001

    public static void Register(LabGrantRow row, decimal figure, string text)
    {
        row.Allocation = Money.Usd(figure); // expect: AIR0001
        row.Allocation = Money.Parse(text); // clean: unknown currency, accepted
        row.Allocation = LabCatalogue.ShanghaiPool; // clean: yuan into a yuan row
        row.Allocation = Money.Of(figure, LabCodes.Home); // clean: yuan
    }

    public static bool RowAboveFactory(LabGrantRow row) => row.Allocation > LabCatalogue.EuFactoryGrant; // expect: AIR0001

    public static bool RowAboveCity(LabGrantRow row) => row.Allocation > LabCatalogue.HangzhouPool; // clean: the annotation says yuan

    public static bool TreasuryCheck(LabTreasury treasury) => treasury.EuroReserve > LabCatalogue.JapanSubsidy; // expect: AIR0001

    public static Money Split() => LabCatalogue.ShanghaiPool.Allocate(3)[0] + LabCatalogue.UsCloudCredits; // expect: AIR0001

    public static Money SplitYuan() => LabCatalogue.ShanghaiPool.Allocate(3)[0] + LabCatalogue.HangzhouPool; // clean: yuan parts

    public static bool PickAbove(bool domestic) => (domestic ? LabCatalogue.ShanghaiPool : LabCatalogue.ShenzhenPool) > LabCatalogue.StargateTranche; // expect: AIR0001

    public static bool RegionAbove(LabRegion region) => (region switch { LabRegion.Japan => LabCatalogue.JapanSubsidy, _ => Money.Jpy(0m) }) > LabCatalogue.KoreaSubsidy; // expect: AIR0001

    public static Money ConvertedSum() => LabCatalogue.EuFactoryGrant.ConvertTo(Currency.USD, LabCatalogue.Stated, ReferenceRates.FederalReserveH10, RateLookup.AnnualAverage).Result + LabCatalogue.StargateTranche; // clean: converted at a stated date

    public static Money ConvertedToday() => LabCatalogue.EuFactoryGrant.ConvertTo(Currency.USD, DateOnly.FromDateTime(DateTime.Now), ReferenceRates.FederalReserveH10, RateLookup.ExactDate).Result; // expect: AIR0008

    public static ExchangeRate TodaysRate()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        return ReferenceRates.FederalReserveH10.GetRate(Currency.USD, Currency.CNY, today, RateLookup.MostRecentWithin(7)); // expect: AIR0008
    }

    public static Money LoggedConversion(List<string> audit) => LabMath.ToDollarsLogged(LabCatalogue.UkAirr, LabCatalogue.Stated, RateLookup.ExactDate, DateTime.UtcNow, audit); // clean: the clock only stamps the audit line

    public static string Stamp() => $"report built {DateTime.UtcNow:O}"; // clean: not a conversion date

    public static IEnumerable<string> Queries()
    {
        var crossed = from v in LabCatalogue.Vouchers join c in LabCatalogue.Contracts on v.Issued.Year equals c.Year select v.Face - c.Value; // expect: AIR0001
        var paired = from v in LabCatalogue.Vouchers join w in LabCatalogue.Vouchers on v.City equals w.City select v.Face + w.Face; // clean: yuan with yuan
        var halves = from v in LabCatalogue.Vouchers let half = v.Face / 2m where half > LabCatalogue.EuFactoryGrant select v.City; // expect: AIR0001
        var yuanHalves = from v in LabCatalogue.Vouchers let half = v.Face / 2m where half > LabCatalogue.HangzhouPool select v.City; // clean: yuan with yuan
        var perCurrency = from g in LabCatalogue.Grants group g.Award by g.Award.Currency into byCurrency select byCurrency.Sum(byCurrency.Key); // clean: each group in its own currency
        var byRegion = from g in LabCatalogue.Grants group g.Award.Amount by g.Region into r select r.Sum(); // expect: AIR0007
        var zipped = LabCatalogue.Vouchers.Zip(LabCatalogue.Contracts, (v, c) => v.Face > c.Value); // expect: AIR0001
        yield return string.Join(",", crossed.Concat(paired).Select(m => m.ToString()));
        yield return string.Join(",", halves.Concat(yuanHalves));
        yield return string.Join(",", perCurrency.Select(m => m.ToString()));
        yield return string.Join(",", byRegion.Concat(zipped.Select(z => z ? 1m : 0m)));
    }

    public static IEnumerable<Money> GroupTotals()
    {
        var homeAndUs = new List<Money> { LabCatalogue.ShanghaiPool, LabCatalogue.UsCloudCredits, LabCatalogue.StargateTranche };
        foreach (var t in homeAndUs.GroupBy(m => m.Currency == Currency.CNY).Select(g => g.Key ? g.Sum(Currency.CNY) : g.Sum(Currency.USD))) yield return t; // clean: the key is the currency test
        foreach (var g in homeAndUs.GroupBy(m => m.Currency)) yield return g.Key == Currency.USD ? g.Sum(Currency.USD) : g.Sum(g.Key); // clean: the dollar group summed in dollars
        foreach (var g in LabCatalogue.OverseasLegs.GroupBy(m => m.Currency.Code)) yield return g.Key switch { "USD" => g.Sum(Currency.USD), "EUR" => g.Sum(Currency.EUR), _ => g.Sum(Currency.FromCode(g.Key)) }; // clean: an arm per currency code
        foreach (var t in homeAndUs.GroupBy(m => m.Currency).Select(g => g.Sum(Currency.EUR))) yield return t; // expect: AIR0001
        foreach (var t in LabCatalogue.Grants.GroupBy(g => g.Award.Currency).Select(g => g.Key == Currency.USD ? g.Sum(x => x.Award, Currency.USD) : g.Sum(x => x.Award, g.Key))) yield return t; // clean: the dollar group in dollars
    }

    public static IEnumerable<LabGrant> Rankings()
    {
        var byAward = LabCatalogue.Grants.OrderBy(g => g.Award); // expect: AIR0001
        var largest = LabCatalogue.Grants.MaxBy(g => g.Award); // expect: AIR0001
        var grouped = LabCatalogue.Grants.OrderBy(g => g.Award.Currency).ThenBy(g => g.Award); // clean: ThenBy after a currency key
        var shanghai = LabCatalogue.Grants.Where(g => g.Region == LabRegion.Shanghai).MaxBy(g => g.Award); // clean: a filter the flow cannot read
        var yuanGrants = LabCatalogue.Grants.Where(g => g.Award.Currency == Currency.CNY).Sum(g => g.Award, Currency.CNY); // clean: filtered by the currency
        var mixedInYuan = LabCatalogue.Grants.Sum(g => g.Award, Currency.CNY); // expect: AIR0001
        var largestFigure = LabCatalogue.Grants.Max(g => g.Award.Amount); // clean: a maximum of numbers, not a sum
        var naive = LabCatalogue.Grants.Sum(g => g.Award.Amount); // expect: AIR0007
        var naiveSelect = LabCatalogue.CityVouchers.Select(m => m.Amount).Sum(); // expect: AIR0007
        var folded = LabCatalogue.OverseasLegs.Aggregate(0m, (acc, m) => acc + m.Amount); // expect: AIR0007
        var negatives = LabCatalogue.OverseasLegs.Aggregate(0, (n, m) => m.Amount < 0m ? n + 1 : n); // clean: a count
        var toUsd = new Dictionary<Currency, decimal> { [Currency.USD] = 1m, [Currency.EUR] = 1.08m, [Currency.GBP] = 1.27m };
        var inUsd = LabCatalogue.OverseasLegs.Sum(m => m.Amount * toUsd[m.Currency]); // clean: converted by a rate chosen by currency
        var legs = new[] { LabCatalogue.StargateTranche, LabCatalogue.UkAirr };
        Array.Sort(legs); // expect: AIR0001
        var report = $"{largest} {shanghai} {yuanGrants} {mixedInYuan} {largestFigure} {naive} {naiveSelect} {folded} {negatives} {inUsd} {legs[0]}";
        return report.Length > 0 ? byAward.Concat(grouped) : grouped;
    }

    public static decimal Gap(Money budget, Money spent)
    {
        var b = budget.Amount;
        var s = spent.Amount;
        return b - s; // expect: AIR0004
    }

    public static decimal Raw(Money a, Money b) => Math.Max(a.Amount, b.Amount); // expect: AIR0004

    public static bool Over(Money cost, Money cap) => cost.Amount > cap.Amount; // expect: AIR0004

    public static decimal Checked(Money budget, Money spent) => (budget - spent).Amount; // clean: Money's own check

    public static decimal YenPerEuro() => LabCatalogue.JapanSubsidy.Amount / LabCatalogue.EuFactoryGrant.Amount; // clean: a rate between two known currencies

    public static bool Positive(Money cost) => cost.Amount > 0m; // clean: one amount and a number

    public static decimal Rounded(Money m) => Math.Round(m.Amount, 2); // expect: AIR0009

    public static decimal WithVat() => decimal.Round(LabCatalogue.EuFactoryGrant.Amount * 1.19m); // expect: AIR0009

    public static decimal ViaLocal(Money m)
    {
        var net = m.Amount * 0.87m;
        return Math.Round(net, 2); // expect: AIR0009
    }

    public static decimal RoundedAway(Money m) => Math.Round(m.Amount, 2, MidpointRounding.AwayFromZero); // clean: mode stated

    public static decimal PercentOf(Money part, Money whole) => Math.Round(part.Amount / whole.Amount * 100m, 1); // expect: AIR0004 (a percentage, so no rounding finding; but the quotient of two amounts bypasses the currency check)

    public static decimal RoundedRate(decimal rate) => Math.Round(rate, 4); // clean: not money

    public static Money FromMeasured(double gpuHours, double perHour)
    {
        var figure = (decimal)(gpuHours * perHour);
        return Money.Usd(figure); // expect: AIR0002
    }

    public static Money Fee() => Money.Usd((decimal)0.25); // expect: AIR0002

    public static Money Discounted(Money m) => m * (decimal)0.9; // expect: AIR0002

    public static Money Grant(double ratio) => new Money(Convert.ToDecimal(ratio * 1e6), Currency.CNY); // expect: AIR0002

    public static Money WholeHours(double gpuHours) => Money.Usd((decimal)Math.Round(gpuHours)) * 2.5m; // clean: a whole number is exact

    public static Money Millions() => Money.Millions(600, Currency.CNY); // clean: int converts exactly

    public static Money StargateFull() => Money.Billions(500_000_000_000m, Currency.USD); // expect: AIR0011

    public static Money Thousands() => Money.Thousands(250_000m, Currency.USD); // clean: thousands are not checked

    public static Money Codes()
    {
        var bad = Money.Of(5m, "usd"); // expect: AIR0003
        var parsed = Money.Parse("RMB 1,000"); // expect: AIR0003
        var good = Money.Parse("CNY 1,000") + Money.Cny(5m); // clean: yuan with yuan
        var won = Money.Of(5_000m, "KRW") + LabCatalogue.KoreaSubsidy; // clean: won with won
        return good + (bad.Currency == parsed.Currency ? Money.Zero(Currency.CNY) : Money.Cny(1m)) + won * 0m; // expect: AIR0001
    }

    public static PercentagePoints Rise() => LabTargets.SelfSufficiency2030 - LabTargets.SelfSufficiency2025; // clean: Share - Share

    public static decimal RawRise() => LabTargets.SelfSufficiency2030.Percent - LabTargets.SelfSufficiency2025.Percent; // expect: AIR0006

    public static decimal Combined() => LabTargets.CloudShareOfBudget.Fraction + LabTargets.GrantShareOfSpend.Fraction; // expect: AIR0006

    public static decimal Mixed(PercentagePoints pp) => LabTargets.CloudShareOfBudget.Fraction + pp.Value; // expect: AIR0006

    public static decimal OnScale(PercentagePoints pp) => LabTargets.CloudShareOfBudget.Percent + pp.Value; // clean: percent plus points

    public static decimal Rest() => 100m - LabTargets.SelfSufficiency2030.Percent; // clean: one share and a number

    public static Share Rescaled() => Share.FromFraction(LabTargets.SelfSufficiency2030.Percent); // expect: AIR0005

    public static Share Raised(PercentagePoints pp) => LabTargets.SelfSufficiency2025 + pp; // clean: a share plus points

    public static Money CloudSlice() => LabCatalogue.StargateTranche * LabTargets.CloudShareOfBudget; // clean: a share of dollars

    public static async Task<Money> JapanPlusAsync() => await LabCatalogue.FetchJapanAsync() + LabCatalogue.JapanSubsidy; // clean: yen with yen

    public static async Task<bool> JapanVersusWonAsync()
    {
        var yen = await LabCatalogue.FetchJapanAsync().ConfigureAwait(false);
        var half = yen / 2m; // clean: scaling
        return half > LabCatalogue.KoreaSubsidy; // expect: AIR0001
    }

    public static Money LocalHelpers()
    {
        Money Half(Money m) => m / 2m;
        var shanghaiHalf = Half(LabCatalogue.ShanghaiPool);
        var total = shanghaiHalf + LabCatalogue.HangzhouPool; // clean: yuan with yuan
        return total - Half(LabCatalogue.UkAirr); // expect: AIR0001
    }

    public static (Money Low, Money High) UkRange() => (Money.Gbp(100_000_000m), LabCatalogue.UkAirr);

    public static Money UkWidth()
    {
        var (low, high) = UkRange();
        var width = high - low; // clean: pounds with pounds
        return width + LabCatalogue.EuFactoryGrant; // expect: AIR0001
    }
    public static IEnumerable<string> MoreRuleChecks(Money latestCost, Share latest, Share baseline, PercentagePoints pp, PercentagePoints pp2, double refund, double gpuRate, TimeProvider clock, string region)
    {
        var (b, _) = LabCatalogue.EuFactoryGrant;
        var (s, _) = latestCost;
        yield return $"{b - s}"; // expect: AIR0004
        yield return $"{Math.Round(LabCatalogue.JapanSubsidy.Amount / LabCatalogue.EuFactoryGrant.Amount, 4)}"; // clean: a rate of two amounts in known currencies
        yield return $"{Math.Round(LabCatalogue.Grants.Max(g => g.Award.Amount))}"; // expect: AIR0009
        yield return $"{Math.Round(LabCatalogue.Vouchers.Average(v => v.Face.Amount), 2)}"; // expect: AIR0009
        yield return $"{LabCatalogue.CityVouchers.Select(m => Math.Round(m.Amount, 2)).Sum()}"; // expect: AIR0007, AIR0009
        yield return $"{LabCatalogue.OverseasLegs.Aggregate(0, (n, m) => n + (m.Amount < 0m ? 1 : 0))}"; // clean: a count
        yield return $"{LabCatalogue.OverseasLegs.Aggregate(17, (h, m) => h * 31 + m.Amount.GetHashCode())}"; // clean: a hash, not a sum
        yield return $"{LabCatalogue.Contracts.Sum(c => c.Value.Amount * c.Year)}"; // expect: AIR0007
        decimal change = latest.Percent;
        change -= baseline.Percent; // expect: AIR0006
        yield return $"{change} {pp.Value + pp2.Value} {latest.Percent * 2m}"; // clean: points with points, a share times a number
        yield return $"{Share.TryFromPercent(0.4m, out var tiny)} {tiny}"; // expect: AIR0005
        var third = 0.3m;
        yield return $"{Share.FromPercent(third)}"; // expect: AIR0005
        yield return $"{Share.FromFraction(latest.Fraction)} {Share.Parse("55%")}"; // clean: the same scale; a share in range
        yield return $"{Share.FromFraction(-0.1m)}"; // expect: AIR0013
        yield return $"{Share.TryFromPercent(120m, out _)}"; // expect: AIR0013
        yield return $"{Money.Scaled(2_000_000m, Magnitude.Millions, Currency.USD)}"; // expect: AIR0011
        yield return $"{Money.Scaled(2_000m, Magnitude.Millions, Currency.USD)}"; // clean: two billion in millions
        yield return $"{Money.Millions(2_387_240_000m, Currency.JPY)}"; // expect: AIR0011
        yield return $"{Money.Trillions(1_000m, Currency.USD)}"; // expect: AIR0011
        yield return $"{Money.Usd((long)(gpuRate * 100)) / 100m}"; // expect: AIR0002
        yield return $"{Money.Usd(Math.Abs((decimal)refund))}"; // expect: AIR0002
        yield return $"{Money.Cny(Convert.ToInt32(gpuRate))}"; // clean: a whole number is exact
        var settled = (decimal)refund;
        if (settled < 0m) settled = 0m;
        yield return $"{Money.Usd(settled)}"; // clean: written again with an exact decimal
        yield return $"{Currency.FromCode(region switch { "cn" => "CNY", _ => "USD" })}"; // clean: both arms are codes
        yield return $"{Currency.FromCode(region switch { "cn" => "yuan", _ => "USD" })}"; // expect: AIR0003
        yield return $"{Currency.TryFromCode("HRK", out _)}"; // expect: AIR0003
        yield return $"{Currency.FromCode("usd")}"; // expect: AIR0003
        yield return $"{new LabLabel("RMB")}"; // clean: a label, not a code
        yield return $"{new ExchangeRate(Currency.USD, Currency.CNY, 7.1m, DateOnly.FromDateTime(DateTime.Today), ReferenceRates.FedH10Daily)}"; // expect: AIR0008
        yield return $"{ExchangeRate.Identity(Currency.CNY, DateOnly.FromDateTime(DateTime.Now))}"; // expect: AIR0008
        yield return $"{LabCatalogue.UkAirr.ConvertTo(Currency.USD, new DateOnly(DateTime.Now.Year, 1, 1), ReferenceRates.FederalReserveH10, RateLookup.AnnualAverage).Result}"; // expect: AIR0008
        yield return $"{LabCatalogue.UkAirr.ConvertTo(Currency.USD, DateOnly.FromDateTime(clock.GetUtcNow().DateTime), ReferenceRates.FederalReserveH10, RateLookup.MostRecentWithin(5)).Result}"; // clean: an injected clock
        yield return Print(date: DateTime.Today); // clean: not a conversion date
    }

    private static string Print(DateTime date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>The reports half of the yen ledger.</summary>
public sealed partial class LabYenLedger
{
    public Money LargestDraw() => _yenDraws.Max(); // clean: yen only, across the parts

    public Money DrawsInEuros() => _yenDraws.Sum(Currency.EUR); // expect: AIR0001

    public bool DrawsBelowSubsidy() => _yenDraws.Sum(Currency.JPY) < LabCatalogue.JapanSubsidy; // clean: yen with yen

    public static string KeyOf(LabGrant g) => g.Award.Currency.Code;

    public static IEnumerable<string> Probes(List<string> log, DateTime cutoff)
    {
        yield return $"{LabCatalogue.CityVouchers.DefaultIfEmpty(Money.Zero(Currency.USD)).Max()}"; // clean: yuan, or a dollar zero alone
        yield return $"{LabCatalogue.CityVouchers.DefaultIfEmpty(Money.Zero(Currency.CNY)).Max() + LabCatalogue.HangzhouPool}"; // clean: yuan
        yield return $"{ProcurementDesk.Floors().GetValueOrDefault(LabRegion.Shanghai, Money.Usd(0m)) > LabCatalogue.ShanghaiPool}"; // clean: the key is always there, yuan
        yield return $"{LabCatalogue.CityVouchers.FirstOrDefault() + LabCatalogue.HangzhouPool}"; // clean: yuan
        yield return $"{LabCatalogue.CityVouchers is [var first, ..] && first > LabCatalogue.HangzhouPool}"; // clean: yuan with yuan
        yield return $"{LabCatalogue.CityVouchers is [var head, ..] && head > LabCatalogue.UkAirr}"; // expect: AIR0001
        var legs = new[] { LabCatalogue.StargateTranche, LabCatalogue.UkAirr };
        Array.Sort(legs, 0, 1); // clean: a range of one element compares nothing
        var order = new[] { 2, 1 };
        Array.Sort(order, legs); // clean: the money is only moved
        yield return $"{legs[0]}";
        yield return $"{LabCatalogue.Grants.OrderBy(KeyOf).ThenBy(g => g.Award).First()}"; // clean: a key method that reads the currency first
        yield return $"{LabCatalogue.Grants.Select(g => g.Award).Where(a => a.Currency == Currency.EUR).Max()}"; // clean: filtered by currency
        yield return $"{LabCatalogue.Grants.Where(g => g.Year == 2026).Select(g => g.Award).Max()}"; // clean: the 2026 grant is the EU's alone
        yield return $"{LabCatalogue.Grants.MinBy(g => g.Award.Amount)}"; // clean: a number key
        yield return $"{LabCatalogue.Vouchers.Zip(LabCatalogue.Vouchers.Skip(1), (a, b) => a.Face - b.Face).Count()}"; // clean: yuan with yuan
        yield return $"{LabCatalogue.Vouchers.Join(LabCatalogue.Contracts, v => v.Issued.Year, c => c.Year, (v, c) => LabMath.ToDollars(v.Face) + c.Value).Count()}"; // clean: converted to dollars
        yield return $"{(from v in LabCatalogue.Vouchers let usd = LabMath.ToDollars(v.Face) where usd > LabCatalogue.UsCloudCredits select v.City).Count()}"; // clean: converted to dollars
        yield return $"{(from v in LabCatalogue.Vouchers from c in LabCatalogue.Contracts where v.Face.Currency == c.Value.Currency && v.Face > c.Value select v).Count()}"; // clean: the currencies are tested first
        yield return $"{LabCatalogue.Vouchers.Any(v => LabCatalogue.Contracts.Any(c => c.Value > LabCatalogue.UsCloudCredits))}"; // clean: dollars with dollars
        yield return $"{LabCatalogue.Vouchers.Any(v => LabCatalogue.Contracts.Any(c => c.Value > v.Face))}"; // expect: AIR0001
        yield return $"{SpanPair()}";
        var rate = LabCatalogue.JapanSubsidy.Amount / LabCatalogue.EuFactoryGrant.Amount;
        yield return $"{Math.Round(rate * 100m, 2)}"; // clean: a rate, not money
        var toUsd = new Dictionary<string, decimal> { ["USD"] = 1m, ["EUR"] = 1.08m, ["GBP"] = 1.27m };
        yield return $"{LabCatalogue.OverseasLegs.Select(m => m.Amount * toUsd[m.Currency.Code]).Sum()}"; // clean: converted by a rate chosen by currency
        yield return $"{LabCatalogue.OverseasLegs.Aggregate(0m, (acc, m) => acc + m.Amount * toUsd[m.Currency.Code])}"; // clean: converted by a rate chosen by currency
        var inPlace = (decimal)cutoff.ToOADate();
        inPlace += 1m;
        yield return $"{Money.Usd(inPlace)}"; // expect: AIR0002
        var exact = 0.1m;
        if (log.Count > 3) exact = (decimal)cutoff.ToOADate();
        yield return $"{Money.Usd(exact)}"; // clean: one write is an exact decimal
        var planned = 150m;
        if (log.Count > 3) planned = 50m;
        yield return $"{Share.FromPercent(planned)}"; // clean: the local is written twice
        yield return $"{Share.FromPercent(0m)} {Share.FromFraction(0m)}"; // clean: zero is on both scales
        yield return $"{Money.Billions(999_999m, Currency.USD)} {Money.Trillions(999m, Currency.USD)}"; // clean: just under a quadrillion
        yield return $"{Money.Millions(50_000_000m, Currency.KRW)}"; // clean: 50 trillion won in millions
        yield return $"{Money.Billions(10_000m, Currency.JPY)} {Money.Thousands(600_000_000_000m, Currency.CNY)}"; // clean: ten trillion yen; thousands are not checked
        yield return $"{Currency.FromCode("XAU")} {Money.Of(5m, LabCodes.Home)}"; // clean: active codes
        yield return $"{LabCatalogue.EuFactoryGrant.ConvertTo(Currency.USD, LabCatalogue.Stated, ReferenceRates.FederalReserveH10, RateLookup.ExactDate).Result}"; // clean: a stated date
        yield return $"{ConvertAudited(LabCatalogue.UkAirr, LabCatalogue.Stated, RateLookup.ExactDate, DateTime.UtcNow, cutoff)}"; // clean: the request time is only compared
        yield return $"{new LabCityOffer().Drawn + LabCatalogue.HangzhouPool}"; // clean: a sealed override, yuan
        yield return $"{new LabCityOffer().Drawn > LabCatalogue.StargateTranche}"; // expect: AIR0001
        LabOfferBase offer = log.Count > 0 ? new LabCityOffer() : new LabPartnerOffer();
        yield return $"{offer.Drawn > LabCatalogue.StargateTranche}"; // clean: through the base, unknown
        var latestShare = Share.FromPercent(40m);
        yield return $"{latestShare.Percent - PercentagePoints.Of(2m).Value}"; // clean: a percent minus points, one scale
        yield return $"{(Share.FromPercent(40m) - Share.FromPercent(30m)).Value + PercentagePoints.Of(2m).Value}"; // clean: points with points
    }

    private static Money SpanPair()
    {
        Span<Money> pair = [Money.Cny(1m), LabCatalogue.HangzhouPool];
        return pair[0] + pair[1]; // clean: yuan with yuan
    }

    private static Money ConvertAudited(Money m, DateOnly valueDate, RateLookup lookup, DateTime requestedAt, DateTime cutoff)
    {
        if (requestedAt > cutoff) return m;
        return m.ConvertTo(Currency.USD, valueDate, ReferenceRates.FederalReserveH10, lookup).Result;
    }
}

/// <summary>Checks of the counters and targets the board asked for.</summary>
public static class LabBoardChecks
{
    public static IEnumerable<string> Counters()
    {
        yield return $"{LabCatalogue.Grants.Sum(g => g.Award.Amount > 0m ? 1 : 0)}"; // clean: a count of positive awards
        yield return $"{LabCatalogue.Grants.Sum(g => Math.Sign(g.Award.Amount))}"; // clean: a tally of signs
        yield return $"{Math.Round(LabCatalogue.Grants.Count(g => g.Award.Amount > 0m) / 3m, 2)}"; // clean: a count, not money
        yield return $"{Money.TryParse("usd 5", out _)}"; // expect: AIR0003
        yield return $"{LabTargets.SelfSufficiency2030 > LabTargets.SelfSufficiency2025}"; // clean: shares compared
    }

    public static Target Ordered() => new(id: "lab-t1", metricId: "chip-share", subjectId: "CN", baseline: null, goal: MetricValue.Of(LabTargets.SelfSufficiency2030), goalYear: 2030, baselineYear: 2025, kind: TargetKind.OfficialTarget, byId: null, programmeId: null, sources: []); // clean: named out of order, 2025 to 2030

    public static Target Reversed() => new(id: "lab-t2", metricId: "chip-share", subjectId: "CN", baseline: null, goal: MetricValue.Of(LabTargets.SelfSufficiency2030), goalYear: 2027, baselineYear: 2029, kind: TargetKind.Pledge, byId: null, programmeId: null, sources: []); // expect: AIR0012

    public static Target ToPlan() => new("lab-t3", "chip-share", "CN", null, baselineYear: 2025, MetricValue.Of(LabTargets.SelfSufficiency2030), goalYear: LabTargets.PlanYear, TargetKind.OfficialTarget, null, null, []); // clean: a constant plan year after 2025
}

/// <summary>A city's desk; every city desk is opened with a yuan cap.</summary>
public sealed class LabCityDesk(string city, Money cap)
{
    public string City => city;

    public bool Above(Money other) => cap > other; // clean: the parameter is unknown inside
}

/// <summary>Folds the team wrote for lists of money.</summary>
public static class LabFolds
{
    public static Money Fold(this IEnumerable<Money> items, Money seed)
    {
        var total = seed;
        foreach (var x in items) total += x; // clean: unknown inside
        return total;
    }

    public static Money FoldOrConvert(this IEnumerable<Money> items, Money seed)
    {
        var total = seed;
        try
        {
            foreach (var x in items) total += x;
        }
        catch (CurrencyMismatchException)
        {
            total = seed;
            foreach (var x in items) total += x.ConvertTo(seed.Currency, LabCatalogue.Stated, ReferenceRates.FederalReserveH10, RateLookup.ExactDate).Result;
        }

        return total;
    }

    public static Money FoldConverted(this IEnumerable<Money> items, Money seed)
    {
        var total = seed;
        foreach (var x in items) total += x.ConvertTo(seed.Currency, LabCatalogue.Stated, ReferenceRates.FederalReserveH10, RateLookup.ExactDate).Result;
        return total;
    }

    public static Money FoldSame(this IEnumerable<Money> items, Money seed)
    {
        var total = seed;
        foreach (var x in items.Where(x => x.Currency == seed.Currency)) total += x;
        return total;
    }

    public static IEnumerable<string> Checks(IEnumerable<decimal> dollars, IEnumerable<decimal> pounds, IEnumerable<decimal> euros)
    {
        yield return $"{LabCatalogue.CityVouchers.Fold(Money.Zero(Currency.CNY))}"; // clean: yuan into a yuan seed
        yield return $"{LabCatalogue.OverseasLegs.Fold(Money.Zero(Currency.USD))}"; // expect: AIR0001
        yield return $"{LabCatalogue.OverseasLegs.FoldOrConvert(Money.Zero(Currency.USD))}"; // clean: the fold handles the mismatch
        yield return $"{LabCatalogue.OverseasLegs.FoldConverted(Money.Zero(Currency.USD))}"; // clean: each element converted
        yield return $"{LabCatalogue.OverseasLegs.FoldSame(Money.Zero(Currency.USD))}"; // clean: filtered to the seed's currency
        var shanghaiDesk = new LabCityDesk("Shanghai", LabCatalogue.ShanghaiPool);
        var hangzhouDesk = new LabCityDesk("Hangzhou", Money.Cny(600_000_000m));
        yield return $"{shanghaiDesk.Above(LabCatalogue.HangzhouPool)} {hangzhouDesk.City}"; // clean: yuan with yuan
        Func<Money, Money, Money> add = (a, b) => a + b;
        yield return $"{add(Money.Cny(1m), LabCatalogue.HangzhouPool)}"; // clean: yuan with yuan
        yield return $"{add(Money.Cny(1m), LabCatalogue.UsCloudCredits)}"; // expect: AIR0001

        var west = new List<Money>();
        foreach (var d in dollars) west.Add(Money.Usd(d));
        foreach (var p in pounds) west.Add(Money.Gbp(p));
        foreach (var e in euros) west.Add(Money.Eur(e));
        var helperRemoved = new List<Money>(west);
        helperRemoved.RemoveAll(m => LabMath.SameCurrency(m, LabCatalogue.UkAirr));
        helperRemoved.RemoveAll(m => LabMath.SameCurrency(m, LabCatalogue.EuFactoryGrant));
        yield return $"{helperRemoved.Sum(Currency.USD)}"; // clean: pounds and euros removed by a helper
        west.RemoveAll(m => m.Currency == Currency.GBP);
        west.RemoveAll(m => m.Currency == Currency.EUR);
        yield return $"{west.Sum(Currency.USD)} {west.Max()}"; // clean: pounds and euros removed, dollars left
        var notDollars = new List<Money> { LabCatalogue.UkAirr, LabCatalogue.StargateTranche };
        notDollars.RemoveAll(m => !(m.Currency == Currency.USD));
        yield return $"{notDollars.Sum(Currency.USD)} {notDollars.Max()}"; // clean: only dollars left
        var poundsGone = new List<Money> { LabCatalogue.UkAirr, LabCatalogue.StargateTranche };
        poundsGone.RemoveAll(m => m.Currency.Equals(Currency.GBP));
        yield return $"{poundsGone.Max()} {poundsGone.Sum(Currency.USD)}"; // clean: the pounds are removed
        yield return $"{poundsGone.Sum(Currency.EUR)}"; // expect: AIR0001
        var removedInLoop = new List<Money> { LabCatalogue.UkAirr, LabCatalogue.StargateTranche, LabCatalogue.UsCloudCredits };
        foreach (var m in removedInLoop.ToList())
        {
            if (m.Currency != Currency.USD) removedInLoop.Remove(m);
        }

        yield return $"{removedInLoop.Sum(Currency.USD)}"; // clean: everything else was removed

        var mixed = new List<Money> { LabCatalogue.ShanghaiPool, LabCatalogue.UsCloudCredits, LabCatalogue.EuFactoryGrant };
        foreach (var g in mixed.GroupBy(m => m.Currency.Code))
        {
            yield return $"{(g.Key == "USD" ? g.Sum(Currency.USD) : g.Sum(Currency.FromCode(g.Key)))}"; // clean: a code-keyed group tested on its key
        }

        var lists = mixed.GroupBy(m => m.Currency).ToDictionary(g => g.Key, g => g.ToList());
        yield return $"{lists[Currency.USD].Sum(Currency.USD)}"; // clean: the dollar group's list
        var dollarsTotal = Money.Zero(Currency.USD);
        foreach (var g in mixed.GroupBy(m => m.Currency))
        {
            if (g.Key == Currency.USD)
            {
                dollarsTotal += g.Sum(Currency.USD); // clean: inside an if on the group's key
            }
        }

        yield return $"{dollarsTotal}";
        yield return $"{string.Join(",", mixed.GroupBy(m => m.Currency).Where(g => g.Key == Currency.USD).Select(g => g.Sum(Currency.USD)))}"; // clean: only the dollar group is kept
        yield return $"{string.Join(",", mixed.GroupBy(m => m.Currency).Select(g => g.Key == Currency.USD ? g.Sum(Currency.USD) : g.Sum(g.Key)).Where(t => t.Amount > 1_000_000m))}"; // clean: the group's key tested
    }
}

/// <summary>Per-currency splits and the last round of rule checks.</summary>
public static class LabSplits
{
    public static IEnumerable<string> Split(double gpuRate)
    {
        var mixed = new List<Money> { LabCatalogue.ShanghaiPool, LabCatalogue.UsCloudCredits, LabCatalogue.HangzhouPool };
        var yuan = new List<Money>();
        var dollars = new List<Money>();
        foreach (var m in mixed)
        {
            if (m.Currency == Currency.CNY)
            {
                yuan.Add(m);
                continue;
            }

            if (m.Currency == Currency.USD) dollars.Add(m);
        }

        yield return $"{yuan.Max()} {yuan.Sum(Currency.CNY)}"; // clean: only yuan was added
        yield return $"{dollars.Max()} {dollars.Sum(Currency.USD)}"; // clean: only dollars were added
        var yuanOnly = mixed.Where(m => m.Currency == Currency.CNY).ToList();
        yield return $"{yuanOnly.Max()}"; // clean: filtered by currency
        yield return $"{mixed.Select(m => LabMath.ToDollars(m)).Max()}"; // clean: all converted to dollars
        yield return $"{mixed.Select(m => m.ConvertTo(Currency.EUR, LabCatalogue.Stated, ReferenceRates.FederalReserveH10, RateLookup.ExactDate).Result).Sum(Currency.EUR)}"; // clean: all converted to euros
        yield return $"{mixed.Select(m => m * 2m).Where(m => m.Currency == Currency.USD).Sum(Currency.USD)}"; // clean: filtered by currency
        var (home, partner) = (LabCatalogue.ShanghaiPool, LabCatalogue.StargateTranche);
        yield return $"{home + LabCatalogue.HangzhouPool} {partner + LabCatalogue.UsCloudCredits}"; // clean: yuan with yuan, dollars with dollars
        yield return $"{home + partner}"; // expect: AIR0001
        var grant = LabCatalogue.EuFactoryGrant;
        yield return $"{Math.Round(grant.Amount, MidpointRounding.ToEven)}"; // clean: mode stated
        yield return $"{Math.Round(grant.Amount * 100m) / 100m}"; // expect: AIR0009
        yield return $"{decimal.Round(decimals: 2, d: grant.Amount)}"; // expect: AIR0009
        yield return $"{Math.Round(grant.Amount / LabCatalogue.Grants.Count, 2)}"; // expect: AIR0009
        yield return $"{grant.Amount == LabCatalogue.UkAirr.Amount}"; // expect: AIR0004
        yield return $"{LabTargets.CloudShareOfBudget.Fraction - 0.05m}"; // clean: one share and a number
        yield return $"{Money.Usd(decimal.CreateChecked(gpuRate))}"; // expect: AIR0002
        yield return $"{Money.Usd((decimal)1.5f)}"; // expect: AIR0002
        yield return $"{Money.Usd((decimal)Math.Round(gpuRate, 0))}"; // clean: a whole number
        yield return $"{Money.Usd((decimal)Math.Floor(gpuRate * 100))}"; // expect: AIR0002
        yield return $"{Money.Millions(1_000_000m, Currency.USD)}"; // expect: AIR0011
        yield return $"{Money.Millions(999_999m, Currency.USD)}"; // clean: just under a trillion dollars, in millions
        yield return $"{Share.FromFraction(100.5m)}"; // expect: AIR0013
        yield return $"{Share.FromFraction(1.5m)}"; // expect: AIR0005
        yield return $"{Share.FromPercent(100.0m)}"; // clean: the whole
        yield return $"{Currency.FromCode(LabCodes.Partner)}"; // clean: an active code
        var asOf = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1);
        yield return $"{grant.ConvertTo(Currency.USD, asOf, ReferenceRates.FederalReserveH10, RateLookup.MostRecentWithin(5)).Result}"; // expect: AIR0008
    }
}

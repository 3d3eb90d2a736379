using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using AiRace.Core;
using AiRace.Core.Policy;

namespace Sovereign.Desk;

/// <summary>A line of the brief: a label and the figure printed next to it.</summary>
public readonly record struct BriefLine(string Label, Money Figure);

/// <summary>The weekly sovereign AI brief: the comparisons across blocs the desk prints.</summary>
public sealed class SovereignBrief
{
    private static readonly Func<Money, Money, Money> Headroom = (cap, drawn) => cap - drawn;
    private static readonly Func<Money, bool> IsLarge = m => m.Amount > 1_000_000_000m; // clean: one amount against a plain number
    private static readonly Func<Money, Money> WithMargin = m => m * 1.05m;

    private readonly IndiaLedger _india;
    private readonly ChinaLedger _china;
    private readonly AsiaLedger _asia;
    private readonly EuropeLedger _europe;
    private readonly List<string> _audit = new();
    private readonly List<BriefLine> _lines = new();

    public SovereignBrief(IndiaLedger india, ChinaLedger china, AsiaLedger asia, EuropeLedger europe)
    {
        _india = india;
        _china = china;
        _asia = asia;
        _europe = europe;
    }

    public IEnumerable<string> GulfSection(CommitmentRow row, decimal parsedDirham, string sheetText, bool saudi)
    {
        var (us, gulf) = SovereignCatalogue.StargateSplit(400m, 100m);
        var stargateTotal = us + gulf; // expect: AIR0001
        yield return $"Stargate with MGX: {stargateTotal}";

        var usOnly = us + SovereignCatalogue.Flagship[Bloc.UnitedStates]; // clean: dollars and dollars, across files
        yield return $"US side: {usOnly}";

        if (GulfBook.PifCommitted > GulfBook.MgxCommitted) // expect: AIR0001
        {
            yield return "PIF ahead of MGX";
        }

        row.Commitment = Money.Of(parsedDirham, Codes.Dirham); // expect: AIR0001
        row.Commitment = Money.Parse(sheetText); // clean: unknown currency, accepted by the annotation
        if (row.Commitment > Money.Of(1_000_000m, Codes.Dirham)) yield return row.Fund; // expect: AIR0001
        if (row.Commitment > GulfBook.PifCommitted) yield return $"{row.Fund} above PIF"; // clean: riyal (trusted) against riyal

        if (GulfBook.TryCap(Bloc.Gulf, out var cap) && cap > GulfBook.PifCommitted) yield return "cap above PIF"; // expect: AIR0001
        if (GulfBook.TryCap(Bloc.Gulf, out var mgxCap) && mgxCap > GulfBook.MgxCommitted) yield return "cap above MGX"; // clean: dirham against dirham

        var pif = new GulfFund("PIF", Money.Of(40_000_000_000m, Codes.Riyal));
        var topped = pif.Topped(1_000_000_000m);
        if (topped.Pledged > Money.Of(5_000_000_000m, Codes.Dirham)) yield return "topped above the MGX line"; // expect: AIR0001
        if (topped.Pledged > pif.Pledged) yield return "topped up"; // clean: riyal against riyal

        var firstLeg = SovereignCatalogue.GulfLegs(saudi).Max(); // clean: a Saudi run yields riyal, an Emirati run dirham, never both
        yield return $"first leg {firstLeg}";

        var spot = GulfBook.SpotAbove(Money.Usd(1m)); // clean: the helper tests both currencies, and the spot is unknown anyway
        var bigger = GulfBook.Larger(GulfBook.PifCommitted, GulfBook.MgxCommitted); // clean: the helper tests the currencies first
        yield return $"{spot} {bigger}";

        var riyalPerDirham = Money.Of(1_000m, Codes.Riyal).Amount / Money.Of(979m, Codes.Dirham).Amount; // clean: a rate between two known currencies
        yield return riyalPerDirham.ToString("0.0000", CultureInfo.InvariantCulture);

        switch (row.Commitment.Currency.Code)
        {
            case Codes.Dirham:
                yield return $"{row.Commitment + Money.Of(1m, Codes.Dirham)}"; // clean: a case on the currency
                break;
            default:
                yield return $"{row.Commitment}";
                break;
        }
    }

    public async Task<IReadOnlyList<string>> AsiaSectionAsync(CancellationToken ct)
    {
        var notes = new List<string>();

        _india.Record(Money.Millions(2_000m, Currency.INR)); // clean: rupees, as annotated
        _india.Record(Money.Usd(1_250_000_000m)); // expect: AIR0001

        var bigFund = await _china.LoadBigFundAsync(ct).ConfigureAwait(false);
        if (bigFund > SovereignCatalogue.Flagship[Bloc.UnitedStates]) notes.Add("Big Fund above Stargate"); // expect: AIR0001
        if (bigFund > SovereignCatalogue.Flagship[Bloc.China]) notes.Add("Big Fund above plan"); // clean: yuan against yuan

        var seed = await SovereignMath.SeedAsync(10m);
        var seeded = seed + SovereignCatalogue.TierFloor(Tier.Seed); // clean: yuan and yuan through a task and a switch
        if (SovereignCatalogue.TierFloor(Tier.Growth) < Money.Usd(50_000_000m)) notes.Add("growth floor small"); // expect: AIR0001
        notes.Add(seeded.ToString());

        var gaps = from cn in SovereignCatalogue.ChinaByYear
                   join us in SovereignCatalogue.StargateByYear on cn.Year equals us.Year
                   select cn.Amount - us.Amount; // expect: AIR0001
        notes.AddRange(gaps.Select(g => g.ToString()));

        var bigYears = from t in SovereignCatalogue.IndiaAiPlan
                       where t.Amount > Money.Billions(1m, Currency.USD) // expect: AIR0001
                       select t.Year;
        notes.AddRange(bigYears.Select(y => y.ToString(CultureInfo.InvariantCulture)));

        var planYears = from t in SovereignCatalogue.IndiaAiPlan
                        where t.Amount > Money.Millions(30_000m, Currency.INR) // clean: rupees against rupees
                        select t.Year;
        notes.AddRange(planYears.Select(y => y.ToString(CultureInfo.InvariantCulture)));

        var (low, high) = SovereignCatalogue.IndiaRange();
        notes.Add($"{high - low}"); // clean: both ends in rupees

        var koreaInYen = SovereignCatalogue.KoreaGrants.Sum(Currency.JPY); // expect: AIR0001
        var koreaInWon = SovereignCatalogue.KoreaGrants.Sum(Currency.KRW); // clean: won summed in won
        notes.Add($"{koreaInYen} {koreaInWon}");

        var biggerAsian = SovereignMath.Larger(SovereignCatalogue.Flagship[Bloc.Korea], SovereignCatalogue.Flagship[Bloc.Japan]); // expect: AIR0001
        var biggerKorean = SovereignMath.Larger(SovereignCatalogue.KoreaGrants[0], SovereignCatalogue.KoreaGrants[1]); // clean: won and won
        notes.Add($"{biggerAsian} {biggerKorean}");

        var yenInWon = SovereignCatalogue.YenTranches().Sum(Currency.KRW); // expect: AIR0001
        var yenInYen = SovereignCatalogue.YenTranches().Sum(Currency.JPY); // clean: yen summed in yen
        notes.Add($"{yenInWon} {yenInYen}");

        var checkedYen = SovereignMath.Required(SovereignCatalogue.Flagship[Bloc.Japan]);
        if (checkedYen > SovereignCatalogue.EuroGigafactories.Value) notes.Add("Japan above the gigafactories"); // expect: AIR0001
        if (checkedYen > SovereignCatalogue.TokyoVoucherCap) notes.Add("Japan above Tokyo"); // clean: yen against yen

        var national = SovereignCatalogue.Flagship[Bloc.Korea];
        var reserve = SovereignMath.WithReserve(national);
        if (reserve > SovereignCatalogue.KoreaSemis) notes.Add("reserve above semis"); // clean: won kept through a helper that scales its argument
        if (SovereignMath.WithReserve(SovereignCatalogue.KoreaSemis) > SovereignCatalogue.Flagship[Bloc.Japan]) notes.Add("semis"); // expect: AIR0001

        return notes;
    }

    public IEnumerable<BriefLine> EuropeSection(DateOnly asOf)
    {
        var euroSum = SovereignMath.SumAll(Money.Zero(Currency.EUR), [SovereignCatalogue.Flagship[Bloc.Europe], SovereignCatalogue.Flagship[Bloc.Japan]]); // expect: AIR0001
        var euroOnly = SovereignMath.SumAll(Money.Zero(Currency.EUR), [SovereignCatalogue.Flagship[Bloc.Europe], SovereignCatalogue.EuroGigafactories.Value]); // clean: euros alone
        yield return new BriefLine("EU sum", euroSum);
        yield return new BriefLine("EU only", euroOnly);

        var headroom = Headroom(SovereignCatalogue.Flagship[Bloc.Europe], SovereignCatalogue.Flagship[Bloc.UnitedStates]); // expect: AIR0001
        var euroHeadroom = Headroom(SovereignCatalogue.Flagship[Bloc.Europe], SovereignCatalogue.EuroGigafactories.Value); // clean: euros and euros
        yield return new BriefLine("headroom", headroom);
        yield return new BriefLine("EU headroom", euroHeadroom);

        if (SovereignCatalogue.EuroGigafactories.Value > SovereignCatalogue.Flagship[Bloc.UnitedStates]) // expect: AIR0001
        {
            yield return new BriefLine("gigafactories above Stargate", SovereignCatalogue.EuroGigafactories.Value);
        }

        var dollars = SovereignCatalogue.EuroGigafactories.Value.ConvertTo(Currency.USD, asOf, ReferenceRates.FederalReserveH10, RateLookup.AnnualAverage).Result;
        if (dollars > SovereignCatalogue.Flagship[Bloc.UnitedStates]) // clean: converted to dollars at a stated date first
        {
            yield return new BriefLine("converted", dollars);
        }

        yield return new BriefLine("margin", WithMargin(_europe.RightSeed()) + SovereignCatalogue.Flagship[Bloc.Europe]); // clean: euros through a lambda that scales
    }

    public bool GulfAgainstStargate()
    {
        var mgx = GulfBook.MgxCommitted;
        var stargate = SovereignCatalogue.Flagship[Bloc.UnitedStates];
        var naive = SovereignMath.Outweighs(mgx, stargate); // expect: AIR0001
        var careful = SovereignMath.OutweighsChecked(mgx, stargate); // clean: the helper reads both currencies
        var summed = SovereignMath.Add(stargate, Money.Usd(1m)); // clean: dollars and dollars
        return naive || careful || IsLarge(summed);
    }

    public IReadOnlyList<string> Ranking()
    {
        var ranked = SovereignCatalogue.Programmes.OrderBy(p => p.Budget).Select(p => p.Id).ToList(); // expect: AIR0001
        var biggest = SovereignCatalogue.Programmes.MaxBy(p => p.Budget); // expect: AIR0001
        var indiaBiggest = SovereignCatalogue.Programmes.Where(p => p.Bloc == Bloc.India).MaxBy(p => p.Budget); // clean: India's one programme, in rupees
        var byCurrency = SovereignCatalogue.Programmes.OrderBy(p => p.Budget.Currency).ThenBy(p => p.Budget).Select(p => p.Id); // clean: ThenBy after a currency key
        var perCurrency = SovereignCatalogue.Programmes.GroupBy(p => p.Budget.Currency).Select(g => g.MaxBy(p => p.Budget)!.Id); // clean: one currency per group
        var largestFlagship = SovereignCatalogue.Flagship.Values.Max(); // expect: AIR0001
        var largestEuro = SovereignCatalogue.Flagship.Where(kv => kv.Value.Currency == Currency.EUR).Select(kv => kv.Value).Max(); // clean: filtered by currency
        var latest = SovereignCatalogue.Programmes.OrderBy(p => p.StartYear).Select(p => p.Id).Last(); // clean: ordered by year
        return [.. ranked, biggest?.Id ?? "", indiaBiggest?.Id ?? "", .. byCurrency, .. perCurrency, $"{largestFlagship} {largestEuro}", latest];
    }

    public void SortCaps()
    {
        var caps = new List<Money> { SovereignCatalogue.Flagship[Bloc.Gulf], GulfBook.MgxCommitted };
        caps.Sort(); // expect: AIR0001
        var riyalCaps = new List<Money> { SovereignCatalogue.Flagship[Bloc.Gulf], GulfBook.PifCommitted };
        riyalCaps.Sort(); // clean: riyal alone
        var mixed = new List<Money> { SovereignCatalogue.Flagship[Bloc.Gulf], GulfBook.MgxCommitted };
        mixed.Sort(new ByCurrencyThenAmount()); // clean: a comparer of the code may order by currency first
        _lines.AddRange(caps.Concat(riyalCaps).Concat(mixed).Select(m => new BriefLine("cap", m)));
    }

    public string Numbers(Money given, Share now, Share then, PercentagePoints pp, double estimateBillions, double perShare)
    {
        var sb = new StringBuilder();

        var stargateBn = Money.Billions((decimal)estimateBillions, Currency.USD); // expect: AIR0002
        var mgxShare = Money.Of((decimal)Math.Floor(perShare * 100) / 100m, Codes.Dirham); // expect: AIR0002
        var fee = SovereignCatalogue.Flagship[Bloc.China] * (decimal)0.015; // expect: AIR0002
        var rounded = Money.Millions((long)Math.Round(estimateBillions * 1_000), Currency.KRW); // clean: a whole number first
        var figure = (decimal)estimateBillions;
        if (figure < 0m) figure = 0m;
        var fallback = Money.Billions(figure, Currency.USD); // clean: the local is also written with an exact decimal
        double ratio = 0.5 * Math.PI; // clean: a double that never becomes money
        sb.Append($"{stargateBn} {mgxShare} {fee} {rounded} {fallback} {ratio}");

        var gulfCode = Currency.FromCode(SovereignCatalogue.Programmes.Length > 3 ? "SAR" : "AED"); // clean: both arms are active codes
        var wrongCode = Money.Of(1m, "riyal"); // expect: AIR0003
        var parsed = Money.Parse("RMB 3,440,000,000"); // expect: AIR0003
        var parsedRight = Money.Parse("CNY 3,440,000,000"); // clean: an active code
        sb.Append($"{gulfCode} {wrongCode} {parsed} {parsedRight}");

        var (pifAmount, _) = GulfBook.PifCommitted;
        var (mgxAmount, _) = GulfBook.MgxCommitted;
        decimal gulfGap = pifAmount - mgxAmount; // expect: AIR0004
        var india = SovereignCatalogue.Flagship[Bloc.India];
        decimal indiaShare = given.Amount / india.Amount; // expect: AIR0004
        decimal wonPerYen = SovereignCatalogue.Flagship[Bloc.Korea].Amount / SovereignCatalogue.Flagship[Bloc.Japan].Amount; // clean: a rate between two known currencies
        decimal checkedShare = given / india; // clean: Money's own division checks the currency
        bool positive = india.Amount > 0m; // clean: one amount and a plain number
        sb.Append($"{gulfGap} {indiaShare} {wonPerYen} {checkedShare} {positive}");

        var fractionWritten = Share.FromPercent(0.35m); // expect: AIR0005
        var percentWritten = Share.FromFraction(45m); // expect: AIR0005
        var swapped = Share.FromFraction(now.Percent); // expect: AIR0005
        var whole = Share.FromPercent(1m); // clean: 1 % is plausible
        var right = Share.FromFraction(0.35m); // clean: a fraction
        var dynamicShare = Share.FromPercent(then.Percent); // clean: a percent given as a percent
        sb.Append($"{fractionWritten} {percentWritten} {swapped} {whole} {right} {dynamicShare}");

        decimal rise = now.Percent - then.Percent; // expect: AIR0006
        decimal muddle = now.Fraction + pp.Value; // expect: AIR0006
        PercentagePoints points = now - then; // clean: the points type says what it is
        decimal onOneScale = now.Percent + pp.Value; // clean: percent plus points, one scale
        decimal rest = 100m - now.Percent; // clean: one share and a plain number
        sb.Append($"{rise} {muddle} {points} {onOneScale} {rest}");

        var over = Share.FromPercent(130m); // expect: AIR0013
        var parsedOver = Share.Parse("150%"); // expect: AIR0013
        var top = Share.FromPercent(100m); // clean: the whole
        var speedup = Ratio.Of(1.3m); // clean: a ratio may exceed one
        sb.Append($"{over} {parsedOver} {top} {speedup}");

        return sb.ToString();
    }

    public string Sums()
    {
        var sb = new StringBuilder();
        decimal indiaTotal = SovereignCatalogue.IndiaAiPlan.Sum(t => t.Amount.Amount); // expect: AIR0007
        decimal allBudgets = (from p in SovereignCatalogue.Programmes select p.Budget.Amount).Sum(); // expect: AIR0007
        var indiaChecked = SovereignCatalogue.IndiaAiPlan.Sum(t => t.Amount, Currency.INR); // clean: the currency-stating sum
        decimal largest = SovereignCatalogue.Programmes.Max(p => p.Budget.Amount); // clean: a maximum, not a sum
        int negatives = SovereignCatalogue.Programmes.Aggregate(0, (n, p) => p.Budget.Amount < 0m ? n + 1 : n); // clean: a count
        sb.Append($"{indiaTotal} {allBudgets} {indiaChecked} {largest} {negatives}");

        var koreaBn = Math.Round(SovereignCatalogue.Flagship[Bloc.Korea].Amount / 1_000_000_000_000m, 1); // expect: AIR0009
        var koreaStated = Math.Round(SovereignCatalogue.Flagship[Bloc.Korea].Amount / 1_000_000_000_000m, 1, MidpointRounding.AwayFromZero); // clean: a mode is stated
        var yenPerEuro = Math.Round(SovereignCatalogue.Flagship[Bloc.Japan].Amount / SovereignCatalogue.Flagship[Bloc.Europe].Amount, 4); // clean: a rate, not money
        var ratePlain = Math.Round(1.23456m, 2); // clean: not a money amount
        sb.Append($"{koreaBn} {koreaStated} {yenPerEuro} {ratePlain}");
        return sb.ToString();
    }

    public Money ConvertForPrint(Money figure)
    {
        var today = DateOnly.FromDateTime(DateTime.Today);
        var atToday = figure.ConvertTo(Currency.USD, today, ReferenceRates.FederalReserveH10, RateLookup.MostRecentWithin(7)).Result; // expect: AIR0008
        var viaHelper = SovereignMath.ToDollars(figure, DateOnly.FromDateTime(DateTime.UtcNow), RateLookup.ExactDate, DateTime.UtcNow, _audit); // expect: AIR0008
        var stated = SovereignMath.ToDollars(figure, Codes.Stated, RateLookup.ExactDate, DateTime.UtcNow, _audit); // clean: requestedAt is only logged
        _audit.Add($"printed {DateTime.UtcNow:O}"); // clean: a log time stamp
        return atToday + viaHelper + stated; // clean: all three converted to dollars
    }

    public IReadOnlyList<Target> Targets(int reviewYear)
    {
        var wrong = new Target("t-gulf-compute", "compute-share", "SA", MetricValue.Of(Share.FromPercent(12m)), 2030,
            MetricValue.Of(Share.FromPercent(40m)), 2026, TargetKind.OfficialTarget, null, null, []); // expect: AIR0012
        var right = new Target("t-india-gpu", "gpu-share", "IN", MetricValue.Of(Share.FromPercent(5m)), baselineYear: 2024,
            MetricValue.Of(Share.FromPercent(25m)), goalYear: 2030, TargetKind.OfficialTarget, null, null, []); // clean: the goal follows the baseline
        var reviewed = new Target("t-korea-ai", "ai-share", "KR", null, baselineYear: reviewYear,
            MetricValue.Of(Share.FromPercent(30m)), goalYear: 2027, TargetKind.Pledge, null, null, []); // clean: the baseline is not a constant
        return [wrong, right, reviewed];
    }

    public async Task<List<string>> ProbesAsync(KoreaBook korea, IRupeeSink sink, bool saudi)
    {
        var notes = new List<string>();

        var pledges = DeskHelpers.Pledges();
        if (DeskHelpers.Pledges()[Bloc.Gulf] > DeskHelpers.Pledges()[Bloc.Korea]) notes.Add("Gulf pledge larger"); // expect: AIR0001
        notes.Add($"{pledges[Bloc.Gulf] + Money.Of(1m, Codes.Riyal)}"); // clean: the Gulf key holds riyal
        notes.Add($"{pledges.GetValueOrDefault(Bloc.Europe, Money.Zero(Currency.EUR)) + SovereignCatalogue.Flagship[Bloc.Europe]}"); // clean: euros under that key and as the fallback

        var yenPot = new Pot(Bloc.Japan, SovereignCatalogue.TokyoVoucherCap);
        var euroPot = new Pot(Bloc.Europe, SovereignCatalogue.EuroGigafactories.Value);
        if (yenPot.Held > euroPot.Held) notes.Add("Tokyo pot larger"); // expect: AIR0001
        if (yenPot.Held > SovereignCatalogue.Flagship[Bloc.Japan]) notes.Add("pot above plan"); // clean: yen against yen, whatever other pots hold

        var big = new BigFund();
        if (big.Drawn > Money.Usd(5_000_000_000m)) notes.Add("Big Fund drawn"); // expect: AIR0001
        StateFund[] funds = [new BigFund(), new CityFund(Money.Millions(500m, Currency.CNY))];
        notes.Add($"{funds.Sum(f => f.Drawn, Currency.CNY)}"); // clean: every fund draws yuan

        if (korea[2025] > Money.Millions(1_000_000m, Currency.JPY)) notes.Add("Korea above a trillion yen"); // expect: AIR0001
        if (korea[2025] > korea[2024]) notes.Add("Korea grows"); // clean: won against won

        sink.Take(Money.Eur(1_000m)); // expect: AIR0001
        sink.Take(Money.Millions(100m, Currency.INR)); // clean: rupees, as declared

        foreach (var (bloc, gulfCap) in DeskHelpers.GulfCaps())
        {
            if (gulfCap > Money.Usd(1_000_000_000m)) notes.Add(bloc.ToString()); // expect: AIR0001
        }

        var vouchers = await DeskHelpers.CityVouchersAsync();
        notes.Add($"{vouchers.Sum(Currency.CNY)}"); // clean: yuan summed in yuan
        notes.Add($"{vouchers.Sum(Currency.USD)}"); // expect: AIR0001

        var national = SovereignCatalogue.Flagship[Bloc.China];
        Func<Money, Money> withNational = m => m + national;
        notes.Add($"{withNational(SovereignCatalogue.TierFloor(Tier.Flagship))}"); // clean: yuan with yuan
        notes.Add($"{withNational(SovereignCatalogue.Flagship[Bloc.Europe])}"); // expect: AIR0001

        var mixedTotal = DeskHelpers.TotalOf(Money.Zero(Currency.CNY), national, SovereignCatalogue.Flagship[Bloc.UnitedStates]); // expect: AIR0001
        var yuanTotal = DeskHelpers.TotalOf(Money.Zero(Currency.CNY), national, SovereignCatalogue.TierFloor(Tier.Seed)); // clean: yuan alone
        notes.Add($"{mixedTotal} {yuanTotal}");

        var chinaCap = SovereignCatalogue.Flagship[Bloc.China];
        var usCap = SovereignCatalogue.Flagship[Bloc.UnitedStates];
        if (DeskHelpers.Exceeds(in chinaCap, in usCap)) notes.Add("China exceeds"); // expect: AIR0001
        var floor = SovereignCatalogue.TierFloor(Tier.Growth);
        if (DeskHelpers.Exceeds(in floor, in chinaCap)) notes.Add("floor exceeds"); // clean: yuan and yuan

        foreach (var (cn, us) in SovereignCatalogue.ChinaByYear.Select(t => t.Amount).Zip(SovereignCatalogue.StargateByYear.Select(t => t.Amount)))
        {
            if (cn > us) notes.Add("China ahead"); // expect: AIR0001
        }

        var halves = from t in SovereignCatalogue.ChinaByYear
                     let half = t.Amount / 2m
                     where half > Money.Billions(10m, Currency.EUR) // expect: AIR0001
                     select t.Year;
        notes.AddRange(halves.Select(y => y.ToString(CultureInfo.InvariantCulture)));

        var batches = SovereignCatalogue.KoreaGrants.Chunk(2).Select(batch => batch.Sum(Currency.USD)); // expect: AIR0001
        var wonBatches = SovereignCatalogue.KoreaGrants.Chunk(2).Select(batch => batch.Max()); // clean: won alone in each batch
        notes.AddRange(batches.Concat(wonBatches).Select(m => m.ToString()));

        var byPhase = SovereignCatalogue.IndiaAiPlan.GroupBy(t => t.Year > 2024).Select(g => g.Sum(t => t.Amount, Currency.USD)); // expect: AIR0001
        notes.AddRange(byPhase.Select(m => m.ToString()));

        var capped = SovereignCatalogue.IndiaAiPlan.Select(t => new { t.Year, Cap = t.Amount }).Where(x => x.Cap > Money.Usd(1m)); // expect: AIR0001
        notes.AddRange(capped.Select(x => x.Year.ToString(CultureInfo.InvariantCulture)));

        if (SovereignCatalogue.YenTranches().ToArray() is [var first, ..] && first > Money.Eur(1m)) notes.Add("first yen"); // expect: AIR0001

        var repeated = Enumerable.Repeat(Money.Cny(1_000_000m), 3).Sum(Currency.USD); // expect: AIR0001
        var both = System.Collections.Immutable.ImmutableList<Money>.Empty.Add(SovereignCatalogue.TokyoVoucherCap).Add(SovereignCatalogue.EuroGigafactories.Value).Max(); // expect: AIR0001
        notes.Add($"{repeated} {both}");

        var sorted = SovereignCatalogue.TryFlagship(Bloc.Japan, out var anyFlagship) && anyFlagship.Currency == Currency.JPY && anyFlagship > SovereignCatalogue.TokyoVoucherCap; // clean: the currency test comes first
        var mapped = DeskHelpers.Map(national, m => m * 2m) + national; // clean: generic code, yuan
        var either = DeskHelpers.Either(saudi, 1m, 2m); // clean: one currency per branch
        notes.Add($"{sorted} {mapped} {either}");

        var picks = new List<Money>();
        switch (saudi)
        {
            case true:
                picks.Add(Money.Of(1m, Codes.Riyal));
                break;
            default:
                picks.Add(Money.Of(1m, Codes.Dirham));
                break;
        }

        notes.Add($"{picks.Max()}"); // clean: the sections of one switch, never both
        return notes;
    }

    public List<string> MoreProbes(IEnumerable<decimal> euroQuotes)
    {
        var notes = new List<string>();
        var yen = SovereignCatalogue.TokyoVoucherCap;
        var euros = SovereignCatalogue.EuroGigafactories.Value;

        notes.Add($"{Comparer<Money>.Default.Compare(yen, euros)}"); // expect: AIR0001
        notes.Add($"{EqualityComparer<Money>.Default.Equals(yen, euros)}"); // expect: AIR0001
        notes.Add($"{yen.Equals(euros)}"); // expect: AIR0001
        notes.Add($"{Money.Min(SovereignCatalogue.Flagship[Bloc.Gulf], GulfBook.MgxCommitted)}"); // expect: AIR0001
        notes.Add($"{Money.Min(SovereignCatalogue.Flagship[Bloc.Gulf], GulfBook.PifCommitted)}"); // clean: riyal and riyal

        var mgx = GulfBook.MgxCommitted;
        if (DeskHelpers.IsRiyal(mgx) && mgx > Money.Of(1m, Codes.Riyal)) notes.Add("never"); // clean: guarded by a yes-or-no method about the money
        if (mgx.Currency == Currency.USD && mgx > SovereignCatalogue.Flagship[Bloc.UnitedStates]) notes.Add("never"); // clean: guarded by a currency test

        var draws = new List<Money> { SovereignCatalogue.Flagship[Bloc.China], SovereignCatalogue.Flagship[Bloc.UnitedStates] };
        var split = draws.GroupBy(m => m.Currency == Currency.CNY).Select(g => g.Key ? g.Sum(Currency.CNY) : g.Sum(Currency.USD)); // clean: the groups come from a currency test
        notes.AddRange(split.Select(m => m.ToString()));

        var quotes = new List<Money> { yen, SovereignCatalogue.Flagship[Bloc.Japan] };
        DeskHelpers.Refill(quotes, euroQuotes);
        notes.Add($"{quotes.Sum(Currency.EUR)} {quotes.Max()}"); // clean: refilled with euros after the clear
        notes.Add($"{quotes.Sum(Currency.JPY)}"); // expect: AIR0001

        var deal = SovereignCatalogue.StargateSplit(100m, 10m);
        deal.Partner = Money.Usd(10_000_000_000m);
        notes.Add($"{deal.Domestic + deal.Partner}"); // clean: the partner leg was rewritten in dollars

        if (SovereignCatalogue.IndiaAiPlan[0].Amount > Money.Usd(1_000_000_000m)) notes.Add("first tranche"); // expect: AIR0001
        foreach (var tranche in SovereignCatalogue.IndiaAiPlan)
        {
            if (tranche.Amount > Money.Usd(5_000_000_000m)) notes.Add($"{tranche.Year}"); // expect: AIR0001
        }

        var (year, amount) = SovereignCatalogue.IndiaAiPlan[^1];
        if (amount > Money.Eur(1_000_000_000m)) notes.Add($"{year}"); // expect: AIR0001

        foreach (var line in _lines)
        {
            if (line.Figure.Currency != yen.Currency) continue;
            notes.Add($"{line.Figure + yen}"); // clean: after the currency test, continue
        }

        return notes;
    }

    public static Money FromSheet(decimal costPerSite, int sites) => Money.Usd(costPerSite * sites); // expect: AIR0010

    public static decimal SpotYenPerDollar(decimal yenPerDollar) => yenPerDollar; // clean: a rate, a currency per currency

    public IEnumerable<Money> LinesIn(Currency currency)
    {
        foreach (var line in _lines)
        {
            if (line.Figure.Currency != currency) continue;
            yield return line.Figure;
        }
    }

    public Money LinesTotal(Currency currency) => LinesIn(currency).Sum(currency); // clean: filtered by the same currency, unknown

    public Money Reduced(Money start, IEnumerable<Money> more)
    {
        var acc = start;
        foreach (var m in more)
        {
            acc = acc.Currency == m.Currency ? acc + m : acc; // clean: the currency test guards the sum
        }

        var yuan = Money.Cny(7m);
        yuan = start;
        return yuan + Money.Usd(1m) + acc; // clean: the local was reassigned with an unknown value
    }
}

/// <summary>Checks the figures desk runs on the sheets before they reach the brief.</summary>
public sealed class FigureChecks(TimeProvider clock, IExchangeRateProvider rates)
{
    private const string Withdrawn = "HRK";
    private const int Plan = 2030;

    public List<Money> FromSheets(VoucherRow row, double measured, double ratio, double growth, double refund, double share)
    {
        var result = new List<Money>();
        result.Add(new Money(Convert.ToDecimal(ratio * 1e9), Currency.CNY)); // expect: AIR0002
        result.Add(Money.Of(decimal.CreateChecked(measured), Codes.Riyal)); // expect: AIR0002
        var amount = (decimal)measured;
        result.Add(Money.Of(amount, Codes.Dirham)); // expect: AIR0002
        result.Add(Money.Cny((decimal)(row.Price ?? 0d))); // expect: AIR0002
        result.Add(Money.Usd(Math.Abs((decimal)refund))); // expect: AIR0002
        var total = Money.Billions(10m, Currency.EUR);
        total *= (decimal)growth; // expect: AIR0002
        result.Add(total);
        result.Add(Money.Of(Convert.ToInt32(share * 100), Currency.INR)); // clean: a whole number first
        result.Add(Money.Millions(600, Currency.CNY)); // clean: an int converts exactly
        var exact = (decimal)measured;
        exact = exact * 2m;
        result.Add(Money.Of(exact, Codes.Riyal)); // clean: the local is written from itself, not followed
        return result;
    }

    public List<string> CodeChecks(string sheetCode)
    {
        var notes = new List<string>();
        notes.Add(Currency.FromCode(Withdrawn).Code); // expect: AIR0003
        notes.Add(Currency.TryFromCode("usd", out var parsedCurrency) ? parsedCurrency.Code : ""); // expect: AIR0003
        var code = "UAE";
        notes.Add(Money.Of(1m, code).ToString()); // expect: AIR0003
        notes.Add(Currency.FromCode(sheetCode).Code); // clean: not a constant
        notes.Add(Currency.FromCode("IDR").Code); // clean: an active code
        return notes;
    }

    public List<decimal> RawAmounts(Money budget, Money spent, Money? pif, Money? mgx)
    {
        var notes = new List<decimal>();
        notes.Add(Math.Max(budget.Amount, spent.Amount)); // expect: AIR0004
        notes.Add((pif?.Amount ?? 0m) + (mgx?.Amount ?? 0m)); // expect: AIR0004
        var b = budget.Amount;
        var s = spent.Amount;
        notes.Add(b - s); // expect: AIR0004
        notes.Add((budget - spent).Amount); // clean: Money's checked subtraction
        notes.Add(budget.Amount * 2m); // clean: one amount and a plain number
        notes.Add(Math.Max(budget.Amount, 0m)); // clean: one amount and a plain number
        return notes;
    }

    public List<Share> Shares(Share latest, Share baseline, Share? maybe)
    {
        var result = new List<Share>();
        Share.TryFromPercent(0.4m, out var tried); // expect: AIR0005
        result.Add(tried);
        var fifth = 0.2m;
        result.Add(Share.FromPercent(fifth)); // expect: AIR0005
        result.Add(Share.FromPercent(maybe?.Fraction ?? 0m)); // expect: AIR0005
        result.Add(Share.FromFraction(-0.1m)); // expect: AIR0013
        Share.TryFromPercent(140m, out var impossible); // expect: AIR0013
        result.Add(impossible);
        result.Add(Share.FromFraction(1m)); // clean: 100 % is plausible
        result.Add(Share.FromFraction(latest.Fraction)); // clean: a fraction given as a fraction
        decimal change = latest.Percent;
        change -= baseline.Percent; // expect: AIR0006
        decimal fractionGap = latest.Fraction - baseline.Fraction; // expect: AIR0006
        decimal complement = 1m - latest.Fraction; // clean: one share and a plain number
        result.Add(Share.FromPercent(Math.Clamp(change + fractionGap + complement, 0m, 100m)));
        return result;
    }

    public List<decimal> Tallies(IReadOnlyList<Money> draws, IReadOnlyList<VoucherRow> rows, IReadOnlyDictionary<Currency, decimal> toUsd)
    {
        var notes = new List<decimal>();
        notes.Add(draws.Select(m => m.Amount).Sum()); // expect: AIR0007
        notes.Add(draws.Aggregate(0m, (acc, m) => acc + m.Amount)); // expect: AIR0007
        notes.AddRange(SovereignCatalogue.Programmes.GroupBy(p => p.Bloc, p => p.Budget.Amount).Select(g => g.Sum())); // expect: AIR0007
        notes.Add(SovereignCatalogue.Programmes.Sum(p => p.Budget.Amount * p.StartYear)); // expect: AIR0007
        notes.Add(draws.Sum(m => m.Amount * toUsd[m.Currency])); // clean: converted by a rate chosen by currency
        notes.Add(draws.Aggregate(0, (n, m) => n + (m.Amount < 0m ? 1 : 0))); // clean: a count of negative draws
        notes.Add(draws.Aggregate(17, (h, m) => h * 31 + m.Amount.GetHashCode())); // clean: a hash, not a sum
        notes.Add(rows.Sum(r => r.Sites)); // clean: not money
        return notes;
    }

    public List<Money> Dated(Money yen, RateSeries series, DateTime printed)
    {
        var result = new List<Money>();
        var spot = new ExchangeRate(Currency.USD, Currency.JPY, 150m, DateOnly.FromDateTime(DateTime.Now), series); // expect: AIR0008
        result.Add(yen.ConvertAt(spot.Inverse()).Result);
        var identity = ExchangeRate.Identity(Currency.USD, DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-1))); // expect: AIR0008
        result.Add(identity.Convert(Money.Usd(1m)).Result);
        var yearStart = rates.GetRate(Currency.JPY, Currency.USD, new DateOnly(DateTime.Now.Year, 1, 1), RateLookup.MostRecentWithin(5)); // expect: AIR0008
        result.Add(yen.ConvertAt(yearStart).Result);
        var injected = DateOnly.FromDateTime(clock.GetUtcNow().DateTime);
        result.Add(yen.ConvertTo(Currency.USD, injected, rates, RateLookup.MostRecentWithin(5)).Result); // clean: an injected clock can be fixed in tests
        Print(printed, DateTime.Today); // clean: not a conversion date
        return result;
    }

    private static void Print(DateTime printed, DateTime date) => Console.WriteLine($"{printed:O} {date:d}");

    public List<decimal> Rounded(Money price, IReadOnlyList<Money> awards, decimal rate)
    {
        var notes = new List<decimal>();
        notes.Add(decimal.Round(price.Amount * rate)); // expect: AIR0009
        var vat = price.Amount * 0.05m;
        notes.Add(Math.Round(vat, 2)); // expect: AIR0009
        notes.Add(Math.Round(awards.Max(a => a.Amount))); // expect: AIR0009
        notes.Add(Math.Round(vat, 2, MidpointRounding.ToEven)); // clean: the mode is stated
        notes.Add(price.Round(2, MidpointRounding.AwayFromZero).Amount); // clean: Money's own rounding
        notes.Add(Math.Round(rate, 4)); // clean: not a money amount
        return notes;
    }

    public List<Money> Scales(Currency reportCurrency)
    {
        var result = new List<Money>();
        result.Add(Money.Scaled(600_000_000m, Magnitude.Millions, Currency.CNY)); // expect: AIR0011
        result.Add(Money.Trillions(3_621m, Currency.USD)); // expect: AIR0011
        result.Add(Money.Trillions(3_621m, Currency.FromCode("IDR"))); // clean: Indonesia's budget in rupiah
        result.Add(Money.Thousands(250_000m, Currency.CNY)); // clean: thousands are not checked
        result.Add(Money.Millions(2_387_240m, reportCurrency)); // clean: the currency is unknown, the most generous limit
        result.Add(Money.Billions(1_500m, Currency.USD)); // clean: 1.5 trillion dollars written in billions
        return result;
    }

    public Target LaterPlan() =>
        new("t-uae-compute", "compute-share", "AE", null, baselineYear: Plan,
            MetricValue.Of(Share.FromPercent(50m)), goalYear: Plan - 5, TargetKind.Pledge, null, null, []); // expect: AIR0012

    public Target OnPlan() =>
        new("t-eu-compute", "compute-share", "EU", null, baselineYear: Plan - 5,
            MetricValue.Of(Share.FromPercent(20m)), goalYear: Plan, TargetKind.OfficialTarget, null, null, []); // clean: constant arithmetic in order
}

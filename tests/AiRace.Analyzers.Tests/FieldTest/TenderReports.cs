using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AiRace.Core;

namespace Tender;

/// <summary>A line of the weekly tender report.</summary>
public sealed record TenderReportLine(string Label, Money Value, string Note);

/// <summary>Where the desk gets its envelopes from (the procurement portal, a file in tests).</summary>
public interface ITenderSource
{
    Task<IReadOnlyList<TenderLine>> LoadAsync(CancellationToken cancellationToken);
}

/// <summary>The weekly reports: LINQ over the register, async loads, iterators, rates and shares.</summary>
public sealed class TenderReports(ITenderSource source)
{
    private static readonly Dictionary<Currency, decimal> DollarsPerUnit = new()
    {
        [Currency.CNY] = 0.1408m,
        [Currency.USD] = 1m,
        [Currency.EUR] = 1.17m,
        [Currency.JPY] = 0.0064m,
    };

    public async Task<Money> LoadedTotalAsync(Currency currency, CancellationToken cancellationToken)
    {
        var lines = await source.LoadAsync(cancellationToken).ConfigureAwait(false);
        if (lines.Count == 0)
        {
            return Money.Zero(currency); // clean: an early return
        }

        return lines.Where(l => l.Amount.Currency == currency).Sum(l => l.Amount, currency); // clean: filtered by the currency it sums in
    }

    public static async Task<Money> EuropeanEnvelopeAsync()
    {
        await Task.Yield();
        return Money.Billions(20m, Currency.EUR);
    }

    public static async Task<bool> EuropeAboveStargateAsync() => await EuropeanEnvelopeAsync() > TenderCatalogue.StargateFirstTranche; // expect: AIR0001
    public static IEnumerable<Money> ShenzhenTranches()
    {
        yield return Money.Millions(40m, Currency.CNY);
        yield return Money.Millions(35m, Currency.CNY);
        yield return Money.Millions(25m, Currency.CNY);
    }

    public static IEnumerable<Money> RoundOf(bool domestic)
    {
        if (domestic)
        {
            yield return Money.Millions(40m, Currency.CNY);
            yield break;
        }

        yield return Money.Millions(12m, Currency.USD);
        yield return Money.Millions(18m, Currency.USD);
    }

    public static Money ShenzhenInDollars() => ShenzhenTranches().Sum(Currency.USD); // expect: AIR0001
    public static Money LargestOfRound(bool domestic) => RoundOf(domestic).Max(); // clean: one run yields one currency
    public static Money BigFundFolded() => TenderCatalogue.BigFundTranches.Aggregate(Money.Zero(Currency.USD), (t, m) => t + m); // expect: AIR0001
    public static Money LargestRegisterLine() => TenderCatalogue.Register.MaxBy(l => l.Amount)!.Amount; // expect: AIR0001
    public static IEnumerable<TenderLine> RegisterBySize() => TenderCatalogue.Register.OrderBy(l => l.Amount); // expect: AIR0001
    public static TenderLine? LargestChinese() => TenderCatalogue.Register.Where(l => l.Bloc == TenderBloc.China).MaxBy(l => l.Amount); // clean: after a filter the flow cannot read
    public static Money LargestYuanLine() => TenderCatalogue.Register.Select(l => l.Amount).Where(m => m.Currency == Currency.CNY).Max(); // clean: filtered by the currency

    public static IReadOnlyList<Money> EuroGroupsWrong() =>
        TenderCatalogue.Register.Select(l => l.Amount).GroupBy(m => m.Currency)
            .Select(g => g.Key == Currency.EUR
                ? g.Sum(Currency.USD) // expect: AIR0001
                : g.Sum(g.Key)) // clean: the key's own currency
            .ToList();

    public static Money RegisterInDollars() =>
        TenderCatalogue.Register.Sum(l => l.Amount.Currency == Currency.USD ? l.Amount : TenderRates.ToUsd(l.Amount), Currency.USD); // clean: each line converted

    public static decimal RegisterApproxDollars() => TenderCatalogue.Register.Sum(l => l.Amount.Amount * DollarsPerUnit[l.Amount.Currency]); // clean: converted by a rate chosen by currency
    public static decimal RegisterRawTotal() => TenderCatalogue.Register.Sum(l => l.Amount.Amount); // expect: AIR0007
    public static decimal BigFundRawTotal() => TenderCatalogue.BigFundTranches.Select(m => m.Amount).Sum(); // expect: AIR0007
    public static decimal BidsFolded() => TenderCatalogue.Bids.Aggregate(0m, (acc, b) => acc + b.Bid.Amount); // expect: AIR0007
    public static decimal BidsWithVat() => TenderCatalogue.Bids.Sum(b => b.Bid.Amount * 1.2m); // expect: AIR0007
    public static decimal VoucherFaces() => (from v in TenderCatalogue.Vouchers select v.Face.Amount).Sum(); // expect: AIR0007
    public static decimal LargestRawLine() => TenderCatalogue.Register.Max(l => l.Amount.Amount); // clean: a maximum is not a sum
    public static int NegativeLines() => TenderCatalogue.Register.Aggregate(0, (n, l) => l.Amount.Amount < 0m ? n + 1 : n); // clean: a count

    public static IEnumerable<decimal> FundMinusAwards() =>
        from f in TenderCatalogue.FundTranches
        join u in TenderCatalogue.UsAwards on f.Year equals u.Year
        select (f.Amount - u.Award).Amount; // expect: AIR0001

    public static IEnumerable<string> DoubledVouchersAboveChips() =>
        from v in TenderCatalogue.Vouchers
        let doubled = v.Face * 2m
        where doubled > TenderCatalogue.ChipsGrant // expect: AIR0001
        select v.City;

    public static IEnumerable<string> DoubledVouchersAboveHomeCap() =>
        from v in TenderCatalogue.Vouchers
        let doubled = v.Face * 2m
        where doubled > TenderCatalogue.HomeCap // clean: yuan against yuan
        select v.City;

    public static IEnumerable<Money> TranchesAgainstAwards() =>
        TenderCatalogue.FundTranches.Zip(TenderCatalogue.UsAwards).Select(p => p.First.Amount - p.Second.Award); // expect: AIR0001

    public static bool AnyBidAboveStargate() => TenderCatalogue.Bids.Any(b => b.Bid > TenderCatalogue.StargateFirstTranche); // expect: AIR0001
    public static decimal FundMinusStargateRaw() => TenderCatalogue.BigFundThree.Amount - TenderCatalogue.StargateFirstTranche.Amount; // expect: AIR0004
    public static bool BidAboveCeilingRaw(GigafactoryBid bid) => bid.Bid.Amount > TenderCatalogue.GigafactoryEnvelope.Amount; // expect: AIR0004
    public static decimal LargerRaw(Money a, Money b) => Math.Max(a.Amount, b.Amount); // expect: AIR0004

    public static decimal BidOverCeilingRaw(GigafactoryBid bid)
    {
        var offered = bid.Bid.Amount;
        var ceiling = TenderCatalogue.GigafactoryEnvelope.Amount;
        return offered - ceiling; // expect: AIR0004
    }

    public static decimal BidOverCeiling(GigafactoryBid bid) => (bid.Bid - TenderCatalogue.GigafactoryEnvelope).Amount; // clean: Money arithmetic, then the number
    public static decimal YenPerEuro() => TenderCatalogue.RapidusAid.Amount / TenderCatalogue.GigafactoryEnvelope.Amount; // clean: a rate of two known currencies
    public static decimal RoundedBid(GigafactoryBid bid) => Math.Round(bid.Bid.Amount, 2); // expect: AIR0009
    public static decimal RoundedWithVat(GigafactoryBid bid) => decimal.Round(bid.Bid.Amount * 1.2m); // expect: AIR0009
    public static decimal RoundedLargest() => Math.Round(TenderCatalogue.Register.Max(l => l.Amount.Amount)); // expect: AIR0009

    public static decimal RoundedVat(GigafactoryBid bid)
    {
        var vat = bid.Bid.Amount * 0.2m;
        return Math.Round(vat, 2); // expect: AIR0009
    }

    public static decimal RoundedBidStated(GigafactoryBid bid) => Math.Round(bid.Bid.Amount, 2, MidpointRounding.AwayFromZero); // clean: a mode is stated
    public static decimal RoundedYenPerEuro() => Math.Round(TenderCatalogue.RapidusAid.Amount / TenderCatalogue.GigafactoryEnvelope.Amount, 4); // clean: a rate, not money
    public static Money FromSheetDouble(TenderSheetRow row) => Money.Cny((decimal)row.FigureAsDouble); // expect: AIR0002
    public static Money FromRatio(double ratio) => new Money(Convert.ToDecimal(ratio * 1e9), Currency.USD); // expect: AIR0002
    public static Money Discounted(UsComputeAward award) => award.Award * (decimal)0.85; // expect: AIR0002

    public static Money FromMeasured(TenderSheetRow row)
    {
        var measured = (decimal)row.FigureAsDouble;
        return Money.Eur(measured); // expect: AIR0002
    }

    public static Money FromChecked(double millions) => Money.Millions(decimal.CreateChecked(millions), Currency.JPY); // expect: AIR0002
    public static Money FromRounded(double millions) => Money.Millions((decimal)Math.Round(millions), Currency.JPY); // clean: a whole number first
    public static Currency LegacyCode() => Currency.FromCode("RMB"); // expect: AIR0003
    public static Money LowerCaseCode() => Money.Of(5m, "usd"); // expect: AIR0003
    public static Money ParsedLegacy() => Money.Parse("RMB 1,000"); // expect: AIR0003
    public static Currency ConstantLegacy() => Currency.FromCode(TenderCodes.LegacyYuan); // expect: AIR0003
    public static Currency Withdrawn() => Currency.FromCode(TenderCodes.Kuna); // expect: AIR0003
    public static Currency ByBloc(TenderBloc bloc) => Currency.FromCode(bloc switch { TenderBloc.China => "RMB", TenderBloc.Japan => "JPY", _ => "USD" }); // expect: AIR0003
    public static Currency FromRow(TenderSheetRow row) => Currency.FromCode(row.Code); // clean: not a constant
    public static Money ToDollarsNow(Money m) => m.ConvertTo(Currency.USD, DateOnly.FromDateTime(DateTime.Now), TenderRates.Table, RateLookup.ExactDate).Result; // expect: AIR0008

    public static ExchangeRate TodaysYuanRate()
    {
        var today = DateOnly.FromDateTime(DateTime.Today);
        return TenderRates.Table.GetRate(Currency.USD, Currency.CNY, today, RateLookup.ExactDate); // expect: AIR0008
    }

    public static ExchangeRate SpotEuro(RateSeries series) => new ExchangeRate(Currency.EUR, Currency.USD, 1.17m, DateOnly.FromDateTime(DateTime.UtcNow), series); // expect: AIR0008
    public static ExchangeRate IdentityToday() => ExchangeRate.Identity(Currency.CNY, DateOnly.FromDateTime(DateTime.Now)); // expect: AIR0008
    public static Money ThroughHelperNow(Money m) => TenderRates.ConvertAt(m, Currency.USD, DateOnly.FromDateTime(DateTime.UtcNow), RateLookup.ExactDate); // expect: AIR0008
    public static Money AuditedNow(Money m) => TenderRates.ConvertAudited(m, Currency.USD, TenderRates.YearEnd, RateLookup.ExactDate, DateTime.UtcNow); // clean: the clock only stamps the audit line
    public static decimal UptakeRise() => TenderTargets.DomesticChipsGoal.Percent - TenderTargets.DomesticChipsNow.Percent; // expect: AIR0006
    public static decimal CombinedFractions() => TenderTargets.Rebate.Fraction + TenderTargets.ParsedLocal.Fraction; // expect: AIR0006
    public static decimal FractionPlusPoints(PercentagePoints pp) => TenderTargets.Rebate.Fraction + pp.Value; // expect: AIR0006

    public static decimal ChangeSinceBaseline(Share latest, Share baseline)
    {
        decimal change = latest.Percent;
        change -= baseline.Percent; // expect: AIR0006
        return change;
    }

    public static PercentagePoints UptakeRiseInPoints() => TenderTargets.DomesticChipsGoal - TenderTargets.DomesticChipsNow; // clean: Share minus Share gives points
    public static decimal PercentPlusPoints(PercentagePoints pp) => TenderTargets.Rebate.Percent + pp.Value; // clean: one scale
    public static Share FromPercentNumber(Share s) => Share.FromFraction(s.Percent); // expect: AIR0005
    public static bool TryUptake(out Share share) => Share.TryFromPercent(0.5m, out share); // expect: AIR0005
    public static bool TryNegative(out Share share) => Share.TryFromPercent(-5m, out share); // expect: AIR0013
    public static bool RebateAboveChips(GigafactoryBid bid) => bid.Bid * TenderTargets.Rebate > TenderCatalogue.ChipsGrant; // expect: AIR0001
}

/// <summary>A comparison of the programmes by bloc, the way the desk's weekly table lays it out.</summary>
public static class TenderTable
{
    public static IReadOnlyList<(TenderBloc Bloc, Money Total)> ByBloc()
    {
        var rows = new List<(TenderBloc Bloc, Money Total)>();
        foreach (var group in TenderCatalogue.Register.GroupBy(l => l.Bloc))
        {
            var currency = group.First().Amount.Currency;
            rows.Add((group.Key, group.Sum(l => l.Amount, currency))); // clean: each bloc summed in the currency its lines have
        }

        return rows;
    }

    public static Money BlocTotal(TenderBloc bloc) => bloc switch
    {
        TenderBloc.China => TenderCatalogue.FundTranches.Sum(t => t.Amount, Currency.CNY), // clean
        TenderBloc.UnitedStates => TenderCatalogue.UsAwards.Sum(a => a.Award, Currency.USD), // clean
        TenderBloc.Europe => TenderCatalogue.Bids.Sum(b => b.Bid, Currency.EUR), // clean
        _ => Money.Zero(Currency.JPY), // clean
    };

    public static bool ChinaAboveEurope() => BlocTotal(TenderBloc.China) > BlocTotal(TenderBloc.Europe); // expect: AIR0001 (yuan against euros: each constant picks its arm)

    public static string Describe(Money m) => m switch
    {
        { Currency.Code: "CNY" } when m > TenderCatalogue.ShenzhenVoucherPool => "large yuan programme", // clean: the pattern shows yuan
        { Currency.Code: "USD" } when m > TenderCatalogue.ChipsGrant => "large dollar programme", // clean
        _ => "other",
    };

    public static bool YuanAboveLimit(Money m) => TenderChecks.IsYuan(m) && m > TenderCatalogue.ShenzhenVoucherPool; // clean: m is unknown anyway, and checked

    public static bool FundAboveLimitChecked() =>
        TenderCatalogue.BigFundThree.Currency == Currency.USD && TenderCatalogue.BigFundThree > TenderCatalogue.ChipsGrant; // clean: the test shows dollars (never true for yuan)
    public static decimal BidToEnvelopeRatio(GigafactoryBid bid) => bid.Bid / TenderCatalogue.GigafactoryEnvelope; // clean: euros over euros
    public static decimal VoucherToChipsRatio() => TenderCatalogue.ShenzhenVoucherPool / TenderCatalogue.ChipsGrant; // expect: AIR0001
}

/// <summary>Edge cases of the number rules, from the desk's import and survey code.</summary>
public static class TenderNumbers
{
    public static decimal DrawPlusReserveRaw(Money? lastDraw, Money reserve) => (lastDraw?.Amount ?? 0m) + reserve.Amount; // expect: AIR0004
    public static decimal ShareOfBudgetRaw(Money part, Money whole, Money budget) => Math.Round(part.Amount / whole.Amount * budget.Amount, 2); // expect: AIR0004, AIR0009
    public static decimal RoundedNamed(GigafactoryBid bid) => Math.Round(decimals: 2, d: bid.Bid.Amount); // expect: AIR0009
    public static decimal CountHash(IEnumerable<Money> items) => items.Aggregate(17, (h, m) => h * 31 + m.Amount.GetHashCode()); // clean: a hash, not a sum
    public static int PositiveCount(IEnumerable<Money> items) => items.Aggregate(0, (n, m) => n + (m.Amount > 0m ? 1 : 0)); // clean: a count
    public static Money Truncated(double price) => Money.Usd((long)(price * 100) / 100m); // expect: AIR0002, AIR0010
    public static Money WholeDollars(double quoted) => Money.Usd(Convert.ToInt32(quoted)); // clean: a whole number is exact
    public static Money FromNullable(double? quoted) => Money.Eur((decimal)(quoted ?? 0d)); // expect: AIR0002

    public static Money FromBranches(TenderSheetRow row, double backup)
    {
        var figure = (decimal)row.FigureAsDouble;
        if (figure == 0m)
        {
            figure = (decimal)backup;
        }

        return Money.Cny(figure); // expect: AIR0002
    }

    public static Money FromExactFallback(TenderSheetRow row)
    {
        var figure = (decimal)row.FigureAsDouble;
        if (figure == 0m)
        {
            figure = row.Figure;
        }

        return Money.Cny(figure); // clean: written with an exact decimal too, not followed
    }

    public static bool TryLowerCase(out Money m) => Money.TryParse("usd 5", out m); // expect: AIR0003
    public static bool TryYuanWord(out Currency c) => Currency.TryFromCode("yuan", out c); // expect: AIR0003
    public static Currency Offshore() => Currency.Parse("CNH", null); // expect: AIR0003
    public static Money Rupiah() => Money.Trillions(3_621m, Currency.FromCode("IDR")); // clean: a real budget in rupiah
    public static Money InReportCurrency(Currency reportCurrency) => Money.Millions(2_387_240m, reportCurrency); // clean: the most generous limit
    public static Money ScaledTwice() => Money.Scaled(600_000_000m, Magnitude.Millions, Currency.CNY); // expect: AIR0011
    public static Share FromLocalFraction()
    {
        var uptake = 0.3m;
        return Share.FromPercent(uptake); // expect: AIR0005
    }

    public static Share FromLocalPercent()
    {
        var overshoot = 120m;
        return Share.FromPercent(overshoot); // expect: AIR0013
    }

    public static Share FractionAsPercent(Share s) => Share.FromPercent(s.Fraction); // expect: AIR0005
    public static Share FractionOverHundred() => Share.FromFraction(150m); // expect: AIR0013
    public static Money AtStartOfYear(Money m) => m.ConvertTo(Currency.USD, new DateOnly(DateTime.Now.Year, 1, 1), TenderRates.Table, RateLookup.AnnualAverage).Result; // expect: AIR0008
    public static Money Yesterday(Money m) => m.ConvertTo(Currency.EUR, DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-1)), TenderRates.Table, RateLookup.ExactDate).Result; // expect: AIR0008
    public static Money SystemClock(Money m) => m.ConvertTo(Currency.USD, DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().DateTime), TenderRates.Table, RateLookup.ExactDate).Result; // expect: AIR0008
    public static Money InjectedClock(Money m, TimeProvider clock) => m.ConvertTo(Currency.USD, DateOnly.FromDateTime(clock.GetUtcNow().DateTime), TenderRates.Table, RateLookup.ExactDate).Result; // clean: an injected clock can be fixed in tests
    public static Money AtReportDate(Money m, DateOnly reportDate) => m.ConvertTo(Currency.USD, reportDate, TenderRates.Table, RateLookup.MostRecentWithin(7)).Result; // clean: the caller states the date
}

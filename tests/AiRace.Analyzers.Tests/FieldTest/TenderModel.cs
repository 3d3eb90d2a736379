using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using System.Threading.Tasks;
using AiRace.Core;
using AiRace.Core.Policy;

namespace Tender;

/// <summary>Who runs a tender or pays a subsidy.</summary>
public enum TenderBloc
{
    China,
    UnitedStates,
    Europe,
    Japan,
    Korea,
}

/// <summary>A city compute voucher (Shenzhen, Shanghai, Hangzhou…). Cities pay their vouchers in yuan.</summary>
public sealed record CityComputeVoucher(string City, Money Face, DateOnly Issued);

/// <summary>A tranche of a state fund (Big Fund III, provincial guidance funds). Always yuan.</summary>
public sealed record StateFundTranche(string Fund, Money Amount, int Year);

/// <summary>A US award: Stargate partner commitments and CHIPS Act grants. Always dollars.</summary>
public sealed record UsComputeAward(string Partner, Money Award, int Year);

/// <summary>A bid in an EU AI gigafactory tender. Always euros.</summary>
public sealed record GigafactoryBid(string Consortium, string Site, Money Bid, DateOnly Due);

/// <summary>A line of the procurement register: any bloc, in the funder's own currency.</summary>
public sealed record TenderLine(string Id, TenderBloc Bloc, Money Amount, int Year);

/// <summary>A bid as the old procurement spreadsheet kept it (before the desk moved to Money).</summary>
public sealed record LegacyTenderBid(string Vendor, decimal PriceCny); // expect: AIR0010

/// <summary>A row of the register as the spreadsheet export gives it.</summary>
public sealed class TenderSheetRow
{
    public string Id { get; init; } = "";

    public string Code { get; init; } = "";

    public decimal Figure { get; init; } // clean: "figure" is not a money word

    public double FigureAsDouble { get; init; } // clean: not a money word either, and a double is not public money by name

    public decimal BudgetUsd { get; init; } // expect: AIR0010

    public decimal SubsidyShare { get; init; } // clean: a proportion of a subsidy, not money

    public decimal YuanPerDollar { get; init; } // clean: an exchange rate, a currency per currency

    public int Year { get; init; }
}

/// <summary>A row of the voucher ledger; the city ledger is kept in yuan.</summary>
public sealed class VoucherLedgerRow
{
    public string City { get; set; } = "";

    [Currency("CNY")] public Money Redeemed { get; set; } // clean: an annotation with an active code

    [Currency("RMB")] public Money Pending { get; set; } // expect: AIR0003
}

/// <summary>An old contract line: public API still holding money as numbers.</summary>
public sealed class LegacyContractLine
{
    public decimal FundingAmount { get; set; } // expect: AIR0010

    public decimal CostRatio { get; set; } // clean: a ratio of costs

    private decimal _subsidyYuan; // clean: not public
    public void Book(decimal subsidyCny) => _subsidyYuan = subsidyCny; // expect: AIR0010
    public decimal Remaining(decimal spentShare) => _subsidyYuan * (1m - spentShare); // clean: a share parameter; the method name says nothing
    internal decimal Ceiling(decimal budget) => budget * 2m; // clean: internal, not public API
}

/// <summary>Codes the desk writes once.</summary>
public static class TenderCodes
{
    public const string Home = "CNY";
    public const string Partner = "USD";
    public const string LegacyYuan = "RMB";
    public const string Kuna = "HRK";
}

/// <summary>The published envelopes of the programmes the desk follows.</summary>
public static class TenderCatalogue
{
    public static readonly Money ShenzhenVoucherPool = Money.Millions(500m, Currency.CNY); // clean: 500 million yuan written in millions
    public static readonly Money BigFundThree = Money.Billions(344m, Currency.CNY); // clean: 344 billion yuan
    public static readonly Money StargateFirstTranche = Money.Billions(100m, Currency.USD); // clean: 100 billion dollars
    public static readonly Money ChipsGrant = Money.Millions(6_600m, Currency.USD); // clean: 6.6 billion in millions
    public static readonly Money GigafactoryEnvelope = Money.Billions(20m, Currency.EUR); // clean
    public static readonly Money RapidusAid = Money.Millions(920_000m, Currency.JPY); // clean: 920 billion yen as a Japanese report writes it
    public static readonly Money KChipsCredit = Money.Billions(26_000m, Currency.KRW); // clean: 26 trillion won in billions
    public static readonly Money HomeCap = Money.Of(80m, TenderCodes.Home); // clean: a constant code
    public static readonly Money PartnerCap = Money.Of(12m, TenderCodes.Partner); // clean
    public static readonly Money MisScaledPool = Money.Millions(600_000_000m, Currency.CNY); // expect: AIR0011
    public static readonly Money MisScaledChips = Money.Billions(52_700_000_000m, Currency.USD); // expect: AIR0011
    public static readonly Money MisScaledRapidus = Money.Millions(2_387_240_000m, Currency.JPY); // expect: AIR0011
    public static readonly Money OverTrillion = Money.Trillions(1_500m, Currency.EUR); // expect: AIR0011
    public static readonly Money FullFigure = Money.Of(600_000_000m, Currency.CNY); // clean: the full amount stated as such
    public static readonly Money InThousands = Money.Thousands(250_000m, Currency.USD); // clean: thousands are not checked

    public static readonly Dictionary<TenderBloc, Money> Ceilings = new()
    {
        [TenderBloc.China] = Money.Billions(10m, Currency.CNY),
        [TenderBloc.UnitedStates] = Money.Billions(2m, Currency.USD),
        [TenderBloc.Europe] = Money.Billions(4m, Currency.EUR),
        [TenderBloc.Japan] = Money.Millions(300_000m, Currency.JPY),
    };

    public static readonly Money[] BigFundTranches =
    [
        Money.Billions(50m, Currency.CNY),
        Money.Billions(70m, Currency.CNY),
        Money.Billions(80m, Currency.CNY),
    ];

    public static IReadOnlyList<CityComputeVoucher> Vouchers { get; } =
    [
        new("Shenzhen", Money.Millions(100m, Currency.CNY), new DateOnly(2025, 3, 1)),
        new("Shanghai", Money.Millions(60m, Currency.CNY), new DateOnly(2025, 4, 15)),
        new("Hangzhou", Money.Millions(25m, Currency.CNY), new DateOnly(2025, 5, 20)),
        new("Beijing", Money.Cny(80_000_000m), new DateOnly(2025, 7, 1)),
    ];

    public static IReadOnlyList<StateFundTranche> FundTranches { get; } =
    [
        new("Big Fund III", Money.Billions(40m, Currency.CNY), 2024),
        new("Big Fund III", Money.Billions(60m, Currency.CNY), 2025),
        new("Shanghai AI guidance fund", Money.Billions(10m, Currency.CNY), 2025),
    ];

    public static IReadOnlyList<UsComputeAward> UsAwards { get; } =
    [
        new("Stargate / OpenAI", Money.Billions(100m, Currency.USD), 2025),
        new("CHIPS / Intel", Money.Millions(7_865m, Currency.USD), 2024),
        new("CHIPS / TSMC Arizona", Money.Millions(6_600m, Currency.USD), 2024),
    ];

    public static IReadOnlyList<GigafactoryBid> Bids { get; } =
    [
        new("Jupiter consortium", "Jülich", Money.Billions(3m, Currency.EUR), new DateOnly(2026, 2, 28)),
        new("Mistral compute", "Paris-Saclay", Money.Millions(2_500m, Currency.EUR), new DateOnly(2026, 2, 28)),
        new("Barcelona SC", "Barcelona", Money.Eur(1_800_000_000m), new DateOnly(2026, 3, 31)),
    ];

    public static IReadOnlyList<TenderLine> Register { get; } =
    [
        new("cn-001", TenderBloc.China, Money.Millions(300m, Currency.CNY), 2025),
        new("us-001", TenderBloc.UnitedStates, Money.Millions(450m, Currency.USD), 2025),
        new("eu-001", TenderBloc.Europe, Money.Millions(700m, Currency.EUR), 2025),
        new("cn-002", TenderBloc.China, Money.Millions(120m, Currency.CNY), 2026),
    ];

    public static IReadOnlyList<(string City, Money Cap)> CityCaps { get; } =
    [
        ("Shenzhen", Money.Millions(300m, Currency.CNY)),
        ("Shanghai", Money.Millions(200m, Currency.CNY)),
    ];

    public static readonly Lazy<Money> TokyoPool = new(() => Money.Millions(45_000m, Currency.JPY));

    public static (Money Domestic, Money Partner) CoFunding(decimal domesticMillions, decimal partnerMillions) =>
        (Money.Millions(domesticMillions, Currency.CNY), Money.Millions(partnerMillions, Currency.USD)); // clean: a tuple of two currencies is no mix by itself

    public static Money HomeCeiling() => Money.Billions(10m, Currency.CNY);
    public static Money EuroCeiling(bool extended) => extended ? Money.Billions(6m, Currency.EUR) : Money.Billions(4m, Currency.EUR); // clean: both arms in euros

    public static bool TryEuropeanCeiling(int year, out Money ceiling)
    {
        if (year < 2025)
        {
            ceiling = Money.Zero(Currency.EUR);
            return false;
        }

        ceiling = Money.Billions(4m, Currency.EUR);
        return true;
    }

    public static Money Yuan(decimal millions) => Money.Millions(millions, Currency.CNY); // clean: "millions" is not a money word
    public static Money FromSheet(TenderSheetRow row) => Money.Of((decimal)row.FigureAsDouble, Currency.FromCode(row.Code)); // expect: AIR0002
    public static Money FromSheetExact(TenderSheetRow row) => Money.Of(row.Figure, Currency.FromCode(row.Code)); // clean: decimal figure, code read at run time
    public static Money FromWholeDouble(double millions) => Money.Millions((decimal)Math.Round(millions), Currency.CNY); // clean: a whole number is exact in decimal
}

/// <summary>The dated rates the desk converts with (central parity and ECB reference rates).</summary>
public static class TenderRates
{
    public static readonly DateOnly YearEnd = new(2025, 12, 31);
    public static readonly DateOnly MidYear = new(2025, 6, 30);
    private static readonly RateSeries Pboc = new("PBOC-MID", "People's Bank of China central parity", "PBOC", RatePeriod.Day);
    private static readonly RateSeries Ecb = new("ECB-REF", "ECB euro reference rates", "ECB", RatePeriod.Day);

    public static readonly ExchangeRateTable Table = new(
    [
        new ExchangeRate(Currency.USD, Currency.CNY, 7.10m, YearEnd, Pboc), // clean: a stated date
        new ExchangeRate(Currency.USD, Currency.CNY, 7.17m, MidYear, Pboc), // clean
        new ExchangeRate(Currency.EUR, Currency.USD, 1.17m, YearEnd, Ecb), // clean
        new ExchangeRate(Currency.EUR, Currency.USD, 1.07m, MidYear, Ecb), // clean
        new ExchangeRate(Currency.USD, Currency.JPY, 156.2m, YearEnd, Ecb), // clean
        new ExchangeRate(Currency.USD, Currency.KRW, 1_441m, YearEnd, Ecb), // clean
    ]);

    public static Money ToUsd(Money m) => m.ConvertTo(Currency.USD, YearEnd, Table, RateLookup.ExactDate).Result; // clean: dated conversion
    public static Money ToCny(Money m) => m.ConvertTo(Currency.CNY, YearEnd, Table, RateLookup.MostRecentWithin(5)).Result; // clean
    public static Money ToEur(Money m) => m.ConvertTo(Currency.EUR, MidYear, Table, RateLookup.MonthlyAverage).Result; // clean
    public static Money ToUsdAtSpot(Money m) => m.ConvertTo(Currency.USD, DateOnly.FromDateTime(DateTime.UtcNow), Table, RateLookup.ExactDate).Result; // expect: AIR0008
    public static Money ConvertAt(Money m, Currency to, DateOnly valueDate, RateLookup lookup) => m.ConvertTo(to, valueDate, Table, lookup).Result;

    public static Money ConvertAudited(Money m, Currency to, DateOnly valueDate, RateLookup lookup, DateTime requestedAt)
    {
        var line = $"{requestedAt:O} {m} -> {to} at {valueDate}"; // clean: the stamp only becomes text
        Audit.Add(line);
        return m.ConvertTo(to, valueDate, Table, lookup).Result;
    }

    public static List<string> Audit { get; } = [];
}

/// <summary>Helpers the desk calls from every file.</summary>
public static class TenderChecks
{
    public static bool Exceeds(Money budget, Money limit) => budget > limit; // clean: parameters are unknown inside
    public static Money Headroom(Money cap, Money drawn) => cap - drawn; // clean: parameters are unknown inside
    public static Money WithReserve(Money m) => m * 1.1m; // clean: keeps its argument's currency
    public static T Larger<T>(T a, T b) where T : IComparisonOperators<T, T, bool> => a > b ? a : b; // clean
    public static T SumAll<T>(T seed, IEnumerable<T> items) where T : IAdditionOperators<T, T, T> => items.Aggregate(seed, (a, b) => a + b); // clean
    public static readonly Func<Money, Money, bool> AboveCap = (payment, cap) => payment > cap; // clean
    public static bool Outbids(this Money bid, Money rival) => bid > rival; // clean: unknown inside
    public static bool SafelyAbove(this Money bid, Money rival) => bid.Currency == rival.Currency && bid > rival; // clean: checks the currencies itself
    public static bool IsYuan(Money m) => m.Currency == Currency.CNY;
    public static Money? Gap(Money a, Money b) => a.Currency == b.Currency ? a - b : null; // clean: handles a mismatch itself
}

/// <summary>Self-sufficiency and uptake targets attached to the tenders.</summary>
public static class TenderTargets
{
    public const int Baseline = 2024;
    public const int Horizon = 2030;
    public static readonly Share DomesticChipsNow = Share.FromPercent(17m); // clean
    public static readonly Share DomesticChipsGoal = Share.FromPercent(70m); // clean
    public static readonly Share VoucherUptake = Share.FromPercent(0.42m); // expect: AIR0005
    public static readonly Share LocalContent = Share.FromFraction(55m); // expect: AIR0005
    public static readonly Share OverSubscribed = Share.FromPercent(135m); // expect: AIR0013
    public static readonly Share ClawedBack = Share.FromFraction(-0.05m); // expect: AIR0013
    public static readonly Share Rebate = Share.FromFraction(0.3m); // clean
    public static readonly Share Whole = Share.FromPercent(100m); // clean: the edge is allowed
    public static readonly Share OnePercent = Share.FromPercent(1m); // clean: 1 % is plausible
    public static readonly Share ParsedUptake = Share.Parse("140%"); // expect: AIR0013
    public static readonly Share ParsedLocal = Share.Parse("35%"); // clean
    private static readonly SourceReference[] NoSources = [];

    public static IReadOnlyList<Target> All(int surveyYear) =>
    [
        new Target("cn-compute", "domestic-compute-share", "CN", MetricValue.Of(DomesticChipsNow), Baseline,
            MetricValue.Of(DomesticChipsGoal), Horizon, TargetKind.OfficialTarget, null, null, NoSources), // clean: years in order
        new Target("eu-gigafactory", "eu-compute-share", "EU", MetricValue.Of(Share.FromPercent(5m)), Horizon,
            MetricValue.Of(Share.FromPercent(20m)), Baseline, TargetKind.Pledge, null, null, NoSources), // expect: AIR0012
        new Target(
            id: "jp-rapidus",
            metricId: "domestic-logic-share",
            subjectId: "JP",
            baseline: MetricValue.Of(Share.FromPercent(3m)),
            baselineYear: Horizon - 2,
            goal: MetricValue.Of(Share.FromPercent(20m)),
            goalYear: Baseline + 2, // expect: AIR0012
            kind: TargetKind.OfficialTarget,
            byId: null,
            programmeId: null,
            sources: NoSources),
        new Target("kr-npu", "domestic-npu-share", "KR", null, baselineYear: surveyYear,
            MetricValue.Of(Share.FromPercent(40m)), goalYear: 2020, TargetKind.OfficialTarget, null, null, NoSources), // clean: the baseline year is not a constant
    ];
}

/// <summary>The old tender interface the procurement portal still implements.</summary>
public interface ILegacyTender
{
    decimal BudgetCny { get; } // expect: AIR0010
}

/// <summary>The portal's implementation; its signature is the interface's to change.</summary>
public sealed class LegacyPortalTender : ILegacyTender
{
    public decimal BudgetCny => 1_000m; // clean: reported once, at the interface member it implements

    public decimal CostPerUnit { get; init; } // expect: AIR0010

    public decimal DollarsPerPound { get; init; } // expect: AIR0010

    public decimal YenPerWon { get; init; } // clean: a currency per currency is a rate

    public decimal PercentOfBudget { get; init; } // clean: a proportion of a budget
}

/// <summary>A callback the old portal invokes for each paid subsidy.</summary>
public delegate void LegacySubsidyPaid(string city, decimal subsidyYuan); // expect: AIR0010

/// <summary>A programme whose envelope each kind states itself.</summary>
public abstract class TenderProgramme
{
    public abstract Money Envelope { get; }
}

/// <summary>Big Fund III: yuan.</summary>
public sealed class BigFundProgramme : TenderProgramme
{
    public override Money Envelope => Money.Billions(344m, Currency.CNY);
}

/// <summary>Stargate: dollars.</summary>
public sealed class StargateProgramme : TenderProgramme
{
    public override Money Envelope => Money.Billions(500m, Currency.USD);
}

/// <summary>A pot held for one bidder, in whatever currency it was opened in.</summary>
public sealed class BidderPot(string bidder, Money held)
{
    public string Bidder { get; } = bidder;

    public Money Held { get; } = held;
}

/// <summary>The EU envelope with a reserve the desk adjusts; always euros.</summary>
public sealed class EuropeanEnvelope
{
    private Money _reserve = Money.Millions(500m, Currency.EUR);

    public Money Reserve
    {
        get => _reserve;
        set => _reserve = value;
    }

    public void TopUp(decimal millions) => Reserve += Money.Millions(millions, Currency.EUR); // clean: euros into euros
}

/// <summary>Where city vouchers are read from; the ledger is in yuan.</summary>
public interface IVoucherTotals
{
    [return: Currency("CNY")]
    Money Outstanding(string city);
}

/// <summary>A fake for tests that got the currency wrong.</summary>
public sealed class DollarVoucherTotals : IVoucherTotals
{
    public Money Outstanding(string city) => Money.Millions(5m, Currency.USD); // expect: AIR0001
}

/// <summary>A fake that states yuan, as the interface says.</summary>
public sealed class YuanVoucherTotals : IVoucherTotals
{
    public Money Outstanding(string city) => city.Length == 0 ? Money.Zero(Currency.CNY) : Money.Millions(5m, Currency.CNY); // clean: yuan on both arms
}

/// <summary>Extension members the desk uses on a single amount.</summary>
public static class TenderMoneyBlocks
{
    public static bool Dwarfs(this Money m, Money other) => m > other * 10m; // clean: unknown inside
    public static Money Halved(this Money m) => m / 2m;
}

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using AiRace.Core;
using AiRace.Core.Policy;

namespace TradeDesk.Model;

/// <summary>The jurisdictions the export-controls desk follows.</summary>
public enum TradeBloc
{
    UnitedStates,
    China,
    EuropeanUnion,
    Netherlands,
    Japan,
    Korea,
}

/// <summary>The kind of measure a case records.</summary>
public enum MeasureKind
{
    LicenceFee,
    Penalty,
    Countermeasure,
    Clawback,
    Subsidy,
}

/// <summary>A licence fee for an export item.</summary>
public sealed record LicenceFee(TradeBloc Bloc, string Item, Money Fee, int Year);

/// <summary>A BIS penalty: every case the desk records is settled in dollars.</summary>
public sealed record BisCase(string Company, Money Penalty, DateOnly Settled);

/// <summary>A MOFCOM countermeasure fine, always in yuan.</summary>
public sealed record MofcomFine(string Company, Money Fine, int Year);

/// <summary>A penalty of any jurisdiction.</summary>
public sealed record Penalty(TradeBloc Bloc, string Company, Money Fine, DateOnly Imposed);

/// <summary>A chip subsidy tranche.</summary>
public sealed record SubsidyTranche(TradeBloc Bloc, string Programme, Money Grant, int Year);

/// <summary>A tariff line: the rate now, the rate before, and the share of imports it covers.</summary>
public sealed record TariffLine(string Hs, Share Rate, Share PreviousRate, Share ImportShare);

/// <summary>A figure as a news item printed it.</summary>
public sealed record NewsFigure(string Outlet, string Text, DateOnly Published);

/// <summary>A row of a ministry's spreadsheet whose currency the code cannot show.</summary>
public sealed class MofcomRow
{
    /// <summary>The fine, stated in yuan by the ministry.</summary>
    [Currency("CNY")] public Money Fine { get; set; }

    /// <summary>The company fined.</summary>
    public string Company { get; set; } = "";
}

/// <summary>A row whose annotation names an alias.</summary>
public sealed class LegacyRow
{
    /// <summary>The figure.</summary>
    [Currency("RMB")] public Money Figure { get; set; } // expect: AIR0003

    /// <summary>The figure in dollars, as the old sheet had it.</summary>
    [Currency("USD")] public Money Dollars { get; set; } // clean: an active code
}

/// <summary>Where the desk reads the latest countermeasure fines.</summary>
public interface IFineFeed
{
    /// <summary>The latest MOFCOM fine, always in yuan.</summary>
    [return: Currency("CNY")]
    Money Latest();

    /// <summary>A fine by company, in whatever currency it was imposed.</summary>
    Money ByCompany(string company);

    /// <summary>All fines of a year.</summary>
    Task<IReadOnlyList<Money>> OfYearAsync(int year);
}

/// <summary>Where licence fees come from.</summary>
public interface ILicenceFeeSource
{
    /// <summary>The fee for an item, in the licensing bloc's currency.</summary>
    Money FeeFor(TradeBloc bloc, string item);
}

/// <summary>The desk's settings, numbers that are not money.</summary>
public sealed class TradeSettings
{
    /// <summary>The tariff rate in percent.</summary>
    public decimal TariffPercent { get; set; } // clean: a proportion, not money

    /// <summary>Yuan per dollar for quick looks.</summary>
    public decimal YuanPerDollar { get; set; } // clean: a currency per currency is a rate

    /// <summary>The share of a budget set aside.</summary>
    public decimal BudgetShare { get; set; } // clean: a share of a budget is a proportion

    /// <summary>How many cases were won on appeal.</summary>
    public decimal AppealsWon { get; set; } // clean: won alone is not a money word

    /// <summary>The licence fee in dollars, as the old API took it.</summary>
    public decimal FeeUsd { get; set; } // expect: AIR0010

    /// <summary>The penalty budget.</summary>
    public decimal PenaltyBudget { get; init; } // expect: AIR0010

    /// <summary>Tonnes of wafers per dollar of subsidy.</summary>
    public decimal TonnesPerDollar { get; init; } // clean: counts per unit of money

    /// <summary>The euro rate against the dollar.</summary>
    public decimal EurToUsd { get; init; } // clean: two currencies make an exchange rate
}

/// <summary>An old import record.</summary>
public sealed record ImportedFine(string Company, decimal Amount); // expect: AIR0010

/// <summary>A conversion pair the desk keeps.</summary>
public sealed record RatePoint(decimal WonPerYen, DateOnly Date); // clean: a currency per currency

/// <summary>The catalogue of figures the desk quotes.</summary>
public static class TradeCatalogue
{
    /// <summary>The reporting currency's code.</summary>
    public const string HomeCode = "USD";

    /// <summary>MOFCOM's currency code.</summary>
    public const string MofcomCode = "CNY";

    /// <summary>The code Korean filings use.</summary>
    public const string SeoulCode = "KRW";

    /// <summary>An old Croatian code some EU sheets still carry.</summary>
    public const string OldKunaCode = "HRK";

    /// <summary>The value date every conversion of the desk uses.</summary>
    public static readonly DateOnly ValueDate = new(2025, 6, 30);

    /// <summary>The reporting currency.</summary>
    public static readonly Currency Reporting = Currency.USD;

    /// <summary>The statutory cap of a BIS civil penalty per violation.</summary>
    public static readonly Money BisPenaltyCap = Money.Usd(374_474m);

    /// <summary>The ceiling of a MOFCOM unreliable-entity fine.</summary>
    public static readonly Money MofcomFineCeiling = Money.Cny(5_000_000m);

    /// <summary>The floor the desk uses for a DMA fine.</summary>
    public static readonly Money DmaFineFloor = Money.Eur(500_000_000m);

    /// <summary>The AI Act's top fine.</summary>
    public static readonly Money AiActTopFine = Money.Millions(35m, Currency.EUR); // clean: 35 million written in millions

    /// <summary>The Dutch licence fee for a lithography export.</summary>
    public static Money AsmlLicenceFee { get; } = Money.Eur(12_500m);

    /// <summary>The Japanese METI licence fee for lithography tools.</summary>
    public static Money MetiLicenceFee { get; } = Money.Jpy(1_900_000m);

    /// <summary>The K-Chips Act tax credit for one fab.</summary>
    public static Money KChipsCredit => Money.Billions(2_600m, Currency.KRW); // clean: 2.6 trillion won in billions

    /// <summary>A subsidy clawback ordered by MOFCOM, by code.</summary>
    public static readonly Money SubsidyClawback = Money.Of(1_200_000m, MofcomCode); // clean: an active code

    /// <summary>The fee for an entity-list licence application.</summary>
    public static Money EntityListFee => Money.Of(2_400m, HomeCode); // clean: an active code

    /// <summary>The Korean grant per fab, by code.</summary>
    public static readonly Money SeoulGrant = Money.Of(48_000_000_000m, SeoulCode); // clean: an active code

    /// <summary>The fee the BIS charged in the news item.</summary>
    public static readonly Money NewsFee = Money.Parse("USD 1,250"); // clean: constant text with an active code

    /// <summary>A fine the desk read from a Chinese release.</summary>
    public static readonly Money ReleaseFine = Money.Parse("CNY 2,000,000"); // clean: constant text with an active code

    /// <summary>Yearly MOFCOM fines, all in yuan.</summary>
    public static readonly ImmutableArray<Money> MofcomFines = ImmutableArray.Create(Money.Cny(1_000_000m), Money.Cny(2_500_000m), Money.Cny(800_000m));

    /// <summary>Korean subsidy tranches, all in won.</summary>
    public static readonly ImmutableArray<Money> KoreanTranches = ImmutableArray.Create(Money.Of(900_000_000_000m, Currency.KRW), Money.Of(1_100_000_000_000m, Currency.KRW));

    /// <summary>EU DMA fines, all in euros.</summary>
    public static readonly ImmutableArray<Money> DmaFines = [Money.Eur(1_840_000_000m), Money.Eur(500_000_000m), Money.Eur(200_000_000m)];

    /// <summary>BIS settlements, all in dollars.</summary>
    public static readonly ImmutableArray<BisCase> BisCases =
    [
        new BisCase("Seagate", Money.Usd(300_000_000m), new DateOnly(2023, 4, 19)),
        new BisCase("Cadence", Money.Usd(140_000_000m), new DateOnly(2025, 7, 28)),
        new BisCase("Applied", Money.Usd(5_000_000m), new DateOnly(2024, 2, 1)),
    ];

    /// <summary>MOFCOM fines as records, all in yuan.</summary>
    public static readonly ImmutableArray<MofcomFine> MofcomCases =
    [
        new MofcomFine("Skydio", Money.Cny(1_000_000m), 2023),
        new MofcomFine("PVH", Money.Cny(2_000_000m), 2025),
    ];

    /// <summary>Licence fees per bloc, each in its bloc's currency.</summary>
    public static readonly Dictionary<TradeBloc, Money> LicenceFees = new()
    {
        [TradeBloc.UnitedStates] = Money.Usd(2_400m),
        [TradeBloc.Netherlands] = Money.Eur(12_500m),
        [TradeBloc.Japan] = Money.Jpy(1_900_000m),
        [TradeBloc.Korea] = Money.Of(3_000_000m, Currency.KRW),
    };

    /// <summary>A lazily read clawback ceiling.</summary>
    public static readonly Lazy<Money> ClawbackCeiling = new(() => Money.Cny(50_000_000m));

    /// <summary>The last BIS fine seen, or none.</summary>
    public static Money? LastBisFine { get; private set; }

    /// <summary>Records the last BIS fine.</summary>
    public static void RecordBisFine(decimal millions) => LastBisFine = Money.Millions(millions, Currency.USD); // clean: dollars

    /// <summary>Forgets the last BIS fine.</summary>
    public static void ForgetBisFine() => LastBisFine = null; // clean: null states no currency

    /// <summary>The fee of a bloc, in its currency.</summary>
    public static Money DutchFee(int year) => year switch
    {
        < 2024 => Money.Eur(10_000m),
        2024 => Money.Eur(11_000m),
        _ => Money.Eur(12_500m),
    };

    /// <summary>The fee and the fine of the Nexperia case.</summary>
    public static (Money Fee, Money Fine) NexperiaCase() => (Money.Eur(25_000m), Money.Cny(3_000_000m));

    /// <summary>Tries to find a MOFCOM fine of a company.</summary>
    public static bool TryMofcomFine(string company, out Money fine)
    {
        fine = Money.Cny(company.Length * 100_000m);
        return company.Length > 0;
    }

    /// <summary>Korean subsidy tranches, in won.</summary>
    public static IEnumerable<Money> SeoulTranches()
    {
        yield return Money.Of(500_000_000_000m, Currency.KRW);
        yield return Money.Of(700_000_000_000m, Currency.KRW);
    }

    /// <summary>Loads the latest clawback.</summary>
    public static async Task<Money> LatestClawbackAsync()
    {
        await Task.Yield();
        return Money.Cny(7_500_000m);
    }

    /// <summary>Loads the latest BIS fee.</summary>
    public static Task<Money> LatestBisFeeAsync() => Task.FromResult(Money.Usd(2_400m));

    /// <summary>The tariff lines the desk watches.</summary>
    public static readonly ImmutableArray<TariffLine> Tariffs =
    [
        new TariffLine("8541", Share.FromPercent(50m), Share.FromPercent(25m), Share.FromFraction(0.12m)), // clean: percents as percents, a fraction as a fraction
        new TariffLine("8542", Share.FromPercent(25m), Share.FromPercent(0m), Share.FromFraction(0.31m)), // clean: both scales right
        new TariffLine("8486", Share.FromPercent(1m), Share.FromPercent(100m), Share.FromFraction(1m)), // clean: 1 and 100 are plausible on either scale
    ];

    /// <summary>The chip self-sufficiency target of the 2025 plan.</summary>
    public static Target SelfSufficiency() => new("t-cn-chips", "chip-share", "CN", MetricValue.Of(Share.FromPercent(17m)), 2020, MetricValue.Of(Share.FromPercent(70m)), 2030, TargetKind.OfficialTarget, null, null, []); // clean: goal after baseline

    /// <summary>A target of the EU Chips Act written with swapped years.</summary>
    public static Target EuShare() => new("t-eu-chips", "chip-share", "EU", MetricValue.Of(Share.FromPercent(10m)), 2030, MetricValue.Of(Share.FromPercent(20m)), 2022, TargetKind.OfficialTarget, null, null, []); // expect: AIR0012

    /// <summary>A target made from two years the caller gives.</summary>
    public static Target ImportShare(int from, int to) => new("t-imports", "import-share", "CN", null, from, MetricValue.Of(Share.FromPercent(30m)), to, TargetKind.Pledge, null, null, []); // clean: parameters, checked at the calls
}

/// <summary>A fee schedule of one licensing authority.</summary>
public abstract class FeeSchedule
{
    /// <summary>The fee for one licence.</summary>
    public abstract Money PerLicence { get; }

    /// <summary>The authority's bloc.</summary>
    public abstract TradeBloc Bloc { get; }
}

/// <summary>The BIS schedule, in dollars.</summary>
public sealed class BisSchedule : FeeSchedule
{
    /// <inheritdoc />
    public override Money PerLicence => Money.Usd(2_400m); // clean: dollars

    /// <inheritdoc />
    public override TradeBloc Bloc => TradeBloc.UnitedStates;
}

/// <summary>The METI schedule, in yen.</summary>
public sealed class MetiSchedule : FeeSchedule
{
    /// <inheritdoc />
    public override Money PerLicence => Money.Jpy(1_900_000m); // clean: yen

    /// <inheritdoc />
    public override TradeBloc Bloc => TradeBloc.Japan;
}

/// <summary>Thresholds an analyst may change at run time.</summary>
public sealed class Thresholds
{
    /// <summary>The threshold above which a fine is flagged, in any currency the analyst picks.</summary>
    public Money Flag { get; set; } = Money.Usd(1_000_000m); // clean: written elsewhere with euros too

    /// <summary>The last figure parsed from a release.</summary>
    public Money LastParsed { get; private set; } = Money.Cny(0m); // clean: written elsewhere from parsed text

    /// <summary>Reads a release figure.</summary>
    public void Parse(string text) => LastParsed = Money.Parse(text); // clean: parsed text is unknown

    /// <summary>Flags by euros for the EU desk.</summary>
    public void UseEuros(decimal figure) => Flag = Money.Eur(figure); // clean: a second currency makes the member unknown

    /// <summary>The share of a budget the analyst sets aside.</summary>
    public decimal PercentOfBudget { get; set; } // clean: a proportion of a budget

    /// <summary>Fines per euro of turnover.</summary>
    public decimal FinesPerEuro { get; set; } // clean: counts per unit of money

    /// <summary>The cost per licence in dollars, as the old API had it.</summary>
    public decimal CostPerLicence { get; set; } // expect: AIR0010

    private decimal _budget; // clean: not public

    /// <summary>The rate the analyst uses.</summary>
    public decimal Rate { get => _budget; set => _budget = value; } // clean: not a money word
}

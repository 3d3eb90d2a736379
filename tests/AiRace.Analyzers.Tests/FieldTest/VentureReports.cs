using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using AiRace.Core;

namespace Venture.Tracking;

/// <summary>A row of the partners' spreadsheet export, read by the nightly import.</summary>
public sealed class ImportedRound
{
    public string Name { get; set; } = "";
    public Money Committed { get; set; }
    public double ReportedBillions { get; set; }
    public string Code { get; set; } = "";
}

/// <summary>The quarterly brief: league tables, gaps, shares and the import.</summary>
public sealed class VentureBrief(FundingComparisonService comparisons, StargateLedgerService stargate)
{
    private static readonly ExchangeRate EurUsdJune = new(Currency.EUR, Currency.USD, 1.1720m, VentureRates.Stated, ReferenceRates.FedH10Daily);

    public Money StargateLead() =>
        VentureCatalogue.StargatePledge - VentureRates.ToUsd(VentureCatalogue.BigFundPhase3); // clean: converted first

    public Money StargateLeadDraft() =>
        VentureCatalogue.StargatePledge - VentureCatalogue.BigFundPhase3; // expect: AIR0001

    public Money InvestAiInDollars() => EurUsdJune.Convert(VentureCatalogue.InvestAi).Result + VentureCatalogue.StargateFirstTranche; // clean: ExchangeRate.Convert's result states no currency the flow knows (and is dollars)
    public bool InvestAiBehindStargate() => VentureCatalogue.InvestAi < VentureRates.ToEur(VentureCatalogue.StargatePledge); // clean: euros with euros
    public bool InvestAiDollarsAboveRapidus() => VentureRates.ToUsd(VentureCatalogue.InvestAi) > VentureCatalogue.RapidusSubsidy; // expect: AIR0001
    public Money LargestAsianSubsidy() => VentureCatalogue.AsianChipSubsidies.Max(); // expect: AIR0001
    public IEnumerable<Money> GulfRanked() => VentureCatalogue.GulfCommitments.OrderBy(m => m); // expect: AIR0001

    public IEnumerable<Money> GulfRankedByCurrency() =>
        VentureCatalogue.GulfCommitments.GroupBy(m => m.Currency).SelectMany(g => g.Order()); // clean: each group is one currency

    public IReadOnlyList<FundRound> League() => VentureCatalogue.Rounds.OrderByDescending(r => r.Committed).ToList(); // expect: AIR0001
    public FundRound? LargestEuropean() => VentureCatalogue.EuropeanRounds.MaxBy(r => r.Committed); // clean: every European round is in euros
    public decimal CommittedRaw() => VentureCatalogue.Rounds.Sum(r => r.Committed.Amount); // expect: AIR0007

    public decimal CommittedFolded() =>
        VentureCatalogue.EuropeanRounds.Aggregate(0m, (acc, r) => acc + r.Committed.Amount); // expect: AIR0007

    public decimal CommittedInDollars(IReadOnlyDictionary<Currency, decimal> toUsd) =>
        VentureCatalogue.Rounds.Sum(r => r.Committed.Amount * toUsd[r.Committed.Currency]); // clean: converted by a rate chosen by currency

    public List<Money> Slide()
    {
        var all = new List<Money> { VentureCatalogue.StargatePledge, VentureCatalogue.BigFundPhase3, VentureCatalogue.InvestAi };
        all.Sort(CurrencyThenAmount.Instance); // clean: a comparer of the code may order by currency first
        var byAmount = all.ToList();
        byAmount.Sort(Comparer<Money>.Create((a, b) => a.CompareTo(b))); // expect: AIR0001
        return byAmount;
    }

    public string TrancheSpread()
    {
        var amounts = VentureCatalogue.StargateTranches.Select(t => t.Amount).ToList();
        if (amounts is [var first, .., var last])
        {
            var growth = last - first; // clean: dollars and dollars
            return last > VentureCatalogue.InvestAi // expect: AIR0001
                ? $"grew by {growth}"
                : "flat";
        }

        return "one tranche";
    }

    public Money StargateAndGulf()
    {
        var gulfInDollars = VentureRates.ToUsd(VentureCatalogue.MgxCommitment);
        return Tally.Total(Money.Zero(Currency.USD), VentureCatalogue.StargatePledge, gulfInDollars); // clean: the Gulf figure converted first
    }

    public Money EveryStateFund() =>
        Tally.Total(Money.Zero(Currency.USD), VentureCatalogue.BigFundPhase3, VentureCatalogue.InvestAi); // expect: AIR0001

    public bool AsianSpanChecks()
    {
        Money[] yen = [VentureCatalogue.RapidusSubsidy, Money.Millions(390_000m, Currency.JPY)];
        ReadOnlySpan<Money> view = yen;
        var rapidusAboveEu = view[0] > VentureCatalogue.InvestAi; // expect: AIR0001
        var total = Money.Zero(Currency.JPY);
        foreach (var m in view)
        {
            total += m; // clean: yen into a yen total
        }

        Money[] asia = [VentureCatalogue.RapidusSubsidy, VentureCatalogue.KChipsPackage];
        var mixed = Tally.Total(Money.Zero(Currency.JPY), asia); // expect: AIR0001
        ReadOnlySpan<Money> local = [VentureCatalogue.RapidusSubsidy, VentureCatalogue.KChipsPackage];
        var fromLocal = Tally.Total(Money.Zero(Currency.JPY), local); // clean: a span local given for the parameter is not followed (page)
        return rapidusAboveEu && total > mixed && fromLocal.IsZero;
    }

    public Money CheckedSum() => checked(VentureCatalogue.BigFundPhase3 + VentureCatalogue.StargateFirstTranche); // expect: AIR0001

    public bool PhaseAgainstStargate(int phase) =>
        VentureCatalogue.Headline(Sponsor.ChinaBigFund, phase) > VentureCatalogue.StargateFirstTranche; // expect: AIR0001

    public bool SponsorAgainstStargate(Sponsor sponsor) =>
        VentureCatalogue.AnyHeadline(sponsor) > VentureCatalogue.StargateFirstTranche; // clean: the switch arms disagree, unknown

    public bool PledgeAbove(Money pledge)
    {
        if (pledge.Currency != VentureCatalogue.StargatePledge.Currency)
        {
            throw new ArgumentException($"expected {VentureCatalogue.StargatePledge.Currency.Code}", nameof(pledge));
        }

        return pledge > VentureCatalogue.StargatePledge; // clean: guarded
    }

    public bool MetiLineAboveInvestAi()
    {
        var meti = Money.Parse("JPY 920000000000");
        return meti > VentureCatalogue.InvestAi; // expect: AIR0001
    }

    public bool TypedAboveInvestAi(string typed) =>
        Money.TryParse(typed, out var m) && m > VentureCatalogue.InvestAi; // clean: parsed from text, unknown

    public static IReadOnlyList<ImportedRound> Import(string json) =>
        JsonSerializer.Deserialize<List<ImportedRound>>(json) ?? [];

    public static bool ImportedAboveStargate(ImportedRound row) => row.Committed > VentureCatalogue.StargatePledge; // clean: a deserialized member is unknown

    public static Money ImportedFigure(ImportedRound row) =>
        Money.Of((decimal)row.ReportedBillions * 1_000_000_000m, Currency.FromCode(row.Code)); // expect: AIR0002

    public static Money ImportedExact(ImportedRound row) =>
        Money.Of(Convert.ToDecimal(row.ReportedBillions), Currency.USD); // expect: AIR0002

    public static Money WholeBillions(ImportedRound row) =>
        Money.Billions((long)Math.Round(row.ReportedBillions), Currency.USD); // clean: a whole number first

    public static (Money Seoul, Money Riyadh, Money Beijing) DeskFigures() =>
        (Money.Of(1_000m, "krw"), // expect: AIR0003
         Money.Of(1_000m, VentureCodes.Riyal), // clean: an active code through a constant
         Money.Parse("RMB 1,000")); // expect: AIR0003

    public static decimal RawGap() => VentureCatalogue.StargatePledge.Amount - VentureCatalogue.InvestAi.Amount; // expect: AIR0004

    public static bool RawAbove()
    {
        var (stargateFigure, _) = VentureCatalogue.StargatePledge;
        var (pifFigure, _) = VentureCatalogue.PifAiFund;
        return stargateFigure > pifFigure; // expect: AIR0004
    }

    public static decimal LargerRaw() => Math.Max(VentureCatalogue.BigFundPhase3.Amount, VentureCatalogue.InvestAi.Amount); // expect: AIR0004
    public static decimal YenPerEuro() => VentureCatalogue.RapidusSubsidy.Amount / VentureCatalogue.InvestAi.Amount; // clean: a rate between two known currencies
    public static decimal StateShareRise(StateShare then, StateShare now) => now.OfRound.Percent - then.OfRound.Percent; // expect: AIR0006
    public static PercentagePoints StateShareRiseTyped(StateShare then, StateShare now) => now.OfRound - then.OfRound; // clean: points
    public static decimal ShareWithPoints(Share s, PercentagePoints pp) => s.Fraction + pp.Value; // expect: AIR0006
    public static decimal PercentWithPoints(Share s, PercentagePoints pp) => s.Percent + pp.Value; // clean: one scale
    public static Share FromSurvey(decimal answered) => Share.FromPercent(answered); // clean: not a constant
    public static bool RefundBand(decimal pct) => Share.TryFromPercent(0.25m, out _) && pct > 0m; // expect: AIR0005
    public static Share ParsedCeiling() => Share.Parse("135%", CultureInfo.InvariantCulture); // expect: AIR0013
    public static decimal StatePart(FundRound round) => Math.Round((round.Committed * round.StateShare).Amount, 2); // expect: AIR0009

    public static decimal StatePartStated(FundRound round) =>
        Math.Round((round.Committed * round.StateShare).Amount, 2, MidpointRounding.AwayFromZero); // clean: a mode is stated

    public static decimal StatePercent(Money part, Money whole) => Math.Round(part.Amount / whole.Amount * 100m, 1); // expect: AIR0004
    public static decimal InBillions(Money m) => decimal.Round(m.Amount / 1_000_000_000m); // expect: AIR0009
    public static Money KoreanLine(decimal figure) => Money.Scaled(figure, Magnitude.Trillions, VentureCodes.Won); // clean: not a constant
    public static Money KoreanLineTyped() => Money.Scaled(4_500_000_000_000m, Magnitude.Billions, Currency.KRW); // expect: AIR0011

    public static int TranchesAboveBigFundShare(IEnumerable<Tranche> tranches)
    {
        var bigFundShare = VentureCatalogue.BigFundPhase3 * 0.05m;
        bool Dwarfs(Money other) => other > bigFundShare;
        var count = tranches.Count(t => Dwarfs(t.Amount)); // clean: a parameter's members, unknown
        return Dwarfs(VentureCatalogue.StargateFirstTranche) ? count + 1 : count; // expect: AIR0001
    }

    public static bool TermSheetAboveKorea()
    {
        var tranche = new Tranche("mgx-1", new DateOnly(2025, 3, 1), Money.Of(25_000_000_000m, VentureCodes.Dirham));
        return tranche.Amount > VentureCatalogue.KChipsPackage; // expect: AIR0001
    }

    public static SiteFinancing HybridSite() =>
        new() { Site = "Abilene-2", Equity = Money.Billions(10m, Currency.USD), Debt = Money.Billions(20m, Currency.CNY) };

    public static SiteFinancing PlainSite() =>
        new() { Site = "Milam", Equity = Money.Billions(4m, Currency.USD), Debt = Money.Billions(8m, Currency.USD) };

    public static bool HybridEquityAboveDebt()
    {
        var site = HybridSite();
        return site.Equity > site.Debt; // expect: AIR0001
    }

    public Money DrawsTotal() => stargate.Draws.Sum(Currency.USD); // clean: every draw is recorded in dollars
    public Money DrawsInYuan() => stargate.Draws.Sum(Currency.CNY); // expect: AIR0001

    public async Task<string> HeadlineAsync(CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(comparisons);
        var ahead = await comparisons.BigFundAheadConvertedAsync(cancellationToken);
        var gap = await comparisons.DrawnGapAsync(cancellationToken);
        return string.Create(CultureInfo.InvariantCulture, $"Big Fund ahead: {ahead}; Stargate undrawn: {gap:N0}");
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using AiRace.Core;
using Northwind.Compute.Data;
using Northwind.Compute.Model;

namespace Northwind.Compute.Services;

/// <summary>Answers the questions the board asks about budgets.</summary>
public sealed class BudgetService
{
    private readonly IExchangeRateProvider _rates;
    private readonly DateOnly _asOf;
    private Money _runningTotal = Money.Zero(Currency.CNY);

    /// <summary>Creates the service over a rate source, for one reporting date.</summary>
    public BudgetService(IExchangeRateProvider rates, DateOnly asOf)
    {
        _rates = rates;
        _asOf = asOf;
    }

    /// <summary>Whether the eastern budget is larger than the CHIPS programme (a bug: yuan against dollars).</summary>
    public bool EastOutspendsChips() => Catalogue.ProvincialBudgets[Region.East] > Catalogue.FederalPrograms["CHIPS"]; // expect: AIR0001

    /// <summary>The same question, asked correctly: the yuan converted at the reporting date first.</summary>
    public bool EastOutspendsChipsConverted()
    {
        var east = Catalogue.ProvincialBudgets[Region.East].ConvertTo(Currency.USD, _asOf, _rates, RateLookup.MostRecentWithin(5)).Result;
        return east > Catalogue.FederalPrograms["CHIPS"]; // clean: converted to dollars first
    }

    /// <summary>The combined public effort (a bug: adds yuan and dollars).</summary>
    public Money CombinedEffort() => Catalogue.ProvincialBudgets[Region.West] + Catalogue.FederalPrograms["NAIRR"]; // expect: AIR0001

    /// <summary>The regions whose budget is above the board's threshold (a bug: the threshold is in dollars).</summary>
    public IReadOnlyList<Region> LargeRegions()
    {
        var large = new List<Region>();
        foreach (var (region, budget) in Catalogue.ProvincialBudgets)
        {
            if (budget > Thresholds.LargeProgramme) // expect: AIR0001
            {
                large.Add(region);
            }
        }

        return large;
    }

    /// <summary>The regions above the provincial floor.</summary>
    public IEnumerable<Region> TrackedRegions() =>
        Catalogue.ProvincialBudgets.Where(pair => pair.Value >= Thresholds.ProvincialFloor).Select(pair => pair.Key); // clean: both yuan

    /// <summary>Whether a region's budget stays within its cap.</summary>
    public bool WithinCap(Region region) => Catalogue.ProvincialBudgets[region] <= Catalogue.CapFor(region); // clean: both yuan

    /// <summary>Whether a region's budget beats its benchmark (overseas benchmarks are dollars).</summary>
    public bool BeatsBenchmark(Region region) => Catalogue.ProvincialBudgets[region] > Catalogue.BenchmarkFor(region); // clean: the benchmark's arms differ, so its currency is unknown

    /// <summary>The headroom of a region under its cap, compared with a dollar grant (a bug).</summary>
    public bool HeadroomCoversGrant(Region region, decimal grantDollars) // expect: AIR0010 (a public decimal parameter named as money)
    {
        var headroom = Catalogue.CapFor(region) - Catalogue.ProvincialBudgets[region];
        return headroom >= Money.Usd(grantDollars); // expect: AIR0001
    }

    /// <summary>Whether the domestic share of a co-funded project exceeds the partner's (a bug: yuan against dollars).</summary>
    public bool DomesticLeads(decimal totalYuan, decimal partnerDollars) // expect: AIR0010 (a public decimal parameter named as money)
    {
        var (domestic, partner) = Catalogue.CoFunding(totalYuan, partnerDollars);
        return domestic > partner; // expect: AIR0001
    }

    /// <summary>The combined co-funding (a bug).</summary>
    public Money CoFundingTotal(decimal totalYuan, decimal partnerDollars) // expect: AIR0010 (a public decimal parameter named as money)
    {
        var split = Catalogue.CoFunding(totalYuan, partnerDollars);
        return split.Domestic + split.Partner; // expect: AIR0001
    }

    /// <summary>The spread of the estimate for a region.</summary>
    public Money EstimateSpread(Region region)
    {
        var (low, high) = Catalogue.Estimate(region);
        return high - low; // clean: both yuan
    }

    /// <summary>Whether the high estimate of a region passes the board's threshold (a bug).</summary>
    public bool EstimateIsLarge(Region region) => Catalogue.Estimate(region).High > Thresholds.LargeProgramme; // expect: AIR0001

    /// <summary>Adds a federal award to the running total (a bug: the running total is yuan).</summary>
    public void Accumulate(FederalAward award)
    {
        _runningTotal += award.Amount; // expect: AIR0001
    }

    /// <summary>Adds a provincial programme to the running total.</summary>
    public void Accumulate(ProvincialProgramme programme)
    {
        _runningTotal += programme.Budget; // clean: both yuan
    }

    /// <summary>The biggest award.</summary>
    public FederalAward? BiggestAward() => Catalogue.Federal.OrderByDescending(a => a.Amount).FirstOrDefault(); // clean: every award is dollars

    /// <summary>Whether the biggest provincial programme beats the biggest award (a bug).</summary>
    public bool ProvincialBeatsFederal()
    {
        var provincial = Catalogue.Provincial.Max(p => p.Budget);
        var federal = Catalogue.Federal.Max(a => a.Amount);
        return provincial.CompareTo(federal) > 0; // expect: AIR0001
    }

    /// <summary>The larger of two programmes (a bug).</summary>
    public Money Larger(ProvincialProgramme programme, FederalAward award) => Money.Max(programme.Budget, award.Amount); // expect: AIR0001

    /// <summary>Whether a provincial programme equals an award (a bug: always false).</summary>
    public bool SameAs(ProvincialProgramme programme, FederalAward award) => programme.Budget.Equals((object)award.Amount); // expect: AIR0001

    /// <summary>Orders two figures with the default comparer (a bug).</summary>
    public int Order(ProvincialProgramme programme, FederalAward award) => Comparer<Money>.Default.Compare(programme.Budget, award.Amount); // expect: AIR0001

    /// <summary>The programmes ordered by budget (a bug: the list mixes yuan and dollars).</summary>
    public IReadOnlyList<Programme> ByBudget() => Catalogue.All.OrderBy(p => p.Budget).ToList(); // expect: AIR0001

    /// <summary>The headline figures in order (a bug: they mix currencies).</summary>
    public IReadOnlyList<Money> SortedHeadlines()
    {
        var copy = Catalogue.Headlines.ToList();
        copy.Sort(); // expect: AIR0001
        return copy;
    }

    /// <summary>The largest headline (a bug).</summary>
    public Money BiggestHeadline() => Catalogue.Headlines.Max(); // expect: AIR0001

    /// <summary>The headlines grouped by currency (what should be done instead).</summary>
    public IEnumerable<Money> HeadlineTotals() =>
        Catalogue.Headlines.GroupBy(h => h.Currency).Select(g => g.Sum(g.Key)); // clean: each group summed in its own currency

    /// <summary>The fund's total (stated in yuan).</summary>
    public Money FundTotal() => Catalogue.QuarterlyTranches.Sum(Currency.CNY); // clean: the tranches are yuan

    /// <summary>The fund's total as the board wants it (a bug: the tranches are yuan).</summary>
    public Money FundTotalForBoard() => Catalogue.QuarterlyTranches.Sum(Codes.Abroad); // expect: AIR0001

    /// <summary>The programmes' total in yuan (a bug: federal amounts are dollars).</summary>
    public Money FederalInYuan() => Catalogue.Federal.Sum(a => a.Amount, Codes.Home); // expect: AIR0001

    /// <summary>The provincial programmes' total in yuan.</summary>
    public Money ProvincialTotal() => Catalogue.Provincial.Sum(p => p.Budget, Codes.Home); // clean: all yuan

    /// <summary>Whether the reserve covers the first tranche.</summary>
    public bool ReserveCoversTranche(bool tight) => Catalogue.Reserve(tight) >= Catalogue.QuarterlyTranches[0]; // clean: both yuan

    /// <summary>Whether the reserve covers a federal award (a bug).</summary>
    public bool ReserveCoversAward(bool tight, FederalAward award) => Catalogue.Reserve(tight) >= award.Amount; // expect: AIR0001

    /// <summary>Whether two data centres cost the same to build (a bug: Wuhan is yuan, Abilene dollars).</summary>
    public bool SameCapex() => Catalogue.Wuhan().Capex == Catalogue.Abilene().Capex; // expect: AIR0001

    /// <summary>The lifetime cost of a data centre.</summary>
    public Money Lifetime(Cluster cluster, int years) => cluster.LifetimeCost(years); // clean: nothing compared

    /// <summary>Whether a budget exceeds a limit (compares whatever it is given).</summary>
    public static bool Exceeds(Money budget, Money limit) => budget > limit; // clean: two parameters, currencies unknown

    /// <summary>Checks the eastern budget against the CHIPS programme through a helper (a bug the helper hides).</summary>
    public bool EastExceedsChipsViaHelper() => Exceeds(Catalogue.ProvincialBudgets[Region.East], Catalogue.FederalPrograms["CHIPS"]); // expect: AIR0001

    /// <summary>Whether the warning level (set from configuration) is passed.</summary>
    public bool PastWarning() => _runningTotal > Thresholds.Warning; // clean: the warning level is written from a parsed value too

    /// <summary>Whether the running total passes a level stated in the domestic code.</summary>
    public bool PastLevel(decimal level) => _runningTotal > Money.Of(level, Codes.Domestic); // clean: both yuan
}

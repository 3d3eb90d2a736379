using System;
using System.Collections.Generic;
using System.Linq;
using AiRace.Core.Analysis;
using AiRace.Core.Data;
using AiRace.Core.Policy;
using AiRace.Core.Reporting;
using M = AiRace.Core.Money;

namespace AiRace.Core.Tests.Analysis;

/// <summary>Issue 16 §1: grouping by instrument follows the allocations' purposes and never adds the same money twice.</summary>
public class InstrumentsByPurposeTests
{
    private static readonly DateOnly Day = new(2025, 7, 28);

    private static NormalisationResult In(Currency currency, PolicyDataset data) =>
        new Normaliser(ReferenceRates.FederalReserveH10, currency).NormaliseProgrammes(data.Programmes, NormalisationBasis.AtDate(Day, RateLookup.ExactDate));

    private static AggregateGroup Group(Aggregation a, string key, SponsorKind sponsor) => a.Groups.Single(g => g.Key == key && g.Sponsor == sponsor);

    [Fact]
    public void ShanghaisBillion_IsSplitByItsParts_SoComputeIsTheStatedEightHundredFiftyMillion()
    {
        Aggregation byInstrument = Aggregation.Of(In(Currency.CNY, AnalysisData.Embedded), AnalysisData.Embedded, AggregationKey.Instrument);
        AggregateGroup compute = Group(byInstrument, "ComputeSubsidy", SponsorKind.State);
        compute.Rounded.Should().Be(M.Millions(850, Currency.CNY), "Shanghai's stated 600 million yuan for computing power and Hangzhou's 250 million, not Shanghai's whole billion");
        compute.Exact.Should().BeNull("a part is counted with its headline's figure, and Shanghai's billion is stated to a precision");
        compute.Counted.Should().Equal("cn-sh-ai-subsidy-package.compute", "cn-zj-hangzhou-compute-subsidy");
        Group(byInstrument, "ModelSubsidy", SponsorKind.State).Rounded.Should().Be(M.Millions(300, Currency.CNY));
        Group(byInstrument, "DataSubsidy", SponsorKind.State).Rounded.Should().Be(M.Millions(100, Currency.CNY));
        byInstrument.Groups.Where(g => g.Key == "Subsidy").SelectMany(g => g.Counted).Should().NotContain("cn-sh-ai-subsidy-package", "the parts account for the whole billion");

        AggregateGroup research = Group(byInstrument, "ResearchInstitutionSupport", SponsorKind.State);
        research.Rounded.Should().BeNull("the up to 500 million yuan is of unclear membership");
        research.NotCounted.Should().ContainSingle().Which.Programme.Should().Be("cn-sh-ai-subsidy-package.research-institutions");
        byInstrument.Groups.SelectMany(g => g.NotCounted).Count(n => n.Programme == "cn-sh-ai-subsidy-package.research-institutions").Should().Be(1, "listed once, under its own purpose");
    }

    [Theory]
    [InlineData("CNY")]
    [InlineData("USD")]
    public void TheGroups_AddUpToTheTotalCounted_NoMoneyTwice(string code)
    {
        Currency currency = Currency.FromCode(code);
        NormalisationResult normalised = In(currency, AnalysisData.Embedded);
        Aggregation byInstrument = Aggregation.Of(normalised, AnalysisData.Embedded, AggregationKey.Instrument);
        Aggregation byCountry = Aggregation.Of(normalised, AnalysisData.Embedded, AggregationKey.Country);
        foreach (SponsorKind sponsor in Enum.GetValues<SponsorKind>())
        {
            M grouped = byInstrument.Groups.Where(g => g.Sponsor == sponsor).Select(g => g.Rounded ?? M.Zero(currency)).Sum(currency);
            M total = byCountry.Groups.Where(g => g.Sponsor == sponsor).Select(g => g.Rounded ?? M.Zero(currency)).Sum(currency);
            grouped.Should().Be(total, $"{sponsor}: every amount is under one instrument group only");
        }

        // Converted to dollars, each headline is a quotient rounded once to 28-29 digits, and the two sums add them in
        // different groups, each rounding its total below 10^-16 dollars; money counted twice would be millions.
        M headlines = normalised.Items.Select(i => i.Amount.Value).Sum(currency);
        M counted = byInstrument.Groups.Select(g => g.Rounded ?? M.Zero(currency)).Sum(currency);
        counted.Amount.Should().BeApproximately(headlines.Amount, currency == Currency.CNY ? 0m : 0.000_000_000_000_01m, "the seed headlines are all plain figures stated to a precision and none is nested");
        byInstrument.Groups.Should().OnlyContain(g => g.Exact == null, "no seed headline is exact");
        byInstrument.Groups.SelectMany(g => g.Counted).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void AProgrammeSplitByItsParts_AddsUpToItsConvertedHeadline_ThoughEachPartIsRoundedOnItsOwn()
    {
        // CNY 100 + 100 + 100 million: 10^8 ÷ the day's 7.1778 rounded once, three times, is not 3 × 10^8 ÷ 7.1778 rounded once; the last part
        // takes the rest of the converted headline, so the groups still add up to what was counted.
        SourceReference[] cite = [new("src-1", "the quote")];
        Allocation Part(string id, AllocationPurpose purpose) => new(id, purpose, id, ReportedAmount.Exact(M.Cny(100_000_000m)), PartMembership.Included, null, cite);
        var programme = new Programme("p", "P", SponsorKind.State, "CN", [], [Instrument.ComputeSubsidy, Instrument.ModelSubsidy, Instrument.DataSubsidy], [], null,
            ReportedAmount.Exact(M.Cny(300_000_000m)), null, [Part("p.compute", AllocationPurpose.Compute), Part("p.models", AllocationPurpose.Models), Part("p.data", AllocationPurpose.Data)], cite);
        NormalisationResult normalised = new Normaliser(ReferenceRates.FederalReserveH10, Currency.USD).NormaliseProgrammes([programme], NormalisationBasis.AtDate(Day, RateLookup.ExactDate));
        M headline = normalised.Items.Single().Amount.Value;
        M one = M.Cny(100_000_000m).ConvertTo(Currency.USD, Day, ReferenceRates.FederalReserveH10, RateLookup.ExactDate).Result;
        headline.Should().Be(M.Usd(41_795_536.236729917244838251275m));
        (one + one + one).Should().Be(M.Usd(41_795_536.236729917244838251276m), "the premise: the parts' quotients, each rounded, do not add up to the headline's");

        Aggregation byInstrument = Aggregation.Of(normalised, PolicyDataset.Empty, AggregationKey.Instrument);
        byInstrument.Groups.Select(g => g.Exact ?? M.Zero(Currency.USD)).Sum(Currency.USD).Should().Be(headline);
        Group(byInstrument, "ComputeSubsidy", SponsorKind.State).Exact.Should().Be(one);
        Group(byInstrument, "ModelSubsidy", SponsorKind.State).Exact.Should().Be(one);
        Group(byInstrument, "DataSubsidy", SponsorKind.State).Exact.Should().Be(headline - one - one);
    }

    [Fact]
    public void ASplitProgrammesParts_AreRoundedOrExactAsItsHeadline_ThroughTheNormalisersListAndAHandBuiltOne()
    {
        // Shanghai's billion is stated to a precision, so its parts count as rounded; a programme whose plain headline
        // has no precision splits into exact parts. The same whether the aggregation reads the normaliser's own list
        // (its columns) or a list built by hand (each item's amount).
        SourceReference[] cite = [new("src-1", "the quote")];
        Allocation Part(string id, AllocationPurpose purpose, decimal amount) => new(id, purpose, id, ReportedAmount.Exact(M.Cny(amount)), PartMembership.Included, null, cite);
        var exact = new Programme("p-exact", "P", SponsorKind.State, "CN", [], [Instrument.ComputeSubsidy, Instrument.DataSubsidy], [], null,
            ReportedAmount.Exact(M.Cny(300m)), null, [Part("p-exact.compute", AllocationPurpose.Compute, 200m), Part("p-exact.data", AllocationPurpose.Data, 100m)], cite);
        Programme shanghai = AnalysisData.Embedded.Programme("cn-sh-ai-subsidy-package");
        NormalisationResult own = new Normaliser(ReferenceRates.FederalReserveH10, Currency.CNY).NormaliseProgrammes([shanghai, exact], NormalisationBasis.AtDate(Day, RateLookup.ExactDate));
        var handBuilt = new NormalisationResult(own.Currency, own.Basis, own.Items.ToArray(), own.NotNormalised);

        foreach (NormalisationResult normalised in new[] { own, handBuilt })
        {
            Aggregation byInstrument = Aggregation.Of(normalised, PolicyDataset.Empty, AggregationKey.Instrument);
            AggregateGroup compute = Group(byInstrument, "ComputeSubsidy", SponsorKind.State);
            compute.Rounded.Should().Be(M.Millions(600, Currency.CNY), "Shanghai's part, its headline stated to a precision");
            compute.Exact.Should().Be(M.Cny(200m), "the exact programme's part");
            AggregateGroup data = Group(byInstrument, "DataSubsidy", SponsorKind.State);
            data.Rounded.Should().Be(M.Millions(100, Currency.CNY));
            data.Exact.Should().Be(M.Cny(100m));
            Group(byInstrument, "ModelSubsidy", SponsorKind.State).Rounded.Should().Be(M.Millions(300, Currency.CNY));
            Group(byInstrument, "ModelSubsidy", SponsorKind.State).Exact.Should().BeNull();
        }
    }

    [Fact]
    public void ChinasStatePlan_AndThePrivateStargate_AreNeverAddedUnderInfrastructure()
    {
        foreach (SponsorTotals sponsors in new[] { SponsorTotals.Apart, SponsorTotals.Combined })
        {
            Aggregation byInstrument = Aggregation.Of(In(Currency.USD, AnalysisData.Embedded), AnalysisData.Embedded, AggregationKey.Instrument, sponsors);
            byInstrument.Groups.Should().NotContain(g => g.Counted.Contains("cn-ai-industry-development-action-plan") && g.Counted.Contains("us-stargate-project"));
            byInstrument.Groups.Single(g => g.Counted.Contains("cn-ai-industry-development-action-plan")).Key.Should().Be("Plan + Infrastructure", "the plan's trillion cannot be split between its instruments, so it is counted once under both together");
            byInstrument.Groups.Single(g => g.Counted.Contains("us-stargate-project")).Key.Should().Be("Infrastructure");
        }

        Group(Aggregation.Of(In(Currency.USD, AnalysisData.Embedded), AnalysisData.Embedded, AggregationKey.Instrument), "Infrastructure", SponsorKind.Private)
            .Rounded.Should().Be(M.Billions(500, Currency.USD));
    }

    [Fact]
    public void AnInstrumentGroupWithoutThePlan_ListsTheOverlapsWithIt_ButRemovesNothing()
    {
        // Shanghai's and Hangzhou's compute subsidies may each be part of the national plan (another group), not of
        // each other: the group lists both overlaps, and nothing in it can be counted twice.
        AggregateGroup compute = Group(Aggregation.Of(In(Currency.CNY, AnalysisData.Embedded), AnalysisData.Embedded, AggregationKey.Instrument), "ComputeSubsidy", SponsorKind.State);
        compute.Overlaps.Select(o => o.OverlapId).Should().Equal("o-cn-plan-shanghai", "o-cn-plan-hangzhou");
        compute.Overlaps.Should().OnlyContain(o => o.Elsewhere.SequenceEqual(new[] { "cn-ai-industry-development-action-plan" }));
        compute.OverlapsRemoved.Should().BeNull();
        compute.Rounded.Should().Be(M.Millions(850, Currency.CNY));
    }

    [Fact]
    public void OverlapsInAnInstrumentGroup_GiveBounds_ByProgramme()
    {
        // A user's overlay says the two cities' compute subsidies may overlap: the lower bound keeps the larger.
        PolicyDataset data = PolicyData.Parse("""
            { "formatVersion": 1,
              "overlaps": [ { "id": "o-test-cities", "programmes": [ "cn-sh-ai-subsidy-package", "cn-zj-hangzhou-compute-subsidy" ],
                              "reason": "test", "sources": [ { "source": "seed-001", "quote": "Hangzhou, for example, has unveiled plans for 250 million yuan in computing power subsidies" } ] } ] }
            """, PolicyData.Embedded);
        AggregateGroup compute = Group(Aggregation.Of(In(Currency.CNY, data), data, AggregationKey.Instrument), "ComputeSubsidy", SponsorKind.State);
        compute.Overlaps.Select(o => o.OverlapId).Should().Equal("o-cn-plan-shanghai", "o-cn-plan-hangzhou", "o-test-cities");
        compute.OverlapsRemoved!.Kept.Should().Equal("cn-sh-ai-subsidy-package");
        compute.OverlapsRemoved.Rounded.Should().Be(M.Millions(600, Currency.CNY));

        ResultTable table = Aggregation.Of(In(Currency.CNY, data), data, AggregationKey.Instrument).ToTable();
        int lower = Enumerable.Range(0, table.Rows.Count).Single(r => (string?)table.Cell(r, "group") == "ComputeSubsidy" && (string?)table.Cell(r, "bound") == "lower: overlaps removed");
        table.Cell(lower, "ids").Should().Be("cn-sh-ai-subsidy-package.compute", "the part is counted for its programme, which is kept");
        table.Cell(lower, "counted_in_group").Should().Be(1L);
    }

    [Fact]
    public void PartsThatDoNotAddUpToTheHeadline_LeaveTheProgrammeWhole()
    {
        PolicyDataset data = PolicyData.Parse("""
            { "formatVersion": 1,
              "overrides": [ { "id": "ov-test", "fact": "cn-sh-ai-subsidy-package.data", "set": { "membership": "unclear" }, "reason": "test",
                               "sources": [ { "source": "seed-001", "quote": "100 million goes towards helping companies access training datasets" } ] } ] }
            """, PolicyData.Embedded);
        Aggregation byInstrument = Aggregation.Of(In(Currency.CNY, data), data, AggregationKey.Instrument);
        AggregateGroup whole = byInstrument.Groups.Single(g => g.Counted.Contains("cn-sh-ai-subsidy-package"));
        whole.Key.Should().Be("Subsidy + ComputeSubsidy + ModelSubsidy + DataSubsidy + ResearchInstitutionSupport");
        whole.Rounded.Should().Be(M.Billions(1, Currency.CNY));
        Group(byInstrument, "ComputeSubsidy", SponsorKind.State).Rounded.Should().Be(M.Millions(250, Currency.CNY), "only Hangzhou: Shanghai's 600 million is inside its whole billion");
    }

    // Normaliser: a conversion of an amount that is not zero is never "rounded to 0" (it "would be counted as nothing in
    // every total"); issue 13: nothing rounded away. Split by its parts' purposes, a part must not become a zero.
    [Fact]
    public void A_part_that_converts_to_less_than_a_decimal_step_is_listed_not_counted_as_zero()
    {
        var july = new DateOnly(2024, 7, 1);
        var rates = new ExchangeRateTable([new ExchangeRate(Currency.USD, Currency.CNY, 7.1m, july, new RateSeries("T", "test series", "tester", RatePeriod.Day))]);
        SourceReference cite = new("src-1", "the quote");
        var p = new Programme("p", "Programme p", SponsorKind.State, "CN", [], [Instrument.Subsidy], [], null, ReportedAmount.Exact(M.Cny(1.0000000000000000000000000001m)), null,
            [
                new Allocation("p.data", AllocationPurpose.Data, "a part", ReportedAmount.Exact(M.Cny(0.0000000000000000000000000001m)), PartMembership.Included, null, [cite]),
                new Allocation("p.compute", AllocationPurpose.Compute, "a part", ReportedAmount.Exact(M.Cny(1m)), PartMembership.Included, null, [cite]),
            ],
            [cite]);
        NormalisationResult usd = new Normaliser(rates, Currency.USD).NormaliseProgrammes([p], NormalisationBasis.AtDate(july, RateLookup.ExactDate));
        usd.Items.Should().ContainSingle();
        Aggregation byInstrument = Aggregation.Of(usd, PolicyDataset.Empty, AggregationKey.Instrument);
        AggregateGroup data = byInstrument.Groups.Single(g => g.Key.StartsWith("Data", StringComparison.Ordinal));
        data.Counted.Should().BeEmpty();
        data.Exact.Should().BeNull();
        data.NotCounted.Should().ContainSingle().Which.Should().Match<(string Programme, string Reason)>(n =>
            n.Programme == "p.data" && n.Reason.Contains("10^-28", StringComparison.Ordinal) && n.Reason.Contains("would be rounded to 0", StringComparison.Ordinal));
        AggregateGroup compute = byInstrument.Groups.Single(g => g.Key.StartsWith("Compute", StringComparison.Ordinal));
        compute.Exact.Should().Be(usd.Items[0].Amount.Value);
    }
}

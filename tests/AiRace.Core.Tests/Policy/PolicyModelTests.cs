using AiRace.Core.Policy;
using AiRace.Core.Reporting;

namespace AiRace.Core.Tests.Policy;

public class PolicyModelTests
{
    private static readonly SourceReference[] Cite = [new("s1", "quote")];

    private static Target Forecast(int? baselineYear, int goalYear) => new(
        "t", "m", "CN", baselineYear is null ? null : MetricValue.Of(Share.FromPercent(17)), baselineYear,
        MetricValue.Of(Share.FromPercent(55)), goalYear, TargetKind.AnalystForecast, "bernstein", null, Cite);

    [Fact]
    public void Target_knows_the_change_in_percentage_points()
    {
        Target target = Forecast(baselineYear: 2023, goalYear: 2027);

        target.ChangeInPoints.Should().Be(PercentagePoints.Of(38));
        target.ToString().Should().Be("m of CN: 17% (2023) → 55% (2027), AnalystForecast");
    }

    [Fact]
    public void Target_goal_year_before_baseline_year_is_refused()
    {
#pragma warning disable AIR0012 // The mistake the rule finds at compile time is made on purpose: the constructor must refuse it too.
        Action act = () => Forecast(baselineYear: 2027, goalYear: 2023);
#pragma warning restore AIR0012

        act.Should().Throw<ArgumentException>().WithParameterName("goalYear").WithMessage("The goal year 2023 of the target \"t\" is before its baseline year 2027.*");
    }

    [Fact]
    public void Target_without_baseline_is_allowed_but_a_half_baseline_is_not()
    {
        Forecast(baselineYear: null, goalYear: 2028).ChangeInPoints.Should().BeNull();

        Action halfBaseline = () => _ = new Target("t", "m", "CN", null, 2023, MetricValue.Of(Share.FromPercent(70)), 2028, TargetKind.OfficialTarget, null, null, Cite);
        halfBaseline.Should().Throw<ArgumentException>().WithMessage("The target \"t\" has a baseline year (2023) but no baseline value: a baseline needs both a value and a year.*");
    }

    [Fact]
    public void Facts_without_sources_are_refused()
    {
        Action act = () => _ = new Claim("c", "topic", "CN", "statement", null, null, []);

        act.Should().Throw<ArgumentException>().WithMessage("sources of the claim \"c\" must name at least one source: every fact needs one.*");
    }

    [Theory]
    [InlineData(ProgrammeStatus.Announced, ProgrammeStatus.Committed, true)]
    [InlineData(ProgrammeStatus.Announced, ProgrammeStatus.Disbursing, true)]
    [InlineData(ProgrammeStatus.Disbursing, ProgrammeStatus.Completed, true)]
    [InlineData(ProgrammeStatus.Committed, ProgrammeStatus.Cancelled, true)]
    [InlineData(ProgrammeStatus.Committed, ProgrammeStatus.Announced, false)]
    [InlineData(ProgrammeStatus.Completed, ProgrammeStatus.Cancelled, false)]
    [InlineData(ProgrammeStatus.Cancelled, ProgrammeStatus.Committed, false)]
    [InlineData(ProgrammeStatus.Announced, ProgrammeStatus.Announced, false)]
    public void Status_lifecycle(ProgrammeStatus from, ProgrammeStatus to, bool allowed)
    {
        StatusChange.IsAllowed(from, to).Should().Be(allowed);
    }

    [Fact]
    public void Programme_refuses_a_lifecycle_that_goes_backwards()
    {
        StatusChange[] history = [new(ProgrammeStatus.Committed, PartialDate.OfYear(2024), Cite), new(ProgrammeStatus.Announced, PartialDate.OfYear(2025), Cite)];

        Action act = () => _ = new Programme("p", "P", SponsorKind.State, "CN", [], [Instrument.Plan], history, null, null, null, [], Cite);

        act.Should().Throw<ArgumentException>().WithParameterName("statusHistory").WithMessage("The programme \"p\" cannot go from committed to announced: the lifecycle is announced → committed → disbursing → completed, or cancelled before completion.*");
    }

    [Fact]
    public void Parts_check_counts_included_parts_keeps_caps_apart_and_lists_unclear_ones()
    {
        Allocation Part(string id, ReportedAmount amount, PartMembership membership) =>
            new(id, AllocationPurpose.Other, id, amount, membership, null, Cite);
        var programme = new Programme(
            "p", "P", SponsorKind.State, "CN-SH", [], [Instrument.Subsidy], [], null,
            ReportedAmount.Exact(Money.Cny(1000)), null,
            [
                Part("a", ReportedAmount.Exact(Money.Cny(600)), PartMembership.Included),
                Part("b", ReportedAmount.UpTo(Money.Cny(300)), PartMembership.Included),
                Part("c", ReportedAmount.UpTo(Money.Cny(500)), PartMembership.Unclear),
                Part("d", ReportedAmount.Exact(Money.Cny(50)), PartMembership.Additional),
            ],
            Cite);

        PartsCheck check = programme.CheckParts();

        check.IsConsistent.Should().BeTrue();
        check.IncludedTotal.Should().Be(Money.Cny(600));
        check.IncludedCaps.Should().Be(Money.Cny(300));
        check.AddsUpExactly.Should().BeFalse();
        check.Remainder.Should().Be(Money.Cny(400));
        check.Unclear.Select(p => p.Id).Should().Equal("c");
        check.Additional.Select(p => p.Id).Should().Equal("d");
    }

    private static Programme WithParts(ReportedAmount? headline, params Allocation[] parts) =>
        new("p", "P", SponsorKind.State, "CN", [], [Instrument.Subsidy], [], null, headline, null, parts, Cite);

    private static Allocation Included(string id, ReportedAmount amount) =>
        new(id, AllocationPurpose.Compute, id, amount, PartMembership.Included, null, Cite);

    // ReportedAmount.Precision: "A plain figure with a precision is rounded to it, not exact"; PartsCheck.AddsUpExactly:
    // true only when the whole and every included part are exact.
    [Fact]
    public void PartsCheck_of_figures_rounded_to_their_precision_does_not_add_up_exactly()
    {
        ReportedAmount trillion = ReportedAmount.Exact(Money.Cny(1_000_000_000_000m)).WithPrecision(1_000_000_000_000m);
        Programme p = WithParts(trillion, Included("p.a", ReportedAmount.Exact(Money.Cny(600_000_000_000m)).WithPrecision(100_000_000_000m)),
            Included("p.b", ReportedAmount.Exact(Money.Cny(400_000_000_000m)).WithPrecision(100_000_000_000m)));
        trillion.IsExact.Should().BeFalse();
        p.CheckParts().AddsUpExactly.Should().BeFalse();
        p.CheckParts().ToString().Should().NotContain("adding up exactly");
        AiRace.Core.Analysis.FundAudit.Audit(p, AiRace.Core.Data.PolicyDataset.Empty).Summary.Should().NotContain("add up exactly")
            .And.Contain("The included parts add up to the stated figure of the whole");
    }

    [Fact]
    public void PartsCheck_of_exact_parts_of_a_rounded_whole_or_rounded_parts_of_an_exact_whole_does_not_add_up_exactly()
    {
        WithParts(ReportedAmount.Exact(Money.Cny(1_000m)).WithPrecision(1_000m), Included("a", ReportedAmount.Exact(Money.Cny(1_000m))))
            .CheckParts().AddsUpExactly.Should().BeFalse("the whole is rounded to the thousand");
        WithParts(ReportedAmount.Exact(Money.Cny(1_000m)), Included("a", ReportedAmount.Exact(Money.Cny(1_000m)).WithPrecision(100m)))
            .CheckParts().AddsUpExactly.Should().BeFalse("the part is rounded to the hundred");
        WithParts(ReportedAmount.Exact(Money.Cny(1_000m)), Included("a", ReportedAmount.Exact(Money.Cny(1_000m))))
            .CheckParts().AddsUpExactly.Should().BeTrue("both are exact");
    }

    [Fact]
    public void Parts_check_of_the_embedded_Shanghai_package_does_not_add_up_exactly_its_figures_are_rounded()
    {
        PartsCheck check = AiRace.Core.Data.PolicyData.Embedded.Programme("cn-sh-ai-subsidy-package").CheckParts();
        check.Whole!.Precision.Should().Be(1_000_000_000m, "\"one billion yuan\" is rounded to the billion");
        check.AddsUpExactly.Should().BeFalse();
        check.Remainder.Should().Be(Money.Cny(0m), "the stated figures 600 + 300 + 100 million add up to the stated billion");
    }

    // PartsCheck.ToString: what a whole leaves keeps the qualifiers it comes from; a cap less its parts is at most that
    // much, never a plain figure.
    [Fact]
    public void PartsCheck_ToString_says_what_a_cap_leaves_is_up_to_that_much()
    {
        WithParts(ReportedAmount.UpTo(Money.Cny(1_000m)), Included("a", ReportedAmount.Exact(Money.Cny(600m)))).CheckParts().ToString()
            .Should().Contain("included parts CNY 600, leaving up to CNY 400").And.NotContain("leaving CNY 400");
        WithParts(ReportedAmount.UpTo(Money.Cny(1_000m)), Included("a", ReportedAmount.Approximately(Money.Cny(600m)))).CheckParts().ToString()
            .Should().Contain("leaving up to about CNY 400");
    }

    [Fact]
    public void PartsCheck_ToString_says_what_a_floor_an_estimate_or_rounded_figures_leave_with_their_qualifier()
    {
        WithParts(ReportedAmount.AtLeast(Money.Cny(1_000m)), Included("a", ReportedAmount.Exact(Money.Cny(600m)))).CheckParts().ToString()
            .Should().Contain("leaving at least CNY 400");
        WithParts(ReportedAmount.Approximately(Money.Cny(1_000m)), Included("a", ReportedAmount.Exact(Money.Cny(600m)))).CheckParts().ToString()
            .Should().Contain("leaving about CNY 400");
        WithParts(ReportedAmount.Exact(Money.Cny(1_000m)).WithPrecision(1_000m), Included("a", ReportedAmount.Exact(Money.Cny(600m)))).CheckParts().ToString()
            .Should().Contain("leaving about CNY 400");
        WithParts(ReportedAmount.Exact(Money.Cny(1_000m)), Included("a", ReportedAmount.Exact(Money.Cny(600m)))).CheckParts().ToString()
            .Should().Contain("leaving CNY 400");
        WithParts(ReportedAmount.Exact(Money.Cny(1_000m)), Included("a", ReportedAmount.Between(Money.Cny(600m), Money.Cny(700m)))).CheckParts().ToString()
            .Should().Contain("leaving between CNY 300 and CNY 400");
        WithParts(ReportedAmount.Exact(Money.Cny(1_000m)), Included("a", ReportedAmount.AtLeast(Money.Cny(600m)))).CheckParts().ToString()
            .Should().Contain("leaving up to CNY 400");
    }

    // PartsCheck.Problems: sums beyond decimal are not computable, with the reason. The high ends of included ranges that
    // add up beyond decimal were dropped silently, and the parts then read as floors ("at least").
    [Fact]
    public void High_ends_of_included_ranges_beyond_decimal_are_listed_as_not_computable()
    {
        Programme p = WithParts(
            ReportedAmount.Exact(Money.Cny(decimal.MaxValue)),
            Included("r1", ReportedAmount.Between(Money.Cny(1m), Money.Cny(decimal.MaxValue))),
            Included("r2", ReportedAmount.Between(Money.Cny(1m), Money.Cny(decimal.MaxValue))));
        PartsCheck check = p.CheckParts();

        check.IncludedTotal.Should().Be(Money.Cny(2m));
        check.IncludedHigh.Should().BeNull();
        check.Problems.Should().ContainSingle().Which.Should().Be("The sum of the high ends of the included parts of the programme \"p\" is not computable: the high ends up to \"r2\" add up to more than the largest amount this library can hold (about 7.9 × 10^28).");
        AiRace.Core.Analysis.FundAudit.Audit(p, AiRace.Core.Data.PolicyDataset.Empty).Summary
            .Should().Contain("at least CNY 2.00 (the sum of their high ends is beyond what this library can hold)").And.Contain("not computable");
    }

    [Fact]
    public void High_ends_beyond_decimal_are_no_problem_when_a_floor_among_the_parts_has_no_high_end()
    {
        PartsCheck check = WithParts(
            null,
            Included("r1", ReportedAmount.Between(Money.Cny(1m), Money.Cny(decimal.MaxValue))),
            Included("r2", ReportedAmount.Between(Money.Cny(1m), Money.Cny(decimal.MaxValue))),
            Included("f", ReportedAmount.AtLeast(Money.Cny(1m)))).CheckParts();

        check.Problems.Should().BeEmpty();
        check.IncludedHigh.Should().BeNull();
    }

    [Fact]
    public void Parts_check_does_not_add_up_exactly_when_the_whole_is_a_range()
    {
        PartsCheck check = WithParts(ReportedAmount.Between(Money.Cny(100), Money.Cny(200)), Included("a", ReportedAmount.Exact(Money.Cny(100)))).CheckParts();

        check.AddsUpExactly.Should().BeFalse("the whole is 100 to 200, not stated exactly");
        check.Remainder.Should().BeNull("a range has no single remainder");
        check.ToString().Should().NotContain("adding up exactly");
    }

    // PartsCheck.IncludedTotal: "The exact sum of the stated amounts of the included parts that are not caps ...; null
    // when there are none"; Problems lists caps whose sum is beyond decimal, which must not drop the parts after them.
    [Fact]
    public void Caps_beyond_decimal_do_not_drop_the_included_parts_after_them_from_the_total()
    {
        Money half = Money.Cny(50_000_000_000_000_000_000_000_000_000m);
        PartsCheck check = WithParts(
            null,
            Included("c1", ReportedAmount.UpTo(half)),
            Included("c2", ReportedAmount.UpTo(half)),
            Included("x", ReportedAmount.Exact(Money.Cny(100m))),
            Included("c3", ReportedAmount.UpTo(Money.Cny(1m)))).CheckParts();

        check.Problems.Should().ContainSingle("the caps' sum is beyond decimal, reported once")
            .Which.Should().Be("The sum of the included caps of the programme \"p\" is not computable: the caps up to \"c2\" add up to more than the largest amount this library can hold (about 7.9 × 10^28).");
        check.IncludedCaps.Should().BeNull("their sum is not computable, and c3 is not a sum of all the caps");
        check.IncludedTotal.Should().Be(Money.Cny(100m), "the included part x (CNY 100, exact) is not a cap: its sum is CNY 100, not none");
        check.ToString().Should().StartWith("no whole; included parts CNY 100; The sum of the included caps of the programme \"p\" is not computable");
    }

    // PartsCheck.StatedFiguresAddUp: "add up to the whole's stated figure, with no caps among them": caps whose sum is
    // beyond decimal are still caps, so the parts do not add up to the whole by their stated figures alone.
    [Fact]
    public void Caps_beyond_decimal_are_still_caps_among_the_parts()
    {
        Money cap = Money.Cny(40_000_000_000_000_000_000_000_000_000m);
        Money whole = Money.Cny(60_000_000_000_000_000_000_000_000_000m);
        PartsCheck check = WithParts(
            ReportedAmount.Exact(whole),
            Included("c1", ReportedAmount.UpTo(cap)),
            Included("c2", ReportedAmount.UpTo(cap)),
            Included("x", ReportedAmount.Exact(whole))).CheckParts();

        check.IncludedCaps.Should().BeNull("their sum is not computable");
        check.IncludedTotal.Should().Be(whole);
        check.StatedFiguresAddUp.Should().BeFalse("two caps are among the included parts");
        check.AddsUpExactly.Should().BeFalse();
    }

    [Fact]
    public void Parts_check_does_not_add_up_exactly_when_a_part_or_the_whole_is_qualified()
    {
        WithParts(ReportedAmount.Approximately(Money.Cny(200)), Included("a", ReportedAmount.AtLeast(Money.Cny(100))), Included("b", ReportedAmount.Exact(Money.Cny(100))))
            .CheckParts().AddsUpExactly.Should().BeFalse("a floor is not an exact part");
        WithParts(ReportedAmount.Exact(Money.Cny(200)), Included("a", ReportedAmount.AtLeast(Money.Cny(100))), Included("b", ReportedAmount.Exact(Money.Cny(100))))
            .CheckParts().AddsUpExactly.Should().BeFalse("a floor is not an exact part, even under an exact whole");
        WithParts(ReportedAmount.Exact(Money.Cny(200)), Included("a", ReportedAmount.Approximately(Money.Cny(100))), Included("b", ReportedAmount.Exact(Money.Cny(100))))
            .CheckParts().AddsUpExactly.Should().BeFalse("an approximate part is not an exact part");
        WithParts(ReportedAmount.Approximately(Money.Cny(200)), Included("a", ReportedAmount.Exact(Money.Cny(200))))
            .CheckParts().AddsUpExactly.Should().BeFalse("an approximate whole is not stated exactly");
        WithParts(ReportedAmount.Exact(Money.Cny(200)), Included("a", ReportedAmount.Exact(Money.Cny(100.0m))), Included("b", ReportedAmount.Exact(Money.Cny(100.00m))))
            .CheckParts().AddsUpExactly.Should().BeTrue();
    }

    [Fact]
    public void Programme_refuses_a_part_larger_than_its_whole()
    {
        Action act = () => WithParts(ReportedAmount.Approximately(Money.Cny(100)), Included("a", ReportedAmount.Exact(Money.Cny(150))));

        act.Should().Throw<ArgumentException>().WithParameterName("parts").WithMessage("The part \"a\" (CNY 150) of the programme \"p\" is larger than its whole (approximately CNY 100).*");
    }

    [Fact]
    public void Programme_refuses_included_parts_that_add_up_to_more_than_the_whole()
    {
        Action act = () => WithParts(ReportedAmount.Exact(Money.Cny(1000)), Included("a", ReportedAmount.Exact(Money.Cny(600))), Included("b", ReportedAmount.Exact(Money.Cny(600))));

        act.Should().Throw<ArgumentException>().WithParameterName("parts").WithMessage("The included parts of the programme \"p\" up to \"b\" add up to CNY 1.2K, more than their whole (CNY 1K).*");
    }

    [Fact]
    public void Programme_refuses_included_parts_in_another_currency_than_the_whole_or_in_two_currencies_without_one()
    {
        Action otherThanWhole = () => WithParts(ReportedAmount.Exact(Money.Cny(1000)), Included("a", ReportedAmount.Exact(Money.Usd(10))));
        Action twoWithoutWhole = () => WithParts(null, Included("a", ReportedAmount.Exact(Money.Cny(10))), Included("b", ReportedAmount.Exact(Money.Usd(10))));

        otherThanWhole.Should().Throw<ArgumentException>().WithMessage("The part \"a\" of the programme \"p\" is in USD but its whole is in CNY; state included parts in the whole's currency.*");
        twoWithoutWhole.Should().Throw<ArgumentException>().WithMessage("The part \"b\" of the programme \"p\" is in USD but the included parts before it are in CNY; included parts share one currency.*");
        WithParts(null, Included("a", ReportedAmount.Exact(Money.Cny(10))), Included("b", ReportedAmount.Exact(Money.Cny(5)))).CheckParts().IncludedTotal.Should().Be(Money.Cny(15));
    }

    [Fact]
    public void Programme_needs_an_instrument_and_cannot_be_its_own_parent()
    {
        Action noInstrument = () => _ = new Programme("p", "P", SponsorKind.State, "CN", [], [], [], null, null, null, [], Cite);
        Action ownParent = () => _ = new Programme("p", "P", SponsorKind.State, "CN", [], [Instrument.Plan], [], null, null, "p", [], Cite);

        noInstrument.Should().Throw<ArgumentException>().WithParameterName("instruments").WithMessage("The programme \"p\" must list at least one instrument.*");
        ownParent.Should().Throw<ArgumentException>().WithParameterName("parentId").WithMessage("The programme \"p\" cannot be its own parent.*");
    }

    [Fact]
    public void Period_refuses_a_length_without_a_unit()
    {
        Action alone = () => _ = new Period(PartialDate.Unknown, PartialDate.Unknown, default(DurationRange));
        Action withDates = () => _ = new Period(PartialDate.OfYear(2024), PartialDate.OfYear(2026), default(DurationRange));
        alone.Should().Throw<ArgumentException>().WithParameterName("length").WithMessage("*has no unit*");
        withDates.Should().Throw<ArgumentException>().WithParameterName("length");
        new Period(PartialDate.Unknown, PartialDate.Unknown, DurationRange.Years(3, 5)).Length.Should().Be(DurationRange.Years(3, 5));
    }

    [Fact]
    public void Programme_refuses_two_parts_with_the_same_id_naming_it()
    {
        Allocation Part(string id, decimal amount) => new(id, AllocationPurpose.Compute, "a part", ReportedAmount.Exact(Money.Cny(amount)), PartMembership.Included, null, Cite);
        Programme Make(IEnumerable<Allocation> parts) =>
            new("prog", "P", SponsorKind.State, "CN", [], [Instrument.Subsidy], [], null, ReportedAmount.Exact(Money.Cny(1_000m)), null, parts, Cite);

        FluentActions.Invoking(() => Make([Part("a", 10m), Part("b", 20m), Part("a", 30m)])).Should().Throw<ArgumentException>()
            .WithParameterName("parts").WithMessage("Two parts of the programme \"prog\" have the id \"a\"*");
        FluentActions.Invoking(() => Make(Enumerable.Range(0, 40).Select(i => Part("p" + (i % 39), 1m)))).Should().Throw<ArgumentException>()
            .WithMessage("*the id \"p0\"*");
        Make(Enumerable.Range(0, 40).Select(i => Part("p" + i, 1m))).Parts.Should().HaveCount(40);
    }

    [Fact]
    public void Period_needs_something_known_and_cannot_end_before_it_starts()
    {
        Action nothing = () => _ = new Period(PartialDate.Unknown, PartialDate.Unknown, null);
        Action backwards = () => _ = new Period(PartialDate.OfMonth(2025, 3), PartialDate.OfMonth(2025, 2), null);

        nothing.Should().Throw<ArgumentException>().WithMessage("A period needs at least one of a start, an end or a length*");
        backwards.Should().Throw<ArgumentException>().WithParameterName("end").WithMessage("The period ends (2025-02) before it starts (2025-03).*");
        new Period(PartialDate.OfMonth(2025, 3), PartialDate.OfYear(2025), null).End.Should().Be(PartialDate.OfYear(2025), "a year is not before a month within it");
        new Period(PartialDate.OfDay(2025, 3, 9), PartialDate.OfDay(2025, 3, 9), null).Start.Day.Should().Be(9);
    }

    [Theory]
    [InlineData("2024", "2025-01", true)]
    [InlineData("2025", "2025-01", false)]
    [InlineData("2025-01", "2025", false)]
    [InlineData("2025-01", "2025-02", true)]
    [InlineData("2025-02", "2025-01-31", false)]
    [InlineData("2025-02-01", "2025-02-02", true)]
    [InlineData("2025-02-02", "2025-02-02", false)]
    [InlineData("2025-02", "2025-02-02", false)]
    [InlineData("unknown", "2025", false)]
    [InlineData("2025", "unknown", false)]
    public void Partial_dates_know_when_one_lies_wholly_before_another(string first, string second, bool before)
    {
        PartialDate.IsBefore(PartialDate.Parse(first), PartialDate.Parse(second)).Should().Be(before);
    }

    [Fact]
    public void Subdivisions_belong_to_their_country_and_city_ids_extend_their_parents()
    {
        Action foreignParent = () => _ = new Jurisdiction("US-CA", JurisdictionKind.Subdivision, "California", "CN", []);
        Action badCity = () => _ = new Jurisdiction("pudong", JurisdictionKind.City, "Pudong", "CN-SH", []);
        Action upperCaseCity = () => _ = new Jurisdiction("CN-SH.Pudong", JurisdictionKind.City, "Pudong", "CN-SH", []);

        foreignParent.Should().Throw<ArgumentException>().WithParameterName("parentId").WithMessage("The subdivision \"US-CA\" must have its own country (or a subdivision of it) as parent, not \"CN\".*");
        badCity.Should().Throw<ArgumentException>().WithParameterName("id").WithMessage("A city's id must be its parent's id, a dot and a lower-case name (such as \"CN-SH.hangzhou\"); found \"pudong\".*");
        upperCaseCity.Should().Throw<ArgumentException>().WithParameterName("id");
        new Jurisdiction("CN-SH.pudong-new-area-2", JurisdictionKind.City, "Pudong", "CN-SH", []).ParentId.Should().Be("CN-SH");
    }

    [Theory]
    [InlineData("unknown", DatePrecision.Unknown)]
    [InlineData("2027", DatePrecision.Year)]
    [InlineData("2025-07", DatePrecision.Month)]
    [InlineData("2025-07-26", DatePrecision.Day)]
    public void Partial_dates_keep_their_precision(string text, DatePrecision precision)
    {
        PartialDate date = PartialDate.Parse(text);

        date.Precision.Should().Be(precision);
        date.ToString().Should().Be(text);
    }

    [Theory]
    [InlineData("2025-02-30")]
    [InlineData("25-07")]
    [InlineData("July 2025")]
    [InlineData("0000")]
    public void Partial_dates_refuse_what_is_not_a_date(string text)
    {
        Action act = () => PartialDate.Parse(text);

        act.Should().Throw<FormatException>();
    }

    [Fact]
    public void Metric_values_know_their_kind()
    {
        MetricValue about = MetricValue.Of(Ratio.Of(0.65m), AmountQualifier.Approximately);

        about.Kind.Should().Be(MetricValueKind.Ratio);
        about.ToString().Should().Be("approximately 0.65x");
        Action wrong = () => about.AsShare();
        wrong.Should().Throw<InvalidOperationException>().WithMessage("This metric value is a Ratio (approximately 0.65x), not a Share.");
        default(MetricValue).Kind.Should().Be(MetricValueKind.Number);
        MetricValue.Of(Money.Usd(5)).AsMoney().Should().Be(Money.Usd(5));
    }

    [Fact]
    public void Jurisdictions_need_parents_except_countries()
    {
        Action orphanCity = () => _ = new Jurisdiction("CN-ZJ.hangzhou", JurisdictionKind.City, "Hangzhou", null, []);
        Action countryWithParent = () => _ = new Jurisdiction("CN", JurisdictionKind.Country, "China", "US", []);

        orphanCity.Should().Throw<ArgumentException>().WithParameterName("parentId").WithMessage("The city \"CN-ZJ.hangzhou\" needs a parent.*");
        countryWithParent.Should().Throw<ArgumentException>().WithParameterName("parentId").WithMessage("The country \"CN\" cannot have a parent.*");
    }

    [Fact]
    public void Partial_dates_have_json_in_their_text_form()
    {
        System.Text.Json.JsonSerializer.Serialize(PartialDate.OfMonth(2025, 7)).Should().Be("\"2025-07\"");
        System.Text.Json.JsonSerializer.Deserialize<PartialDate>("\"unknown\"").Should().Be(PartialDate.Unknown);
        Action bad = () => System.Text.Json.JsonSerializer.Deserialize<PartialDate>("\"2025-02-30\"");
        bad.Should().Throw<System.Text.Json.JsonException>().WithMessage("\"2025-02-30\" is not a calendar date.");
    }

    [Fact]
    public void An_overlap_names_at_least_two_different_programmes()
    {
        var overlap = new ProgrammeOverlap("o", ["a", "b", "c"], "may count the same money", Cite, "amb");

        overlap.Involves("b").Should().BeTrue();
        overlap.Involves("d").Should().BeFalse();
        overlap.ToString().Should().Be("o: a ~ b ~ c may overlap (may count the same money)");
        Action one = () => _ = new ProgrammeOverlap("o", ["a"], "r", Cite);
        Action twice = () => _ = new ProgrammeOverlap("o", ["a", "b", "a"], "r", Cite);
        Action uncited = () => _ = new ProgrammeOverlap("o", ["a", "b"], "r", []);
        one.Should().Throw<ArgumentException>().WithParameterName("programmeIds").WithMessage("The overlap \"o\" names only \"a\"; an overlap needs at least two programmes.*");
        twice.Should().Throw<ArgumentException>().WithParameterName("programmeIds").WithMessage("The overlap \"o\" names the programme \"a\" twice (items 0 and 2); name each programme once.*");
        uncited.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void An_inference_names_a_field_path_and_a_reason_and_a_fact_has_one_per_field()
    {
        var inference = new Inference("headline.sourceConversion.currency", "a bare \"$\" read as US dollars");

        inference.Property.Should().Be("headline");
        inference.ToString().Should().Be("headline.sourceConversion.currency (inferred): a bare \"$\" read as US dollars");
        foreach (string bad in new[] { "", "Headline", "head line", "a..b", "a.", "1a" })
        {
            Action act = () => _ = new Inference(bad, "r");
            act.Should().Throw<ArgumentException>(bad);
        }

        Action blank = () => _ = new Inference("name", " ");
        blank.Should().Throw<ArgumentException>();
        Action twice = () => _ = new Claim("c", "t", "CN", "s", null, null, Cite, [new Inference("topic", "r"), new Inference("topic", "s")]);
        twice.Should().Throw<ArgumentException>().WithMessage("The field \"topic\" of the claim \"c\" has two inferences (items 0 and 1); give one with both reasons.*");
        new Claim("c", "t", "CN", "s", null, null, Cite).Inferences.Should().BeEmpty();
    }

    public static TheoryData<string, string> FactKinds() => new()
    {
        { "actor", "name, kind, jurisdiction, affiliation, role" },
        { "part", "purpose, description, amount, membership, period" },
        { "claim", "topic, subject, statement, comparator, by" },
        { "indicator", "metric, subject, value, observed, method, by, comparator, comparatorId, note" },
        { "jurisdiction", "kind, name, parent" },
        { "programme", "name, sponsorKind, jurisdiction, instruments, description, actors, status, period, headline, parent, parts" },
        { "target", "metric, subject, goal, kind, baseline, by, programme, note" },
    };

    private static object Fact(string kind, params Inference[] inferences) => kind switch
    {
        "actor" => new Actor("a", "A", ActorKind.Company, null, null, null, Cite, inferences),
        "part" => new Allocation("a", AllocationPurpose.Compute, "A", ReportedAmount.Exact(Money.Cny(1)), PartMembership.Included, null, Cite, inferences),
        "claim" => new Claim("c", "t", "CN", "s", null, null, Cite, inferences),
        "indicator" => new Indicator("i", "m", "CN", MetricValue.Of(Share.FromPercent(20)), PartialDate.OfYear(2025), IndicatorMethod.Report, null, null, null, Cite, null, inferences),
        "jurisdiction" => new Jurisdiction("CN-ZJ.hangzhou", JurisdictionKind.City, "Hangzhou", "CN-ZJ", Cite, inferences),
        "programme" => new Programme("p", "P", SponsorKind.State, "CN", [], [Instrument.Plan], [], null, null, null, [], Cite, null, inferences),
        "target" => new Target("t", "m", "CN", null, null, MetricValue.Of(Share.FromPercent(70)), 2028, TargetKind.OfficialTarget, null, null, Cite, null, inferences),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private static string FactId(string kind) => kind switch
    {
        "claim" => "c",
        "indicator" => "i",
        "jurisdiction" => "CN-ZJ.hangzhou",
        "programme" => "p",
        "target" => "t",
        _ => "a",
    };

    [Theory]
    [MemberData(nameof(FactKinds))]
    public void A_fact_takes_an_inference_only_about_a_field_the_loader_would_take(string kind, string fields)
    {
        string first = fields.Split(", ")[0];
        string article = kind is "actor" or "indicator" ? "an" : "a";

        Fact(kind, new Inference(first, "r"), new Inference(first + ".below", "r")).Should().NotBeNull();
        foreach (string bad in new[] { "id", "sources", "inferred", "amounts", "currency.code" })
        {
            Action act = () => Fact(kind, new Inference(first, "r"), new Inference(bad, "r"));
            act.Should().Throw<ArgumentException>(bad).WithParameterName("inferences")
                .WithMessage($"inferences[1] of the {kind} \"{FactId(kind)}\" is about \"{bad}\", which is not a field of {article} {kind} ({fields}) nor a path below one.*");
        }
    }

    [Theory]
    [InlineData("8200000000", "100000000", true)]
    [InlineData("1000000000000", "1000000000000", true)]
    [InlineData("0.5", "0.1", true)]
    [InlineData("8200000000", "1000000000", false)]
    [InlineData("100", "30", false)]
    [InlineData("100", "0", false)]
    [InlineData("100", "-10", false)]
    public void A_figure_records_the_precision_its_digits_imply(string amount, string precision, bool valid)
    {
        ReportedAmount plain = ReportedAmount.Exact(Money.Usd(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture)));
        decimal p = decimal.Parse(precision, System.Globalization.CultureInfo.InvariantCulture);

        Action act = () => plain.WithPrecision(p);

        if (valid)
        {
            ReportedAmount rounded = plain.WithStatedText("x").WithPrecision(p);
            rounded.Precision.Should().Be(p);
            rounded.IsExact.Should().BeFalse("a plain figure with a precision is rounded");
            rounded.StatedText.Should().Be("x");
            rounded.WithSourceConversion(ReportedAmount.Exact(Money.Cny(1))).Precision.Should().Be(p);
            rounded.Should().NotBe(plain.WithStatedText("x"));
            plain.IsExact.Should().BeTrue();
        }
        else
        {
            act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("precision");
        }
    }

    [Fact]
    public void A_source_may_name_its_author_and_web_address()
    {
        var source = new Source("s", "T", "P", PartialDate.OfDay(2025, 7, 26), "x", Confidence.High, null, "A. Writer", new Uri("https://example.org/a"));

        source.Author.Should().Be("A. Writer");
        source.Url!.AbsoluteUri.Should().Be("https://example.org/a");
        Action ftp = () => _ = new Source("s", null, null, PartialDate.Unknown, "x", Confidence.Low, null, null, new Uri("ftp://example.org/a"));
        ftp.Should().Throw<ArgumentException>().WithParameterName("url");
    }
}

using System;
using System.Linq;
using AiRace.Core.Analysis;
using AiRace.Core.Policy;
using AiRace.Core.Reporting;
using M = AiRace.Core.Money;

namespace AiRace.Core.Tests.Analysis;

public class TargetPathTests
{
    private static readonly Target Bernstein = AnalysisData.Embedded.Targets.Single(t => t.Id == "t-bernstein-domestic-chip-share-2027");

    [Fact]
    public void DomesticChips_17To55Percent_2023To2027_IsNinePointFivePointsAYear()
    {
        TargetPath path = TargetPath.For(Bernstein);
        path.Kind.Should().Be(TargetKind.AnalystForecast);
        path.ById.Should().Be("bernstein");
        path.BaselineYear.Should().Be(2023);
        path.GoalYear.Should().Be(2027);
        path.Unit.Should().Be("percent");
        path.PaceUnit.Should().Be("pp per year");
        path.LinearPacePerYear.Should().Be(9.5m, "(55 − 17) / 4 years");
        path.GrowthFactor.Should().Be(55m / 17m);
        path.CompoundAnnualGrowthRate.Should().BeInRange(0.3411m, 0.3412m, "(55/17)^(1/4) − 1 ≈ 34.1% a year");
        (17m * (1m + path.CompoundAnnualGrowthRate) * (1m + path.CompoundAnnualGrowthRate) * (1m + path.CompoundAnnualGrowthRate) * (1m + path.CompoundAnnualGrowthRate))
            .Should().BeApproximately(55m, 0.0000000000000000001m, "the rate compounds back to the goal");
        path.Points.Select(p => p.Year).Should().Equal(2023, 2024, 2025, 2026, 2027);
        path.Points.Select(p => p.Linear).Should().Equal(17m, 26.5m, 36m, 45.5m, 55m);
        path.CompoundValueAt(2025).Should().BeApproximately(17m * path.GrowthFactor.Sqrt(), 0.000000000001m);
        path.Describe().Should().Be("analyst forecast by bernstein: 17 → 55 percent, 2023–2027, +9.5 pp per year, compound 34.12% a year");
    }

    [Fact]
    public void Observations_AreAheadOnOrBehindThePath()
    {
        TargetPath path = TargetPath.For(Bernstein);
        path.Assess(AnalysisData.Embedded.Indicators.Single(i => i.Id == "i-domestic-chip-share-2023")).VersusLinear.Should().Be(PathPosition.OnPath);
        PathAssessment ahead = path.Assess(2025, 40m);
        ahead.VersusLinear.Should().Be(PathPosition.Ahead);
        ahead.DeviationFromLinear.Should().Be(4m, "40% observed against 36% expected");
        ahead.VersusCompound.Should().Be(PathPosition.Ahead, "the compound path expects about 30.6% in 2025");
        path.Assess(2025, 33m).VersusLinear.Should().Be(PathPosition.Behind);
        path.Assess(2025, 33m).VersusCompound.Should().Be(PathPosition.Ahead, "compound growth starts slow");
        path.Assess(2025, 35.5m, tolerance: 0.5m).VersusLinear.Should().Be(PathPosition.OnPath);
        ((Action)(() => path.Assess(2030, 60m))).Should().Throw<ArgumentOutOfRangeException>().WithMessage("The path of t-bernstein-domestic-chip-share-2027 runs from 2023 to 2027; 2030 is outside it and is not extrapolated.*");
        ((Action)(() => path.Assess(2025, 30m, tolerance: -1m))).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void IndicatorOfAnotherMetric_IsRefused()
    {
        TargetPath path = TargetPath.For(Bernstein);
        Indicator ipsos = AnalysisData.Embedded.Indicators.Single(i => i.Id == "i-ipsos-cn-ai-benefits");
        ((Action)(() => path.Assess(ipsos))).Should().Throw<ArgumentException>().WithMessage("Indicator i-ipsos-cn-ai-benefits measures public-opinion.ai-more-benefits-than-drawbacks of CN; the target is about ai-accelerator-market-share.domestic-chips of CN.*");
    }

    [Fact]
    public void SpareTire_70PercentBy2028_HasNoBaseline_SoNoPath()
    {
        Target spareTire = AnalysisData.Embedded.Targets.Single(t => t.Id == "t-spare-tire-self-sufficiency-2028");
        spareTire.Kind.Should().Be(TargetKind.Unknown, "the summary does not say who set the goal");
        TargetPath.TryFor(spareTire, out TargetPath? path, out string? reason).Should().BeFalse();
        path.Should().BeNull();
        reason.Should().StartWith("Target t-spare-tire-self-sufficiency-2028 has no baseline value and year, so it implies no path: only its goal (70% by 2028) is known");
        ((Action)(() => TargetPath.For(spareTire))).Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void Table_HasOneRowAYearWithUnits()
    {
        ResultTable table = TargetPath.For(Bernstein).ToTable();
        table.Rows.Should().HaveCount(5);
        table.Columns.Single(c => c.Name == "linear").Unit.Should().Be("percent");
        table.Rows[1][table.IndexOf("linear")].Should().Be(26.5m);
        table.Rows[1][table.IndexOf("kind")].Should().Be("analyst forecast");
    }

    private static readonly SourceReference[] Cite = [new("src-1", "the quote")];

    [Fact]
    public void Assess_refuses_an_indicator_in_another_currency_than_the_path()
    {
        var target = new Target("t", "m", "cn", MetricValue.Of(M.Usd(100m)), 2020, MetricValue.Of(M.Usd(200m)), 2030, TargetKind.OfficialTarget, null, null, Cite);
        var yuan = new Indicator("i", "m", "cn", MetricValue.Of(M.Cny(150m)), PartialDate.OfYear(2025), IndicatorMethod.Report, null, null, null, Cite);
        var dollars = new Indicator("j", "m", "cn", MetricValue.Of(M.Usd(150m)), PartialDate.OfYear(2025), IndicatorMethod.Report, null, null, null, Cite);
        TargetPath path = TargetPath.For(target);
        FluentActions.Invoking(() => path.Assess(yuan)).Should().Throw<ArgumentException>().WithParameterName("indicator")
            .WithMessage("Indicator i is in CNY; the path of target t is in USD.*");
        path.Assess(dollars).VersusLinear.Should().Be(PathPosition.OnPath);
    }

    // PathPoint.Compound: "the value if the value grows by the same factor every year", baseline × (goal / baseline)^(k / years),
    // here to decimal's precision (rounded once from the exact value, which a running decimal product drifted from).
    [Fact]
    public void Compound_points_of_a_long_path_are_the_exact_values_rounded_once()
    {
        var target = new Target("t", "m", "cn", MetricValue.Of(Share.FromPercent(17m)), 2000, MetricValue.Of(Share.FromPercent(55m)), 2050, TargetKind.OfficialTarget, null, null, Cite);
        TargetPath path = TargetPath.For(target);

        // 17 × (55 / 17)^(k / 50) to 100 digits: 17.4039247456375350082610750035814…, 53.7235143029658841968892151691358…
        path.CompoundValueAt(2001).Should().Be(17.403924745637535008261075004m);
        path.CompoundValueAt(2049).Should().Be(53.723514302965884196889215169m);

        var falling = new Target("f", "m", "cn", MetricValue.Of(Share.FromPercent(55m)), 2000, MetricValue.Of(Share.FromPercent(17m)), 2050, TargetKind.OfficialTarget, null, null, Cite);
        TargetPath down = TargetPath.For(falling);
        down.CompoundValueAt(2001).Should().Be(53.723514302965884196889215169m);
        down.CompoundValueAt(2049).Should().Be(17.403924745637535008261075004m);
    }

    // The same promise where the exact value is a decimal: the point is that decimal.
    [Fact]
    public void Compound_points_whose_exact_value_is_a_decimal_are_that_decimal()
    {
        var doubling = new Target("t", "m", "cn", MetricValue.OfNumber(3m), 2020, MetricValue.OfNumber(3072m), 2030, TargetKind.OfficialTarget, null, null, Cite);
        TargetPath.For(doubling).Points.Select(p => p.Compound).Should().Equal(3m, 6m, 12m, 24m, 48m, 96m, 192m, 384m, 768m, 1536m, 3072m);

        // 1 → 10^-28 over 9,998 years: year 5,000 is 10^(-28 × 4,999 / 9,998) = 10^-14
        var falling = new Target("f", "m", "cn", MetricValue.OfNumber(1m), 1, MetricValue.OfNumber(0.0000000000000000000000000001m), 9999, TargetKind.OfficialTarget, null, null, Cite);
        TargetPath path = TargetPath.For(falling);
        path.CompoundValueAt(5000).Should().Be(0.00000000000001m);
        path.CompoundValueAt(9998).Should().Be(0.0000000000000000000000000001m, "1.0064…×10^-28 rounds to 10^-28");
    }

    // TargetPath.For: InvalidOperationException only when "the path is beyond decimal arithmetic"; issue 13 §3: every
    // analysis gives an answer for what decimal holds. Every point of 1 → decimal.MaxValue over two years fits a decimal.
    [Fact]
    public void TargetPath_from_1_to_decimal_MaxValue_over_two_years_is_drawn_not_refused_as_beyond_decimal()
    {
        var target = new Target("t", "m", "cn", MetricValue.OfNumber(1m), 2020, MetricValue.OfNumber(decimal.MaxValue), 2022, TargetKind.OfficialTarget, null, null, Cite);
        TargetPath.TryFor(target, out TargetPath? path, out string? reason).Should().BeTrue(reason);
        path!.Points.Select(p => p.Year).Should().Equal(2020, 2021, 2022);
        path.Points[^1].Compound.Should().Be(decimal.MaxValue);
    }

    // Every point, the pace, the growth factor (decimal.MaxValue) and the rate of 1 → decimal.MaxValue fit a decimal
    // over any number of years: the path is drawn, from 1 up to decimal.MaxValue.
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void TargetPath_from_1_to_decimal_MaxValue_is_drawn_over_any_number_of_years(int years)
    {
        var target = new Target("t", "m", "cn", MetricValue.OfNumber(1m), 2020, MetricValue.OfNumber(decimal.MaxValue), 2020 + years, TargetKind.OfficialTarget, null, null, Cite);
        TargetPath.TryFor(target, out TargetPath? path, out string? reason).Should().BeTrue(reason);
        path!.Points.Should().HaveCount(years + 1);
        path.Points[0].Compound.Should().Be(1m);
        path.Points[^1].Compound.Should().Be(decimal.MaxValue);
        path.Points[^1].Linear.Should().Be(decimal.MaxValue);
        path.Points.Select(p => p.Compound).Should().BeInAscendingOrder();
        path.GrowthFactor.Should().Be(decimal.MaxValue);
        ((double)path.CompoundAnnualGrowthRate).Should().BeApproximately(Math.Pow(2, 96.0 / years) - 1, Math.Pow(2, 96.0 / years) * 1e-12);
    }

    // 2^(96k/4) rounded to decimal's precision: (2^96 − 1)^(k/4) is within 10^-7 of it for each k.
    [Fact]
    public void TargetPath_from_1_to_decimal_MaxValue_over_four_years_has_the_powers_of_2_to_the_24th()
    {
        var target = new Target("t", "m", "cn", MetricValue.OfNumber(1m), 2020, MetricValue.OfNumber(decimal.MaxValue), 2024, TargetKind.OfficialTarget, null, null, Cite);
        TargetPath.For(target).Points.Select(p => p.Compound).Should().Equal(1m, 16777216m, 281474976710656m, 4722366482869645213696m, decimal.MaxValue);
    }

    // The same over the most years a target spans: year 5,000 is halfway, √(2^96 − 1) = 2^48 − 1.8 × 10^-15.
    [Fact]
    public void TargetPath_from_1_to_decimal_MaxValue_over_9998_years_is_drawn()
    {
        var target = new Target("t", "m", "cn", MetricValue.OfNumber(1m), 1, MetricValue.OfNumber(decimal.MaxValue), 9999, TargetKind.OfficialTarget, null, null, Cite);
        TargetPath.TryFor(target, out TargetPath? path, out string? reason).Should().BeTrue(reason);
        path!.Points.Should().HaveCount(9999);
        path.CompoundValueAt(5000).Should().Be(281474976710656m);
        path.Points[^1].Compound.Should().Be(decimal.MaxValue);
    }

    // A growth factor of exactly decimal.MaxValue (10^-28 → 7.92…) is a decimal, so the path is drawn.
    [Fact]
    public void TargetPath_whose_growth_factor_is_exactly_decimal_MaxValue_is_drawn()
    {
        var target = new Target("t", "m", "cn", MetricValue.OfNumber(0.0000000000000000000000000001m), 2020, MetricValue.OfNumber(7.9228162514264337593543950335m), 2025, TargetKind.OfficialTarget, null, null, Cite);
        TargetPath.TryFor(target, out TargetPath? path, out string? reason).Should().BeTrue(reason);
        path!.GrowthFactor.Should().Be(decimal.MaxValue);
        path.Points[^1].Compound.Should().Be(7.9228162514264337593543950335m);
    }

    // TargetPath.For: refused only when a figure the path reports is not a decimal, and the message names the figure.
    // 10^-28 → decimal.MaxValue: every point fits, but goal / baseline is 7.9 × 10^56, and the growth factor is reported.
    [Theory]
    [InlineData(2)]
    [InlineData(5)]
    public void TargetPath_whose_growth_factor_is_above_decimal_MaxValue_is_refused_naming_the_growth_factor(int years)
    {
        var target = new Target("t", "m", "cn", MetricValue.OfNumber(0.0000000000000000000000000001m), 2020, MetricValue.OfNumber(decimal.MaxValue), 2020 + years, TargetKind.OfficialTarget, null, null, Cite);
        TargetPath.TryFor(target, out TargetPath? path, out string? reason).Should().BeFalse();
        path.Should().BeNull();
        reason.Should().Be("Target t: the goal 79228162514264337593543950335 is more than 79228162514264337593543950335 times the baseline 0.0000000000000000000000000001, so the growth factor (goal / baseline) is beyond the range of decimal arithmetic, and a path reports its growth factor.");
        FluentActions.Invoking(() => TargetPath.For(target)).Should().Throw<InvalidOperationException>().WithMessage(reason);
    }

    // Falling from decimal.MaxValue to 1, 3 or 10^-28, goal / baseline is at most half of 10^-28: the growth factor would
    // be reported as 0 (as if the goal were nothing), so the path is refused, and the reason names the growth factor,
    // gives it exactly (goal / baseline) and says why, over any number of years. (It said "less than 10^-28 times the
    // baseline", which 4 to 7 are too, and those are drawn.)
    [Theory]
    [InlineData("1", 2)]
    [InlineData("1", 3)]
    [InlineData("1", 5)]
    [InlineData("3", 5)]
    [InlineData("0.0000000000000000000000000001", 2)]
    [InlineData("0.0000000000000000000000000001", 5)]
    public void TargetPath_falling_from_decimal_MaxValue_below_a_representable_growth_factor_is_refused_naming_it(string goal, int years)
    {
        decimal g = decimal.Parse(goal, System.Globalization.CultureInfo.InvariantCulture);
        var target = new Target("t", "m", "cn", MetricValue.OfNumber(decimal.MaxValue), 2020, MetricValue.OfNumber(g), 2020 + years, TargetKind.OfficialTarget, null, null, Cite);
        TargetPath.TryFor(target, out TargetPath? path, out string? reason).Should().BeFalse();
        path.Should().BeNull();
        reason.Should().Be($"Target t: the growth factor, goal / baseline = {goal} / 79228162514264337593543950335, is at most half of 10^-28, decimal's smallest step, so as a decimal it would be 0, as if the goal were nothing; a path reports its growth factor (TargetPath.GrowthFactor, a decimal), so none is given.");
        FluentActions.Invoking(() => TargetPath.For(target)).Should().Throw<InvalidOperationException>().WithMessage(reason);
    }

    // Just above half of 10^-28 (decimal.MaxValue down to 4: 5.05 × 10^-29), the growth factor is 10^-28, one digit, and
    // the path is drawn.
    [Fact]
    public void TargetPath_falling_from_decimal_MaxValue_to_4_is_drawn_with_a_growth_factor_of_one_digit()
    {
        var target = new Target("t", "m", "cn", MetricValue.OfNumber(decimal.MaxValue), 2020, MetricValue.OfNumber(4m), 2024, TargetKind.OfficialTarget, null, null, Cite);
        TargetPath.TryFor(target, out TargetPath? path, out string? reason).Should().BeTrue(reason);
        path!.GrowthFactor.Should().Be(0.0000000000000000000000000001m);
        path.Points[^1].Compound.Should().Be(4m);
        path.Points[0].Compound.Should().Be(decimal.MaxValue);
    }

    [Fact]
    public void Describe_and_table_notes_keep_the_qualifier_of_the_goal_and_baseline()
    {
        var target = new Target("t", "m", "cn", MetricValue.Of(Share.FromPercent(10m), AmountQualifier.Approximately), 2020,
            MetricValue.Of(Share.FromPercent(40m), AmountQualifier.AtLeast), 2030, TargetKind.OfficialTarget, null, null, Cite);
        TargetPath path = TargetPath.For(target);
        path.Describe().Should().StartWith("official target: approximately 10 → at least 40 percent, 2020–2030");
        path.ToTable().Notes.Should().Contain(path.Describe());
    }
}

internal static class DecimalTestMath
{
    public static decimal Sqrt(this decimal x)
    {
        decimal g = (decimal)Math.Sqrt((double)x);
        for (int i = 0; i < 10; i++)
        {
            g = (g + (x / g)) / 2m;
        }

        return g;
    }
}

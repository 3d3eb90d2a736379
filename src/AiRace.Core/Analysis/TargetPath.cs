using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using AiRace.Core.Policy;
using AiRace.Core.Reporting;
using AiRace.Core.Text;

namespace AiRace.Core.Analysis;

/// <summary>Where an observation stands against a path.</summary>
public enum PathPosition
{
    /// <summary>Further towards the goal than the path expects for that year.</summary>
    Ahead = 0,

    /// <summary>Exactly where the path expects it (within the stated tolerance).</summary>
    OnPath = 1,

    /// <summary>Not as far towards the goal as the path expects for that year.</summary>
    Behind = 2,
}

/// <summary>One year of a target's implied path.</summary>
/// <param name="Year">The year.</param>
/// <param name="Linear">The value if the change is spread evenly over the years (constant points per year).</param>
/// <param name="Compound">The value if the value grows by the same factor every year: baseline × (goal / baseline)^(k / years)
/// in the k-th year, to decimal's precision (rounded once from that value, not compounded year by year in decimal).</param>
public sealed record PathPoint(int Year, decimal Linear, decimal Compound)
{
    /// <summary>The year and the value each path expects for it, such as "2025: 36 linear, 30.5778 compound".</summary>
    /// <returns>The description, the same under every culture.</returns>
    /// <remarks>The values are rounded to four decimals for reading, to three significant digits where four decimals
    /// would show a value that is not zero as 0.</remarks>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Year}: {QuantityText.Readable(Linear, 4)} linear, {QuantityText.Readable(Compound, 4)} compound");
}

/// <summary>An observation set against a target's path.</summary>
/// <param name="Year">The observation's year.</param>
/// <param name="Observed">The observed value (in the path's unit).</param>
/// <param name="LinearExpected">What the linear path expects for that year.</param>
/// <param name="CompoundExpected">What the compound path expects for that year.</param>
/// <param name="VersusLinear">Ahead of, on or behind the linear path.</param>
/// <param name="VersusCompound">Ahead of, on or behind the compound path.</param>
/// <param name="Note">What the comparison rests on.</param>
public sealed record PathAssessment(int Year, decimal Observed, decimal LinearExpected, decimal CompoundExpected, PathPosition VersusLinear, PathPosition VersusCompound, string Note)
{
    /// <summary>Observed minus the linear expectation, in the path's unit (percentage points for shares).</summary>
    /// <exception cref="OverflowException">The observation and the linear expectation are of opposite signs and further
    /// apart than a decimal holds (the assessment's positions are still given).</exception>
    public decimal DeviationFromLinear => Observed - LinearExpected;

    /// <summary>Observed minus the compound expectation, in the path's unit.</summary>
    /// <exception cref="OverflowException">The observation and the compound expectation are of opposite signs and further
    /// apart than a decimal holds (the assessment's positions are still given).</exception>
    public decimal DeviationFromCompound => Observed - CompoundExpected;

    /// <summary>The year, the observation and where it stands against each path.</summary>
    /// <returns>The description.</returns>
    /// <remarks>The values are rounded to four decimals for reading, to three significant digits where four decimals
    /// would show a value that is not zero as 0.</remarks>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Year}: observed {QuantityText.Readable(Observed, 4)} against {QuantityText.Readable(LinearExpected, 4)} linear ({VersusLinear}) and {QuantityText.Readable(CompoundExpected, 4)} compound ({VersusCompound})");
}

/// <summary>
/// The path a target implies from its baseline to its goal: the linear pace (percentage points a year for shares),
/// the growth factor and compound annual growth rate, the implied value for each year in between, and how an
/// observation compares. Official targets, pledges and analyst forecasts keep their label. Computed in decimal.
/// </summary>
/// <remarks>For shares the values are in percent (17% is 17), so the pace is in percentage points a year.
/// Immutable and thread-safe.</remarks>
public sealed class TargetPath
{
    private TargetPath(Target target, decimal baseline, decimal goal, string unit, string paceUnit)
    {
        Target = target;
        BaselineYear = target.BaselineYear!.Value;
        GoalYear = target.GoalYear;
        BaselineValue = baseline;
        GoalValue = goal;
        Unit = unit;
        PaceUnit = paceUnit;
        int years = GoalYear - BaselineYear;
        LinearPacePerYear = Linear(goal, 1, baseline, -1, years);
        GrowthFactor = goal / baseline;
        CompoundAnnualGrowthRate = YearlyFactor(baseline, goal, years) - 1m;
        var points = new List<PathPoint>(years + 1);
        decimal[] compound = DecimalMath.GeometricPath(baseline, goal, years);
        for (int y = BaselineYear; y <= GoalYear; y++)
        {
            int k = y - BaselineYear;
            decimal linear = y == GoalYear ? goal : Linear(baseline, years - k, goal, k, years);
            points.Add(new PathPoint(y, linear, compound[k]));
        }

        Points = points.AsReadOnly();
    }

    /// <summary>(<paramref name="a"/> × <paramref name="m"/> + <paramref name="b"/> × <paramref name="n"/>) / <paramref name="years"/>,
    /// computed exactly and rounded once.</summary>
    /// <exception cref="OverflowException">It is beyond the range of decimal.</exception>
    private static decimal Linear(decimal a, int m, decimal b, int n, int years) =>
        ExactArithmetic.RoundedWeightedQuotient(a, m, b, n, years, out decimal value) switch
        {
            QuotientRange.AboveMaximum => throw new OverflowException(string.Create(CultureInfo.InvariantCulture, $"({a} × {m} + {b} × {n}) / {years} is beyond the range of decimal.")),
            _ => value,
        };

    /// <summary>The factor of one year's growth, the <paramref name="years"/>-th root of goal / baseline. A falling path
    /// takes the root of baseline / goal and inverts it: a quotient below 1 keeps fewer significant digits the smaller
    /// it is (decimal has 28 decimals), and its root would carry that error into every year, where the quotient above 1
    /// keeps all 28-29 digits.</summary>
    private static decimal YearlyFactor(decimal baseline, decimal goal, int years) =>
        goal >= baseline ? DecimalMath.Root(goal / baseline, years) : 1m / DecimalMath.Root(baseline / goal, years);

    /// <summary>The target.</summary>
    public Target Target { get; }

    /// <summary>Official target, pledge or analyst forecast.</summary>
    public TargetKind Kind => Target.Kind;

    /// <summary>Who set or made it, if the sources say.</summary>
    public string? ById => Target.ById;

    /// <summary>The baseline year.</summary>
    public int BaselineYear { get; }

    /// <summary>The goal year.</summary>
    public int GoalYear { get; }

    /// <summary>The baseline value, in <see cref="Unit"/>.</summary>
    public decimal BaselineValue { get; }

    /// <summary>The goal value, in <see cref="Unit"/>.</summary>
    public decimal GoalValue { get; }

    /// <summary>The unit of the values: "percent" for shares, else the metric's unit.</summary>
    public string Unit { get; }

    /// <summary>The unit of the pace: "pp per year" for shares.</summary>
    public string PaceUnit { get; }

    /// <summary>The even change per year: (goal − baseline) / years, computed exactly and rounded once; zero only when the
    /// goal is the baseline (a path whose pace would round to zero is refused).</summary>
    public decimal LinearPacePerYear { get; }

    /// <summary>Goal divided by baseline: decimal's quotient, to at most 28 decimals, so a factor below 1 keeps fewer
    /// significant digits the smaller it is (a path from 7 × 10^27 to 3 gives 0.0000000000000000000000000004, one digit).
    /// No other figure of the path is derived from it: the growth rate and the compound values are computed from the
    /// baseline and goal themselves. It is one of the path's figures, though: a target whose goal / baseline is not a
    /// decimal (above <see cref="decimal.MaxValue"/>, or at most half of 10^-28 so that it would be 0, as for decimal.MaxValue
    /// down to 1) has no path, and the reason gives the quotient exactly (goal / baseline) and why; a quotient just above
    /// half of 10^-28 (decimal.MaxValue down to 4) gives a path whose factor is 10^-28, one digit.</summary>
    public decimal GrowthFactor { get; }

    /// <summary>The compound annual growth rate, as a fraction: (goal / baseline)^(1/years) − 1, for a falling path
    /// computed as 1 / (baseline / goal)^(1/years) − 1, which keeps every digit the quotient below 1 would lose.</summary>
    public decimal CompoundAnnualGrowthRate { get; }

    /// <summary>The implied value of each year from the baseline year to the goal year. Read-only: a change through
    /// <see cref="IList{T}"/> throws <see cref="NotSupportedException"/>.</summary>
    public IReadOnlyList<PathPoint> Points { get; }

    /// <summary>Builds the path of a target that has a baseline value and year.</summary>
    /// <param name="target">The target.</param>
    /// <returns>The path.</returns>
    /// <exception cref="InvalidOperationException">The target has no baseline (so no path can be drawn), the goal
    /// year is not after the baseline year, the baseline is not positive (no growth rate exists), the baseline and
    /// goal are of different kinds, or a figure the path reports is not a decimal: the growth factor (goal / baseline
    /// above <see cref="decimal.MaxValue"/>, or at most half of 10^-28 so that it would be 0) or a linear pace that rounds
    /// to zero. The message names the figure.</exception>
    public static TargetPath For(Target target)
    {
        Guard.NotNull(target);
        if (!TryFor(target, out TargetPath? path, out string? reason))
        {
            throw new InvalidOperationException(reason);
        }

        return path;
    }

    /// <summary>Builds the path when the target allows one.</summary>
    /// <param name="target">The target.</param>
    /// <param name="path">The path, or null.</param>
    /// <param name="reason">Why no path exists, or null.</param>
    /// <returns>Whether a path exists.</returns>
    public static bool TryFor(Target target, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out TargetPath? path, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out string? reason)
    {
        Guard.NotNull(target);
        path = null;
        if (target.Baseline is not MetricValue baseline || target.BaselineYear is not int baselineYear)
        {
            reason = string.Create(CultureInfo.InvariantCulture, $"Target {target.Id} has no baseline value and year, so it implies no path: only its goal ({target.Goal} by {target.GoalYear}) is known.");
            return false;
        }

        if (target.GoalYear <= baselineYear)
        {
            reason = string.Create(CultureInfo.InvariantCulture, $"Target {target.Id}: the goal year {target.GoalYear} is not after the baseline year {baselineYear}.");
            return false;
        }

        if (baseline.Kind != target.Goal.Kind)
        {
            reason = $"Target {target.Id}: the baseline is a {baseline.Kind} and the goal a {target.Goal.Kind}; they cannot be compared.";
            return false;
        }

        (decimal b, decimal g, string unit, string paceUnit) = baseline.Kind switch
        {
            MetricValueKind.Share => (baseline.AsShare().Percent, target.Goal.AsShare().Percent, "percent", "pp per year"),
            MetricValueKind.Ratio => (baseline.AsRatio().Value, target.Goal.AsRatio().Value, "ratio", "per year"),
            MetricValueKind.Money => (baseline.AsMoney().Amount, target.Goal.AsMoney().Amount, baseline.AsMoney().Currency.Code, baseline.AsMoney().Currency.Code + " per year"),
            _ => (baseline.AsNumber(), target.Goal.AsNumber(), "number", "per year"),
        };
        if (baseline.Kind == MetricValueKind.Money && baseline.AsMoney().Currency != target.Goal.AsMoney().Currency)
        {
            reason = $"Target {target.Id}: the baseline and goal are in different currencies.";
            return false;
        }

        if (b <= 0m || g <= 0m)
        {
            reason = $"Target {target.Id}: a compound growth rate needs positive baseline and goal values.";
            return false;
        }

        try
        {
            switch (ExactArithmetic.RoundedQuotient(g, 1m, b, 1m, out _))
            {
                case QuotientRange.RoundsToZero:
                    // The quotient rounds to zero below 10^-28: there is no growth factor to report.
                    reason = string.Create(CultureInfo.InvariantCulture, $"Target {target.Id}: the growth factor, goal / baseline = {g} / {b}, is at most half of 10^-28, decimal's smallest step, so as a decimal it would be 0, as if the goal were nothing; a path reports its growth factor (TargetPath.GrowthFactor, a decimal), so none is given.");
                    return false;
                case QuotientRange.AboveMaximum:
                    reason = string.Create(CultureInfo.InvariantCulture, $"Target {target.Id}: the goal {g} is more than {decimal.MaxValue} times the baseline {b}, so the growth factor (goal / baseline) is beyond the range of decimal arithmetic, and a path reports its growth factor.");
                    return false;
            }

            int years = target.GoalYear - baselineYear;
            if (g != b && ExactArithmetic.RoundedWeightedQuotient(g, 1, b, -1, years, out _) == QuotientRange.RoundsToZero)
            {
                // The goal is not the baseline, but the change per year rounds to zero: a pace of 0 would say there is none.
                reason = string.Create(CultureInfo.InvariantCulture, $"Target {target.Id}: the goal {g} differs from the baseline {b} by at most half of 10^-28 a year over {years} years, so the linear pace rounds to zero in decimal arithmetic and would count as no change at all.");
                return false;
            }

            path = new TargetPath(target, b, g, unit, paceUnit);
        }
        catch (ArithmeticException e)
        {
            // Not expected once the growth factor is a decimal (its root, the rate, the points and the linear values
            // then lie within decimal's range); kept so that no arithmetic exception escapes TryFor.
            reason = string.Create(CultureInfo.InvariantCulture, $"Target {target.Id}: the path from {b} to {g} over {target.GoalYear - baselineYear} years is beyond the range of decimal arithmetic ({e.GetType().Name}).");
            return false;
        }

        reason = null;
        return true;
    }

    /// <summary>The linear path's value for a year between the baseline and goal years: (baseline × (years left) + goal ×
    /// (years gone)) / years, computed exactly and rounded once (not the baseline plus the rounded pace times the years).</summary>
    /// <param name="year">The year.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside the path (no extrapolation).</exception>
    public decimal LinearValueAt(int year) => PointAt(year).Linear;

    /// <summary>The compound path's value for a year between the baseline and goal years.</summary>
    /// <param name="year">The year.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside the path (no extrapolation).</exception>
    public decimal CompoundValueAt(int year) => PointAt(year).Compound;

    private PathPoint PointAt(int year)
    {
        if (year < BaselineYear || year > GoalYear)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, string.Create(CultureInfo.InvariantCulture, $"The path of {Target.Id} runs from {BaselineYear} to {GoalYear}; {year} is outside it and is not extrapolated."));
        }

        return Points[year - BaselineYear];
    }

    /// <summary>Sets an observed value of a year against both paths.</summary>
    /// <param name="year">The year of the observation.</param>
    /// <param name="observed">The observed value in <see cref="Unit"/> (percent for shares).</param>
    /// <param name="tolerance">How far from the path still counts as on it, in <see cref="Unit"/>; 0 by default.</param>
    /// <returns>The assessment.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside the path, or the tolerance is negative.</exception>
    public PathAssessment Assess(int year, decimal observed, decimal tolerance = 0m)
    {
        Guard.NotNegative(tolerance);
        PathPoint point = PointAt(year);
        return new PathAssessment(year, observed, point.Linear, point.Compound, Position(observed, point.Linear, tolerance), Position(observed, point.Compound, tolerance),
            $"{Describe()}; observation compared with the value each path implies for {year.ToString(CultureInfo.InvariantCulture)}.");
    }

    /// <summary>Sets an indicator (an observed value of the target's metric) against both paths.</summary>
    /// <param name="indicator">The observation; its metric and subject must be the target's and its year known.</param>
    /// <param name="tolerance">How far from the path still counts as on it, in <see cref="Unit"/>.</param>
    /// <returns>The assessment.</returns>
    /// <exception cref="ArgumentException">The indicator is of another metric or subject, of another kind of value, in
    /// another currency than the target's money, or has no year.</exception>
    public PathAssessment Assess(Indicator indicator, decimal tolerance = 0m)
    {
        Guard.NotNull(indicator);
        if (indicator.MetricId != Target.MetricId || indicator.SubjectId != Target.SubjectId)
        {
            throw new ArgumentException($"Indicator {indicator.Id} measures {indicator.MetricId} of {indicator.SubjectId}; the target is about {Target.MetricId} of {Target.SubjectId}.", nameof(indicator));
        }

        if (indicator.Observed.Year is not int year)
        {
            throw new ArgumentException($"Indicator {indicator.Id} has no known observation year, so it cannot be placed on the path.", nameof(indicator));
        }

        decimal value = indicator.Value.Kind switch
        {
            MetricValueKind.Share => indicator.Value.AsShare().Percent,
            MetricValueKind.Ratio => indicator.Value.AsRatio().Value,
            MetricValueKind.Money => indicator.Value.AsMoney().Amount,
            _ => indicator.Value.AsNumber(),
        };
        if (Target.Baseline is MetricValue b && b.Kind != indicator.Value.Kind)
        {
            throw new ArgumentException($"Indicator {indicator.Id} is a {indicator.Value.Kind}; the target is a {b.Kind}.", nameof(indicator));
        }

        if (Target.Baseline is MetricValue money && money.Kind == MetricValueKind.Money && indicator.Value.AsMoney().Currency != money.AsMoney().Currency)
        {
            throw new ArgumentException($"Indicator {indicator.Id} is in {indicator.Value.AsMoney().Currency.Code}; the path of target {Target.Id} is in {money.AsMoney().Currency.Code}. Convert the indicator first: amounts in two currencies are not compared.", nameof(indicator));
        }

        return Assess(year, value, tolerance);
    }

    private PathPosition Position(decimal observed, decimal expected, decimal tolerance)
    {
        // Values of opposite signs can be further apart than a decimal holds; then they are further apart than any
        // tolerance, and which is larger is known without the difference.
        bool representable = (observed >= 0m) == (expected >= 0m) || Math.Abs(observed) <= decimal.MaxValue - Math.Abs(expected);
        if (representable && Math.Abs(observed - expected) <= tolerance)
        {
            return PathPosition.OnPath;
        }

        bool rising = GoalValue >= BaselineValue;
        return (observed > expected) == rising ? PathPosition.Ahead : PathPosition.Behind;
    }

    /// <summary>A one-line description: "analyst forecast by bernstein: 17 → 55 percent, 2023–2027, +9.5 pp per year, 34.12% a year".
    /// A baseline or goal the sources qualify keeps its qualifier ("10 → at least 40 percent"); the path runs between the
    /// stated figures.</summary>
    /// <returns>The description.</returns>
    /// <remarks>The values are rounded for reading (four decimals, the rate two), to three significant digits where that
    /// would show a value that is not zero as 0.</remarks>
    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"{KindLabel(Kind)}{(ById is null ? string.Empty : " by " + ById)}: {Target.Baseline!.Value.Qualifier.Describe(QuantityText.Readable(BaselineValue, 4))} → {Target.Goal.Qualifier.Describe(QuantityText.Readable(GoalValue, 4))} {Unit}, {BaselineYear}–{GoalYear}, {(LinearPacePerYear >= 0m ? "+" : string.Empty)}{QuantityText.Readable(LinearPacePerYear, 4)} {PaceUnit}, compound {PercentText(CompoundAnnualGrowthRate)}% a year");

    /// <summary>A fraction as a percentage to two decimals ("0.##"), also for a fraction whose percentage is beyond the
    /// range of decimal (a growth rate of more than 7.9 × 10^26 a year): the fraction is rounded to four decimals and
    /// its decimal point moved two places, which gives the same digits as multiplying by 100 would.</summary>
    private static string PercentText(decimal fraction)
    {
        if (Math.Abs(fraction) <= decimal.MaxValue / 100m)
        {
            return QuantityText.Readable(fraction * 100m, 2);
        }

        string digits = Math.Round(fraction, 4, MidpointRounding.AwayFromZero).ToString("0.0000", CultureInfo.InvariantCulture);
        int point = digits.IndexOf('.', StringComparison.Ordinal);
        string whole = digits[..point] + digits.Substring(point + 1, 2);
        string decimals = digits[(point + 3)..].TrimEnd('0');
        return decimals.Length == 0 ? whole : whole + "." + decimals;
    }

    /// <summary>The label used for a kind of target.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>"official target", "pledge" or "analyst forecast".</returns>
    public static string KindLabel(TargetKind kind) => kind switch
    {
        TargetKind.OfficialTarget => "official target",
        TargetKind.AnalystForecast => "analyst forecast",
        _ => kind.ToString().ToLowerInvariant(),
    };

    /// <summary>The path as a table: one row a year with both implied values.</summary>
    /// <returns>The table.</returns>
    public ResultTable ToTable()
    {
        var b = new ResultTableBuilder("target-path-" + Target.Id);
        TableColumn<string> target = b.Text("target"), kind = b.Text("kind"), by = b.Text("by");
        TableColumn<long> year = b.Integer("year");
        TableColumn<decimal> linear = b.Decimal("linear", Unit), compound = b.Decimal("compound", Unit);
        foreach (PathPoint p in Points)
        {
            b.AddRow().Set(target, Target.Id).Set(kind, KindLabel(Kind)).Set(by, ById).Set(year, p.Year).Set(linear, p.Linear).Set(compound, p.Compound);
        }

        return b.Note(Describe()).Note("Linear: the same change every year. Compound: the same growth factor every year. Neither is a forecast of its own.").Facts([Target.Id]).Build();
    }

    /// <inheritdoc/>
    public override string ToString() => Describe();
}

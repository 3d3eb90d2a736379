using System;
using System.Collections.Generic;
using System.Linq;
using AiRace.Core.Reporting;

namespace AiRace.Core.Policy;

/// <summary>
/// The parts of a programme set against its headline amount. Parts the sources count inside the whole are added up
/// exactly; caps ("up to") are added up separately as caps, never as money spent; parts whose membership is unclear
/// are listed, not counted.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class PartsCheck
{
    /// <summary>Whether every included part in the whole's currency that is not a cap is exact
    /// (<see cref="ReportedAmount.IsExact"/>: no floor, range or approximation, and no precision saying it is rounded).</summary>
    private readonly bool _partsExact;

    /// <summary>Whether there are included caps whose sum is beyond decimal (<see cref="IncludedCaps"/> is null then).</summary>
    private readonly bool _capsBeyond;

    /// <summary>Whether an included part that is not a cap is approximate, or stated to a precision (rounded), so that
    /// what the whole leaves after them is about that much.</summary>
    private readonly bool _partsRough;

    private PartsCheck(string programmeId, ReportedAmount? whole, Money? includedTotal, Money? includedHigh, Money? includedCaps, bool capsBeyond, bool highBeyond, bool partsExact, bool partsRough, IReadOnlyList<Allocation> unclear, IReadOnlyList<Allocation> additional, IReadOnlyList<string> problems)
    {
        _partsExact = partsExact;
        _capsBeyond = capsBeyond;
        _partsRough = partsRough;
        ProgrammeId = programmeId;
        IncludedHighBeyond = highBeyond;
        IncludedHigh = includedHigh;
        Whole = whole;
        IncludedTotal = includedTotal;
        IncludedCaps = includedCaps;
        Unclear = unclear;
        Additional = additional;
        Problems = problems;
    }

    /// <summary>The id of the programme whose parts are checked (a part's id is its own only within its programme); the
    /// <see cref="Problems"/> name it.</summary>
    public string ProgrammeId { get; }

    /// <summary>The headline amount, or null when the programme has none.</summary>
    public ReportedAmount? Whole { get; }

    /// <summary>The exact sum of the stated amounts of the included parts that are not caps, in the whole's currency;
    /// null when there are none.</summary>
    public Money? IncludedTotal { get; }

    /// <summary>The sum of the high ends of the included parts that are not caps (a range's upper amount, any other
    /// part's stated figure); null when there are none, when one of them is a floor ("at least"), which has no high end,
    /// or when the sum is beyond what this library can hold (then <see cref="Problems"/> says the sum is not computable).</summary>
    public Money? IncludedHigh { get; }

    /// <summary>Whether the high ends of the included parts that are not caps add up to more than the largest amount this
    /// library can hold: <see cref="IncludedHigh"/> is null, and <see cref="Problems"/> says the sum is not computable.</summary>
    internal bool IncludedHighBeyond { get; }

    /// <summary>Whether the stated figures of the included parts (a floor's or a range's low end) add up to the whole's
    /// stated figure, with no caps among them: the test for splitting a programme by its parts' purposes, whatever the
    /// qualifiers (see <see cref="AddsUpExactly"/> for both stated exactly).</summary>
    internal bool StatedFiguresAddUp => Whole is not null && IncludedTotal is Money total && IncludedCaps is null && !_capsBeyond && total.Equals(Whole.Amount);

    /// <summary>The sum of the caps of the included parts that are caps; null when there are none, or when their sum is
    /// beyond what this library can hold (then listed in <see cref="Problems"/> as not computable, with the reason; the
    /// other included parts are still added up).</summary>
    public Money? IncludedCaps { get; }

    /// <summary>Parts whose membership in the whole is unclear in the sources. Read-only, as are
    /// <see cref="Additional"/> and <see cref="Problems"/>: a change through <see cref="IList{T}"/> throws
    /// <see cref="NotSupportedException"/>.</summary>
    public IReadOnlyList<Allocation> Unclear { get; }

    /// <summary>Parts the sources present as on top of the whole.</summary>
    public IReadOnlyList<Allocation> Additional { get; }

    /// <summary>What does not add up. A programme's constructor refuses parts that break the rule of
    /// <see cref="Programme"/> (an included part larger than the whole, included parts adding up to more than the whole,
    /// included parts in another currency), so this lists only what that rule does not cover: caps of included parts,
    /// or high ends of included ranges, whose sum is beyond what this library can hold (not computable, with the
    /// reason). Empty when everything is consistent.</summary>
    public IReadOnlyList<string> Problems { get; }

    /// <summary>Whether nothing was found wrong.</summary>
    public bool IsConsistent => Problems.Count == 0;

    /// <summary>Whether the included parts add up exactly to the whole, both exact (<see cref="ReportedAmount.IsExact"/>):
    /// the whole and every included part without a cap, floor, range or approximation, and without a
    /// <see cref="ReportedAmount.Precision"/> saying the figure is rounded. False when any of them is qualified or rounded,
    /// even if the stated figures add up (<c>FundAudit</c> then says they add up to the whole's stated figure).</summary>
    public bool AddsUpExactly => Whole is { IsExact: true } && _partsExact && StatedFiguresAddUp;

    /// <summary>Whether one of the figures that make up <see cref="IncludedTotal"/> is approximate, or stated to a precision
    /// (rounded): their sum, and what the whole leaves after it, are then about that much.</summary>
    internal bool IncludedTotalRough => _partsRough;

    /// <summary>Whether the figures that make up <see cref="IncludedTotal"/> are all exact
    /// (<see cref="ReportedAmount.IsExact"/>); false when one is approximate, rounded to a precision, a floor or a range.</summary>
    internal bool IncludedTotalExact => _partsExact;

    /// <summary>What the whole leaves after the included non-cap parts (the sum of their stated figures, a floor's or a
    /// range's low end), or null when the whole or the parts are missing, or when the whole is a range: a range has no
    /// single remainder (the fund audit, <c>FundAudit</c>, gives what is left against both of its ends).</summary>
    public Money? Remainder => Whole is { Qualifier: not AmountQualifier.Between } && IncludedTotal is Money total && total.Currency == Whole.Currency
        ? Whole.Amount - total
        : null;

    /// <summary>The check in one line, such as "whole CNY 1B; included parts about CNY 1B, adding up to the whole's stated
    /// figure, not exactly; unclear: cn-sh-ai-subsidy-package.research-institutions" ("adding up exactly" only when
    /// <see cref="AddsUpExactly"/>; "adding up to the low end of the whole's range" when the whole is a range; compact
    /// amounts for reading; the properties are exact). The included parts' sum is
    /// given as <see cref="DescribeIncludedTotal"/> gives it ("about", "at least", "between … and …"), the verdict in the
    /// words of <see cref="DescribeVerdict"/>. What the whole leaves keeps the qualifiers it comes from: "leaving up to" after a cap (a cap less the parts is at most that much), "leaving at
    /// least" after a floor ("leaving about … or more" when a part is approximate or rounded), "leaving about" after an
    /// approximate or rounded whole or part, and both ends ("leaving between … and …") when the parts are ranges.</summary>
    /// <returns>The description.</returns>
    public override string ToString()
    {
        var parts = new List<string>
        {
            Whole is null ? "no whole" : "whole " + Whole,
            "included parts " + (DescribeIncludedTotal("K") ?? "none")
                + (AddsUpExactly ? ", adding up exactly"
                    : StatedFiguresAddUp ? (Whole!.Qualifier == AmountQualifier.Between ? ", adding up to the low end of the whole's range" : ", adding up to the whole's stated figure, not exactly")
                    : Leaving(K) is string left ? ", leaving " + left : string.Empty),
        };
        if (IncludedCaps is Money caps)
        {
            parts.Add("included caps up to " + caps.ToString("K", System.Globalization.CultureInfo.InvariantCulture));
        }

        if (Unclear.Count > 0)
        {
            parts.Add("unclear: " + string.Join(", ", Unclear.Select(u => u.Id)));
        }

        if (Additional.Count > 0)
        {
            parts.Add("additional: " + string.Join(", ", Additional.Select(a => a.Id)));
        }

        parts.AddRange(Problems);
        return string.Join("; ", parts);
    }

    /// <summary>The sum of the included parts that are not caps, in words with its qualifier, as
    /// <see cref="ToString"/> and the notebooks' HTML show it: "between CNY 600 and CNY 700" when parts are ranges
    /// (<see cref="IncludedTotal"/> to <see cref="IncludedHigh"/>), "at least CNY 600" when a part is a floor or the
    /// sum of the high ends is beyond decimal ("about CNY 600 or more" when a part is also approximate or rounded),
    /// "about CNY 600" when a part is approximate or rounded, else the plain figure; null when there are no such
    /// parts.</summary>
    /// <param name="format">The format of each amount (see <see cref="Money.ToString(string?, IFormatProvider?)"/>);
    /// amounts are formatted with the invariant culture.</param>
    /// <returns>The sum in words, or null.</returns>
    public string? DescribeIncludedTotal(string? format)
    {
        if (IncludedTotal is not Money total)
        {
            return null;
        }

        string about = _partsRough ? "about " : string.Empty;
        string low = about + total.ToString(format, System.Globalization.CultureInfo.InvariantCulture);
        return IncludedHigh is not Money high ? AtLeast(_partsRough, low)
            : high.Equals(total) ? low
            : "between " + low + " and " + high.ToString(format, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>What the whole leaves after the included parts that are not caps, in words with the qualifiers it comes
    /// from, as <see cref="ToString"/> and the notebooks' HTML show it: "up to CNY 400" after a cap (or when parts are
    /// floors), "at least CNY 400" after a floor ("about CNY 400 or more" when a part is approximate or rounded), "about
    /// CNY 400" after an approximate or rounded whole or part, "between CNY 300 and CNY 400" when parts are ranges
    /// ("between about CNY 300 and CNY 400" after an approximate whole or a rough part: both ends, the whole less the
    /// parts' high ends and less their low ends), else the plain figure. A whole met by the parts' stated figures leaves
    /// nothing with the same qualifiers: "at least CNY 0" after a floor, "about CNY 0" after an approximate or rounded
    /// whole or part. Null when nothing is known to be left (no whole or no parts, a whole that is a range, a
    /// floor whole whose parts have no known high end), when exactly nothing is left (exact figures met exactly, or a cap
    /// met by exact parts), or less than nothing. <see cref="Remainder"/> is the exact figure behind it.</summary>
    /// <param name="format">The format of each amount (see <see cref="Money.ToString(string?, IFormatProvider?)"/>);
    /// amounts are formatted with the invariant culture.</param>
    /// <returns>What is left in words, or null.</returns>
    public string? DescribeRemainder(string? format) =>
        Leaving(m => m.ToString(format, System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The verdict of the check in one sentence, in the words <see cref="ToString"/> uses for the same case, as the
    /// notebooks' HTML shows it: the <see cref="Problems"/> when there are any; "The included parts add up exactly to the
    /// whole." only when <see cref="AddsUpExactly"/>; "The included parts add up to the whole's stated figure, not
    /// exactly." when their stated figures do but one of the figures is qualified or rounded ("The included parts add up
    /// to the low end of the whole's range, not to the whole." when the whole is a range); "The included parts leave …
    /// of the whole." with what is left in the words of <see cref="DescribeRemainder"/>; that there is no whole, or no
    /// included part stating an amount; else "The parts are consistent with the whole."</summary>
    /// <param name="format">The format of an amount (see <see cref="Money.ToString(string?, IFormatProvider?)"/>); amounts
    /// are formatted with the invariant culture.</param>
    /// <returns>The verdict.</returns>
    public string DescribeVerdict(string? format) =>
        !IsConsistent ? string.Join(" ", Problems)
        : Whole is null ? "The sources give no whole to check the parts against."
        : AddsUpExactly ? "The included parts add up exactly to the whole."
        : StatedFiguresAddUp ? (Whole.Qualifier == AmountQualifier.Between
            ? "The included parts add up to the low end of the whole's range, not to the whole."
            : "The included parts add up to the whole's stated figure, not exactly.")
        : IncludedTotal is null ? (IncludedCaps is null && !_capsBeyond
            ? "No included part states an amount to set against the whole."
            : "No included part states an amount to set against the whole, only caps, which are not counted as money given.")
        : DescribeRemainder(format) is string left ? "The included parts leave " + left + " of the whole."
        : "The parts are consistent with the whole.";

    /// <summary>A floor in words: "at least CNY 600", or "about CNY 600 or more" when the floor itself is approximate
    /// (<paramref name="rough"/>; <paramref name="amount"/> then already starts with "about").</summary>
    private static string AtLeast(bool rough, string amount) => rough ? amount + " or more" : "at least " + amount;

    private static string K(Money m) => m.ToString("K", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>What the whole leaves after the included non-cap parts, in words with its qualifier ("up to CNY 400M",
    /// "about CNY 400M", "between CNY 20 and CNY 50"), each amount shown by <paramref name="show"/>, or null when nothing
    /// is known to be left.</summary>
    private string? Leaving(Func<Money, string> show)
    {
        if (Whole is null || Remainder is not Money most || most.IsNegative)
        {
            return null;
        }

        string about = _partsRough || Whole.Precision is not null ? "about " : string.Empty;
        if (most.IsZero)
        {
            // Nothing left by the stated figures: at least nothing under a floor, about nothing when a figure is rough.
            return Whole.Qualifier == AmountQualifier.AtLeast ? AtLeast(about.Length > 0, about + show(most))
                : about.Length > 0 || Whole.Qualifier == AmountQualifier.Approximately ? "about " + show(most)
                : null;
        }

        // Parts that are ranges or floors: the remainder is taken from their low ends, so it is the most that is left;
        // the least is the whole less their high ends (unknown for a floor or a sum beyond decimal).
        bool single = IncludedHigh is Money h && h.Equals(IncludedTotal);
        Money? least = single ? most : IncludedHigh is Money high && high < Whole.Amount ? Whole.Amount - high : null;
        return Whole.Qualifier switch
        {
            AmountQualifier.UpTo => "up to " + about + show(most),
            AmountQualifier.Approximately => single ? "about " + show(most)
                : least is Money low && !low.IsZero ? "between about " + show(low) + " and " + show(most)
                : "up to about " + show(most),
            AmountQualifier.AtLeast => least is Money floor && !floor.IsZero ? AtLeast(about.Length > 0, about + show(floor)) : null,
            _ => single ? about + show(most)
                : least is Money low && !low.IsZero ? "between " + about + show(low) + " and " + show(most)
                : "up to " + about + show(most),
        };
    }

    /// <summary>The most a whole allows for its parts: its upper bound, or the stated figure when it is approximate.</summary>
    internal static Money? Limit(ReportedAmount? whole) =>
        whole is null ? null : whole.UpperBound ?? (whole.Qualifier == AmountQualifier.Approximately ? whole.Amount : null);

    /// <summary>The rule every programme's parts obey (its constructor refuses a programme that breaks it): the included
    /// parts are in the headline's currency (in one currency when there is no headline), none may reach more than the
    /// whole, and the exact sum of those that are not caps is not more than the whole. Returns the first part that
    /// breaks it and why, or null.</summary>
    internal static (int Index, string Reason)? FirstViolation(string programmeId, ReportedAmount? whole, IReadOnlyList<Allocation> parts)
    {
        Money? limit = Limit(whole);
        Currency? currency = whole?.Currency;
        Money? total = null;
        for (int i = 0; i < parts.Count; i++)
        {
            Allocation part = parts[i];
            if (part.Membership != PartMembership.Included)
            {
                continue;
            }

            if (currency is not Currency own)
            {
                currency = part.Amount.Currency;
            }
            else if (part.Amount.Currency != own)
            {
                return (i, whole is null
                    ? $"The part \"{part.Id}\" of the programme \"{programmeId}\" is in {part.Amount.Currency.Code} but the included parts before it are in {own.Code}; included parts share one currency."
                    : $"The part \"{part.Id}\" of the programme \"{programmeId}\" is in {part.Amount.Currency.Code} but its whole is in {own.Code}; state included parts in the whole's currency.");
            }

            // A cap counts with its full height here: an included part that may reach more than its whole is an error.
            Money least = part.Amount.LowerBound ?? part.Amount.Amount;
            Money largest = part.Amount.IsCap ? part.Amount.Amount : least;
            if (limit is Money max && largest > max)
            {
                return (i, $"The part \"{part.Id}\" ({part.Amount}) of the programme \"{programmeId}\" is larger than its whole ({whole}).");
            }

            if (part.Amount.IsCap)
            {
                continue;
            }

            if (!TryAdd(total, least, out Money sum))
            {
                return (i, $"The included parts of the programme \"{programmeId}\" up to \"{part.Id}\" add up to more than the largest amount this library can hold (about 7.9 × 10^28).");
            }

            total = sum;
            if (limit is Money m && sum > m)
            {
                return (i, $"The included parts of the programme \"{programmeId}\" up to \"{part.Id}\" add up to {sum.ToString("K", System.Globalization.CultureInfo.InvariantCulture)}, more than their whole ({whole}).");
            }
        }

        return null;
    }

    internal static PartsCheck Of(Programme programme)
    {
        ReportedAmount? whole = programme.Headline;
        var problems = new List<string>();
        if (FirstViolation(programme.Id, whole, programme.Parts) is (_, string reason))
        {
            problems.Add(reason);
        }

        Money? total = null, high = null, caps = null;
        bool exact = true, rough = false, unbounded = false, capsBeyond = false, highBeyond = false;
        string? highBeyondAt = null;
        foreach (Allocation part in programme.Parts.Where(p => p.Membership == PartMembership.Included))
        {
            if (whole is not null && part.Amount.Currency != whole.Currency)
            {
                continue;
            }

            if (part.Amount.IsCap)
            {
                if (capsBeyond)
                {
                    continue;
                }

                if (!TryAdd(caps, part.Amount.Amount, out Money c))
                {
                    problems.Add($"The sum of the included caps of the programme \"{programme.Id}\" is not computable: the caps up to \"{part.Id}\" add up to more than the largest amount this library can hold (about 7.9 × 10^28).");
                    caps = null;
                    capsBeyond = true;
                    continue;
                }

                caps = c;
            }
            else if (TryAdd(total, part.Amount.LowerBound ?? part.Amount.Amount, out Money t))
            {
                total = t;
                exact &= part.Amount.IsExact;
                rough |= part.Amount.Qualifier == AmountQualifier.Approximately || part.Amount.Precision is not null;
                unbounded |= part.Amount.Qualifier == AmountQualifier.AtLeast;
                if (!unbounded && !highBeyond)
                {
                    if (TryAdd(high, part.Amount.UpperAmount ?? part.Amount.Amount, out Money h))
                    {
                        high = h;
                    }
                    else
                    {
                        highBeyondAt = part.Id;
                        high = null;
                        highBeyond = true;
                    }
                }
            }
        }

        // A floor among the parts leaves their sum without a high end anyway; otherwise a sum of high ends beyond decimal
        // is not computable, and said so.
        highBeyond &= !unbounded;
        if (highBeyond)
        {
            problems.Add($"The sum of the high ends of the included parts of the programme \"{programme.Id}\" is not computable: the high ends up to \"{highBeyondAt}\" add up to more than the largest amount this library can hold (about 7.9 × 10^28).");
        }

        return new PartsCheck(
            programme.Id,
            whole,
            total,
            unbounded || highBeyond ? null : high,
            caps,
            capsBeyond,
            highBeyond,
            exact,
            rough,
            Array.AsReadOnly(programme.Parts.Where(p => p.Membership == PartMembership.Unclear).ToArray()),
            Array.AsReadOnly(programme.Parts.Where(p => p.Membership == PartMembership.Additional).ToArray()),
            Array.AsReadOnly(problems.ToArray()));
    }

    private static bool TryAdd(Money? total, Money part, out Money sum)
    {
        try
        {
            sum = total is Money t ? t + part : part;
            return true;
        }
        catch (ArithmeticException)
        {
            sum = default;
            return false;
        }
    }
}

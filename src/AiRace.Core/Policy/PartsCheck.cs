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
    private PartsCheck(ReportedAmount? whole, Money? includedTotal, Money? includedCaps, IReadOnlyList<Allocation> unclear, IReadOnlyList<Allocation> additional, IReadOnlyList<string> problems)
    {
        Whole = whole;
        IncludedTotal = includedTotal;
        IncludedCaps = includedCaps;
        Unclear = unclear;
        Additional = additional;
        Problems = problems;
    }

    /// <summary>The headline amount, or null when the programme has none.</summary>
    public ReportedAmount? Whole { get; }

    /// <summary>The exact sum of the stated amounts of the included parts that are not caps, in the whole's currency;
    /// null when there are none.</summary>
    public Money? IncludedTotal { get; }

    /// <summary>The sum of the caps of the included parts that are caps; null when there are none.</summary>
    public Money? IncludedCaps { get; }

    /// <summary>Parts whose membership in the whole is unclear in the sources.</summary>
    public IReadOnlyList<Allocation> Unclear { get; }

    /// <summary>Parts the sources present as on top of the whole.</summary>
    public IReadOnlyList<Allocation> Additional { get; }

    /// <summary>What does not add up: an included part larger than the whole, included parts that add up to more than
    /// the whole, or parts in a currency other than the whole's. Empty when everything is consistent.</summary>
    public IReadOnlyList<string> Problems { get; }

    /// <summary>Whether nothing was found wrong.</summary>
    public bool IsConsistent => Problems.Count == 0;

    /// <summary>Whether the included parts add up exactly to the whole (both stated without caps or ranges).</summary>
    public bool AddsUpExactly => Whole is not null && IncludedTotal is Money total && IncludedCaps is null
        && total.Equals(Whole.Amount);

    /// <summary>What the whole leaves after the included non-cap parts, or null when the whole or the parts are
    /// missing.</summary>
    public Money? Remainder => Whole is not null && IncludedTotal is Money total && total.Currency == Whole.Currency
        ? Whole.Amount - total
        : null;

    /// <summary>The check in one line, such as "whole CNY 1B; included parts CNY 1B, adding up exactly; unclear:
    /// cn-sh-ai-subsidy-package.research-institutions" (compact amounts for reading; the properties are exact).</summary>
    /// <returns>The description.</returns>
    public override string ToString()
    {
        var parts = new List<string>
        {
            Whole is null ? "no whole" : "whole " + Whole,
            "included parts " + (IncludedTotal is Money t ? t.ToString("K", System.Globalization.CultureInfo.InvariantCulture) : "none")
                + (AddsUpExactly ? ", adding up exactly" : Remainder is Money r && !r.IsZero ? ", leaving " + r.ToString("K", System.Globalization.CultureInfo.InvariantCulture) : string.Empty),
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

    /// <summary>The most a whole allows for its parts: its upper bound, or the stated figure when it is approximate.</summary>
    internal static Money? Limit(ReportedAmount? whole) =>
        whole is null ? null : whole.UpperBound ?? (whole.Qualifier == AmountQualifier.Approximately ? whole.Amount : null);

    internal static PartsCheck Of(Programme programme)
    {
        ReportedAmount? whole = programme.Headline;
        var problems = new List<string>();
        Money? total = null, caps = null;
        bool overflow = false;
        Currency? currency = whole?.Currency;
        foreach (Allocation part in programme.Parts.Where(p => p.Membership == PartMembership.Included))
        {
            currency ??= part.Amount.Currency;
            if (part.Amount.Currency != currency)
            {
                problems.Add(whole is not null
                    ? $"Part {part.Id} is in {part.Amount.Currency.Code} but the whole is in {whole.Currency.Code}."
                    : $"Part {part.Id} is in {part.Amount.Currency.Code} but the other included parts are in {currency.Value.Code}; parts in different currencies are not added without a rate.");
                continue;
            }

            Money least = part.Amount.LowerBound ?? part.Amount.Amount;
            Money largest = part.Amount.IsCap ? part.Amount.Amount : least;
            if (Limit(whole) is Money wholeMax && largest > wholeMax)
            {
                problems.Add($"Part {part.Id} ({part.Amount}) is larger than the whole ({whole}).");
            }

            try
            {
                if (part.Amount.IsCap)
                {
                    caps = caps is Money c ? c + part.Amount.Amount : part.Amount.Amount;
                }
                else
                {
                    total = total is Money t ? t + least : least;
                }
            }
            catch (OverflowException) when (!overflow)
            {
                overflow = true;
                problems.Add($"The included parts add up to more than a decimal holds (±7.9×10^28) at part {part.Id}; their total is not given.");
            }
            catch (OverflowException)
            {
                // Reported once above.
            }
        }

        if (overflow)
        {
            total = null;
            caps = null;
        }

        if (Limit(whole) is Money max && total is Money sum && sum.Currency == max.Currency && sum > max)
        {
            problems.Add($"The included parts add up to {sum}, more than the whole ({whole}).");
        }

        return new PartsCheck(
            whole,
            total,
            caps,
            programme.Parts.Where(p => p.Membership == PartMembership.Unclear).ToArray(),
            programme.Parts.Where(p => p.Membership == PartMembership.Additional).ToArray(),
            problems.ToArray());
    }
}

using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using AiRace.Core.Data;
using AiRace.Core.Policy;
using AiRace.Core.Reporting;
using AiRace.Core.Text;

namespace AiRace.Core.Analysis;

/// <summary>What programmes are grouped by.</summary>
public enum AggregationKey
{
    /// <summary>The country (the top of the jurisdiction's parent chain): a city's programme counts for its country.</summary>
    Country = 0,

    /// <summary>The programme's own jurisdiction.</summary>
    Jurisdiction = 1,

    /// <summary>State, private, mixed or unknown sponsorship.</summary>
    SponsorKind = 2,

    /// <summary>What the money is for: a programme whose included parts add up to its headline's stated figure is split by its
    /// parts' purposes (each part under the programme's instrument for it, such as Shanghai's 600 million yuan under
    /// ComputeSubsidy); any other programme is counted whole under the combination of its instruments. Every amount is
    /// counted once, so the groups add up to the total counted (see <see cref="Aggregation.InstrumentRule"/>).</summary>
    Instrument = 3,
}

/// <summary>Whether totals keep state, private and mixed money apart.</summary>
public enum SponsorTotals
{
    /// <summary>Every group is split by sponsor kind (the default): state money is never added to private money.</summary>
    Apart = 0,

    /// <summary>The sponsor kinds of a group are added together, because the caller asked; the result says so.</summary>
    Combined = 1,
}

/// <summary>One group's totals, kept apart by how the figures were stated.</summary>
/// <param name="Key">The group (a jurisdiction id, a sponsor kind or an instrument).</param>
/// <param name="Sponsor">The sponsor kind of the group's programmes when sponsor kinds are kept apart (always, unless
/// the caller combined them); null when combined.</param>
/// <param name="Currency">The currency of the totals.</param>
/// <param name="Exact">The sum of exact figures (plain figures with no precision), or null when there are none.</param>
/// <param name="Rounded">The sum of plain figures stated to a precision (rounded), or null.</param>
/// <param name="Approximate">The sum of approximate figures, or null.</param>
/// <param name="Caps">The sum of caps ("up to"): the most that may be given, not what will be; or null.</param>
/// <param name="Floors">The sum of floors ("at least"), or null.</param>
/// <param name="RangeLow">The sum of the low ends of ranges, or null.</param>
/// <param name="RangeHigh">The sum of the high ends of ranges, or null.</param>
/// <param name="Counted">The programmes whose figures are in the totals.</param>
/// <param name="NotCounted">The programmes of the group left out of the totals, and the parts of its programmes that the
/// headlines do not count (membership unclear, or on top of the whole) or that, split by purpose, convert to less than
/// the smallest step of a decimal (not counted as a 0), each with the reason.</param>
/// <param name="Notes">The totals of the group that are not an exact sum held in a decimal: rounded to the digits a
/// decimal holds, or missing because the sum is beyond a decimal's range; each with the exact sum's digits.</param>
/// <param name="Overlaps">The recorded overlaps (<see cref="PolicyDataset.Overlaps"/>) that involve a programme counted in
/// the group: programmes that may count some of the same money. Empty when none is recorded.</param>
/// <param name="OverlapsRemoved">The lower bound of the group's totals when two or more of its counted programmes may
/// overlap: of each set of overlapping programmes only the largest is kept (see <see cref="OverlapBounds"/>); the
/// totals above, with every programme counted, are the upper bound. Null when no two counted programmes of the group
/// may overlap, so the totals above are the only figures.</param>
public sealed record AggregateGroup(
    string Key,
    SponsorKind? Sponsor,
    Currency Currency,
    Money? Exact,
    Money? Rounded,
    Money? Approximate,
    Money? Caps,
    Money? Floors,
    Money? RangeLow,
    Money? RangeHigh,
    IReadOnlyList<string> Counted,
    IReadOnlyList<(string Programme, string Reason)> NotCounted,
    IReadOnlyList<TotalNote> Notes,
    IReadOnlyList<OverlapInGroup> Overlaps,
    OverlapBounds? OverlapsRemoved)
{
    /// <summary>The group's totals in words, such as "CN: exact USD 5M, rounded USD 139.3B, up to USD 1B (3 counted, 1
    /// not counted)" (compact amounts for reading; the properties are exact).</summary>
    /// <returns>The description.</returns>
    public override string ToString()
    {
        var parts = new List<string>();
        void Add(string figure, Money? total)
        {
            if (total is Money m)
            {
                parts.Add(figure + " " + m.ToString("K", CultureInfo.InvariantCulture));
            }
            else if (Notes.FirstOrDefault(n => n.Figure == figure) is TotalNote note)
            {
                parts.Add(figure + ": " + note.Note);
            }
        }

        Add("exact", Exact);
        Add("rounded", Rounded);
        Add("approximately", Approximate);
        Add("up to (caps)", Caps);
        Add("at least", Floors);
        Add("range low", RangeLow);
        Add("range high", RangeHigh);
        string overlaps = OverlapsRemoved is OverlapBounds bounds
            ? $"; may overlap ({string.Join(", ", Overlaps.Select(o => o.OverlapId))}): with overlaps removed {bounds}"
            : Overlaps.Count > 0 ? $"; may overlap with programmes of other groups ({string.Join(", ", Overlaps.Select(o => o.OverlapId))})" : string.Empty;
        return string.Create(CultureInfo.InvariantCulture, $"{Key}{(Sponsor is SponsorKind k ? " (" + k + ")" : string.Empty)}: {(parts.Count == 0 ? "no total" : string.Join(", ", parts))} ({Counted.Count} counted, {NotCounted.Count} not counted){overlaps}");
    }
}

/// <summary>A recorded overlap (<see cref="ProgrammeOverlap"/>) as it touches one group of a total.</summary>
/// <param name="OverlapId">The overlap's id in the dataset.</param>
/// <param name="Programmes">The overlap's programmes counted in the group (one when the others are in other groups or
/// not counted).</param>
/// <param name="Elsewhere">The overlap's other programmes: in other groups, or not counted (no amount, not
/// normalised).</param>
/// <param name="Reason">Why they may overlap, as the dataset records it.</param>
/// <param name="AmbiguityId">The ambiguity that records the readings, or null.</param>
public sealed record OverlapInGroup(string OverlapId, IReadOnlyList<string> Programmes, IReadOnlyList<string> Elsewhere, string Reason, string? AmbiguityId)
{
    /// <summary>The overlap's id and the programmes it joins in the group.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => OverlapId + ": " + string.Join(" ~ ", Programmes) + (Elsewhere.Count > 0 ? " (and " + string.Join(", ", Elsewhere) + " outside the group)" : string.Empty);
}

/// <summary>
/// A group's totals with its possible overlaps taken out: the lower bound. Nothing says how much the programmes
/// overlap, so no overlap figure is invented; the bound assumes the most the sources allow, that each overlapping
/// programme's money lies wholly inside the largest programme it may overlap with. Programmes joined by overlaps
/// (directly or through a shared programme) form one set; of each set the largest (by its normalised stated figure:
/// the high end of a range, a cap's height, a floor's floor, an estimate's figure) is kept and the others are not
/// counted. Where the figures of a set have different qualifiers (an estimate against a cap, a rounded figure against an
/// exact one), that comparison is not like with like: <see cref="Comparisons"/> names each figure with its qualifier, and
/// the table's reason and <see cref="ToString"/> say so. The true total of the group's counted programmes lies between
/// these totals and the group's totals with every programme counted; money the group lists as not counted
/// (<see cref="AggregateGroup.NotCounted"/>, the table's "not counted" rows) is in neither and may add to it.
/// </summary>
/// <param name="Exact">The sum of exact figures of the programmes kept, or null.</param>
/// <param name="Rounded">The sum of plain figures stated to a precision (rounded), or null.</param>
/// <param name="Approximate">The sum of approximate figures, or null.</param>
/// <param name="Caps">The sum of caps, or null.</param>
/// <param name="Floors">The sum of floors, or null.</param>
/// <param name="RangeLow">The sum of the low ends of ranges, or null.</param>
/// <param name="RangeHigh">The sum of the high ends of ranges, or null.</param>
/// <param name="Kept">Of each set of overlapping programmes, the largest: counted.</param>
/// <param name="Removed">The other programmes of each set: taken out of these totals.</param>
/// <param name="Notes">Totals that are not an exact sum held in a decimal, with every digit.</param>
public sealed record OverlapBounds(
    Money? Exact,
    Money? Rounded,
    Money? Approximate,
    Money? Caps,
    Money? Floors,
    Money? RangeLow,
    Money? RangeHigh,
    IReadOnlyList<string> Kept,
    IReadOnlyList<string> Removed,
    IReadOnlyList<TotalNote> Notes)
{
    /// <summary>How the lower bound is computed, in words (also a note of every aggregation table with overlaps).</summary>
    public const string Method = "Overlaps removed (lower bound): of programmes that may overlap (joined by a recorded overlap, directly or through a shared programme), only the largest is counted, as if the others' money lay wholly inside it; the articles give no figure for the overlap and none is invented. The largest is the one with the largest stated figure (a range by its high end, a cap by its height, a floor by its floor); where the figures compared have different qualifiers, the comparison is not like with like, and the reason names each figure with its qualifier. With every programme counted (upper bound), the total may count the same money more than once. The true total of the programmes counted lies between the two; money listed as not counted (the \"not counted\" rows) is in neither and may add to it.";

    /// <summary>For each set of overlapping programmes whose figures have different qualifiers, how its largest was chosen:
    /// "kept a (up to CNY 1B) as the largest of a (up to CNY 1B), b (approximately CNY 900M): figures of different qualifiers,
    /// compared by their stated figures, not like with like". A programme counted with figures of different qualifiers (a
    /// result built by hand that lists it more than once) is named with its sum and them: "a (CNY 30, a sum of "exact" and
    /// "approximately" figures)"; a sum beyond what a decimal holds is given with every digit. Empty when the figures of
    /// every set share one qualifier (exact, rounded, approximate, caps, floors or ranges), so that each comparison is like
    /// with like.</summary>
    public IReadOnlyList<string> Comparisons { get; init; } = [];

    /// <summary>The figures, such as "exact CNY 1T (kept cn-ai-industry-development-action-plan; removed cn-ai-investment-fund, ...)";
    /// a total that is beyond decimal says so with its note, as <see cref="AggregateGroup.ToString"/> does.</summary>
    /// <returns>The description.</returns>
    public override string ToString()
    {
        var parts = new List<string>();
        void Add(string figure, Money? total)
        {
            if (total is Money m)
            {
                parts.Add(figure + " " + m.ToString("K", CultureInfo.InvariantCulture));
            }
            else if (Notes.FirstOrDefault(n => n.Figure == figure) is TotalNote note)
            {
                parts.Add(figure + ": " + note.Note);
            }
        }

        Add("exact", Exact);
        Add("rounded", Rounded);
        Add("approximately", Approximate);
        Add("up to (caps)", Caps);
        Add("at least", Floors);
        Add("range low", RangeLow);
        Add("range high", RangeHigh);
        string comparisons = Comparisons.Count == 0 ? string.Empty : "; " + string.Join("; ", Comparisons);
        return $"{(parts.Count == 0 ? "no total" : string.Join(", ", parts))} (kept {string.Join(", ", Kept)}; removed {string.Join(", ", Removed)}{comparisons})";
    }
}

/// <summary>Why a total is not simply an exact sum, with the exact sum.</summary>
/// <param name="Figure">The figure: "exact", "rounded", "approximately", "up to (caps)", "at least", "range low" or
/// "range high".</param>
/// <param name="Note">What happened: rounded (half to even) to the digits a decimal holds, or beyond its range.</param>
/// <param name="ExactSum">The exact sum, every digit, as invariant text.</param>
public sealed record TotalNote(string Figure, string Note, string ExactSum)
{
    /// <summary>The figure and the note.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => Figure + ": " + Note;
}

/// <summary>
/// Totals of normalised programmes by jurisdiction, sponsor kind or instrument, without double counting: a programme
/// nested in another programme that is itself counted is counted once, through its parent; a fund's allocations are
/// never added beside the fund (only headlines are totalled); exact figures, plain figures stated to a precision
/// (rounded), estimates, caps, floors and ranges are totalled separately, never mixed. The rule applied is stated in
/// <see cref="Rule"/>.
/// </summary>
public sealed class Aggregation
{
    /// <summary>The programme each counted id (a programme's or a part's) belongs to.</summary>
    private readonly Dictionary<string, string> _programmeOf;

    /// <summary>Whether the programmes and parts in the groups are each listed once, their ids distinct from each other and
    /// from the overlaps' (every programme is the dataset's own, in its order).</summary>
    private readonly bool _idsDistinct;

    private Aggregation(AggregationKey key, SponsorTotals sponsors, Currency currency, NormalisationBasis basis, IReadOnlyList<AggregateGroup> groups, string rule, Dictionary<string, string> programmeOf, bool idsDistinct)
    {
        _programmeOf = programmeOf;
        _idsDistinct = idsDistinct;
        Key = key;
        Sponsors = sponsors;
        Currency = currency;
        Basis = basis;
        Groups = groups;
        Rule = rule;
    }

    /// <summary>What the programmes were grouped by.</summary>
    public AggregationKey Key { get; }

    /// <summary>Whether the sponsor kinds were kept apart (the default) or combined at the caller's request.</summary>
    public SponsorTotals Sponsors { get; }

    /// <summary>The currency of the totals.</summary>
    public Currency Currency { get; }

    /// <summary>How the amounts were normalised.</summary>
    public NormalisationBasis Basis { get; }

    /// <summary>The groups, in key order.</summary>
    public IReadOnlyList<AggregateGroup> Groups { get; }

    /// <summary>The counting rule, in words.</summary>
    public string Rule { get; }

    /// <summary>Totals normalised programmes by a key.</summary>
    /// <param name="normalised">The normalisation result (its unconverted programmes are listed as not counted).</param>
    /// <param name="dataset">The dataset the programmes come from (for jurisdictions and parents).</param>
    /// <param name="key">What to group by.</param>
    /// <param name="sponsors">Keep state, private and mixed money apart (the default: every group is split by sponsor
    /// kind), or combine them (the result says so).</param>
    /// <returns>The aggregation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="normalised"/> or <paramref name="dataset"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="key"/> is not a defined <see cref="AggregationKey"/>, or
    /// <paramref name="sponsors"/> not a defined <see cref="SponsorTotals"/>.</exception>
    public static Aggregation Of(NormalisationResult normalised, PolicyDataset dataset, AggregationKey key, SponsorTotals sponsors = SponsorTotals.Apart)
    {
        Guard.NotNull(normalised);
        Guard.NotNull(dataset);
        Guard.Defined(key);
        Guard.Defined(sponsors);
        bool apart = sponsors == SponsorTotals.Apart && key != AggregationKey.SponsorKind;
        NormalisedNumbering numbering = normalised.NumberedIn(dataset);
        int nestedCursor = 0, upperCursor = 0;
        var countries = new Dictionary<string, string>(StringComparer.Ordinal);
        var groups = new Dictionary<(string, SponsorKind?), GroupBuilder>(GroupKeyComparer.Instance);
        ProgrammeColumns columns = dataset.Columns();
        GroupBuilder Group(string name, Programme programme)
        {
            (string, SponsorKind?) at = (name, apart ? programme.SponsorKind : key == AggregationKey.SponsorKind ? programme.SponsorKind : null);
            if (!groups.TryGetValue(at, out GroupBuilder? g))
            {
                groups[at] = g = new GroupBuilder(dataset.Overlaps, columns.Ids);
            }

            return g;
        }

        // The group of a programme of the dataset depends only on its jurisdiction and sponsor kind (or on the sponsor
        // kind alone): each pair's group is found by name once and kept by the pair's indexes.
        int[]? jurisdictionOf = key is AggregationKey.Country or AggregationKey.Jurisdiction ? dataset.JurisdictionIndexes() : null;
        GroupBuilder?[] byIndexes = key == AggregationKey.Instrument ? [] : new GroupBuilder?[Math.Max(1, dataset.Jurisdictions.Count) * SponsorSlots];
        GroupBuilder GroupAt(int at, Programme programme)
        {
            int jurisdiction = jurisdictionOf is null ? 0 : at >= 0 ? jurisdictionOf[at] : -1;
            int sponsor = (int)(at >= 0 ? columns.Sponsors[at] : programme.SponsorKind);
            if (jurisdiction < 0 || (uint)sponsor >= SponsorSlots || byIndexes.Length == 0)
            {
                return Group(GroupOf(programme, dataset, key, countries), programme);
            }

            int slot = (jurisdiction * SponsorSlots) + sponsor;
            return byIndexes[slot] ??= Group(GroupOf(programme, dataset, key, countries), programme);
        }

        // A normaliser's own list gives an item's programme and figures without rebuilding the item.
        IReadOnlyList<NormalisedProgramme> items = normalised.Items;
        var own = items as NormalisedList;
        for (int i = 0; i < items.Count; i++)
        {
            NormalisedProgramme? item = own is null ? items[i] : null;
            Programme programme = item?.Programme ?? own!.ProgrammeAt(i);
            string? ancestor = numbering.CountedAncestor(i, ref nestedCursor);
            if (key == AggregationKey.Instrument && ancestor is null && (item ??= items[i]) is NormalisedProgramme whole && SplitByPurpose(whole) is { } split)
            {
                // The parts add up exactly to the headline: each part under the instrument of its purpose, once; a part
                // that is not zero but converts to an exact 0 is listed, not counted as nothing (as the normaliser does).
                // Each part is counted as its headline is stated: rounded when the headline is a plain figure with a precision.
                bool rounded = own is null ? whole.Amount.Original.IsRounded : own.ValuesAt(i).Rounded;
                foreach ((Allocation part, string group, Money value, Money? upper) in split)
                {
                    if (value.IsZero && !part.Amount.Amount.IsZero)
                    {
                        Group(group, programme).NotCounted.Add(part.Id, RoundedAway(programme, part, whole.Amount.Conversion.Rate, value.Currency));
                        continue;
                    }

                    Group(group, programme).Add(part.Id, programme.Id, whole.Amount.Qualifier, rounded, value.Amount, upper?.Amount);
                }

                foreach (Allocation part in programme.Parts.Where(p => p.Membership != PartMembership.Included))
                {
                    Group(PurposeGroup(programme, part), programme).AddUncountedParts(programme, p => p == part);
                }

                continue;
            }

            // A programme of the dataset is read from the dataset's columns, and its object only for parts left out.
            int at = numbering.ItemAt[i];
            GroupBuilder g = GroupAt(at, programme);
            if (ancestor is not null)
            {
                g.NotCounted.AddNested(at >= 0 ? columns.Ids[at] : programme.Id, ancestor);
            }
            else if (item is not null)
            {
                g.Add(programme.Id, item.Value.Amount);
            }
            else
            {
                (AmountQualifier qualifier, bool rounded, decimal value, decimal? upper) = own!.ValuesAt(i, ref upperCursor);
                if (at >= 0)
                {
                    g.AddProgramme(at, qualifier, rounded, value, upper);
                }
                else
                {
                    g.Add(programme.Id, programme.Id, qualifier, rounded, value, upper);
                }
            }

            if (at < 0 || columns.PartsLeftOut[at])
            {
                g.AddUncountedParts(programme);
            }
        }

        foreach (NotNormalised skipped in normalised.NotNormalised)
        {
            GroupBuilder g = Group(GroupOf(skipped.Programme, dataset, key, countries), skipped.Programme);
            g.NotCounted.Add(skipped.Programme.Id, "not normalised: " + skipped.Reason);
            g.AddUncountedParts(skipped.Programme);
        }

        Currency c = normalised.Currency;
        AggregateGroup[] built = groups.OrderBy(g => g.Key.Item1, StringComparer.Ordinal).ThenBy(g => g.Key.Item2)
            .Select(g => g.Value.Build(g.Key.Item1, key == AggregationKey.SponsorKind ? null : g.Key.Item2, c)).ToArray();
        string rule = "Each programme's headline is counted once: a programme nested in a counted programme is counted through its parent; "
            + "a fund's allocations are never added beside the fund; exact, rounded (plain figures stated to a precision), approximate, capped (up to), floor (at least) and range figures are totalled separately."
            + (key == AggregationKey.Instrument ? " " + InstrumentRule : string.Empty)
            + (key == AggregationKey.Country ? " A sub-national programme counts for its country." : string.Empty)
            + (key == AggregationKey.SponsorKind ? string.Empty
                : apart ? " State, private and mixed money are kept apart: every group is split by sponsor kind."
                : " State, private and mixed money are added together in each group, as the caller asked (SponsorTotals.Combined).")
            + " Parts whose membership in the whole is unclear, and parts on top of the whole, are listed as not counted."
            + " Programmes that may overlap (recorded overlaps) are listed with each group; where two or more are counted in one group, the group also gives its totals with the overlaps removed (lower bound) beside the totals with all counted (upper bound)."
            + " An overlap between programmes of different groups is not removed: adding groups together may count that money twice.";
        var programmeOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (NormalisedProgramme item in built.Any(g => g.OverlapsRemoved is not null) ? normalised.Items : [])
        {
            programmeOf[item.Programme.Id] = item.Programme.Id;
            foreach (Allocation part in item.Programme.Parts)
            {
                programmeOf[part.Id] = item.Programme.Id;
            }
        }

        return new Aggregation(key, sponsors, c, normalised.Basis, built, rule, programmeOf, numbering.AllInOrderWith(normalised.NotNormalised));
    }

    /// <summary>The sponsor kinds a group's slot is kept for: <see cref="SponsorKind.Unknown"/> to <see cref="SponsorKind.Mixed"/>.</summary>
    private const int SponsorSlots = 4;

    /// <summary>How amounts are grouped by instrument, in words.</summary>
    public const string InstrumentRule = "Grouped by instrument, every amount is counted once, so the groups add up to the total counted: "
        + "a programme whose included parts add up to its headline's stated figure is split by its parts' purposes, each part under the programme's instrument for that purpose "
        + "(compute: ComputeSubsidy, models: ModelSubsidy, data: DataSubsidy, research institutions: ResearchInstitutionSupport; a purpose without such an instrument under its own name), "
        + "converted at the headline's rate and counted with the headline's qualifier (as rounded where the headline is stated to a precision); any other programme is counted whole under the combination of its instruments (\"Plan + Infrastructure\"), never under each of them.";

    /// <summary>The group of a programme's instruments: their names joined with " + " in the order of <see cref="Instrument"/>.</summary>
    private static string InstrumentGroup(Programme programme) =>
        programme.Instruments.Count == 0 ? "(none stated)" : string.Join(" + ", programme.Instruments.Distinct().Order().Select(i => i.ToString()));

    /// <summary>The group of a part: the programme's instrument for the part's purpose, or the purpose itself.</summary>
    private static string PurposeGroup(Programme programme, Allocation part)
    {
        Instrument? instrument = part.Purpose switch
        {
            AllocationPurpose.Compute => Instrument.ComputeSubsidy,
            AllocationPurpose.Models => Instrument.ModelSubsidy,
            AllocationPurpose.Data => Instrument.DataSubsidy,
            AllocationPurpose.ResearchInstitutions => Instrument.ResearchInstitutionSupport,
            _ => null,
        };
        return instrument is Instrument i && programme.Uses(i) ? i.ToString() : part.Purpose + " (a part's purpose)";
    }

    /// <summary>Why a part that is not zero is not counted when its converted value is an exact 0.</summary>
    private static string RoundedAway(Programme programme, Allocation part, ExchangeRate rate, Currency currency) =>
        string.Create(CultureInfo.InvariantCulture,
            $"a part of {programme.Id} ({part.Amount}) that, converted at the headline's rate {rate.Base.Code}/{rate.Quote.Code} {rate.Rate}, is less than {currency.Code} 10^-28, the smallest step of a decimal, and would be rounded to 0: not counted, since a 0 would count it as nothing");

    /// <summary>The included parts of a programme with their groups and normalised values, when they add up exactly to
    /// its headline (not a range); otherwise null, and the programme is counted whole.</summary>
    private static List<(Allocation Part, string Group, Money Value, Money? Upper)>? SplitByPurpose(NormalisedProgramme item)
    {
        Programme programme = item.Programme;
        if (programme.Parts.Count == 0 || item.Amount.UpperValue is not null || !programme.CheckParts().StatedFiguresAddUp)
        {
            return null;
        }

        Conversion whole = item.Amount.Conversion;
        var split = new List<(Allocation, string, Money, Money?)>();
        try
        {
            Money left = whole.Result;
            Allocation[] included = programme.Parts.Where(p => p.Membership == PartMembership.Included).ToArray();
            for (int i = 0; i < included.Length; i++)
            {
                // each part at the headline's rate, rounded once, and the last the rest of the converted headline: the
                // quotients of the parts, each rounded, need not add up to the headline's, and the parts are counted for it
                Money value = i < included.Length - 1 ? new Conversion(included[i].Amount.Amount, whole.Rate, whole.RequestedDate, whole.Lookup).Result : left;
                left -= value;
                split.Add((included[i], PurposeGroup(programme, included[i]), value, null));
            }
        }
        catch (OverflowException)
        {
            return null;
        }

        return split;
    }

    private static string GroupOf(Programme programme, PolicyDataset dataset, AggregationKey key, Dictionary<string, string> countries) => key switch
    {
        AggregationKey.Country => CountryOf(programme.JurisdictionId, dataset, countries),
        AggregationKey.Jurisdiction => programme.JurisdictionId,
        AggregationKey.SponsorKind => SponsorName(programme.SponsorKind),
        _ => InstrumentGroup(programme),
    };

    /// <summary>A sponsor kind's name, without boxing the value as <see cref="Enum.ToString()"/> does.</summary>
    internal static string SponsorName(SponsorKind kind) => kind switch
    {
        SponsorKind.Unknown => nameof(SponsorKind.Unknown),
        SponsorKind.State => nameof(SponsorKind.State),
        SponsorKind.Private => nameof(SponsorKind.Private),
        SponsorKind.Mixed => nameof(SponsorKind.Mixed),
        _ => kind.ToString(),
    };

    /// <summary>Compares the keys of groups (a name and a sponsor kind) without boxing the sponsor kind.</summary>
    private sealed class GroupKeyComparer : IEqualityComparer<(string Name, SponsorKind? Sponsor)>
    {
        public static readonly GroupKeyComparer Instance = new();

        public bool Equals((string Name, SponsorKind? Sponsor) x, (string Name, SponsorKind? Sponsor) y) =>
            string.Equals(x.Name, y.Name, StringComparison.Ordinal) && x.Sponsor == y.Sponsor;

        public int GetHashCode((string Name, SponsorKind? Sponsor) key) =>
            HashCode.Combine(StringComparer.Ordinal.GetHashCode(key.Name), key.Sponsor is SponsorKind k ? (int)k : -1);
    }

    /// <summary>The top of a jurisdiction's parent chain, remembered per jurisdiction (one walk per jurisdiction, not per programme).</summary>
    private static string CountryOf(string jurisdiction, PolicyDataset dataset, Dictionary<string, string> countries)
    {
        if (countries.TryGetValue(jurisdiction, out string? country))
        {
            return country;
        }

        string id = jurisdiction;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (seen.Add(id) && dataset.Jurisdictions.Count > 0 && TryParent(dataset, id) is string parent)
        {
            id = parent;
        }

        countries[jurisdiction] = id;
        return id;
    }

    private static string? TryParent(PolicyDataset dataset, string id)
    {
        try
        {
            return dataset.Jurisdiction(id).ParentId;
        }
        catch (KeyNotFoundException)
        {
            return null;
        }
    }

    /// <summary>A group's programmes and parts left out, each with its reason. The reason of a programme nested in a counted
    /// one is written when it is read, not kept as a string per programme by every aggregation.</summary>
    private sealed class NotCountedList : IReadOnlyList<(string Programme, string Reason)>
    {
        private readonly ChunkedList<(string Id, string? Reason, string? NestedIn)> _items = new();

        public int Count => _items.Count;

        public (string Programme, string Reason) this[int index] => Read(_items[index]);

        public void Add(string id, string reason) => _items.Add((id, reason, null));

        /// <summary>Lists a programme left out because <paramref name="ancestor"/>, which contains it, is counted.</summary>
        public void AddNested(string id, string ancestor) => _items.Add((id, null, ancestor));

        public IEnumerator<(string Programme, string Reason)> GetEnumerator()
        {
            foreach ((string Id, string? Reason, string? NestedIn) item in _items)
            {
                yield return Read(item);
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        private static (string Programme, string Reason) Read((string Id, string? Reason, string? NestedIn) item) =>
            (item.Id, item.Reason ?? $"nested in {item.NestedIn}, which is counted: counting it again would count its money twice");
    }

    /// <summary>One group's amounts as they are added: exact sums per kind of figure, and each amount with its programme
    /// where the dataset records overlaps (the totals with overlaps removed are summed again from them).</summary>
    private sealed class GroupBuilder(IReadOnlyList<ProgrammeOverlap> overlaps, string[] ids)
    {
        private readonly List<(string Programme, AmountQualifier Qualifier, bool Rounded, decimal Value, decimal? Upper)> _items = new();

        private readonly FigureSums _sums = new();

        public CountedIdList Counted { get; } = new(ids);

        public NotCountedList NotCounted { get; } = new();

        public void Add(string programme, NormalisedAmount amount) =>
            Add(programme, programme, amount.Qualifier, amount.Original.IsRounded, amount.Value.Amount, amount.UpperValue?.Amount);

        /// <summary>Counts an amount: <paramref name="id"/> is the programme's or the part's id, <paramref name="programme"/>
        /// the programme the money belongs to (what overlaps are recorded between); <paramref name="rounded"/> whether it
        /// is a plain figure stated to a precision.</summary>
        public void Add(string id, string programme, AmountQualifier qualifier, bool rounded, decimal value, decimal? upper)
        {
            Counted.Add(id);
            _sums.Add(qualifier, rounded, value, upper);
            if (overlaps.Count > 0)
            {
                _items.Add((programme, qualifier, rounded, value, upper));
            }
        }

        /// <summary>Counts the amount of the dataset's programme at <paramref name="at"/> (its index in the dataset).</summary>
        public void AddProgramme(int at, AmountQualifier qualifier, bool rounded, decimal value, decimal? upper)
        {
            Counted.AddProgramme(at);
            _sums.Add(qualifier, rounded, value, upper);
            if (overlaps.Count > 0)
            {
                _items.Add((ids[at], qualifier, rounded, value, upper));
            }
        }

        /// <summary>Lists the parts a headline does not count: unclear membership, or on top of the whole.</summary>
        public void AddUncountedParts(Programme programme, Func<Allocation, bool>? only = null)
        {
            foreach (Allocation part in programme.Parts)
            {
                if (only is not null && !only(part))
                {
                    continue;
                }

                if (part.Membership == PartMembership.Unclear)
                {
                    NotCounted.Add(part.Id, $"a part of {programme.Id} ({part.Amount}) whose membership in the whole the sources leave unclear: not counted, neither inside nor beside the headline");
                }
                else if (part.Membership == PartMembership.Additional)
                {
                    NotCounted.Add(part.Id, $"a part of {programme.Id} ({part.Amount}) that the sources present as on top of the whole: not counted, since only headlines are totalled");
                }
            }
        }

        public AggregateGroup Build(string key, SponsorKind? sponsor, Currency currency)
        {
            var notes = new List<TotalNote>();
            (Money? Exact, Money? Rounded, Money? Approximate, Money? Caps, Money? Floors, Money? Low, Money? High) all = Totals(_sums, currency, notes);
            var touching = new List<OverlapInGroup>();
            OverlapBounds? bounds = null;
            if (overlaps.Count > 0)
            {
                var programmes = new HashSet<string>(_items.Select(i => i.Programme), StringComparer.Ordinal);
                var joining = new List<ProgrammeOverlap>();
                foreach (ProgrammeOverlap o in overlaps)
                {
                    string[] inGroup = o.ProgrammeIds.Where(programmes.Contains).ToArray();
                    if (inGroup.Length == 0)
                    {
                        continue;
                    }

                    touching.Add(new OverlapInGroup(o.Id, inGroup, o.ProgrammeIds.Where(p => !programmes.Contains(p)).ToArray(), o.Reason, o.AmbiguityId));
                    if (inGroup.Length >= 2)
                    {
                        joining.Add(o);
                    }
                }

                bounds = joining.Count == 0 ? null : Bounds(joining, programmes, currency);
            }

            return new AggregateGroup(
                key, sponsor, currency, all.Exact, all.Rounded, all.Approximate, all.Caps, all.Floors, all.Low, all.High,
                Counted, NotCounted, notes, touching, bounds);
        }

        /// <summary>The totals with, of each set of overlapping programmes, only the largest counted.</summary>
        private OverlapBounds Bounds(List<ProgrammeOverlap> joining, HashSet<string> programmes, Currency currency)
        {
            // The group's programmes in the order they were counted, and a programme's size: the exact sum of its counted
            // amounts (the high end of a range). A programme is counted more than once only when split by its parts, all
            // under its headline's qualifier, or when a result built by hand lists it more than once: then its amounts may
            // add up beyond a decimal, and may be figures of different qualifiers, which its figure names.
            var position = new Dictionary<string, int>(StringComparer.Ordinal);
            var order = new List<string>();
            var size = new ProgrammeSizes();
            var low = new ProgrammeSizes();
            var kind = new List<(AmountQualifier Qualifier, bool Rounded)>();
            var kinds = new List<List<(AmountQualifier Qualifier, bool Rounded)>?>();
            foreach (var item in _items)
            {
                (AmountQualifier, bool) itemKind = (item.Qualifier, item.Rounded && item.Qualifier == AmountQualifier.Exact);
                if (!position.TryGetValue(item.Programme, out int at))
                {
                    position[item.Programme] = at = order.Count;
                    order.Add(item.Programme);
                    size.AddProgramme();
                    low.AddProgramme();
                    kind.Add(itemKind);
                    kinds.Add(null);
                }
                else if (itemKind != kind[at] && !(kinds[at] ??= [kind[at]]).Contains(itemKind))
                {
                    kinds[at]!.Add(itemKind);
                }

                size.Add(at, item.Upper ?? item.Value);
                low.Add(at, item.Value);
            }

            // Words as an English list: "a and b", "a, b and c".
            static string Listed(List<string> words) =>
                words.Count < 3 ? string.Join(" and ", words) : string.Join(", ", words.Take(words.Count - 1)) + " and " + words[^1];

            // A programme's figure with its qualifier, for a comparison across qualifiers.
            string Figure(int at)
            {
                string high = size.Show(at, currency);
                return order[at] + " (" + (kinds[at] is { } several
                    ? high + ", a sum of " + Listed(several.Select(k => "\"" + FigureWords.Of(k.Qualifier, k.Rounded) + "\"").ToList()) + " figures"
                    : kind[at].Qualifier == AmountQualifier.Between
                    ? "between " + low.Show(at, currency) + " and " + high
                    : FigureWords.Of(kind[at].Qualifier, kind[at].Rounded) + " " + high) + ")";
            }

            // Sets of programmes joined by overlaps, directly or through a shared programme: each programme points
            // towards its set's representative, and a set comes in the order of the first overlap that joins it.
            int[] towards = new int[order.Count];
            for (int i = 0; i < towards.Length; i++)
            {
                towards[i] = i;
            }

            int Representative(int at)
            {
                while (towards[at] != at)
                {
                    at = towards[at] = towards[towards[at]];
                }

                return at;
            }

            var joined = new List<int>();
            foreach (ProgrammeOverlap o in joining)
            {
                int first = -1;
                foreach (string id in o.ProgrammeIds)
                {
                    if (programmes.Contains(id))
                    {
                        int at = position[id], set = Representative(at);
                        joined.Add(at);
                        if (first < 0)
                        {
                            first = set;
                        }
                        else if (set != first)
                        {
                            towards[set] = first;
                        }
                    }
                }
            }

            var firstOverlap = new Dictionary<int, int>();
            var members = new Dictionary<int, List<int>>();
            int overlap = 0;
            foreach (ProgrammeOverlap o in joining)
            {
                foreach (string id in o.ProgrammeIds)
                {
                    if (programmes.Contains(id))
                    {
                        firstOverlap.TryAdd(Representative(position[id]), overlap);
                    }
                }

                overlap++;
            }

            foreach (int at in joined)
            {
                int set = Representative(at);
                if (!members.TryGetValue(set, out List<int>? list))
                {
                    members[set] = list = [];
                }

                list.Add(at);
            }

            // Of each set the largest is kept (the first in the group's order among equals); the others are removed.
            var kept = new List<string>();
            var removed = new HashSet<string>(StringComparer.Ordinal);
            var comparisons = new List<string>();
            foreach ((int set, List<int> list) in members.OrderBy(m => firstOverlap[m.Key]))
            {
                int largest = -1;
                int[] distinct = list.Distinct().Order().ToArray();
                foreach (int at in distinct)
                {
                    if (largest < 0 || size.Compare(at, largest) > 0)
                    {
                        largest = at;
                    }
                }

                if (distinct.Any(at => kind[at] != kind[largest] || kinds[at] is not null))
                {
                    comparisons.Add($"kept {Figure(largest)} as the largest of {string.Join(", ", distinct.Select(Figure))}: figures of different qualifiers, compared by their stated figures, not like with like");
                }

                kept.Add(order[largest]);
                foreach (int at in list)
                {
                    if (at != largest)
                    {
                        removed.Add(order[at]);
                    }
                }
            }

            var notes = new List<TotalNote>();
            var sums = new FigureSums();
            foreach (var item in _items.Where(i => !removed.Contains(i.Programme)))
            {
                sums.Add(item.Qualifier, item.Rounded, item.Value, item.Upper);
            }

            var t = Totals(sums, currency, notes);
            return new OverlapBounds(t.Exact, t.Rounded, t.Approximate, t.Caps, t.Floors, t.Low, t.High, kept, order.Where(removed.Contains).ToArray(), notes)
            {
                Comparisons = comparisons.AsReadOnly(),
            };
        }

        private static (Money? Exact, Money? Rounded, Money? Approximate, Money? Caps, Money? Floors, Money? Low, Money? High) Totals(
            FigureSums sums, Currency currency, List<TotalNote> notes)
        {
            Money? Total(AmountQualifier q, string figure, bool upper = false, bool rounded = false)
            {
                if (sums.Of(q, rounded, upper) is not ExactSum sum)
                {
                    return null;
                }

                sum.TryGet(out decimal? total, out string? note);
                if (note is not null)
                {
                    notes.Add(new TotalNote(figure, note, sum.Text()));
                }

                return total is decimal t ? Money.Of(t, currency) : null;
            }

            return (Total(AmountQualifier.Exact, "exact"), Total(AmountQualifier.Exact, "rounded", rounded: true), Total(AmountQualifier.Approximately, "approximately"),
                Total(AmountQualifier.UpTo, "up to (caps)"),
                Total(AmountQualifier.AtLeast, "at least"), Total(AmountQualifier.Between, "range low"), Total(AmountQualifier.Between, "range high", upper: true));
        }
    }

    /// <summary>The sums of programmes' counted amounts in a group, one per programme by its position, exact: a decimal
    /// while the sum is one without rounding, else every digit in units of 10^-28 (kept apart, for the few such sums).</summary>
    private sealed class ProgrammeSizes
    {
        private const int Scale = 28;

        private readonly List<decimal> _sums = [];

        private Dictionary<int, System.Numerics.BigInteger>? _beyond;

        /// <summary>Starts the sum of the next programme at 0.</summary>
        public void AddProgramme() => _sums.Add(0m);

        public void Add(int at, decimal value)
        {
            if (_beyond is not null && _beyond.TryGetValue(at, out System.Numerics.BigInteger units))
            {
                _beyond[at] = units + ExactArithmetic.Scaled(value, Scale);
                return;
            }

            decimal before = _sums[at];
            try
            {
                decimal sum = before + value;
                if (ExactArithmetic.IsExactSum(before, value, sum))
                {
                    _sums[at] = sum;
                    return;
                }
            }
            catch (OverflowException)
            {
            }

            (_beyond ??= [])[at] = ExactArithmetic.Scaled(before, Scale) + ExactArithmetic.Scaled(value, Scale);
        }

        public int Compare(int a, int b) =>
            _beyond is null || (!_beyond.ContainsKey(a) && !_beyond.ContainsKey(b)) ? _sums[a].CompareTo(_sums[b]) : Units(a).CompareTo(Units(b));

        /// <summary>A programme's sum as compact money text, or every digit of it when it is not a decimal.</summary>
        public string Show(int at, Currency currency)
        {
            if (_beyond is null || !_beyond.TryGetValue(at, out System.Numerics.BigInteger units))
            {
                return Money.Of(_sums[at], currency).ToString("K", CultureInfo.InvariantCulture);
            }

            System.Numerics.BigInteger whole = System.Numerics.BigInteger.DivRem(System.Numerics.BigInteger.Abs(units), System.Numerics.BigInteger.Pow(10, Scale), out System.Numerics.BigInteger rest);
            string fraction = rest.IsZero ? string.Empty : "." + rest.ToString(CultureInfo.InvariantCulture).PadLeft(Scale, '0').TrimEnd('0');
            return currency.Code + " " + (units.Sign < 0 ? "-" : string.Empty) + whole.ToString(CultureInfo.InvariantCulture) + fraction;
        }

        private System.Numerics.BigInteger Units(int at) =>
            _beyond is not null && _beyond.TryGetValue(at, out System.Numerics.BigInteger units) ? units : ExactArithmetic.Scaled(_sums[at], Scale);
    }

    /// <summary>A group's exact sums, one for each qualifier's figures (the plain figures stated to a precision apart from
    /// the exact ones) and one for its high ends (of ranges), made when the first figure of their kind is added.</summary>
    private sealed class FigureSums
    {
        /// <summary>The slot of the plain figures stated to a precision: after the qualifiers'.</summary>
        private const int RoundedSlot = (int)AmountQualifier.Between + 1;

        private readonly ExactSum?[] _sums = new ExactSum?[2 * (RoundedSlot + 1)];

        public void Add(AmountQualifier qualifier, bool rounded, decimal value, decimal? upper)
        {
            Sum(qualifier, rounded, false).Add(value);
            if (upper is decimal high)
            {
                Sum(qualifier, rounded, true).Add(high);
            }
        }

        /// <summary>The sum of a qualifier's figures (or of their high ends), rounded plain figures when
        /// <paramref name="rounded"/>, or null when none was added.</summary>
        public ExactSum? Of(AmountQualifier qualifier, bool rounded, bool upper) => _sums[Slot(qualifier, rounded, upper)];

        private ExactSum Sum(AmountQualifier qualifier, bool rounded, bool upper) => _sums[Slot(qualifier, rounded, upper)] ??= new ExactSum();

        private static int Slot(AmountQualifier qualifier, bool rounded, bool upper) =>
            (uint)qualifier <= (uint)AmountQualifier.Between
                ? (2 * (rounded && qualifier == AmountQualifier.Exact ? RoundedSlot : (int)qualifier)) + (upper ? 1 : 0)
                : throw new ArgumentOutOfRangeException(nameof(qualifier), qualifier, "An amount's qualifier is one of the five defined.");
    }

    /// <summary>A summary for a console or a log: the key, currency and basis, every group's totals and what was left out.</summary>
    /// <returns>The summary, lines separated by <see cref="Environment.NewLine"/>.</returns>
    public override string ToString()
    {
        var lines = new List<string> { $"Totals by {Key}{(Sponsors == SponsorTotals.Combined && Key != AggregationKey.SponsorKind ? " (sponsor kinds combined, as asked)" : string.Empty)} in {Currency.Code}, normalised {Basis}:" };
        foreach (AggregateGroup g in Groups)
        {
            lines.Add("  " + g);
            lines.AddRange(g.NotCounted.Take(5).Select(n => $"    not counted: {n.Programme}, {n.Reason}"));
            if (g.NotCounted.Count > 5)
            {
                lines.Add(string.Create(CultureInfo.InvariantCulture, $"    … {g.NotCounted.Count - 5} more not counted"));
            }
        }

        lines.Add("  " + Rule);
        return string.Join(Environment.NewLine, lines);
    }

    /// <summary>The totals as a table: one row per group and kind of figure (and, for a group whose programmes may
    /// overlap, one more per figure with the overlaps removed), one row per recorded overlap a group touches, and one
    /// row per programme or part left out. The <c>bound</c> column says which total a row is: every programme counted
    /// (the upper bound where overlaps are possible), overlaps removed (the lower bound), or the only total.</summary>
    /// <returns>The table.</returns>
    public ResultTable ToTable()
    {
        const string AllCounted = "upper: all counted", Removed = "lower: overlaps removed", Only = "no overlap within the group";
        var b = new ResultTableBuilder("aggregation-by-" + Key.ToString().ToLowerInvariant());
        TableColumn<string> group = b.Text("group"), sponsor = b.Text("sponsor"), figure = b.Text("figure"), bound = b.Text("bound");
        TableColumn<Money> total = b.Money("total", Currency);
        TableColumn<long> counted = b.Integer("counted_in_group");
        TableColumn<string> exactTotal = b.Text("exact_total"), ids = b.Text("ids"), reason = b.Text("reason");
        foreach (AggregateGroup g in Groups)
        {
            string? allIds = null, keptIds = null, keptAndRemoved = null;
            long keptCount = 0;
            void Add(string what, Money? value, Func<OverlapBounds, Money?> lower)
            {
                TotalNote? note = g.Notes.FirstOrDefault(n => n.Figure == what);
                if (value is not null || note is not null)
                {
                    b.AddRow().Set(group, g.Key).Set(sponsor, g.Sponsor?.ToString()).Set(figure, what).Set(bound, g.OverlapsRemoved is null ? Only : AllCounted)
                        .Set(total, value).Set(exactTotal, note?.ExactSum).Set(counted, g.Counted.Count)
                        .Set(ids, allIds ??= string.Join(" ", g.Counted)).Set(reason, note?.Note);
                }

                if (g.OverlapsRemoved is OverlapBounds o && (value is not null || note is not null))
                {
                    if (keptIds is null)
                    {
                        var removed = new HashSet<string>(o.Removed, StringComparer.Ordinal);
                        string[] kept = g.Counted.Where(id => !removed.Contains(_programmeOf.GetValueOrDefault(id, id))).ToArray();
                        keptIds = string.Join(" ", kept);
                        keptCount = kept.Length;
                        keptAndRemoved = "kept " + string.Join(", ", o.Kept) + "; removed " + string.Join(", ", o.Removed)
                            + (o.Comparisons.Count == 0 ? string.Empty : "; " + string.Join("; ", o.Comparisons));
                    }

                    TotalNote? lowNote = o.Notes.FirstOrDefault(n => n.Figure == what);
                    b.AddRow().Set(group, g.Key).Set(sponsor, g.Sponsor?.ToString()).Set(figure, what).Set(bound, Removed)
                        .Set(total, lower(o)).Set(exactTotal, lowNote?.ExactSum).Set(counted, keptCount)
                        .Set(ids, keptIds)
                        .Set(reason, lowNote is null ? keptAndRemoved : keptAndRemoved + "; " + lowNote.Note);
                }
            }

            Add("exact", g.Exact, o => o.Exact);
            Add("rounded", g.Rounded, o => o.Rounded);
            Add("approximately", g.Approximate, o => o.Approximate);
            Add("up to (caps)", g.Caps, o => o.Caps);
            Add("at least", g.Floors, o => o.Floors);
            Add("range low", g.RangeLow, o => o.RangeLow);
            Add("range high", g.RangeHigh, o => o.RangeHigh);
            foreach (OverlapInGroup o in g.Overlaps)
            {
                b.AddRow().Set(group, g.Key).Set(sponsor, g.Sponsor?.ToString()).Set(figure, "may overlap").Set(counted, (long)o.Programmes.Count)
                    .Set(ids, o.OverlapId + ": " + string.Join(" ", o.Programmes))
                    .Set(reason, o.Reason + (o.Elsewhere.Count > 0 ? " Outside this group: " + string.Join(", ", o.Elsewhere) + "." : string.Empty)
                        + (o.AmbiguityId is null ? string.Empty : " (ambiguity " + o.AmbiguityId + ")"));
            }

            foreach ((string programme, string why) in g.NotCounted)
            {
                b.AddRow().Set(group, g.Key).Set(sponsor, g.Sponsor?.ToString()).Set(figure, "not counted").Set(counted, 0L).Set(ids, programme).Set(reason, why);
            }
        }

        b.Note(Rule).Note("Normalised " + Basis + ".")
            .Note("A total is the exact sum of its figures; where a decimal cannot hold every digit of it, the total is rounded once (half to even) and exact_total gives every digit.");
        if (Groups.Any(g => g.OverlapsRemoved is not null))
        {
            b.Note(OverlapBounds.Method);
        }

        IEnumerable<string> listed = Groups.SelectMany(g => g.Counted.Concat(g.NotCounted.Select(n => n.Programme)));
        (_idsDistinct ? b.DistinctFacts(listed) : b.Facts(listed))
            .Facts(Groups.SelectMany(g => g.Overlaps).SelectMany(o => o.AmbiguityId is null ? [o.OverlapId] : new[] { o.OverlapId, o.AmbiguityId }));
        return b.Build();
    }
}

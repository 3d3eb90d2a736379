using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using AiRace.Core.Data;
using AiRace.Core.Policy;
using AiRace.Core.Reporting;

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

    /// <summary>Each instrument a programme uses; a programme with several instruments appears in several groups, so
    /// instrument totals overlap and must not be added up.</summary>
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
/// <param name="Exact">The sum of exact figures, or null when there are none.</param>
/// <param name="Approximate">The sum of approximate figures, or null.</param>
/// <param name="Caps">The sum of caps ("up to"): the most that may be given, not what will be; or null.</param>
/// <param name="Floors">The sum of floors ("at least"), or null.</param>
/// <param name="RangeLow">The sum of the low ends of ranges, or null.</param>
/// <param name="RangeHigh">The sum of the high ends of ranges, or null.</param>
/// <param name="Counted">The programmes whose figures are in the totals.</param>
/// <param name="NotCounted">The programmes of the group left out of the totals, and the parts of its programmes that the
/// headlines do not count (membership unclear, or on top of the whole), each with the reason.</param>
/// <param name="Notes">The totals of the group that are not an exact sum held in a decimal: rounded to the digits a
/// decimal holds, or missing because the sum is beyond a decimal's range; each with the exact sum's digits.</param>
public sealed record AggregateGroup(
    string Key,
    SponsorKind? Sponsor,
    Currency Currency,
    Money? Exact,
    Money? Approximate,
    Money? Caps,
    Money? Floors,
    Money? RangeLow,
    Money? RangeHigh,
    IReadOnlyList<string> Counted,
    IReadOnlyList<(string Programme, string Reason)> NotCounted,
    IReadOnlyList<TotalNote> Notes)
{
    /// <summary>The group's totals in words, such as "CN: exact USD 139.3B, up to USD 1B (3 counted, 1 not counted)"
    /// (compact amounts for reading; the properties are exact).</summary>
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
        Add("approximately", Approximate);
        Add("up to (caps)", Caps);
        Add("at least", Floors);
        Add("range low", RangeLow);
        Add("range high", RangeHigh);
        return string.Create(CultureInfo.InvariantCulture, $"{Key}{(Sponsor is SponsorKind k ? " (" + k + ")" : string.Empty)}: {(parts.Count == 0 ? "no total" : string.Join(", ", parts))} ({Counted.Count} counted, {NotCounted.Count} not counted)");
    }
}

/// <summary>Why a total is not simply an exact sum, with the exact sum.</summary>
/// <param name="Figure">The figure: "exact", "approximately", "up to (caps)", "at least", "range low" or "range high".</param>
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
/// never added beside the fund (only headlines are totalled); exact figures, estimates, caps, floors and ranges are
/// totalled separately, never mixed. The rule applied is stated in <see cref="Rule"/>.
/// </summary>
public sealed class Aggregation
{
    private Aggregation(AggregationKey key, SponsorTotals sponsors, Currency currency, NormalisationBasis basis, IReadOnlyList<AggregateGroup> groups, string rule)
    {
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
    public static Aggregation Of(NormalisationResult normalised, PolicyDataset dataset, AggregationKey key, SponsorTotals sponsors = SponsorTotals.Apart)
    {
        Guard.NotNull(normalised);
        Guard.NotNull(dataset);
        Guard.Defined(key);
        Guard.Defined(sponsors);
        bool apart = sponsors == SponsorTotals.Apart && key != AggregationKey.SponsorKind;
        var counted = new HashSet<string>(normalised.Items.Select(i => i.Programme.Id), StringComparer.Ordinal);
        var ancestors = new CountedAncestors(dataset, counted);
        var countries = new Dictionary<string, string>(StringComparer.Ordinal);
        var groups = new Dictionary<(string, SponsorKind?), GroupBuilder>();
        GroupBuilder Group(string name, Programme programme)
        {
            (string, SponsorKind?) at = (name, apart ? programme.SponsorKind : key == AggregationKey.SponsorKind ? programme.SponsorKind : null);
            if (!groups.TryGetValue(at, out GroupBuilder? g))
            {
                groups[at] = g = new GroupBuilder();
            }

            return g;
        }

        foreach (NormalisedProgramme item in normalised.Items)
        {
            string? ancestor = ancestors.Of(item.Programme);
            foreach (string group in GroupsOf(item.Programme, dataset, key, countries))
            {
                GroupBuilder g = Group(group, item.Programme);
                if (ancestor is null)
                {
                    g.Add(item.Programme.Id, item.Amount);
                }
                else
                {
                    g.NotCounted.Add((item.Programme.Id, $"nested in {ancestor}, which is counted: counting it again would count its money twice"));
                }

                g.AddUncountedParts(item.Programme);
            }
        }

        foreach (NotNormalised skipped in normalised.NotNormalised)
        {
            foreach (string group in GroupsOf(skipped.Programme, dataset, key, countries))
            {
                GroupBuilder g = Group(group, skipped.Programme);
                g.NotCounted.Add((skipped.Programme.Id, "not normalised: " + skipped.Reason));
                g.AddUncountedParts(skipped.Programme);
            }
        }

        Currency c = normalised.Currency;
        AggregateGroup[] built = groups.OrderBy(g => g.Key.Item1, StringComparer.Ordinal).ThenBy(g => g.Key.Item2)
            .Select(g => g.Value.Build(g.Key.Item1, key == AggregationKey.SponsorKind ? null : g.Key.Item2, c)).ToArray();
        string rule = "Each programme's headline is counted once: a programme nested in a counted programme is counted through its parent; "
            + "a fund's allocations are never added beside the fund; exact, approximate, capped (up to), floor (at least) and range figures are totalled separately."
            + (key == AggregationKey.Instrument ? " A programme with several instruments appears under each, so instrument totals overlap and must not be added up." : string.Empty)
            + (key == AggregationKey.Country ? " A sub-national programme counts for its country." : string.Empty)
            + (key == AggregationKey.SponsorKind ? string.Empty
                : apart ? " State, private and mixed money are kept apart: every group is split by sponsor kind."
                : " State, private and mixed money are added together in each group, as the caller asked (SponsorTotals.Combined).")
            + " Parts whose membership in the whole is unclear, and parts on top of the whole, are listed as not counted.";
        return new Aggregation(key, sponsors, c, normalised.Basis, built, rule);
    }

    private static IEnumerable<string> GroupsOf(Programme programme, PolicyDataset dataset, AggregationKey key, Dictionary<string, string> countries)
    {
        switch (key)
        {
            case AggregationKey.Country:
                return new[] { CountryOf(programme.JurisdictionId, dataset, countries) };
            case AggregationKey.Jurisdiction:
                return new[] { programme.JurisdictionId };
            case AggregationKey.SponsorKind:
                return new[] { programme.SponsorKind.ToString() };
            default:
                return programme.Instruments.Count == 0 ? new[] { "(none stated)" } : programme.Instruments.Select(i => i.ToString()).Distinct();
        }
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

    /// <summary>Each programme's nearest ancestor that is counted itself, found once per programme of the chain.</summary>
    private sealed class CountedAncestors(PolicyDataset dataset, HashSet<string> counted)
    {
        private readonly Dictionary<string, string?> _nearest = new(StringComparer.Ordinal);

        public string? Of(Programme programme)
        {
            if (programme.ParentId is null)
            {
                return null;
            }

            // Walk up to the first parent whose answer is known (or the top), then fill in the answers on the way.
            var chain = new List<string>();
            string? answer = null;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (string? parent = programme.ParentId; parent is not null && seen.Add(parent);)
            {
                if (counted.Contains(parent))
                {
                    answer = parent;
                    break;
                }

                if (_nearest.TryGetValue(parent, out string? known))
                {
                    answer = known;
                    break;
                }

                chain.Add(parent);
                parent = dataset.Programmes.Count == 0 ? null : TryProgramme(parent)?.ParentId;
            }

            foreach (string id in chain)
            {
                _nearest[id] = answer;
            }

            return answer;
        }

        private Programme? TryProgramme(string id)
        {
            try
            {
                return dataset.Programme(id);
            }
            catch (KeyNotFoundException)
            {
                return null;
            }
        }
    }

    /// <summary>One group's amounts as they are added: exact sums per kind of figure.</summary>
    private sealed class GroupBuilder
    {
        private readonly Dictionary<(AmountQualifier, bool Upper), ExactSum> _sums = new();

        public List<string> Counted { get; } = new();

        public List<(string Programme, string Reason)> NotCounted { get; } = new();

        public void Add(string programme, NormalisedAmount amount)
        {
            Counted.Add(programme);
            Sum(amount.Qualifier, upper: false).Add(amount.Value.Amount);
            if (amount.UpperValue is Money high)
            {
                Sum(amount.Qualifier, upper: true).Add(high.Amount);
            }
        }

        /// <summary>Lists the parts a headline does not count: unclear membership, or on top of the whole.</summary>
        public void AddUncountedParts(Programme programme)
        {
            foreach (Allocation part in programme.Parts)
            {
                if (part.Membership == PartMembership.Unclear)
                {
                    NotCounted.Add((part.Id, $"a part of {programme.Id} ({part.Amount}) whose membership in the whole the sources leave unclear: not counted, neither inside nor beside the headline"));
                }
                else if (part.Membership == PartMembership.Additional)
                {
                    NotCounted.Add((part.Id, $"a part of {programme.Id} ({part.Amount}) that the sources present as on top of the whole: not counted, since only headlines are totalled"));
                }
            }
        }

        public AggregateGroup Build(string key, SponsorKind? sponsor, Currency currency)
        {
            var notes = new List<TotalNote>();
            Money? Total(AmountQualifier q, string figure, bool upper = false)
            {
                if (!_sums.TryGetValue((q, upper), out ExactSum? sum))
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

            return new AggregateGroup(
                key, sponsor, currency,
                Total(AmountQualifier.Exact, "exact"), Total(AmountQualifier.Approximately, "approximately"), Total(AmountQualifier.UpTo, "up to (caps)"),
                Total(AmountQualifier.AtLeast, "at least"), Total(AmountQualifier.Between, "range low"), Total(AmountQualifier.Between, "range high", upper: true),
                Counted.ToArray(), NotCounted.ToArray(), notes);
        }

        private ExactSum Sum(AmountQualifier qualifier, bool upper)
        {
            if (!_sums.TryGetValue((qualifier, upper), out ExactSum? sum))
            {
                _sums[(qualifier, upper)] = sum = new ExactSum();
            }

            return sum;
        }
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

    /// <summary>The totals as a table: one row per group and kind of figure, and one row per programme left out.</summary>
    /// <returns>The table.</returns>
    public ResultTable ToTable()
    {
        var b = new ResultTableBuilder("aggregation-by-" + Key.ToString().ToLowerInvariant());
        TableColumn<string> group = b.Text("group"), sponsor = b.Text("sponsor"), figure = b.Text("figure");
        TableColumn<Money> total = b.Money("total", Currency);
        TableColumn<long> counted = b.Integer("counted_in_group");
        TableColumn<string> exactTotal = b.Text("exact_total"), ids = b.Text("ids"), reason = b.Text("reason");
        foreach (AggregateGroup g in Groups)
        {
            void Add(string what, Money? value)
            {
                TotalNote? note = g.Notes.FirstOrDefault(n => n.Figure == what);
                if (value is not null || note is not null)
                {
                    b.AddRow().Set(group, g.Key).Set(sponsor, g.Sponsor?.ToString()).Set(figure, what).Set(total, value).Set(exactTotal, note?.ExactSum).Set(counted, g.Counted.Count)
                        .Set(ids, string.Join(" ", g.Counted)).Set(reason, note?.Note);
                }
            }

            Add("exact", g.Exact);
            Add("approximately", g.Approximate);
            Add("up to (caps)", g.Caps);
            Add("at least", g.Floors);
            Add("range low", g.RangeLow);
            Add("range high", g.RangeHigh);
            foreach ((string programme, string why) in g.NotCounted)
            {
                b.AddRow().Set(group, g.Key).Set(sponsor, g.Sponsor?.ToString()).Set(figure, "not counted").Set(counted, 0L).Set(ids, programme).Set(reason, why);
            }
        }

        return b.Note(Rule).Note("Normalised " + Basis + ".")
            .Note("A total is the exact sum of its figures; where a decimal cannot hold every digit of it, the total is rounded once (half to even) and exact_total gives every digit.")
            .Build();
    }
}

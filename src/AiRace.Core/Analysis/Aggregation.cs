using System;
using System.Collections.Generic;
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

/// <summary>One group's totals, kept apart by how the figures were stated.</summary>
/// <param name="Key">The group (a jurisdiction id, a sponsor kind or an instrument).</param>
/// <param name="Currency">The currency of the totals.</param>
/// <param name="Exact">The sum of exact figures, or null when there are none.</param>
/// <param name="Approximate">The sum of approximate figures, or null.</param>
/// <param name="Caps">The sum of caps ("up to"): the most that may be given, not what will be; or null.</param>
/// <param name="Floors">The sum of floors ("at least"), or null.</param>
/// <param name="RangeLow">The sum of the low ends of ranges, or null.</param>
/// <param name="RangeHigh">The sum of the high ends of ranges, or null.</param>
/// <param name="Counted">The programmes whose figures are in the totals.</param>
/// <param name="NotCounted">The programmes of the group left out of the totals, each with the reason.</param>
public sealed record AggregateGroup(
    string Key,
    Currency Currency,
    Money? Exact,
    Money? Approximate,
    Money? Caps,
    Money? Floors,
    Money? RangeLow,
    Money? RangeHigh,
    IReadOnlyList<string> Counted,
    IReadOnlyList<(string Programme, string Reason)> NotCounted);

/// <summary>
/// Totals of normalised programmes by jurisdiction, sponsor kind or instrument, without double counting: a programme
/// nested in another programme that is itself counted is counted once, through its parent; a fund's allocations are
/// never added beside the fund (only headlines are totalled); exact figures, estimates, caps, floors and ranges are
/// totalled separately, never mixed. The rule applied is stated in <see cref="Rule"/>.
/// </summary>
public sealed class Aggregation
{
    private Aggregation(AggregationKey key, Currency currency, NormalisationBasis basis, IReadOnlyList<AggregateGroup> groups, string rule)
    {
        Key = key;
        Currency = currency;
        Basis = basis;
        Groups = groups;
        Rule = rule;
    }

    /// <summary>What the programmes were grouped by.</summary>
    public AggregationKey Key { get; }

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
    /// <returns>The aggregation.</returns>
    public static Aggregation Of(NormalisationResult normalised, PolicyDataset dataset, AggregationKey key)
    {
        Guard.NotNull(normalised);
        Guard.NotNull(dataset);
        Guard.Defined(key);
        var counted = new HashSet<string>(normalised.Items.Select(i => i.Programme.Id), StringComparer.Ordinal);
        var entries = new List<(string Group, Programme Programme, NormalisedAmount? Amount, string? Reason)>();
        foreach (NormalisedProgramme item in normalised.Items)
        {
            string? ancestor = CountedAncestor(item.Programme, dataset, counted);
            foreach (string group in GroupsOf(item.Programme, dataset, key))
            {
                entries.Add(ancestor is null
                    ? (group, item.Programme, item.Amount, null)
                    : (group, item.Programme, null, $"nested in {ancestor}, which is counted: counting it again would count its money twice"));
            }
        }

        foreach (NotNormalised skipped in normalised.NotNormalised)
        {
            foreach (string group in GroupsOf(skipped.Programme, dataset, key))
            {
                entries.Add((group, skipped.Programme, null, "not normalised: " + skipped.Reason));
            }
        }

        Currency c = normalised.Currency;
        var groups = entries.GroupBy(e => e.Group).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g =>
        {
            var amounts = g.Where(e => e.Amount is not null).Select(e => e.Amount!).ToList();
            Money? SumOf(AmountQualifier q, bool upper = false)
            {
                var xs = amounts.Where(a => a.Qualifier == q).Select(a => upper ? a.UpperValue!.Value : a.Value).ToList();
                return xs.Count == 0 ? null : xs.Sum(c);
            }

            return new AggregateGroup(
                g.Key, c,
                SumOf(AmountQualifier.Exact), SumOf(AmountQualifier.Approximately), SumOf(AmountQualifier.UpTo), SumOf(AmountQualifier.AtLeast),
                SumOf(AmountQualifier.Between), SumOf(AmountQualifier.Between, upper: true),
                g.Where(e => e.Amount is not null).Select(e => e.Programme.Id).ToArray(),
                g.Where(e => e.Amount is null).Select(e => (e.Programme.Id, e.Reason!)).ToArray());
        }).ToArray();

        string rule = "Each programme's headline is counted once: a programme nested in a counted programme is counted through its parent; "
            + "a fund's allocations are never added beside the fund; exact, approximate, capped (up to), floor (at least) and range figures are totalled separately."
            + (key == AggregationKey.Instrument ? " A programme with several instruments appears under each, so instrument totals overlap and must not be added up." : string.Empty)
            + (key == AggregationKey.Country ? " A sub-national programme counts for its country." : string.Empty);
        return new Aggregation(key, c, normalised.Basis, groups, rule);
    }

    private static string? CountedAncestor(Programme programme, PolicyDataset dataset, HashSet<string> counted)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (string? parent = programme.ParentId; parent is not null && seen.Add(parent);)
        {
            if (counted.Contains(parent))
            {
                return parent;
            }

            parent = dataset.Programmes.FirstOrDefault(p => p.Id == parent)?.ParentId;
        }

        return null;
    }

    private static IEnumerable<string> GroupsOf(Programme programme, PolicyDataset dataset, AggregationKey key)
    {
        switch (key)
        {
            case AggregationKey.Country:
                string id = programme.JurisdictionId;
                var seen = new HashSet<string>(StringComparer.Ordinal);
                while (seen.Add(id) && dataset.Jurisdictions.FirstOrDefault(j => j.Id == id)?.ParentId is string parent)
                {
                    id = parent;
                }

                return new[] { id };
            case AggregationKey.Jurisdiction:
                return new[] { programme.JurisdictionId };
            case AggregationKey.SponsorKind:
                return new[] { programme.SponsorKind.ToString() };
            default:
                return programme.Instruments.Count == 0 ? new[] { "(none stated)" } : programme.Instruments.Select(i => i.ToString()).Distinct();
        }
    }

    /// <summary>The totals as a table: one row per group and kind of figure, and one row per programme left out.</summary>
    /// <returns>The table.</returns>
    public ResultTable ToTable()
    {
        var b = new ResultTableBuilder("aggregation-by-" + Key.ToString().ToLowerInvariant());
        TableColumn<string> group = b.Text("group"), figure = b.Text("figure");
        TableColumn<Money> total = b.Money("total", Currency);
        TableColumn<long> counted = b.Integer("counted_in_group");
        TableColumn<string> ids = b.Text("ids"), reason = b.Text("reason");
        foreach (AggregateGroup g in Groups)
        {
            void Add(string what, Money? value)
            {
                if (value is Money m)
                {
                    b.AddRow().Set(group, g.Key).Set(figure, what).Set(total, m).Set(counted, g.Counted.Count).Set(ids, string.Join(" ", g.Counted));
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
                b.AddRow().Set(group, g.Key).Set(figure, "not counted").Set(counted, 0L).Set(ids, programme).Set(reason, why);
            }
        }

        return b.Note(Rule).Note("Normalised " + Basis + ".").Build();
    }
}

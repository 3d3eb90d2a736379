#pragma warning disable AIR0001, AIR0002, AIR0003, AIR0004, AIR0005, AIR0006, AIR0007, AIR0008, AIR0009, AIR0010, AIR0011, AIR0012, AIR0013, AIR0014, AIR0015
using System.Collections;
using System.Globalization;
using System.Threading.Tasks;
using AiRace.Core.Analysis;
using AiRace.Core.Analysis.Export;
using AiRace.Core.Data;
using AiRace.Core.Policy;
using AiRace.Core.Reporting;
using M = AiRace.Core.Money;

namespace AiRace.Core.Tests.Robustness;

/// <summary>Read-only tables, checked normalisation results, the normaliser's check of a rate's pair, parts checks and
/// fund audit summaries (range, floor and cap wholes, parts stated as ranges), periods, duplicate part ids and
/// tolerances: each test asserts what an XML doc or the README promises.</summary>
public class CheckedResultsAndAuditsTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private static readonly RateSeries Test = new("T", "test series", "tester", RatePeriod.Day);
    private static readonly DateOnly Day = new(2024, 7, 1);
    private static readonly SourceReference Src = new("src-1", "the quote");
    private static readonly string[] Cultures = ["tr-TR", "de-DE", "zh-CN", "ar-SA"];

    private static Allocation Part(string id, ReportedAmount amount, PartMembership membership = PartMembership.Included, AllocationPurpose purpose = AllocationPurpose.Compute) =>
        new(id, purpose, "a part", amount, membership, null, [Src]);

    private static Programme Prog(string id, ReportedAmount? headline, IEnumerable<Allocation>? parts = null, string? parent = null,
        SponsorKind sponsor = SponsorKind.State, string jurisdiction = "CN", Period? period = null, IEnumerable<Instrument>? instruments = null) =>
        new(id, "Programme " + id, sponsor, jurisdiction, [], instruments ?? [Instrument.Subsidy], [], period, headline, parent, parts ?? [], [Src]);

    private static ExchangeRateTable Rates() => new(new[] { new ExchangeRate(Currency.USD, Currency.CNY, 7.1m, Day, Test) });

    private static NormalisationResult NormaliseCny(params Programme[] programmes) =>
        new Normaliser(Rates(), Currency.CNY).NormaliseProgrammes(programmes, NormalisationBasis.AtDate(Day, RateLookup.ExactDate));

    private static void InCultures(Action action)
    {
        CultureInfo saved = CultureInfo.CurrentCulture, savedUi = CultureInfo.CurrentUICulture;
        try
        {
            foreach (string name in Cultures)
            {
                CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(name);
                CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
                action();
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
            CultureInfo.CurrentUICulture = savedUi;
        }
    }

    private sealed class FixedProvider(Func<Currency, Currency, DateOnly, RateLookup, ExchangeRate> answer) : IExchangeRateProvider
    {
        public bool TryGetRate(Currency from, Currency to, DateOnly date, RateLookup lookup, out ExchangeRate rate)
        {
            rate = answer(from, to, date, lookup);
            return true;
        }

        public ExchangeRate GetRate(Currency from, Currency to, DateOnly date, RateLookup lookup) => answer(from, to, date, lookup);
    }

    private static ResultTable SomeTable() => NormaliseCny(
        Prog("a", ReportedAmount.Exact(M.Usd(1m))), Prog("b", ReportedAmount.Between(M.Usd(1m), M.Usd(3m))), Prog("c", ReportedAmount.Exact(M.Usd(2m)))).ToTable();

    // ---------- embedded dataset: nothing that loaded before is refused now ----------

    [Fact]
    public void Embedded_dataset_still_loads_and_every_programme_rebuilds_through_the_public_constructor()
    {
        PolicyDataset d = PolicyData.Embedded;
        d.Programmes.Count.Should().BeGreaterThan(0);
        foreach (Programme p in d.Programmes)
        {
            FluentActions.Invoking(() => new Programme(p.Id, p.Name, p.SponsorKind, p.JurisdictionId, p.Actors, p.Instruments, p.StatusHistory, p.Period, p.Headline, p.ParentId, p.Parts, p.Sources, p.Description, p.Inferences))
                .Should().NotThrow(p.Id);
        }
    }

    [Fact]
    public void Embedded_fund_audit_summaries_are_nonempty_and_never_show_a_negative_amount()
    {
        foreach (FundAuditRow row in FundAudit.Of(PolicyData.Embedded))
        {
            row.Summary.Should().NotBeNullOrWhiteSpace(row.Programme.Id);
            row.Summary.Should().NotMatchRegex(@"[A-Z]{3} -\d", row.Programme.Id);
        }
    }

    [Fact]
    public void Embedded_programmes_whose_stated_figures_add_up_to_an_exact_headline_are_still_split_by_instrument()
    {
        // README: "Grouping by instrument splits a programme by its parts' purposes where the parts add up to its headline".
        var lost = new List<string>();
        foreach (Programme p in PolicyData.Embedded.Programmes)
        {
            PartsCheck c = p.CheckParts();
            bool oldRule = c.Whole is not null && c.IncludedTotal is M t && c.IncludedCaps is null && t.Equals(c.Whole.Amount);
            if (oldRule && c.Whole!.UpperAmount is null && !c.StatedFiguresAddUp)
            {
                lost.Add(p.Id);
            }
        }

        lost.Should().BeEmpty("these embedded programmes were split by purpose at stop 45 and would be counted whole");
    }

    private void Parts_in_different_programmes_may_share_an_id()
    {
        Programme a = Prog("a", ReportedAmount.Exact(M.Cny(100m)), [Part("compute", ReportedAmount.Exact(M.Cny(60m)))]);
        Programme b = Prog("b", ReportedAmount.Exact(M.Cny(100m)), [Part("compute", ReportedAmount.Exact(M.Cny(60m)))]);
        a.Parts[0].Id.Should().Be(b.Parts[0].Id);
    }

    private void Duplicate_part_ids_are_refused_naming_the_id_and_programme_and_part_ids_are_case_sensitive()
    {
        var ex = FluentActions.Invoking(() => Prog("prog", ReportedAmount.Exact(M.Cny(100m)),
            [Part("a", ReportedAmount.Exact(M.Cny(10m))), Part("b", ReportedAmount.Exact(M.Cny(10m))), Part("a", ReportedAmount.Exact(M.Cny(20m)))]))
            .Should().Throw<ArgumentException>().Which;
        ex.Message.Should().Contain("\"a\"").And.Contain("\"prog\"");
        ex.ParamName.Should().Be("parts");
        ((PolicyArgumentException)ex).Index.Should().Be(2);
        FluentActions.Invoking(() => Prog("p2", ReportedAmount.Exact(M.Cny(100m)),
            [Part("a", ReportedAmount.Exact(M.Cny(10m))), Part("A", ReportedAmount.Exact(M.Cny(10m)))])).Should().NotThrow();
    }

    private void Duplicate_part_ids_among_many_parts_are_found_by_the_set_path()
    {
        var parts = Enumerable.Range(0, 30).Select(i => Part("p" + i, ReportedAmount.Exact(M.Cny(1m)))).Append(Part("p7", ReportedAmount.Exact(M.Cny(1m)))).ToList();
        var ex = FluentActions.Invoking(() => Prog("big", ReportedAmount.Exact(M.Cny(100m)), parts)).Should().Throw<PolicyArgumentException>().Which;
        ex.Index.Should().Be(30);
        ex.Message.Should().Contain("\"p7\"");
    }

    // ---------- Period ----------

    [Fact]
    public void Period_with_only_a_length_in_each_valid_unit_is_accepted()
    {
        foreach (DurationUnit unit in Enum.GetValues<DurationUnit>())
        {
            var p = new Period(PartialDate.Unknown, PartialDate.Unknown, DurationRange.Exactly(3m, unit));
            p.Length.Should().NotBeNull();
        }

        new Period(PartialDate.Unknown, PartialDate.Unknown, DurationRange.Years(0m, 5m)).Length!.Value.Unit.Should().Be(DurationUnit.Years);
    }

    [Fact]
    public void Period_with_default_length_is_refused_even_with_a_start_naming_length()
    {
        var ex = FluentActions.Invoking(() => new Period(PartialDate.OfYear(2024), PartialDate.Unknown, default(DurationRange)))
            .Should().Throw<ArgumentException>().Which;
        ex.ParamName.Should().Be("length");
        ex.Message.Should().Contain("unit");
    }

    // ---------- PartsCheck / FundAudit ----------

    [Fact]
    public void AddsUpExactly_is_true_for_exact_whole_and_exact_parts_and_false_for_a_floor_part()
    {
        Prog("p", ReportedAmount.Exact(M.Cny(100m)), [Part("a", ReportedAmount.Exact(M.Cny(60m))), Part("b", ReportedAmount.Exact(M.Cny(40m)))])
            .CheckParts().AddsUpExactly.Should().BeTrue();
        Prog("q", ReportedAmount.Exact(M.Cny(100m)), [Part("a", ReportedAmount.AtLeast(M.Cny(60m))), Part("b", ReportedAmount.Exact(M.Cny(40m)))])
            .CheckParts().AddsUpExactly.Should().BeFalse();
        Prog("r", ReportedAmount.Approximately(M.Cny(100m)), [Part("a", ReportedAmount.Exact(M.Cny(60m))), Part("b", ReportedAmount.Exact(M.Cny(40m)))])
            .CheckParts().AddsUpExactly.Should().BeFalse();
    }

    [Fact]
    public void AddsUpExactly_ignores_an_unclear_qualified_part()
    {
        // Only "the whole and every included part" must be exact.
        Prog("p", ReportedAmount.Exact(M.Cny(100m)), [Part("a", ReportedAmount.Exact(M.Cny(100m))), Part("u", ReportedAmount.UpTo(M.Cny(40m)), PartMembership.Unclear)])
            .CheckParts().AddsUpExactly.Should().BeTrue();
    }

    [Fact]
    public void Remainder_is_null_for_a_range_whole_and_set_for_a_floor_whole()
    {
        Prog("p", ReportedAmount.Between(M.Cny(100m), M.Cny(200m)), [Part("a", ReportedAmount.Exact(M.Cny(50m)))]).CheckParts().Remainder.Should().BeNull();
        Prog("q", ReportedAmount.AtLeast(M.Cny(100m)), [Part("a", ReportedAmount.Exact(M.Cny(40m)))]).CheckParts().Remainder.Should().Be(M.Cny(60m));
    }

    private void FundAudit_range_whole_below_the_low_end_gives_both_ends()
    {
        FundAuditRow row = FundAudit.Audit(Prog("p", ReportedAmount.Between(M.Cny(100m), M.Cny(200m)), [Part("a", ReportedAmount.Exact(M.Cny(50m)))]), PolicyDataset.Empty);
        row.Summary.Should().Contain("CNY 50.00").And.Contain("CNY 150.00");
        row.Summary.Should().NotContain("-");
    }

    private void FundAudit_range_whole_within_gives_nothing_to_high_minus_total()
    {
        FundAuditRow row = FundAudit.Audit(Prog("p", ReportedAmount.Between(M.Cny(100m), M.Cny(200m)), [Part("a", ReportedAmount.Exact(M.Cny(150m)))]), PolicyDataset.Empty);
        row.Summary.Should().Contain("from nothing to CNY 50.00").And.NotContain("-50");
    }

    private void FundAudit_range_whole_at_the_high_end_says_nothing_is_left()
    {
        FundAuditRow row = FundAudit.Audit(Prog("p", ReportedAmount.Between(M.Cny(100m), M.Cny(200m)), [Part("a", ReportedAmount.Exact(M.Cny(200m)))]), PolicyDataset.Empty);
        row.Summary.Should().Contain("high end").And.NotContain("-");
    }

    [Fact]
    public void FundAudit_range_whole_with_range_parts_never_shows_a_negative_amount()
    {
        // A range whole with parts that are ranges: the constructor accepts them if they fit.
        Programme p = Prog("p", ReportedAmount.Between(M.Cny(100m), M.Cny(200m)),
            [Part("a", ReportedAmount.Between(M.Cny(50m), M.Cny(100m))), Part("b", ReportedAmount.Between(M.Cny(30m), M.Cny(90m)))]);
        FundAuditRow row = FundAudit.Audit(p, PolicyDataset.Empty);
        row.Summary.Should().NotBeNullOrWhiteSpace();
        row.Summary.Should().NotMatchRegex(@"CNY -\d");
        p.CheckParts().AddsUpExactly.Should().BeFalse();
    }

    [Fact]
    public void FundAudit_floor_whole_exceeded_never_shows_a_negative_amount()
    {
        FundAuditRow row = FundAudit.Audit(Prog("p", ReportedAmount.AtLeast(M.Cny(100m)), [Part("a", ReportedAmount.Exact(M.Cny(150m)))]), PolicyDataset.Empty);
        row.Summary.Should().NotContain("-50").And.Contain("CNY 150.00").And.Contain("nothing of it is left unexplained");
    }

    [Fact]
    public void FundAudit_JPY_amounts_show_no_minor_units()
    {
        FundAuditRow row = FundAudit.Audit(Prog("p", ReportedAmount.Between(M.Of(1000m, Currency.JPY), M.Of(2000m, Currency.JPY)), [Part("a", ReportedAmount.Exact(M.Of(500m, Currency.JPY)))], jurisdiction: "JP"), PolicyDataset.Empty);
        row.Summary.Should().Contain("JPY 500").And.Contain("JPY 1,500").And.NotContain("JPY 500.").And.NotContain(".00");
    }

    [Fact]
    public void FundAudit_whole_without_parts_says_there_are_none()
    {
        FundAuditRow row = FundAudit.Audit(Prog("p", ReportedAmount.Exact(M.Cny(100m))), PolicyDataset.Empty);
        row.Summary.Should().Contain("No parts are listed");
    }

    [Fact]
    public void FundAudit_whole_with_only_unclear_parts_says_no_included_part_states_an_amount()
    {
        FundAuditRow row = FundAudit.Audit(Prog("p", ReportedAmount.Exact(M.Cny(100m)), [Part("u", ReportedAmount.Exact(M.Cny(10m)), PartMembership.Unclear)]), PolicyDataset.Empty);
        row.Summary.Should().Contain("No included part states an amount");
    }

    [Fact]
    public void FundAudit_summaries_are_the_same_under_every_culture()
    {
        Programme p = Prog("p", ReportedAmount.Between(M.Cny(1000.5m), M.Cny(2000m)), [Part("a", ReportedAmount.Exact(M.Cny(1500.25m)))]);
        string invariant = FundAudit.Audit(p, PolicyDataset.Empty).Summary;
        InCultures(() => FundAudit.Audit(p, PolicyDataset.Empty).Summary.Should().Be(invariant, CultureInfo.CurrentCulture.Name));
    }

    [Fact]
    public void FundAudit_table_of_range_whole_exports_to_csv_and_back()
    {
        ResultTable t = FundAudit.ToTable([FundAudit.Audit(Prog("p", ReportedAmount.Between(M.Cny(100m), M.Cny(200m)), [Part("a", ReportedAmount.Exact(M.Cny(150m)))]), PolicyDataset.Empty)]);
        CsvExport.Read(new StringReader(CsvExport.ToCsv(t)), t.Schema).ContentEquals(t).Should().BeTrue();
    }

    private void PartsCheck_lists_are_read_only()
    {
        PartsCheck c = Prog("p", ReportedAmount.Exact(M.Cny(100m)), [Part("u", ReportedAmount.Exact(M.Cny(10m)), PartMembership.Unclear)]).CheckParts();
        FluentActions.Invoking(() => ((IList<Allocation>)c.Unclear)[0] = c.Unclear[0]).Should().Throw<NotSupportedException>();
    }

    // ---------- Normaliser's pair check ----------

    [Fact]
    public void Normaliser_accepts_an_inverse_stored_pair_from_the_rate_table()
    {
        var table = new ExchangeRateTable(new[] { new ExchangeRate(Currency.CNY, Currency.USD, 0.125m, Day, Test) });
        NormalisedAmount n = new Normaliser(table, Currency.CNY).Normalise(ReportedAmount.Exact(M.Usd(1m)), Day, RateLookup.ExactDate, NormalisationBasis.AtDate(Day, RateLookup.ExactDate));
        n.Value.Should().Be(M.Cny(8m));
    }

    [Fact]
    public void Normaliser_accepts_an_identity_for_the_target_currency()
    {
        NormalisationResult r = NormaliseCny(Prog("a", ReportedAmount.Exact(M.Cny(5m))));
        r.Items.Should().HaveCount(1);
        r.NotNormalised.Should().BeEmpty();
    }

    [Fact]
    public void Normaliser_accepts_a_custom_provider_answering_with_a_cross_rate()
    {
        var eurUsd = new ExchangeRate(Currency.EUR, Currency.USD, 1.1m, Day, Test);
        var usdCny = new ExchangeRate(Currency.USD, Currency.CNY, 7m, Day, Test);
        var provider = new FixedProvider((_, _, _, _) => ExchangeRate.Cross(eurUsd, usdCny));
        NormalisedAmount n = new Normaliser(provider, Currency.CNY).Normalise(ReportedAmount.Exact(M.Of(10m, Currency.EUR)), Day, RateLookup.ExactDate, NormalisationBasis.AtDate(Day, RateLookup.ExactDate));
        n.Value.Should().Be(M.Cny(77m));
    }

    [Fact]
    public void Normaliser_refuses_a_wrong_pair_with_the_documented_exception_naming_the_pair_under_any_culture()
    {
        var provider = new FixedProvider((_, _, _, _) => new ExchangeRate(Currency.USD, Currency.EUR, 0.9m, Day, Test));
        var normaliser = new Normaliser(provider, Currency.CNY);
        InCultures(() =>
        {
            var ex = FluentActions.Invoking(() => normaliser.Normalise(ReportedAmount.Exact(M.Usd(1m)), Day, RateLookup.ExactDate, NormalisationBasis.AtDate(Day, RateLookup.ExactDate)))
                .Should().Throw<ExchangeRateNotFoundException>().Which;
            ex.Message.Should().Contain("USD/EUR").And.Contain("USD/CNY").And.Contain("2024-07-01");
            ex.From.Should().Be(Currency.USD);
            ex.To.Should().Be(Currency.CNY);
        });
    }

    [Fact]
    public void Normaliser_refuses_default_rate_with_the_documented_exception()
    {
        var normaliser = new Normaliser(new FixedProvider((_, _, _, _) => default), Currency.CNY);
        FluentActions.Invoking(() => normaliser.Normalise(ReportedAmount.Exact(M.Usd(1m)), Day, RateLookup.ExactDate, NormalisationBasis.AtDate(Day, RateLookup.ExactDate)))
            .Should().Throw<ExchangeRateNotFoundException>().WithMessage("*default(ExchangeRate)*");
    }

    [Fact]
    public void NormaliseProgrammes_lists_a_wrong_pair_as_not_normalised_with_a_reason_naming_it()
    {
        var provider = new FixedProvider((_, _, _, _) => new ExchangeRate(Currency.EUR, Currency.CNY, 7.7m, Day, Test));
        NormalisationResult r = new Normaliser(provider, Currency.CNY).NormaliseProgrammes([Prog("a", ReportedAmount.Exact(M.Usd(1m)))], NormalisationBasis.AtDate(Day, RateLookup.ExactDate));
        r.Items.Should().BeEmpty();
        r.NotNormalised.Should().ContainSingle().Which.Reason.Should().Contain("EUR/CNY");
    }

    // ---------- NormalisationResult / NormalisedAmount / Rank ----------

    [Fact]
    public void NormalisationResult_public_constructor_copies_the_callers_lists()
    {
        NormalisationResult done = NormaliseCny(Prog("a", ReportedAmount.Exact(M.Usd(1m))), Prog("b", ReportedAmount.Exact(M.Usd(2m))));
        var items = done.Items.ToList();
        var skipped = new List<NotNormalised>();
        var r = new NormalisationResult(Currency.CNY, done.Basis, items, skipped);
        items.Clear();
        skipped.Add(new NotNormalised(Prog("z", null), "x"));
        r.Items.Should().HaveCount(2);
        r.NotNormalised.Should().BeEmpty();
    }

    [Fact]
    public void NormalisationResult_refuses_an_item_in_another_currency_naming_its_index_and_id()
    {
        NormalisedProgramme usd = new Normaliser(Rates(), Currency.USD).NormaliseProgrammes([Prog("b", ReportedAmount.Exact(M.Cny(7.1m)))], NormalisationBasis.AtDate(Day, RateLookup.ExactDate)).Items[0];
        NormalisedProgramme cny = NormaliseCny(Prog("a", ReportedAmount.Exact(M.Usd(1m)))).Items[0];
        FluentActions.Invoking(() => new NormalisationResult(Currency.CNY, NormalisationBasis.AtDate(Day, RateLookup.ExactDate), [cny, usd], []))
            .Should().Throw<ArgumentException>().Where(e => e.Message.Contains("Item 1") && e.Message.Contains("(b)") && e.Message.Contains("USD") && e.ParamName == "items");
    }

    [Fact]
    public void NormalisationResult_refuses_a_normalisers_own_list_in_another_currency()
    {
        NormalisationResult usd = new Normaliser(Rates(), Currency.USD).NormaliseProgrammes([Prog("b", ReportedAmount.Exact(M.Cny(7.1m)))], NormalisationBasis.AtDate(Day, RateLookup.ExactDate));
        FluentActions.Invoking(() => new NormalisationResult(Currency.CNY, usd.Basis, usd.Items, []))
            .Should().Throw<ArgumentException>().WithMessage("Item 0 (b)*");
    }

    [Fact]
    public void NormalisationResult_refuses_default_item_and_null_not_normalised_entry()
    {
        FluentActions.Invoking(() => new NormalisationResult(Currency.CNY, NormalisationBasis.AtDate(Day, RateLookup.ExactDate), [default(NormalisedProgramme)], []))
            .Should().Throw<ArgumentException>().WithMessage("Item 0*");
        FluentActions.Invoking(() => new NormalisationResult(Currency.CNY, NormalisationBasis.AtDate(Day, RateLookup.ExactDate), [], [null!]))
            .Should().Throw<ArgumentException>().WithMessage("Entry 0*");
    }

    [Fact]
    public void NormalisationResult_built_in_code_aggregates_like_the_normalisers_own()
    {
        NormalisationResult own = NormaliseCny(Prog("a", ReportedAmount.Exact(M.Usd(1m))), Prog("b", ReportedAmount.Exact(M.Usd(2m))));
        var copy = new NormalisationResult(own.Currency, own.Basis, own.Items.ToList(), own.NotNormalised.ToList());
        Aggregation.Of(copy, PolicyDataset.Empty, AggregationKey.Country).ToTable().ContentEquals(Aggregation.Of(own, PolicyDataset.Empty, AggregationKey.Country).ToTable()).Should().BeTrue();
        copy.ToTable().ContentEquals(own.ToTable()).Should().BeTrue();
    }

    private void NormalisedAmount_refuses_default_conversion_with_ArgumentException_on_conversion()
    {
        FluentActions.Invoking(() => new NormalisedAmount(ReportedAmount.Exact(M.Usd(1m)), default, null, NormalisationBasis.AtAnnualAverage(2024)))
            .Should().Throw<ArgumentException>().Where(e => e.ParamName == "conversion");
    }

    [Fact]
    public void Rank_and_RankTable_refuse_default_item_naming_its_index()
    {
        NormalisedProgramme good = NormaliseCny(Prog("a", ReportedAmount.Exact(M.Usd(1m)))).Items[0];
        FluentActions.Invoking(() => ProgrammeComparison.Rank([good, default])).Should().Throw<ArgumentException>().WithMessage("Item 1*");
        FluentActions.Invoking(() => ProgrammeComparison.RankTable([good, default])).Should().Throw<ArgumentException>().WithMessage("Item 1*");
        FluentActions.Invoking(() => ProgrammeComparison.Rank([good with { Amount = default }])).Should().Throw<ArgumentException>().WithMessage("Item 0 (a)*");
    }

    [Fact]
    public void AtAnnualAverage_refuses_years_outside_the_range_and_accepts_the_ends()
    {
        FluentActions.Invoking(() => NormalisationBasis.AtAnnualAverage(1899)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => NormalisationBasis.AtAnnualAverage(2201)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => NormalisationBasis.AtAnnualAverage(1900)).Should().NotThrow();
        FluentActions.Invoking(() => NormalisationBasis.AtAnnualAverage(2200)).Should().NotThrow();
    }

    // ---------- ResultTable read-only rows ----------

    [Fact]
    public void Rows_enumerate_as_IEnumerable_of_rows_and_through_LINQ()
    {
        ResultTable t = SomeTable();
        IEnumerable<IReadOnlyList<object?>> rows = t.Rows;
        rows.Count().Should().Be(t.Rows.Count);
        rows.Select(r => r.Count).Should().OnlyContain(c => c == t.Columns.Count);
        t.Rows.ToList().Should().HaveCount(t.Rows.Count);
        t.Rows.ToArray()[1][0].Should().Be(t.Cell(1, t.Columns[0].Name));
        t.Rows.Skip(1).First()[0].Should().Be(t.Rows[1][0]);
        t.Rows.Reverse().Last()[0].Should().Be(t.Rows[0][0]);
        t.Rows.ElementAt(2)[0].Should().Be(t.Rows[2][0]);
        ((IEnumerable)t.Rows).Cast<object>().Count().Should().Be(t.Rows.Count);
    }

    [Fact]
    public void Rows_and_cells_are_read_only_through_every_interface()
    {
        ResultTable t = SomeTable();
        FluentActions.Invoking(() => ((IList<IReadOnlyList<object?>>)t.Rows)[0] = t.Rows[1]).Should().Throw<NotSupportedException>();
        FluentActions.Invoking(() => ((IList<IReadOnlyList<object?>>)t.Rows).Add(t.Rows[0])).Should().Throw<NotSupportedException>();
        FluentActions.Invoking(() => ((IList<object?>)t.Rows[0])[0] = "x").Should().Throw<NotSupportedException>();
        (t.Rows[0] is object?[]).Should().BeFalse();
        FluentActions.Invoking(() => ((IList<TableColumn>)t.Columns)[0] = t.Columns[0]).Should().Throw<NotSupportedException>();
        FluentActions.Invoking(() => ((IList<TableField>)t.Fields)[0] = t.Fields[0]).Should().Throw<NotSupportedException>();
        FluentActions.Invoking(() => ((IList<string>)t.Notes).Add("n")).Should().Throw<NotSupportedException>();
        FluentActions.Invoking(() => ((IList<string>)t.Schema.Notes).Add("n")).Should().Throw<NotSupportedException>();
    }

    private void Rows_indexer_out_of_range_throws_ArgumentOutOfRangeException_as_IList_documents()
    {
        ResultTable t = SomeTable();
        FluentActions.Invoking(() => t.Rows[t.Rows.Count]).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => t.Rows[-1]).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => t.Rows[0][t.Columns.Count]).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Cell_and_FieldValues_out_of_range_throw_ArgumentOutOfRangeException_naming_the_row_count_under_any_culture()
    {
        ResultTable t = SomeTable();
        InCultures(() =>
        {
            FluentActions.Invoking(() => t.Cell(3, t.Columns[0].Name)).Should().Throw<ArgumentOutOfRangeException>().Where(e => e.Message.Contains("has 3 rows") && e.ParamName == "row");
            FluentActions.Invoking(() => t.FieldValues(-1, new object?[t.Fields.Count])).Should().Throw<ArgumentOutOfRangeException>();
        });
    }

    [Fact]
    public void Row_views_equal_their_earlier_reads_in_content_and_the_list_supports_Contains_IndexOf_CopyTo()
    {
        ResultTable t = SomeTable();
        t.Rows[0].Should().Equal(t.Rows[0]);
        var list = (IList<IReadOnlyList<object?>>)t.Rows;
        list.Contains(t.Rows[2]).Should().BeTrue();
        list.IndexOf(t.Rows[2].ToArray()).Should().Be(2);
        var target = new IReadOnlyList<object?>[t.Rows.Count + 1];
        list.CopyTo(target, 1);
        target[1].Should().Equal(t.Rows[0]);
        FluentActions.Invoking(() => list.CopyTo(new IReadOnlyList<object?>[1], 0)).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Rows_are_read_safely_from_many_threads()
    {
        ResultTable t = SomeTable();
        object?[] expected = t.Rows.Select(r => r[0]).ToArray();
        Parallel.For(0, 2000, i => t.Rows[i % t.Rows.Count][0].Should().Be(expected[i % t.Rows.Count]));
    }

    [Fact]
    public void ContentEquals_and_CSV_round_trip_hold_after_the_read_only_change()
    {
        ResultTable t = SomeTable();
        t.ContentEquals(SomeTable()).Should().BeTrue();
        CsvExport.Read(new StringReader(CsvExport.ToCsv(t)), t.Schema).ContentEquals(t).Should().BeTrue();
        var schema = new StringWriter();
        CsvExport.WriteSchema(t, schema);
        CsvExport.Read(new StringReader(CsvExport.ToCsv(t)), new StringReader(schema.ToString())).ContentEquals(t).Should().BeTrue();
        TableSchema.TryParse(t.Schema.ToJson(), out TableSchema? s, out IReadOnlyList<string> problems).Should().BeTrue(string.Join("; ", problems));
        s!.Columns.Count.Should().Be(t.Columns.Count);
    }

    private void Currency_All_is_read_only_and_unchanged_in_order()
    {
        Currency.All[0].Should().Be(Currency.XXX);
        Currency.All.Skip(1).Select(c => c.Code).Should().BeInAscendingOrder(StringComparer.Ordinal);
        FluentActions.Invoking(() => ((IList<Currency>)Currency.All)[1] = Currency.XXX).Should().Throw<NotSupportedException>();
    }

    // ---------- TargetPath ----------

    private static Target MoneyTarget() =>
        new("t", "m", "cn", MetricValue.Of(M.Usd(100m)), 2020, MetricValue.Of(M.Usd(200m)), 2030, TargetKind.OfficialTarget, null, null, [Src]);

    private void Assess_refuses_an_indicator_in_another_currency_naming_both()
    {
        var indicator = new Indicator("i", "m", "cn", MetricValue.Of(M.Cny(150m)), PartialDate.OfYear(2025), IndicatorMethod.Report, null, null, null, [Src]);
        FluentActions.Invoking(() => TargetPath.For(MoneyTarget()).Assess(indicator)).Should().Throw<ArgumentException>()
            .Where(e => e.Message.Contains("CNY") && e.Message.Contains("USD") && e.ParamName == "indicator");
    }

    private void Assess_accepts_an_indicator_in_the_targets_currency()
    {
        var indicator = new Indicator("i", "m", "cn", MetricValue.Of(M.Usd(150m)), PartialDate.OfYear(2025), IndicatorMethod.Report, null, null, null, [Src]);
        FluentActions.Invoking(() => TargetPath.For(MoneyTarget()).Assess(indicator)).Should().NotThrow();
    }

    [Fact]
    public void Describe_keeps_qualifiers_and_is_culture_invariant()
    {
        var target = new Target("t", "m", "cn", MetricValue.Of(Share.FromPercent(10m), AmountQualifier.Approximately), 2020,
            MetricValue.Of(Share.FromPercent(40m), AmountQualifier.AtLeast), 2030, TargetKind.OfficialTarget, null, null, [Src]);
        TargetPath path = TargetPath.For(target);
        string text = path.Describe();
        text.Should().Contain("approximately 10 → at least 40 percent");
        InCultures(() => path.Describe().Should().Be(text));
        FluentActions.Invoking(() => ((IList<PathPoint>)path.Points)[0] = path.Points[0]).Should().Throw<NotSupportedException>();
    }

    // ---------- ConversionAudit ----------

    [Fact]
    public void ConversionAudit_TryAudit_and_Audit_refuse_negative_tolerance_and_accept_zero()
    {
        var rates = Rates();
        FluentActions.Invoking(() => ConversionAudit.TryAudit("f", "s", ReportedAmount.Exact(M.Cny(710m)), ReportedAmount.Exact(M.Usd(100m)), PartialDate.OfDay(2024, 7, 1), rates, -0.01m, out _, out _))
            .Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "tolerancePercent");
        FluentActions.Invoking(() => ConversionAudit.Audit("f", "s", ReportedAmount.Exact(M.Cny(710m)), ReportedAmount.Exact(M.Usd(100m)), PartialDate.OfDay(2024, 7, 1), rates, -1m))
            .Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => ConversionAudit.Audit("f", "s", ReportedAmount.Exact(M.Cny(710m)), ReportedAmount.Exact(M.Usd(100m)), PartialDate.OfDay(2024, 7, 1), rates, 0m))
            .Should().NotThrow();
    }

    [Fact]
    public void ConversionAudit_Of_embedded_still_works_with_zero_tolerance()
    {
        FluentActions.Invoking(() => ConversionAudit.Of(PolicyData.Embedded, ReferenceRates.FederalReserveH10, 0m).ToTable()).Should().NotThrow();
    }

    [Fact]
    public void Embedded_dataset_normalises_and_ranks_as_before()
    {
        NormalisationResult r = new Normaliser(ReferenceRates.FederalReserveH10, Currency.CNY).NormaliseProgrammes(PolicyData.Embedded.Programmes, NormalisationBasis.AtAnnualAverage(2024));
        r.Items.Count.Should().BeGreaterThan(0);
        r.NotNormalised.Should().NotContain(n => n.Reason.Contains("gave"));
        FluentActions.Invoking(() => ProgrammeComparison.RankTable(r.Items, PolicyData.Embedded)).Should().NotThrow();
        FluentActions.Invoking(() => Aggregation.Of(r, PolicyData.Embedded, AggregationKey.Instrument).ToTable()).Should().NotThrow();
    }
    // ---------- more ----------

    [Fact]
    public void PartsCheck_ToString_never_says_leaving_a_negative_amount()
    {
        // Commit 437e30b: "never a negative one ... or past a floor"; ToString is the check "in one line".
        PartsCheck c = Prog("p", ReportedAmount.AtLeast(M.Cny(100m)), [Part("a", ReportedAmount.Exact(M.Cny(150m)))]).CheckParts();
        output.WriteLine(c.ToString());
        c.ToString().Should().NotContain("leaving CNY -");
    }

    [Fact]
    public void FundAudit_whole_with_only_an_included_cap_part_does_not_say_no_part_states_an_amount()
    {
        FundAuditRow row = FundAudit.Audit(Prog("p", ReportedAmount.Exact(M.Cny(100m)), [Part("c", ReportedAmount.UpTo(M.Cny(30m)))]), PolicyDataset.Empty);
        output.WriteLine(row.Summary);
        row.Summary.Should().NotContain("No included part states an amount");
    }

    private void FundAudit_range_whole_with_total_at_the_low_end()
    {
        FundAuditRow row = FundAudit.Audit(Prog("p", ReportedAmount.Between(M.Cny(100m), M.Cny(200m)), [Part("a", ReportedAmount.Exact(M.Cny(100m)))]), PolicyDataset.Empty);
        output.WriteLine(row.Summary);
        row.Summary.Should().Contain("from nothing to CNY 100.00");
    }

    [Fact]
    public void TargetPath_table_note_keeps_the_qualifier()
    {
        var target = new Target("t", "m", "cn", MetricValue.Of(Share.FromPercent(10m)), 2020,
            MetricValue.Of(Share.FromPercent(40m), AmountQualifier.AtLeast), 2030, TargetKind.OfficialTarget, null, null, [Src]);
        ResultTable t = TargetPath.For(target).ToTable();
        output.WriteLine(string.Join(" | ", t.Notes));
        t.Notes.Should().Contain(n => n.Contains("10 → at least 40 percent"));
    }

    private void NormalisedAmount_refuses_default_upper_conversion_on_upperConversion()
    {
        NormalisedProgramme good = NormaliseCny(Prog("b", ReportedAmount.Between(M.Usd(1m), M.Usd(3m)))).Items[0];
        FluentActions.Invoking(() => new NormalisedAmount(good.Amount.Original, good.Amount.Conversion, default(Conversion), good.Amount.Basis))
            .Should().Throw<ArgumentException>().Where(e => e.ParamName == "upperConversion");
    }

    [Fact]
    public void Instrument_grouping_splits_an_approximate_headline_whose_parts_add_up_to_it()
    {
        // README: "Grouping by instrument splits a programme by its parts' purposes where the parts add up to its headline".
        Programme p = Prog("p", ReportedAmount.Approximately(M.Usd(100m)),
            [Part("a", ReportedAmount.Exact(M.Usd(60m))), Part("b", ReportedAmount.Exact(M.Usd(40m)), purpose: AllocationPurpose.Data)],
            instruments: [Instrument.ComputeSubsidy, Instrument.DataSubsidy]);
        ResultTable t = Aggregation.Of(NormaliseCny(p), PolicyDataset.Empty, AggregationKey.Instrument).ToTable();
        foreach (var r in t.Rows) output.WriteLine(string.Join(" | ", r));
        t.Rows.Select(r => r[0]?.ToString()).Should().Contain(g => g != null && g.Contains(nameof(Instrument.DataSubsidy)) && !g.Contains(nameof(Instrument.ComputeSubsidy)));
    }

    [Fact]
    public void FundAudit_range_whole_with_range_parts_does_not_claim_a_minimum_left_that_the_parts_high_ends_cover()
    {
        // FundAuditRow.Summary: "for a range whole what is left against both of its ends". Parts 50–100 and 30–90 may
        // reach 190, inside the whole of 100–200: nothing at all may be left, so "they leave between CNY 20.00 and ..."
        // states a floor of unexplained money the sources do not give.
        Programme p = Prog("p", ReportedAmount.Between(M.Cny(100m), M.Cny(200m)),
            [Part("a", ReportedAmount.Between(M.Cny(50m), M.Cny(100m))), Part("b", ReportedAmount.Between(M.Cny(30m), M.Cny(90m)))]);
        string summary = FundAudit.Audit(p, PolicyDataset.Empty).Summary;
        output.WriteLine(summary);
        summary.Should().NotContain("leave between CNY 20.00");
    }

    [Fact]
    public void FundAudit_cap_whole_keeps_its_qualifier_in_what_is_left()
    {
        // Summary: "what is left"; a whole of "up to CNY 100" after parts of 60 leaves up to 40, not exactly 40.
        string summary = FundAudit.Audit(Prog("p", ReportedAmount.UpTo(M.Cny(100m)), [Part("a", ReportedAmount.Exact(M.Cny(60m)))]), PolicyDataset.Empty).Summary;
        output.WriteLine(summary);
        summary.Should().Contain("up to");
    }

    private void Rows_indexer_of_an_empty_table_throws_ArgumentOutOfRangeException()
    {
        ResultTable t = NormaliseCny().ToTable();
        t.Rows.Should().BeEmpty();
        FluentActions.Invoking(() => t.Rows[0]).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Parts_ids_within_and_across_programmes()
    {
        Parts_in_different_programmes_may_share_an_id();
        Duplicate_part_ids_are_refused_naming_the_id_and_programme_and_part_ids_are_case_sensitive();
        Duplicate_part_ids_among_many_parts_are_found_by_the_set_path();
    }

    [Fact]
    public void FundAudit_range_whole_gives_what_is_left_against_both_ends_below_at_within_and_at_the_high_end()
    {
        FundAudit_range_whole_below_the_low_end_gives_both_ends();
        FundAudit_range_whole_within_gives_nothing_to_high_minus_total();
        FundAudit_range_whole_at_the_high_end_says_nothing_is_left();
        FundAudit_range_whole_with_total_at_the_low_end();
    }

    [Fact]
    public void Read_only_lists_of_Currency_and_PartsCheck()
    {
        Currency_All_is_read_only_and_unchanged_in_order();
        PartsCheck_lists_are_read_only();
    }

    [Fact]
    public void Assess_checks_the_indicators_currency()
    {
        Assess_refuses_an_indicator_in_another_currency_naming_both();
        Assess_accepts_an_indicator_in_the_targets_currency();
    }

    [Fact]
    public void NormalisedAmount_refuses_default_conversions_naming_the_parameter()
    {
        NormalisedAmount_refuses_default_conversion_with_ArgumentException_on_conversion();
        NormalisedAmount_refuses_default_upper_conversion_on_upperConversion();
    }

    [Fact]
    public void Rows_indexer_out_of_range_throws_ArgumentOutOfRangeException_as_IList_documents_also_when_empty()
    {
        Rows_indexer_out_of_range_throws_ArgumentOutOfRangeException_as_IList_documents();
        Rows_indexer_of_an_empty_table_throws_ArgumentOutOfRangeException();
    }
}

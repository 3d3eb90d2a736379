using System.Text.Json.Nodes;
using AiRace.Core.Analysis;
using AiRace.Core.Data;
using AiRace.Core.Policy;
using AiRace.Core.Reporting;
using AiRace.Core.Tests.Robustness;
using M = AiRace.Core.Money;

namespace AiRace.Core.Tests.Analysis;

/// <summary>The fund audit's summary says something true for every whole: no negative "unexplained" amount, and a whole
/// without parts, or without included amounts, is said to have none.</summary>
public class FundAuditSummaryTests
{
    private static readonly SourceReference[] Cite = [new("src-1", "the quote")];

    private static Programme WithParts(ReportedAmount? headline, params Allocation[] parts) =>
        new("prog", "P", SponsorKind.State, "CN", [], [Instrument.Subsidy], [], null, headline, null, parts, Cite);

    private static Allocation Included(string id, ReportedAmount amount) =>
        new(id, AllocationPurpose.Compute, id, amount, PartMembership.Included, null, Cite);

    [Fact]
    public void FundAudit_of_a_range_whole_gives_what_is_left_against_both_ends_never_a_negative_amount()
    {
        FundAuditRow within = FundAudit.Audit(WithParts(ReportedAmount.Between(M.Cny(100m), M.Cny(200m)), Included("a", ReportedAmount.Exact(M.Cny(150m)))), PolicyDataset.Empty);
        within.Summary.Should().NotContain("-").And.Contain("within the range of the whole").And.Contain("from nothing to CNY 50.00");
        within.Check.Remainder.Should().BeNull();

        FundAuditRow below = FundAudit.Audit(WithParts(ReportedAmount.Between(M.Cny(100m), M.Cny(200m)), Included("a", ReportedAmount.Exact(M.Cny(40m)))), PolicyDataset.Empty);
        below.Summary.Should().Contain("between CNY 60.00 and CNY 160.00");
    }

    [Fact]
    public void FundAudit_of_a_floor_whole_that_parts_exceed_does_not_report_a_negative_remainder()
    {
        FundAuditRow row = FundAudit.Audit(WithParts(ReportedAmount.AtLeast(M.Cny(100m)), Included("a", ReportedAmount.Exact(M.Cny(150m)))), PolicyDataset.Empty);
        row.Summary.Should().NotContain("-50").And.Contain("more than the stated figure of the whole");
    }

    [Fact]
    public void FundAudit_of_an_exact_whole_with_a_range_part_gives_what_is_left_against_both_ends()
    {
        FundAuditRow row = FundAudit.Audit(WithParts(ReportedAmount.Exact(M.Cny(100m)), Included("a", ReportedAmount.Between(M.Cny(50m), M.Cny(80m)))), PolicyDataset.Empty);
        row.Summary.Should().Contain("add up to between CNY 50.00 and CNY 80.00").And.Contain("leave between CNY 20.00 and CNY 50.00");
    }

    [Fact]
    public void FundAudit_of_a_floor_whole_with_a_smaller_part_says_at_least_what_is_left()
    {
        FundAuditRow row = FundAudit.Audit(WithParts(ReportedAmount.AtLeast(M.Cny(100m)), Included("a", ReportedAmount.Exact(M.Cny(60m)))), PolicyDataset.Empty);
        row.Summary.Should().Contain("leave at least CNY 40.00 of the whole");
    }

    [Fact]
    public void FundAudit_of_a_whole_without_parts_says_no_parts_are_listed()
    {
        FundAuditRow row = FundAudit.Audit(WithParts(ReportedAmount.Exact(M.Cny(100m))), PolicyDataset.Empty);
        row.Summary.Should().StartWith("No parts are listed for the whole (CNY 100)");
    }

    [Fact]
    public void FundAudit_of_a_whole_with_only_unclear_parts_says_no_included_part_states_an_amount()
    {
        var unclear = new Allocation("u", AllocationPurpose.Compute, "u", ReportedAmount.Exact(M.Cny(10m)), PartMembership.Unclear, null, Cite);
        FundAuditRow row = FundAudit.Audit(WithParts(ReportedAmount.Exact(M.Cny(100m)), unclear), PolicyDataset.Empty);
        row.Summary.Should().StartWith("No included part states an amount to set against the whole (CNY 100).");
    }

    // FundAuditRow.Summary / issue 13: nothing guessed. An approximate part leaves an approximate remainder, not an exact one.
    [Fact]
    public void FundAudit_remainder_after_an_approximate_part_is_not_stated_as_exact()
    {
        FundAuditRow row = FundAudit.Audit(WithParts(ReportedAmount.Exact(M.Cny(100m)), Included("p.a", ReportedAmount.Approximately(M.Cny(60m)))), PolicyDataset.Empty);
        row.Summary.Should().NotContain("leave CNY 40.00 of the whole").And.Contain("leave about CNY 40.00 of the whole");
    }

    [Fact]
    public void FundAudit_remainder_of_a_rounded_whole_or_after_a_rounded_part_is_about_that_much()
    {
        FundAudit.Audit(WithParts(ReportedAmount.Exact(M.Cny(100m)).WithPrecision(10m), Included("a", ReportedAmount.Exact(M.Cny(60m)))), PolicyDataset.Empty)
            .Summary.Should().Contain("leave about CNY 40.00 of the whole");
        FundAudit.Audit(WithParts(ReportedAmount.Exact(M.Cny(100m)), Included("a", ReportedAmount.Exact(M.Cny(60m)).WithPrecision(10m))), PolicyDataset.Empty)
            .Summary.Should().Contain("leave about CNY 40.00 of the whole");
        FundAudit.Audit(WithParts(ReportedAmount.AtLeast(M.Cny(100m)), Included("a", ReportedAmount.Approximately(M.Cny(60m)))), PolicyDataset.Empty)
            .Summary.Should().Contain("leave about CNY 40.00 or more of the whole", "a floor with a rough part leaves roughly that much or more, as PartsCheck says it").And.NotContain("at least about");
        FundAudit.Audit(WithParts(ReportedAmount.Exact(M.Cny(100m)), Included("a", ReportedAmount.Exact(M.Cny(60m)))), PolicyDataset.Empty)
            .Summary.Should().Contain("leave CNY 40.00 of the whole", "both are exact");
        FundAudit.Audit(WithParts(ReportedAmount.Exact(M.Cny(100m)), Included("a", ReportedAmount.Approximately(M.Cny(100m)))), PolicyDataset.Empty)
            .Summary.Should().Be("The included parts add up to the stated figure of the whole (CNY 100.00), not exactly: an included part is rounded or approximate.");
    }

    [Fact]
    public void FundAudit_of_the_embedded_Shanghai_package_says_its_rounded_figures_add_up_to_the_stated_whole_not_exactly()
    {
        FundAuditRow row = FundAudit.Of(PolicyData.Embedded).Single(r => r.Programme.Id == "cn-sh-ai-subsidy-package");
        row.Summary.Should().NotContain("add up exactly").And.StartWith("The included parts add up to the stated figure of the whole (CNY 1,000,000,000.00), not exactly: "
            + "the whole is rounded to the nearest 1,000,000,000 and an included part is rounded or approximate.");
    }

    // FundAudit: parts of unclear membership are listed with what the sources leave open; issue 13: nothing silently
    // dropped. A second ambiguity recorded about the same part must not vanish from the audit.
    [Fact]
    public void FundAudit_names_every_ambiguity_recorded_about_an_unclear_part()
    {
        JsonObject doc = EditedDocuments.Embedded();
        JsonArray ambiguities = doc["ambiguities"]!.AsArray();
        JsonObject first = ambiguities.Select(a => a!.AsObject()).First(a => a["id"]!.GetValue<string>() == "a-sh-institution-support-in-package");
        JsonObject second = first.DeepClone().AsObject();
        second["id"] = "a-sh-institution-support-timing";
        second["question"] = "Is the support for new AI research institutions paid in the same years as the package?";
        ambiguities.Add(second);
        PolicyData.TryLoad(System.Text.Encoding.UTF8.GetBytes(doc.ToJsonString()), null, out PolicyDataset? dataset, out DataProblemList problems)
            .Should().BeTrue(problems.ToString());
        FundAuditRow row = FundAudit.Of(dataset!).Single(r => r.Programme.Id == "cn-sh-ai-subsidy-package");
        row.Summary.Should().Contain("a-sh-institution-support-in-package").And.Contain("a-sh-institution-support-timing: Is the support");
    }
    private static object? Cell(ResultTable table, string part, string column)
    {
        for (int r = 0; r < table.Rows.Count; r++)
        {
            if ((string?)table.Cell(r, "part") == part)
            {
                return table.Cell(r, column);
            }
        }

        throw new System.InvalidOperationException("no row " + part);
    }

    // FundAudit.ToTable: a sum of ranges is a range, never one plain number; approximate parts added to it keep "approximately".
    [Fact]
    public void FundAudit_table_gives_a_sum_of_approximate_and_range_parts_as_an_approximate_range_not_one_plain_figure()
    {
        FundAuditRow row = FundAudit.Audit(WithParts(ReportedAmount.Exact(M.Cny(100m)),
            Included("a", ReportedAmount.Approximately(M.Cny(30m))), Included("b", ReportedAmount.Between(M.Cny(20m), M.Cny(40m)))), PolicyDataset.Empty);
        ResultTable table = FundAudit.ToTable([row]);

        Cell(table, "(included, not caps)", "qualifier").Should().Be("approximately between");
        Cell(table, "(included, not caps)", "amount").Should().Be(M.Cny(50m));
        Cell(table, "(included, not caps)", "amount_high").Should().Be(M.Cny(70m));
        Cell(table, "b", "amount_high").Should().Be(M.Cny(40m), "a range part keeps its high end");
        Cell(table, "(remainder)", "qualifier").Should().Be("between");
        Cell(table, "(remainder)", "amount").Should().Be(M.Cny(30m));
        Cell(table, "(remainder)", "amount_high").Should().Be(M.Cny(50m));
        row.Summary.Should().Contain("add up to between about CNY 50.00 and about CNY 70.00");
    }

    [Fact]
    public void FundAudit_table_gives_the_qualifier_of_a_sum_of_single_figures()
    {
        ResultTable Table(params Allocation[] parts) => FundAudit.ToTable([FundAudit.Audit(WithParts(ReportedAmount.Exact(M.Cny(100m)), parts), PolicyDataset.Empty)]);

        Cell(Table(Included("a", ReportedAmount.Exact(M.Cny(30m))), Included("b", ReportedAmount.Exact(M.Cny(20m)))), "(included, not caps)", "qualifier").Should().Be("exact");
        Cell(Table(Included("a", ReportedAmount.Exact(M.Cny(30m)).WithPrecision(10m)), Included("b", ReportedAmount.Exact(M.Cny(20m)))), "(included, not caps)", "qualifier").Should().Be("rounded");
        ResultTable approximate = Table(Included("a", ReportedAmount.Approximately(M.Cny(30m))), Included("b", ReportedAmount.Exact(M.Cny(20m))));
        Cell(approximate, "(included, not caps)", "qualifier").Should().Be("approximately");
        Cell(approximate, "(included, not caps)", "amount_high").Should().BeNull();
        Cell(approximate, "(remainder)", "qualifier").Should().Be("approximately");
        Cell(approximate, "(remainder)", "amount").Should().Be(M.Cny(50m));
        ResultTable floor = Table(Included("a", ReportedAmount.AtLeast(M.Cny(30m))), Included("b", ReportedAmount.Between(M.Cny(20m), M.Cny(40m))));
        Cell(floor, "(included, not caps)", "qualifier").Should().Be("at least");
        Cell(floor, "(included, not caps)", "amount_high").Should().BeNull();
    }

    // A range sum whose high ends add up beyond decimal: listed as not computable, with the reason, not as a floor.
    [Fact]
    public void FundAudit_table_says_a_sum_of_high_ends_beyond_decimal_is_not_computable()
    {
        FundAuditRow row = FundAudit.Audit(WithParts(ReportedAmount.Exact(M.Cny(decimal.MaxValue)),
            Included("r1", ReportedAmount.Between(M.Cny(1m), M.Cny(decimal.MaxValue))), Included("r2", ReportedAmount.Between(M.Cny(1m), M.Cny(decimal.MaxValue)))), PolicyDataset.Empty);
        ResultTable table = FundAudit.ToTable([row]);

        Cell(table, "(included, not caps)", "qualifier").Should().Be("between");
        Cell(table, "(included, not caps)", "amount_high").Should().BeNull();
        ((string?)Cell(table, "(included, not caps)", "note")).Should().Contain("the sum of their high ends is beyond what this library can hold, so it is not computable");
        row.Summary.Should().Contain("The sum of the high ends of the included parts of the programme").And.Contain("is not computable");
    }
}

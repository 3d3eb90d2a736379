using AiRace.Core.Analysis;
using AiRace.Core.Data;
using AiRace.Core.Policy;
using AiRace.Core.Reporting;
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
}

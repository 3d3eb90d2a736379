using AiRace.Core.Policy;
using AiRace.Core.Reporting;

namespace AiRace.Core.Tests.Policy;

/// <summary>
/// Issue 13, "bad input always gets a clear error that says what and where" (stop 66): the parts check names the
/// programme with the part (a part's id is unique only within its programme), and the errors of the policy types a
/// fact is built from (citation, status change, actor involvement, period, inference) name their argument, their
/// value shown safely, and the fact they belong to when it is known, in the words of the facts' own errors.
/// </summary>
public class Stop66PolicyMessagesTests
{
    private static readonly SourceReference[] Cite = [new("s1", "quote")];

    private static Programme WithParts(ReportedAmount? headline, params Allocation[] parts) =>
        new("p-fund", "P", SponsorKind.State, "CN", [], [Instrument.Subsidy], [], null, headline, null, parts, Cite);

    private static Allocation Included(string id, ReportedAmount amount) =>
        new(id, AllocationPurpose.Compute, id, amount, PartMembership.Included, null, Cite);

    private static string Reason(ArgumentException e) => e is PolicyArgumentException located ? located.Reason : Guard.Reason(e);

    // ---- 1. The parts check names the programme with the part ----

    public static TheoryData<string, Func<object>, int, string> PartErrors() => new()
    {
        {
            "larger than the whole",
            () => WithParts(ReportedAmount.Approximately(Money.Cny(100)), Included("a", ReportedAmount.Exact(Money.Cny(150)))),
            0,
            "The part \"a\" (CNY 150) of the programme \"p-fund\" is larger than its whole (approximately CNY 100)."
        },
        {
            "more than the whole together",
            () => WithParts(ReportedAmount.Exact(Money.Cny(1000)), Included("a", ReportedAmount.Exact(Money.Cny(600))), Included("b", ReportedAmount.Exact(Money.Cny(600)))),
            1,
            "The included parts of the programme \"p-fund\" up to \"b\" add up to CNY 1.2K, more than their whole (CNY 1K)."
        },
        {
            "beyond decimal together",
            () => WithParts(null, Included("a", ReportedAmount.Exact(Money.Cny(decimal.MaxValue))), Included("b", ReportedAmount.Exact(Money.Cny(1m)))),
            1,
            "The included parts of the programme \"p-fund\" up to \"b\" add up to more than the largest amount this library can hold (about 7.9 × 10^28)."
        },
        {
            "another currency than the whole",
            () => WithParts(ReportedAmount.Exact(Money.Cny(1000)), Included("a", ReportedAmount.Exact(Money.Usd(10)))),
            0,
            "The part \"a\" of the programme \"p-fund\" is in USD but its whole is in CNY; state included parts in the whole's currency."
        },
        {
            "two currencies without a whole",
            () => WithParts(null, Included("a", ReportedAmount.Exact(Money.Cny(10))), Included("b", ReportedAmount.Exact(Money.Usd(10)))),
            1,
            "The part \"b\" of the programme \"p-fund\" is in USD but the included parts before it are in CNY; included parts share one currency."
        },
    };

    [Theory]
    [MemberData(nameof(PartErrors))]
    public void A_part_that_does_not_fit_is_named_with_its_programme(string name, Func<object> build, int index, string message)
    {
        _ = name;
        PolicyArgumentException e = build.Should().Throw<PolicyArgumentException>().Which;

        (e.ParamName, e.Index, e.Member, e.Reason).Should().Be(("parts", index, "amount", message));
    }

    [Fact]
    public void The_problems_of_a_parts_check_name_the_programme()
    {
        Money half = Money.Cny(50_000_000_000_000_000_000_000_000_000m);
        PartsCheck caps = WithParts(null, Included("c1", ReportedAmount.UpTo(half)), Included("c2", ReportedAmount.UpTo(half))).CheckParts();
        PartsCheck highs = WithParts(
            ReportedAmount.Exact(Money.Cny(decimal.MaxValue)),
            Included("r1", ReportedAmount.Between(Money.Cny(1m), Money.Cny(decimal.MaxValue))),
            Included("r2", ReportedAmount.Between(Money.Cny(1m), Money.Cny(decimal.MaxValue)))).CheckParts();

        caps.Problems.Should().Equal("The sum of the included caps of the programme \"p-fund\" is not computable: the caps up to \"c2\" add up to more than the largest amount this library can hold (about 7.9 × 10^28).");
        highs.Problems.Should().Equal("The sum of the high ends of the included parts of the programme \"p-fund\" is not computable: the high ends up to \"r2\" add up to more than the largest amount this library can hold (about 7.9 × 10^28).");
        caps.DescribeVerdict("G").Should().Contain("of the programme \"p-fund\"");
    }

    [Fact]
    public void A_parts_check_knows_its_programme()
    {
        WithParts(null, Included("a", ReportedAmount.Exact(Money.Cny(10)))).CheckParts().ProgrammeId.Should().Be("p-fund");
    }
}

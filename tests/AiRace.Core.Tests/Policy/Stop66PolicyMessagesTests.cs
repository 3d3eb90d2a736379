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

    // ---- 2. The parts a fact is built from name their argument and value, and their fact when it is known ----

    private const string IdRule = "must be an id of letters, digits, '.', '_' or '-', starting with a letter or digit, at most 100 characters";

    private static readonly PolicyFact Fund = new("programme", "p-fund");

    public static TheoryData<string, Func<object>, string, string> PartOfAFactErrors() => new()
    {
        { "citation source", () => new SourceReference("s 1", "q"), "sourceId", $"sourceId of a citation {IdRule}; it was \"s 1\"." },
        { "citation quote", () => new SourceReference("s1", " "), "quote", "quote of a citation must not be empty or blank." },
        { "citation locator", () => new SourceReference("s1", "q", "\t"), "locator", "locator of a citation must be null or non-blank." },
        { "citation of a fact", () => new SourceReference("s1\u202E", "q", null, Fund), "sourceId", $"sourceId of a citation of the programme \"p-fund\" {IdRule}; it was \"s1<U+202E>\"." },
        { "involvement actor", () => new ActorInvolvement("", "sponsor"), "actorId", $"actorId of an actor involvement {IdRule}; it was \"\"." },
        { "involvement role", () => new ActorInvolvement("a1", ""), "role", "role of an actor involvement must not be empty or blank." },
        { "involvement of a programme", () => new ActorInvolvement("a1", " ", Fund), "role", "role of an actor involvement of the programme \"p-fund\" must not be empty or blank." },
        { "status", () => new StatusChange((ProgrammeStatus)9, PartialDate.OfYear(2025), Cite), "status", "status of a status change has the undefined ProgrammeStatus value 9." },
        { "status without source", () => new StatusChange(ProgrammeStatus.Announced, PartialDate.OfYear(2025), []), "sources", "sources of a status change must name at least one source: every fact needs one." },
        { "status null source", () => new StatusChange(ProgrammeStatus.Announced, PartialDate.OfYear(2025), [Cite[0], null!]), "sources", "sources[1] of a status change is null." },
        { "status of a programme", () => new StatusChange(ProgrammeStatus.Announced, PartialDate.OfYear(2025), [], Fund), "sources", "sources of a status change of the programme \"p-fund\" must name at least one source: every fact needs one." },
        { "inference field", () => new Inference("headline..currency", "r"), "field", "field of an inference must be a property path such as \"headline.currency\"; it was \"headline..currency\"." },
        { "inference null field", () => new Inference(null!, "r"), "field", "field of an inference must be a property path such as \"headline.currency\"; it was null." },
        { "inference reason", () => new Inference("status", ""), "reason", "reason of an inference must not be empty or blank." },
        { "inference of a part", () => new Inference("Amount", "r", new PolicyFact("part", "p-fund.a")), "field", "field of an inference of the part \"p-fund.a\" must be a property path such as \"headline.currency\"; it was \"Amount\"." },
        { "period backwards", () => new Period(PartialDate.OfYear(2025), PartialDate.OfYear(2024), null), "end", "The period ends (2024) before it starts (2025)." },
        { "period of a programme backwards", () => new Period(PartialDate.OfYear(2025), PartialDate.OfYear(2024), null, Fund), "end", "The period of the programme \"p-fund\" ends (2024) before it starts (2025)." },
        { "period of a part empty", () => new Period(PartialDate.Unknown, PartialDate.Unknown, null, new PolicyFact("part", "p-fund.a")), "start", "The period of the part \"p-fund.a\" needs at least one of a start, an end or a length; leave the period out when the sources give none." },
        { "period of a programme without unit", () => new Period(PartialDate.OfYear(2025), PartialDate.Unknown, default(DurationRange), Fund), "length", "The length of the period of the programme \"p-fund\" has no unit (it is default(DurationRange)); state it with DurationRange.Years, Of or Exactly, or give no length." },
    };

    [Theory]
    [MemberData(nameof(PartOfAFactErrors))]
    public void An_error_of_a_part_of_a_fact_names_the_argument_its_value_and_the_fact_when_known(string name, Func<object> build, string parameter, string message)
    {
        _ = name;
        ArgumentException e = build.Should().Throw<ArgumentException>().Which;

        (e.ParamName, Reason(e)).Should().Be((parameter, message));
    }

    [Fact]
    public void A_part_of_a_fact_built_on_its_own_names_no_fact()
    {
        PolicyFact.PartOf("citation", default).ToString().Should().Be("a citation");
        PolicyFact.PartOf("inference", Fund).ToString().Should().Be("an inference of the programme \"p-fund\"");
        PolicyFact.PartOf("inference", new PolicyFact("target", null)).ToString().Should().Be("an inference of a target");
    }
}

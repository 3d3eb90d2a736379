using System.Collections.Generic;
using AiRace.Core.Policy;

namespace AiRace.Core.Tests.Policy;

/// <summary>The model's lists cannot be changed, whatever their length: a fact's one source or a programme's one
/// instrument (kept in a list of one item) behaves as a list of several does.</summary>
public class PolicyListsTests
{
    private static Programme Programme(Instrument[] instruments, SourceReference[] sources) =>
        new("p", "P", SponsorKind.State, "CN", [], instruments, [], null, null, null, [], sources);

    public static TheoryData<int> Lengths => new() { 1, 2, 3 };

    [Theory]
    [MemberData(nameof(Lengths))]
    public void A_list_keeps_the_items_given_in_order_and_copies_them(int length)
    {
        Instrument[] all = [Instrument.Plan, Instrument.InvestmentFund, Instrument.Subsidy];
        Instrument[] given = all[..length];
        Programme programme = Programme(given, [new("s1", "quote")]);
        given[0] = Instrument.ResearchFunding;

        programme.Instruments.Should().HaveCount(length);
        programme.Instruments[0].Should().Be(Instrument.Plan);
        programme.Instruments.Should().Equal(all[..length]);
        programme.Instruments.Should().NotBeSameAs(given);
    }

    [Theory]
    [MemberData(nameof(Lengths))]
    public void Every_change_through_IList_is_refused(int length)
    {
        SourceReference[] cites = [new("s1", "one"), new("s2", "two"), new("s3", "three")];
        var list = (IList<SourceReference>)Programme([Instrument.Plan], cites[..length]).Sources;

        list.IsReadOnly.Should().BeTrue();
        ((Action)(() => list.Add(cites[0]))).Should().Throw<NotSupportedException>();
        ((Action)(() => list.Insert(0, cites[0]))).Should().Throw<NotSupportedException>();
        ((Action)(() => list.Remove(cites[0]))).Should().Throw<NotSupportedException>();
        ((Action)(() => list.RemoveAt(0))).Should().Throw<NotSupportedException>();
        ((Action)(() => list.Clear())).Should().Throw<NotSupportedException>();
        ((Action)(() => list[0] = cites[1])).Should().Throw<NotSupportedException>();
        list.Should().HaveCount(length);
        list[0].Should().BeSameAs(cites[0]);
    }

    [Theory]
    [MemberData(nameof(Lengths))]
    public void A_list_answers_look_ups_copies_and_refuses_an_index_past_its_end(int length)
    {
        SourceReference[] cites = [new("s1", "one"), new("s2", "two"), new("s3", "three")];
        var list = (IList<SourceReference>)Programme([Instrument.Plan], cites[..length]).Sources;
        var other = new SourceReference("s9", "other");

        list.Contains(cites[length - 1]).Should().BeTrue();
        list.Contains(other).Should().BeFalse();
        list.IndexOf(cites[length - 1]).Should().Be(length - 1);
        list.IndexOf(other).Should().Be(-1);

        var copy = new SourceReference[length + 1];
        list.CopyTo(copy, 1);
        copy.Should().Equal([null!, .. cites[..length]]);
        ((Action)(() => list.CopyTo(new SourceReference[length], 1))).Should().Throw<ArgumentException>();
        ((Action)(() => list.CopyTo(copy, -1))).Should().Throw<ArgumentOutOfRangeException>();

        ((Func<SourceReference>)(() => list[length])).Should().Throw<ArgumentOutOfRangeException>();
        ((Func<SourceReference>)(() => list[-1])).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void An_empty_list_is_empty_and_refuses_changes()
    {
        var actors = (IList<ActorInvolvement>)Programme([Instrument.Plan], [new("s1", "quote")]).Actors;

        actors.Should().BeEmpty();
        actors.IsReadOnly.Should().BeTrue();
        ((Action)(() => actors.Add(new ActorInvolvement("a", "role")))).Should().Throw<NotSupportedException>();
    }

    [Fact]
    public void A_list_of_one_given_as_a_list_is_copied_not_kept()
    {
        var given = new List<Instrument> { Instrument.Subsidy };
        var sources = new List<SourceReference> { new("s1", "quote") };
        Programme programme = Programme([.. given], [.. sources]);
        Programme fromLists = new("p", "P", SponsorKind.State, "CN", [], given, [], null, null, null, [], sources);

        given[0] = Instrument.Plan;
        given.Add(Instrument.InvestmentFund);
        sources.Clear();

        fromLists.Instruments.Should().Equal(programme.Instruments).And.Equal(Instrument.Subsidy);
        fromLists.Sources.Should().ContainSingle().Which.SourceId.Should().Be("s1");
    }

    [Fact]
    public void A_null_item_is_refused_with_its_index_whatever_the_length()
    {
        Action one = () => Programme([Instrument.Plan], [null!]);
        Action second = () => Programme([Instrument.Plan], [new("s1", "quote"), null!]);

        one.Should().Throw<ArgumentException>().WithMessage("sources[0] of the programme \"p\" is null.*");
        second.Should().Throw<ArgumentException>().WithMessage("sources[1] of the programme \"p\" is null.*");
    }

    public static TheoryData<int> OptionalFieldSets => [.. Enumerable.Range(0, 32)];

    [Theory]
    [MemberData(nameof(OptionalFieldSets))]
    public void A_programme_returns_the_actors_period_parts_description_and_inferences_given_in_any_combination(int present)
    {
        var cite = new SourceReference("s1", "quote");
        ActorInvolvement[] actors = (present & 1) != 0 ? [new("a1", "funder")] : [];
        Period? period = (present & 2) != 0 ? new Period(PartialDate.OfYear(2024), PartialDate.OfYear(2026), null) : null;
        Allocation[] parts = (present & 4) != 0
            ? [new("p.a", AllocationPurpose.Compute, "compute", Reporting.ReportedAmount.Exact(Money.Of(10m, Currency.CNY)), PartMembership.Included, null, [cite])]
            : [];
        string? description = (present & 8) != 0 ? "what it is" : null;
        Inference[]? inferences = (present & 16) != 0 ? [new("period", "from the plan's title")] : null;

        var programme = new Programme("p", "P", SponsorKind.State, "CN", actors, [Instrument.Plan], [], period,
            Reporting.ReportedAmount.Exact(Money.Of(100m, Currency.CNY)), null, parts, [cite], description, inferences);

        programme.Actors.Should().Equal(actors);
        programme.Period.Should().BeSameAs(period);
        programme.Parts.Should().Equal(parts);
        programme.Description.Should().Be(description);
        programme.Inferences.Should().Equal(inferences ?? []);
        ((IList<ActorInvolvement>)programme.Actors).IsReadOnly.Should().BeTrue();
        ((IList<Allocation>)programme.Parts).IsReadOnly.Should().BeTrue();
        ((IList<Inference>)programme.Inferences).IsReadOnly.Should().BeTrue();
        programme.Instruments.Should().Equal(Instrument.Plan);
        programme.Sources.Should().Equal(cite);
    }
}

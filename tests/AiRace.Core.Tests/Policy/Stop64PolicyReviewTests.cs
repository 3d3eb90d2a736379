using System.Text;
using System.Text.Json.Nodes;
using AiRace.Core.Data;
using AiRace.Core.Policy;
using AiRace.Core.Tests.Data;

namespace AiRace.Core.Tests.Policy;

/// <summary>Adversarial review of the policy model (stop 64): bad input gets an error that says what and where, and
/// nothing is silently dropped. A programme that lists one instrument twice, or one actor twice, was accepted: every
/// analysis that groups programmes by instrument then collapsed the repeat without a word (Aggregation's instrument mix
/// takes them Distinct), and an actor listed twice with two roles is one actor's involvement in two places.</summary>
public class Stop64PolicyReviewTests
{
    private static readonly SourceReference[] Cite = [new("s1", "quote")];

    private static Programme With(Instrument[] instruments, ActorInvolvement[]? actors = null) =>
        new("p", "P", SponsorKind.State, "CN", actors ?? [], instruments, [], null, null, null, [], Cite);

    [Fact]
    public void A_programme_that_lists_an_instrument_twice_is_refused_naming_both_places()
    {
        Action twice = () => With([Instrument.Subsidy, Instrument.ComputeSubsidy, Instrument.Subsidy]);
        PolicyArgumentException e = twice.Should().Throw<PolicyArgumentException>().Which;
        e.ParamName.Should().Be("instruments");
        e.Reason.Should().Be("The programme \"p\" lists the instrument subsidy twice, at instruments[0] and instruments[2]; list each instrument once.");

        With([Instrument.Subsidy, Instrument.ComputeSubsidy]).Instruments.Should().Equal(Instrument.Subsidy, Instrument.ComputeSubsidy);
    }

    [Fact]
    public void A_programme_that_lists_an_actor_twice_is_refused_naming_both_places()
    {
        Action twice = () => With([Instrument.Plan], [new("a", "funder"), new("b", "manager"), new("a", "manager")]);
        PolicyArgumentException e = twice.Should().Throw<PolicyArgumentException>().Which;
        e.ParamName.Should().Be("actors");
        e.Reason.Should().Be("The programme \"p\" lists the actor \"a\" twice, at actors[0] and actors[2]; give it once, with both roles.");

        With([Instrument.Plan], [new("a", "funder"), new("b", "manager")]).Actors.Should().HaveCount(2);
    }

    [Fact]
    public void The_loader_reports_a_repeated_instrument_or_actor_at_the_second_one()
    {
        JsonObject root = JsonNode.Parse(MalformedDocumentTests.Valid)!.AsObject();
        root["programmes"]![0]!["instruments"] = JsonNode.Parse("""["subsidy","plan","subsidy"]""");
        IReadOnlyList<DataProblem> problems = MalformedDocumentTests.Problems(root.ToJsonString());
        problems.Should().ContainSingle().Which.Should().Match<DataProblem>(p =>
            p.Path == "$.programmes[0].instruments[2]" && p.Message.StartsWith("The programme \"p1\" lists the instrument subsidy twice", StringComparison.Ordinal));

        root = JsonNode.Parse(MalformedDocumentTests.Valid)!.AsObject();
        root["programmes"]![0]!["actors"] = JsonNode.Parse("""[{"actor":"a1","role":"funder"},{"actor":"a1","role":"manager"}]""");
        problems = MalformedDocumentTests.Problems(root.ToJsonString());
        problems.Should().ContainSingle().Which.Should().Match<DataProblem>(p =>
            p.Path == "$.programmes[0].actors[1]" && p.Message.StartsWith("The programme \"p1\" lists the actor \"a1\" twice", StringComparison.Ordinal));
    }
}

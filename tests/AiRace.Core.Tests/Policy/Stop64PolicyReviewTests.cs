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

    /// <summary>An ambiguity built through the API took any text as a fact id and a blank or repeated reading (the loader
    /// refuses a blank reading itself, but the constructor did not): each is refused, saying which item.</summary>
    [Theory]
    [InlineData(new[] { "p1", "not an id" }, new[] { "a", "b" }, "about", 1, "The ambiguity \"amb\" is about \"not an id\" (about[1]), which is not a fact id: an id is letters, digits, '.', '_' or '-', starting with a letter or digit, at most 100 characters.")]
    [InlineData(new[] { "p1", "p2", "p1" }, new[] { "a", "b" }, "about", 2, "The ambiguity \"amb\" is about \"p1\" twice, at about[0] and about[2]; name each fact once.")]
    [InlineData(new[] { "p1" }, new[] { "a", " " }, "readings", 1, "The ambiguity \"amb\" has a blank reading at readings[1]; give each reading in words.")]
    [InlineData(new[] { "p1" }, new[] { "a", "b", "a" }, "readings", 2, "The ambiguity \"amb\" has the reading \"a\" twice, at readings[0] and readings[2]; give each reading once.")]
    public void An_ambiguity_refuses_an_about_that_is_no_id_and_a_blank_or_repeated_reading_naming_the_item(string[] about, string[] readings, string parameter, int index, string reason)
    {
        Action build = () => _ = new Ambiguity("amb", "Q?", about, readings, Cite);
        PolicyArgumentException e = build.Should().Throw<PolicyArgumentException>().Which;
        (e.ParamName, e.Index, e.Reason).Should().Be((parameter, index, reason));
    }

    [Fact]
    public void The_loader_reports_a_repeated_reading_or_fact_of_an_ambiguity_at_the_second_one()
    {
        JsonObject root = JsonNode.Parse(MalformedDocumentTests.Valid)!.AsObject();
        root["ambiguities"]![0]!["readings"] = JsonNode.Parse("""["a","b","a"]""");
        MalformedDocumentTests.Problems(root.ToJsonString()).Should().ContainSingle().Which.Path.Should().Be("$.ambiguities[0].readings[2]");

        root = JsonNode.Parse(MalformedDocumentTests.Valid)!.AsObject();
        root["ambiguities"]![0]!["about"] = JsonNode.Parse("""["p1","p1"]""");
        MalformedDocumentTests.Problems(root.ToJsonString()).Should().ContainSingle().Which.Path.Should().Be("$.ambiguities[0].about[1]");
    }
}

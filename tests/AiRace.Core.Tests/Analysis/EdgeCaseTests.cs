using AiRace.Core.Analysis;
using AiRace.Core.Data;
using AiRace.Core.Policy;

namespace AiRace.Core.Tests.Analysis;

/// <summary>Whatever the loader accepts, every analysis answers or lists the item as not computable, with the reason
/// (issue 13 §3): parts in two currencies without a whole, a source conversion of zero, amounts at the end of decimal's
/// range, extreme target ratios and very long target paths.</summary>
public class EdgeCaseTests
{
    private const string Max = "70000000000000000000000000000";

    private static PolicyDataset Load(string programmes, string targets = "")
    {
        try
        {
            return PolicyData.Parse("{\"formatVersion\": 1, \"programmes\": [" + programmes + "], \"targets\": [" + targets + "]}", extending: PolicyData.Embedded);
        }
        catch (PolicyDataException e)
        {
            throw new InvalidOperationException(string.Join(" | ", e.Problems.Select(p => p.ToString())), e);
        }
    }

    private static string Programme(string id, string headline = "", string parts = "", string parent = "") =>
        "{\"id\": \"" + id + "\", \"name\": \"" + id + "\", \"sponsorKind\": \"state\", \"jurisdiction\": \"CN-SH\", \"instruments\": [\"subsidy\"]"
        + (parent.Length == 0 ? string.Empty : ", \"parent\": \"" + parent + "\"")
        + (headline.Length == 0 ? string.Empty : ", \"headline\": " + headline)
        + (parts.Length == 0 ? string.Empty : ", \"parts\": [" + parts + "]")
        + ", \"sources\": [{\"source\": \"seed-001\", \"quote\": \"Enter Shanghai\"}]}";

    private static string Amount(string amount, string currency, string conversion = "") =>
        "{\"qualifier\": \"exact\", \"amount\": \"" + amount + "\", \"currency\": \"" + currency + "\""
        + (conversion.Length == 0 ? string.Empty : ", \"sourceConversion\": " + conversion) + "}";

    private static string Part(string id, string amount, string currency) =>
        "{\"id\": \"" + id + "\", \"purpose\": \"compute\", \"description\": \"compute\", \"amount\": " + Amount(amount, currency) + ", \"membership\": \"included\", \"sources\": [{\"source\": \"seed-001\", \"quote\": \"600 million\"}]}";

    // Parts that no analysis could add (two currencies without a whole; a sum beyond decimal) are refused by the loader
    // itself, at the part that breaks the rule, since the Programme constructor owns that rule: so no analysis meets them.
    [Fact]
    public void PartsInTwoCurrencies_WithoutAWhole_AreRefusedByTheLoader_AtThePart()
    {
        Action load = () => Load(Programme("x-mixed", parts: Part("x-mixed.a", "600", "CNY") + "," + Part("x-mixed.b", "100", "USD")));

        load.Should().Throw<InvalidOperationException>()
            .WithMessage("*parts[1]*\"x-mixed.b\" of the programme \"x-mixed\" is in USD but the included parts before it are in CNY*");
    }

    [Fact]
    public void PartsBeyondDecimal_AreRefusedByTheLoader_AtThePart()
    {
        Action load = () => Load(Programme("x-huge", parts: Part("x-huge.a", Max, "CNY") + "," + Part("x-huge.b", Max, "CNY")));

        load.Should().Throw<InvalidOperationException>()
            .WithMessage("*parts[1]*\"x-huge.b\" add up to more than the largest amount this library can hold*");
    }

    [Fact]
    public void SourceConversionOfZero_IsListedAsNotAudited_WithTheReason()
    {
        PolicyDataset data = Load(Programme("x-zero", headline: Amount("1000", "CNY", Amount("0", "USD"))));

        ConversionAudit audit = ConversionAudit.Of(data, ReferenceRates.FederalReserveH10, 1m);

        audit.Rows.Should().NotContain(r => r.FactId == "x-zero");
        audit.NotAudited.Should().ContainSingle(n => n.FactId == "x-zero").Which.Reason.Should().Contain("two non-zero figures");
        ResultTable table = audit.ToTable();
        table.Rows.Should().Contain(r => (string?)r[0] == "x-zero" && (string?)r[table.IndexOf("verdict")] == "not audited");
    }

    [Fact]
    public void AmountsAtTheEndOfDecimal_AreAuditedAggregatedAndRanked_OrListedWithTheReason()
    {
        PolicyDataset data = Load(
            Programme("x-big-1", headline: Amount(Max, "USD", Amount("0.01", "CNY"))) + ","
            + Programme("x-big-2", headline: Amount(Max, "USD")) + ","
            + Programme("x-big-3", headline: Amount("7922816251426433759354395033.5", "USD")));

        ConversionAudit audit = ConversionAudit.Of(data, ReferenceRates.FederalReserveH10, 1m);
        audit.NotAudited.Should().ContainSingle(n => n.FactId == "x-big-1").Which.Reason.Should().Contain("beyond the range of a decimal");

        NormalisationResult usd = new Normaliser(ReferenceRates.FederalReserveH10, Currency.USD).NormaliseProgrammes(data.Programmes, NormalisationBasis.AtAnnualAverage(2024));
        usd.Items.Select(i => i.Programme.Id).Should().Contain(new[] { "x-big-1", "x-big-2", "x-big-3" });
        Aggregation byCountry = Aggregation.Of(usd, data, AggregationKey.Country);
        AggregateGroup china = byCountry.Groups.Single(g => g.Key == "CN" && g.Sponsor == SponsorKind.State);
        china.Exact.Should().BeNull("three amounts near 7.9×10^28 add up beyond a decimal");
        TotalNote note = china.Notes.Should().ContainSingle(n => n.Figure == "exact").Which;
        note.Note.Should().Contain("beyond the range of a decimal");
        note.ExactSum.Should().Be("147922816251426433759354395033.5", "two amounts of 7×10^28 and one of 7.9×10^27; the embedded programmes of China are stated to a precision, so they are in the rounded total");
        china.Rounded.Should().NotBeNull("the embedded programmes' sum fits a decimal");
        ResultTable table = byCountry.ToTable();
        table.Rows.Should().Contain(r => (string?)r[0] == "CN" && (string?)r[table.IndexOf("figure")] == "exact" && r[table.IndexOf("total")] == null
            && ((string)r[table.IndexOf("reason")]!).Contains("no total is given"));

        ResultTable ranking = ProgrammeComparison.RankTable(usd.Items);
        ranking.Rows.Should().Contain(r => (string?)r[ranking.IndexOf("programme")] == "subtotal" && r[ranking.IndexOf("value")] == null
            && ((string?)r[ranking.IndexOf("note")] ?? string.Empty).Contains("beyond the range"));
    }

    [Fact]
    public void Totals_WithMoreDigitsThanADecimal_AreRoundedOnce_AndSaySo_WithTheExactSum()
    {
        PolicyDataset data = Load(
            Programme("x-digits-1", headline: Amount("10000000000000000000000000000", "USD")) + ","
            + Programme("x-digits-2", headline: Amount("0.5", "USD")) + ","
            + Programme("x-digits-3", headline: Amount("0.0000000000000000000000000001", "USD")));
        NormalisationResult usd = new Normaliser(ReferenceRates.FederalReserveH10, Currency.USD).NormaliseProgrammes(
            data.Programmes.Where(p => p.Id.StartsWith("x-digits", StringComparison.Ordinal)), NormalisationBasis.AtAnnualAverage(2024));

        AggregateGroup group = Aggregation.Of(usd, data, AggregationKey.Country).Groups.Single(g => g.Exact is not null);

        group.Exact.Should().Be(Money.Of(10000000000000000000000000001m, Currency.USD), "the exact sum ...000.5000...0001 is more than half way to ...001, and a decimal of 29 digits keeps no decimals");
        group.Notes.Should().ContainSingle().Which.ExactSum.Should().Be("10000000000000000000000000000.5000000000000000000000000001");
        group.Notes[0].Note.Should().Contain("rounded (half to even)");
    }

    [Fact]
    public void ExactSumText_ShowsEveryDigit_AndNoTrailingZeros()
    {
        PolicyDataset data = Load(
            Programme("x-zeros-1", headline: Amount("10000000000000000000000000000", "USD")) + ","
            + Programme("x-zeros-2", headline: Amount("0.50", "USD")) + ","
            + Programme("x-zeros-3", headline: Amount("0.0000", "USD")));
        NormalisationResult usd = new Normaliser(ReferenceRates.FederalReserveH10, Currency.USD).NormaliseProgrammes(
            data.Programmes.Where(p => p.Id.StartsWith("x-zeros", StringComparison.Ordinal)), NormalisationBasis.AtAnnualAverage(2024));

        AggregateGroup group = Aggregation.Of(usd, data, AggregationKey.Country).Groups.Single(g => g.Exact is not null);

        group.Exact.Should().Be(Money.Of(10000000000000000000000000000m, Currency.USD), "…000.5 rounds half to even");
        group.Notes.Should().ContainSingle().Which.ExactSum.Should().Be("10000000000000000000000000000.5", "0.50 and 0.0000 were written with zeros that are no digit of the sum");
        group.Notes[0].Note.Should().Contain("10000000000000000000000000000.5, has more digits than a decimal holds: the total is rounded (half to even) to a whole number");
    }

    [Theory]
    [InlineData("0.0000000000000000000000001%", "100%", 2023, 2024)]
    [InlineData("0.0000000000000000000000001%", "100%", 2023, 2043)]
    [InlineData("0.0000000000000000000000001%", "100%", 1, 9999)]
    [InlineData("100%", "0.0000000000000000000000001%", 1, 9999)]
    public void TargetWithExtremeRatio_TryForAnswersWithoutThrowing(string baseline, string goal, int from, int to)
    {
        string target = "{\"id\": \"t-x\", \"metric\": \"ai-accelerator-market-share.domestic-chips\", \"subject\": \"CN\", \"kind\": \"analystForecast\","
            + "\"baseline\": {\"value\": {\"share\": \"" + baseline + "\"}, \"year\": " + from + "}, \"goal\": {\"value\": {\"share\": \"" + goal + "\"}, \"year\": " + to + "},"
            + "\"sources\": [{\"source\": \"seed-001\", \"quote\": \"55%\"}]}";
        Target t = Load(string.Empty, target).Targets.Single(x => x.Id == "t-x");

        bool found = TargetPath.TryFor(t, out TargetPath? path, out string? reason);

        if (found)
        {
            path!.Points[0].Compound.Should().Be(path.BaselineValue);
            path.Points[^1].Compound.Should().Be(path.GoalValue);
        }
        else
        {
            reason.Should().Contain("beyond the range of decimal arithmetic");
        }
    }

    [Fact]
    public void TargetFromYear1To9999_HasAPointForEveryYear_EndingAtTheGoal()
    {
        Target source = PolicyData.Embedded.Targets.Single(t => t.Id == "t-bernstein-domestic-chip-share-2027");
        string target = "{\"id\": \"t-long\", \"metric\": \"ai-accelerator-market-share.domestic-chips\", \"subject\": \"CN\", \"kind\": \"analystForecast\","
            + "\"baseline\": {\"value\": {\"share\": \"17%\"}, \"year\": 1}, \"goal\": {\"value\": {\"share\": \"55%\"}, \"year\": 9999},"
            + "\"sources\": [{\"source\": \"seed-001\", \"quote\": \"55%\"}]}";
        Target t = Load(string.Empty, target).Targets.Single(x => x.Id == "t-long");

        TargetPath path = TargetPath.For(t);

        path.Points.Should().HaveCount(9999);
        path.Points[^1].Compound.Should().Be(55m);
        path.Points[0].Compound.Should().Be(17m);
        path.CompoundValueAt(5000).Should().BeInRange(17m, 55m);
        source.Id.Should().NotBeEmpty();
    }
}

using System.Globalization;
using System.Text.Json.Nodes;
using AiRace.Core.Analysis;
using AiRace.Core.Data;
using AiRace.Core.Policy;
using static AiRace.Core.Tests.Robustness.EditedDocuments;

namespace AiRace.Core.Tests.Robustness;

/// <summary>
/// Inputs at the edges of decimal that the loader accepts and that broke an analysis (an exception where a reason was
/// promised, or a wrong figure), each in the smallest document that shows it: the embedded dataset with one fact
/// changed or added, loaded through <see cref="PolicyData.Parse"/> like a user's document.
/// </summary>
public class AdversarialInputTests
{
    private const string DecimalMax = "79228162514264337593543950335";
    private const string Smallest = "0.0000000000000000000000000001";

    private static JsonObject Programme(JsonObject document, string id) =>
        document["programmes"]!.AsArray().Select(n => n!.AsObject()).Single(p => (string?)p["id"] == id);

    /// <summary>The embedded dataset with one more metric of <paramref name="kind"/> and one target on it.</summary>
    private static PolicyDataset WithTarget(string kind, string baseline, int baselineYear, string goal, int goalYear, params (string Value, int Year)[] indicators)
    {
        JsonObject document = Embedded();
        JsonObject Value(string v) => kind == "money"
            ? new JsonObject { ["money"] = new JsonObject { ["amount"] = v, ["currency"] = "USD" } }
            : new JsonObject { [kind] = v };
        JsonArray Cited() => new(new JsonObject { ["source"] = "seed-000", ["quote"] = "China" });
        document["metrics"]!.AsArray().Add(new JsonObject { ["id"] = "m-edge", ["name"] = "Edge", ["valueKind"] = kind });
        document["targets"]!.AsArray().Add(new JsonObject
        {
            ["id"] = "t-edge",
            ["metric"] = "m-edge",
            ["subject"] = "CN",
            ["baseline"] = new JsonObject { ["value"] = Value(baseline), ["year"] = baselineYear },
            ["goal"] = new JsonObject { ["value"] = Value(goal), ["year"] = goalYear },
            ["kind"] = "officialTarget",
            ["sources"] = Cited(),
        });
        int i = 0;
        foreach ((string value, int year) in indicators)
        {
            document["indicators"]!.AsArray().Add(new JsonObject
            {
                ["id"] = "i-edge-" + i++.ToString(CultureInfo.InvariantCulture),
                ["metric"] = "m-edge",
                ["subject"] = "CN",
                ["value"] = Value(value),
                ["observed"] = year.ToString("0000", CultureInfo.InvariantCulture),
                ["method"] = "estimate",
                ["sources"] = Cited(),
            });
        }

        return PolicyData.Parse(document.ToJsonString());
    }

    [Fact]
    public void A_path_that_falls_by_more_than_decimal_can_divide_is_not_computable_with_its_reason()
    {
        // The goal / baseline quotient (1.26 × 10^-29) rounds to zero: the root of zero threw ArgumentOutOfRangeException
        // out of TryFor ("The root is defined here for positive numbers only").
        Target target = WithTarget("number", DecimalMax, 2000, "1", 2001).Targets.Single(t => t.Id == "t-edge");

        TargetPath.TryFor(target, out TargetPath? path, out string? reason).Should().BeFalse();
        path.Should().BeNull();
        reason.Should().Be("Target t-edge: the growth factor, goal / baseline = 1 / 79228162514264337593543950335, is at most half of 10^-28, decimal's smallest step, so as a decimal it would be 0, as if the goal were nothing; a path reports its growth factor (TargetPath.GrowthFactor, a decimal), so none is given.");
        ((Action)(() => TargetPath.For(target))).Should().Throw<InvalidOperationException>().WithMessage(reason);
    }

    [Fact]
    public void A_growth_rate_beyond_a_decimal_percentage_is_described_with_all_its_digits()
    {
        // 10^-26 % → 100 % in one year: a growth rate of 10^28 − 1 a year, whose percentage (× 100) is beyond decimal.
        // ToTable, Describe, ToString and Assess threw OverflowException.
        PolicyDataset dataset = WithTarget("ratio", "0.01", 2025, "100000000000000000000000000", 2026, ("1", 2026));
        TargetPath path = TargetPath.For(dataset.Targets.Single(t => t.Id == "t-edge"));

        path.CompoundAnnualGrowthRate.Should().Be(9999999999999999999999999999m);
        path.Describe().Should().Be("official target: 0.01 → 100000000000000000000000000 ratio, 2025–2026, +99999999999999999999999999.99 per year, compound 999999999999999999999999999900% a year");
        path.ToTable().Notes.Should().Contain(path.Describe());
        path.Assess(dataset.Indicators.Single(i => i.Id == "i-edge-0")).VersusCompound.Should().Be(PathPosition.Behind);
    }

    [Fact]
    public void A_small_percentage_is_described_as_before()
    {
        // The percentage text of an ordinary rate is unchanged (the Bernstein target's 34.12%, and a falling one).
        TargetPath falling = TargetPath.For(WithTarget("number", "55", 2023, "17", 2027).Targets.Single(t => t.Id == "t-edge"));

        falling.Describe().Should().EndWith("compound -25.44% a year");
    }

    [Fact]
    public void A_falling_path_over_many_years_has_the_growth_rate_of_its_figures()
    {
        // 1 → 10^-28 over 9,998 years is 10^(-28/9998) a year, 0.64% less every year. The root of the quotient, a decimal
        // of one significant digit, gave -1.62% a year: every implied value of the path was wrong, silently.
        TargetPath path = TargetPath.For(WithTarget("number", "1", 1, Smallest, 9999).Targets.Single(t => t.Id == "t-edge"));

        double expected = Math.Pow(10, -28.0 / 9998) - 1;
        ((double)path.CompoundAnnualGrowthRate).Should().BeApproximately(expected, 1e-12);
        ((double)path.CompoundValueAt(5000)).Should().BeApproximately(Math.Pow(10, -28.0 * 4999 / 9998), 1e-20);
    }

    [Fact]
    public void An_observation_further_from_the_path_than_decimal_holds_is_placed_without_an_overflow()
    {
        // A number metric may be negative: -7.9 × 10^28 observed where the path expects 1 is further off than a decimal
        // holds, and Assess threw OverflowException while working out the difference.
        PolicyDataset dataset = WithTarget("number", "1", 2020, "2", 2030, ("-" + DecimalMax, 2020));
        TargetPath path = TargetPath.For(dataset.Targets.Single(t => t.Id == "t-edge"));

        PathAssessment assessment = path.Assess(dataset.Indicators.Single(i => i.Id == "i-edge-0"), tolerance: decimal.MaxValue);
        assessment.VersusLinear.Should().Be(PathPosition.Behind, "no tolerance covers a distance a decimal cannot hold");
        assessment.VersusCompound.Should().Be(PathPosition.Behind);
        ((Func<decimal>)(() => assessment.DeviationFromLinear)).Should().Throw<OverflowException>();
    }

    [Fact]
    public void A_source_rate_beyond_decimal_is_listed_as_not_converted_with_its_reason()
    {
        // Shanghai's billion yuan, as the largest decimal, converted by its source as the smallest: the implied rate
        // (7.9 × 10^56 yuan per dollar) threw OverflowException out of SourceRateNormalisation.Of and of the rate's Label.
        JsonObject document = Embedded();
        JsonObject headline = Programme(document, "cn-sh-ai-subsidy-package")["headline"]!.AsObject();
        headline["amount"] = DecimalMax;
        headline.Remove("precision");
        headline["sourceConversion"]!["amount"] = Smallest;
        headline["sourceConversion"]!.AsObject().Remove("precision");
        PolicyDataset dataset = PolicyData.Parse(document.ToJsonString());

        SourceRateNormalisation result = SourceRateNormalisation.Of(dataset, dataset.Programmes, Currency.USD);

        result.Items.Select(i => i.Programme.Id).Should().NotContain("cn-sh-ai-subsidy-package");
        result.NotNormalised.Single(n => n.Programme.Id == "cn-sh-ai-subsidy-package").Reason
            .Should().StartWith("the rate seed-001's conversion of cn-sh-ai-subsidy-package implies (CNY 79,228,162,514,264,337,593,543,950,335.00 as USD 0.0000000000000000000000000001) is beyond the range of a decimal");
        result.Items.Count.Should().Be(dataset.Programmes.Count - result.NotNormalised.Count);
        result.Rates.Single(r => r.FactId == "cn-sh-ai-subsidy-package").Label.Should().Contain("(more than 7.9 × 10^28 CNY per USD,");
        result.ToTable().Rows.Should().HaveCount(dataset.Programmes.Count);
    }

    [Fact]
    public void A_ratio_beyond_decimal_is_a_documented_overflow_that_names_both_amounts()
    {
        // Any two normalised programmes can be compared; one 10^40 times another threw the bare Money division error.
        JsonObject document = Embedded();
        JsonObject headline = Programme(document, "us-stargate-project")["headline"]!.AsObject();
        headline["amount"] = Smallest;
        headline.Remove("precision");
        PolicyDataset dataset = PolicyData.Parse(document.ToJsonString());
        NormalisationResult usd = new Normaliser(ReferenceRates.FederalReserveH10, Currency.USD).NormaliseProgrammes(dataset.Programmes, NormalisationBasis.AtAnnualAverage(2024));
        NormalisedAmount plan = usd.Items.Single(i => i.Programme.Id == "cn-ai-industry-development-action-plan").Amount;
        NormalisedAmount stargate = usd.Items.Single(i => i.Programme.Id == "us-stargate-project").Amount;

        ((Action)(() => ProgrammeComparison.RatioOf(plan, stargate))).Should().Throw<OverflowException>()
            .WithMessage("The ratio of ≈ USD 138.972B * to * USD 0.0000000000000000000000000001 * is more than 7.9 × 10^28, beyond the range of decimal.");
        ProgrammeComparison.RatioOf(stargate, plan).Ratio.Value.Should().Be(0m, "the other way round it is below decimal's smallest step");
    }

    /// <summary>An overlay with one source of its own and the given overrides.</summary>
    private static string Overlay(string sourceId, params (string Id, string Fact, JsonObject Set)[] overrides)
    {
        JsonArray Cited() => new(new JsonObject { ["source"] = sourceId, ["quote"] = "the notice" });
        var document = new JsonObject
        {
            ["formatVersion"] = 1,
            ["sources"] = new JsonArray(new JsonObject { ["id"] = sourceId, ["published"] = "2025-07-26", ["locator"] = "notice.pdf", ["confidence"] = "high" }),
            ["jurisdictions"] = new JsonArray(), ["actors"] = new JsonArray(), ["metrics"] = new JsonArray(), ["programmes"] = new JsonArray(),
            ["targets"] = new JsonArray(), ["indicators"] = new JsonArray(), ["claims"] = new JsonArray(), ["ambiguities"] = new JsonArray(), ["overlaps"] = new JsonArray(),
            ["overrides"] = new JsonArray(overrides.Select(o => (JsonNode)new JsonObject
            {
                ["id"] = o.Id, ["fact"] = o.Fact, ["set"] = o.Set, ["reason"] = "The notice says so.", ["sources"] = Cited(),
            }).ToArray()),
        };
        return document.ToJsonString();
    }

    /// <summary>The embedded dataset with the investment fund made part of the national plan (and the overlap that named
    /// both retracted, since a part cannot overlap its whole).</summary>
    private static PolicyDataset FundUnderPlan()
    {
        JsonObject overlay = JsonNode.Parse(Overlay("note-1", ("ov-fund-parent", "cn-ai-investment-fund", new JsonObject { ["parent"] = "cn-ai-industry-development-action-plan" })))!.AsObject();
        overlay["retractions"] = new JsonArray(new JsonObject
        {
            ["id"] = "rt-plan-fund", ["fact"] = "o-cn-plan-fund", ["reason"] = "The fund is part of the plan.",
            ["sources"] = new JsonArray(new JsonObject { ["source"] = "note-1", ["quote"] = "the notice" }),
        });
        return PolicyData.Parse(overlay.ToJsonString(), PolicyData.Embedded);
    }

    private static JsonObject Headline(string amount) => new() { ["qualifier"] = "exact", ["amount"] = amount, ["currency"] = "CNY", ["stated"] = amount + " yuan" };

    [Fact]
    public void An_override_of_a_metrics_kind_is_refused_while_the_extended_datasets_values_are_of_the_old_kind()
    {
        // Was accepted: the merged dataset held a share target and indicator on a metric of money, and its own JSON
        // (PolicyData.ToJson) could not be read back.
        string overlay = Overlay("note-1", ("ov-kind", "ai-accelerator-market-share.domestic-chips", new JsonObject { ["valueKind"] = "money" }));

        DataProblemList problems = PolicyData.Validate(System.Text.Encoding.UTF8.GetBytes(overlay), PolicyData.Embedded);

        problems.Select(p => p.Message).Should().BeEquivalentTo(
            "With this change the metric \"ai-accelerator-market-share.domestic-chips\" takes a money, but the target \"t-bernstein-domestic-chip-share-2027\" (its \"baseline\") is a share: override or retract that fact too.",
            "With this change the metric \"ai-accelerator-market-share.domestic-chips\" takes a money, but the target \"t-bernstein-domestic-chip-share-2027\" (its \"goal\") is a share: override or retract that fact too.",
            "With this change the metric \"ai-accelerator-market-share.domestic-chips\" takes a money, but the indicator \"i-domestic-chip-share-2023\" (its \"value\") is a share: override or retract that fact too.");
        problems.Should().OnlyContain(p => p.Path == "$.overrides[0]" && p.Line == 1 && p.Column > 1);
    }

    [Fact]
    public void An_override_that_puts_a_programme_under_another_it_overlaps_is_refused()
    {
        // Was accepted: the overlap o-cn-plan-fund of the embedded dataset then joined a programme and its part, which a
        // document written whole may not do, so the merged dataset's JSON could not be read back.
        string overlay = Overlay("note-1", ("ov-fund-parent", "cn-ai-investment-fund", new JsonObject { ["parent"] = "cn-ai-industry-development-action-plan" }));

        DataProblem problem = PolicyData.Validate(System.Text.Encoding.UTF8.GetBytes(overlay), PolicyData.Embedded).Single();

        problem.Path.Should().Be("$.overrides[0]");
        problem.Message.Should().Be("With this change \"cn-ai-investment-fund\" is part of \"cn-ai-industry-development-action-plan\" (through its parents), and the overlap \"o-cn-plan-fund\" names both: programmes in an overlap cannot be part of one another, since the parent already counts its part; retract or override the overlap too.");
        FundUnderPlan().Programmes.Single(p => p.Id == "cn-ai-investment-fund").ParentId.Should().Be("cn-ai-industry-development-action-plan", "retracting the overlap with it is accepted");
    }

    [Fact]
    public void An_override_that_makes_a_parent_smaller_than_its_unchanged_part_is_refused()
    {
        // Was accepted: the plan of one yuan kept its part of 60 billion yuan, which the loader refuses in a whole document.
        string overlay = Overlay("note-2", ("ov-plan-small", "cn-ai-industry-development-action-plan", new JsonObject { ["headline"] = Headline("1") }));

        DataProblem problem = PolicyData.Validate(System.Text.Encoding.UTF8.GetBytes(overlay), FundUnderPlan()).Single();

        problem.Path.Should().Be("$.overrides[0]");
        problem.Message.Should().Be("With this change the programme \"cn-ai-investment-fund\" (CNY 60B (source's conversion: USD 8.2B)) is larger than its parent \"cn-ai-industry-development-action-plan\" (CNY 1): override or retract that fact too.");
    }

    [Fact]
    public void An_override_that_puts_a_programme_under_another_it_overlaps_is_reported_at_that_override_not_the_first()
    {
        // Two overrides of programmes: the problem is at the one that moves the fund under the plan, the second.
        string overlay = Overlay("note-1",
            ("ov-stargate", "us-stargate-project", new JsonObject { ["description"] = "The notice describes it anew." }),
            ("ov-fund-parent", "cn-ai-investment-fund", new JsonObject { ["parent"] = "cn-ai-industry-development-action-plan" }));

        DataProblem problem = PolicyData.Validate(System.Text.Encoding.UTF8.GetBytes(overlay), PolicyData.Embedded).Single();

        problem.Path.Should().Be("$.overrides[1]");
        problem.Message.Should().StartWith("With this change \"cn-ai-investment-fund\" is part of \"cn-ai-industry-development-action-plan\"");
    }

    [Fact]
    public void An_override_that_makes_a_parent_smaller_than_an_unchanged_cap_below_it_is_accepted()
    {
        // A cap ("up to") is not spent, so a part capped above its parent fits it (its least is zero), as in a whole document.
        JsonObject basisOverlay = JsonNode.Parse(Overlay("note-1", ("ov-fund", "cn-ai-investment-fund", new JsonObject
        {
            ["parent"] = "cn-ai-industry-development-action-plan",
            ["headline"] = new JsonObject { ["qualifier"] = "upTo", ["amount"] = "60000000000", ["currency"] = "CNY", ["stated"] = "up to 60 billion yuan" },
        })))!.AsObject();
        basisOverlay["retractions"] = new JsonArray(new JsonObject
        {
            ["id"] = "rt-plan-fund", ["fact"] = "o-cn-plan-fund", ["reason"] = "The fund is part of the plan.",
            ["sources"] = new JsonArray(new JsonObject { ["source"] = "note-1", ["quote"] = "the notice" }),
        });
        PolicyDataset capUnderPlan = PolicyData.Parse(basisOverlay.ToJsonString(), PolicyData.Embedded);
        string overlay = Overlay("note-2", ("ov-plan-small", "cn-ai-industry-development-action-plan", new JsonObject { ["headline"] = Headline("1") }));

        PolicyData.Validate(System.Text.Encoding.UTF8.GetBytes(overlay), capUnderPlan).Should().BeEmpty();
        PolicyData.Validate(System.Text.Encoding.UTF8.GetBytes(overlay), FundUnderPlan()).Should().ContainSingle("the same parent under an exact part of 60 billion is refused");
    }

    [Fact]
    public void An_override_that_closes_a_cycle_of_parents_through_the_extended_dataset_is_refused()
    {
        // The plan made a part of its own part (the fund, a programme of the extended dataset, of the same size so that no
        // other rule objects): the cycle went unseen, since only the document's own programmes were walked.
        string overlay = Overlay("note-2", ("ov-plan-parent", "cn-ai-industry-development-action-plan", new JsonObject { ["parent"] = "cn-ai-investment-fund", ["headline"] = Headline("60000000000") }));

        DataProblem problem = PolicyData.Validate(System.Text.Encoding.UTF8.GetBytes(overlay), FundUnderPlan()).Single();

        problem.Path.Should().Be("$.overrides[0].set.parent");
        problem.Message.Should().Be("The programme \"cn-ai-industry-development-action-plan\" is its own ancestor: cn-ai-industry-development-action-plan → cn-ai-investment-fund → cn-ai-industry-development-action-plan.");
    }

    [Fact]
    public void An_override_that_makes_a_jurisdiction_its_own_ancestor_is_refused()
    {
        // Zhejiang made a part of its own city: accepted, and then PolicyDataset.ProgrammesIn("CN") (IsWithin) never
        // returned, walking CN-ZJ → CN-ZJ.hangzhou → CN-ZJ → … forever.
        string overlay = Overlay("note-1", ("ov-zj-parent", "CN-ZJ", new JsonObject { ["parent"] = "CN-ZJ.hangzhou" }));

        DataProblem problem = PolicyData.Validate(System.Text.Encoding.UTF8.GetBytes(overlay), PolicyData.Embedded).Single();

        problem.Path.Should().Be("$.overrides[0].set.parent");
        problem.Message.Should().Be("The jurisdiction \"CN-ZJ\" is its own ancestor: CN-ZJ → CN-ZJ.hangzhou → CN-ZJ.");
    }

    [Fact]
    public void A_document_whose_jurisdictions_are_each_others_parents_is_refused()
    {
        // The same in a document on its own: two subdivisions of China, each the other's parent (and one its own).
        JsonObject document = Embedded();
        JsonArray jurisdictions = document["jurisdictions"]!.AsArray();
        jurisdictions.Single(j => (string?)j!["id"] == "CN-ZJ")!["parent"] = "CN-GD";
        jurisdictions.Single(j => (string?)j!["id"] == "CN-GD")!["parent"] = "CN-ZJ";
        jurisdictions.Single(j => (string?)j!["id"] == "CN-BJ")!["parent"] = "CN-BJ";

        DataProblemList problems = PolicyData.Validate(System.Text.Encoding.UTF8.GetBytes(document.ToJsonString()));

        problems.Select(p => p.Message).Should().BeEquivalentTo(
            "The jurisdiction \"CN-ZJ\" is its own ancestor: CN-ZJ → CN-GD → CN-ZJ.",
            "The jurisdiction \"CN-GD\" is its own ancestor: CN-GD → CN-ZJ → CN-GD.",
            "The jurisdiction \"CN-BJ\" is its own ancestor: CN-BJ → CN-BJ.");
        problems.Should().OnlyContain(p => p.Path.EndsWith(".parent", StringComparison.Ordinal));
    }
}

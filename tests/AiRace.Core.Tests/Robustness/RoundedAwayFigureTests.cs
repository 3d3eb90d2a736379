using System.Text.Json.Nodes;
using AiRace.Core.Analysis;
using AiRace.Core.Data;
using AiRace.Core.Policy;
using static AiRace.Core.Tests.Robustness.EditedDocuments;

namespace AiRace.Core.Tests.Robustness;

/// <summary>
/// Issue 13: figures that decimal or a display rounded to exactly 0 were shown as a plain 0 (a share of the
/// largest, a ratio's description, a target path's description); they are flagged or shown with their digits.
/// </summary>
public class RoundedAwayFigureTests
{
    /// <summary>The embedded dataset with the investment fund's headline set to <paramref name="amount"/> yuan, in US
    /// dollars at the 2024 annual average.</summary>
    private static NormalisationResult FundOf(string amount) =>
        new Normaliser(ReferenceRates.FederalReserveH10, Currency.USD).NormaliseProgrammes(WithFund(amount, null).Programmes, NormalisationBasis.AtAnnualAverage(2024));

    /// <summary>The embedded dataset with the investment fund's headline set to <paramref name="amount"/> yuan, exact,
    /// and the source's own conversion to <paramref name="dollars"/> US dollars (none when null).</summary>
    private static PolicyDataset WithFund(string amount, string? dollars)
    {
        JsonObject document = Embedded();
        JsonObject headline = document["programmes"]!.AsArray().Single(p => (string?)p!["id"] == "cn-ai-investment-fund")!["headline"]!.AsObject();
        headline["amount"] = amount;
        headline.Remove("precision");
        headline.Remove("sourceConversion");
        if (dollars is not null)
        {
            headline["sourceConversion"] = new JsonObject { ["qualifier"] = "exact", ["amount"] = dollars, ["currency"] = "USD" };
        }

        return PolicyData.Parse(document.ToJsonString());
    }

    [Fact]
    public void A_share_of_the_largest_that_rounds_to_zero_is_flagged_not_shown_as_a_plain_zero()
    {
        // 10^-18 yuan against one trillion: the share (about 10^-30) rounded to exactly 0, and the row said nothing.
        NormalisationResult usd = FundOf("0.000000000000000001");

        ComparisonRow fund = ProgrammeComparison.Rank(usd.Items).Single(r => r.Programme.Id == "cn-ai-investment-fund");
        fund.ShareOfLargest.Value.Should().Be(0m);
        fund.Amount.Value.IsZero.Should().BeFalse();
        fund.ToString().Should().EndWith("(less than 10^-28 × the largest: the share rounds to 0 in decimal arithmetic and is shown as 0)");

        ResultTable table = ProgrammeComparison.RankTable(usd.Items);
        IReadOnlyList<object?> row = table.Rows.Single(r => (string?)r[2] == "cn-ai-investment-fund");
        row[table.Columns.ToList().FindIndex(c => c.Name == "note")].Should().Be("less than 10^-28 × the largest: the share rounds to 0 in decimal arithmetic and is shown as 0");
        table.Rows.Where(r => (string?)r[2] is "cn-sh-ai-subsidy-package" or "cn-ai-industry-development-action-plan")
            .Should().OnlyContain(r => r[table.Columns.ToList().FindIndex(c => c.Name == "note")] == null, "a share that is not rounded away needs no note");
    }

    [Fact]
    public void A_ratio_that_rounds_to_zero_or_below_three_decimals_is_described_with_what_it_is()
    {
        NormalisedAmount Plan(NormalisationResult r) => r.Items.Single(i => i.Programme.Id == "cn-ai-industry-development-action-plan").Amount;
        NormalisedAmount Fund(NormalisationResult r) => r.Items.Single(i => i.Programme.Id == "cn-ai-investment-fund").Amount;

        // Below decimal's smallest step: the ratio is 0 and the description said "is 0 ×".
        NormalisationResult tiny = FundOf("0.000000000000000001");
        (Ratio ratio, string text) = ProgrammeComparison.RatioOf(Fund(tiny), Plan(tiny));
        ratio.Value.Should().Be(0m);
        // The plan's "one trillion yuan" is rounded to the trillion, so the ratio also says it is no more exact than it.
        text.Should().Contain(" is less than 10^-28 × ").And.EndWith("(the ratio rounds to 0 in decimal arithmetic and is given as 0) (the ratio inherits the qualifiers: it is no more exact than the figures)");

        // 60,000 yuan against one trillion: 6 × 10^-8, which three decimals showed as "0 ×".
        NormalisationResult small = FundOf("60000");
        (ratio, text) = ProgrammeComparison.RatioOf(Fund(small), Plan(small));
        ratio.Value.Should().BeInRange(0.0000000599m, 0.0000000601m);
        text.Should().Contain(" is 0.00000006 × ");
    }

    [Fact]
    public void A_target_path_of_small_values_is_described_with_its_digits_not_as_zeros()
    {
        // A ratio from 0.00001 to 0.00003 over two years: Describe said "0 → 0 ratio, ..., +0 per year".
        Target target = new(
            "t-small", "m-small", "CN", MetricValue.Of(Ratio.Of(0.00001m)), 2025, MetricValue.Of(Ratio.Of(0.00003m)), 2027,
            TargetKind.OfficialTarget, null, null, [new SourceReference("seed-000", "China")]);

        string text = TargetPath.For(target).Describe();

        text.Should().StartWith("official target: 0.00001 → 0.00003 ratio, 2025–2027, +0.00001 per year, compound 73.21% a year");
    }
    [Fact]
    public void An_amount_whose_conversion_rounds_to_zero_is_listed_as_not_normalised_with_its_reason()
    {
        // CNY 10^-28 at CNY/USD 0.1389… is about USD 1.4 × 10^-29, below decimal's smallest step: the conversion gave
        // exactly USD 0, the table showed it without a note under "Values are unrounded", and totals counted it as an
        // "exact USD 0".
        NormalisationResult usd = FundOf("0.0000000000000000000000000001");

        usd.Items.Should().NotContain(i => i.Programme.Id == "cn-ai-investment-fund");
        usd.NotNormalised.Single(n => n.Programme.Id == "cn-ai-investment-fund").Reason.Should().Be(
            "converted, CNY 0.0000000000000000000000000001 at CNY/USD 0.1389718859874647358839306808 is less than USD 10^-28, the smallest step of a decimal, and would be rounded to 0");
        usd.Items.Count.Should().Be(usd.Items.Count(i => !i.Amount.Value.IsZero || i.Amount.Original.Amount.IsZero), "no other amount was rounded away");

        ResultTable table = usd.ToTable();
        IReadOnlyList<object?> row = table.Rows.Single(r => (string?)r[0] == "cn-ai-investment-fund");
        row[table.Columns.ToList().FindIndex(c => c.Name == "value")].Should().BeNull();
        ((string?)row[table.Columns.ToList().FindIndex(c => c.Name == "note")]).Should().StartWith("not converted: converted, CNY 0.0000000000000000000000000001 at CNY/USD");

        // A figure that converts to a value decimal holds is normalised as before.
        FundOf("0.000000000000000000000001").Items.Should().Contain(i => i.Programme.Id == "cn-ai-investment-fund" && !i.Amount.Value.IsZero);
    }

    [Fact]
    public void A_source_rate_that_rounds_to_zero_is_not_audited_with_its_reason()
    {
        // CNY 10^-28 converted by the source as USD 1,000 implies 10^-31 yuan per dollar, which decimal holds as 0: the
        // audit row read "= 0 CNY per USD" and compared that 0 with the reference as if it were the rate.
        PolicyDataset dataset = WithFund("0.0000000000000000000000000001", "1000");

        ConversionAudit audit = ConversionAudit.Of(dataset, ReferenceRates.FederalReserveH10, 1m);

        audit.Rows.Should().NotContain(r => r.FactId == "cn-ai-investment-fund");
        audit.NotAudited.Single(n => n.FactId == "cn-ai-investment-fund").Reason.Should().Be(
            "the rate CNY 0.0000000000000000000000000001 (source's conversion: USD 1K) and USD 1K imply is less than 10^-28 CNY per USD, below the smallest step of a decimal, so it would be rounded to 0");
        audit.Rows.Should().OnlyContain(r => r.ImpliedRate != 0m);
    }

    [Fact]
    public void An_audit_row_shows_a_tiny_implied_rate_by_its_digits_not_as_0()
    {
        // CNY 10^-8 converted by the source as USD 10^12 implies 10^-20 yuan per dollar: audited (decimal holds it), but
        // the row's text rounded it to four decimals and read "= 0 CNY per USD".
        PolicyDataset dataset = WithFund("0.00000001", "1000000000000");

        ConversionAuditRow row = ConversionAudit.Of(dataset, ReferenceRates.FederalReserveH10, 1m).Rows.Single(r => r.FactId == "cn-ai-investment-fund");

        row.ImpliedRate.Should().Be(0.00000000000000000001m);
        row.ToString().Should().Contain("= 0.00000000000000000001 CNY per USD;");
    }
}

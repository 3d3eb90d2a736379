using AiRace.Core.Analysis;
using AiRace.Core.Data;
using AiRace.Core.Policy;

namespace AiRace.Core.Tests.Analysis;

/// <summary>Every analysis result prints what it found, not its type name (issue 15 §2), culture-invariantly.</summary>
public class ToStringTests
{
    private static readonly PolicyDataset Data = PolicyData.Embedded;

    private static NormalisationResult Usd() =>
        new Normaliser(ReferenceRates.FederalReserveH10, Currency.USD).NormaliseProgrammes(Data.Programmes, NormalisationBasis.AtAnnualAverage(2024));

    [Fact]
    public void PartsCheck_SaysTheWholeThePartsAndWhatIsUnclear()
    {
        string text = Data.Programme("cn-sh-ai-subsidy-package").CheckParts().ToString();
        text.Should().StartWith("whole ").And.Contain("included parts about CNY 1B, adding up to the whole's stated figure, not exactly").And.NotContain("adding up exactly").And.Contain("unclear: cn-sh-ai-subsidy-package.research-institutions");
    }

    [Fact]
    public void ConversionAudit_CountsTheVerdicts_AndListsEveryRow()
    {
        ConversionAudit audit = ConversionAudit.Of(Data, ReferenceRates.FederalReserveH10, 1m);
        string text = audit.ToString();
        text.Should().StartWith("Conversion audit against ").And.Contain("tolerance ±1%").And.Contain(audit.Rows.Count + " audited");
        text.Should().Contain("cn-ai-investment-fund (seed-004): CNY 60B / USD 8.2B = 7.3171 CNY per USD; Undated");
        audit.Rows[0].ToString().Should().StartWith(audit.Rows[0].FactId + " (");
    }

    [Fact]
    public void Aggregation_GivesEveryGroupsTotals_AndWhatWasLeftOut()
    {
        Aggregation byCountry = Aggregation.Of(Usd(), Data, AggregationKey.Country);
        string text = byCountry.ToString();
        text.Should().StartWith("Totals by Country in USD, normalised at the 2024 annual average:").And.Contain("  CN (State): rounded USD ").And.Contain(" counted, ").And.Contain(byCountry.Rule);
        byCountry.Groups[0].ToString().Should().StartWith(byCountry.Groups[0].Key + " (" + byCountry.Groups[0].Sponsor + "): ");
    }

    [Fact]
    public void ResultTable_PrintsItsHeadersRowsAndNotes()
    {
        ResultTable table = ProgrammeComparison.RankTable(Usd().Items);
        string text = table.ToString();
        string[] lines = text.Split(Environment.NewLine);
        lines[0].Should().Be($"programme-ranking: {table.Rows.Count} rows × {table.Columns.Count} columns");
        lines[1].Should().StartWith("  sponsor").And.Contain("value [USD]").And.Contain("share_of_largest [ratio]");
        text.Should().Contain("us-stargate").And.Contain("note: Ranked within each sponsor kind");
        table.Schema.ToString().Should().StartWith("programme-ranking: sponsor, rank, programme");
        table.Columns[5].ToString().Should().Be("value [USD] (Money)");
    }

    [Fact]
    public void NormalisationResultAndItsItems_SayWhatWasConvertedAndWhatNot()
    {
        NormalisationResult usd = Usd();
        usd.ToString().Should().StartWith($"{usd.Items.Count} programme(s) normalised to USD at the 2024 annual average; {usd.NotNormalised.Count} not normalised");
        usd.Items[0].ToString().Should().StartWith(usd.Items[0].Programme.Id + ": ");
        usd.NotNormalised.Should().OnlyContain(n => n.ToString().Contains("not normalised, "));
    }

    [Fact]
    public void FundAuditRowsRankingRowsAndAssessments_AreReadable()
    {
        FundAudit.Audit(Data.Programme("cn-sh-ai-subsidy-package"), Data).ToString().Should().StartWith("cn-sh-ai-subsidy-package: The included parts add up to the stated figure of the whole (CNY 1,000,000,000.00), not exactly");
        ProgrammeComparison.Rank(Usd().Items)[0].ToString().Should().MatchRegex(@"^#1 \w+ [a-z0-9-]+: USD [0-9.]+[KMBT]? \(1x the largest\)$");
        TargetPath path = TargetPath.For(Data.Targets.Single(t => t.Id == "t-bernstein-domestic-chip-share-2027"));
        path.Assess(2025, 40m).ToString().Should().Be("2025: observed 40 against 36 linear (Ahead) and 30.5778 compound (Ahead)");
    }

    [Fact]
    public void PathPointsAndAnnualComparisons_SayTheirYearAndValues()
    {
        new PathPoint(2024, 26.5m, 22.799607122674335413676909559m).ToString().Should().Be("2024: 26.5 linear, 22.7996 compound");
        new AnnualComparison(2024, 7.1884m, -0.25m).ToString().Should().Be("2024: average 7.1884, implied -0.25% from it");
        new AnnualComparison(2023, 7.0809m, 1.5m).ToString().Should().Be("2023: average 7.0809, implied +1.50% from it");
    }

    // README: "Formatting is culture-safe"; the analyses' results read the same under every culture (PathAssessment,
    // ConversionAuditRow and the other result records format invariantly).
    [Theory]
    [InlineData("de-DE")]
    [InlineData("ar-SA")]
    public void A_path_point_and_an_annual_comparison_read_the_same_under_every_culture(string culture)
    {
        var point = new PathPoint(2024, 26.5m, 22.799607122674335413676909559m);
        var annual = new AnnualComparison(2024, 7.1884m, -0.25m);
        string invariant;
        using (new CultureScope(""))
        {
            invariant = point + " " + annual;
        }

        using (new CultureScope(culture))
        {
            (point + " " + annual).Should().Be(invariant);
        }
    }

    [Theory]
    [MemberData(nameof(CultureScope.Cultures), MemberType = typeof(CultureScope))]
    public void Texts_AreTheSameUnderEveryCulture(string culture)
    {
        string invariant;
        using (new CultureScope(string.Empty))
        {
            invariant = Aggregation.Of(Usd(), Data, AggregationKey.Country) + ConversionAudit.Of(Data, ReferenceRates.FederalReserveH10, 1m).ToString() + Usd().ToTable();
        }

        using (new CultureScope(culture))
        {
            (Aggregation.Of(Usd(), Data, AggregationKey.Country) + ConversionAudit.Of(Data, ReferenceRates.FederalReserveH10, 1m).ToString() + Usd().ToTable()).Should().Be(invariant);
        }
    }
}

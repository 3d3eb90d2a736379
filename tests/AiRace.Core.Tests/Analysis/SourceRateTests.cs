using System;
using System.Globalization;
using System.Linq;
using AiRace.Core.Analysis;
using AiRace.Core.Data;
using AiRace.Core.Policy;
using AiRace.Core.Reporting;
using M = AiRace.Core.Money;

namespace AiRace.Core.Tests.Analysis;

/// <summary>Issue 16 §4: normalisation at the source's own rate, labelled as such and undated.</summary>
public class SourceRateTests
{
    private static readonly PolicyDataset Data = PolicyData.Embedded;

    [Fact]
    public void TheSourcesOwnConversions_ImplyTheirRates_Undated()
    {
        var rates = SourceRateNormalisation.RatesOf(Data);
        rates.Select(r => (r.FactId, r.SourceId)).Should().Equal(
            ("cn-ai-industry-development-action-plan", "seed-000"), ("cn-sh-ai-subsidy-package", "seed-001"), ("cn-ai-investment-fund", "seed-004"));
        SourceRate shanghai = rates[1];
        shanghai.From.Should().Be(Currency.CNY);
        shanghai.To.Should().Be(Currency.USD);
        shanghai.FromPerTo.Should().Be(1_000_000_000m / 139_000_000m);
        shanghai.RoundingBandPercent.Should().Be(0.3597122302158273381294964029m, "'US$139 million' is stated to the million: 0.5/139, to 28 places");
        shanghai.Quote.Should().Contain("one billion yuan (approximately US$139 million)");
        shanghai.Label.Should().Be("the source's own rate: seed-001 converts 'one billion yuan' as 'approximately US$139 million' (7.1942 CNY per USD, ±0.36% from rounding); undated, the source's own conversion");
        typeof(SourceRate).GetProperties().Should().NotContain(p => p.PropertyType == typeof(DateOnly) || p.PropertyType == typeof(DateOnly?), "the articles date no conversion, and no date is invented");
    }

    [Fact]
    public void EachAmount_IsConvertedAtItsOwnArticlesRate()
    {
        SourceRateNormalisation usd = SourceRateNormalisation.Of(Data, Data.Programmes, Currency.USD);
        SourceRateAmount Item(string id) => usd.Items.Single(i => i.Programme.Id == id);

        Item("cn-sh-ai-subsidy-package").Value.Should().Be(M.Millions(139, Currency.USD), "its own conversion gives back exactly the article's figure");
        Item("cn-ai-industry-development-action-plan").Value.Should().Be(M.Billions(138, Currency.USD));
        Item("cn-ai-investment-fund").Value.Should().Be(M.Usd(8_200_000_000m), "multiplied before dividing, so 60 billion × 8.2 / 60 is exact");
        SourceRateAmount hangzhou = Item("cn-zj-hangzhou-compute-subsidy");
        hangzhou.Value.Should().Be(M.Usd(34_750_000m), "250 million yuan at seed-001's 139 million dollars per billion yuan");
        hangzhou.Rate!.FactId.Should().Be("cn-sh-ai-subsidy-package");
        hangzhou.How.Should().Be("the rate of seed-001's conversion of cn-sh-ai-subsidy-package (the article converts this amount nowhere itself)");
        Item("us-stargate-project").Rate.Should().BeNull();
        Item("us-stargate-project").Value.Should().Be(M.Billions(500, Currency.USD));
        usd.NotNormalised.Select(n => n.Programme.Id).Should().Contain("cn-project-spare-tire").And.NotContain("cn-zj-hangzhou-compute-subsidy");
        usd.NotNormalised.Single(n => n.Programme.Id == "cn-project-spare-tire").Reason.Should().Be("the sources give no headline amount");
    }

    [Fact]
    public void TheOtherWay_ConvertsDollarsToYuan_AtTheInverseOfTheSourcesRate()
    {
        SourceRateNormalisation cny = SourceRateNormalisation.Of(Data, Data.Programmes, Currency.CNY);
        SourceRateAmount stargate = cny.Items.Single(i => i.Programme.Id == "us-stargate-project");
        stargate.Value.Should().Be(M.Cny(500_000_000_000m * 1_000_000_000_000m / 138_000_000_000m), "seed-000 converts one trillion yuan as about 138 billion dollars");
        stargate.Rate!.FactId.Should().Be("cn-ai-industry-development-action-plan");
        cny.Items.Single(i => i.Programme.Id == "cn-sh-ai-subsidy-package").Rate.Should().BeNull("already in yuan");
    }

    [Fact]
    public void ASourceWithSeveralRates_ConvertsNothingItDoesNotConvertItself()
    {
        PolicyDataset data = PolicyData.Parse("""
            { "formatVersion": 1,
              "sources": [ { "id": "t-src", "published": "unknown", "locator": "test", "confidence": "low" } ],
              "programmes": [
                { "id": "t-a", "name": "A", "sponsorKind": "state", "jurisdiction": "CN", "instruments": ["plan"],
                  "headline": { "qualifier": "exact", "amount": "700", "currency": "CNY", "stated": "700 yuan", "sourceConversion": { "qualifier": "exact", "amount": "100", "currency": "USD", "stated": "$100" } },
                  "sources": [ { "source": "t-src", "quote": "700 yuan ($100)" } ] },
                { "id": "t-b", "name": "B", "sponsorKind": "state", "jurisdiction": "CN", "instruments": ["plan"],
                  "headline": { "qualifier": "exact", "amount": "720", "currency": "CNY", "stated": "720 yuan", "sourceConversion": { "qualifier": "exact", "amount": "100", "currency": "USD", "stated": "$100" } },
                  "sources": [ { "source": "t-src", "quote": "720 yuan ($100)" } ] },
                { "id": "t-c", "name": "C", "sponsorKind": "state", "jurisdiction": "CN", "instruments": ["plan"],
                  "headline": { "qualifier": "upTo", "amount": "350", "currency": "CNY", "stated": "up to 350 yuan" },
                  "sources": [ { "source": "t-src", "quote": "up to 350 yuan" } ] } ] }
            """, PolicyData.Embedded);
        SourceRateNormalisation usd = SourceRateNormalisation.Of(data, data.Programmes.Where(p => p.Id.StartsWith("t-", StringComparison.Ordinal)), Currency.USD);
        usd.Items.Select(i => i.Programme.Id).Should().Equal("t-a", "t-b");
        usd.NotNormalised.Single().Reason.Should().Be("t-src's conversions imply 2 different rates (t-a, t-b) and it does not say which applies to this amount");
    }

    [Fact]
    public void TheTable_LabelsEveryValue_AndHasNoRateDate()
    {
        ResultTable table = SourceRateNormalisation.Of(Data, Data.Programmes, Currency.USD).ToTable();
        table.Columns.Should().NotContain(c => c.Kind == ColumnKind.Date || c.Kind == ColumnKind.PartialDate);
        table.Notes.Should().Contain("Converted to USD " + SourceRateNormalisation.Basis + ".");
        SourceRateNormalisation.Basis.Should().Contain("undated").And.Contain("none is invented");
        int hangzhou = Enumerable.Range(0, table.Rows.Count).Single(r => (string?)table.Cell(r, "programme") == "cn-zj-hangzhou-compute-subsidy");
        ((string)table.Cell(hangzhou, "rate_basis")!).Should().StartWith("the source's own rate: seed-001").And.EndWith("undated, the source's own conversion");
        table.Cell(hangzhou, "source_rate").Should().Be(1_000_000_000m / 139_000_000m);
        table.Citations(Data).Select(c => c.Source.Id).Should().Contain("seed-001");
        using (new CultureScope("ar-SA"))
        {
            SourceRateNormalisation.RatesOf(Data)[2].Label.Should().Contain("(7.3171 CNY per USD, ±0.61% from rounding)");
        }
    }

    /// <summary>Review of the rounded-once merge: the label rounded the rate with "0.####", so a source converting 1 yuan
    /// as $100,000 was labelled "(0 CNY per USD, ...)". The rate is shown as other figures are (QuantityText.Readable:
    /// four decimals, three significant digits where four decimals would show 0).</summary>
    [Fact]
    public void ALabelsRate_BelowFourDecimals_IsNotShownAsZero()
    {
        var rate = new SourceRate("t-fact", "t-src", "q", ReportedAmount.Exact(M.Cny(1m)), ReportedAmount.Exact(M.Usd(100_000m)), 0m);
        (100_000m * 0.00001m).Should().Be(1m, "the rate is exactly 1/100,000 = 0.00001 CNY per USD");
        rate.Label.Should().NotContain("(0 CNY per USD").And.Contain("(0.00001 CNY per USD");
        new SourceRate("t-fact", "t-src", "q", ReportedAmount.Exact(M.Cny(1m)), ReportedAmount.Exact(M.Usd(3m)), 0m).Label
            .Should().Contain("(0.3333 CNY per USD", "four decimals where they show the rate");
    }

    /// <summary>Review of the rounded-once merge: a rate made with a zero figure (the record is public; only RatesOf
    /// skipped zeros) made Convert throw DivideByZeroException, which it does not document. A zero figure is refused
    /// where the rate is made, by the constructor and by <c>with</c>, naming the figure.</summary>
    [Theory]
    [InlineData("0", "10", "CNY", "Amount")]
    [InlineData("10", "0", "USD", "Converted")]
    public void ConvertingAtARateWithAZeroFigure_ThrowsOnlyWhatItDocuments(string stated, string converted, string currency, string figure)
    {
        ReportedAmount amount = ReportedAmount.Exact(M.Cny(decimal.Parse(stated, CultureInfo.InvariantCulture)));
        ReportedAmount conversion = ReportedAmount.Approximately(M.Usd(decimal.Parse(converted, CultureInfo.InvariantCulture)));
        FluentActions.Invoking(() => new SourceRate("t-fact", "t-src", "q", amount, conversion, 0m))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName(figure).WithMessage("*must not be zero*");

        var valid = new SourceRate("t-fact", "t-src", "q", ReportedAmount.Exact(M.Cny(10m)), ReportedAmount.Approximately(M.Usd(1m)), 0m);
        FluentActions.Invoking(() => figure == "Amount" ? valid with { Amount = amount } : valid with { Converted = conversion })
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName(figure);
        XmlDocs.ShouldThrowOnlyDocumented("M:AiRace.Core.Analysis.SourceRate.Convert(AiRace.Core.Money)", () => valid.Convert(M.Of(5m, currency)));
    }
}

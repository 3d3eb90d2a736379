using System.Linq;
using AiRace.Core.Analysis;
using AiRace.Core.Data;
using AiRace.Core.Policy;
using AiRace.Core.Reporting;

namespace AiRace.Core.Tests.Analysis;

/// <summary>Every table calls a plain figure with a precision "rounded", never "exact" (ReportedAmount.IsExact is false
/// for it), as Aggregation's "rounded" totals and the ranking's subtotals do.</summary>
public class RoundedWordingTests
{
    private static readonly PolicyDataset Data = PolicyData.Embedded;

    private static string Words(ReportedAmount a) => a.IsExact ? "exact" : a.Qualifier == AmountQualifier.Exact ? "rounded" : a.Qualifier.Words();

    private static void RowsSay(ResultTable table, string idColumn, string column, System.Func<string, ReportedAmount?> figureOf)
    {
        int rounded = 0;
        for (int r = 0; r < table.Rows.Count; r++)
        {
            if (table.Cell(r, idColumn) is string id && figureOf(id) is ReportedAmount figure)
            {
                table.Cell(r, column).Should().Be(Words(figure), $"{table.Name} row {r} ({id}) states {figure} with precision {figure.Precision}");
                rounded += figure.Qualifier == AmountQualifier.Exact && !figure.IsExact ? 1 : 0;
            }
        }

        rounded.Should().BePositive($"{table.Name} has plain figures stated to a precision to check");
        table.Notes.Should().Contain(n => n.Contains("\"rounded\"", System.StringComparison.Ordinal), "the table says what rounded means");
    }

    [Fact]
    public void DatasetTables_programmes_and_allocations_call_a_plain_figure_with_a_precision_rounded()
    {
        RowsSay(DatasetTables.Programmes(Data), "id", "qualifier", id => Data.Programmes.Single(p => p.Id == id).Headline);
        var parts = Data.Programmes.SelectMany(p => p.Parts).ToDictionary(a => a.Id, a => a.Amount);
        RowsSay(DatasetTables.Allocations(Data), "id", "qualifier", id => parts[id]);
    }

    [Fact]
    public void FundAudit_table_calls_a_part_or_whole_with_a_precision_rounded()
    {
        ResultTable table = FundAudit.ToTable(FundAudit.Of(Data));
        var parts = Data.Programmes.SelectMany(p => p.Parts).ToDictionary(a => a.Id, a => a.Amount);
        RowsSay(table, "part", "qualifier", id => parts.GetValueOrDefault(id));
        for (int r = 0; r < table.Rows.Count; r++)
        {
            if ((string?)table.Cell(r, "part") == "(whole)")
            {
                table.Cell(r, "qualifier").Should().Be(Words(Data.Programmes.Single(p => p.Id == (string?)table.Cell(r, "programme")).Headline!));
            }
        }
    }

    [Fact]
    public void NormalisationResult_table_calls_a_plain_figure_with_a_precision_rounded()
    {
        NormalisationResult usd = new Normaliser(ReferenceRates.FederalReserveH10, Currency.USD).NormaliseProgrammes(Data.Programmes, NormalisationBasis.AtAnnualAverage(2024));
        RowsSay(usd.ToTable(), "programme", "qualifier", id => Data.Programmes.Single(p => p.Id == id).Headline);
    }

    [Fact]
    public void SourceRateNormalisation_table_calls_a_figure_and_a_rate_from_a_conversion_with_a_precision_rounded()
    {
        SourceRateNormalisation usd = SourceRateNormalisation.Of(Data, Data.Programmes, Currency.USD);
        ResultTable table = usd.ToTable();
        RowsSay(table, "programme", "qualifier", id => Data.Programmes.Single(p => p.Id == id).Headline);
        for (int r = 0; r < table.Rows.Count; r++)
        {
            if (table.Cell(r, "rate_fact") is string fact)
            {
                table.Cell(r, "rate_qualifier").Should().Be(Words(Data.Programmes.Single(p => p.Id == fact).Headline!.SourceConversion!));
            }
        }
    }

    [Fact]
    public void FigureWords_say_rounded_only_for_a_plain_figure_with_a_precision()
    {
        FigureWords.Of(ReportedAmount.Exact(Money.Cny(1000m))).Should().Be("exact");
        FigureWords.Of(ReportedAmount.Exact(Money.Cny(1000m)).WithPrecision(100m)).Should().Be("rounded");
        FigureWords.Of(ReportedAmount.Approximately(Money.Cny(1000m)).WithPrecision(100m)).Should().Be("approximately");
        FigureWords.Of(ReportedAmount.UpTo(Money.Cny(1000m)).WithPrecision(100m)).Should().Be("up to");
    }

    // DatasetTables.Allocations: a range part is a range, its high end beside its low end (it was its low end alone).
    [Fact]
    public void DatasetTables_allocations_give_a_range_part_both_ends()
    {
        PolicyDataset data = PolicyData.Parse("""
            { "formatVersion": 1,
              "programmes": [ { "id": "rw-p", "name": "p (test)", "sponsorKind": "state", "jurisdiction": "CN-SH", "instruments": [ "computeSubsidy" ],
                "headline": { "qualifier": "exact", "amount": "100", "currency": "CNY" },
                "parts": [ { "id": "rw-p.a", "purpose": "compute", "description": "a", "amount": { "qualifier": "between", "amount": "20", "upperAmount": "40", "currency": "CNY" }, "membership": "included",
                             "sources": [ { "source": "seed-001", "quote": "Enter Shanghai" } ] } ],
                "sources": [ { "source": "seed-001", "quote": "Enter Shanghai" } ] } ] }
            """, PolicyData.Embedded);
        ResultTable table = DatasetTables.Allocations(data);
        int row = Enumerable.Range(0, table.Rows.Count).Single(r => (string?)table.Cell(r, "id") == "rw-p.a");
        table.Cell(row, "qualifier").Should().Be("between");
        table.Cell(row, "amount").Should().Be(Money.Cny(20m));
        table.Cell(row, "amount_high").Should().Be(Money.Cny(40m));
    }
}

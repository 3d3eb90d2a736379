using System.Linq;
using AiRace.Core.Analysis;

namespace AiRace.Core.Tests.Analysis;

/// <summary>Every kind of result table the analyses produce, built from the embedded dataset (shared with the export tests).</summary>
internal static class AnalysisTables
{
    public static TheoryData<string> Names() => new() { "normalised", "ranking", "aggregation", "path", "audit", "funds", "programmes" };

    public static ResultTable Build(string which)
    {
        var data = AiRace.Core.Data.PolicyData.Embedded;
        var usd = new Normaliser(ReferenceRates.FederalReserveH10, Currency.USD).NormaliseProgrammes(data.Programmes, NormalisationBasis.AtAnnualAverage(2024));
        return which switch
        {
            "normalised" => usd.ToTable(),
            "ranking" => ProgrammeComparison.RankTable(usd.Items),
            "aggregation" => Aggregation.Of(usd, data, AggregationKey.Country).ToTable(),
            "path" => TargetPath.For(data.Targets.Single(t => t.Id == "t-bernstein-domestic-chip-share-2027")).ToTable(),
            "audit" => ConversionAudit.Of(data, ReferenceRates.FederalReserveH10, 1m).ToTable(),
            "funds" => FundAudit.ToTable(FundAudit.Of(data)),
            _ => DatasetTables.Programmes(data),
        };
    }
}

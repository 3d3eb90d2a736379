using System;
using System.Linq;
using AiRace.Core.Analysis;
using AiRace.Core.Data;
using AiRace.Core.Policy;
using AiRace.Core.Reporting;

namespace AiRace.Core.Tests.Analysis;

/// <summary>What an aggregation reads from columns instead of from each programme: the normalised list's qualifiers,
/// values and high ends, and the dataset's ids, sponsor kinds and parts left out, agree with the objects they stand for.</summary>
public class AggregationColumnsTests
{
    private static string Programme(string id, string qualifier, string amount, string currency, string? upper = null) => $$"""
        {
          "id": "{{id}}", "name": "{{id}} (test)", "sponsorKind": "state", "jurisdiction": "CN",
          "instruments": [ "computeSubsidy" ],
          "headline": { "qualifier": "{{qualifier}}", "amount": "{{amount}}", {{(upper is null ? string.Empty : $"\"upperAmount\": \"{upper}\",")}} "currency": "{{currency}}", "stated": "{{amount}} {{currency}}" },
          "sources": [ { "source": "columns-note", "quote": "a test programme" } ]
        }
        """;

    private static readonly PolicyDataset Figures = PolicyData.Parse($$"""
        {
          "formatVersion": 1,
          "sources": [ { "id": "columns-note", "title": "Columns", "published": "2025-07-28", "locator": "tests", "confidence": "high" } ],
          "programmes": [ {{string.Join(",",
            Programme("c-exact", "exact", "7100000.01", "CNY"),
            Programme("c-about", "approximately", "3000000", "USD"),
            Programme("c-cap", "upTo", "5000000", "CNY"),
            Programme("c-floor", "atLeast", "250000.5", "USD"),
            Programme("c-range", "between", "1000000", "CNY", upper: "3000000.7"),
            Programme("c-range-usd", "between", "10", "USD", upper: "20"))}} ]
        }
        """, PolicyData.Embedded);

    [Theory]
    [InlineData("USD")]
    [InlineData("CNY")]
    public void The_normalised_lists_figures_are_those_of_its_items(string to)
    {
        NormalisationResult result = new Normaliser(ReferenceRates.FederalReserveH10, Currency.FromCode(to)).NormaliseProgrammes(Figures.Programmes.Where(p => p.Id.StartsWith("c-", StringComparison.Ordinal)).ToList(), NormalisationBasis.AtAnnualAverage(2024));
        var list = (NormalisedList)result.Items;

        result.NotNormalised.Select(n => n.Programme.Id + ": " + n.Reason).Should().BeEmpty();
        list.Count.Should().Be(6);
        result.Items.Count(i => i.Amount.UpperValue != null).Should().Be(2, "the list keeps the high ends of ranges apart");
        result.Items.Select(i => i.Amount.Qualifier).Distinct().Should().HaveCount(5);
        for (int i = 0; i < list.Count; i++)
        {
            NormalisedAmount amount = result.Items[i].Amount;
            list.ValuesAt(i).Should().Be((amount.Qualifier, amount.Original.IsRounded, amount.Value.Amount, amount.UpperValue?.Amount), $"item {i} ({result.Items[i].Programme.Id})");
        }
    }

    [Fact]
    public void The_datasets_columns_are_its_programmes_ids_sponsors_and_parts_left_out()
    {
        PolicyDataset data = PolicyData.Embedded;
        ProgrammeColumns columns = data.Columns();

        columns.Ids.Should().Equal(data.Programmes.Select(p => p.Id));
        columns.Sponsors.Should().Equal(data.Programmes.Select(p => p.SponsorKind));
        columns.PartsLeftOut.Should().Equal(data.Programmes.Select(p => p.Parts.Any(a => a.Membership != PartMembership.Included)));
        columns.PartsLeftOut.Should().Contain(true, "the embedded data has parts of unclear membership or on top of the whole");
        columns.PartsLeftOut.Should().Contain(false);
        data.Columns().Should().BeSameAs(columns, "the columns are made once per dataset");
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using AiRace.Core.Analysis;
using AiRace.Core.Policy;
using AiRace.Core.Reporting;

namespace AiRace.Core.Tests.Analysis;

/// <summary>
/// The normaliser's list keeps the high ends of ranges beside the indexes of their items, in order: read by index, or
/// in order with a cursor (as an aggregation reads them), or out of order with the same cursor, each item gives the
/// figures its rebuilt <see cref="NormalisedAmount"/> gives.
/// </summary>
public class Stop64NormalisedListTests
{
    private static readonly SourceReference[] Sources = [new("seed-001", "Enter Shanghai")];

    private static Programme Programme(int i)
    {
        Money amount = Money.Of(1_000_000m + (i * 7_919m) + 0.25m, i % 3 == 0 ? Currency.USD : Currency.CNY);
        ReportedAmount headline = (i % 7) switch
        {
            0 or 5 => ReportedAmount.Between(amount, amount * 3m),
            1 => ReportedAmount.Approximately(amount),
            2 => ReportedAmount.UpTo(amount),
            3 => ReportedAmount.Between(amount, amount * 2m),
            _ => ReportedAmount.Exact(amount),
        };
        return new Programme("l64-" + i, "List test " + i, SponsorKind.State, "CN-SH", [], [Instrument.ComputeSubsidy],
            [new StatusChange(ProgrammeStatus.Announced, PartialDate.OfYear(2024), Sources)], null, headline, null, [], Sources);
    }

    [Fact]
    public void EachItemsFigures_AreThoseOfItsAmount_ReadByIndex_InOrder_InReverse_AndTwice()
    {
        List<Programme> programmes = Enumerable.Range(0, 60).Select(Programme).ToList();
        NormalisationResult result = new Normaliser(ReferenceRates.FederalReserveH10, Currency.USD).NormaliseProgrammes(programmes, NormalisationBasis.AtAnnualAverage(2024));
        var list = (NormalisedList)result.Items;
        result.NotNormalised.Should().BeEmpty();
        var expected = result.Items.Select(n => (n.Amount.Qualifier, n.Amount.Original.IsRounded, n.Amount.Value.Amount, n.Amount.UpperValue?.Amount)).ToArray();
        expected.Count(e => e.Item4 is not null).Should().Be(26, "three in seven programmes are ranges");

        int cursor = 0;
        for (int i = 0; i < list.Count; i++)
        {
            list.ValuesAt(i).Should().Be(expected[i], "by index, item {0}", i);
            list.ValuesAt(i, ref cursor).Should().Be(expected[i], "in order, item {0}", i);
        }

        for (int i = list.Count - 1; i >= 0; i--)
        {
            list.ValuesAt(i, ref cursor).Should().Be(expected[i], "in reverse, item {0}", i);
            list.ValuesAt(i, ref cursor).Should().Be(expected[i], "twice, item {0}", i);
        }

        foreach (int i in new[] { 59, 0, 30, 3, 45, 45, 5 })
        {
            list.ValuesAt(i, ref cursor).Should().Be(expected[i], "out of order, item {0}", i);
        }
    }
}

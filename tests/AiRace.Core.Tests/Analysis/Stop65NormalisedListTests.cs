using System;
using System.Collections.Generic;
using System.Linq;
using AiRace.Core.Analysis;
using AiRace.Core.Data;
using AiRace.Core.Policy;
using AiRace.Core.Reporting;

namespace AiRace.Core.Tests.Analysis;

/// <summary>
/// The normaliser's list reads the items' programmes from a dataset's own list instead of keeping them again, keeps
/// no conversion per item while all have the first one and one byte an item up to 256 conversions: the items, their
/// figures and the programmes not normalised are those of the same programmes given as a list of the caller's, with
/// programmes skipped anywhere, one conversion, a few, and more than 256.
/// </summary>
public class Stop65NormalisedListTests
{
    private static readonly SourceReference[] Sources = [new("seed-001", "Enter Shanghai")];

    private static readonly Normaliser ToDollars = new(ReferenceRates.FederalReserveH10, Currency.USD);

    /// <summary>A programme announced on one of <paramref name="days"/> days of 2024, in yuan or dollars as
    /// <paramref name="dollarsEvery"/> says (0: yuan only), with no headline where <paramref name="skip"/> says.</summary>
    private static Programme Programme(int i, int days, int dollarsEvery, Func<int, bool> skip)
    {
        Currency currency = dollarsEvery > 0 && i % dollarsEvery == 0 ? Currency.USD : Currency.CNY;
        Money amount = Money.Of(2_000_000m + (i * 6_151m) + 0.5m, currency);
        ReportedAmount? headline = skip(i) ? null : (i % 5) switch
        {
            0 => ReportedAmount.Between(amount, amount * 2m),
            1 => ReportedAmount.Approximately(amount),
            2 => ReportedAmount.UpTo(amount),
            _ => ReportedAmount.Exact(amount),
        };
        DateOnly day = new DateOnly(2023, 1, 2).AddDays(i % days);
        return new Programme("l65-" + i, "List test " + i, SponsorKind.State, "CN-SH", [], [Instrument.ComputeSubsidy],
            [new StatusChange(ProgrammeStatus.Announced, PartialDate.OfDay(day.Year, day.Month, day.Day), Sources)], null, headline, null, [], Sources);
    }

    private static PolicyDataset DatasetOf(List<Programme> programmes) => new([], [], [], [], programmes, [], [], [], []);

    public static TheoryData<int, int, int, int, string> Cases => new()
    {
        // programmes, distinct announcement days, dollars every n-th (0: none), basis (0: annual average, 1: at announcement), skipped
        { 500, 1, 0, 0, "none" },
        { 500, 1, 3, 0, "none" },
        { 500, 1, 3, 0, "every 7th" },
        { 500, 1, 3, 0, "first" },
        { 500, 1, 3, 0, "last" },
        { 900, 400, 4, 1, "every 11th" },
        { 900, 400, 0, 1, "none" },
        { 900, 600, 4, 1, "from 300 on, every 2nd" },
    };

    private static Func<int, bool> Skip(string which, int count) => which switch
    {
        "none" => _ => false,
        "every 7th" => i => i % 7 == 3,
        "every 11th" => i => i % 11 == 5,
        "first" => i => i == 0,
        "last" => i => i == count - 1,
        _ => i => i >= 300 && i % 2 == 0,
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void ADatasetsProgrammes_NormaliseAsTheSameProgrammesInACallersList(int count, int days, int dollarsEvery, int basisKind, string skipped)
    {
        Func<int, bool> skip = Skip(skipped, count);
        List<Programme> programmes = Enumerable.Range(0, count).Select(i => Programme(i, days, dollarsEvery, skip)).ToList();
        PolicyDataset dataset = DatasetOf(programmes);
        NormalisationBasis basis = basisKind == 0 ? NormalisationBasis.AtAnnualAverage(2024) : NormalisationBasis.AtAnnouncement(RateLookup.MostRecentWithin(4));

        NormalisationResult fromDataset = ToDollars.NormaliseProgrammes(dataset.Programmes, basis);
        NormalisationResult fromCopy = ToDollars.NormaliseProgrammes(programmes.ToList(), basis);

        fromDataset.NotNormalised.Select(n => (n.Programme, n.Reason)).Should().Equal(fromCopy.NotNormalised.Select(n => (n.Programme, n.Reason)));
        fromDataset.NotNormalised.Should().HaveCount(Enumerable.Range(0, count).Count(skip));
        fromDataset.Items.Should().HaveCount(fromCopy.Items.Count);
        var list = (NormalisedList)fromDataset.Items;
        var copy = (NormalisedList)fromCopy.Items;
        int cursor = 0;
        for (int i = 0; i < list.Count; i++)
        {
            list.ProgrammeAt(i).Should().BeSameAs(copy.ProgrammeAt(i), "item {0}", i);
            fromDataset.Items[i].Should().Be(fromCopy.Items[i], "item {0}", i);
            fromDataset.Items[i].Amount.Conversion.Should().Be(fromCopy.Items[i].Amount.Conversion, "item {0}", i);
            list.ValuesAt(i, ref cursor).Should().Be(copy.ValuesAt(i), "item {0}", i);
            ToDollars.TryNormalise(list.ProgrammeAt(i), basis, out NormalisedAmount alone, out _).Should().BeTrue();
            fromDataset.Items[i].Amount.Should().Be(alone, "item {0}, normalised alone", i);
        }

        fromDataset.Items.ToList().Should().Equal(fromCopy.Items.ToList());
        list.FirstNotIn(Currency.USD).Should().Be(copy.FirstNotIn(Currency.USD));
        list.FirstNotIn(Currency.CNY).Should().Be(copy.FirstNotIn(Currency.CNY));
    }

    [Fact]
    public void MoreThan256Conversions_EachItemKeepsItsOwn()
    {
        List<Programme> programmes = Enumerable.Range(0, 700).Select(i => Programme(i, 350, 0, _ => false)).ToList();
        NormalisationBasis basis = NormalisationBasis.AtAnnouncement(RateLookup.MostRecentWithin(4));
        NormalisationResult result = ToDollars.NormaliseProgrammes(DatasetOf(programmes).Programmes, basis);

        result.Items.Select(n => n.Amount.Conversion.RequestedDate).Distinct().Count().Should().BeGreaterThan(256);
        for (int i = 0; i < result.Items.Count; i++)
        {
            ToDollars.TryNormalise(programmes[i], basis, out NormalisedAmount alone, out _).Should().BeTrue();
            result.Items[i].Amount.Conversion.Should().Be(alone.Conversion, "item {0}", i);
            result.Items[i].Programme.Should().BeSameAs(programmes[i]);
        }
    }

    [Fact]
    public void AListOfTheCallers_ChangedAfterTheNormalisation_LeavesTheResultAsItWas()
    {
        List<Programme> programmes = Enumerable.Range(0, 50).Select(i => Programme(i, 1, 3, _ => false)).ToList();
        NormalisationResult result = ToDollars.NormaliseProgrammes(programmes, NormalisationBasis.AtAnnualAverage(2024));
        Programme first = programmes[0], last = programmes[49];
        programmes.Reverse();
        programmes.RemoveAt(0);

        result.Items.Should().HaveCount(50);
        result.Items[0].Programme.Should().BeSameAs(first);
        result.Items[49].Programme.Should().BeSameAs(last);
    }
}

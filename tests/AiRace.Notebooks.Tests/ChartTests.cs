using System.Collections.Generic;
using System.Linq;
using AiRace.Core;
using AiRace.Core.Analysis;
using AiRace.Core.Data;
using AiRace.Interactive.Charts;

namespace AiRace.Notebooks.Tests;

/// <summary>The charts, rendered: readable labels that never overlap, rounded for reading, a log axis where amounts
/// span orders of magnitude, colours that mean something and say what in a legend.</summary>
public class ChartTests
{
    private static readonly NormalisationResult Usd2024 = new Normaliser(ReferenceRates.FederalReserveH10, Currency.USD)
        .NormaliseProgrammes(PolicyData.Embedded.Programmes, NormalisationBasis.AtAnnualAverage(2024));

    private static SvgChart Headline() => Chart.Bars("Headline amounts, USD at the 2024 Fed H.10 annual average",
        Usd2024.Items.OrderByDescending(i => i.Amount.Value.Amount).Select(i => (i.Programme.Name, i.Amount.Value, i.Programme.SponsorKind.ToString().ToLowerInvariant())).ToList(),
        "sponsor");

    [Fact]
    public void Labels_AreRoundedForReading_AndSayWhenRounded()
    {
        Chart.Label(Money.Usd(138_971_885_987.4647m)).Should().Be("≈ USD 139B");
        Chart.Label(Money.Usd(500_000_000_000m)).Should().Be("USD 500B");
        Chart.Label(Money.Usd(8_338_313_159m)).Should().Be("≈ USD 8.34B");
        Chart.Label(Money.Cny(600_000_000m)).Should().Be("CNY 600M");
    }

    [Fact]
    public void Labels_RoundedUpToAThousandOfTheirUnit_ShowTheNextUnit()
    {
        Chart.Label(Money.Usd(999_950_000_000m)).Should().Be("≈ USD 1T");
        Chart.Label(Money.Usd(999_600_000m)).Should().Be("≈ USD 1B");
        Chart.Label(Money.Usd(999.7m)).Should().Be("≈ USD 1K");
        Chart.Label(Money.Usd(999_400_000m)).Should().Be("≈ USD 999M");
    }

    [Fact]
    public void AllocationPart_InAnotherCurrency_IsNamedByItsPositionAndLabel()
    {
        var chart = () => Chart.Allocation("t", Money.Cny(3m), new[] { ("compute", Money.Cny(1m)), ("talent", Money.Usd(1m)) });
        chart.Should().Throw<CurrencyMismatchException>().WithMessage("*part 1, 'talent'*");
    }

    [Fact]
    public void NullLabels_AreRefused_NamingTheItemByItsPosition()
    {
        var bars = () => Chart.Bars("t", new[] { ("Shanghai", Money.Cny(1m)), (null!, Money.Cny(2m)) });
        bars.Should().Throw<System.ArgumentException>().WithParameterName("bars").WithMessage("Bar 1 has no label (null).*");
        var grouped = () => Chart.Bars("t", new[] { ((string)null!, Money.Cny(2m), "state") }, "sponsor");
        grouped.Should().Throw<System.ArgumentException>().WithParameterName("bars").WithMessage("Bar 0 has no label (null).*");
        var parts = () => Chart.Allocation("t", Money.Cny(3m), new[] { ("a", Money.Cny(1m)), (null!, Money.Cny(1m)) });
        parts.Should().Throw<System.ArgumentException>().WithParameterName("parts").WithMessage("Part 1 has no label (null).*");
        IReadOnlyList<(int Year, decimal Value)> points = new[] { (2020, 1m) };
        var line = () => Chart.Paths("t", "v", new[] { ((string)null!, points) }, System.Array.Empty<(int, decimal, string)>());
        line.Should().Throw<System.ArgumentException>().WithParameterName("paths").WithMessage("Line 0 has no label (null).*");
        var observed = () => Chart.Paths("t", "v", new[] { ("path", points) }, new[] { (2021, 2m, (string)null!) });
        observed.Should().Throw<System.ArgumentException>().WithParameterName("observed").WithMessage("Observed point 0 has no label (null).*");
        var title = () => Chart.Paths(null!, "v", new[] { ("path", points) }, System.Array.Empty<(int, decimal, string)>());
        title.Should().Throw<System.ArgumentNullException>().WithParameterName("title");
    }

    [Fact]
    public void HeadlineChart_HasHorizontalBarsNamedInFull_ALogAxis_AndALegendForTheSponsorKinds()
    {
        string svg = Headline().Svg;
        IReadOnlyList<SvgLabels.Label> labels = SvgLabels.Read(svg);
        string[] texts = labels.Select(l => l.Text).ToArray();
        texts.Should().Contain(Usd2024.Items.Select(i => i.Programme.Name), "long names are written in full beside horizontal bars");
        texts.Should().Contain("≈ USD 139B").And.Contain("USD 500B").And.NotContain(t => t.Contains("138.971885987", System.StringComparison.Ordinal));
        texts.Should().Contain("USD, logarithmic scale", "Stargate and Hangzhou differ by four orders of magnitude");
        texts.Should().Contain("sponsor:").And.Contain("state").And.Contain("private");
        SvgLabels.Overlaps(svg).Should().BeEmpty();
    }

    [Fact]
    public void HeadlineChart_DrawsEveryBarWithAVisibleLength()
    {
        string svg = Headline().Svg;
        double[] widths = System.Text.RegularExpressions.Regex.Matches(svg, "<rect fill=\"#[0-9A-F]{6}\" x=\"[-0-9.]+\" y=\"[-0-9.]+\" width=\"(?<w>[0-9.]+)\" height=\"(?<h>[0-9.]+)\"")
            .Where(m => double.Parse(m.Groups["h"].Value, System.Globalization.CultureInfo.InvariantCulture) > 20) // bars, not the legend's swatches
            .Select(m => double.Parse(m.Groups["w"].Value, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        widths.Should().HaveCount(Usd2024.Items.Count);
        widths.Should().OnlyContain(w => w > 20, "on a log axis Hangzhou's 35 million is as visible as Stargate's 500 billion");
    }

    [Fact]
    public void SameColour_WithoutGroups_AndNoLegend()
    {
        string svg = Chart.Bars("t", new[] { ("Shanghai", Money.Cny(600_000_000m)), ("Hangzhou", Money.Cny(250_000_000m)) }).Svg;
        System.Text.RegularExpressions.Regex.Matches(svg, "<rect fill=\"(#[0-9A-F]{6})\" x=").Select(m => m.Groups[1].Value).Where(c => c != "#FFFFFF").Distinct().Should().ContainSingle();
        SvgLabels.Overlaps(svg).Should().BeEmpty();
    }

    [Fact]
    public void OverlapCheck_FindsOverlappingLabels()
    {
        const string svg = """
            <svg><text transform="translate(100 50)" font-size="12" x="0, 7, 14, " y="0, ">abc</text>
            <text transform="translate(110 52)" font-size="12" x="0, 7, " y="0, ">de</text>
            <text transform="translate(300 52)" font-size="12" x="0, 7, " y="0, ">far</text>
            <text transform="translate(100 200) rotate(90)" font-size="12" x="0, 7, 14, 21, " y="0, ">down</text>
            <text transform="translate(95 215)" font-size="12" x="0, 7, " y="0, ">x</text></svg>
            """;
        SvgLabels.Overlaps(svg).Should().BeEquivalentTo("'abc' overlaps 'de'", "'down' overlaps 'x'");
    }
}

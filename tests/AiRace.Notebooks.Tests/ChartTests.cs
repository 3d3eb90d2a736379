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

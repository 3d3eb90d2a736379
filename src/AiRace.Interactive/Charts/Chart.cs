using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using AiRace.Core;
using AiRace.Core.Text;
using AiRace.Interactive.Html;

namespace AiRace.Interactive.Charts;

/// <summary>
/// Static charts rendered offline with ScottPlot to SVG: comparisons of amounts, allocation breakdowns and target paths.
/// Amounts are converted to floating point only to draw them. The labels are rounded for reading (marked "≈" when
/// rounding changed them); the tables beside a chart keep the exact values.
/// </summary>
/// <remarks>
/// Bar charts choose their layout from the data: horizontal bars when the category names are long or many, a
/// logarithmic axis when the amounts span two orders of magnitude or more (a linear axis would draw the small ones at
/// zero height), and one colour per group with a legend when the bars are grouped (one colour otherwise).
/// Every text drawn (title, labels, groups, legend) shows a character that would be invisible, reorder the text or be
/// dropped by its code in angle brackets (<c>&lt;U+202E&gt;</c>), by the rule of the HTML fragments; nothing is removed.
/// Tick labels read the same under every culture.
/// </remarks>
public static class Chart
{
    private const int Width = 860;
    private const int Height = 420;

    /// <summary>Labels longer than this many characters put the bars on their side.</summary>
    private const int LongLabel = 12;

    /// <summary>A ratio of largest to smallest amount from which the value axis is logarithmic.</summary>
    private const decimal LogScaleRatio = 100m;

    /// <summary>Colours for groups, in order of first appearance (Okabe–Ito, distinguishable with colour-blindness).</summary>
    private static readonly string[] Palette = { "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000" };

    private const string SingleColour = "#0072B2";

    /// <summary>The largest power of ten a decimal holds.</summary>
    private const int MaxDecimalPower = 28;

    /// <summary>A bar per amount, in one colour. All amounts must be in one currency (normalise first).</summary>
    /// <param name="title">The chart title.</param>
    /// <param name="bars">Label and amount of each bar, drawn in this order (top to bottom when horizontal).</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="title"/> or <paramref name="bars"/> is null.</exception>
    /// <exception cref="ArgumentException">There are no bars, or a bar's label is null.</exception>
    /// <exception cref="CurrencyMismatchException">The amounts are in different currencies.</exception>
    public static SvgChart Bars(string title, IReadOnlyList<(string Label, Money Amount)> bars)
    {
        ArgumentNullException.ThrowIfNull(bars);
        RequireLabels(bars.Select(b => b.Label), "Bar", nameof(bars));
        return BarChart(title, bars.Select(b => (b.Label, b.Amount, (string?)null)).ToList(), legendTitle: null);
    }

    /// <summary>A bar per amount, coloured by group (such as the sponsor kind or the qualifier), with a legend.</summary>
    /// <param name="title">The chart title.</param>
    /// <param name="bars">Label, amount and group of each bar, drawn in this order (top to bottom when horizontal).</param>
    /// <param name="legendTitle">What the groups are ("sponsor", "qualifier"); shown before the legend's entries.</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="title"/>, <paramref name="bars"/> or
    /// <paramref name="legendTitle"/> is null.</exception>
    /// <exception cref="ArgumentException">There are no bars, a bar's label is null, a group is empty, or the legend's
    /// title is empty or white space.</exception>
    /// <exception cref="CurrencyMismatchException">The amounts are in different currencies.</exception>
    public static SvgChart Bars(string title, IReadOnlyList<(string Label, Money Amount, string Group)> bars, string legendTitle)
    {
        ArgumentNullException.ThrowIfNull(bars);
        RequireLabels(bars.Select(b => b.Label), "Bar", nameof(bars));
        ArgumentException.ThrowIfNullOrWhiteSpace(legendTitle);
        for (int i = 0; i < bars.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(bars[i].Group))
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Bar {i} ('{HiddenCharacters.Shown(bars[i].Label)}') has no group."), nameof(bars));
            }
        }

        return BarChart(title, bars.Select(b => (b.Label, b.Amount, (string?)b.Group)).ToList(), legendTitle);
    }

    /// <summary>The parts of a whole as bars, with the whole first and any unexplained remainder last.</summary>
    /// <param name="title">The chart title.</param>
    /// <param name="whole">The whole (the headline amount).</param>
    /// <param name="parts">Label and amount of each part, in the whole's currency.</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="title"/> or <paramref name="parts"/> is null.</exception>
    /// <exception cref="ArgumentException">A part's label is null.</exception>
    /// <exception cref="CurrencyMismatchException">A part is in another currency.</exception>
    public static SvgChart Allocation(string title, Money whole, IReadOnlyList<(string Label, Money Amount)> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        RequireLabels(parts.Select(p => p.Label), "Part", nameof(parts));
        for (int i = 0; i < parts.Count; i++)
        {
            if (parts[i].Amount.Currency != whole.Currency)
            {
                throw new CurrencyMismatchException(string.Create(CultureInfo.InvariantCulture, $"an allocation chart of a whole in {whole.Currency.Code} (part {i}, '{HiddenCharacters.Shown(parts[i].Label)}')"), whole.Currency, parts[i].Amount.Currency);
            }
        }

        var bars = new List<(string, Money, string?)> { ("whole", whole, "whole") };
        bars.AddRange(parts.Select(p => (p.Label, p.Amount, (string?)"part")));
        Money sum = parts.Select(p => p.Amount).Sum(whole.Currency);
        if (sum != whole)
        {
            bars.Add((sum < whole ? "unexplained remainder" : "parts exceed the whole by", (whole - sum).Abs(), "remainder"));
        }

        return BarChart(title, bars, legendTitle: "bar");
    }

    /// <summary>A path over years (for example a target's implied path) with optional observed points.</summary>
    /// <param name="title">The chart title.</param>
    /// <param name="valueLabel">What the values are, such as "share of the market, %".</param>
    /// <param name="paths">Named lines: each a label and its (year, value) points.</param>
    /// <param name="observed">Observed points, drawn as markers; may be empty.</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="title"/>, <paramref name="valueLabel"/>,
    /// <paramref name="paths"/> or <paramref name="observed"/> is null.</exception>
    /// <exception cref="ArgumentException">There are no lines, a line has no points, or a line's or an observed point's
    /// label is null.</exception>
    public static SvgChart Paths(string title, string valueLabel, IReadOnlyList<(string Label, IReadOnlyList<(int Year, decimal Value)> Points)> paths, IReadOnlyList<(int Year, decimal Value, string Label)> observed)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(valueLabel);
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(observed);
        RequireLabels(paths.Select(p => p.Label), "Line", nameof(paths));
        RequireLabels(observed.Select(o => o.Label), "Observed point", nameof(observed));
        if (paths.Count == 0)
        {
            throw new ArgumentException("A path chart needs at least one line.", nameof(paths));
        }

        for (int i = 0; i < paths.Count; i++)
        {
            if (paths[i].Points is not { Count: > 0 })
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Line {i} ('{HiddenCharacters.Shown(paths[i].Label)}') has no points."), nameof(paths));
            }
        }

        var plot = new ScottPlot.Plot();
        int colour = 0;
        foreach ((string label, IReadOnlyList<(int Year, decimal Value)> points) in paths)
        {
            var line = plot.Add.Scatter(points.Select(p => (double)p.Year).ToArray(), points.Select(p => (double)p.Value).ToArray());
            line.LegendText = HtmlText.Plain(label);
            line.LineWidth = 2;
            line.MarkerSize = 6;
            line.Color = ScottPlot.Color.FromHex(Palette[colour++ % Palette.Length]);
        }

        foreach ((int year, decimal value, string label) in observed)
        {
            var marker = plot.Add.Marker(year, (double)value);
            marker.LegendText = HtmlText.Plain(label);
            marker.MarkerStyle.Size = 12;
            marker.MarkerStyle.Shape = ScottPlot.MarkerShape.FilledDiamond;
            marker.Color = ScottPlot.Color.FromHex(Palette[colour++ % Palette.Length]);
        }

        int first = paths.SelectMany(p => p.Points).Select(p => p.Year).Concat(observed.Select(o => o.Year)).Min();
        int last = paths.SelectMany(p => p.Points).Select(p => p.Year).Concat(observed.Select(o => o.Year)).Max();
        long span = (long)last - first;
        long step = Math.Max(1L, span / 10 + 1);
        long[] years = Enumerable.Range(0, (int)(span / step) + 1).Select(i => first + i * step).ToArray();
        plot.Axes.Bottom.SetTicks(years.Select(y => (double)y).ToArray(), years.Select(y => y.ToString(CultureInfo.InvariantCulture)).ToArray());
        plot.Axes.Left.TickGenerator = InvariantTicks();
        plot.Title(HtmlText.Plain(title));
        plot.YLabel(HtmlText.Plain(valueLabel));
        // The legend goes below the plot, where it cannot cover a line, a marker or a tick label.
        plot.ShowLegend(ScottPlot.Edge.Bottom);
        return new SvgChart(title, plot.GetSvgXml(Width, Height + 20 * ((paths.Count + observed.Count + 1) / 2)));
    }

    /// <summary>The label of an amount on a chart: the compact form rounded to three significant digits, marked "≈"
    /// when the rounding changed it (<c>≈ USD 139B</c>, <c>USD 500B</c>, <c>≈ USD 8.34B</c>, <c>≈ USD 0.00123</c>); a
    /// non-zero amount never shows as 0 (below 10^-26 it keeps the 28 decimals a decimal has). Trillions are the largest
    /// unit, so from 10^15 up the label is in whole trillions, with more than three digits (<c>≈ IDR 3621T</c>).</summary>
    /// <param name="amount">The amount.</param>
    /// <returns>The label.</returns>
    public static string Label(Money amount)
    {
        decimal scaled = Math.Abs(amount.Amount);
        for (int unit = 0; unit < 4 && scaled >= 1000m; unit++)
        {
            scaled /= 1000m; // K, M, B, T: the compact form has no larger unit
        }

        int decimals = scaled >= 100m ? 0 : scaled >= 10m ? 1 : 2;
        if (scaled > 0m && scaled < 1m)
        {
            // Below 1 (never scaled), each leading zero after the point takes one more decimal, so that a non-zero
            // amount keeps three significant digits (USD 0.00123), up to the 28 decimals a decimal holds.
            for (decimal shifted = scaled; shifted < 1m && decimals < 28; shifted *= 10m)
            {
                decimals++;
            }
        }

        if (decimals <= 9)
        {
            return amount.ToString("K" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        }

        decimal rounded = Math.Round(amount.Amount, decimals, MidpointRounding.ToEven);
        return (rounded != amount.Amount ? "≈ " : string.Empty) + amount.Currency.Code + " "
            + rounded.ToString("0.############################", CultureInfo.InvariantCulture);
    }

    /// <summary>Refuses a null label, naming the item by its position (a label is drawn, and null has no text).</summary>
    private static void RequireLabels(IEnumerable<string?> labels, string item, string parameterName)
    {
        int i = 0;
        foreach (string? label in labels)
        {
            if (label is null)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{item} {i} has no label (null)."), parameterName);
            }

            i++;
        }
    }

    private static SvgChart BarChart(string title, IReadOnlyList<(string Label, Money Amount, string? Group)> bars, string? legendTitle)
    {
        ArgumentNullException.ThrowIfNull(title);
        if (bars.Count == 0)
        {
            throw new ArgumentException("A bar chart needs at least one bar.", nameof(bars));
        }

        Currency currency = bars[0].Amount.Currency;
        for (int i = 1; i < bars.Count; i++)
        {
            if (bars[i].Amount.Currency != currency)
            {
                throw new CurrencyMismatchException(string.Create(CultureInfo.InvariantCulture, $"a chart in {currency.Code} (bar {i}, '{HiddenCharacters.Shown(bars[i].Label)}')"), currency, bars[i].Amount.Currency);
            }
        }

        bool horizontal = bars.Count > 5 || bars.Any(b => b.Label.Length > LongLabel);
        decimal max = bars.Max(b => Math.Abs(b.Amount.Amount));
        decimal min = bars.Min(b => Math.Abs(b.Amount.Amount));
        // max >= min × ratio, without overflow: when min × ratio exceeds decimal's range, no max reaches it.
        bool logarithmic = bars.All(b => b.Amount.Amount > 0m) && min <= decimal.MaxValue / LogScaleRatio && max >= min * LogScaleRatio;

        // The value axis: powers of ten on a logarithmic axis, else the amounts scaled to thousands ... trillions.
        int lowestPower = logarithmic ? (int)Math.Floor(Math.Log10((double)min)) : 0;
        int highestPower = logarithmic ? (int)Math.Ceiling(Math.Log10((double)max)) : 0;
        (decimal factor, string unit) = Scale(max);
        double Plotted(Money m) => logarithmic ? Math.Log10((double)m.Amount) : (double)(m.Amount / factor);
        double valueBase = logarithmic ? lowestPower : 0d;

        var groups = bars.Select(b => b.Group).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var plot = new ScottPlot.Plot();
        var items = new List<ScottPlot.Bar>();
        for (int i = 0; i < bars.Count; i++)
        {
            string colour = bars[i].Group is { } group ? Palette[groups.IndexOf(group) % Palette.Length] : SingleColour;
            items.Add(new ScottPlot.Bar
            {
                // Horizontal bars are listed top to bottom, in the order given.
                Position = horizontal ? bars.Count - 1 - i : i,
                Value = Plotted(bars[i].Amount),
                ValueBase = valueBase,
                Label = Label(bars[i].Amount),
                FillColor = ScottPlot.Color.FromHex(colour),
                LineColor = ScottPlot.Color.FromHex(colour),
            });
        }

        var series = plot.Add.Bars(items);
        series.Horizontal = horizontal;
        series.ValueLabelStyle.FontSize = 12;

        double[] positions = items.Select(b => b.Position).ToArray();
        string[] names = bars.Select(b => HtmlText.Plain(b.Label)).ToArray();
        ScottPlot.IAxis categoryAxis = horizontal ? plot.Axes.Left : plot.Axes.Bottom;
        ScottPlot.IAxis valueAxis = horizontal ? plot.Axes.Bottom : plot.Axes.Left;
        categoryAxis.SetTicks(positions, names);
        double top = logarithmic ? highestPower : Plotted(bars.MaxBy(b => b.Amount.Amount).Amount);
        // Room beyond the longest bar for its label.
        double headroom = (top - valueBase) * (horizontal ? 0.22 : 0.12);
        if (logarithmic)
        {
            // 10^29, the power above decimal.MaxValue, bounds the axis but has no amount to label it.
            int[] powers = Enumerable.Range(lowestPower, highestPower - lowestPower + 1).Where(p => p <= MaxDecimalPower).ToArray();
            valueAxis.SetTicks(powers.Select(p => (double)p).ToArray(), powers.Select(p => Money.Of(Pow10(p), currency).ToString("K", CultureInfo.InvariantCulture)).ToArray());
        }
        else
        {
            valueAxis.TickGenerator = InvariantTicks();
        }

        if (horizontal)
        {
            plot.Axes.SetLimits(valueBase, top + headroom, -0.6, bars.Count - 0.4);
            plot.XLabel(logarithmic ? currency.Code + ", logarithmic scale" : currency.Code + " " + unit);
        }
        else
        {
            plot.Axes.SetLimits(-0.6, bars.Count - 0.4, valueBase, top + headroom);
            plot.YLabel(logarithmic ? currency.Code + ", logarithmic scale" : currency.Code + " " + unit);
        }

        if (legendTitle is not null && groups.Count > 1)
        {
            plot.Legend.ManualItems.Add(new ScottPlot.LegendItem { LabelText = HtmlText.Plain(legendTitle) + ":" });
            foreach (string group in groups)
            {
                plot.Legend.ManualItems.Add(new ScottPlot.LegendItem { LabelText = HtmlText.Plain(group), FillColor = ScottPlot.Color.FromHex(Palette[groups.IndexOf(group) % Palette.Length]) });
            }

            plot.ShowLegend(ScottPlot.Edge.Bottom);
        }

        plot.Title(HtmlText.Plain(title));
        int height = horizontal ? 110 + 44 * bars.Count + (groups.Count > 1 ? 30 : 0) : Height;
        return new SvgChart(title, plot.GetSvgXml(Width, height));
    }

    /// <summary>Automatic numeric ticks labelled the same under every culture: ScottPlot's own labels follow the
    /// current culture (0,5 in de-DE, and 05 in ar-SA, whose decimal separator's glyph is dropped), while the bar
    /// labels are invariant.</summary>
    private static ScottPlot.TickGenerators.NumericAutomatic InvariantTicks() => new() { LabelFormatter = TickLabel };

    /// <summary>A tick's label: whole numbers with digit groups (1,000), others with the digits they need (0.25),
    /// in the invariant culture.</summary>
    private static string TickLabel(double value)
    {
        double rounded = Math.Round(value, 12);
        if (rounded == 0d)
        {
            return "0";
        }

        return rounded == Math.Round(rounded) && Math.Abs(rounded) < 1e15
            ? rounded.ToString("N0", CultureInfo.InvariantCulture)
            : rounded.ToString("G", CultureInfo.InvariantCulture);
    }

    private static decimal Pow10(int power)
    {
        decimal value = 1m;
        for (int i = 0; i < Math.Abs(power); i++)
        {
            value = power > 0 ? value * 10m : value / 10m;
        }

        return value;
    }

    private static (decimal Factor, string Unit) Scale(decimal max) => max switch
    {
        >= 1_000_000_000_000m => (1_000_000_000_000m, "trillions"),
        >= 1_000_000_000m => (1_000_000_000m, "billions"),
        >= 1_000_000m => (1_000_000m, "millions"),
        >= 1_000m => (1_000m, "thousands"),
        _ => (1m, "units"),
    };
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using AiRace.Core;

namespace AiRace.Interactive.Charts;

/// <summary>
/// Static charts rendered offline with ScottPlot to SVG: comparisons of amounts, allocation breakdowns and target paths.
/// Amounts are converted to floating point only to draw them; the labels show the exact values.
/// </summary>
public static class Chart
{
    private const int Width = 860;
    private const int Height = 420;

    /// <summary>A bar per amount. All amounts must be in one currency (normalise first); the axis is scaled to
    /// thousands, millions, billions or trillions of it.</summary>
    /// <param name="title">The chart title.</param>
    /// <param name="bars">Label and amount of each bar.</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentException">There are no bars.</exception>
    /// <exception cref="CurrencyMismatchException">The amounts are in different currencies.</exception>
    public static SvgChart Bars(string title, IReadOnlyList<(string Label, Money Amount)> bars)
    {
        ArgumentNullException.ThrowIfNull(bars);
        if (bars.Count == 0)
        {
            throw new ArgumentException("A bar chart needs at least one bar.", nameof(bars));
        }

        Currency currency = bars[0].Amount.Currency;
        for (int i = 1; i < bars.Count; i++)
        {
            if (bars[i].Amount.Currency != currency)
            {
                throw new CurrencyMismatchException(string.Create(CultureInfo.InvariantCulture, $"a chart in {currency.Code} (bar {i}, '{bars[i].Label}')"), currency, bars[i].Amount.Currency);
            }
        }

        (decimal factor, string unit) = Scale(bars.Max(b => Math.Abs(b.Amount.Amount)));
        var plot = new ScottPlot.Plot();
        var items = new List<ScottPlot.Bar>();
        for (int i = 0; i < bars.Count; i++)
        {
            decimal scaled = bars[i].Amount.Amount / factor;
            items.Add(new ScottPlot.Bar
            {
                Position = i,
                Value = (double)scaled,
                Label = bars[i].Amount.ToString("K", CultureInfo.InvariantCulture),
                FillColor = ScottPlot.Color.FromHex(i % 2 == 0 ? "#1f77b4" : "#ff7f0e"),
            });
        }

        var series = plot.Add.Bars(items);
        series.ValueLabelStyle.FontSize = 12;
        plot.Axes.Bottom.SetTicks(Enumerable.Range(0, bars.Count).Select(i => (double)i).ToArray(), bars.Select(b => b.Label).ToArray());
        plot.Axes.Bottom.TickLabelStyle.Rotation = bars.Count > 4 ? 20 : 0;
        plot.Axes.Margins(bottom: 0);
        plot.Title(title);
        plot.YLabel(currency.Code + " " + unit);
        return new SvgChart(title, plot.GetSvgXml(Width, Height));
    }

    /// <summary>The parts of a whole as bars, with the whole first and any unexplained remainder last.</summary>
    /// <param name="title">The chart title.</param>
    /// <param name="whole">The whole (the headline amount).</param>
    /// <param name="parts">Label and amount of each part, in the whole's currency.</param>
    /// <returns>The chart.</returns>
    /// <exception cref="CurrencyMismatchException">A part is in another currency.</exception>
    public static SvgChart Allocation(string title, Money whole, IReadOnlyList<(string Label, Money Amount)> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var bars = new List<(string, Money)> { ("whole", whole) };
        bars.AddRange(parts);
        Money sum = parts.Select(p => p.Amount).Sum(whole.Currency);
        if (sum != whole)
        {
            bars.Add((sum < whole ? "unexplained remainder" : "parts exceed the whole by", (whole - sum).Abs()));
        }

        return Bars(title, bars);
    }

    /// <summary>A path over years (for example a target's implied path) with optional observed points.</summary>
    /// <param name="title">The chart title.</param>
    /// <param name="valueLabel">What the values are, such as "share of the market, %".</param>
    /// <param name="paths">Named lines: each a label and its (year, value) points.</param>
    /// <param name="observed">Observed points, drawn as markers; may be empty.</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentException">There are no lines.</exception>
    public static SvgChart Paths(string title, string valueLabel, IReadOnlyList<(string Label, IReadOnlyList<(int Year, decimal Value)> Points)> paths, IReadOnlyList<(int Year, decimal Value, string Label)> observed)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(observed);
        if (paths.Count == 0)
        {
            throw new ArgumentException("A path chart needs at least one line.", nameof(paths));
        }

        var plot = new ScottPlot.Plot();
        foreach ((string label, IReadOnlyList<(int Year, decimal Value)> points) in paths)
        {
            var line = plot.Add.Scatter(points.Select(p => (double)p.Year).ToArray(), points.Select(p => (double)p.Value).ToArray());
            line.LegendText = label;
            line.LineWidth = 2;
            line.MarkerSize = 6;
        }

        foreach ((int year, decimal value, string label) in observed)
        {
            var marker = plot.Add.Marker(year, (double)value);
            marker.LegendText = label;
            marker.MarkerStyle.Size = 12;
            marker.MarkerStyle.Shape = ScottPlot.MarkerShape.FilledDiamond;
        }

        int first = paths.SelectMany(p => p.Points).Select(p => p.Year).Concat(observed.Select(o => o.Year)).Min();
        int last = paths.SelectMany(p => p.Points).Select(p => p.Year).Concat(observed.Select(o => o.Year)).Max();
        plot.Axes.Bottom.SetTicks(Enumerable.Range(first, last - first + 1).Select(y => (double)y).ToArray(), Enumerable.Range(first, last - first + 1).Select(y => y.ToString(CultureInfo.InvariantCulture)).ToArray());
        plot.Title(title);
        plot.YLabel(valueLabel);
        plot.ShowLegend(ScottPlot.Alignment.UpperLeft);
        return new SvgChart(title, plot.GetSvgXml(Width, Height));
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

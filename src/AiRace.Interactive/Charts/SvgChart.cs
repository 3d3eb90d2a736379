using System;

namespace AiRace.Interactive.Charts;

/// <summary>A chart rendered offline to SVG; notebooks show it inline, and <see cref="Svg"/> can be saved to a file.</summary>
public sealed class SvgChart
{
    /// <summary>Wraps rendered SVG.</summary>
    /// <param name="title">The chart's title.</param>
    /// <param name="svg">The SVG document.</param>
    /// <exception cref="ArgumentException">The SVG does not start with an &lt;svg element.</exception>
    public SvgChart(string title, string svg)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(svg);
        if (!svg.TrimStart().StartsWith("<svg", StringComparison.Ordinal) && !svg.TrimStart().StartsWith("<?xml", StringComparison.Ordinal))
        {
            throw new ArgumentException("The text is not an SVG document.", nameof(svg));
        }

        Title = title;
        Svg = svg;
    }

    /// <summary>The chart's title.</summary>
    public string Title { get; }

    /// <summary>The SVG document.</summary>
    public string Svg { get; }

    /// <summary>The SVG as an HTML fragment (inline, no script, no network).</summary>
    /// <returns>The HTML.</returns>
    public string ToHtml() => "<figure class=\"airace-chart\">" + Svg + "</figure>";

    /// <summary>The title.</summary>
    /// <returns>The title.</returns>
    public override string ToString() => Title;
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;

namespace AiRace.Notebooks.Tests;

/// <summary>
/// The text labels of a ScottPlot SVG with the box each covers, and the pairs that overlap. ScottPlot writes every
/// label as <c>&lt;text transform="translate(x y) [rotate(a)]" font-size=".." x="x0, x1, .." y="y0, "&gt;</c>, one x per
/// glyph, so a label spans from its first glyph to its last glyph plus one glyph's width, and from its baseline up by
/// the font's ascent and down by its descent; a rotation turns that box about the translation point.
/// </summary>
public static partial class SvgLabels
{
    /// <summary>A label and the four corners of its box, in SVG coordinates.</summary>
    /// <param name="Text">The label.</param>
    /// <param name="Corners">The box's corners, in order around it.</param>
    public sealed record Label(string Text, (double X, double Y)[] Corners);

    /// <summary>Reads the labels of an SVG document (empty labels are left out).</summary>
    /// <param name="svg">The SVG.</param>
    /// <returns>The labels.</returns>
    public static IReadOnlyList<Label> Read(string svg)
    {
        var labels = new List<Label>();
        foreach (Match m in TextElement().Matches(svg))
        {
            string text = System.Net.WebUtility.HtmlDecode(m.Groups["text"].Value).Trim();
            if (text.Length == 0)
            {
                continue;
            }

            string attributes = m.Groups["attrs"].Value;
            double size = Number(Attribute(attributes, "font-size") ?? "12");
            double[] xs = Numbers(Attribute(attributes, "x") ?? "0");
            double[] ys = Numbers(Attribute(attributes, "y") ?? "0");
            (double tx, double ty, double angle) = Transform(Attribute(attributes, "transform") ?? "");
            // A glyph is about 0.62 em wide in the DejaVu faces ScottPlot falls back to; ascent 0.76 em, descent 0.24 em.
            double left = xs.Min();
            double right = xs.Max() + 0.62 * size;
            double baseline = ys[0];
            (double X, double Y)[] local = { (left, baseline - 0.76 * size), (right, baseline - 0.76 * size), (right, baseline + 0.24 * size), (left, baseline + 0.24 * size) };
            double radians = angle * Math.PI / 180d;
            labels.Add(new Label(text, local.Select(p => (tx + p.X * Math.Cos(radians) - p.Y * Math.Sin(radians), ty + p.X * Math.Sin(radians) + p.Y * Math.Cos(radians))).ToArray()));
        }

        return labels;
    }

    /// <summary>Every pair of labels whose boxes overlap by more than a pixel.</summary>
    /// <param name="svg">The SVG.</param>
    /// <returns>The overlapping pairs, described.</returns>
    public static IReadOnlyList<string> Overlaps(string svg)
    {
        IReadOnlyList<Label> labels = Read(svg);
        var overlaps = new List<string>();
        for (int i = 0; i < labels.Count; i++)
        {
            for (int j = i + 1; j < labels.Count; j++)
            {
                if (Intersect(Shrunk(labels[i].Corners), Shrunk(labels[j].Corners)))
                {
                    overlaps.Add($"'{labels[i].Text}' overlaps '{labels[j].Text}'");
                }
            }
        }

        return overlaps;
    }

    /// <summary>Separating-axis test of two convex quadrilaterals.</summary>
    private static bool Intersect((double X, double Y)[] a, (double X, double Y)[] b)
    {
        foreach ((double X, double Y)[] polygon in new[] { a, b })
        {
            for (int i = 0; i < polygon.Length; i++)
            {
                (double X, double Y) p = polygon[i];
                (double X, double Y) q = polygon[(i + 1) % polygon.Length];
                (double nx, double ny) = (q.Y - p.Y, p.X - q.X);
                double aMin = a.Min(c => c.X * nx + c.Y * ny), aMax = a.Max(c => c.X * nx + c.Y * ny);
                double bMin = b.Min(c => c.X * nx + c.Y * ny), bMax = b.Max(c => c.X * nx + c.Y * ny);
                if (aMax <= bMin || bMax <= aMin)
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>The box made one pixel smaller on every side: labels that merely touch do not overlap.</summary>
    private static (double X, double Y)[] Shrunk((double X, double Y)[] corners)
    {
        double cx = corners.Average(c => c.X), cy = corners.Average(c => c.Y);
        return corners.Select(c =>
        {
            double dx = c.X - cx, dy = c.Y - cy, length = Math.Sqrt(dx * dx + dy * dy);
            return length <= 1.5 ? (cx, cy) : (c.X - 1.41 * dx / length, c.Y - 1.41 * dy / length);
        }).ToArray();
    }

    private static (double X, double Y, double Angle) Transform(string transform)
    {
        Match translate = Translate().Match(transform);
        Match rotate = Rotate().Match(transform);
        return (translate.Success ? Number(translate.Groups["x"].Value) : 0, translate.Success ? Number(translate.Groups["y"].Value) : 0, rotate.Success ? Number(rotate.Groups["a"].Value) : 0);
    }

    private static string? Attribute(string attributes, string name)
    {
        Match m = Regex.Match(attributes, @"(^|\s)" + Regex.Escape(name) + "=\"(?<v>[^\"]*)\"");
        return m.Success ? m.Groups["v"].Value : null;
    }

    private static double Number(string text) => double.Parse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture);

    private static double[] Numbers(string text) => text.Split(new[] { ',', ' ' }, StringSplitOptions.RemoveEmptyEntries).Select(Number).ToArray();

    [GeneratedRegex(@"<text(?<attrs>[^>]*)>(?<text>.*?)</text>", RegexOptions.Singleline)]
    private static partial Regex TextElement();

    [GeneratedRegex(@"translate\((?<x>[-0-9.eE]+)[ ,]+(?<y>[-0-9.eE]+)\)")]
    private static partial Regex Translate();

    [GeneratedRegex(@"rotate\((?<a>[-0-9.eE]+)")]
    private static partial Regex Rotate();
}

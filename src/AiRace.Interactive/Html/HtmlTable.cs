using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace AiRace.Interactive.Html;

/// <summary>A small builder for the HTML tables the formatters write: escaped cells (a control, bidirectional or
/// invisible character shown by its code, see <see cref="HtmlText"/>), numeric columns right-aligned.</summary>
public sealed class HtmlTable
{
    private readonly List<string> _headers = new();
    private readonly List<bool> _numeric = new();
    private readonly List<string[]> _rows = new();

    /// <summary>Creates a table with an optional caption.</summary>
    /// <param name="caption">Shown above the table, escaped.</param>
    public HtmlTable(string? caption = null) => Caption = caption;

    /// <summary>The caption, or null.</summary>
    public string? Caption { get; }

    /// <summary>Adds a column.</summary>
    /// <param name="header">The header text.</param>
    /// <param name="numeric">Whether the column holds numbers (right-aligned).</param>
    /// <returns>This table.</returns>
    public HtmlTable Column(string header, bool numeric = false)
    {
        _headers.Add(header);
        _numeric.Add(numeric);
        return this;
    }

    /// <summary>Adds a row of plain-text cells (escaped).</summary>
    /// <param name="cells">One text per column.</param>
    /// <returns>This table.</returns>
    /// <exception cref="ArgumentException">The number of cells differs from the number of columns.</exception>
    public HtmlTable Row(params string[] cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        if (cells.Length != _headers.Count)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"A row needs {_headers.Count} cells; it has {cells.Length}."), nameof(cells));
        }

        _rows.Add(cells);
        return this;
    }

    /// <summary>The number of rows added.</summary>
    public int RowCount => _rows.Count;

    /// <summary>Writes the table as HTML.</summary>
    /// <returns>The HTML.</returns>
    public string ToHtml()
    {
        var sb = new StringBuilder();
        sb.Append("<table class=\"airace\">");
        if (Caption is not null)
        {
            sb.Append("<caption>").Append(HtmlText.Encode(Caption)).Append("</caption>");
        }

        sb.Append("<thead><tr>");
        foreach (string h in _headers)
        {
            sb.Append("<th>").Append(HtmlText.Encode(h)).Append("</th>");
        }

        sb.Append("</tr></thead><tbody>");
        foreach (string[] row in _rows)
        {
            sb.Append("<tr>");
            for (int i = 0; i < row.Length; i++)
            {
                sb.Append(_numeric[i] ? "<td class=\"num\">" : "<td>").Append(HtmlText.Encode(row[i])).Append("</td>");
            }

            sb.Append("</tr>");
        }

        sb.Append("</tbody></table>");
        return sb.ToString();
    }

    /// <summary>The HTML.</summary>
    /// <returns><see cref="ToHtml"/>.</returns>
    public override string ToString() => ToHtml();
}

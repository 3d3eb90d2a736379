using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace AiRace.Notebooks;

/// <summary>A notebook read from .ipynb: its cells, their sources and outputs.</summary>
public sealed class ExecutedNotebook
{
    private ExecutedNotebook(string path, IReadOnlyList<Cell> cells)
    {
        Path = path;
        Cells = cells;
    }

    /// <summary>One output of a code cell.</summary>
    /// <param name="Kind">The output type: display_data, execute_result, stream or error.</param>
    /// <param name="Mime">For display data, the MIME type chosen (text/html preferred, else text/plain); else empty.</param>
    /// <param name="Text">The output's text (HTML for text/html), or for an error its name and value.</param>
    public sealed record Output(string Kind, string Mime, string Text);

    /// <summary>One cell.</summary>
    /// <param name="Index">Its position, from 0.</param>
    /// <param name="Kind">"code" or "markdown".</param>
    /// <param name="Source">Its source text.</param>
    /// <param name="Outputs">Its outputs (none for markdown).</param>
    public sealed record Cell(int Index, string Kind, string Source, IReadOnlyList<Output> Outputs);

    /// <summary>The file it was read from.</summary>
    public string Path { get; }

    /// <summary>The cells, in order.</summary>
    public IReadOnlyList<Cell> Cells { get; }

    /// <summary>The notebook's title: its first markdown heading, else the file name.</summary>
    public string Title =>
        Cells.Where(c => c.Kind == "markdown").SelectMany(c => c.Source.Split('\n')).FirstOrDefault(l => l.StartsWith("# ", StringComparison.Ordinal))?[2..].Trim()
        ?? System.IO.Path.GetFileNameWithoutExtension(Path);

    /// <summary>The error outputs, with the cell each came from.</summary>
    public IEnumerable<(Cell Cell, Output Error)> Errors =>
        Cells.SelectMany(c => c.Outputs.Where(o => o.Kind == "error").Select(o => (c, o)));

    /// <summary>All output text of all cells, for searching.</summary>
    public string AllOutputText => string.Join("\n", Cells.SelectMany(c => c.Outputs).Select(o => o.Text));

    /// <summary>Reads an .ipynb file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The notebook.</returns>
    /// <exception cref="InvalidDataException">The file is not a notebook.</exception>
    public static ExecutedNotebook Load(string path)
    {
        using JsonDocument doc = JsonDocument.Parse(File.ReadAllText(path));
        if (!doc.RootElement.TryGetProperty("cells", out JsonElement cells) || cells.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidDataException($"{path} is not a notebook: it has no \"cells\" array.");
        }

        var result = new List<Cell>();
        int index = 0;
        foreach (JsonElement cell in cells.EnumerateArray())
        {
            string kind = cell.GetProperty("cell_type").GetString() ?? "code";
            var outputs = new List<Output>();
            if (cell.TryGetProperty("outputs", out JsonElement outs))
            {
                foreach (JsonElement o in outs.EnumerateArray())
                {
                    outputs.Add(ReadOutput(o));
                }
            }

            result.Add(new Cell(index++, kind, JoinText(cell.GetProperty("source")), outputs));
        }

        return new ExecutedNotebook(path, result);
    }

    private static Output ReadOutput(JsonElement o)
    {
        string type = o.GetProperty("output_type").GetString() ?? "";
        switch (type)
        {
            case "error":
                string name = o.TryGetProperty("ename", out JsonElement en) ? en.GetString() ?? "" : "";
                string value = o.TryGetProperty("evalue", out JsonElement ev) ? ev.GetString() ?? "" : "";
                return new Output(type, "", name + ": " + value);
            case "stream":
                return new Output(type, "text/plain", o.TryGetProperty("text", out JsonElement t) ? JoinText(t) : "");
            default:
                if (o.TryGetProperty("data", out JsonElement data))
                {
                    foreach (string mime in new[] { "text/html", "image/svg+xml", "text/markdown", "text/plain" })
                    {
                        if (data.TryGetProperty(mime, out JsonElement d))
                        {
                            return new Output(type, mime, JoinText(d));
                        }
                    }
                }

                return new Output(type, "", "");
        }
    }

    private static string JoinText(JsonElement e)
    {
        if (e.ValueKind == JsonValueKind.String)
        {
            return e.GetString() ?? "";
        }

        var sb = new StringBuilder();
        foreach (JsonElement part in e.EnumerateArray())
        {
            sb.Append(part.GetString());
        }

        return sb.ToString();
    }
}

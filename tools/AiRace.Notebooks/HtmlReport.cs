using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace AiRace.Notebooks;

/// <summary>Writes executed notebooks as self-contained HTML pages (no scripts, no network) and an index.</summary>
public static partial class HtmlReport
{
    private const string Css =
        "body{font-family:system-ui,sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;line-height:1.45}" +
        "pre{background:#f6f8fa;padding:.6em;overflow-x:auto}.cell{margin:1em 0}.src{border-left:3px solid #1f77b4}" +
        ".out{border-left:3px solid #ccc;padding-left:.6em;overflow-x:auto}.err{border-left:3px solid #a40000;color:#a40000}" +
        "table.index td,table.index th{padding:3px 10px;border-bottom:1px solid #ddd;text-align:left}.ok{color:#0a6b0a}.fail{color:#a40000}";

    /// <summary>The outcome of one notebook, for the index.</summary>
    /// <param name="Notebook">The executed notebook.</param>
    /// <param name="HtmlFile">The page written for it, relative to the index.</param>
    /// <param name="Elapsed">How long it took to execute.</param>
    /// <param name="ExitCode">The runner's exit code.</param>
    public sealed record Entry(ExecutedNotebook Notebook, string HtmlFile, TimeSpan Elapsed, int ExitCode)
    {
        /// <summary>Whether it ran without errors.</summary>
        public bool Succeeded => ExitCode == 0 && !Notebook.Errors.Any();
    }

    /// <summary>Renders one notebook as a page.</summary>
    /// <param name="notebook">The executed notebook.</param>
    /// <returns>The HTML page.</returns>
    public static string Page(ExecutedNotebook notebook)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
            .Append(WebUtility.HtmlEncode(notebook.Title)).Append("</title><style>").Append(Css).Append("</style></head><body>\n")
            .Append("<p><a href=\"index.html\">← all notebooks</a></p>\n");
        foreach (ExecutedNotebook.Cell cell in notebook.Cells)
        {
            if (cell.Kind == "markdown")
            {
                html.Append("<div class=\"cell md\">").Append(Markdown.ToHtml(cell.Source)).Append("</div>\n");
                continue;
            }

            html.Append("<div class=\"cell\"><pre class=\"src\"><code>").Append(WebUtility.HtmlEncode(cell.Source)).Append("</code></pre>\n");
            // dotnet-repl records each progress update of the package restore as an output of its own: keep the last.
            var outputs = cell.Outputs.Where((o, i) => !(IsRestoreProgress(o) && i + 1 < cell.Outputs.Count && IsRestoreProgress(cell.Outputs[i + 1]))).ToList();
            foreach (ExecutedNotebook.Output output in outputs)
            {
                html.Append(output.Kind == "error" ? "<div class=\"out err\"><pre>" + WebUtility.HtmlEncode(output.Text) + "</pre></div>\n" : RenderOutput(output));
            }

            html.Append("</div>\n");
        }

        return html.Append("</body></html>\n").ToString();
    }

    /// <summary>Renders the index page linking every notebook, with its status and time.</summary>
    /// <param name="entries">The notebooks, in order.</param>
    /// <param name="version">The package version the notebooks ran against.</param>
    /// <returns>The HTML page.</returns>
    public static string Index(IReadOnlyList<Entry> entries, string version)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>AiRace.Core notebooks</title><style>")
            .Append(Css).Append("</style></head><body>\n<h1>AiRace.Core notebooks</h1>\n")
            .Append("<p>Executed headlessly on the embedded data against AiRace.Interactive ").Append(WebUtility.HtmlEncode(version)).Append(".</p>\n")
            .Append("<table class=\"index\"><thead><tr><th>notebook</th><th>status</th><th>time</th></tr></thead><tbody>\n");
        foreach (Entry e in entries)
        {
            int errors = e.Notebook.Errors.Count();
            html.Append("<tr><td><a href=\"").Append(WebUtility.HtmlEncode(e.HtmlFile)).Append("\">").Append(WebUtility.HtmlEncode(e.Notebook.Title)).Append("</a></td><td>")
                .Append(e.Succeeded ? "<span class=\"ok\">ok</span>" : "<span class=\"fail\">failed (" + errors.ToString(CultureInfo.InvariantCulture) + " cell errors, exit " + e.ExitCode.ToString(CultureInfo.InvariantCulture) + ")</span>")
                .Append("</td><td>").Append(e.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)).Append(" s</td></tr>\n");
        }

        return html.Append("</tbody></table></body></html>\n").ToString();
    }

    private static bool IsRestoreProgress(ExecutedNotebook.Output output) =>
        output.Mime == "text/html" && output.Text.Contains("<strong>Restore sources</strong>", StringComparison.Ordinal);

    private static string RenderOutput(ExecutedNotebook.Output output)
    {
        string body = output.Mime switch
        {
            "text/html" or "image/svg+xml" => ScriptPattern().Replace(output.Text, string.Empty),
            "text/markdown" => Markdown.ToHtml(output.Text),
            _ => "<pre>" + WebUtility.HtmlEncode(output.Text) + "</pre>",
        };
        return "<div class=\"out\">" + body + "</div>\n";
    }

    [GeneratedRegex("<script\\b[^>]*>.*?</script>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex ScriptPattern();
}

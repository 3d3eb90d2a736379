using System.IO;
using System.Linq;
using AiRace.Notebooks;

namespace AiRace.Notebooks.Tests;

[Collection("notebooks")]
public class NotebookExecutionTests
{
    private readonly NotebookFixture _fixture;

    public NotebookExecutionTests(NotebookFixture fixture) => _fixture = fixture;

    public static TheoryData<string> Notebooks()
    {
        var data = new TheoryData<string>();
        string root = NotebookJob.FindRepoRoot(System.AppContext.BaseDirectory);
        foreach (string nb in Directory.GetFiles(Path.Combine(root, "notebooks"), "*.ipynb").Select(Path.GetFileName).Order()!)
        {
            data.Add(nb);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void EveryNotebook_RunsWithoutACellError(string notebook)
    {
        (ExecutedNotebook nb, int exit, _, string log) = _fixture.Results[notebook];
        string errors = string.Join("\n", nb.Errors.Select(e => $"cell {e.Cell.Index + 1}: {e.Error.Text}"));
        nb.Errors.Should().BeEmpty($"every cell of {notebook} must run; errors:\n{errors}");
        exit.Should().Be(0, log);
        nb.Cells.Where(c => c.Kind == "code").Should().OnlyContain(c => c.Outputs.Count > 0 || !c.Source.TrimEnd().EndsWith(")", System.StringComparison.Ordinal) || c.Source.Contains("catch", System.StringComparison.Ordinal),
            "a cell ending in an expression shows its value");
    }

    [Fact]
    public void GettingStarted_ShowsTheParsedSeedFiguresAndADatedConversion()
    {
        ExecutedNotebook nb = _fixture.Results["01-getting-started.ipynb"].Notebook;
        string text = nb.AllOutputText;
        text.Should().Contain("CNY 1,000,000,000,000.00", "one trillion yuan is parsed exactly");
        text.Should().Contain("USD 139,000,000.00");
        text.Should().Contain("'RMB' is not an ISO 4217 currency code; for the Chinese renminbi (yuan) use 'CNY'.");
        text.Should().Contain("the date is outside the data", "a date after the data is refused, not extrapolated");
        text.Should().Contain("Cannot apply addition (+) to CNY and USD");
        text.Should().Contain("inverse of Fed H.10 (DEXCHUS)", "the conversion names its series");
        text.Should().Contain("2025-07-25", "the weekend request takes Friday's quotation");
        text.Should().Contain("<svg", "the chart is rendered offline as SVG");
        text.Should().NotContain("<script", "outputs need no script or network");
    }

    [Fact]
    public void Report_RendersEveryNotebookWithoutScripts()
    {
        foreach ((string name, (ExecutedNotebook nb, int exit, System.TimeSpan elapsed, _)) in _fixture.Results)
        {
            string page = HtmlReport.Page(nb);
            page.Should().StartWith("<!DOCTYPE html>");
            page.Should().NotContain("<script", $"the page for {name} is self-contained");
            page.Should().Contain("<h1>", $"{name} starts with a title");
        }

        string index = HtmlReport.Index(_fixture.Results.Values.Select(r => new HtmlReport.Entry(r.Notebook, "x.html", r.Elapsed, r.ExitCode)).ToList(), _fixture.Version);
        index.Should().Contain(_fixture.Version);
    }
}

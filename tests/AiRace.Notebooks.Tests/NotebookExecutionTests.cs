using System.IO;
using System.Linq;
using System.Net;
using System.Text.RegularExpressions;
using AiRace.Core.Data;
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

    /// <summary>The markdown of a notebook as one line of text: every run of white space is one space.</summary>
    private string Prose(string notebook) => Regex.Replace(
        string.Join(" ", ExecutedNotebook.Load(Path.Combine(_fixture.RepoRoot, "notebooks", notebook)).Cells.Where(c => c.Kind == "markdown").Select(c => c.Source)),
        @"\s+", " ");

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

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void EveryNotebook_RunsInJupyter_WithThePinnedDotnetKernel_WithoutACellError(string notebook)
    {
        _fixture.JupyterProblem.Should().BeNull("CI runs every notebook in Jupyter too");
        (ExecutedNotebook nb, int exit, _, string log) = _fixture.JupyterResults[notebook];
        string errors = string.Join("\n", nb.Errors.Select(e => $"cell {e.Cell.Index + 1}: {e.Error.Text}"));
        nb.Errors.Should().BeEmpty($"every cell of {notebook} must run in Jupyter; errors:\n{errors}");
        exit.Should().Be(0, log);
        nb.Cells.Where(c => c.Kind == "code").Should().OnlyContain(c => c.Outputs.Count > 0 || !c.Source.TrimEnd().EndsWith(")", System.StringComparison.Ordinal) || c.Source.Contains("catch", System.StringComparison.Ordinal),
            "a cell ending in an expression shows its value in Jupyter as well");
        nb.AllOutputText.Split("<svg").Length.Should().Be(_fixture.Results[notebook].Notebook.AllOutputText.Split("<svg").Length, "Jupyter shows the same charts as the headless runner");
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void FirstCell_IsOneLineReferencingThePackageAtTheVersionTheMainCommandBuilt(string notebook)
    {
        ExecutedNotebook nb = ExecutedNotebook.Load(Path.Combine(_fixture.RepoRoot, "notebooks", notebook));
        ExecutedNotebook.Cell first = nb.Cells.First(c => c.Kind == "code");
        first.Source.Trim().Should().Be($"#r \"nuget: AiRace.Interactive, {_fixture.Version}\"",
            "the first cell is what a user writes: the package at the exact version the main command built and put into the NuGet cache, no search, no floating version");
        _fixture.Version.Should().EndWith("-" + NotebookJob.VersionSuffix);
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void EveryChart_HasNoOverlappingLabels_InEitherClient(string notebook)
    {
        var charts = _fixture.Results[notebook].Notebook.Cells.Concat(_fixture.JupyterResults.TryGetValue(notebook, out var j) ? j.Notebook.Cells : Enumerable.Empty<ExecutedNotebook.Cell>())
            .SelectMany(c => c.Outputs.Where(o => o.Text.Contains("<svg", System.StringComparison.Ordinal)).Select(o => (c.Index, Svg: o.Text[o.Text.IndexOf("<svg", System.StringComparison.Ordinal)..])))
            .ToList();
        foreach ((int cell, string svg) in charts)
        {
            SvgLabels.Read(svg).Should().NotBeEmpty();
            SvgLabels.Overlaps(svg).Should().BeEmpty($"cell {cell + 1} of {notebook} draws a chart whose labels must be readable");
        }
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
    public void GettingStarted_ShowsEachFigureAsTheSeedWritesIt_WithItsQualifier()
    {
        string text = _fixture.Results["01-getting-started.ipynb"].Notebook.AllOutputText;
        string table = text[text.IndexOf("<caption>Figures from the seed articles</caption>", System.StringComparison.Ordinal)..];
        table = table[..table.IndexOf("</table>", System.StringComparison.Ordinal)];
        string[] written = Regex.Matches(table, "<tr><td>([^<]*)</td>").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToArray();
        written.Should().HaveCount(9);
        string seeds = string.Join("\n", Directory.GetFiles(Path.Combine(_fixture.RepoRoot, "tests", "AiRace.Core.Tests", "Data", "Seeds"), "*.txt").Select(File.ReadAllText));
        foreach (string w in written)
        {
            seeds.Should().Contain(w, "the column 'as written' shows the seeds' own words");
            seeds.Should().NotContain("approximately " + w, "a qualifier the seed writes before the figure is shown, not dropped");
        }

        table.Should().Contain("<tr><td>approximately 138 billion USD</td><td>approximately</td>").And.Contain("<tr><td>approximately US$139 million</td><td>approximately</td>");
    }

    [Fact]
    public void WhoCommitsWhat_SaysNoAnnouncementIsDated_AndRanksStateAndPrivateApart()
    {
        string text = _fixture.Results["02-who-commits-what.ipynb"].Notebook.AllOutputText;
        text.Should().Contain("0 of 12 programmes could be normalised at their announcement date.");
        text.Should().Contain("not converted: the sources do not date its announcement, and no date is guessed");
        text.Should().Contain("138,971,885,987.4647358839306808", "one trillion yuan at the 2024 annual average, unrounded");
        text.Should().Contain("inverse of Fed H.10 annual average (AEXCHUS)");
        text.Should().NotContain("2024-01-01", "an annual average covers the year 2024, and no day of it is stated");
        text.Should().Contain("is 0.278 × USD 500B");
        text.Should().Contain("state, private and mixed money are never added together");

        // Issue 16: overlaps listed with bounds, purposes, ambiguities and inferences, an overlay, the sources of a table.
        text.Should().Contain("upper: all counted").And.Contain("lower: overlaps removed").And.Contain("o-cn-plan-fund");
        text.Should().Contain("with the overlaps removed (lower bound: only cn-ai-industry-development-action-plan kept)");
        text.Should().Contain("China, state money: ≈ USD 147.484B with every programme counted (upper bound); ≈ USD 138.972B with the overlaps removed",
            "the rounded totals are shown (the seed headlines are stated to a precision, so there is no exact one)");
        text.Should().Contain("may count the same money more than once: o-cn-plan-fund", "the ranking's state subtotal names the overlap");
        text.Should().Contain("a-trillion-composition").And.Contain("a-stargate-sponsor").And.Contain("a-fund-sponsor");
        text.Should().Contain("headline.currency", "the bare '$' read as US dollars is shown as an inference");
        text.Should().Contain("Plan + Infrastructure", "the state plan is never added to the private Stargate under infrastructure");
        text.Should().Contain("cn-sh-ai-subsidy-package.research-institutions", "the uncounted part is shown");
        text.Should().Contain("cn-sh-ai-subsidy-package: status overridden by ov-example-sh-date");
        text.Should().Contain("With the overlay, 1 of 12 programmes could be normalised at their announcement date.");
        text.Should().Contain("Quoted: “", "the citation list of a table quotes its sources");
    }

    [Fact]
    public void WhoCommitsWhat_SaysTheBoundsHoldOnlyForTheMoneyCounted_AndClaimsNoStatusTheDataLacks()
    {
        string text = _fixture.Results["02-who-commits-what.ipynb"].Notebook.AllOutputText;
        string prose = Prose("02-who-commits-what.ipynb");

        // Money listed as not counted (Shanghai's up to 500 million yuan, which may be on top of its billion; Shenzhen's and
        // Beijing's measures without an amount) can lie above the upper bound: the bounds are of the money counted.
        text.Should().Contain("The true total of the programmes counted lies between the two; money listed as not counted")
            .And.NotContain("the true total lies between the two.");
        prose.Should().NotContain("the true figure lies between the two bounds.");
        prose.Should().Contain("the true total of the programmes counted lies between the two bounds. Money the totals by country list as not counted may add to it: Shanghai's up to 500 million yuan for research institutions (which may come on top of its billion) and Shenzhen's and Beijing's measures, which have no amount.");
        foreach (string id in new[] { "cn-sh-ai-subsidy-package.research-institutions", "cn-gd-shenzhen-ai-support", "cn-bj-ai-support" })
        {
            text.Should().Contain($"<tr><td>CN</td><td>State</td><td>not counted</td><td></td><td class=\"num\"></td><td class=\"num\">0</td><td></td><td>{id}</td>", "the prose names what China's state total lists as not counted");
        }

        prose.Should().NotContain("Every figure here is an exact statement of an *announcement*");
        prose.Should().Contain("the fund and Stargate have no recorded status at all");
        PolicyData.Embedded.Programme("cn-ai-investment-fund").StatusHistory.Should().BeEmpty();
        PolicyData.Embedded.Programme("us-stargate-project").StatusHistory.Should().BeEmpty();
    }

    [Fact]
    public void WhoCommitsWhat_ListsWhatTheOverlayChanges_AndNamesEveryProgrammeWithoutAnAmount()
    {
        string text = _fixture.Results["02-who-commits-what.ipynb"].Notebook.AllOutputText;
        string prose = Prose("02-who-commits-what.ipynb");
        text.Should().Contain("Added: Source example-notice. Changed: Programme cn-sh-ai-subsidy-package: status. Retracted: nothing.",
            "DatasetComparison lists what the illustrative overlay adds and changes against the package's data");
        prose.Should().Contain("China's global AI governance plan and its state and private AI investment drive",
            "the seeds give no amount for these two either (cn-global-ai-governance-plan, cn-ai-state-and-private-investment)");
        PolicyData.Embedded.Programmes.Where(p => p.Headline is null).Should().HaveCount(7, "the caveat names seven programmes without an amount");
    }

    [Fact]
    public void CitySubsidies_AuditsShanghaisParts()
    {
        string text = _fixture.Results["03-city-subsidies.ipynb"].Notebook.AllOutputText;
        text.Should().Contain("The included parts add up to the stated figure of the whole (CNY 1,000,000,000.00), not exactly: the whole is rounded to the nearest 1,000,000,000 and an included part is rounded or approximate.");
        text.Should().Contain("up to CNY 500,000,000.00");
        text.Should().Contain("Shanghai's compute subsidies are 2.4 times Hangzhou's.");
        text.Should().Contain("Computing power, both cities: CNY 850,000,000.00 (cn-sh-ai-subsidy-package.compute + cn-zj-hangzhou-compute-subsidy); may overlap with programmes outside the group: o-cn-plan-shanghai (with cn-ai-industry-development-action-plan), o-cn-plan-hangzhou (with cn-ai-industry-development-action-plan); lower bound: none (no two programmes in the group may overlap each other).", "the two cities may each be part of the national plan, but not of each other");
        text.Should().NotContain("nothing in the group overlaps").And.NotContain("no overlap recorded", "a group that lists overlaps with programmes elsewhere has none within it, which is what its bound label says");
        text.Should().Contain("<td>rounded</td><td>no overlap within the group</td>", "the cities' headlines are plain figures stated to a precision")
            .And.NotContain("<td>exact</td><td>no overlap within the group</td>");
        text.Should().Contain("a-sh-part-currency").And.Contain("amount.currency", "the unit-less parts read as yuan are shown as an inference");
    }

    [Fact]
    public void Targets_ShowThePaceOfEachTarget()
    {
        string text = _fixture.Results["04-targets-and-trajectories.ipynb"].Notebook.AllOutputText;
        text.Should().Contain("+9.5 pp per year, compound 34.12% a year");
        text.Should().Contain("analyst forecast");
        text.Should().Contain("has no baseline value and year, so it implies no path: only its goal (70% by 2028) is known.");
        text.Should().Contain("a-spare-tire-sponsor").And.Contain("a-huawei-capacity-measure");
        text.Should().Contain("<caption>Indicators</caption>").And.Contain("<caption>Observations against the path</caption>").And.Contain("<caption>Open questions</caption>",
            "the observations, their assessment and the open questions are tables, not .NET Interactive's trees of properties");
    }

    [Fact]
    public void CheckingTheSources_ShowsTheImpliedRateOfEachConversion()
    {
        string text = _fixture.Results["05-checking-the-sources.ipynb"].Notebook.AllOutputText;
        text.Should().Contain("7.2463768115942028985507246377", "the implied rate of 1 trillion yuan ≈ 138 billion dollars");
        text.Should().Contain("7.1942446043165467625899280576", "one billion yuan ≈ US$139 million");
        text.Should().Contain("7.3170731707317073170731707317", "60 billion yuan ≈ $8.2 billion");
        text.Should().Contain("Closest annual average: 2024 (7.1957, -0.02%; Fed H.10 annual average (AEXCHUS))");
        text.Should().Contain("Closest annual average: 2025 (7.2015, +0.62%; mean of Fed H.10 daily rates (DEXCHUS) of a partial year, to 2025-11-28; not the published AEXCHUS)",
            "2025's figure is the mean of the daily rates to 2025-11-28, not a published annual average");
        text.Should().Contain("rate_qualifier", "a value at the articles' rates says the conversion it rests on is approximate");
        text.Should().Contain("the source's own rate: seed-001 converts 'one billion yuan' as 'approximately US$139 million'");
        text.Should().Contain("34,750,000", "Hangzhou's 250 million yuan at seed-001's own rate");
        text.Should().Contain("undated: the articles give no date for their conversions");
        text.Should().Contain("<svg");
    }

    [Fact]
    public void CheckingTheSources_StatesTheDeviationsItComputes()
    {
        string text = _fixture.Results["05-checking-the-sources.ipynb"].Notebook.AllOutputText;
        string prose = Prose("05-checking-the-sources.ipynb");
        const string Num = "<td class=\"num\">";
        text.Should().Contain($"<th>2023 (7.0809)</th><th>2024 (7.1957)</th><th>2025, to 28 Nov (7.2015)</th>");
        text.Should().Contain($"<td>cn-ai-industry-development-action-plan</td>{Num}7.2464</td>{Num}+2.34%</td>{Num}+0.70%</td>{Num}+0.62%</td>");
        text.Should().Contain($"<td>cn-sh-ai-subsidy-package</td>{Num}7.1942</td>{Num}+1.60%</td>{Num}-0.02%</td>{Num}-0.10%</td>");
        text.Should().Contain($"<td>cn-ai-investment-fund</td>{Num}7.3171</td>{Num}+3.34%</td>{Num}+1.69%</td>{Num}+1.60%</td>");

        // Shanghai is 0.1007% below the 2025 average, the Action Plan 0.704% above 2024's, and the fund fits neither.
        prose.Should().NotContain("Those rates fit").And.NotContain("within 0.1% of both").And.NotContain("within 0.7%.");
        prose.Should().Contain("Two of them fit the annual averages of **2024 and 2025** (7.1957, and 7.2015 for 2025's daily rates to 28 November;");
        prose.Should().Contain("Hangzhou's 250 million yuan is **approximately 34.75 million dollars**").And.NotContain("(DEXCHUS, averaged; AEXCHUS)");
        prose.Should().Contain("the Shanghai conversion is within 0.11% of both (−0.02% and −0.10%), the Action Plan's within 0.71% (+0.70% and +0.62%). The fund's 7.317 does not: it is 1.60% from the nearest average (2025) and 1.69% from 2024's");
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

[Collection("notebooks")]
public class FailingNotebookTests
{
    private readonly NotebookFixture _fixture;

    public FailingNotebookTests(NotebookFixture fixture) => _fixture = fixture;

    [Fact]
    public void AFailingCell_IsReportedWithItsErrorAndFailsTheRun()
    {
        string dir = Directory.CreateTempSubdirectory("airace-failing-notebook-").FullName;
        string path = Path.Combine(dir, "failing.ipynb");
        File.WriteAllText(path, """
            {
             "cells": [
              { "cell_type": "code", "execution_count": null, "metadata": { "polyglot_notebook": { "kernelName": "csharp" } }, "outputs": [],
                "source": [ "var x = 1 + 1;\n", "x" ] },
              { "cell_type": "code", "execution_count": null, "metadata": { "polyglot_notebook": { "kernelName": "csharp" } }, "outputs": [],
                "source": [ "throw new InvalidOperationException(\"the rate is missing\");" ] }
             ],
             "metadata": { "kernelspec": { "display_name": ".NET (C#)", "language": "C#", "name": ".net-csharp" },
                           "polyglot_notebook": { "kernelInfo": { "defaultKernelName": "csharp", "items": [ { "aliases": [], "name": "csharp" } ] } } },
             "nbformat": 4, "nbformat_minor": 5
            }
            """);
        (ExecutedNotebook nb, int exit, _, _) = NotebookJob.Execute(_fixture.RepoRoot, path, Path.Combine(dir, "out"));
        exit.Should().NotBe(0, "dotnet-repl exits with 2 when a cell fails");
        var error = nb.Errors.Should().ContainSingle().Subject;
        error.Cell.Index.Should().Be(1);
        error.Error.Text.Should().Contain("the rate is missing");
        new HtmlReport.Entry(nb, "failing.html", System.TimeSpan.Zero, exit).Succeeded.Should().BeFalse();
        HtmlReport.Page(nb).Should().Contain("<div class=\"out err\">");

        // The same notebook in Jupyter: the kernel runs in the notebook's folder, which must be in the repository (the
        // tool manifest is there).
        string inRepo = Path.Combine(_fixture.RepoRoot, "artifacts", "test-failing-notebook");
        Directory.CreateDirectory(inRepo);
        File.Copy(path, Path.Combine(inRepo, "failing.ipynb"), overwrite: true);
        _fixture.JupyterProblem.Should().BeNull();
        (ExecutedNotebook inJupyter, _, _, string log) = JupyterRunner.Execute(_fixture.RepoRoot, Path.Combine(inRepo, "failing.ipynb"), Path.Combine(inRepo, "out"), _fixture.JupyterPath);
        var jupyterError = inJupyter.Errors.Should().ContainSingle(log).Subject;
        jupyterError.Cell.Index.Should().Be(1);
        jupyterError.Error.Text.Should().Contain("the rate is missing");
        Directory.Delete(dir, recursive: true);
    }
}

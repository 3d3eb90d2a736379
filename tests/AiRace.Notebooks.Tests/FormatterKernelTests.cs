using System.Linq;
using System.Threading.Tasks;
using AiRace.Core;
using AiRace.Interactive;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.CSharp;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.Formatting;

namespace AiRace.Notebooks.Tests;

/// <summary>Runs a C# kernel in process, registers the formatters as the package's extension does, and checks the HTML.</summary>
public class FormatterKernelTests
{
    private static async Task<string> HtmlOf(string code)
    {
        AiRaceFormatters.Register();
        using var kernel = new CSharpKernel();
        string core = typeof(Money).Assembly.Location;
        string interactive = typeof(AiRaceFormatters).Assembly.Location;
        KernelCommandResult setup = await kernel.SubmitCodeAsync($"#r \"{core}\"\n#r \"{interactive}\"\nusing AiRace.Core;");
        setup.Events.OfType<CommandFailed>().Should().BeEmpty();
        KernelCommandResult result = await kernel.SubmitCodeAsync(code);
        result.Events.OfType<CommandFailed>().Should().BeEmpty();
        ReturnValueProduced value = result.Events.OfType<ReturnValueProduced>().Single();
        return value.FormattedValues.Single(f => f.MimeType == HtmlFormatter.MimeType).Value;
    }

    [Fact]
    public async Task Money_IsShownInCanonicalFormWithTheCompactFormAsTooltip()
    {
        string html = await HtmlOf("Money.Billions(1, Currency.CNY)");
        html.Should().Be("<span class=\"airace-money\" title=\"CNY 1B\">CNY 1,000,000,000.00</span>");
    }

    [Fact]
    public async Task Conversion_ShowsRateDateAndSeries()
    {
        string html = await HtmlOf("Money.Trillions(1, Currency.CNY).ConvertTo(Currency.USD, new DateOnly(2025, 7, 27), ReferenceRates.FederalReserveH10, RateLookup.MostRecentWithin(4))");
        html.Should().Contain("<td class=\"num\">CNY 1,000,000,000,000.00</td>");
        html.Should().Contain("<td>2025-07-25</td>", "the rate's own date");
        html.Should().Contain("<td>2025-07-27</td>", "the requested date");
        html.Should().Contain("<td>most recent within 4 days</td>");
        html.Should().Contain("<td>inverse of Fed H.10 (DEXCHUS)</td>");
    }

    [Fact]
    public async Task Programme_IsACardWithItsPartsCheckAndSources()
    {
        string html = await HtmlOf("AiRace.Core.Data.PolicyData.Embedded.Programme(\"cn-sh-ai-subsidy-package\")");
        html.Should().Contain("<strong>Shanghai AI subsidy package</strong>");
        html.Should().Contain("<td class=\"num\">CNY 600,000,000.00</td>");
        html.Should().Contain("<td class=\"num\">up to CNY 500,000,000.00</td>", "the cap stays a cap");
        html.Should().Contain("The included parts add up to the whole&#39;s stated figure, not exactly.").And.NotContain("add up exactly", "the figures are rounded to their precision").And.NotContain("consistent with the whole");
        html.Should().Contain("Enter Shanghai with its bold announcement of a one billion yuan (approximately US$139 million) subsidy");
    }

    [Fact]
    public async Task Programme_CardSaysWhatTheCuratorsInferred()
    {
        string html = await HtmlOf("AiRace.Core.Data.PolicyData.Embedded.Programme(\"us-stargate-project\")");
        html.Should().Contain("Inferred by the curators, not stated by the sources: <code>headline.currency</code> — ");
    }

    [Fact]
    public async Task Programme_CardSaysWhatTheCuratorsInferredOfItsParts()
    {
        string html = await HtmlOf("AiRace.Core.Data.PolicyData.Embedded.Programme(\"cn-sh-ai-subsidy-package\")");
        html.Should().Contain("Inferred by the curators, not stated by the sources: <code>cn-sh-ai-subsidy-package.models: amount.currency</code> — ");
        html.Should().Contain("<code>cn-sh-ai-subsidy-package.data: amount.currency</code>");
    }

    [Fact]
    public async Task Indicator_CardNamesItsComparatorsId()
    {
        string html = await HtmlOf("AiRace.Core.Data.PolicyData.Embedded.Indicators.Single(i => i.Id == \"i-huawei-vs-nvidia-leading-chip\")");
        html.Should().Contain("<div>Compared with: nvidia</div>");
    }

    [Fact]
    public async Task Target_IsACardWithBaselineGoalKindAndSources_NotATreeOfNulls()
    {
        string html = await HtmlOf("AiRace.Core.Data.PolicyData.Embedded.Targets.Single(t => t.Id == \"t-spare-tire-self-sufficiency-2028\")");
        html.Should().Contain("<strong>semiconductor-self-sufficiency of CN</strong> <code>t-spare-tire-self-sufficiency-2028</code>");
        html.Should().Contain("<div>Baseline: <em>not stated</em></div>", "the summary gives no baseline");
        html.Should().Contain("<div>Goal: 70% by 2028</div>");
        html.Should().Contain("<div>Kind: <em>not stated</em></div>").And.Contain("<div>Set by: <em>not stated</em></div>").And.Contain("<div>Programme: cn-project-spare-tire</div>");
        html.Should().Contain("seeks 70% semiconductor self-sufficiency by 2028");
        html.Should().NotContain("&lt;null&gt;").And.NotContain("dni-treeview");
    }

    [Fact]
    public async Task Indicator_IsACardWithItsValueMethodAndInference()
    {
        string html = await HtmlOf("AiRace.Core.Data.PolicyData.Embedded.Indicators.Single(i => i.Id == \"i-domestic-chip-share-2023\")");
        html.Should().Contain("<div>Value: 17%</div>").And.Contain("<div>Compared with: <em>not stated</em></div>").And.Contain("<div>Observed: 2023</div>").And.Contain("<div>Method: estimate</div>").And.Contain("<div>By: bernstein</div>");
        html.Should().Contain("Inferred by the curators, not stated by the sources: <code>method</code> — The article gives the 17% only as the starting point");
        html.Should().Contain("a dramatic leap from just 17% in 2023");
    }

    [Fact]
    public async Task Claim_IsACardWithItsStatementAndSources()
    {
        string html = await HtmlOf("AiRace.Core.Data.PolicyData.Embedded.Claims.Single(c => c.Id == \"c-ipsos-highest-globally\")");
        html.Should().Contain("<strong>China&#39;s 83% is the highest share globally in the Ipsos survey.</strong> <code>c-ipsos-highest-globally</code>");
        html.Should().Contain("<div>Topic: public-opinion</div>").And.Contain("<div>Compared with: <em>not stated</em></div>").And.Contain("<div>By: ipsos</div>");
        html.Should().NotContain("Inferred by the curators");
        html.Should().Contain("the highest globally");
    }

    [Fact]
    public async Task Programmes_AreOneTable()
    {
        string html = await HtmlOf("AiRace.Core.Data.PolicyData.Embedded.ProgrammesIn(\"CN\").ToList()");
        html.Should().Contain("<caption>Programmes</caption>");
        html.Should().Contain("Hangzhou computing power subsidies (cn-zj-hangzhou-compute-subsidy)");
        html.Should().NotContain("Stargate", "only programmes in China were asked for");
    }

    [Fact]
    public async Task Targets_AreOneTable_WithWhatIsNotStatedAndWhatWasInferred()
    {
        string html = await HtmlOf("AiRace.Core.Data.PolicyData.Embedded.Targets");
        html.Should().Contain("<caption>Targets</caption>").And.NotContain("dni-treeview").And.NotContain("&lt;null&gt;");
        html.Should().Contain("<tr><td>t-spare-tire-self-sufficiency-2028</td><td>semiconductor-self-sufficiency</td><td>CN</td><td class=\"num\">not stated</td><td class=\"num\">70% by 2028</td><td>not stated</td><td>not stated</td><td>cn-project-spare-tire</td>");
        html.Should().Contain("<td class=\"num\">17% (2023)</td><td class=\"num\">55% by 2027</td><td>analyst forecast</td><td>bernstein</td>");
    }

    [Fact]
    public async Task Indicators_AreOneTable_NamingTheFieldsTheCuratorsInferred()
    {
        string html = await HtmlOf("AiRace.Core.Data.PolicyData.Embedded.Indicators.Where(i => i.SubjectId == \"CN\").ToList()");
        html.Should().Contain("<caption>Indicators</caption>").And.NotContain("dni-treeview");
        html.Should().Contain("<tr><td>i-domestic-chip-share-2023</td>");
        html.Should().Contain("<td>2023</td><td>estimate</td><td>bernstein</td><td>method, by</td>", "the method and the attribution to Bernstein are the curators' inference");
    }

    [Fact]
    public async Task Claims_AreOneTable()
    {
        string html = await HtmlOf("AiRace.Core.Data.PolicyData.Embedded.Claims");
        html.Should().Contain("<caption>Claims</caption>").And.NotContain("dni-treeview");
        html.Should().Contain("<tr><td>c-ipsos-highest-globally</td><td>China&#39;s 83% is the highest share globally in the Ipsos survey.</td><td>public-opinion</td>");
    }

    [Fact]
    public async Task Ambiguities_AreOneTableOfQuestionsAndNumberedReadings()
    {
        string html = await HtmlOf("AiRace.Core.Data.PolicyData.Embedded.AmbiguitiesAbout(\"cn-project-spare-tire\").ToList()");
        html.Should().Contain("<caption>Open questions</caption>").And.NotContain("dni-treeview");
        html.Should().Contain("<tr><td>a-spare-tire-sponsor</td><td>Who runs Project Spare Tire, and is its 70% goal an official government target?</td>");
        html.Should().Contain("<td>1. A state programme whose 70% goal is an official target (the summary attributes it to &#39;China&#39;). | 2. A programme of companies");
    }

    [Fact]
    public async Task PathAssessments_AreOneTableWithExactDeviations()
    {
        string html = await HtmlOf(
            "var path = AiRace.Core.Analysis.TargetPath.For(AiRace.Core.Data.PolicyData.Embedded.Targets.Single(t => t.Id == \"t-bernstein-domestic-chip-share-2027\"));\n"
            + "new[] { path.Assess(2023, 17m), path.Assess(2025, 30m), path.Assess(2026, 50m) }");
        html.Should().Contain("<caption>Observations against the path</caption>").And.NotContain("dni-treeview");
        html.Should().Contain("<tr><td>2023</td><td class=\"num\">17</td><td class=\"num\">17</td><td>on path</td><td class=\"num\">0</td><td class=\"num\">17</td><td>on path</td><td class=\"num\">0</td>");
        // 17 × (55 / 17)^(2 / 4) = √935 = 30.5777697028413110520602644133…: rounded once, so …413 (compounding year by year in decimal gave …412).
        html.Should().Contain("<tr><td>2025</td><td class=\"num\">30</td><td class=\"num\">36</td><td>behind</td><td class=\"num\">-6</td><td class=\"num\">30.577769702841311052060264413</td><td>behind</td><td class=\"num\">-0.577769702841311052060264413</td>");
        html.Should().Contain("<tr><td>2026</td><td class=\"num\">50</td><td class=\"num\">45.5</td><td>ahead</td><td class=\"num\">+4.5</td>");
    }

    [Fact]
    public async Task TargetPath_ShowsItsPaceAndYears()
    {
        string html = await HtmlOf("AiRace.Core.Analysis.TargetPath.For(AiRace.Core.Data.PolicyData.Embedded.Targets.First(t => t.BaselineYear != null))");
        html.Should().Contain("+9.5 pp per year, compound 34.12% a year");
        html.Should().MatchRegex("<td class=\"num\">26\\.50?</td>", "26.5% is the linear value for 2024");
    }

    [Fact]
    public async Task PartsCheck_IsATableWithItsVerdict_NotATypeName()
    {
        string html = await HtmlOf("AiRace.Core.Data.PolicyData.Embedded.Programme(\"cn-sh-ai-subsidy-package\").CheckParts()");
        html.Should().Contain("<caption>Parts of cn-sh-ai-subsidy-package against the whole</caption>");
        html.Should().Contain("<td class=\"num\">CNY 1,000,000,000.00</td>");
        html.Should().Contain("unclear membership (not counted): cn-sh-ai-subsidy-package.research-institutions");
        html.Should().Contain("The included parts add up to the whole&#39;s stated figure, not exactly.").And.NotContain("add up exactly", "the figures are rounded to their precision").And.NotContain("consistent with the whole");
        html.Should().NotContain("AiRace.Core.Policy.PartsCheck");
    }

    [Fact]
    public async Task ConversionAudit_NamesItsSeriesAndToleranceAndListsEveryConversion()
    {
        string html = await HtmlOf("AiRace.Core.Analysis.ConversionAudit.Of(AiRace.Core.Data.PolicyData.Embedded, ReferenceRates.FederalReserveH10, tolerancePercent: 1m)");
        html.Should().Contain("<strong>Conversion audit</strong> against ").And.Contain("tolerance ±1%: 3 conversions.");
        html.Should().Contain("7.2463768115942028985507246377");
        html.Should().NotContain("AiRace.Core.Analysis.ConversionAudit<");
    }

    [Fact]
    public async Task Aggregation_StatesItsRuleAndShowsItsTotals()
    {
        string html = await HtmlOf("AiRace.Core.Analysis.Aggregation.Of(new AiRace.Core.Analysis.Normaliser(ReferenceRates.FederalReserveH10, Currency.USD).NormaliseProgrammes(AiRace.Core.Data.PolicyData.Embedded.Programmes, AiRace.Core.Analysis.NormalisationBasis.AtAnnualAverage(2024)), AiRace.Core.Data.PolicyData.Embedded, AiRace.Core.Analysis.AggregationKey.SponsorKind)");
        html.Should().Contain("<strong>Totals by SponsorKind</strong> in USD");
        html.Should().Contain("<table class=\"airace\">");
        html.Should().Contain("<td class=\"num\">500,000,000,000</td>", "Stargate's private total, in groups of three");
    }

    [Fact]
    public async Task Chart_IsInlineSvg()
    {
        string html = await HtmlOf("AiRace.Interactive.Charts.Chart.Bars(\"t\", new[] { (\"a\", Money.Usd(5)), (\"b\", Money.Usd(7)) })");
        html.Should().StartWith("<figure class=\"airace-chart\">");
        html.Should().Contain("<svg").And.Contain("USD 7");
        html.Should().NotContain("<script");
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;

namespace AiRace.Docs.Tests;

/// <summary>
/// The analyzer docs' fixed examples (the blocks after "Does not report:" and under "How to fix") compile against the
/// real AiRace.Core with the analyzers on, and no rule reports them, as script submissions; and every example, fixed or
/// reported, compiles in a method body and reports on each line exactly the rules its comment names (a script's
/// top-level variables are fields, which the analyzers follow less than locals, so an example can pass as a script and
/// be wrong in a program). The examples are fragments that use a few names of the reader's own (<c>rates</c>,
/// <c>money</c>, ...): <see cref="Prelude"/> declares those, so a new free name in a page fails here until it is declared
/// below or the page stops using it.
/// </summary>
public partial class AnalyzerDocTests
{
    /// <summary>The names the examples take from the reader's code, declared once before every example.</summary>
    public const string Prelude = """
        using AiRace.Core;
        using AiRace.Core.Policy;
        using AiRace.Core.Reporting;

        record Label(string Text);
        record Line(Money Cost);
        static class Log { public static void Write(DateTime timestamp) { } }

        IExchangeRateProvider rates = ReferenceRates.FederalReserveH10;
        Money money = Money.Cny(600m), other = Money.Cny(400m);
        Money budget = Money.Cny(1_000m), spent = Money.Cny(600m), cost = Money.Cny(250m), cap = Money.Cny(300m), price = Money.Usd(19.99m);
        Money[] grants = { Money.Cny(600m), Money.Cny(400m) };
        Line[] lines = { new(Money.Usd(5m)), new(Money.Usd(7m)) };
        Share now = Share.FromPercent(55m), then = Share.FromPercent(17m), share = Share.FromPercent(30m);
        decimal p = 55m, rate = 7.1957m, parsed = 1_000m;
        double ratio = 0.3;
        IComparer<decimal> comparer = Comparer<decimal>.Default;
        string userInput = "CNY", text = "CNY 1,000.00";
        int year = 2025;
        """;

    public static TheoryData<string> Pages()
    {
        var data = new TheoryData<string>();
        foreach (string page in Directory.GetFiles(RepositoryFiles.PathOf("analyzers", "docs"), "AIR*.md").Select(Path.GetFileName).Order(StringComparer.Ordinal)!)
        {
            data.Add(page);
        }

        return data;
    }

    /// <summary>The fixed examples of a page.</summary>
    /// <param name="markdown">The page.</param>
    /// <returns>Its C# blocks after "Does not report:" or under "How to fix".</returns>
    public static IReadOnlyList<FencedBlock> FixedExamples(string markdown) =>
        Markdown.Read(markdown).Blocks.Where(b => b.IsCSharp && (b.Preceding.StartsWith("Does not report", StringComparison.Ordinal) || b.Section == "How to fix")).ToList();

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task FixedExamples_CompileAndNoRuleReportsThem(string page)
    {
        string markdown = File.ReadAllText(RepositoryFiles.PathOf("analyzers", "docs", page));
        IReadOnlyList<FencedBlock> examples = FixedExamples(markdown);
        examples.Should().NotBeEmpty($"{page} shows code the rule does not report");
        (Microsoft.CodeAnalysis.Scripting.Script prelude, IReadOnlyList<Diagnostic> preludeDiagnostics) = await DocScripts.CompileAsync(null, Prelude);
        preludeDiagnostics.Should().BeEmpty();
        var failures = new List<string>();
        foreach (FencedBlock block in examples)
        {
            (_, IReadOnlyList<Diagnostic> diagnostics) = await DocScripts.CompileAsync(prelude, block.Code);
            failures.AddRange(diagnostics.Select(d => $"{page} line {block.FileLine(DocScripts.LineOf(d))}: {d.Severity.ToString().ToLowerInvariant()} {d.Id}: {d.GetMessage(CultureInfo.InvariantCulture)}"));
        }

        failures.Should().BeEmpty(string.Join("\n", failures));
    }

    /// <summary>
    /// Every example of a page, "Reports" and "Does not report" alike, compiled as a user's build sees it: in a method
    /// body, where the prelude's names are locals the analyzers can follow (in a script they are fields), and its type
    /// declarations in a file of their own. Each line reports exactly the rules its comment names (none, in the fixed
    /// examples), and nothing else objects but warnings. A block marked <c>```csharp fragment</c> (two files in one) is left out.
    /// </summary>
    [Theory]
    [MemberData(nameof(Pages))]
    public async Task EveryExample_InAMethodBody_ReportsExactlyWhatItsCommentsName(string page)
    {
        string markdown = File.ReadAllText(RepositoryFiles.PathOf("analyzers", "docs", page));
        var failures = new List<string>();
        IReadOnlyList<FencedBlock> blocks = Markdown.Read(markdown).Blocks.Where(b => b.IsCSharp && !b.IsFragment).ToList();
        blocks.Should().Contain(b => b.Lines.Any(l => RuleId().IsMatch(Readme.TrailingComment(l) ?? "")), $"{page} shows code the rule reports");
        foreach (FencedBlock block in blocks)
        {
            IReadOnlyList<(int Line, Diagnostic Diagnostic)> diagnostics = await DocScripts.CompileInMethodAsync(Prelude, block.Code);
            failures.AddRange(diagnostics.Where(d => d.Diagnostic.Severity == DiagnosticSeverity.Error && !d.Diagnostic.Id.StartsWith("AIR", StringComparison.Ordinal))
                .Select(d => $"{page} line {(d.Line < 0 ? "(prelude)" : block.FileLine(d.Line).ToString(CultureInfo.InvariantCulture))}: {d.Diagnostic.Id}: {d.Diagnostic.GetMessage(CultureInfo.InvariantCulture)}"));
            var expected = block.Lines.SelectMany((l, i) => RuleId().Matches(Readme.TrailingComment(l) ?? "").Select(m => $"{page} line {block.FileLine(i)}: {m.Value}")).Distinct().Order(StringComparer.Ordinal);
            var actual = diagnostics.Where(d => d.Diagnostic.Id.StartsWith("AIR", StringComparison.Ordinal))
                .Select(d => $"{page} line {(d.Line < 0 ? "(prelude)" : block.FileLine(d.Line).ToString(CultureInfo.InvariantCulture))}: {d.Diagnostic.Id}").Distinct().Order(StringComparer.Ordinal);
            failures.AddRange(actual.Except(expected).Select(a => a + " is reported, and the comment does not say so"));
            failures.AddRange(expected.Except(actual).Select(e => e + " is named by the comment, and not reported"));
        }

        failures.Should().BeEmpty(string.Join("\n", failures));
    }

    [Fact]
    public async Task TheHarness_SeesTheRules_InAFragmentAfterThePrelude()
    {
        (Microsoft.CodeAnalysis.Scripting.Script prelude, _) = await DocScripts.CompileAsync(null, Prelude);
        (_, IReadOnlyList<Diagnostic> diagnostics) = await DocScripts.CompileAsync(prelude, "Currency rmb = Currency.FromCode(\"RMB\");\ndecimal left = budget.Amount - spent.Amount;");
        diagnostics.Select(d => $"{DocScripts.LineOf(d)} {d.Id}").Should().BeEquivalentTo(new[] { "0 AIR0003", "1 AIR0004" }, "a fixed example that still broke a rule would be reported");
    }

    [Fact]
    public void ReadmeGlobalConfig_ListsEveryRuleAtItsDefaultSeverity()
    {
        FencedBlock config = Readme.Blocks.Single(b => b.Language == "ini" && b.Lines.Any(l => l.Trim() == "is_global = true"));
        Dictionary<string, string> listed = config.Lines.Select(l => Setting().Match(l)).Where(m => m.Success)
            .ToDictionary(m => m.Groups["id"].Value, m => m.Groups["severity"].Value, StringComparer.Ordinal);
        Dictionary<string, string> rules = DocScripts.Analyzers.SelectMany(a => a.SupportedDiagnostics).Where(d => d.Id.StartsWith("AIR", StringComparison.Ordinal))
            .GroupBy(d => d.Id).ToDictionary(g => g.Key, g => EditorConfigName(g.First().DefaultSeverity), StringComparer.Ordinal);
        rules.Should().HaveCountGreaterThan(10);
        listed.Should().Equal(rules, "the README's .globalconfig lists every rule once, at its default severity");
        config.Lines.Count(l => Setting().IsMatch(l)).Should().Be(listed.Count, "no rule is listed twice");
    }

    [Fact]
    public void Readme_SaysWhichRulesAreErrors()
    {
        string readme = File.ReadAllText(Readme.PathOf);
        string[] errors = DocScripts.Analyzers.SelectMany(a => a.SupportedDiagnostics).Where(d => d.DefaultSeverity == DiagnosticSeverity.Error)
            .Select(d => d.Id).Distinct().Order(StringComparer.Ordinal).ToArray();
        Match policy = Regex.Match(readme, @"### Severities, and why (?<count>\w+) rules are errors\n(?<text>(.|\n)*?)```ini");
        policy.Success.Should().BeTrue("the README explains the severity policy");
        policy.Groups["count"].Value.Should().Be(Words[errors.Length], "the heading counts the error rules");
        foreach (string id in errors)
        {
            policy.Groups["text"].Value.Should().Contain(id + " (", $"{id} is an error and the policy says why");
        }
    }

    private static readonly string[] Words = { "no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten" };

    private static string EditorConfigName(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "suggestion",
        _ => "silent",
    };

    [GeneratedRegex(@"\bAIR\d{4}\b")]
    private static partial Regex RuleId();

    [GeneratedRegex(@"^\s*dotnet_diagnostic\.(?<id>AIR\d{4})\.severity\s*=\s*(?<severity>\w+)\s*$")]
    private static partial Regex Setting();
}

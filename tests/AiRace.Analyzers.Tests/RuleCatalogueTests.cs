using System;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiRace.Analyzers.Tests;

/// <summary>Every rule has an ID in the catalogue, an analyzer that reports it, a doc page and a release-tracking line.</summary>
public class RuleCatalogueTests
{
    public static TheoryData<string> RuleIdentifiers()
    {
        var data = new TheoryData<string>();
        foreach (var id in AllIds())
        {
            data.Add(id);
        }

        return data;
    }

    private static string[] AllIds() =>
        typeof(RuleIds).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .OrderBy(id => id, StringComparer.Ordinal)
            .ToArray();

    private static Rule[] AllRules() => AiRaceAnalyzer.Rules.ToArray();

    private static DiagnosticDescriptor DescriptorOf(string id) =>
        AllRules().SelectMany(a => a.SupportedDiagnostics).Single(d => d.Id == id);

    [Fact]
    public void The_catalogue_has_the_twelve_rules_of_issue_5_and_the_share_range_error()
    {
        AllIds().Should().Equal(Enumerable.Range(1, 13).Select(i => $"AIR{i:0000}"));
    }

    [Theory]
    [MemberData(nameof(RuleIdentifiers))]
    public void Each_rule_has_a_doc_page_with_the_editorconfig_line(string id)
    {
        string page = RepositoryFiles.PathOf("analyzers", "docs", id + ".md");
        File.Exists(page).Should().BeTrue($"{id} needs its page analyzers/docs/{id}.md");
        string text = File.ReadAllText(page);
        text.Should().StartWith("# " + id);
        text.Should().Contain($"dotnet_diagnostic.{id}.severity");
    }

    [Theory]
    [MemberData(nameof(RuleIdentifiers))]
    public void Each_rule_has_a_help_link_to_its_page(string id)
    {
        var descriptor = DescriptorOf(id);
        descriptor.HelpLinkUri.Should().Be(Descriptors.HelpLinkBase + id + ".md");
        descriptor.HelpLinkUri.Should().EndWith("/analyzers/docs/" + id + ".md");
        descriptor.IsEnabledByDefault.Should().BeTrue();
    }

    [Theory]
    [MemberData(nameof(RuleIdentifiers))]
    public void Each_rule_has_a_release_tracking_line_with_its_severity(string id)
    {
        var descriptor = DescriptorOf(id);
        string shipped = File.ReadAllText(RepositoryFiles.PathOf("analyzers", "AiRace.Analyzers", "AnalyzerReleases.Shipped.md"));
        string unshipped = File.ReadAllText(RepositoryFiles.PathOf("analyzers", "AiRace.Analyzers", "AnalyzerReleases.Unshipped.md"));
        var lines = (shipped + "\n" + unshipped).Split('\n')
            .Select(l => l.Split('|').Select(c => c.Trim()).ToArray())
            .Where(cells => cells.Length >= 3 && cells[0] == id)
            .ToArray();
        lines.Should().ContainSingle($"{id} must appear once in the release-tracking files");
        lines[0][1].Should().Be(descriptor.Category);
        lines[0][2].Should().Be(descriptor.DefaultSeverity.ToString());
    }

    [Fact]
    public void Every_doc_page_belongs_to_a_rule()
    {
        var pages = Directory.GetFiles(RepositoryFiles.PathOf("analyzers", "docs"), "AIR*.md")
            .Select(Path.GetFileNameWithoutExtension)
            .OrderBy(p => p, StringComparer.Ordinal);
        pages.Should().Equal(AllIds());
    }

    [Fact]
    public void Each_rule_is_reported_by_exactly_one_rule_and_the_severities_are_those_of_issue_5()
    {
        var supported = AllRules().SelectMany(a => a.SupportedDiagnostics).ToArray();
        supported.Select(d => d.Id).Should().OnlyHaveUniqueItems().And.BeEquivalentTo(AllIds());
        var severities = supported.ToDictionary(d => d.Id, d => d.DefaultSeverity);
        severities["AIR0001"].Should().Be(DiagnosticSeverity.Error);
        severities["AIR0002"].Should().Be(DiagnosticSeverity.Error);
        severities["AIR0003"].Should().Be(DiagnosticSeverity.Error);
        severities["AIR0004"].Should().Be(DiagnosticSeverity.Warning);
        severities["AIR0005"].Should().Be(DiagnosticSeverity.Warning);
        severities["AIR0006"].Should().Be(DiagnosticSeverity.Warning);
        severities["AIR0007"].Should().Be(DiagnosticSeverity.Warning);
        severities["AIR0008"].Should().Be(DiagnosticSeverity.Warning);
        severities["AIR0009"].Should().Be(DiagnosticSeverity.Warning);
        severities["AIR0010"].Should().Be(DiagnosticSeverity.Info);
        severities["AIR0011"].Should().Be(DiagnosticSeverity.Warning);
        severities["AIR0012"].Should().Be(DiagnosticSeverity.Error);
        severities["AIR0013"].Should().Be(DiagnosticSeverity.Error);
    }

    [Fact]
    public void The_embedded_iso_table_is_the_library_table()
    {
        var codes = typeof(RuleIds).Assembly.GetManifestResourceNames();
        codes.Should().Contain("AiRace.Analyzers.iso4217.csv");
        string csv = File.ReadAllText(RepositoryFiles.PathOf("src", "AiRace.Core", "Money", "Data", "iso4217.csv"));
        int active = csv.Split('\n').Count(l => l.Split(',').Length > 4 && l.Split(',')[4].Trim() == "active");
        CurrencyCodes.Active.Should().HaveCount(active).And.Contain(new[] { "CNY", "USD", "EUR", "XCG" }).And.NotContain(new[] { "HRK", "RMB" });
    }

    [Fact]
    public void AIR0011s_small_unit_currencies_are_active_codes_and_its_unknown_currency_threshold_is_their_largest()
    {
        // a withdrawn code here (the old leone, SLL, was) would never be met: AIR0003 already refuses it
        MagnitudeDoubleScalingRule.SmallUnits.Keys.Where(code => !CurrencyCodes.IsActive(code)).Should().BeEmpty();
        MagnitudeDoubleScalingRule.SmallUnits.Should().ContainKeys("JPY", "KRW", "IDR", "VND", "IRR", "SLE").And.NotContainKey("SLL");
        MagnitudeDoubleScalingRule.SmallUnits.Values.Should().OnlyContain(exponent => exponent >= 2);
        MagnitudeDoubleScalingRule.SmallUnits.Values.Max().Should().Be(MagnitudeDoubleScalingRule.LargestExponent);
    }

    [Fact]
    public void AIR0011s_units_per_dollar_table_lists_every_active_code_and_rounds_up_with_a_margin()
    {
        // one row per active ISO 4217 code of the library's table, in the same order; a code without a figure is not a currency a budget is stated in
        string table = File.ReadAllText(RepositoryFiles.PathOf("analyzers", "AiRace.Analyzers", "Data", "units-per-usd.csv"));
        var rows = table.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && l[0] != '#').Skip(1).Select(l => l.Split(',')[0]).ToList();
        rows.Should().Equal(CurrencyCodes.Active.OrderBy(code => code, System.StringComparer.Ordinal));
        MagnitudeDoubleScalingRule.UnitsPerDollar.Should().HaveCount(table.Split('\n').Count(l => l.Split(',').Length > 2 && l.Split(',')[1].Length > 0 && l[0] != '#' && !l.StartsWith("code", System.StringComparison.Ordinal)));
        MagnitudeDoubleScalingRule.UnitsPerDollar.Should().ContainKeys("USD", "EUR", "CNY", "MXN", "TRY", "AOA", "ZAR", "CZK", "SSP", "LRD", "DOP").And.NotContainKeys("XAU", "CLF", "XTS", "SLL");
        MagnitudeDoubleScalingRule.UnitsPerDollar["USD"].Should().Be(0);
        MagnitudeDoubleScalingRule.UnitsPerDollar["MXN"].Should().Be(2);
        MagnitudeDoubleScalingRule.UnitsPerDollar["AOA"].Should().Be(4, "912 kwanza to the dollar is within 10 % of 10^3");
        MagnitudeDoubleScalingRule.Exponent(150m).Should().Be(3);
        MagnitudeDoubleScalingRule.Exponent(92.8m).Should().Be(3, "within 10 % below a power of ten, rounded up past it");
        MagnitudeDoubleScalingRule.Exponent(88m).Should().Be(2);
        MagnitudeDoubleScalingRule.Exponent(7.19m).Should().Be(0);
        MagnitudeDoubleScalingRule.Exponent(1_050_000m).Should().Be(7);
    }

    [Fact]
    public void IsActive_answers_exactly_the_active_table_for_every_three_letter_code_and_other_text()
    {
        // the look-up answers three capital letters from a bit table: it must agree with the table for all 26^3 codes
        var letters = Enumerable.Range(0, 26 * 26 * 26)
            .Select(i => new string(new[] { (char)('A' + (i / 676)), (char)('A' + (i / 26 % 26)), (char)('A' + (i % 26)) }));
        letters.Where(CurrencyCodes.IsActive).Should().BeEquivalentTo(CurrencyCodes.Active);
        foreach (string text in new[] { "cny", "Cny", "CN", "CNYY", "", "C1Y", "[NY", "CN@", "RMB", "HRK", "ÇNY" })
        {
            CurrencyCodes.IsActive(text).Should().BeFalse(text);
        }
    }

    [Fact]
    public void Every_meaning_preserving_code_fix_supports_Fix_All_in_every_scope_and_fixes_catalogue_rules()
    {
        var fixers = typeof(AiRace.Analyzers.CodeFixes.UnitStrippingCodeFixProvider).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(Microsoft.CodeAnalysis.CodeFixes.CodeFixProvider).IsAssignableFrom(t))
            .ToArray();
        fixers.Select(t => t.Name).Should().BeEquivalentTo(
            "MoneyFromFloatingPointCodeFixProvider", "UnknownCurrencyCodeCodeFixProvider", "UnitStrippingCodeFixProvider",
            "PercentScaleCodeFixProvider", "PercentagePointsCodeFixProvider", "MixedCurrencySumCodeFixProvider",
            "RoundingWithoutModeCodeFixProvider", "MagnitudeDoubleScalingCodeFixProvider");
        foreach (var type in fixers)
        {
            type.GetCustomAttribute<Microsoft.CodeAnalysis.CodeFixes.ExportCodeFixProviderAttribute>().Should().NotBeNull(type.Name);
            var fixer = (Microsoft.CodeAnalysis.CodeFixes.CodeFixProvider)Activator.CreateInstance(type)!;
            var fixAll = fixer.GetFixAllProvider();
            if (type.Name == "MagnitudeDoubleScalingCodeFixProvider")
            {
                // each reading changes the figure by 10^3 to 10^12: never in bulk
                fixAll.Should().BeNull(type.Name);
            }
            else
            {
                // dotnet format needs the solution scope; the IDE offers document and project too
                fixAll.Should().NotBeNull(type.Name);
                fixAll!.GetSupportedFixAllScopes().Should().Contain(new[]
                {
                    Microsoft.CodeAnalysis.CodeFixes.FixAllScope.Document,
                    Microsoft.CodeAnalysis.CodeFixes.FixAllScope.Project,
                    Microsoft.CodeAnalysis.CodeFixes.FixAllScope.Solution,
                }, type.Name);
            }

            fixer.FixableDiagnosticIds.Should().ContainSingle().Which.Should().BeOneOf(AllIds());

            // named for the rule it fixes
            string ruleName = type.Name.Replace("CodeFixProvider", "Rule", StringComparison.Ordinal);
            AllRules().Should().Contain(a => a.GetType().Name == ruleName && a.SupportedDiagnostics.Any(d => d.Id == fixer.FixableDiagnosticIds[0]));
        }
    }
}

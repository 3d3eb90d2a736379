using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using AiRace.Core.Tests.Analysis;
using AiRace.Core.Tests.Data;
using AiRace.Core.Tests.Robustness;

namespace AiRace.Core.Tests.Stryker;

/// <summary>
/// The test filters of the mutation-testing configurations (<c>stryker/*.json</c>, tests/README.md) select every test
/// of their folder, and the tests elsewhere that exercise the folder's code: a mutant that only an unselected test
/// kills is counted as surviving. Money's and Quantities' filters missed <c>DerivedRateLawsTests</c> and
/// <c>NewsAmountFailureTests</c> (in <c>Money/</c>) and the classes below (stop 65 had to widen a copy by hand).
/// </summary>
public partial class StrykerFilterTests
{
    /// <summary>Test classes outside Money/ that exercise Money's code: the extremes of formatting, parsing, allocation,
    /// rounding and rates; culture-independent text and parsing; a provider's rate of another pair and the conversion's
    /// checks; the reference rates' partial year (<c>ReferenceRates.EndsEarly</c>).</summary>
    private static readonly Type[] MoneyElsewhere =
        [typeof(ExtremeValueTests), typeof(CultureSafetyTests), typeof(HandBuiltNormalisationTests), typeof(RateProvenanceTests)];

    /// <summary>Test classes outside Quantities/ that exercise its code: shares, points and ratios at decimal's edges and
    /// their JSON; their text and the parsing of signs under every culture.</summary>
    private static readonly Type[] QuantitiesElsewhere = [typeof(ExtremeValueTests), typeof(CultureSafetyTests)];

    private static readonly string[] MoneyFiles = ["money.json", "money-arithmetic.json", "money-text.json", "money-rates.json"];

    public static TheoryData<string> MoneyConfigurations() => new(MoneyFiles);

    [Theory]
    [MemberData(nameof(MoneyConfigurations))]
    public void A_Money_configuration_selects_every_test_class_of_Money_and_those_elsewhere_that_test_it(string configuration)
    {
        string[] filter = Filter(configuration);

        Missed(filter, ClassesIn("Money").Concat(MoneyElsewhere.Select(t => t.FullName!))).Should().BeEmpty(configuration);
    }

    [Fact]
    public void The_Quantities_configuration_selects_every_test_class_of_Quantities_and_those_elsewhere_that_test_it()
    {
        string[] filter = Filter("quantities.json");

        Missed(filter, ClassesIn("Quantities").Concat(QuantitiesElsewhere.Select(t => t.FullName!))).Should().BeEmpty();
    }

    [Fact]
    public void The_Money_configurations_share_one_filter()
    {
        MoneyFiles.Select(file => string.Join("|", Filter(file))).Distinct().Should().ContainSingle();
    }

    /// <summary>The classes whose tests the filter does not select (a test's full name is its class's and the method's).</summary>
    private static List<string> Missed(string[] filter, IEnumerable<string> classes) =>
        classes.Distinct().Where(c => !filter.Any(f => (c + ".AnyTest").Contains(f, StringComparison.Ordinal))).ToList();

    /// <summary>The configuration's filter as the names it selects: an "or" of <c>FullyQualifiedName~name</c> (the only
    /// form these filters take; any other is refused here rather than misread).</summary>
    private static string[] Filter(string configuration)
    {
        string path = Path.Combine(SchemaTests.RepositoryRoot(), "tests", "AiRace.Core.Tests", "stryker", configuration);
        using JsonDocument document = JsonDocument.Parse(File.ReadAllText(path));
        string filter = document.RootElement.GetProperty("stryker-config").GetProperty("test-case-filter").GetString()!;
        string[] terms = filter.Split('|');
        terms.Should().OnlyContain(t => t.StartsWith("FullyQualifiedName~", StringComparison.Ordinal) && t.IndexOfAny(Operators) < 0, configuration);
        return terms.Select(t => t["FullyQualifiedName~".Length..]).ToArray();
    }

    private static readonly char[] Operators = ['&', '(', ')', '!', '='];

    /// <summary>The full names of the test classes declared in a folder of this project (a class of a file that holds a
    /// test: <c>[Fact]</c>, <c>[Theory]</c> or a CsCheck property).</summary>
    private static IEnumerable<string> ClassesIn(string folder)
    {
        string directory = Path.Combine(SchemaTests.RepositoryRoot(), "tests", "AiRace.Core.Tests", folder);
        var classes = new List<string>();
        foreach (string file in Directory.EnumerateFiles(directory, "*.cs", SearchOption.AllDirectories))
        {
            string text = File.ReadAllText(file);
            if (!text.Contains("[Fact", StringComparison.Ordinal) && !text.Contains("[Theory", StringComparison.Ordinal))
            {
                continue;
            }

            string space = NamespacePattern().Match(text).Groups[1].Value;
            classes.AddRange(ClassPattern().Matches(text).Select(m => space + "." + m.Groups[1].Value));
        }

        classes.Should().NotBeEmpty(folder);
        return classes;
    }

    [GeneratedRegex(@"^namespace ([\w.]+);", RegexOptions.Multiline)]
    private static partial Regex NamespacePattern();

    [GeneratedRegex(@"^public (?:sealed |static |partial )*class (\w+)", RegexOptions.Multiline)]
    private static partial Regex ClassPattern();
}

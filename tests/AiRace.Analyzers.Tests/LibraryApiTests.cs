using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AiRace.Analyzers.Tests;

/// <summary>
/// Every type and member name a rule finds the library (and the BCL) by resolves in the real AiRace.Core assembly and
/// the .NET 10 reference assemblies: a renamed or moved API fails here, not silently in a user's build.
/// </summary>
public class LibraryApiTests
{
    private static readonly CSharpCompilation Compilation = CSharpCompilation.Create(
        "Names",
        references: TestReferences.All,
        options: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

    public static TheoryData<string> RuleNames()
    {
        var data = new TheoryData<string>();
        foreach (var rule in AiRaceAnalyzer.Rules)
        {
            data.Add(rule.GetType().Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RuleNames))]
    public void Every_name_the_rule_relies_on_resolves_in_the_real_library(string ruleName)
    {
        var rule = AiRaceAnalyzer.Rules.Single(r => r.GetType().Name == ruleName);
        rule.ReliesOn.Should().NotBeEmpty("each rule names the API it recognises");
        foreach (var name in rule.ReliesOn)
        {
            var type = Compilation.GetTypeByMetadataName(name.Type);
            type.Should().NotBeNull($"{ruleName} relies on the type {name.Type}");
            if (name.Member is not null)
            {
                type!.GetMembers(name.Member).Should().NotBeEmpty($"{ruleName} relies on {name}");
            }
        }
    }

    [Fact]
    public void The_library_types_are_found_in_the_AiRace_Core_assembly_itself()
    {
        // the known types look in the assembly named AiRace.Core first; the reference must be the real one
        var money = Compilation.GetTypeByMetadataName(KnownTypes.MoneyName);
        money!.ContainingAssembly.Identity.Name.Should().Be("AiRace.Core");
        var types = KnownTypes.Create(Compilation);
        types.Money.Should().BeSameAs(money);
        types.Currency.Should().NotBeNull();
        types.Share.Should().NotBeNull();
        types.PercentagePoints.Should().NotBeNull();
        types.MoneyEnumerable.Should().NotBeNull();
    }

    [Fact]
    public void A_name_that_does_not_exist_fails_the_check()
    {
        // the check above can fail: a misspelt member is not found
        Compilation.GetTypeByMetadataName(KnownTypes.MoneyName)!.GetMembers("Yuan").Should().BeEmpty();
        Compilation.GetTypeByMetadataName("AiRace.Core.Target").Should().BeNull("Target lives in AiRace.Core.Policy");
    }
}

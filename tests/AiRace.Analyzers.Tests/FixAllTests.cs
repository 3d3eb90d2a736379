using System.Threading.Tasks;
using AiRace.Analyzers.CodeFixes;

namespace AiRace.Analyzers.Tests;

/// <summary>
/// Fix All as tools run it: every finding a fix exists for is fixed whatever finding comes first (one with no fix, or
/// one of another rule, as with <c>dotnet format analyzers --diagnostics A B C</c>), and never with a fix that changes
/// the meaning.
/// </summary>
public class FixAllTests
{
    [Fact]
    public async Task A_first_finding_without_a_fix_does_not_stop_the_others()
    {
        // the first AIR0002 (a double variable) has no fix: the literals after it are still fixed
        string fixedText = await FixRunner.FixAllAsync(new MoneyFromFloatingPointCodeFixProvider(), """
            using AiRace.Core;
            class C
            {
                void M(double measured)
                {
                    var a = new Money((decimal)measured, Currency.USD);
                    var b = new Money((decimal)0.1, Currency.USD);
                    var c = Money.Of((decimal)2.5, Currency.CNY);
                }
            }
            """);
        fixedText.Should().Contain("new Money((decimal)measured, Currency.USD)");
        fixedText.Should().Contain("new Money(0.1m, Currency.USD)");
        fixedText.Should().Contain("Money.Of(2.5m, Currency.CNY)");
    }

    [Fact]
    public async Task A_first_finding_of_another_rule_does_not_stop_the_fix()
    {
        // dotnet format asks each provider for the key of the first finding in the file, here an AIR0002
        string fixedText = await FixRunner.FixAllAsync(new RoundingWithoutModeCodeFixProvider(), """
            using System;
            using AiRace.Core;
            class C
            {
                void M(Money m)
                {
                    var a = new Money((decimal)0.1, Currency.USD);
                    var b = Math.Round(m.Amount, 2);
                    var c = decimal.Round(m.Amount);
                }
            }
            """);
        fixedText.Should().Contain("Math.Round(m.Amount, 2, MidpointRounding.ToEven)");
        fixedText.Should().Contain("decimal.Round(m.Amount, MidpointRounding.ToEven)");
        fixedText.Should().Contain("new Money((decimal)0.1, Currency.USD)", "another provider's finding is not this provider's to fix");
    }

    [Fact]
    public async Task Without_a_key_each_finding_gets_the_fix_that_keeps_its_meaning()
    {
        // FromPercent(0.55m) and FromFraction(12.5m): each the other way round, the named argument renamed too
        string fixedText = await FixRunner.FixAllAsync(new PercentScaleCodeFixProvider(), """
            using AiRace.Core;
            class C
            {
                void M()
                {
                    var a = Share.FromPercent(0.55m);
                    var b = Share.FromFraction(fraction: 12.5m);
                }
            }
            """);
        fixedText.Should().Contain("Share.FromFraction(0.55m)");
        fixedText.Should().Contain("Share.FromPercent(percent: 12.5m)");
    }

    [Fact]
    public async Task Nested_and_repeated_findings_are_each_fixed_once()
    {
        string fixedText = await FixRunner.FixAllAsync(new UnknownCurrencyCodeCodeFixProvider(), """
            using AiRace.Core;
            class C
            {
                void M()
                {
                    var a = Money.Of(1m, "RMB");
                    var b = Money.Of(2m, "RMB");
                    var c = Currency.FromCode("rmb");
                }
            }
            """);
        fixedText.Should().NotContain("\"RMB\"").And.NotContain("\"rmb\"");
        fixedText.Should().Contain("Money.Of(1m, \"CNY\")").And.Contain("Money.Of(2m, \"CNY\")").And.Contain("Currency.FromCode(\"CNY\")");
    }
}

using System.Linq;
using System.Threading.Tasks;
using AiRace.Analyzers.CodeFixes;
using FluentAssertions;
using Xunit;
using Air0004 = AiRace.Analyzers.Tests.Verify<AiRace.Analyzers.UnitStrippingRule>;
using Air0010 = AiRace.Analyzers.Tests.Verify<AiRace.Analyzers.RawMonetaryPrimitiveRule>;

namespace AiRace.Analyzers.Tests;

/// <summary>
/// Adversarial review of stop 56's analyzer changes (since feb4db4): AIR0004's method forms and their fix, AIR0010's
/// currency words and per-currency names, AIR0001's helper effect with the arguments given and RefilledBefore per path.
/// Each test states the behaviour the rule page promises.
/// </summary>
public class ReviewStop56Tests
{
    // ------------------------------------------------------------------ AIR0004 fix

    // AIR0004.md: the Equals forms become `a == b`, "parenthesized where the context needs it". A discarded Equals call
    // is a statement; `a == b;` is not one (CS0201), nor is `() => a == b` an Action body.
    [Fact]
    public async Task Air0004_equals_as_a_statement_or_action_body_FixAll_compiles()
    {
        string fixedText = await FixRunner.FixAllAsync(new UnitStrippingCodeFixProvider(), """
            using System;
            using AiRace.Core;
            public static class Ops
            {
                public static void A(Money a, Money b) { a.Amount.Equals(b.Amount); }
                public static Action B(Money a, Money b) => () => decimal.Equals(a.Amount, b.Amount);
            }
            """);
        var diagnostics = await AllRules.AnalyzeAsync(fixedText);
        diagnostics.Where(d => !d.Id.StartsWith("AIR")).Should().BeEmpty(fixedText);
    }

    // AIR0004.md: the fix rewrites both forms; Fix All must rewrite an inner form inside an outer one and compile.
    [Fact]
    public async Task Air0004_nested_method_forms_FixAll_rewrites_both()
    {
        string fixedText = await FixRunner.FixAllAsync(new UnitStrippingCodeFixProvider(), """
            using System.Linq;
            using AiRace.Core;
            public static class Ops
            {
                public static int A(Money[] xs, Money b, Money c) => decimal.Compare(xs.First(x => x.Amount.Equals(c.Amount)).Amount, b.Amount);
                public static bool B(Money[] xs, Money b, Money c) => xs.First(x => x.Amount.CompareTo(c.Amount) > 0).Amount.Equals(b.Amount);
            }
            """);
        var diagnostics = await AllRules.AnalyzeAsync(fixedText);
        diagnostics.Where(d => !d.Id.StartsWith("AIR")).Should().BeEmpty(fixedText);
        diagnostics.Where(d => d.Id == "AIR0004").Should().BeEmpty(fixedText);
        fixedText.Should().Contain("xs.First(x => x == c).CompareTo(b)").And.Contain("xs.First(x => x.CompareTo(c) > 0) == b");
    }

    // ------------------------------------------------------------------ AIR0010

    // AIR0010.md: "Words are split at case changes, digits and underscores"; a currency per currency is an exchange
    // rate and "a name whose only money word is the currency after per ... is not money". USD|per|EUR splits at the
    // case changes D|p and r|E, as USDPerEUR and usd_per_eur do.
    [Fact]
    public Task Air0010_acronym_then_lowercase_per_rate_and_per_currency_DoesNotReport() => Air0010.NoDiagnostics("""
        public class Rates
        {
            public decimal USDperEUR { get; init; }
            public decimal KWHperEUR { get; init; }
        }
        """);

    // AIR0010.md: "nor is an exchange rate" (a currency per currency). EurToUsd, EUR2USD and EURtoUSD are exchange
    // rates named with to/2 rather than per (arguable: the page's examples all use per).
    [Fact]
    public Task Air0010_exchange_rate_named_with_to_or_2_DoesNotReport() => Air0010.NoDiagnostics("""
        public class Rates
        {
            public decimal EurToUsd { get; init; }
            public decimal eur2usd { get; init; }
            public decimal EURtoUSD { get; init; }
            public decimal EurUsdRate { get; init; }
        }
        """);

    // ------------------------------------------------------------------ AIR0001: helper effect with the arguments given

    // AIR0004.md: "(through Default or any other instance of those two comparer classes)": a subclass's instance.
    [Fact]
    public Task Air0004_compare_through_a_comparer_subclass_Reports() => Air0004.Diagnostics("""
        using System.Collections.Generic;
        using AiRace.Core;
        sealed class Reverse : Comparer<decimal> { public override int Compare(decimal x, decimal y) => y.CompareTo(x); }
        class C
        {
            int M(Money a, Money b, Reverse reverse) => {|AIR0004:reverse.Compare(a.Amount, b.Amount)|};
        }
        """);

}

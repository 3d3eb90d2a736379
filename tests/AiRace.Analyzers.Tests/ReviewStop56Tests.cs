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

}

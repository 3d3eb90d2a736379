using System.Threading.Tasks;
using Verify = AiRace.Analyzers.Tests.Verify<AiRace.Analyzers.RawMonetaryPrimitiveRule>;

namespace AiRace.Analyzers.Tests;

/// <summary>
/// AIR0010 and a currency per crore or lakh (the third team's field test, stop 64): <c>RupeesPerCrore</c> is how many
/// rupees make a crore, a scale, not money; a price per thousand or per million, or a name with another money word,
/// stays money.
/// </summary>
public class ScaleNameTests
{
    [Fact]
    public Task Currency_per_crore_or_lakh_DoesNotReport() => Verify.NoDiagnostics("""
        public static class Scales
        {
            public const decimal RupeesPerCrore = 10_000_000m;
            public const decimal InrPerLakh = 100_000m;
            public static readonly decimal rupee_per_crore = 10_000_000m;
        }
        """);

    [Fact]
    public Task Currency_per_thousand_or_million_or_another_money_word_with_crore_Reports() => Verify.Diagnostics("""
        public static class Prices
        {
            public const decimal {|AIR0010:DollarsPerMillion|} = 15m;
            public const decimal {|AIR0010:UsdPerThousand|} = 2.5m;
            public static readonly decimal {|AIR0010:CostPerCrore|} = 1m;
            public static readonly decimal {|AIR0010:RupeesPerCroreBudget|} = 1m;
            public static readonly decimal {|AIR0010:BudgetRupeesPerCrore|} = 1m;
        }
        """);
}

using System.Threading;
using System.Threading.Tasks;
using AiRace.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace AiRace.Analyzers.Tests;

/// <summary>
/// AIR0001 at the call of a helper of the compilation that combines or compares two of its money parameters, one of them
/// scaled first (<c>big &gt; small * 10m</c>, <c>a - b / 2m</c>, <c>gross + -tax</c>): scaling by a number keeps an
/// amount's currency, so called with two currencies the helper mixes them as <c>big &gt; small</c> would. Not when the
/// helper reads both currencies, writes the parameter, or scales only the amount (a <c>decimal</c>).
/// </summary>
public class ScaledParameterPairFlowTests
{
    [Fact]
    public Task Helper_comparing_a_parameter_with_the_other_scaled_called_with_two_currencies_Reports() => Files.Verify(
        """
        using AiRace.Core;
        public static class Sizing
        {
            public static bool Dwarfs(this Money big, Money small) => big > small * 10m;
            public static bool Covers(Money budget, Money cost) => 10m * cost <= budget;
            public static Money Gap(Money a, Money b) => a - b / 2m;
            public static Money Net(Money gross, Money tax) => gross + -tax;
            public static bool Exceeds(Money budget, Money limit) => budget * 0.9m > limit * 1.1m;
        }
        """,
        """
        using AiRace.Core;
        class Check
        {
            static readonly Money Stargate = Money.Usd(100_000_000_000m);
            static readonly Money Airr = Money.Gbp(300_000_000m);
            bool A() => {|AIR0001:Stargate.Dwarfs(Airr)|};
            bool B() => {|AIR0001:Sizing.Covers(Money.Cny(5m), Money.Eur(1m))|};
            Money C() => {|AIR0001:Sizing.Gap(Money.Jpy(5m), Money.Usd(1m))|};
            Money D() => {|AIR0001:Sizing.Net(Money.Cny(5m), Money.Usd(1m))|};
            bool E() => {|AIR0001:Sizing.Exceeds(Money.Of(5m, Currency.KRW), Money.Usd(1m))|};
        }
        """);

    [Fact]
    public Task Message_shows_the_scaling_as_the_helper_writes_it()
    {
        var test = new CSharpAnalyzerTest<AiRaceAnalyzer, DefaultVerifier>();
        test.TestState.Sources.Add("""
            using AiRace.Core;
            public static class Sizing { public static bool Dwarfs(this Money big, Money small) => big > small * 10m; }
            class Check { bool A() => {|#0:Money.Usd(1m).Dwarfs(Money.Gbp(1m))|}; }
            """);
        test.TestState.ReferenceAssemblies = TestReferences.None;
        test.TestState.AdditionalReferences.AddRange(TestReferences.All);
        test.TestState.OutputKind = OutputKind.DynamicallyLinkedLibrary;
        test.ExpectedDiagnostics.Add(new DiagnosticResult("AIR0001", DiagnosticSeverity.Error).WithLocation(0)
            .WithMessage("'Dwarfs: big > small * 10m' combines money in USD with money in GBP; convert one side first"));
        return test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public Task Helper_with_a_scaled_parameter_called_with_one_currency_or_that_handles_a_mismatch_DoesNotReport() => Files.Verify(
        """
        using AiRace.Core;
        public static class Sizing
        {
            public static bool Dwarfs(this Money big, Money small) => big > small * 10m;
            public static bool CheckedDwarfs(Money big, Money small) => big.Currency == small.Currency && big > small * 10m;
            public static bool Rebased(Money big, Money small)
            {
                small = Money.Of(small.Amount, big.Currency);
                return big > small * 10m;
            }
            public static bool AmountsOnly(Money big, Money small) => big.Amount > small.Amount * 10m;
        }
        """,
        """
        using AiRace.Core;
        class Check
        {
            bool A() => Money.Usd(5m).Dwarfs(Money.Usd(1m));
            bool B() => Sizing.CheckedDwarfs(Money.Usd(5m), Money.Gbp(1m));
            bool C() => Sizing.Rebased(Money.Usd(5m), Money.Gbp(1m));
            bool D() => Sizing.AmountsOnly(Money.Usd(5m), Money.Gbp(1m));
            bool E(Money unknown) => Money.Usd(5m).Dwarfs(unknown);
        }
        """);
}

using System.Threading.Tasks;
using Xunit;

namespace AiRace.Analyzers.Tests;

/// <summary>
/// AIR0001 through a function that returns another followed function's result on its own parameter:
/// <c>Money Twice(Money other) =&gt; Kept(other) * 2m</c> where <c>Kept(Money m) =&gt; m</c> gives the call the
/// currency of its argument, as a static method or an extension method (<c>other.Kept()</c>).
/// </summary>
public class ChainedPassThroughFlowTests
{
    private const string Helpers = """
        using AiRace.Core;
        public static class Passes
        {
            public static Money Kept(Money m) => m;
            public static Money Twice(Money other) => Kept(other) * 2m;
            public static Money Thrice(Money other) => Twice(other) + other;
            public static Money Rounded(this Money m) => m.Round(2, System.MidpointRounding.ToEven);
            public static Money Tripled(this Money other) => other.Rounded() * 3m;
        }
        """;

    [Fact]
    public Task Static_method_returning_a_pass_through_of_its_parameter_Reports() => Files.Verify(
        Helpers,
        """
        using AiRace.Core;
        class Check
        {
            bool A(decimal x) => {|AIR0001:Passes.Twice(Money.Cny(x)) > Money.Usd(1m)|};
            bool B(decimal x) => {|AIR0001:Passes.Thrice(Money.Eur(x)) + Money.Jpy(1m)|} > Money.Jpy(2m);
        }
        """);

    [Fact]
    public Task Extension_method_returning_a_pass_through_of_its_parameter_Reports() => Files.Verify(
        Helpers,
        """
        using AiRace.Core;
        class Check
        {
            bool A(decimal x) => {|AIR0001:Money.Cny(x).Tripled() > Money.Usd(1m)|};
            static Money Halved(in Money given) => Passes.Kept(given.Rounded()) / 2m;
            bool C(decimal x) => {|AIR0001:Halved(Money.Jpy(x)) == Money.Eur(1m)|};
            static Money Local(Money given) => given.Tripled() - given;
            bool B(decimal x) => {|AIR0001:Local(Money.Eur(x)) < Money.Gbp(1m)|};
        }
        """);

    [Fact]
    public Task Chained_pass_through_of_the_same_currency_or_unknown_DoesNotReport() => Files.Verify(
        Helpers,
        """
        using AiRace.Core;
        class Check
        {
            bool A(decimal x) => Passes.Twice(Money.Cny(x)) > Money.Cny(1m);
            bool B(Money given) => Passes.Thrice(given) > Money.Usd(1m);
            bool C(decimal x) => Money.Usd(x).Tripled() > Money.Usd(1m);
        }
        """);

    [Fact]
    public Task Function_returning_a_call_on_something_other_than_its_parameter_DoesNotReport() => Files.Verify(
        Helpers,
        """
        using AiRace.Core;
        static class Others
        {
            private static Money _last = Money.Usd(1m);
            public static Money Swapped(Money other) => Passes.Kept(Money.Parse(other.ToString())) * 2m;
            public static Money Either(Money other, Money fallback) => other.Amount > 0m ? Passes.Kept(other) : Passes.Kept(fallback);
            public static Money Stored(Money other) { _last = other; return Passes.Kept(_last); }
            public static Money Rewritten(Money other) { other = Money.Parse("USD 1"); return Passes.Twice(other); }
            public static Money Bumped(ref this Money m) { m = Money.Usd(1m); return m; }
            public static Money Restart(Money other) { other.Bumped(); return Passes.Kept(other); }
            public static void Reset(Money m) => _last = m;
        }
        class Check
        {
            bool A(decimal x) => Others.Swapped(Money.Cny(x)) > Money.Usd(1m);
            bool B(decimal x, Money y) => Others.Either(Money.Cny(x), y) > Money.Usd(1m);
            bool C(decimal x) => Others.Stored(Money.Cny(x)) > Money.Usd(1m);
            bool D(decimal x) => Others.Rewritten(Money.Cny(x)) > Money.Usd(1m);
            bool E(decimal x) => Others.Restart(Money.Cny(x)) > Money.Usd(1m);
        }
        """);

    [Fact]
    public Task Extension_block_member_returning_a_pass_through_of_its_receiver_Reports() => Files.VerifyPreview(
        """
        using AiRace.Core;
        public static class Blocks
        {
            extension(Money m)
            {
                public Money Kept() => m;
            }
            public static Money Doubled(Money other) => other.Kept() * 2m;
            public static Money Bumped(ref this Money m) { m = Money.Usd(1m); return m; }
            public static Money Reset(Money other) { other.Bumped(); return other.Kept(); }
        }
        class Check
        {
            bool A(decimal x) => {|AIR0001:Blocks.Doubled(Money.Cny(x)) > Money.Usd(1m)|};
            bool B(decimal x) => Blocks.Doubled(Money.Usd(x)) > Money.Usd(1m);
            bool C(decimal x) => Blocks.Reset(Money.Cny(x)) > Money.Usd(1m);
        }
        """);
}

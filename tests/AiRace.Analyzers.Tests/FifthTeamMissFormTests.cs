using System.Threading.Tasks;
using Xunit;

namespace AiRace.Analyzers.Tests;

/// <summary>
/// AIR0001 through forms the fifth team's field test missed (stop 66, issue 12 §1): extension methods on a
/// <c>readonly record struct</c> read model held in static fields made with constants, whose body combines the
/// receiver's member with another value (<c>China.Headroom() - America.Headroom()</c> where <c>Headroom(this FundState
/// s) =&gt; s.Ceiling - s.Paid</c>, <c>China.Exceeds(dollars)</c> where <c>s.Paid &gt; limit</c>, <c>China.Pay(dollars)</c>
/// where <c>s with { Paid = s.Paid + tranche }</c>). Each form in two currencies is reported; the same form in one
/// currency, or where the receiver's member is not known (a parameter, a field written later), is not.
/// </summary>
public class FifthTeamMissFormTests
{
    private const string ReadModel = """
        using AiRace.Core;
        public readonly record struct FundState(string Stream, Money Ceiling, Money Paid, int Version);
        public static class FundStateExtensions
        {
            public static Money Headroom(this FundState s) => s.Ceiling - s.Paid;
            public static Money Spent(this FundState s) => s.Paid;
            public static bool Exceeds(this FundState s, Money limit) => s.Paid > limit;
            public static FundState Pay(this FundState s, Money tranche) => s with { Paid = s.Paid + tranche, Version = s.Version + 1 };
            public static Money Reset(this FundState s, FundState other) { s = other; return s.Ceiling - s.Paid; }
            public static bool Guarded(this FundState s, Money limit) => s.Paid.Currency == limit.Currency && s.Paid > limit;
        }
        public static class Morning
        {
            public static readonly FundState China = new("bf", Money.Cny(10m), Money.Cny(2m), 3);
            public static readonly FundState America = new("chips", Money.Usd(10m), Money.Usd(2m), 3);
            public static readonly FundState China2 = new("bf2", Money.Cny(20m), Money.Cny(5m), 1);
            public static FundState Loose = new("loose", Money.Cny(10m), Money.Cny(2m), 3);
        }
        """;

    [Fact]
    public Task Extension_method_on_a_read_model_held_in_a_static_field_made_with_constants_in_two_currencies_Reports() => Files.Verify(
        ReadModel,
        """
        using AiRace.Core;
        class Checks
        {
            Money A() => {|AIR0001:Morning.China.Headroom() - Morning.America.Headroom()|};
            bool B() => {|AIR0001:Morning.China.Spent() > Money.Usd(1m)|};
            bool C() => {|AIR0001:Morning.China.Exceeds(Money.Usd(1m))|};
            FundState D() => {|AIR0001:Morning.China.Pay(Money.Usd(1m))|};
            bool E() => {|AIR0001:FundStateExtensions.Exceeds(Morning.America, Money.Cny(1m))|};
        }
        """);

    [Fact]
    public Task Extension_method_on_a_read_model_of_one_currency_unknown_or_written_DoesNotReport() => Files.Verify(
        ReadModel,
        """
        using AiRace.Core;
        class Checks
        {
            Money A() => Morning.China.Headroom() - Morning.China2.Headroom();
            bool B() => Morning.China.Exceeds(Money.Cny(1m));
            FundState C() => Morning.America.Pay(Money.Usd(1m));
            bool D(FundState s) => s.Exceeds(Money.Usd(1m));
            Money E(FundState s) => s.Headroom() - Morning.America.Headroom();
            bool F() => Morning.Loose.Exceeds(Money.Usd(1m));
            Money G() => Morning.China.Reset(Morning.America) - Morning.America.Headroom();
            bool H() => Morning.China.Guarded(Money.Usd(1m));
            void Write() => Morning.Loose = new("w", Money.Usd(1m), Money.Usd(1m), 0);
        }
        """);

    private const string Specifications = """
        using AiRace.Core;
        public sealed class AtLeast(Money floor)
        {
            public Money Floor => floor;
            public bool IsSatisfiedBy(Money candidate) => candidate >= floor;
        }
        public sealed class Between(Money low, Money high)
        {
            public bool IsSatisfiedBy(Money candidate) => candidate > low && candidate < high;
        }
        public sealed class Loose(Money floor)
        {
            public Money Floor => floor;
            public void Reset(Money m) => floor = m;
            public bool IsSatisfiedBy(Money candidate) => candidate >= floor;
        }
        public static class Specs
        {
            public static readonly AtLeast BigInYuan = new(Money.Cny(50m));
            public static readonly AtLeast BigInDollars = new(Money.Usd(5m));
            public static readonly AtLeast OtherYuan = new(Money.Cny(5m));
            public static readonly Between MidEuro = new(Money.Eur(1m), Money.Eur(10m));
            public static readonly Between MidDollar = new(Money.Usd(1m), Money.Usd(10m));
            public static readonly Loose LooseYuan = new(Money.Cny(1m));
            public static readonly Loose LooseDollar = new(Money.Usd(1m));
            public static AtLeast Mutable = new(Money.Cny(1m));
            public static AtLeast Held { get; } = new(Money.Cny(2m));
        }
        """;

    [Fact]
    public Task Primary_constructor_specification_held_in_a_static_field_against_another_currency_Reports() => Files.Verify(
        Specifications,
        """
        using AiRace.Core;
        class Checks
        {
            bool A() => {|AIR0001:Specs.BigInYuan.IsSatisfiedBy(Money.Usd(1m))|};
            bool B() => {|AIR0001:Specs.MidEuro.IsSatisfiedBy(Money.Cny(1m))|};
            Money C() => {|AIR0001:Specs.BigInYuan.Floor - Specs.BigInDollars.Floor|};
            bool D() => {|AIR0001:Specs.Held.IsSatisfiedBy(Money.Usd(1m))|};
            bool E() => {|AIR0001:Specs.Held.Floor > Money.Eur(1m)|};
        }
        """);

    [Fact]
    public Task Primary_constructor_specification_of_one_currency_unknown_or_written_DoesNotReport() => Files.Verify(
        Specifications,
        """
        using AiRace.Core;
        class Checks
        {
            bool A() => Specs.BigInDollars.IsSatisfiedBy(Money.Usd(1m));
            bool B() => Specs.MidEuro.IsSatisfiedBy(Money.Eur(2m));
            Money C() => Specs.BigInYuan.Floor + Specs.OtherYuan.Floor;
            bool D() => Specs.LooseYuan.IsSatisfiedBy(Money.Usd(1m));
            Money E() => Specs.LooseYuan.Floor - Specs.BigInDollars.Floor;
            bool F() => Specs.Mutable.IsSatisfiedBy(Money.Usd(1m));
            bool G(AtLeast a) => a.IsSatisfiedBy(Money.Usd(1m));
            Money H(AtLeast a) => a.Floor - Specs.BigInDollars.Floor;
            bool I() => Specs.MidDollar.IsSatisfiedBy(Money.Usd(2m));
            void Write() => Specs.Mutable = new(Money.Usd(1m));
        }
        """);
}

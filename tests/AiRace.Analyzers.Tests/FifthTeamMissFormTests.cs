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
}

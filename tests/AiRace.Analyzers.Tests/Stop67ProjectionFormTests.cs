using System.Threading.Tasks;
using Xunit;

namespace AiRace.Analyzers.Tests;

/// <summary>
/// AIR0001 through forms of the fifth team's projections and budgets the flow missed (stop 67, issue 12 §1): a
/// <c>with</c> copy of a <c>readonly</c> field holding one creation keeps what that creation gave the members its
/// initializer does not set (<c>(America with { Paid = … }).Ceiling</c>); a record's method returning <c>this with {
/// Amount = Amount * factor }</c> gives its call's member the currency of the receiver's member
/// (<c>FirstChinaTranche().Indexed(1.02m).Amount</c>). Each form in two currencies is reported; the same form in one
/// currency, or with a value the flow cannot read, is not.
/// </summary>
public class Stop67ProjectionFormTests
{
    private const string States = """
        using AiRace.Core;
        public readonly record struct FundState(string Stream, Money Ceiling, Money Paid, int Version);
        public static class Morning
        {
            public static readonly FundState China = new("bf", Money.Cny(344m), Money.Cny(95m), 3);
            public static readonly FundState America = new("chips", Money.Usd(39m), Money.Usd(14m), 3);
            public static FundState Loose = new("chips", Money.Usd(39m), Money.Usd(14m), 3);
        }
        """;

    [Fact]
    public Task Untouched_member_of_a_with_copy_of_a_held_creation_in_another_currency_Reports() => Files.Verify(
        States,
        """
        using AiRace.Core;
        class Checks
        {
            Money A() => {|AIR0001:(Morning.America with { Paid = Morning.China.Paid }).Ceiling - Morning.China.Paid|};
            Money B()
            {
                var copy = Morning.China with { Version = 4 };
                return {|AIR0001:copy.Ceiling - Morning.America.Paid|};
            }
        }
        """);

    [Fact]
    public Task Member_of_a_with_copy_of_one_currency_set_or_of_a_field_that_may_change_DoesNotReport() => Files.Verify(
        States,
        """
        using AiRace.Core;
        class Checks
        {
            Money A() => (Morning.America with { Paid = Morning.China.Paid }).Ceiling - Morning.America.Paid;
            Money B() => (Morning.America with { Ceiling = Morning.China.Ceiling }).Ceiling - Morning.China.Paid;
            Money C() => (Morning.Loose with { Version = 4 }).Ceiling - Morning.China.Paid;
            Money D(FundState s) => (s with { Version = 4 }).Ceiling - Morning.China.Paid;
        }
        """);

    private const string Tranches = """
        using System;
        using AiRace.Core;
        public readonly record struct Tranche(string Fund, DateOnly Due, Money Amount)
        {
            public Tranche Delayed(int days) => this with { Due = Due.AddDays(days) };
            public Tranche Indexed(decimal factor) => this with { Amount = Amount * factor };
            public Tranche Rebased(Money to) => this with { Amount = to };
            public Tranche InYuan() => this with { Amount = Money.Cny(Amount.Amount) };
        }
        public static class Desk
        {
            public static readonly Money Chips = Money.Usd(39m);
            public static Tranche FirstChina() => new("cn", new DateOnly(2025, 3, 1), Money.Cny(55m));
            public static Tranche FirstAmerica() => new("us", new DateOnly(2025, 3, 1), Money.Usd(5m));
        }
        """;

    [Fact]
    public Task Member_of_a_this_with_copy_returned_by_a_record_method_in_another_currency_Reports() => Files.Verify(
        Tranches,
        """
        using AiRace.Core;
        class Checks
        {
            bool A() => {|AIR0001:Desk.FirstChina().Indexed(1.02m).Amount > Desk.Chips|};
            bool B() => {|AIR0001:Desk.FirstChina().Delayed(3).Indexed(1.02m).Amount > Desk.Chips|};
            bool C() => {|AIR0001:Desk.FirstAmerica().InYuan().Amount > Desk.Chips|};
        }
        """);

    [Fact]
    public Task Member_of_a_this_with_copy_of_one_currency_or_set_from_a_parameter_DoesNotReport() => Files.Verify(
        Tranches,
        """
        using AiRace.Core;
        class Checks
        {
            bool A() => Desk.FirstAmerica().Indexed(1.02m).Amount > Desk.Chips;
            bool B() => Desk.FirstChina().Rebased(Desk.Chips).Amount > Desk.Chips;
            bool C(Tranche t) => t.Indexed(1.02m).Amount > Desk.Chips;
            bool D() => Desk.FirstChina().InYuan().Amount > Money.Cny(1m);
        }
        """);

    private const string Spreads = """
        using System;
        using System.Collections.Generic;
        using AiRace.Core;
        public static class Figures
        {
            public static Money Spread(Money[] figures) => figures switch
            {
                [] => throw new ArgumentException("none"),
                [var one] => one - one,
                [var low, .., var high] => high - low,
            };
            public static Money Pair(IReadOnlyList<Money> figures) => figures switch
            {
                [var a, var b] => a + b,
                _ => Money.Zero(Currency.CNY),
            };
            public static Money Guarded(Money[] figures) => figures switch
            {
                [var a, var b] when a.Currency == b.Currency => a + b,
                [var a, .., var b] => a,
                _ => Money.Zero(Currency.CNY),
            };
            public static Money Written(Money[] figures)
            {
                figures[0] = Money.Usd(1m);
                return figures switch { [var a, .., var b] => a - b, _ => Money.Zero(Currency.CNY) };
            }
        }
        """;

    [Fact]
    public Task Elements_a_list_pattern_arm_combines_given_in_two_currencies_Reports() => Files.Verify(
        Spreads,
        """
        using AiRace.Core;
        class Checks
        {
            Money A() => {|AIR0001:Figures.Spread([Money.Cny(1m), Money.Usd(2m)])|};
            Money B() => {|AIR0001:Figures.Spread([Money.Cny(1m), Money.Cny(3m), Money.Usd(2m)])|};
            Money C() => {|AIR0001:Figures.Spread(new[] { Money.Usd(1m), Money.Cny(2m) })|};
            Money D() => {|AIR0001:Figures.Pair([Money.Usd(1m), Money.Cny(2m)])|};
            static Money Outer(Money a, Money b) => Figures.Spread([b, a]);
            Money E() => {|AIR0001:Outer(Money.Cny(1m), Money.Usd(2m))|};
        }
        """);

    [Fact]
    public Task Elements_a_list_pattern_arm_never_meets_or_guards_or_of_one_currency_DoesNotReport() => Files.Verify(
        Spreads,
        """
        using AiRace.Core;
        class Checks
        {
            Money A() => Figures.Spread([Money.Cny(1m), Money.Usd(3m), Money.Cny(2m)]);
            Money B() => Figures.Spread([Money.Usd(1m), Money.Usd(2m)]);
            Money C(Money x) => Figures.Spread([Money.Cny(1m), x]);
            Money D() => Figures.Pair([Money.Usd(1m), Money.Cny(2m), Money.Eur(3m)]);
            Money E() => Figures.Guarded([Money.Usd(1m), Money.Cny(2m)]);
            Money F() => Figures.Written([Money.Usd(1m), Money.Cny(2m)]);
            Money G(Money[] rest) => Figures.Spread([Money.Cny(1m), .. rest]);
            static Money Outer(Money a, Money b) => Figures.Spread([b, a]);
            Money H() => Outer(Money.Usd(1m), Money.Usd(2m));
        }
        """);
}

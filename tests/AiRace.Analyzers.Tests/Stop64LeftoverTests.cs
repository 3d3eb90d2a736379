using System.Threading.Tasks;
using VerifyClock = AiRace.Analyzers.Tests.Verify<AiRace.Analyzers.ClockConversionDateRule>;

namespace AiRace.Analyzers.Tests;

/// <summary>
/// Stop 63's analyzer leftovers (stop 64): AIR0008's delegate takes a lambda as the clock's when any of its returns is
/// (one branch of <c>?:</c> is the clock's too), now through the delegate look-up it shares with the currency flow, which
/// also follows a delegate written where it is called; a method returning one of several parameters (<c>Pick</c>) whose
/// other money parameter it never returns is known from the returned ones alone.
/// </summary>
public class Stop64LeftoverTests
{
    private const string Catalogue = """
        using AiRace.Core;
        public static class Catalogue
        {
            public static readonly Money BigFund = Money.Billions(344m, Currency.CNY);
            public static readonly Money Voucher = Money.Millions(600m, Currency.CNY);
            public static readonly Money Chips = Money.Billions(52.7m, Currency.USD);
            public static Money Pick(Money first, Money second, Money fee, bool takeFirst) => takeFirst ? first : second;
            public static T PickOf<T>(T first, T fee, T second, bool takeFirst) => takeFirst ? first : second;
            public static Money Either(Money first, Money second, Money fee, int which) => which switch { 0 => first, 1 => second, _ => fee };
        }
        """;

    // AIR0008.md: one return of the clock's date is enough, as one branch of ?: is (useToday ? DateTime.Today : fixedDate)
    [Fact]
    public Task Delegate_whose_lambda_returns_the_clock_in_one_branch_Reports() => VerifyClock.Diagnostics("""
        using System;
        using AiRace.Core;
        class C
        {
            Money M(Money m, IExchangeRateProvider p, DateOnly fixedDate)
            {
                Func<bool, DateOnly> at = live =>
                {
                    if (live)
                    {
                        return DateOnly.FromDateTime(DateTime.Now);
                    }

                    return fixedDate;
                };
                Func<DateOnly?, DateOnly> orToday = d => d ?? DateOnly.FromDateTime(DateTime.Today);
                var a = m.ConvertTo(Currency.USD, {|AIR0008:at(false)|}, p, RateLookup.ExactDate).Result;
                var b = m.ConvertTo(Currency.USD, {|AIR0008:orToday(fixedDate)|}, p, RateLookup.ExactDate).Result;
                return m.ConvertTo(Currency.USD, {|AIR0008:((Func<DateOnly>)(() => DateOnly.FromDateTime(DateTime.UtcNow)))()|}, p, RateLookup.ExactDate).Result;
            }
        }
        """);

    // the twin: no return of the lambda is the clock's (a lambda nested in it that reads the clock is not its return)
    [Fact]
    public Task Delegate_whose_lambda_returns_no_clock_DoesNotReport() => VerifyClock.NoDiagnostics("""
        using System;
        using AiRace.Core;
        class C
        {
            Money M(Money m, IExchangeRateProvider p, DateOnly fixedDate, DateOnly other)
            {
                Func<bool, DateOnly> at = first =>
                {
                    Func<DateOnly> unused = () => DateOnly.FromDateTime(DateTime.Now);
                    if (first)
                    {
                        return fixedDate;
                    }

                    return other;
                };
                var a = m.ConvertTo(Currency.USD, at(true), p, RateLookup.ExactDate).Result;
                return m.ConvertTo(Currency.USD, ((Func<DateOnly>)(() => fixedDate))(), p, RateLookup.ExactDate).Result;
            }
        }
        """);

    // Pick(a, b, fee, first) returns a or b, never fee: two yuan picked are yuan whatever the fee's currency
    [Fact]
    public Task Pick_of_two_parameters_beside_a_money_parameter_it_never_returns_Reports() => Files.Verify(
        Catalogue,
        """
        using AiRace.Core;
        class Checks
        {
            Money Picked(bool flag) => {|AIR0001:Catalogue.Pick(Catalogue.BigFund, Catalogue.Voucher, Catalogue.Chips, flag) + Catalogue.Chips|};
            Money Generic(bool flag) => {|AIR0001:Catalogue.PickOf(Catalogue.BigFund, Catalogue.Chips, Catalogue.Voucher, flag) + Catalogue.Chips|};
        }
        """);

    // the twins: the picked ones in two currencies, a returned one unknown, or the third parameter returned in a branch
    [Fact]
    public Task Pick_of_two_currencies_or_of_a_parameter_it_returns_DoesNotReport() => Files.Verify(
        Catalogue,
        """
        using AiRace.Core;
        class Checks
        {
            Money Mixed(bool flag) => Catalogue.Pick(Catalogue.BigFund, Catalogue.Chips, Catalogue.Voucher, flag) + Catalogue.Chips;
            Money Given(Money m, bool flag) => Catalogue.Pick(Catalogue.BigFund, m, Catalogue.Chips, flag) + Catalogue.Chips;
            Money Same(bool flag) => Catalogue.Pick(Catalogue.Chips, Catalogue.Chips, Catalogue.BigFund, flag) + Catalogue.Chips;
            Money Either(int which) => Catalogue.Either(Catalogue.BigFund, Catalogue.Voucher, Catalogue.Chips, which) + Catalogue.Chips;
        }
        """);
}

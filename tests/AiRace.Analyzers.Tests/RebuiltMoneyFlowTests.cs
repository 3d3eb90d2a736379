using System.Threading.Tasks;
using Xunit;

namespace AiRace.Analyzers.Tests;

/// <summary>
/// AIR0001 through a helper that rebuilds money from its parameter (<c>Money.Of(m.Amount, m.Currency)</c>,
/// <c>new Money(m.Amount, m.Currency)</c>): the result has the currency the parameter's own <c>Currency</c> gives, so a
/// call's result has its argument's currency, as a helper returning its parameter does. A currency read from another
/// parameter, a converted value, a written parameter, a virtual body or a helper whose returns disagree leave it unknown.
/// The code of a currency so known (<c>m.Currency.Code</c>) gives it too, also kept first in a local only its declaration writes.
/// </summary>
public class RebuiltMoneyFlowTests
{
    [Fact]
    public Task Money_rebuilt_from_the_parameter_currency_Reports() => Files.Verify(
        """
        using AiRace.Core;
        static class Rebuild
        {
            public static Money Copy(Money m) => Money.Of(m.Amount, m.Currency);
            public static Money Made(Money m) => new Money(m.Amount, m.Currency);
            public static Money Typed(Money m) => new(m.Amount * 2m, m.Currency);
            public static Money Block(Money m)
            {
                var currency = m.Currency;
                var amount = decimal.Round(m.Amount, 2);
                return Money.Of(amount, currency);
            }

            public static Money Zeroed(Money m) => Money.Zero(m.Currency);
            public static Money Second(decimal scale, Money m) => Money.Of(m.Amount * scale, m.Currency);
        }
        class Use
        {
            Money A() => {|AIR0001:Rebuild.Copy(Money.Cny(1m)) + Money.Usd(2m)|};
            bool B() => {|AIR0001:Rebuild.Made(Money.Cny(1m)) < Money.Usd(2m)|};
            bool C() { var euros = Money.Eur(1m); return {|AIR0001:Rebuild.Typed(euros) > Money.Jpy(2m)|}; }
            Money D() => {|AIR0001:Rebuild.Block(Money.Gbp(1m)) - Money.Usd(2m)|};
            Money F() => {|AIR0001:Rebuild.Zeroed(Money.Cny(1m)) + Money.Usd(2m)|};
            Money G() => {|AIR0001:Rebuild.Second(2m, Money.Cny(1m)) + Money.Usd(2m)|};
        }
        """);

    // A currency code read from money whose currency is known names that currency: Money.Of(m.Amount, m.Currency.Code)
    // rebuilds m in its own currency, as Money.Of(m.Amount, m.Currency) does.
    [Fact]
    public Task Money_rebuilt_from_the_code_of_a_known_currency_Reports() => Files.Verify(
        """
        using AiRace.Core;
        static class Rebuild
        {
            public static Money Coded(Money m) => Money.Of(m.Amount, m.Currency.Code);
        }
        class Use
        {
            Money A() => {|AIR0001:Rebuild.Coded(Money.Cny(1m)) + Money.Usd(2m)|};
            Money B() { var yuan = Money.Cny(1m); return {|AIR0001:Money.Of(3m, yuan.Currency.Code) + Money.Usd(2m)|}; }
            Money C() => {|AIR0001:Money.Of(3m, Currency.EUR.Code) - Money.Usd(2m)|};
        }
        """);

    [Fact]
    public Task Money_rebuilt_from_a_code_of_unknown_or_its_own_currency_DoesNotReport() => Files.Verify(
        """
        using AiRace.Core;
        static class Rebuild
        {
            public static Money Coded(Money m, Money n) => Money.Of(m.Amount, n.Currency.Code);
        }
        class Use
        {
            Money A() => Rebuild.Coded(Money.Cny(1m), Money.Usd(1m)) + Money.Usd(2m);
            Money B(Money given) => Money.Of(3m, given.Currency.Code) + Money.Usd(2m);
            Money C() { var yuan = Money.Cny(1m); return Money.Of(3m, yuan.Currency.Code) + Money.Cny(2m); }
        }
        """);

    [Fact]
    public Task Money_rebuilt_from_another_currency_or_unknowable_DoesNotReport() => Files.Verify(
        """
        using System;
        using AiRace.Core;
        static class Rebuild
        {
            public static Money Other(Money m, Money n) => Money.Of(m.Amount, n.Currency);
            public static Money Written(Money m, Money n) { m = n; return Money.Of(m.Amount, m.Currency); }
            public static Money Either(Money m, bool yen) => yen ? Money.Jpy(m.Amount) : Money.Of(m.Amount, m.Currency);
            public static Money Fixed(Money m) => Money.Of(m.Amount, Currency.USD);
            public static Money Converted(Money m, DateOnly at, IExchangeRateProvider rates)
            {
                var c = m.ConvertTo(Currency.JPY, at, rates, RateLookup.ExactDate).Result;
                return Money.Of(m.Amount, c.Currency);
            }

            public static Money Deep(Money m, int n) => n > 0 ? Deep(Money.Of(m.Amount, Currency.JPY), n - 1) : Money.Of(m.Amount, m.Currency);
        }
        class Base { public virtual Money Copy(Money m) => Money.Of(m.Amount, m.Currency); }
        class Use
        {
            Money A() => Rebuild.Other(Money.Cny(1m), Money.Usd(1m)) + Money.Usd(2m);
            Money B() => Rebuild.Written(Money.Cny(1m), Money.Usd(1m)) + Money.Usd(2m);
            Money C() => Rebuild.Either(Money.Cny(1m), true) + Money.Jpy(2m);
            Money D() => Rebuild.Fixed(Money.Cny(1m)) + Money.Usd(2m);
            Money E(DateOnly at, IExchangeRateProvider rates) => Rebuild.Converted(Money.Cny(1m), at, rates) + Money.Jpy(2m);
            Money F(Base b) => b.Copy(Money.Cny(1m)) + Money.Usd(2m);
            Money G() => Rebuild.Deep(Money.Cny(1m), 2) + Money.Jpy(2m);
        }
        """);

    // The code of a currency of known value kept in a local first (var code = m.Currency.Code;), its only write the
    // declaration, gives that currency: in a rebuilding helper and in a caller.
    [Fact]
    public Task Money_rebuilt_from_a_code_kept_in_a_local_Reports() => Files.Verify(
        """
        using AiRace.Core;
        static class Rebuild
        {
            public static Money Coded(Money m) { var code = m.Currency.Code; return Money.Of(m.Amount, code); }
        }
        class Use
        {
            Money A() => {|AIR0001:Rebuild.Coded(Money.Cny(1m)) + Money.Usd(2m)|};
            Money B() { var yuan = Money.Cny(1m); var code = yuan.Currency.Code; return {|AIR0001:Money.Of(3m, code) + Money.Usd(2m)|}; }
        }
        """);

    // A code local written again after its declaration no longer holds the read code alone.
    [Fact]
    public Task Money_rebuilt_from_a_code_local_written_again_DoesNotReport() => Files.Verify(
        """
        using AiRace.Core;
        static class Rebuild
        {
            public static Money Recoded(Money m, bool home) { var code = m.Currency.Code; if (home) { code = "USD"; } return Money.Of(m.Amount, code); }
        }
        class Use
        {
            Money A() => Rebuild.Recoded(Money.Cny(1m), true) + Money.Usd(2m);
            Money B() { var yuan = Money.Cny(1m); var code = yuan.Currency.Code; code = "USD"; return Money.Of(3m, code) + Money.Usd(2m); }
        }
        """);
}

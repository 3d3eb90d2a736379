using System.Threading.Tasks;

namespace AiRace.Analyzers.Tests;

/// <summary>
/// AIR0001 on the result of a function that has its argument's currency (issue 12): a method, local function or the
/// lambda of a delegate field or local whose every return has the currency of one money parameter (the parameter
/// itself, scaled, rounded, added to itself); a call's result then has the currency of the argument given for it.
/// Anything the function may return of another currency, and any function whose body is not the only code a call can
/// run, keep the result unknown.
/// </summary>
public class ArgumentCurrencyFlowTests
{
    [Fact]
    public Task Method_that_scales_its_parameter_in_another_file_Reports() => Files.Verify(
        """
        using AiRace.Core;
        public static class Overheads { public static Money WithOverhead(Money m) => m * 1.15m; }
        """,
        """
        using AiRace.Core;
        class Check { bool Over(decimal x) => {|AIR0001:Overheads.WithOverhead(Money.Eur(x)) > Money.Jpy(100m)|}; }
        """);

    [Fact]
    public Task Lambda_of_a_delegate_field_Reports() => Files.Verify(
        """
        using System;
        using AiRace.Core;
        class Ledger
        {
            private static readonly Money Reserve = Money.Eur(250m);
            public static readonly Func<Money, Money> WithOverhead = m => m * 1.15m;
            bool Breaks() => {|AIR0001:WithOverhead(Reserve) > Money.Jpy(100m)|};
        }
        """);

    [Fact]
    public Task Method_with_several_returns_of_its_parameter_Reports() => Files.Verify(
        """
        using System;
        using AiRace.Core;
        static class Rules
        {
            public static Money Capped(Money m, decimal cap)
            {
                var doubled = m + m;
                if (cap > 0m)
                {
                    return doubled.Round(2, MidpointRounding.ToEven);
                }

                return -m;
            }
        }
        class Check { bool Over(decimal x) => {|AIR0001:Rules.Capped(Money.Cny(x), 2m) > Money.Usd(1m)|}; }
        """);

    [Fact]
    public Task Local_function_and_recursion_that_keeps_the_argument_Reports() => Files.Verify(
        """
        using AiRace.Core;
        static class Rules
        {
            public static Money Halved(Money m, int times) => times == 0 ? m : Halved(m / 2m, times - 1);
        }
        class Check
        {
            bool Over(decimal x)
            {
                Money Twice(Money m) => m * 2m;
                return {|AIR0001:Twice(Money.Cny(x)) > Money.Usd(1m)|} || {|AIR0001:Rules.Halved(Money.Jpy(x), 3) > Money.Eur(1m)|};
            }
        }
        """);

    [Fact]
    public Task Parameter_returned_on_one_path_and_another_currency_on_another_DoesNotReport() => Files.Verify(
        """
        using AiRace.Core;
        static class Rules
        {
            public static Money OrFloor(Money m) => m.Amount > 0m ? m : Money.Eur(1m);
            public static Money Recurse(Money m, int n) => n == 0 ? m : Recurse(Money.Eur(1m), n - 1);
            public static Money Swap(Money a, Money b, int n) => n == 0 ? a : Swap(b, a, n - 1);
        }
        class Check
        {
            bool Over(decimal x) => Rules.OrFloor(Money.Jpy(x)) > Money.Eur(1m)
                || Rules.Recurse(Money.Jpy(x), 2) > Money.Eur(1m)
                || Rules.Swap(Money.Jpy(x), Money.Eur(x), 1) > Money.Eur(1m);
        }
        """);

    [Fact]
    public Task Virtual_abstract_and_interface_methods_DoesNotReport() => Files.Verify(
        """
        using AiRace.Core;
        public interface IRule { Money Apply(Money m); }
        public abstract class Rule { public abstract Money Apply(Money m); public virtual Money Keep(Money m) => m; }
        public sealed class Converter : Rule
        {
            public override Money Apply(Money m) => Money.Usd(m.Amount);
            public override Money Keep(Money m) => Money.Usd(m.Amount);
        }
        class Check
        {
            bool Over(IRule rule, Rule other, decimal x) => rule.Apply(Money.Jpy(x)) > Money.Usd(1m)
                || other.Keep(Money.Jpy(x)) > Money.Usd(1m)
                || other.Apply(Money.Jpy(x)) > Money.Usd(1m);
        }
        """);

    [Fact]
    public Task Parameter_written_in_the_body_or_kept_in_a_field_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using AiRace.Core;
        class Rules
        {
            private readonly List<Money> _seen = new();
            private Money _last;
            public Money Rebased(Money m) { m = Money.Usd(m.Amount); return m; }
            public Money First(Money m) { _seen.Add(m); return m.Amount > 0m ? m : _seen[0]; }
            public Money Last(Money m) { var previous = _last; _last = m; return m.Amount > 0m ? m : previous; }
            bool Over(decimal x) => Rebased(Money.Jpy(x)) > Money.Usd(1m) || First(Money.Jpy(x)) > Money.Usd(1m) || Last(Money.Jpy(x)) > Money.Usd(1m);
        }
        """);

    [Fact]
    public Task Delegate_that_may_be_replaced_or_converts_DoesNotReport() => Files.Verify(
        """
        using System;
        using AiRace.Core;
        class Ledger
        {
            public static Func<Money, Money> Adjust = m => m * 1.15m;
            public static readonly Func<Money, Money> ToDollars = m => Money.Usd(m.Amount);
            static void Reset() => Adjust = m => Money.Usd(m.Amount);
            bool Over(decimal x) => Adjust(Money.Jpy(x)) > Money.Usd(1m) || ToDollars(Money.Jpy(x)) > Money.Usd(1m);
        }
        """);

    [Fact]
    public Task Same_currency_through_the_function_DoesNotReport() => Files.Verify(
        """
        using AiRace.Core;
        static class Overheads { public static Money WithOverhead(Money m) => m * 1.15m; }
        class Check { bool Over(decimal x, Money unknown) => Overheads.WithOverhead(Money.Eur(x)) > Money.Eur(1m) || Overheads.WithOverhead(unknown) > Money.Jpy(1m); }
        """);

    // Missed before stop 54 (the Lab and Compute field tests): a delegate field is followed from any file of the compilation.
    [Fact]
    public Task Lambda_of_a_delegate_field_of_another_file_Reports() => Files.Verify(
        """
        using System;
        using AiRace.Core;
        public static class Overheads
        {
            public static readonly Func<Money, Money> WithOverhead = m => m * 1.15m;
            public static readonly Func<Money, Money, Money> Gap = (budget, spent) => budget - spent;
        }
        """,
        """
        using AiRace.Core;
        class Check
        {
            bool A() => {|AIR0001:Overheads.WithOverhead(Money.Gbp(1m)) > Money.Eur(1m)|};
            Money B() => {|AIR0001:Overheads.Gap(Money.Eur(5m), Money.Jpy(1m))|};
            Money C() => Overheads.Gap(Money.Eur(5m), Money.Eur(1m));
        }
        """);
}

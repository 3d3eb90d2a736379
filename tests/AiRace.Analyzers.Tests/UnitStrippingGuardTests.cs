using System.Threading.Tasks;
using Verify = AiRace.Analyzers.Tests.Verify<AiRace.Analyzers.UnitStrippingRule>;

namespace AiRace.Analyzers.Tests;

/// <summary>
/// AIR0004 where the code has checked the two values' currencies itself before using their amounts: not reported,
/// in every form (operators and methods), when the check is of the same two values, for equality, and decides whether
/// the use runs in its own method or lambda; anything looser is still reported.
/// </summary>
public class UnitStrippingGuardTests
{
    [Fact]
    public Task Amounts_used_after_a_check_of_the_two_currencies_DoesNotReport() => Verify.NoDiagnostics("""
        using System;
        using System.Collections.Generic;
        using AiRace.Core;
        class C
        {
            int Branch(Money a, Money b)
            {
                if (a.Currency == b.Currency)
                {
                    return a.Amount.CompareTo(b.Amount);
                }

                return string.CompareOrdinal(a.Currency.Code, b.Currency.Code);
            }

            bool Conditional(Money a, Money b) => a.Currency != b.Currency ? throw new InvalidOperationException() : a.Amount < b.Amount;

            IComparer<Money> Order() => Comparer<Money>.Create((x, y) => x.Currency == y.Currency ? x.Amount.CompareTo(y.Amount) : x.Currency.CompareTo(y.Currency));

            decimal Exit(Money a, Money b)
            {
                if (a.Currency != b.Currency)
                {
                    throw new InvalidOperationException("two currencies");
                }

                var gap = a.Amount - b.Amount;
                return decimal.Compare(a.Amount, b.Amount) + gap + Math.Max(a.Amount, b.Amount);
            }

            // AIR0004.md's example, and the else branch of a test for inequality
            bool Over(Money cost, Money cap)
            {
                if (cost.Currency != cap.Currency) throw new CurrencyMismatchException("compare", cost.Currency, cap.Currency);
                bool over = cost.Amount > cap.Amount;
                return over;
            }

            int Else(Money a, Money b)
            {
                if (a.Currency != b.Currency) { return 0; }
                else { return ((IComparable<decimal>)a.Amount).CompareTo(b.Amount); }
            }

            bool Both(Money a, Money b) => a.Currency == b.Currency && decimal.Equals(a.Amount, b.Amount);
            bool Reversed(Money a, Money b) => b.Currency.Equals(a.Currency) && Comparer<decimal>.Default.Compare(a.Amount, b.Amount) > 0;
            bool Either(Money a, Money b) => a.Currency != b.Currency || a.Amount == b.Amount;
            bool Codes(Money a, Money b) => !(a.Currency.Code != b.Currency.Code) && object.Equals(a.Amount, b.Amount);
        }
        public sealed record Line(string Desk, Money Cost);
        public sealed class ByCost : IComparer<Line>
        {
            public int Compare(Line? x, Line? y)
            {
                if (x is null || y is null) return 0;
                if (x.Cost.Currency != y.Cost.Currency) return 0;
                var left = x.Cost.Amount;
                return left.CompareTo(y.Cost.Amount);
            }
        }
        """);

    [Fact]
    public Task Amounts_after_a_looser_check_Reports() => Verify.Diagnostics("""
        using System;
        using System.Collections.Generic;
        using AiRace.Core;
        public sealed record Order(Money Fee, Money Budget);
        class C
        {
            // one value's currency against a constant: the other may be in any currency
            bool OneSide(Money a, Money b) => a.Currency == Currency.USD && {|AIR0004:a.Amount < b.Amount|};

            // a third value's currency
            bool Third(Money a, Money b, Money c) => a.Currency == c.Currency ? {|AIR0004:a.Amount.CompareTo(b.Amount)|} > 0 : false;

            // another member of the same object
            bool Member(Order x, Order y) => x.Fee.Currency == y.Fee.Currency && {|AIR0004:x.Budget.Amount == y.Budget.Amount|};

            // a test for inequality leads to the other branch
            int Wrong(Money a, Money b) => a.Currency != b.Currency ? {|AIR0004:decimal.Compare(a.Amount, b.Amount)|} : 0;

            // the check comes after the use, or does not leave
            decimal After(Money a, Money b)
            {
                var gap = {|AIR0004:a.Amount - b.Amount|};
                if (a.Currency != b.Currency) throw new InvalidOperationException();
                return gap;
            }

            decimal Stays(Money a, Money b)
            {
                if (a.Currency != b.Currency) Console.WriteLine("two currencies");
                return {|AIR0004:a.Amount - b.Amount|};
            }

            // either of two tests may hold
            bool Or(Money a, Money b, bool flag) => (a.Currency == b.Currency || flag) && {|AIR0004:a.Amount.Equals(b.Amount)|};

            // a check inside another lambda does not decide whether this one's comparison runs
            Func<bool> Elsewhere(Money a, Money b)
            {
                Func<bool> check = () => a.Currency == b.Currency;
                return () => check() && {|AIR0004:a.Amount > b.Amount|};
            }

            // another local, even one holding the same value: the check is of the values compared, as storage
            bool Copy(Money a, Money b)
            {
                var c = a;
                if (c.Currency != b.Currency) return false;
                return {|AIR0004:a.Amount < b.Amount|};
            }

            // a value written again in the function: the check may be of another value than the one compared
            bool Rewritten(Money a, Money b, Money c)
            {
                if (a.Currency != b.Currency) return false;
                a = c;
                return {|AIR0004:a.Amount < b.Amount|};
            }

            int RewrittenLocal(Money[] xs, Money b)
            {
                var a = xs[0];
                if (a.Currency != b.Currency) return 0;
                (a, _) = (xs[1], 0);
                return {|AIR0004:a.Amount.CompareTo(b.Amount)|};
            }

            bool RewrittenInLambda(Money a, Money b, Money c) => a.Currency == b.Currency && Set(out a, c) && {|AIR0004:a.Amount == b.Amount|};

            static bool Set(out Money target, Money value)
            {
                target = value;
                return true;
            }

            // a goto may jump forward to the use: it does not leave
            bool Jumps(Money a, Money b)
            {
                if (a.Currency != b.Currency) goto compare;
                Console.WriteLine("one currency");
                compare:
                return {|AIR0004:a.Amount < b.Amount|};
            }
        }
        """);
}

using System.Threading.Tasks;
using Verify = AiRace.Analyzers.Tests.Verify<AiRace.Analyzers.UnitStrippingRule>;
using VerifyMismatch = AiRace.Analyzers.Tests.Verify<AiRace.Analyzers.CurrencyMismatchRule>;

namespace AiRace.Analyzers.Tests;

/// <summary>
/// AIR0004 (and AIR0001) where the code checks the two values' currencies through a helper of its own: a method of the
/// compilation whose body throws when the currencies of two of its parameters differ, called before the use in the same
/// or an enclosing block; a <c>[DoesNotReturn]</c> call in a branch taken on a mismatch; a <c>bool</c> helper that
/// returns the currency equality of its two parameters (or opposite constants on it), used as the condition; a check
/// inside using (not one whose Dispose is or may be of the code), lock, a block or a try without catch; a helper calling
/// such a helper (two levels). Anything looser is still reported: a
/// mismatch branch that may return, a <c>[Conditional]</c> helper or <c>Debug.Fail</c>, a <c>[DoesNotReturn]</c> method
/// of the code whose body returns, an extension block's receiver, a helper that may write outside itself.
/// </summary>
public class GuardHelperTests
{
    private const string Usings = """
        using System;
        using System.Diagnostics.CodeAnalysis;
        using System.Threading.Tasks;
        using AiRace.Core;
        """;

    private const string LibraryUsings = """
        using System;
        using System.Collections.Generic;
        using System.Text;
        using AiRace.Core;
        """;

    private const string DebugUsings = """
        using System;
        using System.Diagnostics;
        using System.Diagnostics.CodeAnalysis;
        using AiRace.Core;
        """;

    [Fact]
    public Task Void_helper_that_throws_on_a_mismatch_DoesNotReport() => Verify.NoDiagnostics(Usings + """

        static class C
        {
            static void SameCurrency(Money a, Money b)
            {
                if (a.Currency != b.Currency) throw new CurrencyMismatchException("add", a.Currency, b.Currency);
            }

            static decimal Sum(Money x, Money y)
            {
                SameCurrency(x, y);
                return x.Amount + y.Amount;
            }
        }
        """);

    [Fact]
    public Task Expression_bodied_helper_with_a_throw_expression_DoesNotReport() => Verify.NoDiagnostics(Usings + """

        static class C
        {
            static Money Checked(Money a, Money b) => a.Currency == b.Currency ? a : throw new ArgumentException("two currencies", nameof(b));
            static bool Other(Money a, Money b) => a.Currency.Code != b.Currency.Code ? throw new ArgumentException("two currencies") : true;

            static bool Over(Money cost, Money cap)
            {
                Checked(cost, cap);
                return cost.Amount > cap.Amount;
            }

            static int Order(Money cost, Money cap)
            {
                Other(cost, cap);
                return cost.Amount.CompareTo(cap.Amount);
            }
        }
        """);

    [Fact]
    public Task Helper_with_swapped_equality_an_else_if_chain_and_an_enclosing_block_DoesNotReport() => Verify.NoDiagnostics(Usings + """

        static class C
        {
            static void Same(Money a, Money b)
            {
                if (a.Amount < 0m) throw new ArgumentOutOfRangeException(nameof(a));
                else if (!b.Currency.Equals(a.Currency)) { throw new ArgumentException("two currencies"); }
            }

            static decimal Gap(Money x, Money y, bool flag)
            {
                Same(x, y);
                if (flag)
                {
                    return x.Amount - y.Amount;
                }

                return 0m;
            }
        }
        """);

    [Fact]
    public Task Does_not_return_call_in_a_mismatch_branch_DoesNotReport() => Verify.NoDiagnostics(Usings + """

        static class C
        {
            [DoesNotReturn]
            static void Throw(Currency left, Currency right) => throw new CurrencyMismatchException("compare", left, right);

            static bool Less(Money a, Money b)
            {
                if (a.Currency != b.Currency)
                {
                    Throw(a.Currency, b.Currency);
                }

                return a.Amount < b.Amount;
            }

            static void Same(Money a, Money b)
            {
                if (a.Currency != b.Currency) Throw(a.Currency, b.Currency);
            }

            static decimal Sum(Money a, Money b)
            {
                Same(a, b);
                return a.Amount + b.Amount;
            }
        }
        """);

    [Fact]
    public Task Bool_helper_returning_the_currency_equality_as_the_condition_DoesNotReport() => Verify.NoDiagnostics(Usings + """

        static class C
        {
            static bool SameCurrency(Money a, Money b) => a.Currency == b.Currency;
            static bool SameCode(Money a, Money b) { return b.Currency.Code == a.Currency.Code; }

            static decimal Sum(Money a, Money b)
            {
                if (!SameCurrency(a, b)) throw new ArgumentException("two currencies");
                return a.Amount + b.Amount;
            }

            static int Order(Money a, Money b)
            {
                if (SameCode(a, b))
                {
                    return a.Amount.CompareTo(b.Amount);
                }

                return 0;
            }

            static bool Equal(Money a, Money b) => SameCurrency(b, a) && a.Amount == b.Amount;

            // a helper returning the inequality: its false shows one currency
            static bool Differ(Money a, Money b) => a.Currency != b.Currency;
            static decimal Gap(Money a, Money b) => !Differ(a, b) ? a.Amount - b.Amount : 0m;
        }
        """);

    [Fact]
    public Task Sealed_override_helper_DoesNotReport() => Verify.NoDiagnostics(Usings + """

        abstract class Base
        {
            public abstract void Same(Money a, Money b);
        }

        sealed class Derived : Base
        {
            public override void Same(Money a, Money b)
            {
                if (a.Currency != b.Currency) throw new CurrencyMismatchException("compare", a.Currency, b.Currency);
            }

            decimal Sum(Money x, Money y)
            {
                Same(x, y);
                return x.Amount + y.Amount;
            }
        }
        """);

    [Fact]
    public Task Named_arguments_and_other_parameter_positions_DoesNotReport() => Verify.NoDiagnostics(Usings + """

        static class C
        {
            static void Check(string what, Money first, int count, Money second)
            {
                if (first.Currency != second.Currency) throw new CurrencyMismatchException(what, first.Currency, second.Currency);
            }

            static decimal Gap(Money x, Money y)
            {
                Check(second: x, count: 2, first: y, what: "gap");
                return x.Amount - y.Amount;
            }
        }
        """);

    [Fact]
    public Task Extension_local_function_and_in_argument_helpers_DoesNotReport() => Verify.NoDiagnostics(Usings + """

        static class Guard
        {
            public static void MustMatch(this Money a, Money b)
            {
                if (a.Currency != b.Currency) throw new InvalidOperationException("two currencies");
            }

            public static void Same(in Money a, in Money b)
            {
                if (a.Currency != b.Currency) throw new InvalidOperationException("two currencies");
            }
        }

        static class C
        {
            static decimal Sum(Money x, Money y)
            {
                x.MustMatch(y);
                return x.Amount + y.Amount;
            }

            static bool Less(Money x, Money y)
            {
                Guard.Same(in x, in y);
                return x.Amount < y.Amount;
            }

            static decimal Local(Money x, Money y)
            {
                Ensure(x, y);
                return x.Amount - y.Amount;

                static void Ensure(Money a, Money b)
                {
                    if (a.Currency != b.Currency) throw new InvalidOperationException("two currencies");
                }
            }
        }
        """);

    [Fact]
    public Task Sealed_instance_helper_on_member_paths_DoesNotReport() => Verify.NoDiagnostics(Usings + """

        public sealed record Order(Money Fee, Money Budget);
        sealed class Checker
        {
            public void Same(Money a, Money b)
            {
                if (a.Currency != b.Currency) throw new CurrencyMismatchException("compare", a.Currency, b.Currency);
            }

            public bool Over(Order x, Order y)
            {
                Same(x.Budget, y.Budget);
                return x.Budget.Amount > y.Budget.Amount;
            }
        }
        """);

    [Fact]
    public Task Helper_call_before_a_mix_of_known_currencies_DoesNotReport_AIR0001() => VerifyMismatch.NoDiagnostics(Usings + """

        static class C
        {
            static void SameCurrency(Money a, Money b)
            {
                if (a.Currency != b.Currency) throw new CurrencyMismatchException("add", a.Currency, b.Currency);
            }

            static Money Total()
            {
                var x = Money.Cny(1m);
                var y = Money.Usd(2m);
                SameCurrency(x, y);
                return x + y;
            }
        }
        """);

    [Fact]
    public Task Helper_that_only_logs_Reports_AIR0001() => VerifyMismatch.Diagnostics(Usings + """

        static class C
        {
            static void SameCurrency(Money a, Money b)
            {
                if (a.Currency != b.Currency) Console.WriteLine("two currencies");
            }

            static Money Total()
            {
                var x = Money.Cny(1m);
                var y = Money.Usd(2m);
                SameCurrency(x, y);
                return {|AIR0001:x + y|};
            }
        }
        """);

    [Fact]
    public Task Helper_that_only_logs_or_returns_or_checks_one_value_Reports() => Verify.Diagnostics(Usings + """

        static class C
        {
            static void Logs(Money a, Money b)
            {
                if (a.Currency != b.Currency) Console.WriteLine("two currencies");
            }

            static void Returns(Money a, Money b)
            {
                if (a.Currency != b.Currency) return;
                Console.WriteLine("one currency");
            }

            static void One(Money a, Money b)
            {
                if (a.Currency != Currency.USD) throw new ArgumentException("not dollars");
            }

            static decimal A(Money x, Money y) { Logs(x, y); return {|AIR0004:x.Amount + y.Amount|}; }
            static decimal B(Money x, Money y) { Returns(x, y); return {|AIR0004:x.Amount + y.Amount|}; }
            static decimal C1(Money x, Money y) { One(x, y); return {|AIR0004:x.Amount + y.Amount|}; }
        }
        """);

    [Fact]
    public Task Helper_given_or_checking_the_wrong_pair_Reports() => Verify.Diagnostics(Usings + """

        static class C
        {
            static void Same(Money a, Money b)
            {
                if (a.Currency != b.Currency) throw new ArgumentException("two currencies");
            }

            static void FirstAndThird(Money a, Money b, Money c)
            {
                if (a.Currency != c.Currency) throw new ArgumentException("two currencies");
            }

            static decimal A(Money x, Money y, Money z) { Same(x, z); return {|AIR0004:x.Amount + y.Amount|}; }
            static decimal B(Money x, Money y, Money z) { FirstAndThird(x, y, z); return {|AIR0004:x.Amount + y.Amount|}; }
            static decimal C1(Money x, Money y) { Same(x, x); return {|AIR0004:x.Amount + y.Amount|}; }
        }
        """);

    [Fact]
    public Task Virtual_abstract_and_interface_helpers_Report() => Verify.Diagnostics(Usings + """

        interface IGuard
        {
            void Same(Money a, Money b);
        }

        abstract class Base : IGuard
        {
            public virtual void Same(Money a, Money b)
            {
                if (a.Currency != b.Currency) throw new ArgumentException("two currencies");
            }

            protected abstract void Check(Money a, Money b);

            decimal A(Money x, Money y) { Same(x, y); return {|AIR0004:x.Amount + y.Amount|}; }
            decimal B(Money x, Money y) { Check(x, y); return {|AIR0004:x.Amount + y.Amount|}; }
            static decimal C1(IGuard guard, Money x, Money y) { guard.Same(x, y); return {|AIR0004:x.Amount + y.Amount|}; }
        }
        """);

    [Fact]
    public Task Helper_called_after_the_use_or_in_a_branch_Reports() => Verify.Diagnostics(Usings + """

        static class C
        {
            static void Same(Money a, Money b)
            {
                if (a.Currency != b.Currency) throw new ArgumentException("two currencies");
            }

            static decimal After(Money x, Money y)
            {
                var sum = {|AIR0004:x.Amount + y.Amount|};
                Same(x, y);
                return sum;
            }

            static decimal Branch(Money x, Money y, bool check)
            {
                if (check)
                {
                    Same(x, y);
                }

                return {|AIR0004:x.Amount + y.Amount|};
            }

            static decimal Lambda(Money x, Money y)
            {
                Action check = () => Same(x, y);
                check();
                return {|AIR0004:x.Amount + y.Amount|};
            }
        }
        """);

    // Helpers are followed two levels deep: a helper that calls one that calls another is no check.
    [Fact]
    public Task Helper_calling_a_helper_that_calls_a_helper_Reports() => Verify.Diagnostics(Usings + """

        static class C
        {
            static void Same(Money a, Money b)
            {
                if (a.Currency != b.Currency) throw new ArgumentException("two currencies");
            }

            static void Outer(Money a, Money b)
            {
                Same(a, b);
            }

            static bool Equal(Money a, Money b) => a.Currency == b.Currency;
            static bool Through(Money a, Money b) => Equal(a, b);
            static void Outermost(Money a, Money b) { Outer(a, b); }
            static bool Farther(Money a, Money b) => Through(a, b);

            static decimal A(Money x, Money y) { Outermost(x, y); return {|AIR0004:x.Amount + y.Amount|}; }
            static decimal B(Money x, Money y) => Farther(x, y) ? {|AIR0004:x.Amount + y.Amount|} : 0m;
        }
        """);

    [Fact]
    public Task Value_written_between_the_helper_call_and_the_use_Reports() => Verify.Diagnostics(Usings + """

        static class C
        {
            static void Same(Money a, Money b)
            {
                if (a.Currency != b.Currency) throw new ArgumentException("two currencies");
            }

            static void SameRef(ref Money a, ref Money b)
            {
                if (a.Currency != b.Currency) throw new ArgumentException("two currencies");
            }

            static decimal A(Money x, Money y, Money z)
            {
                Same(x, y);
                x = z;
                return {|AIR0004:x.Amount + y.Amount|};
            }

            // a ref argument counts as a write (a known limit: this helper writes neither)
            static decimal B(Money x, Money y)
            {
                SameRef(ref x, ref y);
                return {|AIR0004:x.Amount + y.Amount|};
            }
        }
        """);

    [Fact]
    public Task Helper_that_may_leave_before_the_check_or_rewrites_a_parameter_Reports() => Verify.Diagnostics(Usings + """

        static class C
        {
            static void Early(Money a, Money b, bool skip)
            {
                if (skip) return;
                if (a.Currency != b.Currency) throw new ArgumentException("two currencies");
            }

            static void Rewrites(Money a, Money b)
            {
                a = b;
                if (a.Currency != b.Currency) throw new ArgumentException("two currencies");
            }

            static async Task Later(Money a, Money b)
            {
                await Task.Yield();
                if (a.Currency != b.Currency) throw new ArgumentException("two currencies");
            }

            static System.Collections.Generic.IEnumerable<int> Lazily(Money a, Money b)
            {
                if (a.Currency != b.Currency) throw new ArgumentException("two currencies");
                yield break;
            }

            static decimal A(Money x, Money y) { Early(x, y, true); return {|AIR0004:x.Amount + y.Amount|}; }
            static decimal B(Money x, Money y) { Rewrites(x, y); return {|AIR0004:x.Amount + y.Amount|}; }
            static decimal C1(Money x, Money y) { _ = Later(x, y); return {|AIR0004:x.Amount + y.Amount|}; }
            static decimal D(Money x, Money y) { Lazily(x, y); return {|AIR0004:x.Amount + y.Amount|}; }

            // a method of a referenced assembly is not read, even one that throws on a mismatch
            static decimal E(Money x, Money y) { Money.Max(x, y); return {|AIR0004:x.Amount + y.Amount|}; }
        }
        """);

    [Fact]
    public Task Bool_helper_that_is_not_exactly_the_equality_Reports() => Verify.Diagnostics(Usings + """

        static class C
        {
            static bool Differ(Money a, Money b) => a.Currency != b.Currency;
            static bool Loose(Money a, Money b, bool flag) => a.Currency == b.Currency || flag;
            static bool Logs(Money a, Money b) { Console.WriteLine(a.Currency == b.Currency); return true; }

            static decimal A(Money x, Money y) => Differ(x, y) ? {|AIR0004:x.Amount + y.Amount|} : 0m;
            static decimal B(Money x, Money y) => Loose(x, y, true) ? {|AIR0004:x.Amount + y.Amount|} : 0m;
            static decimal C1(Money x, Money y) => Logs(x, y) ? {|AIR0004:x.Amount + y.Amount|} : 0m;
        }
        """);

    [Fact]
    public Task Partial_helper_without_a_body_Reports() => Verify.Diagnostics(Usings + """

        static partial class C
        {
            static partial void Same(Money a, Money b);

            static decimal A(Money x, Money y) { Same(x, y); return {|AIR0004:x.Amount + y.Amount|}; }
        }
        """);

    // a member of a C# 14 extension block that checks two of its own parameters still counts (their ordinals are the
    // call's arguments after the receiver); one that checks the receiver does not (see the review tests)
    [Fact]
    public Task Extension_block_member_checking_its_own_parameters_DoesNotReport() => Verify.DiagnosticsPreview(Usings + """

        static class Guard
        {
            extension(Money a)
            {
                public void SameAs(Money b, Money c)
                {
                    if (b.Currency != c.Currency) throw new ArgumentException("two currencies");
                }
            }
        }

        static class C
        {
            static decimal Sum(Money x, Money y, Money z)
            {
                x.SameAs(y, z);
                return y.Amount + z.Amount;
            }
        }
        """);

    // a [DoesNotReturn] method of the code counts when its body shows it: a block ending in a throw with no return
    [Fact]
    public Task Own_DoesNotReturn_method_whose_body_ends_in_a_throw_DoesNotReport() => Verify.NoDiagnostics(Usings + """

        static class C
        {
            [DoesNotReturn]
            static void Fail(string what)
            {
                Console.WriteLine(what);
                throw new ArgumentException(what);
            }

            static decimal Gap(Money x, Money y)
            {
                if (x.Currency != y.Currency) Fail("two currencies");
                return x.Amount - y.Amount;
            }
        }
        """);

    // one that may return first, or whose body is not there to read (a virtual one), does not
    [Fact]
    public Task Own_DoesNotReturn_method_that_may_return_or_be_replaced_Reports() => Verify.Diagnostics(Usings + """

        class C
        {
            [DoesNotReturn]
            static void Fail(string what, bool quiet)
            {
                if (quiet) return;
                throw new ArgumentException(what);
            }

            [DoesNotReturn]
            protected virtual void Stop(string what) => throw new ArgumentException(what);

            static decimal Gap(Money x, Money y)
            {
                if (x.Currency != y.Currency) Fail("two currencies", true);
                return {|AIR0004:x.Amount - y.Amount|};
            }

            decimal Sum(Money x, Money y)
            {
                if (x.Currency != y.Currency) Stop("two currencies");
                return {|AIR0004:x.Amount + y.Amount|};
            }
        }
        """);

    // a helper that may write anything outside itself is no guard: a call of a method of the code (Reset may set _fee),
    // a delegate's call, a field of another object, a property, an array element; one that only logs through a library
    // method still is
    [Fact]
    public Task Helper_that_may_write_outside_itself_Reports() => Verify.Diagnostics(Usings + """

        sealed class Book
        {
            private Money _fee = Money.Cny(1m);
            private Money _cap = Money.Cny(2m);
            private readonly Money[] _rows = { Money.Cny(1m), Money.Cny(2m) };

            private Money Fee { get; set; } = Money.Cny(3m);

            private void Reset() => _fee = Money.Usd(9m);

            private void Calls(Money a, Money b)
            {
                if (a.Currency != b.Currency) throw new CurrencyMismatchException("add", a.Currency, b.Currency);
                Reset();
            }

            private static void Runs(Money a, Money b, Action after)
            {
                if (a.Currency != b.Currency) throw new CurrencyMismatchException("add", a.Currency, b.Currency);
                after();
            }

            private void Sets(Money a, Money b)
            {
                if (a.Currency != b.Currency) throw new CurrencyMismatchException("add", a.Currency, b.Currency);
                Fee = Money.Usd(9m);
                _rows[0] = Money.Usd(9m);
            }

            public decimal A() { Calls(_fee, _cap); return {|AIR0004:_fee.Amount + _cap.Amount|}; }
            public decimal B() { Runs(_fee, _cap, Reset); return {|AIR0004:_fee.Amount + _cap.Amount|}; }
            public decimal C1() { Sets(Fee, _cap); return {|AIR0004:Fee.Amount + _cap.Amount|}; }
            public decimal D() { Sets(_rows[0], _cap); return {|AIR0004:_rows[0].Amount + _cap.Amount|}; }
        }
        """);

    [Fact]
    public Task Helper_that_logs_through_a_library_method_after_its_check_DoesNotReport() => Verify.NoDiagnostics(Usings + """

        sealed class Book
        {
            private Money _fee = Money.Cny(1m);
            private Money _cap = Money.Cny(2m);

            private static void Check(Money a, Money b)
            {
                if (a.Currency != b.Currency) throw new CurrencyMismatchException("add", a.Currency, b.Currency);
                var (first, second) = (a.Amount, b.Amount);
                Console.WriteLine(first + " " + second);
            }

            public decimal Sum()
            {
                Check(_fee, _cap);
                return _fee.Amount + _cap.Amount;
            }
        }
        """);

    // From the review of the guard-helper merge (b0849ce): each a yuan-plus-dollar mistake the merge silenced.

    // A1: MISS. GuardHelper.Throws (GuardHelpers.cs) takes a block "ending in a throw" as always throwing, but a return
    // earlier in that block returns to the caller with the two currencies unchecked: Same(x, y, true) returns on a
    // mismatch. (The inline CurrencyGuards.Exits is right to accept it: there a return leaves the function of the use;
    // in a helper a return is exactly what lets the use run.) Fix: in Throws, a block counts only when no statement of
    // it has a return of its own (GuardHelper.Returns), or take only a block whose every statement before the throw
    // does not leave.
    [Fact]
    public Task Helper_whose_mismatch_branch_may_return_before_its_throw_Reports() => Verify.Diagnostics(DebugUsings + """

        static class C
        {
            static void Same(Money a, Money b, bool lenient)
            {
                if (a.Currency != b.Currency)
                {
                    if (lenient) return;
                    throw new CurrencyMismatchException("add", a.Currency, b.Currency);
                }
            }

            static decimal Sum(Money x, Money y)
            {
                Same(x, y, true);
                return {|AIR0004:x.Amount + y.Amount|};
            }
        }
        """);

    // A2: the same fault through AIR0001: a yuan and a dollar added after a helper whose mismatch branch returns.
    [Fact]
    public Task Helper_whose_mismatch_branch_may_return_before_its_throw_Reports_AIR0001() => VerifyMismatch.Diagnostics(DebugUsings + """

        static class C
        {
            static void Same(Money a, Money b, bool lenient)
            {
                if (a.Currency != b.Currency)
                {
                    if (lenient) return;
                    throw new CurrencyMismatchException("add", a.Currency, b.Currency);
                }
            }

            static Money Total()
            {
                var x = Money.Cny(1m);
                var y = Money.Usd(2m);
                Same(x, y, true);
                return {|AIR0001:x + y|};
            }
        }
        """);

    // B: MISS. A helper marked [Conditional("DEBUG")] is taken for a guard (GuardHelper.Of checks virtual, async,
    // iterator... but not ConditionalAttribute), yet the compiler removes every call of it where DEBUG is not defined:
    // a Release build adds yuan to dollars unchecked. Fix: GuardHelper.Of returns None for a method with a
    // System.Diagnostics.ConditionalAttribute (and CurrencyGuards.Clauses could skip such calls).
    [Fact]
    public Task Helper_marked_Conditional_Reports() => Verify.Diagnostics(DebugUsings + """

        static class C
        {
            [Conditional("DEBUG")]
            static void Same(Money a, Money b)
            {
                if (a.Currency != b.Currency) throw new CurrencyMismatchException("add", a.Currency, b.Currency);
            }

            static decimal Sum(Money x, Money y)
            {
                Same(x, y);
                return {|AIR0004:x.Amount + y.Amount|};
            }
        }
        """);

    // C1: MISS. Debug.Fail is [DoesNotReturn] and [Conditional("DEBUG")]: CurrencyGuards.Exits (and GuardHelper.IsThrow)
    // now take its call as leaving, so the inline guard below silences AIR0004, but a Release build removes the call and
    // goes on to the use with two currencies. Fix: CurrencyGuards.DoesNotReturn answers false for a method that also has
    // System.Diagnostics.ConditionalAttribute.
    [Fact]
    public Task Debug_Fail_in_the_mismatch_branch_Reports() => Verify.Diagnostics(DebugUsings + """

        static class C
        {
            static decimal Gap(Money x, Money y)
            {
                if (x.Currency != y.Currency) Debug.Fail("two currencies");
                return {|AIR0004:x.Amount - y.Amount|};
            }
        }
        """);

    // C2: the same fault through a helper of the code whose mismatch branch is Debug.Fail (GuardHelper.IsThrow).
    [Fact]
    public Task Helper_calling_Debug_Fail_on_a_mismatch_Reports() => Verify.Diagnostics(DebugUsings + """

        static class C
        {
            static void Same(Money a, Money b)
            {
                if (a.Currency != b.Currency) Debug.Fail("two currencies");
            }

            static decimal Sum(Money x, Money y)
            {
                Same(x, y);
                return {|AIR0004:x.Amount + y.Amount|};
            }
        }
        """);

    // E: MISS (mapping). In a C# 14 extension block the receiver's parameter (a) has ordinal 0 like the member's first
    // parameter (b), so GuardHelper records the checked pair (a, c) as ordinals (0, 1) and GuardHelpers.Argument maps it
    // to the call's arguments (y, z): x.SameAs(y, z) checks x against z, yet y + z is silenced. Fix: in GuardHelper.Of
    // skip (or map to the receiver) a parameter whose ContainingSymbol is not the method; in Pairs, map the receiver to
    // call.Instance.
    [Fact]
    public Task Extension_block_receiver_checked_is_not_the_first_argument_Reports() => Verify.DiagnosticsPreview(DebugUsings + """

        static class Guard
        {
            extension(Money a)
            {
                public void SameAs(Money b, Money c)
                {
                    if (a.Currency != c.Currency) throw new ArgumentException("two currencies");
                }
            }
        }

        static class C
        {
            static decimal Sum(Money x, Money y, Money z)
            {
                x.SameAs(y, z);
                return {|AIR0004:y.Amount + z.Amount|};
            }
        }
        """);

    // F: MISS. A [DoesNotReturn] method of the code whose body plainly returns is trusted (CurrencyGuards.DoesNotReturn
    // reads only the attribute; the compiler warns CS8763 only with nullable on): the mismatch branch logs and the use
    // runs. The analyzer reads helpers' bodies anyway; fix: for a method of the compilation, require its body to end in
    // a throw (or not to complete) as well as the attribute.
    [Fact]
    public Task Own_DoesNotReturn_method_that_returns_Reports() => Verify.Diagnostics(DebugUsings + """

        static class C
        {
            [DoesNotReturn]
            static void Fail(string what) => Console.WriteLine(what);

            static decimal Gap(Money x, Money y)
            {
                if (x.Currency != y.Currency) Fail("two currencies");
                return {|AIR0004:x.Amount - y.Amount|};
            }
        }
        """);

    // G: MISS. GuardHelper.Of rejects a helper that writes one of its parameters, but not one that writes, after its
    // check, the very field it was given: Check(_fee, _cap) checks the two, then makes _fee dollars, and the caller's
    // _fee + _cap is silenced (UnitStrippingRule.MayBeWritten looks for writes only in the caller's own member). Fix:
    // GuardHelper.Of returns None for a body that assigns a field or property (or calls anything after its check), or
    // the rules treat the helper call itself as a possible write of the member paths given to it. (An inline guard
    // followed by a call that rewrites the field, if (…) throw …; Reset(); is silenced too: MayBeWritten sees no calls.)
    [Fact]
    public Task Helper_that_rewrites_the_field_it_checked_Reports() => Verify.Diagnostics(DebugUsings + """

        sealed class Book
        {
            private Money _fee = Money.Cny(1m);
            private Money _cap = Money.Cny(2m);

            private void Check(Money a, Money b)
            {
                if (a.Currency != b.Currency) throw new CurrencyMismatchException("add", a.Currency, b.Currency);
                _fee = Money.Usd(9m);
            }

            public decimal Sum()
            {
                Check(_fee, _cap);
                return {|AIR0004:_fee.Amount + _cap.Amount|};
            }
        }
        """);

    // B2: the fault of B as a real yuan-plus-dollar sum (AIR0001).
    [Fact]
    public Task Helper_marked_Conditional_Reports_AIR0001() => VerifyMismatch.Diagnostics(DebugUsings + """

        static class C
        {
            [Conditional("DEBUG")]
            static void Same(Money a, Money b)
            {
                if (a.Currency != b.Currency) throw new CurrencyMismatchException("add", a.Currency, b.Currency);
            }

            static Money Total()
            {
                var x = Money.Cny(1m);
                var y = Money.Usd(2m);
                Same(x, y);
                return {|AIR0001:x + y|};
            }
        }
        """);

    // C3: the fault of C1 as a real yuan-plus-dollar sum (AIR0001): Debug.Fail is gone from a Release build.
    [Fact]
    public Task Debug_Fail_in_the_mismatch_branch_Reports_AIR0001() => VerifyMismatch.Diagnostics(DebugUsings + """

        static class C
        {
            static Money Total()
            {
                var x = Money.Cny(1m);
                var y = Money.Usd(2m);
                if (x.Currency != y.Currency) Debug.Fail("two currencies");
                return {|AIR0001:x + y|};
            }
        }
        """);

    // E2: the same fault in the static form of the call, which binds to the block's implementation method (receiver
    // first): Guard.SameAs(x, y, z) checks x against z, and the pair read as ordinals (0, 1) is mapped to (x, y).
    [Fact]
    public Task Extension_block_static_form_maps_the_checked_pair_to_other_arguments_Reports() => Verify.DiagnosticsPreview(DebugUsings + """

        static class Guard
        {
            extension(Money a)
            {
                public void SameAs(Money b, Money c)
                {
                    if (a.Currency != c.Currency) throw new ArgumentException("two currencies");
                }
            }
        }

        static class C
        {
            static decimal Sum(Money x, Money y, Money z)
            {
                Guard.SameAs(x, y, z);
                return {|AIR0004:x.Amount + y.Amount|};
            }
        }
        """);

    // A library call on storage that is not the helper's own (List<T>.Insert on a static field) may write what the
    // caller then uses: the helper checks Fees[0] and then puts a dollar there.
    [Fact]
    public Task Helper_mutating_a_field_collection_through_a_library_call_Reports() => Verify.Diagnostics(LibraryUsings + """

        static class C
        {
            static readonly List<Money> Fees = new() { Money.Cny(1m) };

            static void Same(Money a, Money b)
            {
                if (a.Currency != b.Currency) throw new ArgumentException("two currencies");
                Fees.Insert(0, Money.Usd(1m));
            }

            static decimal Room(Money cap)
            {
                Same(Fees[0], cap);
                return {|AIR0004:cap.Amount - Fees[0].Amount|};
            }
        }
        """);

    // The same through a bool helper: Clear and Add on a field collection before the returned equality.
    [Fact]
    public Task Bool_helper_with_a_side_effect_through_a_library_call_Reports() => Verify.Diagnostics(LibraryUsings + """

        static class C
        {
            static readonly List<Money> Fees = new() { Money.Cny(1m) };

            static bool Same(Money a, Money b)
            {
                Fees.Clear();
                Fees.Add(Money.Usd(1m));
                return a.Currency == b.Currency;
            }

            static decimal Room(Money cap) => Same(Fees[0], cap) ? {|AIR0004:cap.Amount - Fees[0].Amount|} : 0m;
        }
        """);

    // Code of the compilation run implicitly counts as a call of it: Touch's getter sets Fee to dollars after the check
    // (likewise an indexer, an operator or conversion, foreach's enumerator, using's Dispose).
    [Fact]
    public Task Helper_running_a_property_getter_of_the_code_that_writes_Reports() => Verify.Diagnostics(LibraryUsings + """

        static class C
        {
            static Money Fee = Money.Cny(1m);

            static int Touch
            {
                get
                {
                    Fee = Money.Usd(1m);
                    return 0;
                }
            }

            static void Same(Money a, Money b)
            {
                if (a.Currency != b.Currency) throw new ArgumentException("two currencies");
                Console.WriteLine(Touch);
            }

            static decimal Room(Money cap)
            {
                Same(Fee, cap);
                return {|AIR0004:cap.Amount - Fee.Amount|};
            }
        }
        """);

    // The members an initializer sets are of the new object (new { First = … }, new StringBuilder { Capacity = 64 }),
    // not outside the helper.
    [Fact]
    public Task Helper_logging_through_a_new_anonymous_or_initialized_object_DoesNotReport() => Verify.NoDiagnostics(LibraryUsings + """

        static class C
        {
            static void Same(Money a, Money b)
            {
                if (a.Currency != b.Currency) throw new ArgumentException("two currencies");
                var entry = new { First = a.Amount, Second = b.Amount };
                Console.WriteLine(entry);
            }

            static void Near(Money a, Money b)
            {
                if (a.Currency != b.Currency) throw new ArgumentException("two currencies");
                var text = new StringBuilder { Capacity = 64 };
                Console.WriteLine(text.Append(a).Append(b));
            }

            static decimal Sum(Money x, Money y)
            {
                Same(x, y);
                return x.Amount + y.Amount;
            }

            static decimal Gap(Money x, Money y)
            {
                Near(x, y);
                return x.Amount - y.Amount;
            }
        }
        """);

    // Nothing in a mismatch branch that always throws reaches the caller's use: log-then-throw keeps the helper a check.
    [Fact]
    public Task Helper_logging_through_its_own_method_before_the_throw_DoesNotReport() => Verify.NoDiagnostics(LibraryUsings + """

        static class C
        {
            static void Log(string what) => Console.Error.WriteLine(what);

            static void Same(Money a, Money b)
            {
                if (a.Currency != b.Currency)
                {
                    Log($"{a} and {b} differ");
                    throw new CurrencyMismatchException("add", a.Currency, b.Currency);
                }
            }

            static decimal Sum(Money x, Money y)
            {
                Same(x, y);
                return x.Amount + y.Amount;
            }
        }
        """);

    // out var and out _ write locals of the helper (the page: a ref or out argument other than a local drops it).
    [Fact]
    public Task Helper_passing_out_var_or_out_discard_DoesNotReport() => Verify.NoDiagnostics(LibraryUsings + """

        static class C
        {
            static void Same(Money a, Money b)
            {
                if (a.Currency != b.Currency) throw new ArgumentException("two currencies");
                if (decimal.TryParse(a.Amount.ToString(), out var parsed)) Console.WriteLine(parsed);
            }

            static void Near(Money a, Money b)
            {
                if (a.Currency != b.Currency) throw new ArgumentException("two currencies");
                Console.WriteLine(decimal.TryParse(b.Amount.ToString(), out _));
            }

            static decimal Sum(Money x, Money y)
            {
                Same(x, y);
                return x.Amount + y.Amount;
            }

            static decimal Gap(Money x, Money y)
            {
                Near(x, y);
                return x.Amount - y.Amount;
            }
        }
        """);

    // AIR0001: a pair a helper checked counts only when neither value may be written in the member (as for AIR0004):
    // o.Fee set to dollars after Same(x, o.Fee) is another value than the one checked. (A local written again is not
    // followed by the flow at all, so the write here is of a member of the value's path.)
    [Fact]
    public Task Value_written_between_the_helper_call_and_the_use_Reports_AIR0001() => VerifyMismatch.Diagnostics(LibraryUsings + """

        sealed class Order
        {
            public Money Fee = Money.Usd(1m);
        }

        static class C
        {
            static void Same(Money a, Money b)
            {
                if (a.Currency != b.Currency) throw new ArgumentException("two currencies");
            }

            static Money Total(Order o)
            {
                var x = Money.Cny(1m);
                Same(x, o.Fee);
                o.Fee = Money.Usd(2m);
                return {|AIR0001:x + o.Fee|};
            }
        }
        """);

    // Code of the compilation run implicitly by a helper counts as a call of it (an indexer, a user-defined operator or
    // conversion, foreach's enumerator, using's Dispose, a method made a delegate), and so does a library call given a
    // field's array; each may set Fee after the check.
    [Fact]
    public Task Helper_running_code_implicitly_or_filling_a_field_array_Reports() => Verify.Diagnostics(LibraryUsings + """

        sealed class Bag : IEnumerable<int>, IDisposable
        {
            public int this[int i] { get { C.Fee = Money.Usd(1m); return i; } }
            public static Bag operator +(Bag a, Bag b) { C.Fee = Money.Usd(1m); return a; }
            public IEnumerator<int> GetEnumerator() { C.Fee = Money.Usd(1m); yield break; }
            System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
            public void Dispose() => C.Fee = Money.Usd(1m);
        }

        static class C
        {
            public static Money Fee = Money.Cny(1m);
            static readonly Money[] Fees = { Money.Cny(1m) };

            static void Indexed(Money a, Money b, Bag bag) { if (a.Currency != b.Currency) throw new ArgumentException("x"); Console.WriteLine(bag[0]); }
            static void Added(Money a, Money b, Bag bag) { if (a.Currency != b.Currency) throw new ArgumentException("x"); Console.WriteLine(bag + bag); }
            static void Looped(Money a, Money b, Bag bag) { if (a.Currency != b.Currency) throw new ArgumentException("x"); foreach (var i in bag) Console.WriteLine(i); }
            static void Used(Money a, Money b, Bag bag) { if (a.Currency != b.Currency) throw new ArgumentException("x"); using (bag) { } }
            static void Filled(Money a, Money b) { if (a.Currency != b.Currency) throw new ArgumentException("x"); Array.Fill(Fees, Money.Usd(1m)); }
            static void Handed(Money a, Money b) { if (a.Currency != b.Currency) throw new ArgumentException("x"); Action reset = Reset; Console.WriteLine(reset); }

            static void Reset() => Fee = Money.Usd(1m);

            static decimal Room(Money cap, Bag bag)
            {
                Indexed(Fee, cap, bag);
                var one = {|AIR0004:cap.Amount - Fee.Amount|};
                Added(Fee, cap, bag);
                var two = {|AIR0004:cap.Amount - Fee.Amount|};
                Looped(Fee, cap, bag);
                var three = {|AIR0004:cap.Amount - Fee.Amount|};
                Used(Fee, cap, bag);
                var four = {|AIR0004:cap.Amount - Fee.Amount|};
                Filled(Fees[0], cap);
                var five = {|AIR0004:cap.Amount - Fees[0].Amount|};
                Handed(Fee, cap);
                var six = {|AIR0004:cap.Amount - Fee.Amount|};
                return one + two + three + four + five + six;
            }
        }
        """);

    // What the library does with the helper's own values, a library static such as Console.Error, and a copy of a
    // value (a.Amount.ToString()) write nothing the caller uses: the helper stays a check.
    [Fact]
    public Task Helper_calling_the_library_on_its_own_values_DoesNotReport() => Verify.NoDiagnostics(LibraryUsings + """

        static class C
        {
            static void Same(Money a, Money b)
            {
                if (a.Currency != b.Currency) throw new ArgumentException("two currencies");
                var seen = new List<string> { a.Amount.ToString() };
                seen.Add(b.Amount.ToString().Trim());
                Console.Error.WriteLine(string.Join(", ", seen));
                Console.WriteLine(new StringBuilder().Append(a).Append(b));
            }

            static decimal Sum(Money x, Money y)
            {
                Same(x, y);
                return x.Amount + y.Amount;
            }
        }
        """);

    // A check inside using, lock, try-finally, checked or a plain block still throws out of the helper: a finally cannot
    // stop the exception (C# lets no return, break or continue leave it; it can only throw another).
    [Fact]
    public Task Helper_checking_inside_using_lock_try_finally_or_a_block_DoesNotReport() => Verify.NoDiagnostics(LibraryUsings + """

        static class C
        {
            static readonly object Gate = new();

            static void Used(Money a, Money b)
            {
                using (var text = new System.IO.StringWriter())
                {
                    if (a.Currency != b.Currency) throw new ArgumentException("two currencies");
                    text.Write(a);
                }
            }

            static void Declared(Money a, Money b)
            {
                using var text = new System.IO.StringWriter();
                if (a.Currency != b.Currency) throw new ArgumentException("two currencies");
            }

            static void Locked(Money a, Money b)
            {
                lock (Gate)
                {
                    if (a.Currency != b.Currency) throw new ArgumentException("two currencies");
                }
            }

            static void Finally(Money a, Money b)
            {
                try
                {
                    if (a.Currency != b.Currency) throw new ArgumentException("two currencies");
                }
                finally
                {
                    Console.WriteLine("checked");
                }
            }

            static void FinallyThrows(Money a, Money b, bool flag)
            {
                try
                {
                    if (a.Currency != b.Currency) throw new ArgumentException("two currencies");
                }
                finally
                {
                    if (flag) throw new InvalidOperationException("closing");
                }
            }

            static void Blocks(Money a, Money b)
            {
                checked
                {
                    {
                        if (a.Currency != b.Currency) throw new ArgumentException("two currencies");
                    }
                }
            }

            static void Nested(Money a, Money b)
            {
                lock (Gate)
                {
                    try
                    {
                        using (new System.IO.StringWriter())
                        {
                            if (a.Currency != b.Currency) throw new ArgumentException("two currencies");
                        }
                    }
                    finally
                    {
                        Console.WriteLine("done");
                    }
                }
            }

            static decimal A(Money x, Money y) { Used(x, y); return x.Amount - y.Amount; }
            static decimal B(Money x, Money y) { Declared(x, y); return x.Amount - y.Amount; }
            static decimal C1(Money x, Money y) { Locked(x, y); return x.Amount - y.Amount; }
            static decimal D(Money x, Money y) { Finally(x, y); return x.Amount - y.Amount; }
            static decimal E(Money x, Money y) { FinallyThrows(x, y, true); return x.Amount - y.Amount; }
            static decimal F(Money x, Money y) { Blocks(x, y); return x.Amount - y.Amount; }
            static decimal G(Money x, Money y) { Nested(x, y); return x.Amount - y.Amount; }
        }
        """);

    // A check before a try with catches leaves before the try; one inside it may be caught (even by a catch that
    // rethrows only sometimes, or through a filter) and is no check.
    [Fact]
    public Task Helper_checking_before_a_try_with_catch_DoesNotReport() => Verify.NoDiagnostics(LibraryUsings + """

        static class C
        {
            static void Same(Money a, Money b)
            {
                if (a.Currency != b.Currency) throw new ArgumentException("two currencies");
                try
                {
                    Console.WriteLine(a);
                }
                catch (System.IO.IOException)
                {
                }
            }

            static decimal Sum(Money x, Money y)
            {
                Same(x, y);
                return x.Amount + y.Amount;
            }
        }
        """);

    [Fact]
    public Task Helper_checking_inside_a_try_with_catch_or_a_block_that_may_return_first_Reports() => Verify.Diagnostics(LibraryUsings + """

        static class C
        {
            static readonly object Gate = new();
            static int Count;

            static void Swallowed(Money a, Money b)
            {
                try
                {
                    if (a.Currency != b.Currency) throw new ArgumentException("two currencies");
                }
                catch (ArgumentException)
                {
                }
            }

            static void Rethrown(Money a, Money b, bool lenient)
            {
                try
                {
                    if (a.Currency != b.Currency) throw new ArgumentException("two currencies");
                }
                catch (ArgumentException) when (lenient)
                {
                }
                catch
                {
                    throw;
                }
            }

            static void Wrapped(Money a, Money b)
            {
                try
                {
                    try
                    {
                        if (a.Currency != b.Currency) throw new ArgumentException("two currencies");
                    }
                    finally
                    {
                        Console.WriteLine("inner");
                    }
                }
                catch (Exception)
                {
                }
            }

            static void EarlyInLock(Money a, Money b, bool flag)
            {
                lock (Gate)
                {
                    if (flag) return;
                    if (a.Currency != b.Currency) throw new ArgumentException("two currencies");
                }
            }

            static void Lenient(Money a, Money b, bool lenient)
            {
                using (new System.IO.StringWriter())
                {
                    if (a.Currency != b.Currency)
                    {
                        if (lenient) return;
                        throw new ArgumentException("two currencies");
                    }
                }
            }

            static void Logs(Money a, Money b)
            {
                lock (Gate)
                {
                    if (a.Currency != b.Currency) Console.WriteLine("two currencies");
                }
            }

            static void Counts(Money a, Money b)
            {
                try
                {
                    if (a.Currency != b.Currency) throw new ArgumentException("two currencies");
                }
                finally
                {
                    Count++;
                }
            }

            static void Looped(Money a, Money b)
            {
                while (true)
                {
                    if (a.Currency != b.Currency) break;
                    throw new ArgumentException("one currency");
                }
            }

            static decimal Room(Money x, Money y)
            {
                Swallowed(x, y);
                var one = {|AIR0004:x.Amount - y.Amount|};
                Rethrown(x, y, false);
                var two = {|AIR0004:x.Amount - y.Amount|};
                Wrapped(x, y);
                var three = {|AIR0004:x.Amount - y.Amount|};
                EarlyInLock(x, y, false);
                var four = {|AIR0004:x.Amount - y.Amount|};
                Lenient(x, y, false);
                var five = {|AIR0004:x.Amount - y.Amount|};
                Logs(x, y);
                var six = {|AIR0004:x.Amount - y.Amount|};
                Counts(x, y);
                var seven = {|AIR0004:x.Amount - y.Amount|};
                Looped(x, y);
                var eight = {|AIR0004:x.Amount - y.Amount|};
                return one + two + three + four + five + six + seven + eight;
            }
        }
        """);

    [Fact]
    public Task Bool_helper_returning_constants_after_a_currency_test_DoesNotReport() => Verify.NoDiagnostics(Usings + """

        static class C
        {
            static bool Same(Money a, Money b)
            {
                if (a.Currency != b.Currency) return false;
                return true;
            }

            static bool Mirrored(Money a, Money b)
            {
                if (a.Currency == b.Currency)
                {
                    return true;
                }

                return false;
            }

            static bool Chosen(Money a, Money b)
            {
                if (a.Currency.Code == b.Currency.Code) return true;
                else return false;
            }

            static bool Differ(Money a, Money b)
            {
                if (a.Currency != b.Currency) return true;
                return false;
            }

            static decimal Gap(Money x, Money y)
            {
                var two = Mirrored(x, y) ? x.Amount - y.Amount : 0m;
                var three = Chosen(y, x) && x.Amount > y.Amount ? 1m : 0m;
                var four = Differ(x, y) ? 0m : x.Amount - y.Amount;
                return two + three + four;
            }

            static decimal Thrown(Money x, Money y)
            {
                if (!Same(x, y)) throw new ArgumentException("two currencies");
                return x.Amount - y.Amount;
            }
        }
        """);

    [Fact]
    public Task Bool_helper_that_may_return_true_on_a_mismatch_Reports() => Verify.Diagnostics(Usings + """

        static class C
        {
            static int Calls;

            static bool Inverted(Money a, Money b)
            {
                if (a.Currency == b.Currency) return false;
                return true;
            }

            static bool Always(Money a, Money b)
            {
                if (a.Currency != b.Currency) return true;
                return true;
            }

            static bool EarlyYes(Money a, Money b, bool flag)
            {
                if (flag) return true;
                if (a.Currency != b.Currency) return false;
                return true;
            }

            static bool Logged(Money a, Money b)
            {
                if (a.Currency != b.Currency) Console.WriteLine("two currencies");
                return true;
            }

            static bool Dollars(Money a, Money b)
            {
                if (a.Currency != Currency.USD) return false;
                return true;
            }

            static bool Counted(Money a, Money b)
            {
                Calls++;
                if (a.Currency != b.Currency) return false;
                return true;
            }

            static bool Either(Money a, Money b, bool flag)
            {
                if (a.Currency == b.Currency || flag) return true;
                return false;
            }

            static decimal Gap(Money x, Money y)
            {
                var one = Inverted(x, y) ? {|AIR0004:x.Amount - y.Amount|} : 0m;
                var two = Always(x, y) ? {|AIR0004:x.Amount - y.Amount|} : 0m;
                var three = EarlyYes(x, y, true) ? {|AIR0004:x.Amount - y.Amount|} : 0m;
                var four = Logged(x, y) ? {|AIR0004:x.Amount - y.Amount|} : 0m;
                var five = Dollars(x, y) ? {|AIR0004:x.Amount - y.Amount|} : 0m;
                var six = Counted(x, y) ? {|AIR0004:x.Amount - y.Amount|} : 0m;
                var seven = Either(x, y, true) ? {|AIR0004:x.Amount - y.Amount|} : 0m;
                var eight = !Inverted(x, y) ? 0m : {|AIR0004:x.Amount - y.Amount|};
                return one + two + three + four + five + six + seven + eight;
            }
        }
        """);

    // Two levels: a helper whose check is a call of a helper that checks itself, given its own parameters.
    [Fact]
    public Task Helper_calling_a_checking_helper_with_its_own_parameters_DoesNotReport() => Verify.NoDiagnostics(Usings + """

        static class C
        {
            static void Same(Money a, Money b)
            {
                if (a.Currency != b.Currency) throw new ArgumentException("two currencies");
            }

            static bool Equal(Money a, Money b) => a.Currency == b.Currency;

            static void Outer(Money first, Money second) { Same(first, second); }
            static void Swapped(string what, Money x, Money y) => Same(y, x);
            static void ThrowsIfNot(Money a, Money b) { if (!Equal(a, b)) throw new ArgumentException("two currencies"); }
            static bool Asks(Money a, Money b) => Equal(b, a);

            static decimal A(Money x, Money y) { Outer(x, y); return x.Amount - y.Amount; }
            static decimal B(Money x, Money y) { Swapped("gap", x, y); return x.Amount - y.Amount; }
            static decimal C1(Money x, Money y) { ThrowsIfNot(x, y); return x.Amount - y.Amount; }
            static decimal D(Money x, Money y) => Asks(x, y) ? x.Amount - y.Amount : 0m;
        }
        """);

    [Fact]
    public Task Helper_calling_itself_or_no_check_or_another_pair_or_three_levels_deep_Reports() => Verify.Diagnostics(Usings + """

        static class C
        {
            static Money Fee = Money.Usd(1m);
            static int Count;

            static void Same(Money a, Money b)
            {
                if (a.Currency != b.Currency) throw new ArgumentException("two currencies");
            }

            static void Logs(Money a, Money b)
            {
                if (a.Currency != b.Currency) Console.WriteLine("two currencies");
            }

            static bool Equal(Money a, Money b) => a.Currency == b.Currency;

            static void Self(Money a, Money b) { if (a.Amount > 0m) Self(b, a); }
            static void Ping(Money a, Money b) { Pong(a, b); }
            static void Pong(Money a, Money b) { Ping(a, b); }
            static void Outer(Money a, Money b) { Same(a, b); }
            static void Third(Money a, Money b) { Outer(a, b); }
            static void Other(Money a, Money b, Money c) { Same(a, c); }
            static void Fielded(Money a, Money b) { Same(a, Fee); }
            static void Caught(Money a, Money b) { try { Same(a, b); } catch (ArgumentException) { } }
            static void Logged(Money a, Money b) { Logs(a, b); }
            static void Discarded(Money a, Money b) { Equal(a, b); }
            static void Inverted(Money a, Money b) { if (Equal(a, b)) throw new ArgumentException("one currency"); }
            static void Counted(Money a, Money b) { Same(a, b); Count++; }
            static void Local(Money a, Money b) { Action check = () => Same(a, b); }

            static decimal Room(Money x, Money y, Money z)
            {
                Self(x, y);
                var one = {|AIR0004:x.Amount - y.Amount|};
                Ping(x, y);
                var two = {|AIR0004:x.Amount - y.Amount|};
                Third(x, y);
                var three = {|AIR0004:x.Amount - y.Amount|};
                Other(x, y, z);
                var four = {|AIR0004:x.Amount - y.Amount|};
                Fielded(x, y);
                var five = {|AIR0004:x.Amount - y.Amount|};
                Caught(x, y);
                var six = {|AIR0004:x.Amount - y.Amount|};
                Logged(x, y);
                var seven = {|AIR0004:x.Amount - y.Amount|};
                Discarded(x, y);
                var eight = {|AIR0004:x.Amount - y.Amount|};
                Inverted(x, y);
                var nine = {|AIR0004:x.Amount - y.Amount|};
                Counted(x, y);
                var ten = {|AIR0004:x.Amount - y.Amount|};
                Local(x, y);
                var eleven = {|AIR0004:x.Amount - y.Amount|};
                return one + two + three + four + five + six + seven + eight + nine + ten + eleven;
            }
        }
        """);

    // A helper whose check sits inside 'using (scope)' of an IDisposable parameter: the object given is Resetter, whose
    // Dispose sets Fee to dollars after the check. A using whose resource may be of a type of the code (an interface,
    // an unsealed class, a type parameter) runs code of the compilation; the helper may write outside itself and is no check.
    [Fact]
    public Task Helper_checking_inside_using_of_an_IDisposable_parameter_whose_Dispose_writes_Reports() => Verify.Diagnostics(LibraryUsings + """

        sealed class Resetter : IDisposable
        {
            public void Dispose() => C.Fee = Money.Usd(1m);
        }

        static class C
        {
            public static Money Fee = Money.Cny(1m);

            static void Same(Money a, Money b, IDisposable scope)
            {
                using (scope)
                {
                    if (a.Currency != b.Currency) throw new ArgumentException("two currencies");
                }
            }

            static decimal Room(Money cap)
            {
                Same(Fee, cap, new Resetter());
                return {|AIR0004:cap.Amount - Fee.Amount|};
            }
        }
        """);

    // The same with the bool shape 'if (C) return false; return true;' inside the using: Equal returns true with Fee
    // in yuan, then the Dispose of the object given sets Fee to dollars before the caller's use.
    [Fact]
    public Task Bool_helper_returning_opposite_constants_inside_using_of_an_IDisposable_parameter_Reports() => Verify.Diagnostics(LibraryUsings + """

        sealed class Resetter : IDisposable
        {
            public void Dispose() => C.Fee = Money.Usd(1m);
        }

        static class C
        {
            public static Money Fee = Money.Cny(1m);

            static bool Equal(Money a, Money b, IDisposable scope)
            {
                using (scope)
                {
                    if (a.Currency != b.Currency) return false;
                }

                return true;
            }

            static decimal Room(Money cap)
            {
                return Equal(Fee, cap, new Resetter()) ? {|AIR0004:cap.Amount - Fee.Amount|} : 0m;
            }
        }
        """);

    // A using whose resource is a struct or sealed class of the library (its Dispose is the library's), or an object of
    // the library created right there, runs no code of the compilation after the check.
    [Fact]
    public Task Helper_checking_inside_using_of_a_library_struct_or_a_created_library_object_DoesNotReport() => Verify.NoDiagnostics(LibraryUsings + """

        static class C
        {
            public static Money Fee = Money.Cny(1m);

            static void Same(Money a, Money b, System.Threading.CancellationTokenRegistration registration)
            {
                using (registration)
                {
                    if (a.Currency != b.Currency) throw new ArgumentException("two currencies");
                }
            }

            static bool Equal(Money a, Money b)
            {
                using (System.IO.Stream stream = new System.IO.MemoryStream())
                {
                    if (a.Currency != b.Currency) return false;
                }

                return true;
            }

            static decimal Room(Money cap)
            {
                Same(Fee, cap, default);
                return cap.Amount - Fee.Amount;
            }

            static decimal Left(Money cap) => Equal(Fee, cap) ? cap.Amount - Fee.Amount : 0m;
        }
        """);

    // A library call on (or given) the object a reference-typed parameter refers to may change the caller's storage after
    // the check: xs.RemoveAt(0) moves another element to xs[0]; scope.Dispose() may run a Dispose of the code.
    [Fact]
    public Task Helper_changing_the_object_a_parameter_refers_to_after_its_check_Reports() => Verify.Diagnostics(LibraryUsings + """

        sealed class Resetter : IDisposable
        {
            public void Dispose() => C.Fee = Money.Usd(1m);
        }

        static class C
        {
            public static Money Fee = Money.Cny(1m);

            static void Same(Money a, Money b, List<Money> xs)
            {
                if (a.Currency != b.Currency) throw new ArgumentException("two currencies");
                xs.RemoveAt(0);
            }

            static void Closed(Money a, Money b, IDisposable scope)
            {
                if (a.Currency != b.Currency) throw new ArgumentException("two currencies");
                scope.Dispose();
            }

            static decimal Room(List<Money> xs, Money cap)
            {
                Same(xs[0], cap, xs);
                return {|AIR0004:cap.Amount - xs[0].Amount|};
            }

            static decimal Left(Money cap)
            {
                Closed(Fee, cap, new Resetter());
                return {|AIR0004:cap.Amount - Fee.Amount|};
            }
        }
        """);
}

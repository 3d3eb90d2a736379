using System.Threading.Tasks;
using Verify = AiRace.Analyzers.Tests.Verify<AiRace.Analyzers.UnitStrippingRule>;
using VerifyMismatch = AiRace.Analyzers.Tests.Verify<AiRace.Analyzers.CurrencyMismatchRule>;

namespace AiRace.Analyzers.Tests;

/// <summary>
/// Review of the merge that lets a currency check made through a helper of the code (GuardHelpers.cs,
/// CurrencyGuards.cs, CurrencyMismatchRule.GuardedByCurrency) silence AIR0004 and AIR0001. Each test is a yuan-plus-dollar
/// mistake that the new code silences: it fails at the merge (b0849ce) and passes once the fault named in its comment is
/// fixed; every one passes (is reported) at the merge's first parent a7d0334, so each is a miss the merge created.
/// </summary>
public class ReviewGuardHelperTests
{
    private const string Usings = """
        using System;
        using System.Diagnostics;
        using System.Diagnostics.CodeAnalysis;
        using AiRace.Core;
        """;

    // A1: MISS. GuardHelper.Throws (GuardHelpers.cs) takes a block "ending in a throw" as always throwing, but a return
    // earlier in that block returns to the caller with the two currencies unchecked: Same(x, y, true) returns on a
    // mismatch. (The inline CurrencyGuards.Exits is right to accept it: there a return leaves the function of the use;
    // in a helper a return is exactly what lets the use run.) Fix: in Throws, a block counts only when no statement of
    // it has a return of its own (GuardHelper.Returns), or take only a block whose every statement before the throw
    // does not leave.
    [Fact]
    public Task Helper_whose_mismatch_branch_may_return_before_its_throw_Reports() => Verify.Diagnostics(Usings + """

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
    public Task Helper_whose_mismatch_branch_may_return_before_its_throw_Reports_AIR0001() => VerifyMismatch.Diagnostics(Usings + """

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
    public Task Helper_marked_Conditional_Reports() => Verify.Diagnostics(Usings + """

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
    public Task Debug_Fail_in_the_mismatch_branch_Reports() => Verify.Diagnostics(Usings + """

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
    public Task Helper_calling_Debug_Fail_on_a_mismatch_Reports() => Verify.Diagnostics(Usings + """

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
    public Task Extension_block_receiver_checked_is_not_the_first_argument_Reports() => Verify.DiagnosticsPreview(Usings + """

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
    public Task Own_DoesNotReturn_method_that_returns_Reports() => Verify.Diagnostics(Usings + """

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
    public Task Helper_that_rewrites_the_field_it_checked_Reports() => Verify.Diagnostics(Usings + """

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
    public Task Helper_marked_Conditional_Reports_AIR0001() => VerifyMismatch.Diagnostics(Usings + """

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
    public Task Debug_Fail_in_the_mismatch_branch_Reports_AIR0001() => VerifyMismatch.Diagnostics(Usings + """

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
    public Task Extension_block_static_form_maps_the_checked_pair_to_other_arguments_Reports() => Verify.DiagnosticsPreview(Usings + """

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
}

using System.Threading.Tasks;
using Verify = AiRace.Analyzers.Tests.Verify<AiRace.Analyzers.UnitStrippingRule>;
using VerifyMismatch = AiRace.Analyzers.Tests.Verify<AiRace.Analyzers.CurrencyMismatchRule>;

namespace AiRace.Analyzers.Tests;

/// <summary>
/// Second review of the currency checks through helpers of the code (GuardHelper, CurrencyGuards): each test is a fault
/// that fails today (a yuan+dollar mistake silenced, or a helper that clearly guards and writes nothing dropped).
/// </summary>
public class ReviewGuardRoundTwoTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Text;
        using AiRace.Core;
        """;

    // A: MISS. GuardHelper.MayWriteOutside only counts calls of methods of the code; a library call that mutates storage
    // reachable from a field (List<T>.Insert/Clear/Add on a static field, likewise Array.Fill, Span.Fill, Dictionary.Add)
    // is taken as writing nothing, so the helper checks Fees[0] and then puts a dollar there, and the caller's
    // Fees[0].Amount is silenced. Fix: in MayWriteOutside, a call whose receiver (or a ref/array argument) is not a plain
    // local or parameter of the helper (a field, property or static member) counts as a write unless the method is
    // known pure (Money's, Currency's, string's, Console's); or treat any call on a non-local receiver as a write.
    [Fact]
    public Task Helper_mutating_a_field_collection_through_a_library_call_Reports() => Verify.Diagnostics(Usings + """

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

    // A2: the same MISS through a bool helper (the side effect comes before the returned equality, so even the caller's
    // argument Fees[0] is evaluated before it is replaced). Same fix as A.
    [Fact]
    public Task Bool_helper_with_a_side_effect_through_a_library_call_Reports() => Verify.Diagnostics(Usings + """

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

    // B: MISS. MayWriteOutside looks for invocations and object creations only; code of the compilation also runs through
    // a property getter (here), an indexer, a user-defined operator or conversion, foreach's GetEnumerator, using's
    // Dispose. Touch's getter sets Fee to dollars after the check. Fix: count an IPropertyReferenceOperation (read) of a
    // property of the code, and an operator/conversion/enumerator/dispose method of the code (IBinaryOperation.OperatorMethod,
    // IConversionOperation.OperatorMethod, IForEachLoopOperation.Info, IUsingOperation), as a call of a method of the code.
    [Fact]
    public Task Helper_running_a_property_getter_of_the_code_that_writes_Reports() => Verify.Diagnostics(Usings + """

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

    // C: MISS (AIR0001). CurrencyMismatchRule.Guards takes the helper's pairs (helpers.Pairs) with no check that the values
    // are not written between the call and the use (UnitStrippingRule has MayBeWritten, AIR0001 has nothing), so y made
    // dollars after the check is still paired with the yuan x and x + y is silenced. Fix: in GuardedByCurrency drop a
    // pair whose value may be written in the member (the same MayBeWritten/LocalWrites test AIR0004 uses), or at least
    // between the clause and the use. The inline guard has the same fault (next test).
    [Fact]
    public Task Value_written_between_the_helper_call_and_the_use_Reports_AIR0001() => VerifyMismatch.Diagnostics(Usings + """

        static class C
        {
            static void Same(Money a, Money b)
            {
                if (a.Currency != b.Currency) throw new ArgumentException("two currencies");
            }

            static Money Total()
            {
                var x = Money.Cny(1m);
                var y = Money.Cny(2m);
                Same(x, y);
                y = Money.Usd(2m);
                return {|AIR0001:x + y|};
            }
        }
        """);

    // C2: MISS (AIR0001, older than this session's helpers, found while checking C): an inline guard clause followed by a
    // write of a checked value silences the mix too; AIR0004's page says such a write voids the check. Same fix as C.
    [Fact]
    public Task Value_written_between_an_inline_check_and_the_use_Reports_AIR0001() => VerifyMismatch.Diagnostics(Usings + """

        static class C
        {
            static Money Total()
            {
                var x = Money.Cny(1m);
                var y = Money.Cny(2m);
                if (x.Currency != y.Currency) throw new ArgumentException("two currencies");
                y = Money.Usd(2m);
                return {|AIR0001:x + y|};
            }
        }
        """);

    // D: FALSE REPORT. WritesOutside takes the target of an object or anonymous-object initializer (a property reference
    // on the implicit receiver: new { First = … }, new StringBuilder { Capacity = 64 }) for a write outside the helper,
    // so a helper that only logs after its check is dropped and AIR0004 reports. The page does not list initializers of
    // new objects as writes. Fix: in WritesOutside, a field/property reference whose Instance is an
    // IInstanceReferenceOperation with ReferenceKind.ImplicitReceiver writes the new object, not outside (false).
    [Fact]
    public Task Helper_logging_through_a_new_anonymous_or_initialized_object_DoesNotReport() => Verify.NoDiagnostics(Usings + """

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

    // E: FALSE REPORT (conservative beyond need). MayWriteOutside skips only what is inside the throw expression; a call
    // of the code's own Log in the mismatch branch before its throw drops the helper, though nothing in a branch that
    // always throws can reach the caller's use (the use runs only when the helper returns). Log-then-throw is the usual
    // shape of such a helper. Fix: in MayWriteOutside do not descend into the WhenTrue of a guard clause for which
    // Throws(...) holds (the same branches GuardHelper.Of reads as the mismatch branch); the page then needs "outside the
    // branch that throws" instead of "outside what it throws".
    [Fact]
    public Task Helper_logging_through_its_own_method_before_the_throw_DoesNotReport() => Verify.NoDiagnostics(Usings + """

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

    // F: FALSE REPORT, the code against its page. AIR0004.md says a helper is no check when it "passes a ref or out
    // argument other than a local", but MayWriteOutside accepts only a plain ILocalReferenceOperation as the argument's
    // value: out var parsed (an IDeclarationExpressionOperation around the local) and out _ (an IDiscardOperation) drop
    // the helper, so the everyday decimal.TryParse(…, out var v) / TryGetValue(…, out _) after a check makes AIR0004
    // report. Fix: in the IArgumentOperation case use WritesOutside(argument.Value) (which already lets declarations and
    // discards through) plus the RefKind.None test of the local.
    [Fact]
    public Task Helper_passing_out_var_or_out_discard_DoesNotReport() => Verify.NoDiagnostics(Usings + """

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
}

using System.Threading.Tasks;
using Verify = AiRace.Analyzers.Tests.Verify<AiRace.Analyzers.UnitStrippingRule>;

namespace AiRace.Analyzers.Tests;

/// <summary>
/// Second review of the 'code between' rule (CurrencyGuards.CodeRunsBetween) for AIR0004 on member paths: code of the
/// compilation that runs between a currency check and the use without being seen (wrong silences), and code between
/// that provably cannot change the checked member (false reports).
/// </summary>
public class ReviewGuard2Tests
{
    private const string Usings = """
        using System;
        using System.Threading.Tasks;
        using AiRace.Core;
        """;

    // FAULT (wrong silence): a `with` expression on a record of the code runs its copy constructor (code of the
    // compilation, here writing Fee), but IWithOperation's clone method is not counted by RunsCodeItself.
    // Right: the use after `box with { … }` is reported, as after `new Box(…)`.
    [Fact]
    public Task With_expression_running_a_copy_constructor_of_the_code_between_Reports() => Verify.Diagnostics(Usings + """

        sealed record Box(int N)
        {
            private Box(Box other) { N = other.N; C.Fee = Money.Jpy(5m); }
        }

        static class C
        {
            public static Money Fee = Money.Eur(1m);
            public static Money Cap = Money.Eur(2m);

            static decimal A(Box box)
            {
                if (Fee.Currency != Cap.Currency) throw new ArgumentException("two currencies");
                var copy = box with { N = 2 };
                return {|AIR0004:Fee.Amount + Cap.Amount|};
            }
        }
        """);

    // FAULT (wrong silence): a deconstruction calls Deconstruct of the code (here writing Fee); the
    // IDeconstructionAssignmentOperation shows no invocation, and RunsCodeItself does not look up the Deconstruct method.
    // Right: reported, as for an explicit `pair.Deconstruct(out var p, out var q);`.
    [Fact]
    public Task Deconstruction_calling_Deconstruct_of_the_code_between_Reports() => Verify.Diagnostics(Usings + """

        sealed class Pair
        {
            public void Deconstruct(out int a, out int b) { C.Fee = Money.Jpy(5m); a = 1; b = 2; }
        }

        static class C
        {
            public static Money Fee = Money.Eur(1m);
            public static Money Cap = Money.Eur(2m);

            static decimal A(Pair pair)
            {
                if (Fee.Currency != Cap.Currency) throw new ArgumentException("two currencies");
                var (p, q) = pair;
                return {|AIR0004:Fee.Amount + Cap.Amount|} + p + q;
            }
        }
        """);

    // FAULT (wrong silence): `await` on an awaitable of the code runs its GetAwaiter / IsCompleted / GetResult (here
    // GetResult writes Fee); IAwaitOperation is not counted. Right: reported.
    [Fact]
    public Task Await_on_an_awaiter_of_the_code_between_Reports() => Verify.Diagnostics(Usings + """

        sealed class Pause
        {
            public Waiter GetAwaiter() => new Waiter();
        }

        struct Waiter : System.Runtime.CompilerServices.INotifyCompletion
        {
            public bool IsCompleted => true;
            public void OnCompleted(Action continuation) => continuation();
            public void GetResult() { C.Fee = Money.Jpy(5m); }
        }

        static class C
        {
            public static Money Fee = Money.Eur(1m);
            public static Money Cap = Money.Eur(2m);

            static async Task<decimal> A(Pause pause)
            {
                if (Fee.Currency != Cap.Currency) throw new ArgumentException("two currencies");
                await pause;
                return {|AIR0004:Fee.Amount + Cap.Amount|};
            }
        }
        """);

    // FAULT (wrong silence): a library call given an object of the code calls back into it: Console.WriteLine(object)
    // and string interpolation run the object's ToString (here an override of the code writing Fee). Neither is
    // counted. Right: reported (a library call given a value whose type overrides ToString/Equals/... of the code may
    // run that code).
    [Fact]
    public Task Library_call_running_an_overridden_ToString_of_the_code_between_Reports() => Verify.Diagnostics(Usings + """

        sealed class Noisy
        {
            public override string ToString() { C.Fee = Money.Jpy(5m); return "noisy"; }
        }

        static class C
        {
            public static Money Fee = Money.Eur(1m);
            public static Money Cap = Money.Eur(2m);

            static decimal A(Noisy noisy)
            {
                if (Fee.Currency != Cap.Currency) throw new ArgumentException("two currencies");
                Console.WriteLine(noisy);
                return {|AIR0004:Fee.Amount + Cap.Amount|};
            }

            static decimal B(Noisy noisy)
            {
                if (Fee.Currency != Cap.Currency) throw new ArgumentException("two currencies");
                string text = $"now {noisy}";
                return {|AIR0004:Fee.Amount + Cap.Amount|} + text.Length;
            }
        }
        """);

    // FAULT (wrong silence): the first read of a static member of a class of the code runs its static constructor
    // (code of the compilation, here writing Fee). A field read is not counted. Right: reported when the class read has
    // a static constructor (or static field initializers calling code) of its own.
    [Fact]
    public Task Static_field_read_running_a_static_constructor_of_the_code_between_Reports() => Verify.Diagnostics(Usings + """

        static class Counter
        {
            public static int Count;
            static Counter() { C.Fee = Money.Jpy(5m); Count = 1; }
        }

        static class C
        {
            public static Money Fee = Money.Eur(1m);
            public static Money Cap = Money.Eur(2m);

            static decimal A()
            {
                if (Fee.Currency != Cap.Currency) throw new ArgumentException("two currencies");
                int n = Counter.Count;
                return {|AIR0004:Fee.Amount + Cap.Amount|} + n;
            }
        }
        """);

    // FAULT (false report): static readonly fields cannot be written after their class's static constructor, which has
    // run before the check read them; a call of the code between (Log, which writes nothing anyway) cannot change them.
    // Right: no report for readonly fields (and a readonly instance field of a receiver that is a parameter or `this`
    // outside a constructor).
    [Fact]
    public Task Readonly_fields_checked_then_a_call_of_the_code_DoesNotReport() => Verify.NoDiagnostics(Usings + """

        static class C
        {
            static readonly Money Fee = Money.Eur(1m);
            static readonly Money Cap = Money.Eur(2m);

            static void Log(string text) => Console.WriteLine(text);

            static decimal A()
            {
                if (Fee.Currency != Cap.Currency) throw new ArgumentException("two currencies");
                Log("same currency");
                return Fee.Amount + Cap.Amount;
            }
        }
        """);

    // FAULT (false report): get-only auto-properties and a record's positional (init-only) properties cannot be set
    // after construction (`with` makes another object); the receiver is a parameter, which code between cannot rebind.
    // Right: no report after a call of the code between.
    [Fact]
    public Task Get_only_and_init_only_auto_properties_checked_then_a_call_of_the_code_DoesNotReport() => Verify.NoDiagnostics(Usings + """

        sealed record Order(Money Fee, Money Budget);

        sealed class Quote
        {
            public Quote(Money fee, Money cap) { Fee = fee; Cap = cap; }
            public Money Fee { get; }
            public Money Cap { get; }
        }

        static class C
        {
            static void Log(string text) => Console.WriteLine(text);

            static decimal A(Order o)
            {
                if (o.Fee.Currency != o.Budget.Currency) throw new ArgumentException("two currencies");
                Log("same currency");
                return o.Fee.Amount + o.Budget.Amount;
            }

            static decimal B(Quote q)
            {
                if (q.Fee.Currency != q.Cap.Currency) throw new ArgumentException("two currencies");
                Log("same currency");
                return q.Fee.Amount - q.Cap.Amount;
            }
        }
        """);
    // FAULT (wrong silence): a lambda handed to the library between the check and the use runs code of the compilation
    // (Touch writes Fee) when Select/ToList or Sort calls it. CodeRunsBetween walks into the lambda, but its body is a
    // block ending in `return`, so Leaves(...) takes it for "code in a branch that leaves" and skips it: a lambda's
    // `return` leaves the lambda, not the function. (A method group, `xs.Select(Touch)`, is reported.)
    // Right: reported; Leaves should not apply to an IAnonymousFunctionOperation's body (nor anything inside one).
    [Fact]
    public Task Lambda_calling_code_of_the_compilation_run_by_a_library_call_between_Reports() => Verify.Diagnostics(Usings + """

        static class C
        {
            public static Money Fee = Money.Eur(1m);
            public static Money Cap = Money.Eur(2m);

            static int Touch(int x) { Fee = Money.Jpy(5m); return x; }

            static decimal A(System.Collections.Generic.List<int> xs)
            {
                if (Fee.Currency != Cap.Currency) throw new ArgumentException("two currencies");
                var ys = System.Linq.Enumerable.ToList(System.Linq.Enumerable.Select(xs, x => Touch(x)));
                return {|AIR0004:Fee.Amount + Cap.Amount|} + ys.Count;
            }

            static decimal B(System.Collections.Generic.List<int> xs)
            {
                if (Fee.Currency != Cap.Currency) throw new ArgumentException("two currencies");
                xs.Sort((p, q) => Touch(p) - q);
                return {|AIR0004:Fee.Amount + Cap.Amount|};
            }
        }
        """);

    // FAULT (false report): the fields of a struct parameter (or local) passed by value are the member's own storage,
    // a copy no other code can reach; a call of the code between cannot change p.Fee. Only a class receiver, a ref/in/out
    // parameter, `this` in a struct or a field holds storage others may write.
    // Right: a member path rooted in a by-value struct local or parameter (through fields or auto-properties of
    // structs) counts like a plain variable (IsPlainVariable); no report.
    [Fact]
    public Task Member_paths_of_a_by_value_struct_parameter_checked_then_a_call_of_the_code_DoesNotReport() => Verify.NoDiagnostics(Usings + """

        struct Pt
        {
            public Money Fee;
            public Money Cap;
        }

        readonly struct Quote
        {
            public Quote(Money fee, Money cap) { Fee = fee; Cap = cap; }
            public Money Fee { get; }
            public Money Cap { get; }
        }

        static class C
        {
            static void Log(string text) => Console.WriteLine(text);

            static decimal A(Pt p)
            {
                if (p.Fee.Currency != p.Cap.Currency) throw new ArgumentException("two currencies");
                Log("same currency");
                return p.Fee.Amount + p.Cap.Amount;
            }

            static decimal B(Quote q)
            {
                if (q.Fee.Currency != q.Cap.Currency) throw new ArgumentException("two currencies");
                Log("same currency");
                return q.Fee.Amount - q.Cap.Amount;
            }
        }
        """);
    // FAULT (wrong silence): a block ending in `break` leaves only the loop or switch it is in, not the function, yet
    // with no loop around the use CodeRunsBetween's Leaves(next, jumps: true) skips any block ending in break or
    // continue as "code in a branch that leaves": `for (…) { Touch(); break; }` and `case 1: { Touch(); break; }`
    // between the check and the use run Touch (which writes Fee) and then go on to the use.
    // Right: reported; a break/continue leaves only when its target loop or switch holds the use (or encloses the
    // check and the use), otherwise the block's code runs before the use.
    [Fact]
    public Task Code_in_a_block_ending_in_break_of_an_inner_loop_or_switch_between_Reports() => Verify.Diagnostics(Usings + """

        static class C
        {
            public static Money Fee = Money.Eur(1m);
            public static Money Cap = Money.Eur(2m);

            static void Touch() { Fee = Money.Jpy(5m); }

            static decimal A(int n)
            {
                if (Fee.Currency != Cap.Currency) throw new ArgumentException("two currencies");
                for (int i = 0; i < n; i++)
                {
                    Touch();
                    break;
                }

                return {|AIR0004:Fee.Amount + Cap.Amount|};
            }

            static decimal B(int k)
            {
                if (Fee.Currency != Cap.Currency) throw new ArgumentException("two currencies");
                switch (k)
                {
                    case 1:
                    {
                        Touch();
                        break;
                    }
                }

                return {|AIR0004:Fee.Amount + Cap.Amount|};
            }
        }
        """);
    // FAULT (false report): the Dispose of a `using` declaration runs when its block ends, after the use, not between
    // the check and the use; yet CodeRunsBetween counts the IUsingDeclarationOperation itself (RunsImplicitly ->
    // DisposesInCode) as code run between. (The writer is a parameter: nothing else between runs code.)
    // Right: no report; a using declaration between runs its Dispose only after the use (unless a loop around the use
    // that does not hold the check brings it round again).
    [Fact]
    public Task Using_declaration_between_whose_Dispose_runs_after_the_use_DoesNotReport() => Verify.NoDiagnostics(Usings + """

        sealed class Writer : IDisposable
        {
            public void Dispose() => Console.WriteLine("closed");
        }

        static class C
        {
            public static Money Fee = Money.Eur(1m);
            public static Money Cap = Money.Eur(2m);

            static decimal A(Writer given)
            {
                if (Fee.Currency != Cap.Currency) throw new ArgumentException("two currencies");
                using var writer = given;
                return Fee.Amount + Cap.Amount;
            }
        }
        """);
    // FAULT (wrong silence): a try block ending in `return` is skipped as code that leaves, but when Touch (which writes
    // Fee) throws, the catch takes the exception and the method goes on to the use with Fee changed.
    // Right: reported; a block ending in return/throw leaves only if no catch around it (inside the span) can stop
    // what throws in it, or its code cannot throw after writing.
    [Fact]
    public Task Code_in_a_try_block_ending_in_return_with_a_catch_between_Reports() => Verify.Diagnostics(Usings + """

        static class C
        {
            public static Money Fee = Money.Eur(1m);
            public static Money Cap = Money.Eur(2m);

            static decimal Touch() { Fee = Money.Jpy(5m); throw new InvalidOperationException("touched"); }

            static decimal A()
            {
                if (Fee.Currency != Cap.Currency) throw new ArgumentException("two currencies");
                try
                {
                    return Touch();
                }
                catch (InvalidOperationException)
                {
                }

                return {|AIR0004:Fee.Amount + Cap.Amount|};
            }
        }
        """);
}

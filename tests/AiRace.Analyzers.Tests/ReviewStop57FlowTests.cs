using System;
using System.Threading.Tasks;
using Xunit;

namespace AiRace.Analyzers.Tests;

/// <summary>
/// Review of stop 57's AIR0001 flow changes (a generic helper that adds its item, a list given to a helper's
/// <c>ICollection&lt;T&gt;</c>/<c>IList&lt;T&gt;</c> parameter, a currency code read from a currency of known value):
/// each test is a fault found, failing today, its message saying what is wrong and what analyzers/docs/AIR0001.md
/// promises.
/// </summary>
public class ReviewStop57FlowTests
{
    // FALSE REPORT. An iterator's body runs only when its result is enumerated: Fill.Lazy(quotes, euros) whose result is
    // dropped adds nothing, yet the flow reads the body's into.Add(m) as done by the call, for an ICollection<Money>
    // parameter (new today), a List<Money> one and a generic one (new today).
    [Fact]
    public Task Iterator_helper_whose_result_is_never_enumerated_DoesNotReport() => Expect(
        "FALSE REPORT: an iterator helper (yield return) runs none of its body when called, so the list still holds only yen; "
        + "AIR0001.md: the collection gets what the method's body does, and 'a method whose body may not be the only code that runs' "
        + "leaves it unknown; an iterator's (or any deferred) body is not run by the call at all, so the call must add nothing known.",
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        static class Fill
        {
            public static IEnumerable<int> Lazy(ICollection<Money> into, Money m) { into.Add(m); yield return 1; }
            public static IEnumerable<int> LazyList(List<Money> into, Money m) { into.Add(m); yield return 1; }
            public static IEnumerable<int> LazyGeneric<T>(List<T> into, T item) { into.Add(item); yield return 1; }
        }
        class Use
        {
            Money A() { var quotes = new List<Money> { Money.Jpy(1m) }; _ = Fill.Lazy(quotes, Money.Eur(2m)); return quotes.Sum(Currency.JPY); }
            Money B() { var quotes = new List<Money> { Money.Jpy(1m) }; _ = Fill.LazyList(quotes, Money.Eur(2m)); return quotes.Sum(Currency.JPY); }
            Money C() { var quotes = new List<Money> { Money.Jpy(1m) }; _ = Fill.LazyGeneric(quotes, Money.Eur(2m)); return quotes.Sum(Currency.JPY); }
        }
        """);

    // FALSE REPORT. A generic helper that tests its type argument (typeof(T) == typeof(Money)) tests its item as surely as
    // naming it in a pattern (item is Money) would: called with money it adds only home (yen), never item (euros).
    [Fact]
    public Task Generic_helper_that_dispatches_on_its_type_argument_DoesNotReport() => Expect(
        "FALSE REPORT: Home<T> adds item only when T is not Money, so Home(quotes, euros, yen) adds yen only; "
        + "AIR0001.md: what a helper adds from a parameter is unknown 'when the body ... may test it (... names it in a condition or pattern)'; "
        + "a condition on typeof(T) (or T's type) tests every parameter of type T and must leave what it adds unknown.",
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        static class Fill
        {
            public static void Home<T>(List<T> into, T item, T home)
            {
                if (typeof(T) == typeof(Money))
                {
                    into.Add(home);
                    return;
                }

                into.Add(item);
            }
        }
        class Use
        {
            Money A() { var quotes = new List<Money> { Money.Jpy(1m) }; Fill.Home(quotes, Money.Eur(2m), Money.Jpy(3m)); return quotes.Sum(Currency.JPY); }
        }
        """);

    // MISS. A generic helper that passes its item on to another generic helper that adds it.
    [Fact]
    public Task Generic_helper_passing_on_to_a_second_generic_helper_Reports() => Expect(
        "MISS: Outer<T>(quotes, euros) hands item to Inner<U>, which adds it: the list gets euros; "
        + "AIR0001.md: what a helper adds from its money parameter ('also scaled, through its locals or passed on to another such method') "
        + "has the argument's currency, 'so does what a generic method adds from a parameter of its own type parameter when the call gives it money'.",
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        static class Fill
        {
            public static void Outer<T>(List<T> into, T item) => Inner(into, item);
            static void Inner<U>(List<U> into, U item) => into.Add(item);
        }
        class Use
        {
            Money A() { var quotes = new List<Money>(); Fill.Outer(quotes, Money.Eur(1m)); return {|AIR0001:quotes.Sum(Currency.JPY)|}; }
        }
        """);

    // MISS. A generic helper constrained to scale (T : IMultiplyOperators<T, decimal, T>, which Money implements) adds its
    // item scaled.
    [Fact]
    public Task Generic_helper_adds_its_item_scaled_Reports() => Expect(
        "MISS: Doubled<T>(quotes, euros) adds item * 2m, euros; "
        + "AIR0001.md: what a helper adds from its money parameter, 'also scaled', has the argument's currency, and 'so does' a generic "
        + "method's parameter of its own type parameter given money; the operator of the constraint is Money's own.",
        """
        using System.Collections.Generic;
        using System.Linq;
        using System.Numerics;
        using AiRace.Core;
        static class Fill
        {
            public static void Doubled<T>(List<T> into, T item) where T : IMultiplyOperators<T, decimal, T> => into.Add(item * 2m);
        }
        class Use
        {
            Money A() { var quotes = new List<Money>(); Fill.Doubled(quotes, Money.Eur(1m)); return {|AIR0001:quotes.Sum(Currency.JPY)|}; }
        }
        """);

    // MISS. The code of a known currency kept in a local first (var code = m.Currency.Code;).
    [Fact]
    public Task Money_rebuilt_from_a_code_kept_in_a_local_Reports() => Expect(
        "MISS: Money.Of(m.Amount, code) with var code = m.Currency.Code rebuilds m in its own currency; "
        + "AIR0001.md: a function returns its argument's currency when its returns are 'rebuilt from its own Currency: ... Money.Of(m.Amount, "
        + "m.Currency.Code) ...; through its own locals', and 'the Code of a currency so known given as a code' gives that currency.",
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

    // FALSE REPORT. A helper that only returns a lambda adding to its parameter adds nothing when called: the lambda,
    // dropped here, never runs.
    [Fact]
    public Task Helper_returning_a_lambda_that_would_add_DoesNotReport() => Expect(
        "FALSE REPORT: Later(quotes, euros) returns () => into.Add(m) and the caller drops it, so the list still holds only yen; "
        + "AIR0001.md: a method 'that keeps or hands on the parameter ... leaves it unknown' (a lambda capturing it and returned hands it on), "
        + "and nothing the call runs adds euros.",
        """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        static class Fill
        {
            public static Action Later(ICollection<Money> into, Money m) => () => into.Add(m);
            public static Action LaterList(List<Money> into, Money m) => () => into.Add(m);
            public static Action LaterGeneric<T>(ICollection<T> into, T item) => () => into.Add(item);
        }
        class Use
        {
            Money A() { var quotes = new List<Money> { Money.Jpy(1m) }; _ = Fill.Later(quotes, Money.Eur(2m)); return quotes.Sum(Currency.JPY); }
            Money B() { var quotes = new List<Money> { Money.Jpy(1m) }; _ = Fill.LaterList(quotes, Money.Eur(2m)); return quotes.Sum(Currency.JPY); }
            Money C() { var quotes = new List<Money> { Money.Jpy(1m) }; _ = Fill.LaterGeneric(quotes, Money.Eur(2m)); return quotes.Sum(Currency.JPY); }
        }
        """);

    // FALSE REPORT. A call of a [Conditional("DEBUG")] method is left out of a build without DEBUG (as this one): its body
    // never runs there.
    [Fact]
    public Task Conditional_helper_left_out_of_the_build_DoesNotReport() => Expect(
        "FALSE REPORT: Trace is [Conditional(\"DEBUG\")] and DEBUG is not defined, so the compiler drops the call and the list keeps only yen; "
        + "AIR0001.md: the collection gets what the method's body does, and a body that 'may not be the only code that runs' leaves it unknown; "
        + "a body that may not run at all (a conditional method, depending on the build's symbols) must not add euros.",
        """
        using System.Collections.Generic;
        using System.Diagnostics;
        using System.Linq;
        using AiRace.Core;
        static class Fill
        {
            [Conditional("DEBUG")] public static void Trace(ICollection<Money> into, Money m) => into.Add(m);
            [Conditional("DEBUG")] public static void TraceList(List<Money> into, Money m) => into.Add(m);
            [Conditional("DEBUG")] public static void TraceGeneric<T>(List<T> into, T item) => into.Add(item);
        }
        class Use
        {
            Money A() { var quotes = new List<Money> { Money.Jpy(1m) }; Fill.Trace(quotes, Money.Eur(2m)); return quotes.Sum(Currency.JPY); }
            Money B() { var quotes = new List<Money> { Money.Jpy(1m) }; Fill.TraceList(quotes, Money.Eur(2m)); return quotes.Sum(Currency.JPY); }
            Money C() { var quotes = new List<Money> { Money.Jpy(1m) }; Fill.TraceGeneric(quotes, Money.Eur(2m)); return quotes.Sum(Currency.JPY); }
        }
        """);

    /// <summary>Runs <see cref="Files.Verify"/> and, when it fails, says what is wrong and what the page promises.</summary>
    private static async Task Expect(string why, params string[] sources)
    {
        try
        {
            await Files.Verify(sources);
        }
        catch (Exception failure) when (failure is not OutOfMemoryException)
        {
            throw new Xunit.Sdk.XunitException(why + Environment.NewLine + failure.Message);
        }
    }
}

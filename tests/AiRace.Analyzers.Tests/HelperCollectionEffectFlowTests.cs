using System.Threading.Tasks;
using Xunit;

namespace AiRace.Analyzers.Tests;

/// <summary>
/// AIR0001 and a collection given to a method of the code: what the method's body does to its parameter is what the
/// call does to the collection (<c>Fill(caps)</c> adds what <c>Fill</c> adds; <c>Refill(paid)</c>, which clears it first,
/// may remove what was there). A method whose body is not the only code that may run (virtual, interface, another
/// assembly), a recursive helper, or one that hands the collection on to code not seen leaves it unknown. A parameter of
/// the collection's <c>ICollection&lt;T&gt;</c> or <c>IList&lt;T&gt;</c> is the collection itself; a generic helper called
/// with money adds what the call gives it, also scaled through its constraint or passed on to another generic helper,
/// unless it tests its type argument (<c>typeof(T)</c>). A helper whose body the call does not run (an iterator, a
/// <c>[Conditional]</c> method) or that uses the collection in a lambda or local function leaves it unknown.
/// </summary>
public class HelperCollectionEffectFlowTests
{
    [Fact]
    public Task Collection_filled_by_a_helper_in_another_currency_Reports() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        static class Fill
        {
            public static void Yuan(List<Money> into) { into.Add(Money.Cny(1m)); into.Add(Money.Cny(2m)); }
            public static void Dollars(List<Money> into) => into.Add(Money.Usd(1m));
        }
        class Use
        {
            Money A() { var caps = new List<Money>(); Fill.Yuan(caps); return {|AIR0001:caps.Sum(Currency.USD)|}; }
            bool B() { var caps = new List<Money> { Money.Eur(1m) }; Fill.Dollars(caps); return {|AIR0001:caps.Max()|} > Money.Eur(1m); }
            bool C() { var caps = new List<Money>(); Fill.Yuan(caps); return {|AIR0001:caps[0] > Money.Jpy(1m)|}; }
        }
        """);

    [Fact]
    public Task Collection_a_helper_clears_refills_hands_on_or_fills_recursively_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        static class Fill
        {
            public static List<Money> Kept = new();
            public static void Refill(List<Money> l) { l.Clear(); l.Add(Money.Usd(1m)); }
            public static void Keep(List<Money> l) => Kept = l;
            public static void Deep(List<Money> l, int n) { if (n > 0) { Deep(l, n - 1); } else { l.Add(Money.Cny(1m)); } }
        }
        interface IFiller { void Fill(List<Money> into); }
        class Use
        {
            private readonly List<Money> _paid = [Money.Cny(1m)];
            Money A() { Fill.Refill(_paid); return _paid.Sum(Currency.USD); }
            Money B() { var caps = new List<Money> { Money.Cny(1m) }; Fill.Keep(caps); Fill.Kept.Clear(); Fill.Kept.Add(Money.Usd(1m)); return caps.Sum(Currency.USD); }
            Money C() { var caps = new List<Money>(); Fill.Deep(caps, 3); return caps.Sum(Currency.CNY); }
            Money D(IFiller filler) { var caps = new List<Money> { Money.Cny(1m) }; filler.Fill(caps); return caps.Max(); }
        }
        """);

    // From the Power field test (stop 56, a miss then). The page (AIR0001.md): a collection given to a method of the code
    // "gets what the method's body does to the parameter: what it adds". A helper that adds the money it is given as a
    // parameter (Fill(empty, Money.Eur(2m)) with into.Add(m)) gave the list nothing known: HelperEffect
    // (CurrencyFlow.Collections.cs) read the parameter's currency in the helper's body, where it is unknown, not the
    // argument's at the call.
    [Fact]
    public Task Collection_given_the_money_a_helper_adds_from_its_parameter_Reports() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        static class Fill
        {
            public static void One(List<Money> into, Money m) => into.Add(m);
            public static void Before(Money m, List<Money> into) { into.Add(m); }
            public static void Two(List<Money> into, Money a, Money b) { into.Add(a); into.Add(b); }
            public static void Doubled(List<Money> into, Money m) { var twice = m * 2m; into.Add(twice); }
            public static void Passed(List<Money> into, Money m) => One(into, m);
            public static void Put(this List<Money> into, Money m) => into.Add(m);
        }
        class Use
        {
            private readonly List<Money> _paid = [Money.Cny(1m)];
            Money A() { var empty = new List<Money>(); Fill.One(empty, Money.Eur(2m)); return {|AIR0001:empty.Sum(Currency.JPY)|}; }
            Money B() { var caps = new List<Money> { Money.Jpy(1m) }; Fill.Before(Money.Eur(2m), caps); return {|AIR0001:caps.Max()|}; }
            Money C() { var caps = new List<Money>(); Fill.One(m: Money.Usd(3m), into: caps); return {|AIR0001:caps.Sum(Currency.CNY)|}; }
            Money D() { var caps = new List<Money>(); Fill.Two(caps, Money.Cny(1m), Money.Usd(2m)); return {|AIR0001:caps.Max()|}; }
            Money E() { var euros = Money.Eur(4m); var caps = new List<Money>(); Fill.Doubled(caps, euros); return {|AIR0001:caps.Sum(Currency.GBP)|}; }
            Money F() { var caps = new List<Money>(); Fill.Passed(caps, Money.Eur(1m)); return {|AIR0001:caps.Sum(Currency.JPY)|}; }
            Money G() { Fill.One(_paid, Money.Usd(1m)); return {|AIR0001:_paid.Max()|}; }
            Money H() { var caps = new List<Money> { Money.Gbp(1m) }; caps.Put(Money.Eur(1m)); return {|AIR0001:caps.Sum(Currency.GBP)|}; }
        }
        """);

    [Fact]
    public Task Collection_given_money_of_unknown_or_its_own_currency_or_converted_by_the_helper_DoesNotReport() => Files.Verify(
        """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        static class Fill
        {
            public static void One(List<Money> into, Money m) => into.Add(m);
            public static void Two(List<Money> into, Money a, Money b) { into.Add(a); into.Add(b); }
            public static void InYen(List<Money> into, Money m, DateOnly at, IExchangeRateProvider rates) =>
                into.Add(m.ConvertTo(Currency.JPY, at, rates, RateLookup.ExactDate).Result);
            public static void Replaced(List<Money> into, Money m, DateOnly at, IExchangeRateProvider rates)
            {
                m = m.ConvertTo(Currency.JPY, at, rates, RateLookup.ExactDate).Result;
                into.Add(m);
            }

            public static void IfYen(List<Money> into, Money m) { if (m.Currency == Currency.JPY) into.Add(m); }
            public static void OnlyYen(List<Money> into, Money m)
            {
                if (m.Currency.Code != "JPY")
                {
                    return;
                }

                into.Add(m);
            }

            public static void Matched(List<Money> into, Money m) { if (m is { Currency.Code: "JPY" }) into.Add(m); }
        }
        class Use
        {
            Money A(Money given) { var caps = new List<Money> { Money.Jpy(1m) }; Fill.One(caps, given); return caps.Sum(Currency.JPY) + caps.Max(); }
            Money B(string text) { var caps = new List<Money> { Money.Jpy(1m) }; Fill.One(caps, Money.Parse(text)); return caps.Max(); }
            Money C() { var caps = new List<Money>(); Fill.One(m: Money.Jpy(2m), into: caps); return caps.Sum(Currency.JPY); }
            Money D() { var caps = new List<Money>(); Fill.Two(caps, Money.Eur(1m), Money.Eur(2m)); return caps.Sum(Currency.EUR) + caps.Max(); }
            Money E(DateOnly at, IExchangeRateProvider rates) { var caps = new List<Money> { Money.Jpy(1m) }; Fill.InYen(caps, Money.Eur(3m), at, rates); return caps.Sum(Currency.JPY) + caps.Max(); }
            Money F(DateOnly at, IExchangeRateProvider rates) { var caps = new List<Money> { Money.Jpy(1m) }; Fill.Replaced(caps, Money.Eur(3m), at, rates); return caps.Sum(Currency.JPY) + caps.Max(); }
            Money H()
            {
                var caps = new List<Money> { Money.Jpy(1m) };
                Fill.IfYen(caps, Money.Eur(1m));
                Fill.OnlyYen(caps, Money.Usd(1m));
                Fill.Matched(caps, Money.Cny(1m));
                return caps.Sum(Currency.JPY) + caps.Max();
            }

            Money G()
            {
                var yen = new List<Money>();
                var euros = new List<Money>();
                Fill.One(yen, Money.Jpy(1m));
                Fill.One(euros, Money.Eur(1m));
                Console.WriteLine(euros.Sum(Currency.EUR));
                return yen.Sum(Currency.JPY) + yen.Max();
            }
        }
        """);

    // AIR0001.md: what a helper adds from a money parameter has the argument's currency "not when the body writes that
    // parameter or may test it (reads its currency ...)". Here the body reads the currency of a local that is the
    // parameter, and adds only yen: the list never gets the euros.
    [Fact]
    public Task Helper_tests_its_parameter_through_a_local_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        static class Fill
        {
            public static void OnlyYen(List<Money> into, Money m)
            {
                var given = m;
                if (given.Currency != Currency.JPY)
                {
                    return;
                }

                into.Add(given);
            }
        }
        class Use
        {
            Money A() { var caps = new List<Money> { Money.Jpy(1m) }; Fill.OnlyYen(caps, Money.Eur(1m)); return caps.Sum(Currency.JPY); }
        }
        """);

    // The same, the test made by a helper into a local (the parameter named in an argument, not in the condition).
    [Fact]
    public Task Helper_tests_its_parameter_by_a_call_into_a_local_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        static class Fill
        {
            static bool IsYen(Money m) => m.Currency == Currency.JPY;

            public static void OnlyYen(List<Money> into, Money m)
            {
                bool yen = IsYen(m);
                if (yen)
                {
                    into.Add(m);
                }
            }
        }
        class Use
        {
            Money A() { var caps = new List<Money> { Money.Jpy(1m) }; Fill.OnlyYen(caps, Money.Eur(1m)); return caps.Sum(Currency.JPY); }
        }
        """);

    // AIR0001.md: what a helper adds from a money parameter has the argument's currency, not when the body "may test it
    // (reads its currency ...)". Here the parameter is not tested: a local function's own parameter of the same name is.
    [Fact]
    public Task Helper_with_a_local_function_parameter_of_the_same_name_Reports() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        static class Fill
        {
            public static void One(List<Money> into, Money m)
            {
                into.Add(m);
                Log(Money.Jpy(0m));

                static void Log(Money m) => System.Console.WriteLine(m.Currency);
            }
        }
        class Use
        {
            Money A() { var caps = new List<Money> { Money.Jpy(1m) }; Fill.One(caps, Money.Eur(1m)); return {|AIR0001:caps.Sum(Currency.JPY)|}; }
        }
        """);

    // AIR0001.md: what the helper adds from a money parameter "has the currency of the argument the call gives for it
    // ..., unknown when that is unknown": per parameter, so the euros given for b are euros even when a is unknown.
    [Fact]
    public Task Helper_given_one_unknown_and_one_known_argument_Reports() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        static class Fill
        {
            public static void Two(List<Money> into, Money a, Money b) { into.Add(a); into.Add(b); }
        }
        class Use
        {
            Money A(Money given) { var caps = new List<Money> { Money.Jpy(1m) }; Fill.Two(caps, given, Money.Eur(1m)); return {|AIR0001:caps.Sum(Currency.JPY)|}; }
        }
        """);

    // The other direction: a local copy of the parameter that is only added (never tested) still adds the argument's
    // currency.
    [Fact]
    public Task Helper_adds_an_untested_local_copy_of_its_parameter_Reports() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        static class Fill
        {
            public static void Copy(List<Money> into, Money m)
            {
                var given = m;
                bool ready = into.Count >= 0;
                into.Add(given);
            }
        }
        class Use
        {
            Money A() { var caps = new List<Money> { Money.Jpy(1m) }; Fill.Copy(caps, Money.Eur(1m)); return {|AIR0001:caps.Sum(Currency.JPY)|}; }
        }
        """);

    // The other direction: both arguments unknown adds nothing known (silent, as before).
    [Fact]
    public Task Helper_given_only_unknown_arguments_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        static class Fill
        {
            public static void Two(List<Money> into, Money a, Money b) { into.Add(a); into.Add(b); }
        }
        class Use
        {
            Money A(Money given, Money other) { var caps = new List<Money> { Money.Jpy(1m) }; Fill.Two(caps, given, other); return caps.Sum(Currency.JPY); }
        }
        """);

    // A generic helper (Fill<T>(List<T> into, T item) => into.Add(item)) called with money adds what the non-generic one
    // adds: the argument's currency.
    [Fact]
    public Task Collection_filled_by_a_generic_helper_with_money_Reports() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        static class Fill
        {
            public static void One<T>(List<T> into, T item) => into.Add(item);
            public static void Block<T>(List<T> into, T item) { into.Add(item); }
            public static void Put<T>(this List<T> into, T item) => into.Add(item);
        }
        class Use
        {
            private readonly List<Money> _paid = [Money.Cny(1m)];
            Money A() { var euros = Money.Eur(2m); var quotes = new List<Money>(); Fill.One(quotes, euros); return {|AIR0001:quotes.Sum(Currency.JPY)|}; }
            Money B() { var quotes = new List<Money> { Money.Jpy(1m) }; Fill.One<Money>(quotes, Money.Eur(2m)); return {|AIR0001:quotes.Max()|}; }
            Money C() { var quotes = new List<Money>(); Fill.Block(quotes, Money.Usd(2m)); return {|AIR0001:quotes.Sum(Currency.CNY)|}; }
            Money D() { Fill.One(_paid, Money.Usd(1m)); return {|AIR0001:_paid.Max()|}; }
            Money E() { var quotes = new List<Money> { Money.Gbp(1m) }; quotes.Put(Money.Eur(1m)); return {|AIR0001:quotes.Sum(Currency.GBP)|}; }
        }
        """);

    [Fact]
    public Task Collection_filled_by_a_generic_helper_that_may_add_another_currency_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        static class Fill
        {
            public static void One<T>(List<T> into, T item) => into.Add(item);
            public static void Written<T>(List<T> into, T item, T other) { item = other; into.Add(item); }
            public static void Refill<T>(List<T> into, T item) { into.Clear(); into.Add(item); }
            public static void Deep<T>(List<T> into, T item, int n) { if (n > 0) { Deep(into, item, n - 1); } else { into.Add(item); } }
        }
        class Filler { public virtual void Fill<T>(List<T> into, T item) => into.Add(item); }
        class Use
        {
            Money A(Money given) { var quotes = new List<Money> { Money.Jpy(1m) }; Fill.One(quotes, given); return quotes.Sum(Currency.JPY) + quotes.Max(); }
            Money B() { var quotes = new List<Money>(); Fill.One(quotes, Money.Jpy(2m)); return quotes.Sum(Currency.JPY); }
            Money C() { var quotes = new List<Money> { Money.Jpy(1m) }; Fill.Written(quotes, Money.Jpy(1m), Money.Eur(1m)); return quotes.Sum(Currency.JPY) + quotes.Max(); }
            Money D() { var quotes = new List<Money> { Money.Eur(1m) }; Fill.Refill(quotes, Money.Jpy(1m)); return quotes.Sum(Currency.JPY) + quotes.Max(); }
            Money E() { var quotes = new List<Money>(); Fill.Deep(quotes, Money.Jpy(1m), 2); return quotes.Sum(Currency.JPY) + quotes.Max(); }
            Money F(Filler filler) { var quotes = new List<Money> { Money.Jpy(1m) }; filler.Fill(quotes, Money.Eur(1m)); return quotes.Sum(Currency.JPY) + quotes.Max(); }
        }
        """);

    // A helper whose collection parameter is an interface the list implements (ICollection<Money>, IList<Money>) adds
    // to the list it is given, as one taking the list itself does.
    [Fact]
    public Task Collection_filled_through_an_interface_parameter_Reports() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        static class Fill
        {
            public static void One(ICollection<Money> into, Money m) => into.Add(m);
            public static void Listed(IList<Money> into, Money m) { into.Add(m); }
            public static void Yuan(ICollection<Money> into) => into.Add(Money.Cny(1m));
            public static void Generic<T>(ICollection<T> into, T item) => into.Add(item);
            public static void Nothing(IList<Money> into) { }
        }
        class Use
        {
            private readonly List<Money> _paid = [Money.Cny(1m)];
            Money A() { var quotes = new List<Money>(); Fill.One(quotes, Money.Eur(2m)); return {|AIR0001:quotes.Sum(Currency.JPY)|}; }
            Money B() { var quotes = new List<Money> { Money.Jpy(1m) }; Fill.Listed(quotes, Money.Eur(2m)); return {|AIR0001:quotes.Max()|}; }
            Money C() { Fill.One(_paid, Money.Usd(1m)); return {|AIR0001:_paid.Max()|}; }
            Money D() { var quotes = new List<Money>(); Fill.Yuan(quotes); return {|AIR0001:quotes.Sum(Currency.USD)|}; }
            Money E() { var quotes = new HashSet<Money>(); Fill.Generic(quotes, Money.Eur(2m)); return {|AIR0001:quotes.Sum(Currency.JPY)|}; }
            Money F() { var quotes = new List<Money> { Money.Eur(1m) }; Fill.Nothing(quotes); return {|AIR0001:quotes.Sum(Currency.JPY)|}; }
        }
        """);

    [Fact]
    public Task Collection_given_to_an_interface_parameter_that_may_change_it_unseen_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        static class Fill
        {
            public static ICollection<Money>? Kept;
            public static void One(ICollection<Money> into, Money m) => into.Add(m);
            public static void Keep(ICollection<Money> into) => Kept = into;
            public static void Refill(IList<Money> into, Money m) { into.Clear(); into.Add(m); }
            public static void Written(ICollection<Money> into, Money m, Money n) { m = n; into.Add(m); }
            public static void Deep(ICollection<Money> into, Money m, int n) { if (n > 0) { Deep(into, m, n - 1); } else { into.Add(m); } }
            public static void Cast(ICollection<Money> into) { ((List<Money>)into).Clear(); into.Add(Money.Jpy(1m)); }
            public static void Matched(ICollection<Money> into) { if (into is List<Money> list) { list.Clear(); } into.Add(Money.Jpy(1m)); }
            public static void Set(ISet<Money> into) { into.Clear(); into.Add(Money.Jpy(1m)); }
            public static void Pairs(ICollection<KeyValuePair<string, Money>> into) { into.Clear(); into.Add(new KeyValuePair<string, Money>("east", Money.Jpy(1m))); }
        }
        interface IFiller { void Fill(ICollection<Money> into, Money m); }
        class Use
        {
            Money A(Money given) { var quotes = new List<Money> { Money.Jpy(1m) }; Fill.One(quotes, given); return quotes.Sum(Currency.JPY) + quotes.Max(); }
            Money B() { var quotes = new List<Money> { Money.Jpy(1m) }; Fill.Keep(quotes); Fill.Kept!.Add(Money.Eur(1m)); return quotes.Sum(Currency.JPY); }
            Money C() { var quotes = new List<Money> { Money.Eur(1m) }; Fill.Refill(quotes, Money.Jpy(1m)); return quotes.Sum(Currency.JPY) + quotes.Max(); }
            Money D() { var quotes = new List<Money> { Money.Jpy(1m) }; Fill.Written(quotes, Money.Jpy(1m), Money.Eur(1m)); return quotes.Sum(Currency.JPY) + quotes.Max(); }
            Money E() { var quotes = new List<Money>(); Fill.Deep(quotes, Money.Jpy(1m), 2); return quotes.Sum(Currency.JPY) + quotes.Max(); }
            Money F(IFiller filler) { var quotes = new List<Money> { Money.Jpy(1m) }; filler.Fill(quotes, Money.Eur(1m)); return quotes.Sum(Currency.JPY) + quotes.Max(); }
            Money G() { var quotes = new List<Money> { Money.Eur(1m) }; Fill.Cast(quotes); return quotes.Sum(Currency.JPY) + quotes.Max(); }
            Money H() { var quotes = new List<Money> { Money.Eur(1m) }; Fill.Matched(quotes); return quotes.Sum(Currency.JPY) + quotes.Max(); }
            Money J() { var quotes = new HashSet<Money> { Money.Eur(1m) }; Fill.Set(quotes); return quotes.Sum(Currency.JPY) + quotes.Max(); }
            Money I() { var byRegion = new Dictionary<string, Money> { ["west"] = Money.Eur(1m) }; Fill.Pairs(byRegion); return byRegion.Values.Sum(Currency.JPY) + byRegion.Values.Max(); }
        }
        """);

    // An iterator's body runs only when its result is enumerated: Lazy(quotes, euros) whose result is dropped adds
    // nothing, for an ICollection<Money>, a List<Money> and a generic parameter alike.
    [Fact]
    public Task Iterator_helper_whose_result_is_never_enumerated_DoesNotReport() => Files.Verify(
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

    // A generic helper that tests its type argument (typeof(T) == typeof(Money)) tests every parameter of that type: called
    // with money it adds only home (yen), never item (euros), so what it adds is unknown.
    [Fact]
    public Task Generic_helper_that_dispatches_on_its_type_argument_DoesNotReport() => Files.Verify(
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

    // A generic helper given money passes its item on to another generic helper that adds it: the list gets euros.
    [Fact]
    public Task Generic_helper_passing_on_to_a_second_generic_helper_Reports() => Files.Verify(
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

    // A generic helper given money scales its item through its constraint (T : IMultiplyOperators<T, decimal, T>, Money's
    // own operator): the list gets euros.
    [Fact]
    public Task Generic_helper_adds_its_item_scaled_Reports() => Files.Verify(
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

    // A helper that only returns a lambda adding to its parameter adds nothing when called: the lambda, dropped here,
    // never runs. A use inside a lambda or local function hands the collection on.
    [Fact]
    public Task Helper_returning_a_lambda_that_would_add_DoesNotReport() => Files.Verify(
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

    // A call of a [Conditional("DEBUG")] method is left out of a build without DEBUG (as this one): its body may never run.
    [Fact]
    public Task Conditional_helper_left_out_of_the_build_DoesNotReport() => Files.Verify(
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

    /// <summary>AIR0001 helper flow (control): an async helper awaited with ConfigureAwait(false) has run; its euros mix with yen.</summary>
    [Fact]
    public Task AIR0001_async_helper_awaited_with_ConfigureAwait_Reports() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using System.Threading.Tasks;
        using AiRace.Core;
        static class Fill
        {
            public static async Task AddAsync(List<Money> into, Money m) { await Task.Yield(); into.Add(m); }
        }
        class Use
        {
            async Task<Money> A() { var quotes = new List<Money> { Money.Jpy(1m) }; await Fill.AddAsync(quotes, Money.Eur(1m)).ConfigureAwait(false); return {|AIR0001:quotes.Sum(Currency.JPY)|}; }
        }
        """);

    /// <summary>AIR0001 helper flow: Outer passes its second item on to Inner; the first item (euros) is never added.</summary>
    [Fact]
    public Task AIR0001_outer_passing_on_its_other_item_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        static class Fill
        {
            public static void Outer<T>(List<T> into, T skipped, T item) => Inner(into, item);
            public static void Named<T>(List<T> into, T skipped, T item) => Inner(item: item, into: into);
            static void Inner<U>(List<U> into, U item) => into.Add(item);
        }
        class Use
        {
            Money A() { var quotes = new List<Money>(); Fill.Outer(quotes, Money.Eur(1m), Money.Jpy(2m)); return quotes.Sum(Currency.JPY); }
            Money B() { var quotes = new List<Money>(); Fill.Named(quotes, Money.Eur(1m), Money.Jpy(2m)); return quotes.Sum(Currency.JPY); }
        }
        """);

    /// <summary>AIR0001 helper flow: Inner adds its own other parameter, given yen; Outer's euro item is never added.</summary>
    [Fact]
    public Task AIR0001_inner_adding_its_other_parameter_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        static class Fill
        {
            public static void Outer<T>(List<T> into, T item, T keep) => Inner(into, item, keep);
            static void Inner<U>(List<U> into, U item, U other) => into.Add(other);
        }
        class Use
        {
            Money A() { var quotes = new List<Money>(); Fill.Outer(quotes, Money.Eur(1m), Money.Jpy(2m)); return quotes.Sum(Currency.JPY); }
        }
        """);
}

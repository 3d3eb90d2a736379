using System.Threading.Tasks;

namespace AiRace.Analyzers.Tests;

/// <summary>
/// AIR0001 at a call passing a collection known to hold two currencies for a parameter whose elements the called
/// method adds together (<c>items.Aggregate(seed, (a, b) =&gt; a + b)</c> on the parameter itself, a <c>foreach</c>
/// adding every element to one total, or the parameter passed on to a method that does): every step adds an element to
/// a total of one currency, so one of the two throws. A fold that does not add the elements themselves, a loop that may
/// skip the step, a parameter the body may write or change, a filtered fold, a fold whose mismatch the body catches,
/// and a collection of one or of unknown currencies stay silent.
/// </summary>
public class FoldedCollectionFlowTests
{
    private const string Folds = """
        using System.Collections.Generic;
        using System.Linq;
        using System.Numerics;
        using AiRace.Core;
        public static class Folds
        {
            public static T SumAll<T>(T seed, IEnumerable<T> items) where T : IAdditionOperators<T, T, T> => items.Aggregate(seed, (a, b) => a + b);
            public static Money Total(IReadOnlyList<Money> items) => items.Aggregate((total, x) => total + x);
        }
        """;

    [Fact]
    public Task Generic_fold_given_two_currencies_Reports() => Files.Verify(
        Folds,
        """
        using System.Collections.Generic;
        using AiRace.Core;
        class Check
        {
            private static readonly List<Money> Caps = [Money.Eur(1m), Money.Jpy(100m)];
            Money A() => {|AIR0001:Folds.SumAll(Money.Zero(Currency.EUR), [Money.Eur(1m), Money.Jpy(2m)])|};
            Money B() => {|AIR0001:Folds.SumAll(Money.Zero(Currency.EUR), Caps)|};
        }
        """);

    [Fact]
    public Task Fold_of_money_and_one_passed_on_Reports() => Files.Verify(
        Folds,
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        static class Reports
        {
            public static Money Doubled(IEnumerable<Money> xs)
            {
                var list = xs.ToList();
                return list.Count == 0 ? Money.Zero(Currency.EUR) : Folds.Total(xs.ToList()) + Folds.SumAll(Money.Zero(Currency.EUR), xs);
            }
        }
        class Check
        {
            Money A() => {|AIR0001:Folds.Total(new[] { Money.Cny(1m), Money.Usd(2m) })|};
            Money B() => {|AIR0001:Reports.Doubled([Money.Cny(1m), Money.Usd(2m)])|};
        }
        """);

    [Fact]
    public Task Fold_given_one_currency_or_unknown_ones_DoesNotReport() => Files.Verify(
        Folds,
        """
        using System.Collections.Generic;
        using AiRace.Core;
        class Check
        {
            private static readonly List<Money> Caps = [Money.Eur(1m), Money.Jpy(100m)];
            static void Trim() => Caps.RemoveAt(1);
            Money A() => Folds.SumAll(Money.Zero(Currency.EUR), [Money.Eur(1m), Money.Eur(2m)]);
            Money B(Money given) => Folds.Total([Money.Eur(1m), given]);
            Money C() => Folds.SumAll(Money.Zero(Currency.EUR), Caps);
            decimal D() => Folds.SumAll(0m, [1m, 2m]);
        }
        """);

    [Fact]
    public Task Fold_that_does_not_add_the_elements_themselves_DoesNotReport() => Files.Verify(
        """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        static class Folds
        {
            public static Money Doubled(IEnumerable<Money> items, Money seed) => items.Aggregate(seed, (a, b) => a + a);
            public static Money InEuros(IEnumerable<Money> items, DateOnly at, IExchangeRateProvider rates) =>
                items.Aggregate(Money.Zero(Currency.EUR), (a, b) => a + b.ConvertTo(Currency.EUR, at, rates, RateLookup.ExactDate).Result);
            public static Money Euros(IEnumerable<Money> items) => items.Where(m => m.Currency == Currency.EUR).Aggregate((a, b) => a + b);
            public static Func<Money> Later(IEnumerable<Money> items) => () => items.Aggregate((a, b) => a + b);
            public static Money Stepped(IEnumerable<Money> items) => items.Aggregate((a, b) => { var sum = a + b; return Money.Jpy(sum.Amount); });
        }
        class Check
        {
            private static readonly Money[] Mixed = [Money.Eur(1m), Money.Jpy(100m)];
            Money A() => Folds.Doubled(Mixed, Money.Zero(Currency.EUR));
            Money B(DateOnly at, IExchangeRateProvider rates) => Folds.InEuros(Mixed, at, rates);
            Money C() => Folds.Euros(Mixed);
            Money D() => Folds.Later(Mixed)();
            Money E() => Folds.Stepped(Mixed);
        }
        """);

    [Fact]
    public Task Fold_of_a_parameter_the_body_may_change_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        static class Folds
        {
            public static Money Replaced(IEnumerable<Money> items)
            {
                items = items.Where(m => m.Currency == Currency.EUR);
                return items.Aggregate((a, b) => a + b);
            }

            public static Money Trimmed(List<Money> items)
            {
                items.RemoveAll(m => m.Currency != Currency.EUR);
                return items.Aggregate((a, b) => a + b);
            }

            public static Money Handed(List<Money> items)
            {
                Keep(items);
                return items.Aggregate((a, b) => a + b);
            }

            private static void Keep(List<Money> items) => items.RemoveAt(0);
        }
        class Check
        {
            Money A() => Folds.Replaced([Money.Eur(1m), Money.Jpy(100m)]);
            Money B() => Folds.Trimmed([Money.Eur(1m), Money.Jpy(100m)]);
            Money C() => Folds.Handed([Money.Eur(1m), Money.Jpy(100m)]);
        }
        """);

    [Fact]
    public Task Fold_a_call_may_not_run_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public interface IFolder { Money Fold(IEnumerable<Money> items); }
        public class Folder : IFolder
        {
            public virtual Money Fold(IEnumerable<Money> items) => items.Aggregate((a, b) => a + b);
        }
        class Check
        {
            Money A(IFolder folder) => folder.Fold([Money.Eur(1m), Money.Jpy(100m)]);
            Money B(Folder folder) => folder.Fold([Money.Eur(1m), Money.Jpy(100m)]);
        }
        """);

    private const string Loops = """
        using System.Collections.Generic;
        using System.Numerics;
        using AiRace.Core;
        public static class Loops
        {
            public static Money Total(IEnumerable<Money> items)
            {
                var total = Money.Zero(Currency.EUR);
                foreach (var x in items)
                {
                    total += x;
                }

                return total;
            }

            public static Money Net(Money opening, IReadOnlyList<Money> payments)
            {
                Money left = opening;
                foreach (Money payment in payments)
                    left = left - payment;
                return left;
            }

            public static Money Reversed(IEnumerable<Money> items, Money seed)
            {
                var sum = seed;
                int count = 0;
                foreach (var item in items)
                {
                    count++;
                    sum = item + sum;
                    System.Console.WriteLine(sum);
                }

                return count > 0 ? sum : seed;
            }

            public static T Add<T>(T seed, List<T> values) where T : IAdditionOperators<T, T, T>, ISubtractionOperators<T, T, T>
            {
                foreach (var v in values)
                {
                    seed -= v;
                }

                return seed;
            }

            public static Money Audited(IEnumerable<Money> items) => Total(items);
        }
        """;

    [Fact]
    public Task Foreach_fold_given_two_currencies_Reports() => Files.Verify(
        Loops,
        """
        using System.Collections.Generic;
        using AiRace.Core;
        class Check
        {
            private static readonly List<Money> Caps = [Money.Eur(1m), Money.Jpy(100m)];
            Money A() => {|AIR0001:Loops.Total(Caps)|};
            Money B() => {|AIR0001:Loops.Net(Money.Eur(10m), [Money.Eur(1m), Money.Usd(2m)])|};
            Money C() => {|AIR0001:Loops.Reversed(new[] { Money.Cny(1m), Money.Usd(2m) }, Money.Cny(0m))|};
            Money D() => {|AIR0001:Loops.Add(Money.Zero(Currency.EUR), [Money.Eur(1m), Money.Gbp(2m)])|};
            Money E() => {|AIR0001:Loops.Audited(Caps)|};
        }
        """);

    [Fact]
    public Task Foreach_fold_given_one_currency_or_unknown_ones_DoesNotReport() => Files.Verify(
        Loops,
        """
        using System.Collections.Generic;
        using AiRace.Core;
        class Check
        {
            private static readonly List<Money> Euros = [Money.Eur(1m), Money.Eur(100m)];
            Money A() => Loops.Total(Euros);
            Money B(Money given) => Loops.Net(Money.Eur(10m), [Money.Eur(1m), given]);
            Money C(IEnumerable<Money> unknown) => Loops.Reversed(unknown, Money.Cny(0m));
            decimal D() => Loops.Add(0m, [1m, 2m]);
            Money E() => Loops.Audited([Money.Jpy(1m), Money.Jpy(2m)]);
        }
        """);

    [Fact]
    public Task Foreach_loop_that_may_skip_the_step_or_does_not_fold_DoesNotReport() => Files.Verify(
        """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        static class Loops
        {
            public static Money Filtered(IEnumerable<Money> items)
            {
                var total = Money.Zero(Currency.EUR);
                foreach (var x in items)
                {
                    if (x.Currency != Currency.EUR) continue;
                    total += x;
                }
                return total;
            }

            public static Money Guarded(IEnumerable<Money> items)
            {
                var total = Money.Zero(Currency.EUR);
                foreach (var x in items)
                {
                    if (x.Currency == total.Currency)
                    {
                        total += x;
                    }
                }
                return total;
            }

            public static Money UntilOther(IEnumerable<Money> items)
            {
                var total = Money.Zero(Currency.EUR);
                foreach (var x in items)
                {
                    total += x;
                    if (total.Amount > 100m) break;
                }
                return total;
            }

            public static Money Checked(IEnumerable<Money> items)
            {
                var total = Money.Zero(Currency.EUR);
                foreach (var x in items)
                {
                    if (x.Currency != Currency.EUR) throw new ArgumentException("euros only", nameof(items));
                    total += x;
                }
                return total;
            }

            public static Money Reset(IEnumerable<Money> items)
            {
                var total = Money.Zero(Currency.EUR);
                foreach (var x in items)
                {
                    total = Money.Zero(x.Currency);
                    total += x;
                }
                return total;
            }

            public static Money Inner(IEnumerable<Money> items)
            {
                Money last = Money.Zero(Currency.EUR);
                foreach (var x in items)
                {
                    var each = Money.Zero(x.Currency);
                    each += x;
                    last = each;
                }
                return last;
            }

            public static Money? Caught(IEnumerable<Money> items)
            {
                var total = Money.Zero(Currency.EUR);
                try
                {
                    foreach (var x in items)
                    {
                        total += x;
                    }
                }
                catch (CurrencyMismatchException)
                {
                    return null;
                }
                return total;
            }

            public static Money? CaughtAggregate(IEnumerable<Money> items)
            {
                try
                {
                    return items.Aggregate((a, b) => a + b);
                }
                catch (CurrencyMismatchException)
                {
                    return null;
                }
            }

            public static Money OverFiltered(IEnumerable<Money> items)
            {
                var total = Money.Zero(Currency.EUR);
                foreach (var x in items.Where(m => m.Currency == Currency.EUR))
                {
                    total += x;
                }
                return total;
            }

            public static Money Amounts(IEnumerable<Money> items)
            {
                var total = Money.Zero(Currency.EUR);
                foreach (var x in items)
                {
                    total += Money.Eur(x.Amount);
                }
                return total;
            }

            public static Money Trimmed(List<Money> items)
            {
                var total = Money.Zero(Currency.EUR);
                items.RemoveAll(m => m.Currency != Currency.EUR);
                foreach (var x in items)
                {
                    total += x;
                }
                return total;
            }

            public static Money Relayed(IEnumerable<Money> items, Func<Money, bool> keep)
            {
                var total = Money.Zero(Currency.EUR);
                foreach (var x in items)
                {
                    total += x;
                    Action restart = () => total = Money.Zero(x.Currency);
                    if (!keep(x)) restart();
                }
                return total;
            }

            public static Money Rebased(IEnumerable<Money> items)
            {
                var total = Money.Zero(Currency.EUR);
                void Rebase(Money x) => total = Money.Zero(x.Currency);
                foreach (var x in items)
                {
                    Rebase(x);
                    total += x;
                }
                return total;
            }

            public static IEnumerable<Money> Running(IEnumerable<Money> items)
            {
                var total = Money.Zero(Currency.EUR);
                foreach (var x in items)
                {
                    total += x;
                    yield return total;
                }
            }
        }
        class Check
        {
            private static readonly Money[] Mixed = [Money.Eur(1m), Money.Jpy(100m)];
            Money A() => Loops.Filtered(Mixed);
            Money B() => Loops.Guarded(Mixed);
            Money C() => Loops.UntilOther(Mixed);
            Money D() => Loops.Checked(Mixed);
            Money E() => Loops.Reset(Mixed);
            Money F() => Loops.Inner(Mixed);
            Money? G() => Loops.Caught(Mixed);
            Money? H() => Loops.CaughtAggregate(Mixed);
            Money I() => Loops.OverFiltered(Mixed);
            Money J() => Loops.Amounts(Mixed);
            Money K() => Loops.Trimmed([Money.Eur(1m), Money.Jpy(100m)]);
            Money L() => Loops.Running(Mixed).First();
            Money M() => Loops.Relayed(Mixed, m => m.Amount > 0);
            Money N() => Loops.Rebased(Mixed);
        }
        """);

    private const string SpanFolds = """
        using System;
        using AiRace.Core;
        public static class Spans
        {
            public static Money Total(Money seed, params ReadOnlySpan<Money> items) { var t = seed; foreach (var x in items) t += x; return t; }
            public static Money Scoped(Money seed, scoped ReadOnlySpan<Money> items) { var t = seed; foreach (var x in items) t += x; return t; }
            public static Money Writable(Span<Money> items) { var t = Money.Zero(Currency.EUR); foreach (var x in items) t += x; return t; }
            public static Money Passed(ReadOnlySpan<Money> items) => Total(Money.Zero(Currency.EUR), items);
            public static Money Touched(Span<Money> items) { items[0] = Money.Eur(1m); var t = Money.Zero(Currency.EUR); foreach (var x in items) t += x; return t; }
            public static Money Skipping(ReadOnlySpan<Money> items) { var t = Money.Zero(Currency.EUR); foreach (var x in items) { if (x.Currency != t.Currency) continue; t += x; } return t; }
        }
        """;

    [Fact]
    public Task Span_fold_given_two_currencies_Reports() => Files.Verify(
        SpanFolds,
        """
        using System;
        using AiRace.Core;
        class Check
        {
            private static readonly Money[] Mixed = [Money.Cny(1m), Money.Usd(2m)];
            Money A(Money yuan, Money dollars) => {|AIR0001:Spans.Total(Money.Zero(Currency.EUR), Money.Cny(1m), Money.Usd(2m))|};
            Money B() => {|AIR0001:Spans.Total(Money.Zero(Currency.EUR), [Money.Cny(1m), Money.Usd(2m)])|};
            Money C() => {|AIR0001:Spans.Scoped(Money.Zero(Currency.EUR), [Money.Cny(1m), Money.Usd(2m)])|};
            Money D()
            {
                Money[] arr = [Money.Cny(1m), Money.Usd(2m)];
                return {|AIR0001:Spans.Total(Money.Zero(Currency.CNY), arr)|};
            }
            Money E() => {|AIR0001:Spans.Writable(Mixed)|};
            Money F() => {|AIR0001:Spans.Passed([Money.Cny(1m), Money.Usd(2m)])|};
            Money G() => {|AIR0001:Spans.Total(Money.Zero(Currency.EUR), new[] { Money.Cny(1m), Money.Usd(2m) })|};
        }
        """);

    [Fact]
    public Task Span_fold_given_an_array_in_CSharp_14_Reports() => Files.VerifyPreview(
        SpanFolds,
        """
        using System;
        using AiRace.Core;
        class Check
        {
            private static readonly Money[] Mixed = [Money.Cny(1m), Money.Usd(2m)];
            Money A(Money yuan, Money dollars) => {|AIR0001:Spans.Total(Money.Zero(Currency.EUR), Money.Cny(1m), Money.Usd(2m))|};
            Money D()
            {
                Money[] arr = [Money.Cny(1m), Money.Usd(2m)];
                return {|AIR0001:Spans.Total(Money.Zero(Currency.CNY), arr)|};
            }
            Money E() => {|AIR0001:Spans.Writable(Mixed)|};
        }
        """);

    [Fact]
    public Task Span_fold_given_one_currency_unknown_ones_or_a_span_the_flow_cannot_follow_DoesNotReport() => Files.Verify(
        SpanFolds,
        """
        using System;
        using AiRace.Core;
        class Check
        {
            private static readonly Money[] Mixed = [Money.Cny(1m), Money.Usd(2m)];
            Money A() => Spans.Total(Money.Zero(Currency.EUR), Money.Eur(1m), Money.Eur(2m));
            Money B(Money given) => Spans.Total(Money.Zero(Currency.EUR), [Money.Eur(1m), given]);
            Money C(Money[] given) => Spans.Total(Money.Zero(Currency.EUR), given);
            Money D() => Spans.Total(Money.Zero(Currency.USD), new ReadOnlySpan<Money>(Mixed, 1, 1));
            Money E() => Spans.Total(Money.Zero(Currency.USD), Mixed.AsSpan(1));
            Money F() => Spans.Total(Money.Zero(Currency.USD), Mixed.AsSpan()[1..]);
            Money G()
            {
                ReadOnlySpan<Money> local = [Money.Cny(1m), Money.Usd(2m)];
                return Spans.Total(Money.Zero(Currency.EUR), local.Slice(1));
            }
            Money H()
            {
                Money[] arr = [Money.Cny(1m), Money.Usd(2m)];
                Span<Money> view = arr;
                view[1] = Money.Cny(3m);
                return Spans.Total(Money.Zero(Currency.CNY), arr);
            }
            Money I() => Spans.Touched(Mixed);
            Money J() => Spans.Skipping(Mixed);
            Money K() => Spans.Total(Money.Zero(Currency.CNY), Mixed.AsSpan(0, 1));
            Money L(Money[] given) => Spans.Writable(given);
        }
        """);

    [Fact]
    public Task Span_fold_given_an_array_written_through_a_span_in_CSharp_14_DoesNotReport() => Files.VerifyPreview(
        SpanFolds,
        """
        using System;
        using AiRace.Core;
        class Check
        {
            private static readonly Money[] Mixed = [Money.Cny(1m), Money.Usd(2m)];
            Money H()
            {
                Money[] arr = [Money.Cny(1m), Money.Usd(2m)];
                Span<Money> view = arr;
                view[1] = Money.Cny(3m);
                return Spans.Total(Money.Zero(Currency.CNY), arr);
            }
            Money I()
            {
                Money[] arr = [Money.Cny(1m), Money.Usd(2m)];
                arr.AsSpan().Fill(Money.Cny(1m));
                return Spans.Total(Money.Zero(Currency.CNY), arr);
            }
            Money J() => Spans.Total(Money.Zero(Currency.CNY), Mixed.AsSpan(0, 1));
        }
        """);

    // Missed before stop 54 (review). Real code (.NET 9 LINQ): costs per region totalled in dollars with AggregateBy and a dollar seed, over costs
    // that are all yuan: the first addition throws. The same fold with Aggregate (Costs.All.Aggregate(Money.Zero(USD),
    // (total, c) => total + c.Amount)) is reported, per AIR0001.md "Aggregate's accumulator has the seed's currency, as when
    // the function first runs". Cause: CurrencyFlow.Locals.cs (the lambda parameter's value, around the "notElement" test
    // of 670da61): AggregateBy's accumulator is "not an element", so it is unknown, instead of the seed's currency as for
    // Aggregate; the func's second parameter (an element) seems not bound either (ElementSourceOf and the Ordinal == 1 test know only Aggregate's func).
    [Fact]
    public Task AggregateBy_with_a_dollar_seed_over_yuan_Reports() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public sealed record Cost(string Region, Money Amount);
        public static class Costs
        {
            public static readonly List<Cost> All = new() { new("East", Money.Cny(1m)), new("West", Money.Cny(2m)) };
        }
        class Use
        {
            Dictionary<string, Money> A() =>
                Costs.All.AggregateBy(c => c.Region, Money.Zero(Currency.USD), (total, c) => {|AIR0001:total + c.Amount|}).ToDictionary();
        }
        """);

    [Fact]
    public Task AggregateBy_with_a_seed_in_the_elements_currency_or_a_seed_selector_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public sealed record Cost(string Region, Money Amount);
        public static class Costs
        {
            public static readonly List<Cost> All = new() { new("East", Money.Cny(1m)), new("West", Money.Cny(2m)) };
        }
        class Use
        {
            Dictionary<string, Money> A() =>
                Costs.All.AggregateBy(c => c.Region, Money.Zero(Currency.CNY), (total, c) => total + c.Amount).ToDictionary();

            Dictionary<string, Money> B() =>
                Costs.All.AggregateBy(c => c.Region, region => Money.Zero(Currency.CNY), (total, c) => total + c.Amount).ToDictionary();
        }
        """);

    // T14 AggregateBy converting each cost to dollars.
    // A guard of stop 54's fourth review.
    [Fact]
    public Task AggregateBy_dollar_seed_with_a_converting_func_DoesNotReport() => Files.Verify(
        """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public sealed record Cost(string Region, Money Amount);
        public static class Costs
        {
            public static readonly List<Cost> All = new() { new("East", Money.Cny(1m)), new("West", Money.Cny(2m)) };
        }
        class Use
        {
            Dictionary<string, Money> A(IExchangeRateProvider rates, DateOnly day) =>
                Costs.All.AggregateBy(c => c.Region, Money.Zero(Currency.USD),
                    (total, c) => total + c.Amount.ConvertTo(Currency.USD, day, rates, RateLookup.ExactDate).Result).ToDictionary();

            Money B(IExchangeRateProvider rates, DateOnly day) =>
                Costs.All.Aggregate(Money.Zero(Currency.CNY), (total, c) => total + c.Amount,
                    total => total.ConvertTo(Currency.USD, day, rates, RateLookup.ExactDate).Result) + Money.Usd(1m);

            Money C() => Costs.All.Select(c => c.Amount).Aggregate((a, b) => a + b);
        }
        """);

    // T15 AggregateBy: a yuan seed over dollar costs, either operand order (AIR0001.md: "AggregateBy's accumulator has the seed's currency").
    // A guard of stop 54's fourth review.
    [Fact]
    public Task AggregateBy_yuan_seed_over_mixed_costs_Reports() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public sealed record Cost(string Region, Money Amount);
        public static class Costs
        {
            public static readonly List<Cost> Usd = new() { new("East", Money.Usd(1m)), new("West", Money.Usd(2m)) };
        }
        class Use
        {
            Dictionary<string, Money> A() =>
                Costs.Usd.AggregateBy(c => c.Region, Money.Zero(Currency.CNY), (total, c) => {|AIR0001:c.Amount + total|}).ToDictionary();

            Dictionary<string, decimal> B() =>
                Costs.Usd.AggregateBy(c => c.Region, Money.Zero(Currency.CNY), (total, c) => {|AIR0001:total + c.Amount|}).ToDictionary(p => p.Key, p => p.Value.Amount);
        }
        """);
}

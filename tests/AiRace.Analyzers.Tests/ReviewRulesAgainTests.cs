using System.Threading.Tasks;

namespace AiRace.Analyzers.Tests;

/// <summary>Review of the AIR0002, AIR0007, AIR0009, AIR0010 and AIR0012 changes: each test fails today because of a fault.</summary>
public class ReviewRulesAgainTests
{
    private const string TargetUsings = """
        using System.Collections.Generic;
        using AiRace.Core;
        using AiRace.Core.Policy;
        """;

    // AIR0012, false report (Error): the page says "A parameter the method assigns ... is not followed". Normalise
    // swaps its two parameters with a deconstruction when they come reversed, so the Target it makes always runs from the
    // earlier year to the later one; Normalise(2030, 2025) is correct code. YearForwarding.Of only records an
    // IAssignmentOperation whose Target is a parameter reference; a deconstruction's Target is a tuple, so the swapped
    // parameters are not seen as assigned and the call is reported, breaking the build.
    [Fact]
    public Task AIR0012_parameters_swapped_by_a_deconstruction_are_assigned_DoesNotReport() => Verify<TargetYearBeforeBaselineRule>.NoDiagnostics(TargetUsings + """

        public static class Targets
        {
            private static readonly MetricValue Share70 = MetricValue.Of(Share.FromPercent(70m));

            public static Target Normalise(int from, int to)
            {
                if (to < from)
                {
                    (from, to) = (to, from);
                }

                return new("n", "chip-share", "CN", null, from, Share70, to, TargetKind.Pledge, null, null, []);
            }

            public static Target Use() => Normalise(2030, 2025);
        }
        """);

    // AIR0012, miss: the page promises a parameter plus a constant ("also from + 5"). 5 + start is the same year, but
    // TargetYearBeforeBaselineRule.SourceOf only reads a parameter on the left of the + (binary.LeftOperand), so
    // FromFive(2025, 2028) (baseline 2030, goal 2028) is not reported.
    [Fact]
    public Task AIR0012_constant_plus_parameter_Reports() => Verify<TargetYearBeforeBaselineRule>.Diagnostics(TargetUsings + """

        public static class Targets
        {
            private static readonly MetricValue Share70 = MetricValue.Of(Share.FromPercent(70m));

            public static Target FromFive(int start, int to) =>
                new("f", "chip-share", "CN", null, 5 + start, Share70, to, TargetKind.Pledge, null, null, []);

            public static Target Use() => FromFive(2025, {|AIR0012:2028|});
        }
        """);

    // AIR0012, miss: a local function of the wrapper assigns its own parameter (ordinal 0); YearForwarding.Of keeps the
    // assigned parameters as bare ordinals of any method in the body, so the wrapper's own first parameter `from`
    // (also ordinal 0, never assigned) is taken as assigned and not followed: Make(2030, 2025) is not reported.
    [Fact]
    public Task AIR0012_local_function_assigning_its_own_parameter_does_not_hide_the_wrapper_Reports() => Verify<TargetYearBeforeBaselineRule>.Diagnostics(TargetUsings + """

        public static class Targets
        {
            private static readonly MetricValue Share70 = MetricValue.Of(Share.FromPercent(70m));

            public static Target Make(int from, int to)
            {
                int Clamp(int year)
                {
                    if (year < 2000)
                    {
                        year = 2000;
                    }

                    return year;
                }

                var id = "t" + Clamp(from);
                return new(id, "chip-share", "CN", null, from, Share70, to, TargetKind.Pledge, null, null, []);
            }

            public static Target Use() => Make(2030, {|AIR0012:2025|});
        }
        """);

    // AIR0009, false report: the page says an amount times the reciprocal of another (part.Amount * (100m / whole.Amount))
    // is a ratio and not reported, and that the value is followed through decimal locals assigned once. With the
    // reciprocal in such a local, RoundingWithoutModeRule.FromLocal reduces the local to "mentions an amount or not":
    // 100m / whole.Amount has power -1, so the local counts as no money at all (power 0), and part.Amount * perWhole comes
    // out as money (power 1): reported.
    [Fact]
    public Task AIR0009_reciprocal_of_an_amount_in_a_local_DoesNotReport() => Verify<RoundingWithoutModeRule>.NoDiagnostics("""
        using System;
        using AiRace.Core;
        class C
        {
            decimal Percent(Money part, Money whole)
            {
                var perWhole = 100m / whole.Amount;
                return Math.Round(part.Amount * perWhole, 1);
            }
        }
        """);

    // AIR0007, false report: the page says amounts summed within groups keyed by the currency of the very money summed are
    // not reported, each group holding one currency. A foreach over the same GroupBy sums one currency per group, but
    // MixedCurrencySumRule.GroupByOf only knows a group as the first parameter of a lambda given to a LINQ call over the
    // GroupBy, not a foreach variable: reported.
    [Fact]
    public Task AIR0007_sum_per_currency_group_in_a_foreach_DoesNotReport() => Verify<MixedCurrencySumRule>.NoDiagnostics("""
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class C
        {
            Dictionary<Currency, decimal> PerCurrency(List<Money> xs)
            {
                var totals = new Dictionary<Currency, decimal>();
                foreach (var g in xs.GroupBy(m => m.Currency))
                {
                    totals[g.Key] = g.Sum(m => m.Amount);
                }

                return totals;
            }
        }
        """);

    // AIR0007, false report: the same per-currency group summed with a Where or a local between the Select and the Sum (the
    // "Sequence" shape the same commit added) is still one currency per group; PerCurrencyGroup returns false for any
    // shape but Selector, Select and Group, and a filtered group (g.Where(…)) is no longer the lambda parameter GroupByOf
    // looks for: all three reported.
    [Fact]
    public Task AIR0007_filtered_sum_per_currency_group_DoesNotReport() => Verify<MixedCurrencySumRule>.NoDiagnostics("""
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class C
        {
            IEnumerable<decimal> A(List<Money> xs) => xs.GroupBy(m => m.Currency).Select(g => g.Select(m => m.Amount).Where(a => a > 0m).Sum());
            IEnumerable<decimal> B(List<Money> xs) => xs.GroupBy(m => m.Currency).Select(g => g.Where(m => m.Amount > 0m).Sum(m => m.Amount));
            IEnumerable<decimal> D(List<Money> xs) => xs.GroupBy(m => m.Currency).Select(g =>
            {
                var amounts = g.Select(m => m.Amount);
                return amounts.Sum();
            });
        }
        """);

    // AIR0007, false report: grouping by the currency's code groups by the currency (one code, one currency), but
    // KeyHoldsCurrency/CurrencyPath only accept a key that is the Currency property itself: reported.
    [Fact]
    public Task AIR0007_sum_per_currency_code_group_DoesNotReport() => Verify<MixedCurrencySumRule>.NoDiagnostics("""
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class C
        {
            Dictionary<string, decimal> PerCode(List<Money> xs) => xs.GroupBy(m => m.Currency.Code).ToDictionary(g => g.Key, g => g.Sum(m => m.Amount));
        }
        """);

    // AIR0007, false report: ToLookup keyed by currency makes the same groups GroupBy does, one currency each;
    // GroupByOf only accepts GroupBy: reported.
    [Fact]
    public Task AIR0007_sum_per_currency_lookup_group_DoesNotReport() => Verify<MixedCurrencySumRule>.NoDiagnostics("""
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class C
        {
            IEnumerable<decimal> PerCurrency(List<Money> xs) => xs.ToLookup(m => m.Currency).Select(g => g.Sum(m => m.Amount));
        }
        """);

    // AIR0010, false report (a second report of one declaration): the page says an implementation is reported once, at the
    // declaration it implements, and a member declared decimal in a generic interface itself is reported there only.
    // IPayer<T>.Pay's `cost` is declared decimal in the interface and reported there; because the other parameter
    // (`budget`, T) is given decimal by Payer's type argument, GivenPrimitiveByTypeArgument/GivenPrimitiveParameter make
    // the whole implementation "reported itself", and AnalyzeMethod reports every money-named parameter of it, `cost`
    // included: reported twice.
    [Fact]
    public Task AIR0010_parameter_declared_decimal_in_a_generic_interface_reported_once_Reports() => Verify<RawMonetaryPrimitiveRule>.Diagnostics("""
        public interface IPayer<T>
        {
            void Pay(T budget, decimal {|AIR0010:cost|});
        }
        public sealed class Payer : IPayer<decimal>
        {
            public void Pay(decimal {|AIR0010:budget|}, decimal cost) { }
        }
        """);

    // AIR0002, miss: the page reports a product truncated to a whole number (Math.Floor(price * 100), Math.Truncate(…)),
    // since 0.29 * 100 is 28.999… in binary. Math.Round with MidpointRounding.ToZero, ToNegativeInfinity or
    // ToPositiveInfinity is Truncate, Floor and Ceiling (directed rounding, not a midpoint rule), but
    // MoneyFromFloatingPointRule.MakesWhole takes every MidpointRounding argument as a whole-number rounding: not reported.
    [Fact]
    public Task AIR0002_directed_rounding_of_a_product_truncates_Reports() => Verify<MoneyFromFloatingPointRule>.Diagnostics("""
        using System;
        using AiRace.Core;
        class Cents
        {
            Money A(double price) => Money.Usd({|AIR0002:(decimal)Math.Round(price * 100, MidpointRounding.ToZero) / 100m|});
            Money B(double price) => Money.Usd({|AIR0002:(long)Math.Round(price * 100, MidpointRounding.ToNegativeInfinity) / 100m|});
        }
        """);

    // AIR0008, false report: the page says a member of an object made with the clock's time among its arguments is not the
    // clock's, and "only the members and methods of a date or a TimeProvider are followed to the clock". An extension
    // method of the Job (job.ValueDateOrDefault()) is a method of the Job as written, but in IOperation its receiver is
    // argument 0 of a static call (Instance is null), so ClockConversionDateRule.ClockSource takes it as a static helper
    // "fed from the clock", follows the job local to Job.Create(DateTime.UtcNow, …) and reports the fixed value date.
    [Fact]
    public Task AIR0008_extension_method_of_an_object_stamped_by_the_clock_DoesNotReport() => Verify<ClockConversionDateRule>.NoDiagnostics("""
        using System;
        using AiRace.Core;
        public sealed record Job(DateTime StartedAt, DateOnly ValueDate)
        {
            public static Job Create(DateTime startedAt, DateOnly valueDate) => new(startedAt, valueDate);
        }
        public static class Jobs
        {
            public static DateOnly ValueDateOrDefault(this Job? job) => job?.ValueDate ?? new DateOnly(2025, 1, 1);
        }
        class C
        {
            ExchangeRate Rate(IExchangeRateProvider rates)
            {
                var job = Job.Create(DateTime.UtcNow, new DateOnly(2025, 6, 30));
                return rates.GetRate(Currency.USD, Currency.CNY, job.ValueDateOrDefault(), RateLookup.ExactDate);
            }
        }
        """);

    // AIR0012, false report (Error): Between builds its Target in order whichever way round the years come (a ?: on a
    // comparison of the very parameters); Between(2030, 2025) takes the second branch, baseline 2025 and goal 2030. The
    // page promises to follow a method that "passes its own int parameters on as those years"; this one passes them on in
    // an order it chooses by testing them, as a method that swaps them by assignment does (not followed, says the page).
    // YearForwarding.Of records every creation's pair regardless of the branch, and AnalyzeForwardingCall reports the
    // pair (a, b) of the branch that is never taken for these years: an Error on correct code.
    [Fact]
    public Task AIR0012_wrapper_that_orders_its_years_with_a_conditional_DoesNotReport() => Verify<TargetYearBeforeBaselineRule>.NoDiagnostics(TargetUsings + """

        public static class Targets
        {
            private static readonly MetricValue Share70 = MetricValue.Of(Share.FromPercent(70m));

            public static Target Between(int a, int b) => a <= b
                ? new("t", "chip-share", "CN", null, a, Share70, b, TargetKind.Pledge, null, null, [])
                : new("t", "chip-share", "CN", null, b, Share70, a, TargetKind.Pledge, null, null, []);

            public static Target Use() => Between(2030, 2025);
        }
        """);

    // AIR0007, false report: the costs grouped by their own currency (element selector l => l.Cost) and each group's
    // amounts summed (g.Sum(m => m.Amount)) is one currency per group, "keyed by the currency of the very money summed".
    // PerCurrencyGroup drops the case where both an element selector and the sum's own selector are given
    // (amountSelector = null), so the path .Cost is never composed with the sum's "": reported.
    [Fact]
    public Task AIR0007_sum_of_money_elements_grouped_by_their_currency_DoesNotReport() => Verify<MixedCurrencySumRule>.NoDiagnostics("""
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public sealed record Line(string Desk, Money Cost);
        class C
        {
            IEnumerable<decimal> PerCurrency(List<Line> lines) => lines.GroupBy(l => l.Cost.Currency, l => l.Cost).Select(g => g.Sum(m => m.Amount));
        }
        """);
}

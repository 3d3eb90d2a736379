using System.Threading.Tasks;
using Xunit;

namespace AiRace.Analyzers.Tests;

/// <summary>
/// The adversarial review of stop 67's AIR0001 forms (issue 12: an unknown stays silent, no false report): code where a
/// guard, a write through another path (a cast, an alias, a reference, a method that fills what it is given), or a
/// helper that throws keeps the currencies from meeting, and the sound boundaries of those forms.
/// </summary>
public class Stop68ReviewTests
{
    private const string Spreads = """
        using System;
        using AiRace.Core;
        public static class Figures
        {
            public static Money Spread(Money[] figures) => figures switch
            {
                [] => Money.Zero(Currency.USD),
                [var one] => one,
                [var low, .., var high] => low.Currency == high.Currency ? high - low : Money.Zero(high.Currency),
            };
            public static bool Rising(Money[] figures) => figures switch
            {
                [var a, var b] => a.Currency == b.Currency && b > a,
                _ => false,
            };
            public static Money Checked(Money[] figures) => figures switch
            {
                [var a, var b] => Same(a, b) ? a + b : a,
                _ => Money.Zero(Currency.CNY),
            };
            public static Money Later(Money[] figures) => figures switch
            {
                [var a, var b] => Sum(() => a + b, a),
                _ => Money.Zero(Currency.CNY),
            };
            public static Money Middle(Money[] figures) => figures switch
            {
                [var a, _, var c] => c - a,
                _ => Money.Zero(Currency.CNY),
            };
            private static bool Same(Money x, Money y) => x.Currency == y.Currency;
            private static Money Sum(Func<Money> later, Money fallback) => fallback;
        }
        """;

    [Fact]
    public Task List_pattern_arm_that_tests_its_elements_currencies_before_combining_them_DoesNotReport() => Files.Verify(
        Spreads,
        """
        using AiRace.Core;
        class Checks
        {
            Money A() => Figures.Spread([Money.Cny(1m), Money.Usd(2m)]);
            bool B() => Figures.Rising([Money.Cny(1m), Money.Usd(2m)]);
            Money C() => Figures.Checked([Money.Cny(1m), Money.Usd(2m)]);
        }
        """);

    [Fact]
    public Task List_pattern_arm_pair_in_a_lambda_or_elements_of_one_currency_at_its_positions_DoesNotReport() => Files.Verify(
        Spreads,
        """
        using AiRace.Core;
        class Checks
        {
            Money A() => Figures.Later([Money.Cny(1m), Money.Usd(2m)]);
            Money B() => Figures.Middle([Money.Cny(1m), Money.Usd(2m), Money.Cny(3m)]);
            Money C() => Figures.Middle([Money.Cny(1m), Money.Usd(2m)]);
        }
        """);

    private const string Rows = """
        using System;
        using System.Collections.Generic;
        using System.Runtime.InteropServices;
        using System.Linq;
        using AiRace.Core;
        public sealed record Row(string Country, Money Budget);
        public static class Extract
        {
            public static readonly Row[] Staged =
            [
                new("CN", Money.Cny(344m)),
                new("US", Money.Usd(39m)),
            ];
            public static void RequireYuan(Money m)
            {
                if (m.Currency != Currency.CNY) throw new ArgumentException("yuan only", nameof(m));
            }
            public static void Log(Money m) => Console.WriteLine(m.ToString());
            public static readonly IReadOnlyDictionary<string, Money> Cast = Staged.ToDictionary(r => r.Country, r => r.Budget);
            public static readonly Dictionary<string, Money> Aliased = Staged.ToDictionary(r => r.Country, r => r.Budget);
            public static readonly Dictionary<string, Money> Marshalled = Staged.ToDictionary(r => r.Country, r => r.Budget);
            public static readonly Dictionary<string, Money> Handed = Staged.ToDictionary(r => r.Country, r => r.Budget);
            public static void Touch()
            {
                ((Dictionary<string, Money>)Cast)["CN"] = Money.Usd(2m);
                var alias = Aliased;
                alias["CN"] = Money.Usd(2m);
                CollectionsMarshal.GetValueRefOrAddDefault(Marshalled, "CN", out _) = Money.Usd(2m);
                Fill(Handed);
            }
            private static void Fill(IDictionary<string, Money> d) => d["CN"] = Money.Usd(2m);
        }
        """;

    [Fact]
    public Task Loop_sum_after_a_helper_that_throws_on_a_foreign_element_DoesNotReport() => Files.Verify(
        Rows,
        """
        using AiRace.Core;
        class Sums
        {
            Money A()
            {
                var total = Money.Zero(Currency.CNY);
                foreach (var r in Extract.Staged)
                {
                    Extract.RequireYuan(r.Budget);
                    total += r.Budget;
                }

                return total;
            }
        }
        """);

    [Fact]
    public Task Loop_sum_with_a_break_in_a_nested_switch_a_goto_or_a_yield_break_DoesNotReport() => Files.Verify(
        Rows,
        """
        using System.Collections.Generic;
        using AiRace.Core;
        class Sums
        {
            Money A(int mode)
            {
                var total = Money.Zero(Currency.CNY);
                foreach (var r in Extract.Staged)
                {
                    switch (mode)
                    {
                        case 1: break;
                    }

                    total += r.Budget;
                }

                return total;
            }
            Money B()
            {
                var total = Money.Zero(Currency.CNY);
                foreach (var r in Extract.Staged)
                {
                    if (r.Country != "CN") goto done;
                    total += r.Budget;
                }

                done:
                return total;
            }
            IEnumerable<Money> C()
            {
                var total = Money.Zero(Currency.CNY);
                foreach (var r in Extract.Staged)
                {
                    if (r.Country != "CN") yield break;
                    total += r.Budget;
                }

                yield return total;
            }
        }
        """);

    [Fact]
    public Task Loop_sum_after_a_helper_that_only_logs_the_element_Reports() => Files.Verify(
        Rows,
        """
        using AiRace.Core;
        class Sums
        {
            Money A()
            {
                var total = Money.Zero(Currency.CNY);
                foreach (var r in Extract.Staged)
                {
                    Extract.Log(r.Budget);
                    {|AIR0001:total += r.Budget|};
                }

                return total;
            }
        }
        """);

    [Fact]
    public Task Parallel_loop_sum_filtered_by_a_return_or_in_a_try_DoesNotReport() => Files.Verify(
        Rows,
        """
        using System.Threading.Tasks;
        using AiRace.Core;
        class Sums
        {
            Money A()
            {
                var total = Money.Zero(Currency.CNY);
                var gate = new object();
                Parallel.ForEach(Extract.Staged, r =>
                {
                    if (r.Country != "CN") return;
                    lock (gate) total += r.Budget;
                });
                return total;
            }
            Money B()
            {
                var total = Money.Zero(Currency.CNY);
                var gate = new object();
                Parallel.ForEach(Extract.Staged, r =>
                {
                    try { lock (gate) total += r.Budget; }
                    catch (System.InvalidOperationException) { }
                });
                return total;
            }
        }
        """);

    [Fact]
    public Task ToDictionary_copy_written_through_a_cast_an_alias_a_reference_or_a_method_DoesNotReport() => Files.Verify(
        Rows,
        """
        using AiRace.Core;
        class Checks
        {
            Money A() => Extract.Cast["CN"] - Money.Usd(1m);
            Money B() => Extract.Aliased["CN"] - Money.Usd(1m);
            Money C() => Extract.Marshalled["CN"] - Money.Usd(1m);
            Money D() => Extract.Handed["CN"] - Money.Usd(1m);
        }
        """);

    private const string Book = """
        using System;
        using System.Collections.Generic;
        using System.Runtime.InteropServices;
        using AiRace.Core;
        public sealed class RateBook
        {
            private static readonly RateSeries Desk = new("desk", "Desk fixings", "Desk", RatePeriod.Day);
            private static readonly DateOnly End2024 = new(2024, 12, 31);
            private static readonly ExchangeRate ToEuro = new(Currency.CNY, Currency.EUR, 0.13m, End2024, Desk);
            private readonly ExchangeRate[] _byRef = [new ExchangeRate(Currency.CNY, Currency.USD, 0.1370m, End2024, Desk)];
            private readonly ExchangeRate[] _filled = [new ExchangeRate(Currency.CNY, Currency.USD, 0.1370m, End2024, Desk)];
            private readonly ExchangeRate[] _spanned = [new ExchangeRate(Currency.CNY, Currency.USD, 0.1370m, End2024, Desk)];
            private readonly Dictionary<DateOnly, ExchangeRate> _aliased = new() { [End2024] = new ExchangeRate(Currency.CNY, Currency.USD, 0.1370m, End2024, Desk) };
            private readonly Dictionary<DateOnly, ExchangeRate> _marshalled = new() { [End2024] = new ExchangeRate(Currency.CNY, Currency.USD, 0.1370m, End2024, Desk) };
            private readonly List<ExchangeRate> _listed = [new ExchangeRate(Currency.CNY, Currency.USD, 0.1370m, End2024, Desk)];
            private IReadOnlyDictionary<DateOnly, ExchangeRate> Cast { get; } = new Dictionary<DateOnly, ExchangeRate> { [End2024] = new ExchangeRate(Currency.CNY, Currency.USD, 0.1370m, End2024, Desk) };
            private readonly ExchangeRate[] _copied = [new ExchangeRate(Currency.CNY, Currency.USD, 0.1370m, End2024, Desk)];
            public static DateOnly Close => End2024;
            public void Retarget()
            {
                ref var slot = ref _byRef[0];
                slot = ToEuro;
                Array.Fill(_filled, ToEuro);
                _spanned.AsSpan()[0] = ToEuro;
                var alias = _aliased;
                alias[End2024] = ToEuro;
                CollectionsMarshal.GetValueRefOrAddDefault(_marshalled, End2024, out _) = ToEuro;
                CollectionsMarshal.AsSpan(_listed)[0] = ToEuro;
                ((Dictionary<DateOnly, ExchangeRate>)Cast)[End2024] = ToEuro;
                Array.Copy(new[] { ToEuro }, _copied, 1);
            }
            public Money ByRef(Money yuan) => _byRef[0].Convert(yuan).Result;
            public Money Filled(Money yuan) => _filled[0].Convert(yuan).Result;
            public Money Spanned(Money yuan) => _spanned[0].Convert(yuan).Result;
            public Money Aliased(Money yuan, DateOnly on) => _aliased[on].Convert(yuan).Result;
            public Money Marshalled(Money yuan, DateOnly on) => _marshalled[on].Convert(yuan).Result;
            public Money Listed(Money yuan) => _listed[0].Convert(yuan).Result;
            public Money ThroughCast(Money yuan, DateOnly on) => Cast[on].Convert(yuan).Result;
            public Money Copied(Money yuan) => _copied[0].Convert(yuan).Result;
        }
        public static class Ceilings
        {
            public static readonly Money BigFund = Money.Cny(344m);
            public static readonly Money Eu = Money.Eur(43m);
        }
        """;

    [Fact]
    public Task Kept_rates_replaced_by_reference_a_span_an_alias_a_cast_or_an_array_helper_DoesNotReport() => Files.Verify(
        Book,
        """
        using AiRace.Core;
        class Checks
        {
            static readonly RateBook Book = new();
            Money A() => Book.ByRef(Ceilings.BigFund) + Ceilings.Eu;
            Money B() => Book.Filled(Ceilings.BigFund) + Ceilings.Eu;
            Money C() => Book.Spanned(Ceilings.BigFund) + Ceilings.Eu;
            Money D() => Book.Aliased(Ceilings.BigFund, RateBook.Close) + Ceilings.Eu;
            Money E() => Book.Marshalled(Ceilings.BigFund, RateBook.Close) + Ceilings.Eu;
            Money F() => Book.Listed(Ceilings.BigFund) + Ceilings.Eu;
            Money G() => Book.ThroughCast(Ceilings.BigFund, RateBook.Close) + Ceilings.Eu;
            Money H() => Book.Copied(Ceilings.BigFund) + Ceilings.Eu;
        }
        """);

    private const string Bands = """
        using AiRace.Core;
        public sealed class Between(Money low, Money high)
        {
            public bool IsSatisfiedBy(Money candidate) => candidate.Currency == low.Currency && candidate > low && candidate < high;
        }
        public static class Bands
        {
            public static bool WithinChineseBand(Money m) => new Between(Money.Cny(10m), Money.Cny(344m)).IsSatisfiedBy(m);
        }
        """;

    [Fact]
    public Task Parameter_handed_to_a_specification_that_tests_the_currency_first_DoesNotReport() => Files.Verify(
        Bands,
        """
        using AiRace.Core;
        class Checks
        {
            bool A() => Bands.WithinChineseBand(Money.Usd(39m));
        }
        """);

    private const string Results = """
        using AiRace.Core;
        public record Result<T>(T Value, string? Error);
        public sealed record Shifted(Money Original) : Result<Money>(Money.Usd(1m), null);
        public static class Results
        {
            public static Result<Money> Ok(Money m) => new(m, null);
        }
        """;

    [Fact]
    public Task Wrapper_copied_with_another_value_set_by_an_initializer_or_made_by_a_derived_record_DoesNotReport() => Files.Verify(
        Results,
        """
        using AiRace.Core;
        class Checks
        {
            bool A() => (Results.Ok(Money.Cny(1m)) with { Value = Money.Usd(1m) }).Value > Money.Usd(2m);
            bool B() => new Result<Money>(Money.Cny(1m), null) { Value = Money.Usd(1m) }.Value > Money.Usd(2m);
            bool C() => ((Result<Money>)new Shifted(Money.Cny(1m))).Value > Money.Usd(2m);
            bool D() => Results.Ok(Money.Usd(1m)).Value > Money.Usd(2m);
        }
        """);

    private const string Slips = """
        using AiRace.Core;
        public record struct Slip(string Fund, Money Amount)
        {
            public Slip Indexed(decimal factor) => this with { Amount = Amount * factor };
        }
        public sealed record Note(string Fund)
        {
            public Money Amount { get; set; }
            public Note Indexed(decimal factor) => this with { Amount = Amount * factor };
        }
        public static class Desk
        {
            public static readonly Note Held = new("cn") { Amount = Money.Cny(1m) };
            public static void Touch() => Held.Amount = Money.Usd(1m);
        }
        """;

    [Fact]
    public Task This_copy_of_a_receiver_whose_member_is_set_after_its_creation_DoesNotReport() => Files.Verify(
        Slips,
        """
        using AiRace.Core;
        class Checks
        {
            bool A()
            {
                var s = new Slip("cn", Money.Cny(1m));
                s.Amount = Money.Usd(1m);
                return s.Indexed(1.02m).Amount > Money.Usd(2m);
            }
            bool B()
            {
                var n = new Note("cn") { Amount = Money.Cny(1m) };
                n.Amount = Money.Usd(1m);
                return n.Indexed(1.02m).Amount > Money.Usd(2m);
            }
            bool C() => Desk.Held.Indexed(1.02m).Amount > Money.Usd(2m);
        }
        """);

    private const string Events = """
        using System.Collections.Generic;
        using AiRace.Core;
        public abstract class FundEvent { }
        public sealed class Payout : FundEvent
        {
            public Money Amount { get; set; }
        }
        public static class Seed
        {
            public static IReadOnlyList<FundEvent> China() => [new Payout { Amount = Money.Cny(1m) }];
        }
        """;

    [Fact]
    public Task Foreach_variable_picked_by_a_type_pattern_whose_member_is_set_in_the_loop_DoesNotReport() => Files.Verify(
        Events,
        """
        using AiRace.Core;
        class Checks
        {
            int A()
            {
                var count = 0;
                foreach (var e in Seed.China())
                {
                    if (e is Payout p) p.Amount = Money.Usd(1m);
                    if (e is Payout { Amount: var a } && a > Money.Usd(2m)) count++;
                }

                return count;
            }
        }
        """);

    [Fact]
    public Task Loop_sum_restarted_per_currency_guarded_by_a_delegate_or_a_virtual_check_DoesNotReport() => Files.Verify(
        Rows,
        """
        using System;
        using AiRace.Core;
        public class Checker
        {
            public virtual void Check(Money m) { }
        }
        class Sums
        {
            Money A()
            {
                var total = Money.Zero(Currency.CNY);
                foreach (var r in Extract.Staged)
                {
                    if (r.Budget.Currency != total.Currency) total = Money.Zero(r.Budget.Currency);
                    total += r.Budget;
                }

                return total;
            }
            Money B(Action<Money> require)
            {
                var total = Money.Zero(Currency.CNY);
                foreach (var r in Extract.Staged)
                {
                    require(r.Budget);
                    total += r.Budget;
                }

                return total;
            }
            Money C(Checker checker)
            {
                var total = Money.Zero(Currency.CNY);
                foreach (var r in Extract.Staged)
                {
                    checker.Check(r.Budget);
                    total += r.Budget;
                }

                return total;
            }
            Money D()
            {
                var total = Money.Zero(Currency.CNY);
                foreach (var r in Extract.Staged)
                {
                    ArgumentOutOfRangeException.ThrowIfNegative(r.Budget.Amount);
                    total += r.Budget;
                }

                return total;
            }
        }
        """);

    [Fact]
    public Task Loop_sum_after_helpers_that_call_a_throwing_helper_or_recurse_DoesNotReport_and_odd_shapes_do_not_crash() => Files.Verify(
        Rows,
        """
        using System;
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using AiRace.Core;
        static class Helpers
        {
            public static void Outer(Money m) => Middle(m);
            static void Middle(Money m) => Inner(m);
            static void Inner(Money m) => Extract.RequireYuan(m);
            public static void Loop(Money m) => Loop(m);
        }
        class Sums
        {
            Money A()
            {
                var total = Money.Zero(Currency.CNY);
                foreach (var r in Extract.Staged)
                {
                    Helpers.Outer(r.Budget);
                    total += r.Budget;
                }

                return total;
            }
            Money B()
            {
                var total = Money.Zero(Currency.CNY);
                foreach (var r in Extract.Staged)
                {
                    Helpers.Loop(r.Budget);
                    total += r.Budget;
                }

                return total;
            }
            Money C()
            {
                var total = Money.Zero(Currency.CNY);
                foreach (var r in Extract.Staged) {|AIR0001:total += r!.Budget|};
                return total;
            }
            static Money D(ReadOnlySpan<Money> figures) => figures switch
            {
                [var a, .. var rest] => a,
                _ => Money.Zero(Currency.CNY),
            };
            static Money E(List<Money>? figures) => figures switch
            {
                [var a, var b] => b - a,
                _ => Money.Zero(Currency.CNY),
            };
            Money F() => D([Money.Cny(1m), Money.Usd(1m)]) + E([Money.Cny(1m), Money.Cny(2m)]);
            Money G() => {|AIR0001:E([Money.Cny(1m), Money.Usd(2m)])|};
        }
        """);

    private const string Keyed = """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public sealed record Row(string Country, Money Budget);
        public static class Extract
        {
            public static readonly Row[] Staged = [new("CN", Money.Cny(344m)), new("US", Money.Usd(39m))];
            public static readonly Row[] Yuan = [new("CN", Money.Cny(1m))];
            public static readonly Row[] Dollars = [new("US", Money.Usd(1m))];
            public static readonly Dictionary<string, Money> ByVariable = Staged.ToDictionary(r => r.Country, r => r.Budget);
            public static readonly Dictionary<string, Money> Readded = Staged.ToDictionary(r => r.Country, r => r.Budget);
            public static void Touch(string country)
            {
                ByVariable[country] = Money.Usd(2m);
                Readded.Remove("CN");
                Readded.Add("CN", Money.Usd(2m));
            }
        }
        """;

    [Fact]
    public Task ToDictionary_copy_written_under_a_variable_key_or_added_again_DoesNotReport() => Files.Verify(
        Keyed,
        """
        using AiRace.Core;
        class Checks
        {
            Money A() => Extract.ByVariable["CN"] - Money.Usd(1m);
            Money B() => Extract.Readded["CN"] - Money.Usd(1m);
        }
        """);

    [Fact]
    public Task Loop_sum_and_fold_over_one_of_two_collections_chosen_by_a_condition_DoesNotReport() => Files.Verify(
        Keyed,
        """
        using System.Linq;
        using AiRace.Core;
        class Sums
        {
            Money A(bool domestic)
            {
                var rows = domestic ? Extract.Yuan : Extract.Dollars;
                var total = Money.Zero(Currency.CNY);
                foreach (var r in rows) total += r.Budget;
                return total;
            }
            Money B(bool domestic) => (domestic ? Extract.Yuan : Extract.Dollars).Aggregate(Money.Zero(Currency.CNY), (acc, r) => acc + r.Budget);
        }
        """);
}

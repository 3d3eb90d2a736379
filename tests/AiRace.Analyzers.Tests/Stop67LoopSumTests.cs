using System.Threading.Tasks;
using Xunit;

namespace AiRace.Analyzers.Tests;

/// <summary>
/// AIR0001 through a running total (stop 67, issue 12 §1): a member of each element of a collection added to a total
/// of a known currency, in a <c>foreach</c> loop or a <c>Parallel.ForEach</c> body, where some element is surely in
/// another currency. The same loop over one currency, over elements of unknown currency, filtered by currency, or
/// into a total of unknown currency, is not reported.
/// </summary>
public class Stop67LoopSumTests
{
    private const string Rows = """
        using AiRace.Core;
        public sealed record Row(string Country, Money Budget);
        public static class Extract
        {
            public static readonly Row[] Staged =
            [
                new("CN", Money.Cny(344m)),
                new("US", Money.Usd(39m)),
                new("EU", Money.Eur(43m)),
            ];
            public static readonly Row[] Yuan =
            [
                new("CN", Money.Cny(344m)),
                new("CN", Money.Cny(45m)),
            ];
        }
        """;

    [Fact]
    public Task Foreach_adding_a_member_of_elements_in_other_currencies_to_a_known_total_Reports() => Files.Verify(
        Rows,
        """
        using AiRace.Core;
        class Sums
        {
            Money A()
            {
                var total = Money.Zero(Currency.EUR);
                foreach (var r in Extract.Staged) {|AIR0001:total += r.Budget|};
                return total;
            }
            Money B()
            {
                var total = Money.Zero(Currency.USD);
                foreach (var r in Extract.Yuan)
                {
                    {|AIR0001:total -= r.Budget|};
                }
                return total;
            }
        }
        """);

    [Fact]
    public Task Foreach_adding_a_member_of_one_currency_unknown_or_filtered_elements_DoesNotReport() => Files.Verify(
        Rows,
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Sums
        {
            Money A()
            {
                var total = Money.Zero(Currency.CNY);
                foreach (var r in Extract.Yuan) total += r.Budget;
                return total;
            }
            Money B(IEnumerable<Row> rows)
            {
                var total = Money.Zero(Currency.EUR);
                foreach (var r in rows) total += r.Budget;
                return total;
            }
            Money C()
            {
                var total = Money.Zero(Currency.EUR);
                foreach (var r in Extract.Staged)
                {
                    if (r.Budget.Currency != total.Currency) continue;
                    total += r.Budget;
                }
                return total;
            }
            Money D()
            {
                var total = Money.Zero(Currency.EUR);
                foreach (var r in Extract.Staged.Where(x => x.Budget.Currency == Currency.EUR)) total += r.Budget;
                return total;
            }
            Money E(Money start)
            {
                var total = start;
                foreach (var r in Extract.Staged) total += r.Budget;
                return total;
            }
            Money F()
            {
                var total = Money.Zero(Currency.CNY);
                foreach (var r in Extract.Staged.Take(1)) total += r.Budget;
                foreach (var r in Extract.Staged)
                {
                    if (r.Country == "CN")
                    {
                        total += r.Budget;
                    }
                }
                foreach (var r in Extract.Staged)
                {
                    if (r.Country != "CN") break;
                    total += r.Budget;
                }
                return total;
            }
        }
        """);

    [Fact]
    public Task ParallelForEach_adding_a_member_of_elements_in_other_currencies_to_a_known_total_Reports() => Files.Verify(
        Rows,
        """
        using System.Threading.Tasks;
        using AiRace.Core;
        class Sums
        {
            Money A()
            {
                var total = Money.Zero(Currency.EUR);
                var gate = new object();
                Parallel.ForEach(Extract.Staged, r =>
                {
                    lock (gate)
                    {
                        {|AIR0001:total += r.Budget|};
                    }
                });
                return total;
            }
        }
        """);

    [Fact]
    public Task ParallelForEach_adding_a_member_of_one_currency_or_unknown_elements_DoesNotReport() => Files.Verify(
        Rows,
        """
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using AiRace.Core;
        class Sums
        {
            Money A()
            {
                var total = Money.Zero(Currency.CNY);
                var gate = new object();
                Parallel.ForEach(Extract.Yuan, r => { lock (gate) { total += r.Budget; } });
                return total;
            }
            Money B(IEnumerable<Row> rows)
            {
                var total = Money.Zero(Currency.EUR);
                var gate = new object();
                Parallel.ForEach(rows, r => { lock (gate) { total += r.Budget; } });
                return total;
            }
            Money C()
            {
                var total = Money.Zero(Currency.EUR);
                var gate = new object();
                Parallel.ForEach(Extract.Staged, r =>
                {
                    if (r.Budget.Currency != Currency.EUR) return;
                    lock (gate) { total += r.Budget; }
                });
                return total;
            }
            Money D()
            {
                var total = Money.Zero(Currency.CNY);
                var gate = new object();
                Parallel.ForEach(Extract.Staged, (r, state) =>
                {
                    if (r.Country != "CN") state.Stop();
                    lock (gate) { total += r.Budget; }
                });
                return total;
            }
        }
        """);

    [Fact]
    public Task AggregateBy_with_a_seed_selector_of_one_currency_over_elements_in_others_Reports() => Files.Verify(
        Rows,
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Sums
        {
            IEnumerable<KeyValuePair<string, Money>> A() =>
                Extract.Staged.AggregateBy(r => r.Country, _ => Money.Zero(Currency.CNY), (acc, r) => {|AIR0001:acc + r.Budget|});
            Money B() => Extract.Staged.Aggregate(Money.Zero(Currency.CNY), (acc, r) => {|AIR0001:acc + r.Budget|});
            IEnumerable<KeyValuePair<string, Money>> C() =>
                Extract.Yuan.AggregateBy(r => r.Country, _ => Money.Zero(Currency.USD), (acc, r) => {|AIR0001:acc - r.Budget|});
        }
        """);

    [Fact]
    public Task AggregateBy_with_a_seed_of_the_key_currency_one_currency_or_unknown_elements_DoesNotReport() => Files.Verify(
        Rows,
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Sums
        {
            IEnumerable<KeyValuePair<Currency, Money>> A() =>
                Extract.Staged.AggregateBy(r => r.Budget.Currency, c => Money.Zero(c), (acc, r) => acc + r.Budget);
            IEnumerable<KeyValuePair<string, Money>> B() =>
                Extract.Yuan.AggregateBy(r => r.Country, _ => Money.Zero(Currency.CNY), (acc, r) => acc + r.Budget);
            IEnumerable<KeyValuePair<string, Money>> C(IEnumerable<Row> rows) =>
                rows.AggregateBy(r => r.Country, _ => Money.Zero(Currency.CNY), (acc, r) => acc + r.Budget);
            Money D() => Extract.Yuan.Aggregate(Money.Zero(Currency.CNY), (acc, r) => acc + r.Budget);
            IEnumerable<KeyValuePair<string, Money>> E() =>
                Extract.Staged.Where(r => r.Budget.Currency == Currency.CNY).AggregateBy(r => r.Country, _ => Money.Zero(Currency.CNY), (acc, r) => acc + r.Budget);
        }
        """);
}

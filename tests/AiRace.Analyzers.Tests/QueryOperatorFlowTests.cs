using System.Threading.Tasks;
using Xunit;

namespace AiRace.Analyzers.Tests;

/// <summary>
/// AIR0001 through the LINQ operators a team writes in query syntax as often as in calls: a group's elements chosen by an
/// element selector (<c>group c.Amount by c.Year into g</c>, <c>GroupBy(key, elementSelector)</c>), the two parameters of a
/// join's result selector (<c>from a in xs join b in ys on … select a.Cap - b.Cap</c>), a value a <c>let</c> names or a
/// <c>select new { … }</c> gives a member of (read by the LINQ after it), and a batch of <c>Chunk</c> taken by
/// <c>foreach</c>. A group or batch is some of the elements: in another currency than all of them, it is reported; where
/// the elements mix, it is not known to mix.
/// </summary>
public class QueryOperatorFlowTests
{
    private const string Book = """
        using System.Collections.Generic;
        using AiRace.Core;
        public sealed record Commitment(string Bloc, int Year, Money Amount);
        public static class Book
        {
            public static readonly List<Commitment> China = [new("CN", 2024, Money.Cny(1m)), new("CN", 2025, Money.Cny(2m))];
            public static readonly List<Commitment> Mixed = [new("CN", 2024, Money.Cny(1m)), new("US", 2024, Money.Usd(2m))];
            public static readonly List<(int Year, Money Cap)> ChinaByYear = [(2024, Money.Cny(1m)), (2025, Money.Cny(2m))];
            public static readonly List<(int Year, Money Cap)> EuropeByYear = [(2024, Money.Eur(1m)), (2025, Money.Eur(2m))];
            public static readonly List<Money> Yuan = [Money.Cny(1m), Money.Cny(2m), Money.Cny(3m)];
            public static readonly List<Money> Euros = [Money.Eur(1m), Money.Eur(2m)];
        }
        """;

    [Fact]
    public Task Group_with_an_element_selector_summed_in_another_currency_Reports() => Files.Verify(
        Book,
        """
        using System.Linq;
        using AiRace.Core;
        class Use
        {
            void M()
            {
                var qa = (from c in Book.China group c.Amount by c.Year into g select {|AIR0001:g.Sum(Currency.USD)|}).ToList();
                var qb = Book.China.GroupBy(c => c.Bloc, c => c.Amount).Select(g => {|AIR0001:g.Max() > Money.Usd(1m)|}).ToList();
                var qc = (from c in Book.Mixed group c.Amount by c.Year into g select {|AIR0001:g.Sum(Currency.EUR)|}).ToList();
                var qd = Book.Mixed.GroupBy(c => c.Year, c => Money.Gbp(1m)).Select(g => {|AIR0001:g.Max() < Money.Jpy(1m)|}).ToList();
            }
        }
        """);

    [Fact]
    public Task Group_with_an_element_selector_in_its_own_currency_or_of_mixed_elements_DoesNotReport() => Files.Verify(
        Book,
        """
        using System.Linq;
        using AiRace.Core;
        class Use
        {
            void M(System.Collections.Generic.List<Commitment> read)
            {
                var qa = (from c in Book.China group c.Amount by c.Year into g select g.Sum(Currency.CNY)).ToList();
                var qb = (from c in Book.Mixed group c.Amount by c.Bloc into g select (g.Key, g.Max())).ToList();
                var qc = read.GroupBy(c => c.Year, c => c.Amount).Select(g => g.Sum(Currency.USD)).ToList();
                var qd = Book.Mixed.Where(c => c.Bloc == "US").GroupBy(c => c.Year, c => c.Amount).Select(g => g.Sum(Currency.USD)).ToList();
                var qe = Book.Mixed.GroupBy(c => c.Amount.Currency, c => c.Amount).Select(g => g.Sum(g.Key)).ToList();
            }
        }
        """);

    [Fact]
    public Task Join_result_selector_that_mixes_the_two_sources_Reports() => Files.Verify(
        Book,
        """
        using System.Linq;
        using AiRace.Core;
        class Use
        {
            void M()
            {
                var qa = (from cn in Book.ChinaByYear join eu in Book.EuropeByYear on cn.Year equals eu.Year select {|AIR0001:cn.Cap - eu.Cap|}).ToList();
                var qb = Book.ChinaByYear.Join(Book.EuropeByYear, cn => cn.Year, eu => eu.Year, (cn, eu) => {|AIR0001:cn.Cap > eu.Cap|}).ToList();
                var qc = Book.Yuan.Join(Book.Euros, y => 1, e => 1, (y, e) => {|AIR0001:y + e|}).ToList();
                var qd = (from cn in Book.China join eu in Book.Euros on cn.Year equals 2024 select {|AIR0001:cn.Amount == eu|}).ToList();
            }
        }
        """);

    [Fact]
    public Task Join_result_selector_within_one_currency_or_over_unknown_sources_DoesNotReport() => Files.Verify(
        Book,
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Use
        {
            void M(List<(int Year, Money Cap)> read)
            {
                var qa = (from cn in Book.ChinaByYear join other in Book.ChinaByYear on cn.Year equals other.Year select cn.Cap - other.Cap).ToList();
                var qb = Book.ChinaByYear.Join(read, cn => cn.Year, r => r.Year, (cn, r) => cn.Cap > r.Cap).ToList();
                var qc = Book.Euros.Join(Book.Euros, x => 1, y => 1, (x, y) => x + y).ToList();
                var qd = Book.Yuan.GroupJoin(Book.Euros, y => 1, e => 1, (y, es) => y + Money.Cny(1m)).ToList();
            }
        }
        """);

    [Fact]
    public Task Batch_of_Chunk_taken_by_foreach_in_another_currency_Reports() => Files.Verify(
        Book,
        """
        using System.Linq;
        using AiRace.Core;
        class Use
        {
            Money M()
            {
                var total = Money.Zero(Currency.USD);
                foreach (var batch in Book.Yuan.Chunk(2))
                {
                    {|AIR0001:total += batch[0]|};
                }

                foreach (var batch in Book.Mixed.Select(c => c.Amount).Chunk(2))
                {
                    if ({|AIR0001:batch.Sum(Currency.JPY)|} > Money.Jpy(1m)) return total;
                }

                foreach (Money[] batch in Book.Euros.Chunk(3))
                {
                    if ({|AIR0001:batch.Max() > Money.Usd(1m)|}) return total;
                }

                return total;
            }
        }
        """);

    [Fact]
    public Task Batch_of_Chunk_in_its_own_currency_written_to_or_of_mixed_elements_DoesNotReport() => Files.Verify(
        Book,
        """
        using System.Linq;
        using AiRace.Core;
        class Use
        {
            Money M(System.Collections.Generic.IEnumerable<Money> read)
            {
                var total = Money.Zero(Currency.CNY);
                foreach (var batch in Book.Yuan.Chunk(2))
                {
                    total += batch[0];
                }

                foreach (var batch in Book.Mixed.Select(c => c.Amount).Chunk(2))
                {
                    if (batch.Max() > Money.Usd(1m)) return total;
                }

                foreach (var batch in read.Chunk(2))
                {
                    if (batch[0] > Money.Usd(1m)) return total;
                }

                foreach (var batch in Book.Yuan.Chunk(2))
                {
                    batch[0] = Money.Usd(1m);
                    if (batch[1] > Money.Usd(1m)) return total;
                }

                return total;
            }
        }
        """);

    [Fact]
    public Task Let_or_anonymous_member_compared_with_another_currency_Reports() => Files.Verify(
        Book,
        """
        using System.Linq;
        using AiRace.Core;
        class Use
        {
            void M()
            {
                var qa = (from cn in Book.ChinaByYear let half = cn.Cap / 2m where {|AIR0001:half > Money.Eur(20m)|} select cn.Year).ToList();
                var qb = (from c in Book.China let cap = Money.Cny(5m) where {|AIR0001:cap < Money.Usd(1m)|} select c.Year).ToList();
                var qc = Book.Yuan.Select(y => new { Cap = y, Year = 2024 }).Where(x => x.Year > 2000).Select(x => {|AIR0001:x.Cap + Money.Usd(1m)|}).ToList();
                var qd = (from y in Book.Yuan let e = Money.Eur(1m) select {|AIR0001:y.CompareTo(e)|}).ToList();
                var qe = (from y in Book.Yuan let doubled = y * 2m orderby doubled select {|AIR0001:doubled == Money.Jpy(1m)|}).ToList();
            }
        }
        """);

    [Fact]
    public Task Let_or_anonymous_member_in_its_own_currency_or_unknown_DoesNotReport() => Files.Verify(
        Book,
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Use
        {
            void M(List<Money> read, bool flag)
            {
                var qa = (from cn in Book.ChinaByYear let half = cn.Cap / 2m where half > Money.Cny(20m) select cn.Year).ToList();
                var qb = (from r in read let twice = r * 2m where twice > Money.Usd(1m) select r).ToList();
                var qc = Book.Yuan.Select(y => flag ? new { Cap = y } : new { Cap = Money.Usd(1m) }).Where(x => x.Cap > Money.Usd(1m)).ToList();
                var qd = (from y in Book.Yuan let usd = Fx.ToUsd(y) where usd > Money.Usd(1m) select y).ToList();
                var qe = Book.Yuan.Select(y => new { Cap = y }).Where(x => { x = new { Cap = Money.Usd(1m) }; return x.Cap > Money.Usd(1m); }).ToList();
            }
        }
        static class Fx
        {
            public static Money ToUsd(Money m) => Money.Usd(m.Amount / 7m);
        }
        """);

    [Fact]
    public Task Member_of_an_element_in_a_lambda_against_another_currency_Reports() => Files.Verify(
        Book,
        """
        using System.Linq;
        using AiRace.Core;
        class Use
        {
            void M()
            {
                var qa = Book.China.Any(c => {|AIR0001:c.Amount > Money.Usd(1m)|});
                var qb = Book.China.OrderBy(c => c.Year).Select(c => {|AIR0001:c.Amount + Money.Eur(1m)|}).ToList();
                var qc = (from c in Book.China where {|AIR0001:c.Amount >= Money.Jpy(1m)|} select c.Year).ToList();
                var qd = Book.China.ToDictionary(c => c.Year, c => {|AIR0001:c.Amount - Money.Gbp(1m)|});
            }
        }
        """);

    [Fact]
    public Task Member_of_an_element_in_a_lambda_in_its_own_currency_mixed_or_after_a_filter_DoesNotReport() => Files.Verify(
        Book,
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Use
        {
            void M(List<Commitment> read)
            {
                var qa = Book.China.Any(c => c.Amount > Money.Cny(1m));
                var qb = Book.Mixed.Any(c => c.Amount > Money.Usd(1m));
                var qc = read.Where(c => c.Amount > Money.Usd(1m)).ToList();
                var qd = Book.Mixed.Where(c => c.Bloc == "US").Select(c => c.Amount > Money.Usd(1m)).ToList();
                var qe = Book.China.Select(c => c.Bloc.Length).ToList();
            }
        }
        """);
}

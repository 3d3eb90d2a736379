using System.Threading.Tasks;
using Xunit;

namespace AiRace.Analyzers.Tests;

/// <summary>
/// AIR0001 through an indexer of the code (<c>book[2023]</c>: what its getter returns, whatever the index, as for a
/// computed property) and through a helper's <c>ref readonly</c> parameters (read-only, like <c>in</c>): the two misses of
/// the Chips field test.
/// </summary>
public class IndexerAndRefReadOnlyFlowTests
{
    [Fact]
    public Task Indexer_returns_and_ref_readonly_parameters_in_another_currency_Reports() => Files.Verify(
        """
        using System.Collections.Generic;
        using AiRace.Core;
        public sealed class Book
        {
            private readonly Dictionary<int, Money> _byYear = new() { [2023] = Money.Of(1m, Currency.KRW) };
            public Money this[int year] => _byYear[year];
            public Money this[string region] { get { return Money.Of(2m, Currency.KRW); } }
            public bool A() => {|AIR0001:this[2023] > Money.Usd(1m)|};
        }
        public static class Totals
        {
            public static bool Exceeds(ref readonly Money spent, ref readonly Money cap) => spent > cap;
            public static Money Gap(ref readonly Money spent, in Money cap) => spent - cap;
        }
        class Use
        {
            static readonly Money Yuan = Money.Cny(1m);
            bool B(Book b) => {|AIR0001:b[2024] < Money.Usd(1m)|};
            Money C(Book b) => {|AIR0001:b["seoul"] + Money.Eur(1m)|};
            bool D() { var y = Money.Cny(1m); var u = Money.Usd(1m); return {|AIR0001:Totals.Exceeds(in y, in u)|}; }
            Money E() { var u = Money.Usd(1m); return {|AIR0001:Totals.Gap(in Yuan, in u)|}; }
        }
        """);

    [Fact]
    public Task Indexers_that_may_give_another_currency_and_ref_readonly_in_one_currency_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using AiRace.Core;
        public class Book
        {
            private readonly Dictionary<string, Money> _caps = new() { ["a"] = Money.Cny(1m) };
            public Money this[int i] => i == 0 ? Money.Cny(1m) : Money.Usd(1m);
            public Money this[string key] { get => _caps[key]; set => _caps[key] = value; }
            public virtual Money this[long at] => Money.Cny(1m);
        }
        public sealed class DollarBook : Book
        {
            public override Money this[long at] => Money.Usd(1m);
        }
        public static class Totals
        {
            public static bool Exceeds(ref readonly Money spent, ref readonly Money cap) => spent > cap;
        }
        class Use
        {
            bool A(Book b) => b[0] > Money.Usd(1m) || b["a"] > Money.Usd(1m) || b[1L] > Money.Usd(1m);
            bool B() { var y = Money.Cny(1m); var z = Money.Cny(2m); return Totals.Exceeds(in y, in z); }
            void C(Book b) => b["a"] = Money.Usd(1m);
        }
        """);
}

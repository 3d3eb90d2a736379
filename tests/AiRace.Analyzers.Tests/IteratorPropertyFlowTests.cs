using System.Threading.Tasks;
using Xunit;

namespace AiRace.Analyzers.Tests;

/// <summary>
/// AIR0001 through a get-only property whose getter is an iterator (<c>get { yield return …; }</c>) or returns a
/// collection from a block body: its elements are what every <c>yield return</c> or <c>return</c> gives, as for an
/// iterator method, read through LINQ and copies (<c>ToList()</c>).
/// </summary>
public class IteratorPropertyFlowTests
{
    private const string Catalogue = """
        using System.Collections.Generic;
        using AiRace.Core;
        public static class Catalogue
        {
            public static IEnumerable<Money> ShenzhenTranches
            {
                get
                {
                    yield return Money.Millions(200m, Currency.CNY);
                    yield return Money.Cny(150m);
                }
            }

            public static IEnumerable<Money> Mixed
            {
                get
                {
                    yield return Money.Cny(1m);
                    yield return Money.Usd(1m);
                }
            }

            public static List<Money> Built
            {
                get
                {
                    return new List<Money> { Money.Eur(1m) };
                }
            }
        }
        """;

    [Fact]
    public Task Elements_of_an_iterator_or_block_bodied_property_in_another_currency_Reports() => Files.Verify(
        Catalogue,
        """
        using System.Linq;
        using AiRace.Core;
        class Use
        {
            Money A() => {|AIR0001:Catalogue.ShenzhenTranches.Sum(Currency.USD)|};
            Money B() { var tranches = Catalogue.ShenzhenTranches.ToList(); return {|AIR0001:tranches.Max() - Money.Usd(1m)|}; }
            bool C() => {|AIR0001:Catalogue.Built.First() > Money.Jpy(1m)|};
            Money D() => {|AIR0001:Catalogue.Mixed.Max()|};
        }
        """);

    [Fact]
    public Task Elements_of_an_iterator_property_in_their_own_currency_or_of_a_settable_property_DoesNotReport() => Files.Verify(
        Catalogue,
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Holder
        {
            private IEnumerable<Money> _items = new[] { Money.Cny(1m) };
            public IEnumerable<Money> Items { get { return _items; } set { _items = value; } }
        }
        class Use
        {
            Money A() => Catalogue.ShenzhenTranches.Sum(Currency.CNY);
            bool B() => Catalogue.Mixed.Any(m => m > Money.Usd(1m));
            bool C(Holder h) => h.Items.First() > Money.Usd(1m);
        }
        """);
}

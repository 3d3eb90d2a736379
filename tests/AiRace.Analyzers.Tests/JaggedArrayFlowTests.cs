using System.Threading.Tasks;
using Xunit;

namespace AiRace.Analyzers.Tests;

/// <summary>
/// AIR0001 through an array of arrays (<c>Money[][]</c>, a field or a local): it holds what its rows hold, written by its
/// initializer, by a row assigned (<c>quarters[0] = new[] { … }</c>) or an element of a row (<c>quarters[0][1] = …</c>),
/// through a row kept in a local or taken by <c>foreach</c>; a row (<c>quarters[i]</c>) holds some of them, not known
/// to hold two currencies together, and <c>SelectMany(row =&gt; row)</c> all of them. An array of arrays handed on (to a
/// method, a lambda, a property's callers) or a row taken by reference may be written unseen.
/// </summary>
public class JaggedArrayFlowTests
{
    [Fact]
    public Task Rows_of_an_array_of_arrays_in_another_currency_Reports() => Files.Verify(
        """
        using System.Linq;
        using AiRace.Core;
        public sealed class Fund
        {
            private readonly Money[][] _quarterly = { new[] { Money.Cny(1m), Money.Cny(2m) }, new[] { Money.Cny(3m) } };
            private static readonly Money[][] s_rows = [[Money.Cny(1m)], [Money.Cny(2m), Money.Cny(3m)]];
            private readonly Money[][] _regions = new Money[][] { new Money[] { Money.Cny(1m) }, new Money[] { Money.Usd(1m) } };

            public Money A() => {|AIR0001:_quarterly[0].Sum(Currency.USD)|};
            public Money B() => {|AIR0001:_quarterly.SelectMany(row => row).Max() - Money.Usd(1m)|};
            public bool C()
            {
                foreach (var row in _quarterly)
                {
                    if ({|AIR0001:row[0] > Money.Usd(1m)|})
                    {
                        return true;
                    }
                }

                return false;
            }

            public Money D() { var row = s_rows[1]; return {|AIR0001:row.Sum(Currency.EUR)|}; }
            public Money E()
            {
                Money[][] grid = { new[] { Money.Jpy(1m) } };
                grid[0][0] = Money.Jpy(2m);
                return {|AIR0001:grid[0].Sum(Currency.USD)|};
            }

            public Money F() => {|AIR0001:_regions.SelectMany(row => row).Max()|};
            public bool G() => {|AIR0001:_quarterly[1][0] < Money.Eur(1m)|};
            public Money H() => {|AIR0001:_regions[0].Sum(Currency.USD)|};
            public Money H2() => {|AIR0001:_regions[1].Sum(Currency.CNY)|};
        }
        """);

    [Fact]
    public Task Rows_in_their_own_currency_replaced_or_handed_on_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public interface IFiller { void Fill(Money[] row); }
        public sealed class Desk
        {
            private readonly Money[][] _rows = { new[] { Money.Cny(1m) } };
            private readonly Money[][] _mixed = { new[] { Money.Cny(1m) }, new[] { Money.Usd(1m) } };
            private readonly Money[][] _handed = { new[] { Money.Cny(1m) } };
            private readonly Money[][] _looped = { new[] { Money.Cny(1m) } };
            private readonly Money[][] _aliased = { new[] { Money.Cny(1m) } };
            private readonly Money[][] _passed = { new[] { Money.Cny(1m) } };
            private readonly Money[][] _lambda = { new[] { Money.Cny(1m) } };
            private readonly Money[][] _byRef = { new[] { Money.Cny(1m) } };
            private readonly Money[][] _whole = { new[] { Money.Cny(1m) } };

            public Money[][] Handed => _handed;
            public void Reset() => _rows[0] = new[] { Money.Usd(1m) };
            public void Loop() { foreach (var row in _looped) { row[0] = Money.Usd(1m); } }
            public void Alias() { var r = _aliased[0]; r[0] = Money.Usd(2m); }
            public void Pass(IFiller filler) => filler.Fill(_passed[0]);
            public int Lambda() => _lambda.Select(r => { r[0] = Money.Usd(1m); return r.Length; }).Sum();
            public void ByRef() { ref var cell = ref _byRef[0][0]; cell = Money.Usd(1m); }
            public void Whole() => _whole[0] = new[] { Money.Usd(1m) };

            public Money A() => _rows[0].Sum(Currency.USD);
            public Money B() => _mixed[0].Max();
            public Money C() => _handed[0].Sum(Currency.USD);
            public Money D() => _looped[0].Sum(Currency.USD);
            public Money E() => _aliased[0].Sum(Currency.USD);
            public Money F() => _passed[0].Sum(Currency.USD);
            public Money G() => _lambda[0].Sum(Currency.USD);
            public Money H() => _byRef[0].Sum(Currency.USD);
            public Money I() => _whole.SelectMany(row => row).Sum(Currency.USD);
            public Money J()
            {
                Money[][] grid = new Money[2][];
                grid[0] = new[] { Money.Usd(1m) };
                grid[1] = [Money.Usd(2m)];
                return grid[0].Sum(Currency.USD) + grid.SelectMany(row => row).Max();
            }

            public bool K() => _quarters.Length > 0 && _quarters[0][0] > Money.Cny(1m);
            public bool L() => _byRegion[0].Sum(Currency.CNY) > _byRegion[0][0] && _byRegion[1].Sum(Currency.USD) > Money.Usd(0m);
            private readonly Money[][] _byRegion = { new[] { Money.Cny(1m) }, new[] { Money.Usd(1m) } };
            public Money N()
            {
                _cycle[0] = _cycle[1];
                _cycle[1] = _cycle[0];
                return _cycle[1].Sum(Currency.USD);
            }

            private readonly Money[][] _cycle = { new[] { Money.Cny(1m) }, new[] { Money.Usd(1m) } };
            public Money O()
            {
                _shared[0] = _shared[1];
                _shared[0][0] = Money.Usd(1m);
                return _shared[1].Sum(Currency.USD);
            }

            private readonly Money[][] _shared = { new[] { Money.Cny(1m) }, new[] { Money.Cny(2m) } };
            private readonly Money[][] _quarters = { new[] { Money.Cny(1m) } };
        }
        class Use
        {
            static void M(Desk desk) { desk.Handed[0][0] = Money.Usd(1m); }
        }
        """);

    [Fact]
    public Task Row_by_an_index_that_is_not_a_constant_summed_in_its_own_currency_DoesNotReport() => Files.Verify(
        """
        using System.Linq;
        using AiRace.Core;
        class Use
        {
            private static readonly int China = 0;
            private static readonly Money[][] s_byRegion = { new[] { Money.Cny(1m), Money.Cny(2m) }, new[] { Money.Usd(1m) } };

            Money A() => s_byRegion[China].Sum(Currency.CNY);
            Money B() => s_byRegion[^2].Sum(Currency.CNY);
        }
        """);

    [Fact]
    public Task Rows_listed_by_their_locals_Reports() => Files.Verify(
        """
        using System.Linq;
        using AiRace.Core;
        class Use
        {
            Money A()
            {
                var yuanRow = new[] { Money.Cny(1m) };
                var dollarRow = new[] { Money.Usd(1m) };
                Money[][] q = { yuanRow, dollarRow };
                return {|AIR0001:q.SelectMany(row => row).Max()|};
            }

            Money B()
            {
                var yuanRow = new[] { Money.Cny(1m) };
                Money[][] q = [yuanRow];
                return {|AIR0001:q[0].Sum(Currency.USD)|};
            }
        }
        """);

    // A guard from stop 54's review. Real code: the largest cap of each row of an array of arrays whose rows are yuan and dollars; a row
    // "holds some of the elements, not known to hold two currencies together" (AIR0001.md), through Select, a query,
    // Where, Array.ConvertAll and foreach.
    [Fact]
    public Task Largest_cap_per_row_of_an_array_of_arrays_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public static class Caps
        {
            public static readonly Money[][] ByRegion = { new[] { Money.Cny(3_000m), Money.Cny(1_200m) }, new[] { Money.Usd(450m) } };
        }
        class Use
        {
            Money[] A() => Caps.ByRegion.Select(row => row.Max()).ToArray();
            Money[] B() => (from row in Caps.ByRegion select row.Max()).ToArray();
            Money[] C() => Caps.ByRegion.Where(row => row.Length > 0).Select(row => row.Max()).ToArray();
            Money[] D() => System.Array.ConvertAll(Caps.ByRegion, row => row.Max());
            Money[] E() => Caps.ByRegion.Select(row => row.OrderBy(m => m).First()).ToArray();
            List<Money> F()
            {
                var best = new List<Money>();
                foreach (var row in Caps.ByRegion)
                {
                    best.Add(row.Max());
                }

                return best;
            }
        }
        """);

    // a row's array reached another way (the assignment's value kept or handed on, or given to another row by a
    // chained assignment) may be written there: the row read by its index is unknown
    [Fact]
    public Task Row_read_by_index_whose_array_is_also_reached_another_way_DoesNotReport() => Files.Verify(
        """
        using System;
        using System.Linq;
        using AiRace.Core;
        class Use
        {
            static void Dollars(Money[] row) => row[0] = Money.Usd(1m);
            Money A() { var rows = new Money[1][]; var r = rows[0] = new[] { Money.Cny(1m) }; r[0] = Money.Usd(1m); return rows[0].Sum(Currency.USD); }
            Money B() { var rows = new Money[1][]; Dollars(rows[0] = new[] { Money.Cny(1m) }); return rows[0].Sum(Currency.USD); }
            Money C() { var rows = new Money[2][]; rows[0] = rows[1] = new[] { Money.Cny(1m) }; rows[0][0] = Money.Usd(1m); return rows[1].Sum(Currency.USD); }
            Money D() { var rows = new Money[1][]; (rows[0] = new[] { Money.Cny(1m) }).AsSpan()[0] = Money.Usd(1m); return rows[0].Sum(Currency.USD); }
        }
        """);
}

using System.Threading.Tasks;
using Xunit;

namespace AiRace.Analyzers.Tests;

/// <summary>
/// AIR0001 through the range variables a query carries past a <c>join</c> or a second <c>from</c>: the compiler keeps
/// them in anonymous objects (<c>new { cn, eu }</c>) that the clauses after read (<c>where cn.Amount &gt; eu.Amount</c>),
/// and a member of each stands for a member of every element of its own source, as a lambda's parameter does; not after
/// a filter of that source, and not when the selector that carries it may return anything else.
/// </summary>
public class QueryRangeVariableFlowTests
{
    private const string Caps = """
        using System.Collections.Generic;
        using AiRace.Core;
        public sealed record Cap(int Year, Money Amount);
        public static class Caps
        {
            public static readonly List<Cap> China = new() { new(2024, Money.Cny(1m)) };
            public static readonly List<Cap> Europe = new() { new(2024, Money.Eur(1m)) };
            public static readonly List<Cap> Beijing = new() { new(2024, Money.Cny(2m)) };
        }
        """;

    [Fact]
    public Task Range_variables_after_a_join_or_a_second_from_Reports() => Files.Verify(
        Caps,
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Use
        {
            List<Cap> A() =>
                (from cn in Caps.China
                 join eu in Caps.Europe on cn.Year equals eu.Year
                 where {|AIR0001:cn.Amount > eu.Amount|}
                 select cn).ToList();

            List<Money> B() =>
                (from cn in Caps.China
                 from eu in Caps.Europe
                 where cn.Year == eu.Year
                 select {|AIR0001:cn.Amount - eu.Amount|}).ToList();

            List<Money> C() =>
                (from cn in Caps.China
                 join eu in Caps.Europe on cn.Year equals eu.Year
                 orderby cn.Year
                 let gap = {|AIR0001:cn.Amount - eu.Amount|}
                 select gap).ToList();
        }
        """);

    [Fact]
    public Task Range_variables_in_one_currency_or_after_a_filter_DoesNotReport() => Files.Verify(
        Caps,
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Use
        {
            List<Cap> A() =>
                (from cn in Caps.China
                 join bj in Caps.Beijing on cn.Year equals bj.Year
                 where cn.Amount > bj.Amount
                 select cn).ToList();

            List<Money> B() =>
                (from cn in Caps.China
                 from other in Caps.Europe.Concat(Caps.China).Where(c => c.Amount.Currency == Currency.CNY)
                 where cn.Year == other.Year
                 select cn.Amount - other.Amount).ToList();

            List<Cap> C() =>
                (from cn in Caps.Europe.Concat(Caps.China).Where(c => c.Amount.Currency == Currency.CNY)
                 join bj in Caps.Beijing on cn.Year equals bj.Year
                 where cn.Amount > bj.Amount
                 select bj).ToList();
        }
        """);
}

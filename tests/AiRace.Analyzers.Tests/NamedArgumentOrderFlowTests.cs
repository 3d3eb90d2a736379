using System.Threading.Tasks;
using Xunit;

namespace AiRace.Analyzers.Tests;

/// <summary>
/// AIR0001 and LINQ calls with named arguments: the flow reads a call's sources by position, and a call's arguments come
/// in the order they are written, so a call whose named arguments are out of the parameters' order
/// (<c>Enumerable.Join(inner: europe, outer: china, …)</c>) gives its lambdas and its elements no currency rather than
/// the other sequence's. In order, named or not, they are followed as usual.
/// </summary>
public class NamedArgumentOrderFlowTests
{
    private const string Book = """
        using System.Collections.Generic;
        using AiRace.Core;
        public sealed record Commitment(string Bloc, int Year, Money Amount);
        public static class Book
        {
            public static readonly List<Commitment> China = [new("CN", 2024, Money.Cny(1m)), new("CN", 2025, Money.Cny(2m))];
            public static readonly List<Commitment> Europe = [new("EU", 2024, Money.Eur(1m)), new("EU", 2025, Money.Eur(2m))];
            public static readonly List<(int Year, Money Cap)> ChinaByYear = [(2024, Money.Cny(1m)), (2025, Money.Cny(2m))];
            public static readonly List<(int Year, Money Cap)> EuropeByYear = [(2024, Money.Eur(1m)), (2025, Money.Eur(2m))];
            public static readonly List<Money> Yuan = [Money.Cny(1m), Money.Cny(2m), Money.Cny(3m)];
            public static readonly List<Money> Euros = [Money.Eur(1m), Money.Eur(2m)];
        }
        """;

    private static Task Clean(string body) => Files.Verify(Book, """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        """ + "\n" + body);

    [Fact]
    public Task Join_named_out_of_order_member_of_outer_in_result_selector_DoesNotReport() => Clean("""
        class Use
        {
            void M()
            {
                var q = Enumerable.Join(inner: Book.Europe, outer: Book.China, outerKeySelector: c => c.Year, innerKeySelector: e => e.Year,
                    resultSelector: (c, e) => c.Amount > Money.Cny(1m)).ToList();
            }
        }
        """);

    [Fact]
    public Task Join_named_out_of_order_tuple_of_outer_in_result_selector_DoesNotReport() => Clean("""
        class Use
        {
            void M()
            {
                var q = Enumerable.Join(inner: Book.EuropeByYear, outer: Book.ChinaByYear, outerKeySelector: c => c.Year, innerKeySelector: e => e.Year,
                    resultSelector: (c, e) => c.Cap > Money.Cny(1m)).ToList();
            }
        }
        """);

    [Fact]
    public Task Join_named_out_of_order_member_in_outer_key_selector_DoesNotReport() => Clean("""
        class Use
        {
            void M()
            {
                var q = Enumerable.Join(inner: Book.Europe, outer: Book.China, outerKeySelector: c => c.Amount > Money.Cny(1m), innerKeySelector: e => true,
                    resultSelector: (c, e) => c.Year).ToList();
            }
        }
        """);

    [Fact]
    public Task ExceptBy_named_out_of_order_member_in_key_selector_DoesNotReport() => Clean("""
        class Use
        {
            void M()
            {
                var q = Enumerable.ExceptBy(second: Book.Europe, first: Book.China, keySelector: c => c.Amount > Money.Cny(1m) ? c : c).ToList();
            }
        }
        """);

    // a Money element as the first parameter of Join's result selector
    [Fact]
    public Task Join_named_out_of_order_money_outer_in_result_selector_DoesNotReport() => Clean("""
        class Use
        {
            void M()
            {
                var q = Enumerable.Join(inner: Book.Euros, outer: Book.Yuan, outerKeySelector: y => 1, innerKeySelector: e => 1,
                    resultSelector: (y, e) => y > Money.Cny(1m)).ToList();
            }
        }
        """);

    [Fact]
    public Task Join_and_ExceptBy_with_named_arguments_in_order_Reports() => Files.Verify(Book, """
        using System.Linq;
        using AiRace.Core;
        class Use
        {
            void M()
            {
                var a = Enumerable.Join(outer: Book.China, inner: Book.Europe, outerKeySelector: c => c.Year, innerKeySelector: e => e.Year,
                    resultSelector: (c, e) => {|AIR0001:c.Amount > e.Amount|}).ToList();
                var b = Enumerable.Join(outer: Book.Yuan, inner: Book.Euros, outerKeySelector: y => 1, innerKeySelector: e => 1,
                    resultSelector: (y, e) => {|AIR0001:y > Money.Usd(1m)|}).ToList();
                var c = Enumerable.ExceptBy(first: Book.China, second: Book.Europe, keySelector: c => {|AIR0001:c.Amount > Money.Usd(1m)|} ? c : c).ToList();
            }
        }
        """);
}

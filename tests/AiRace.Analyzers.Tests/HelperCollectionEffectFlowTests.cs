using System.Threading.Tasks;
using Xunit;

namespace AiRace.Analyzers.Tests;

/// <summary>
/// AIR0001 and a collection given to a method of the code: what the method's body does to its parameter is what the
/// call does to the collection (<c>Fill(caps)</c> adds what <c>Fill</c> adds; <c>Refill(paid)</c>, which clears it first,
/// may remove what was there). A method whose body is not the only code that may run (virtual, interface, another
/// assembly), a recursive helper, one that hands the collection on to code not seen, or one whose parameter is of another
/// type than the collection's (an interface it is converted to) leaves it unknown.
/// </summary>
public class HelperCollectionEffectFlowTests
{
    [Fact]
    public Task Collection_filled_by_a_helper_in_another_currency_Reports() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        static class Fill
        {
            public static void Yuan(List<Money> into) { into.Add(Money.Cny(1m)); into.Add(Money.Cny(2m)); }
            public static void Dollars(List<Money> into) => into.Add(Money.Usd(1m));
        }
        class Use
        {
            Money A() { var caps = new List<Money>(); Fill.Yuan(caps); return {|AIR0001:caps.Sum(Currency.USD)|}; }
            bool B() { var caps = new List<Money> { Money.Eur(1m) }; Fill.Dollars(caps); return {|AIR0001:caps.Max()|} > Money.Eur(1m); }
            bool C() { var caps = new List<Money>(); Fill.Yuan(caps); return {|AIR0001:caps[0] > Money.Jpy(1m)|}; }
        }
        """);

    [Fact]
    public Task Collection_a_helper_clears_refills_hands_on_or_fills_recursively_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        static class Fill
        {
            public static List<Money> Kept = new();
            public static void Refill(List<Money> l) { l.Clear(); l.Add(Money.Usd(1m)); }
            public static void Keep(List<Money> l) => Kept = l;
            public static void Deep(List<Money> l, int n) { if (n > 0) { Deep(l, n - 1); } else { l.Add(Money.Cny(1m)); } }
        }
        interface IFiller { void Fill(List<Money> into); }
        class Use
        {
            private readonly List<Money> _paid = [Money.Cny(1m)];
            Money A() { Fill.Refill(_paid); return _paid.Sum(Currency.USD); }
            Money B() { var caps = new List<Money> { Money.Cny(1m) }; Fill.Keep(caps); Fill.Kept.Clear(); Fill.Kept.Add(Money.Usd(1m)); return caps.Sum(Currency.USD); }
            Money C() { var caps = new List<Money>(); Fill.Deep(caps, 3); return caps.Sum(Currency.CNY); }
            Money D(IFiller filler) { var caps = new List<Money> { Money.Cny(1m) }; filler.Fill(caps); return caps.Max(); }
        }
        """);
}

using System.Threading.Tasks;
using Verify = AiRace.Analyzers.Tests.Verify<AiRace.Analyzers.CurrencyMismatchRule>;

namespace AiRace.Analyzers.Tests;

/// <summary>
/// AIR0001's flow through locals bound by a positional pattern (<c>g is (_, var cap)</c>, <c>case Grant(_, var cap):</c>,
/// <c>pair is (var a, var b)</c>) and through the pairs of a dictionary deconstructed from a sequence LINQ makes of them
/// (<c>foreach (var (k, v) in d.OrderBy(…))</c>, a query over it, <c>var (k, v) = d.First()</c>), as for the locals of a
/// declaration pattern, a property pattern or a deconstruction of the record or tuple itself.
/// </summary>
public class PatternAndDeconstructionFlowTests
{
    // Promise (AIR0001.md: a local bound by a pattern holds what it matched): an element of a positional pattern on a record
    // created in yuan (is, a case with the type, an arm) or on a tuple local of yuan and dollars, compared with dollars.
    [Fact]
    public Task Positional_pattern_locals_of_yuan_compared_with_dollars_Reports() => Verify.Diagnostics("""
        using AiRace.Core;
        public sealed record Grant(string Name, Money Cap);
        class C
        {
            bool A()
            {
                var g = new Grant("Shenzhen", Money.Cny(1m));
                if (g is (_, var cap)) return {|AIR0001:cap > Money.Usd(1m)|};
                return false;
            }
            bool B()
            {
                var g = new Grant("Shenzhen", Money.Cny(1m));
                switch (g) { case Grant(_, var cap): return {|AIR0001:cap > Money.Usd(1m)|}; }
                return false;
            }
            bool D()
            {
                var g = new Grant("Shenzhen", Money.Cny(1m));
                return g switch { (_, Money cap) => {|AIR0001:cap >= Money.Usd(1m)|} };
            }
            bool E()
            {
                var pair = (Money.Cny(1m), Money.Usd(1m));
                if (pair is (var a, var b)) return {|AIR0001:a > b|};
                return false;
            }
        }
        """);

    // the twin: the same patterns over a grant created in dollars, a local the branch writes again with dollars, and a
    // tuple local written again before the match: nothing known to differ
    [Fact]
    public Task Positional_pattern_locals_of_one_currency_or_written_again_DoesNotReport() => Verify.NoDiagnostics("""
        using AiRace.Core;
        public sealed record Grant(string Name, Money Cap);
        class C
        {
            bool A()
            {
                var g = new Grant("Stargate", Money.Usd(1m));
                if (g is (_, var cap)) return cap > Money.Usd(1m);
                return false;
            }
            bool B(Money dollars)
            {
                var g = new Grant("Shenzhen", Money.Cny(1m));
                switch (g)
                {
                    case Grant(_, var cap):
                        cap = dollars;
                        return cap > Money.Usd(1m);
                }
                return false;
            }
            bool E(Money other)
            {
                var pair = (Money.Cny(1m), Money.Usd(1m));
                pair = (other, other);
                if (pair is (var a, var b)) return a > b;
                return false;
            }
        }
        """);

    // Promise (AIR0001.md: the pairs of a dictionary deconstruct into key and value): the pairs of a yuan dictionary
    // through OrderBy, a query and ToList, and one pair taken by First(), deconstructed, the value compared with dollars
    [Fact]
    public Task Pairs_of_a_yuan_dictionary_through_linq_deconstructed_Reports() => Verify.Diagnostics("""
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class C
        {
            private static readonly Dictionary<string, Money> Caps = new() { ["Shenzhen"] = Money.Cny(1m), ["Shanghai"] = Money.Cny(2m) };
            bool A()
            {
                foreach (var (city, cap) in Caps.OrderBy(p => p.Key)) { if ({|AIR0001:cap > Money.Usd(1m)|}) return true; }
                return false;
            }
            bool B()
            {
                foreach (var (city, cap) in from p in Caps orderby p.Key select p) { if ({|AIR0001:cap > Money.Usd(1m)|}) return true; }
                return false;
            }
            bool D()
            {
                var local = new Dictionary<string, Money> { ["Beijing"] = Money.Cny(3m) };
                foreach (var (city, cap) in local.ToList()) { if ({|AIR0001:cap > Money.Usd(1m)|}) return true; }
                return false;
            }
            bool E()
            {
                var (city, cap) = Caps.First();
                return {|AIR0001:cap > Money.Usd(1m)|};
            }
        }
        """);

    // the twin: a dictionary of yuan and dollars (its pairs' values are not one currency), and one filtered by the
    // values' currency (the filter may keep only dollars)
    [Fact]
    public Task Pairs_of_a_mixed_or_currency_filtered_dictionary_deconstructed_DoesNotReport() => Verify.NoDiagnostics("""
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class C
        {
            private static readonly Dictionary<string, Money> Caps = new() { ["Shenzhen"] = Money.Cny(1m), ["Austin"] = Money.Usd(2m) };
            bool A()
            {
                foreach (var (city, cap) in Caps.OrderBy(p => p.Key)) { if (cap > Money.Usd(1m)) return true; }
                return false;
            }
            bool B()
            {
                var yuan = new Dictionary<string, Money> { ["Shenzhen"] = Money.Cny(1m) };
                foreach (var (city, cap) in yuan.Where(p => p.Value.Currency == Currency.USD)) { if (cap > Money.Usd(1m)) return true; }
                return false;
            }
            bool E()
            {
                var (city, cap) = Caps.First();
                return cap > Money.Usd(1m);
            }
        }
        """);
}

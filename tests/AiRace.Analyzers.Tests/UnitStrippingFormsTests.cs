using System.Linq;
using System.Threading.Tasks;
using AiRace.Analyzers.CodeFixes;
using FluentAssertions;
using Verify = AiRace.Analyzers.Tests.Verify<AiRace.Analyzers.UnitStrippingRule>;

using Fix = AiRace.Analyzers.CodeFixes.UnitStrippingCodeFixProvider;

namespace AiRace.Analyzers.Tests;

/// <summary>
/// AIR0004 in the comparison forms beyond decimal's own methods and the comparer classes: the static
/// <c>object.Equals</c>, a comparer held through its interface, and a cast to <c>IComparable</c>.
/// </summary>
public class UnitStrippingFormsTests
{
    [Fact]
    public Task Static_object_equals_of_two_amounts_Reports() => Verify.Diagnostics("""
        using AiRace.Core;
        class C
        {
            bool Qualified(Money a, Money b) => {|AIR0004:object.Equals(a.Amount, b.Amount)|};
            bool Unqualified(Money a, Money b) => {|AIR0004:Equals(a.Amount, b.Amount)|};
            bool Through(Money a, Money b)
            {
                var x = a.Amount;
                return {|AIR0004:Equals(x, b.Amount)|};
            }
        }
        """);

    [Fact]
    public Task Static_object_equals_of_one_amount_or_of_money_DoesNotReport() => Verify.NoDiagnostics("""
        using AiRace.Core;
        class C
        {
            bool Number(Money a) => object.Equals(a.Amount, 0m);
            bool Values(Money a, Money b) => Equals(a, b);
            bool Currencies(Money a, Money b) => object.Equals(a.Currency, b.Currency);
            bool Others(object x, object y) => Equals(x, y);
        }
        class Own
        {
            static bool Equals(decimal x, decimal y) => x == y;
            bool Mine(Money a, Money b) => Equals(a.Amount, b.Amount);
        }
        """);

    [Fact]
    public Task Static_object_equals_Fix() => Verify.Fix<Fix>("""
        using AiRace.Core;
        class C
        {
            bool Qualified(Money a, Money b) => {|AIR0004:object.Equals(a.Amount, b.Amount)|};
            bool Unqualified(Money a, Money b) => !{|AIR0004:Equals(a.Amount, b.Amount)|};
        }
        """, """
        using AiRace.Core;
        class C
        {
            bool Qualified(Money a, Money b) => a == b;
            bool Unqualified(Money a, Money b) => !(a == b);
        }
        """);

    // AIR0004.md: object.Equals becomes a == b, parenthesized where the context needs it; Fix All compiles
    [Fact]
    public async Task Static_object_equals_FixAll_compiles()
    {
        string fixedText = await FixRunner.FixAllAsync(new UnitStrippingCodeFixProvider(), """
            using System.Collections.Generic;
            using System.Linq;
            using AiRace.Core;
            public static class Ops
            {
                public static string A(Money a, Money b) => object.Equals(a.Amount, b.Amount).ToString();
                public static object B(Money a, Money b) => (object)Equals(a.Amount, b.Amount);
                public static IEnumerable<Money> C(IEnumerable<Money> xs, Money cap) => xs.Where(x => Equals(x.Amount, cap.Amount) || object.Equals(cap.Amount, x.Amount) == false);
            }
            """);
        var diagnostics = await AllRules.AnalyzeAsync(fixedText);
        diagnostics.Where(d => !d.Id.StartsWith("AIR")).Should().BeEmpty(fixedText);
        diagnostics.Where(d => d.Id == "AIR0004").Should().BeEmpty(fixedText);
        fixedText.Should().Contain("(a == b).ToString()").And.Contain("(object)(a == b)").And.Contain("x == cap || (cap == x) == false");
    }

    [Fact]
    public Task Static_object_equals_dropped_or_named_has_no_fix() => Verify.NoFix<Fix>("""
        using AiRace.Core;
        class C
        {
            void Dropped(Money a, Money b) { {|AIR0004:Equals(a.Amount, b.Amount)|}; }
            bool Named(Money a, Money b) => {|AIR0004:object.Equals(objB: a.Amount, objA: b.Amount)|};
            bool? Conditional(Money? a, Money b) => {|AIR0004:object.Equals(a?.Amount, b.Amount)|};
        }
        """);

    [Fact]
    public Task Comparer_held_through_its_interface_Reports() => Verify.Diagnostics("""
        using System.Collections.Generic;
        using AiRace.Core;
        class C
        {
            int Order(Money a, Money b)
            {
                IComparer<decimal> c = Comparer<decimal>.Default;
                return {|AIR0004:c.Compare(a.Amount, b.Amount)|};
            }

            bool Same(Money a, Money b)
            {
                IEqualityComparer<decimal> e = EqualityComparer<decimal>.Default;
                return {|AIR0004:e.Equals(a.Amount, b.Amount)|};
            }

            int Given(Money a, Money b, IComparer<decimal> order) => {|AIR0004:order.Compare(a.Amount, b.Amount)|};
            bool GivenEquality(Money a, Money b, IEqualityComparer<decimal> same) => {|AIR0004:same.Equals(a.Amount, b.Amount)|};
        }
        """);

    [Fact]
    public Task Comparer_through_its_interface_has_no_fix() => Verify.NoFix<Fix>("""
        using System.Collections.Generic;
        using AiRace.Core;
        class C
        {
            int Given(Money a, Money b, IComparer<decimal> order) => {|AIR0004:order.Compare(a.Amount, b.Amount)|};
            bool GivenEquality(Money a, Money b, IEqualityComparer<decimal> same) => {|AIR0004:same.Equals(a.Amount, b.Amount)|};
        }
        """);

    // a comparer class of the code's own that implements the interface directly is a comparer like any other
    [Fact]
    public Task Own_comparer_implementing_the_interface_Reports_without_fix() => Verify.NoFix<Fix>("""
        using System.Collections.Generic;
        using AiRace.Core;
        sealed class ByValue : IComparer<decimal>, IEqualityComparer<decimal>
        {
            public int Compare(decimal x, decimal y) => x.CompareTo(y);
            public bool Equals(decimal x, decimal y) => x == y;
            public int GetHashCode(decimal x) => x.GetHashCode();
        }
        class C
        {
            int Order(Money a, Money b) => {|AIR0004:new ByValue().Compare(a.Amount, b.Amount)|};
            bool Same(Money a, Money b, ByValue same) => {|AIR0004:same.Equals(a.Amount, b.Amount)|};
        }
        """);

    [Fact]
    public Task Comparer_interfaces_on_one_amount_or_other_values_DoesNotReport() => Verify.NoDiagnostics("""
        using System.Collections.Generic;
        using AiRace.Core;
        class C
        {
            int One(Money a, IComparer<decimal> order) => order.Compare(a.Amount, 0m);
            bool Hash(Money a, IEqualityComparer<decimal> same) => same.GetHashCode(a.Amount) == 0 && same.Equals(a.Amount, 1m);
            int Values(Money a, Money b, IComparer<Money> order) => order.Compare(a, b);
            bool Rates(decimal x, decimal y, IEqualityComparer<decimal> same) => same.Equals(x, y);
        }
        """);

    [Fact]
    public Task Amount_cast_to_comparable_Reports() => Verify.Diagnostics("""
        using System;
        using AiRace.Core;
        class C
        {
            int Boxed(Money a, Money b) => {|AIR0004:((IComparable)a.Amount).CompareTo(b.Amount)|};
            int Typed(Money a, Money b) => {|AIR0004:((IComparable<decimal>)a.Amount).CompareTo(b.Amount)|};
        }
        """);

    [Fact]
    public Task Amount_cast_to_comparable_has_no_fix() => Verify.NoFix<Fix>("""
        using System;
        using AiRace.Core;
        class C
        {
            int Boxed(Money a, Money b) => {|AIR0004:((IComparable)a.Amount).CompareTo(b.Amount)|};
            int Typed(Money a, Money b) => {|AIR0004:((IComparable<decimal>)a.Amount).CompareTo(b.Amount)|};
        }
        """);

    [Fact]
    public Task Amount_cast_to_comparable_against_a_number_or_money_DoesNotReport() => Verify.NoDiagnostics("""
        using System;
        using AiRace.Core;
        class C
        {
            int Number(Money a) => ((IComparable)a.Amount).CompareTo(0m);
            int Typed(Money a, decimal cap) => ((IComparable<decimal>)a.Amount).CompareTo(cap);
            int Values(Money a, Money b) => ((IComparable<Money>)a).CompareTo(b);
        }
        """);

    /// <summary>The IComparable cast form is found also of a?.Amount (a decimal?) through ?.</summary>
    [Fact]
    public Task IComparable_cast_of_a_null_conditional_amount_Reports() => Verify.Diagnostics("""
        using System;
        using AiRace.Core;
        class C
        {
            int? Order(Money? a, Money b) => {|AIR0004:((IComparable<decimal>?)a?.Amount)?.CompareTo(b.Amount)|};
        }
        """);
}

using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Verify = AiRace.Analyzers.Tests.Verify<AiRace.Analyzers.CurrencyMismatchRule>;

namespace AiRace.Analyzers.Tests;

public class CurrencyMismatchRuleTests
{
    [Fact]
    public Task Operators_on_factories_of_different_currencies_Reports() => Verify.Diagnostics("""
        using AiRace.Core;
        class C
        {
            void M()
            {
                var a = {|AIR0001:Money.Cny(1m) + Money.Usd(1m)|};
                var b = {|AIR0001:Money.Of(1m, Currency.EUR) < Money.Of(2m, "GBP")|};
                var c = new Money(1m, Currency.JPY) == {|AIR0001:Money.Jpy(1m) * 2m + Money.Usd(0m)|};
            }
        }
        """);

    [Fact]
    public Task Locals_readonly_fields_and_get_only_properties_flow_Reports() => Verify.Diagnostics("""
        using AiRace.Core;
        class C
        {
            private static readonly Currency Home = Currency.CNY;
            private readonly Money _budget = Money.Of(5m, Home);
            private Money Cap { get; } = Money.Usd(10m);
            private Money Floor => Money.Eur(1m);

            bool M()
            {
                var spent = Money.Usd(3m);
                Money total = spent;
                return {|AIR0001:_budget > total|} || {|AIR0001:Cap.Equals(Floor)|} || {|AIR0001:Money.Max(_budget, Cap)|} != Cap;
            }
        }
        """);

    [Fact]
    public Task Lambdas_local_functions_and_linq_query_Reports() => Verify.Diagnostics("""
        using System;
        using System.Linq;
        using AiRace.Core;
        class C
        {
            void M()
            {
                var yuan = Money.Cny(7m);
                Func<Money> f = () => {|AIR0001:yuan - Money.Usd(1m)|};
                int Local() => {|AIR0001:yuan.CompareTo(Money.Eur(1m))|};
                var q = from i in Enumerable.Range(0, 3) where {|AIR0001:yuan >= Money.Usd(i)|} select i;
            }
        }
        """);

    // From the review of stop 60 (AIR0001 lists CompareTo and Equals): money cast to the interface it is compared through.
    [Fact]
    public Task CompareTo_through_IComparable_of_Money_Reports() => Verify.Diagnostics("""
        using System;
        using AiRace.Core;
        namespace Shop.Rules;
        public static class Rank
        {
            public static int ChinaFirst() => {|AIR0001:((IComparable<Money>)Money.Cny(5m)).CompareTo(Money.Usd(1m))|};
            public static int Boxed() => {|AIR0001:((IComparable)Money.Eur(5m)).CompareTo(Money.Usd(1m))|};
            public static bool Same() => {|AIR0001:((IEquatable<Money>)Money.Jpy(5m)).Equals(Money.Gbp(1m))|};
        }
        """);

    [Fact]
    public Task CompareTo_through_IComparable_of_one_currency_or_an_unknown_one_DoesNotReport() => Verify.NoDiagnostics("""
        using System;
        using AiRace.Core;
        namespace Shop.Rules;
        public static class Rank
        {
            public static int ChinaFirst() => ((IComparable<Money>)Money.Cny(5m)).CompareTo(Money.Cny(1m));
            public static int Boxed(string text) => ((IComparable)Money.Eur(5m)).CompareTo(Money.Parse(text));
            public static bool Same(Money other) => ((IEquatable<Money>)Money.Jpy(5m)).Equals(other);
        }
        """);

    [Fact]
    public Task Top_level_statements_and_compound_assignment_Reports() => Verify.Diagnostics("""
        using AiRace.Core;
        var pounds = Money.Gbp(1m);
        var euros = Money.Of(2m, Currency.EUR);
        {|AIR0001:pounds += euros|};
        System.Console.WriteLine({|AIR0001:euros <= Money.Usd(1m)|});
        """);

    [Fact]
    public Task Records_generics_null_conditional_and_patterns_Reports() => Verify.Diagnostics("""
        using AiRace.Core;
        record Grant(string Name)
        {
            public Money Headline { get; } = Money.Cny(100m);
            public bool Bigger(Money? other) => other is { } o && {|AIR0001:Headline > Money.Usd(1m)|} && o.Amount > 0;
        }
        class Box<T>
        {
            public bool Same(Money? m) => {|AIR0001:Money.Usd(1m).Equals(Money.Of(1m, Currency.CNY))|} && m?.Equals(m.Value) == true;
            public bool Nullable() => Money.Jpy(1m).Currency == Currency.JPY ? {|AIR0001:Money.Jpy(1m) == Money.Eur(2m)|} : false;
            public bool? Conditional()
            {
                Money? maybe = Money.Eur(1m);
                return maybe?{|AIR0001:.Equals(Money.Usd(1m))|};
            }
        }
        """);

    [Fact]
    public Task Same_currency_everywhere_DoesNotReport() => Verify.NoDiagnostics("""
        using AiRace.Core;
        class C
        {
            private readonly Money _a = Money.Usd(1m);
            bool M()
            {
                var b = Money.Of(2m, Currency.USD) + Money.Of(3m, "USD") + new Money(1m, Currency.USD);
                return _a < b && Money.Max(_a, b).Equals(b) && (b * 2m) >= Money.Usd(1m) / 2m && Money.Cny(1m) == Money.Of(1m, Currency.CNY);
            }
        }
        """);

    [Fact]
    public Task Unknown_currencies_from_parameters_DoesNotReport() => Verify.NoDiagnostics("""
        using System.Linq;
        using AiRace.Core;
        class C
        {
            bool M(Money a, Currency c, string code)
            {
                var b = Money.Of(1m, c);
                var d = Money.Of(1m, code);
                var e = new[] { a }.First();
                return a > b && b == d && d.CompareTo(e) > 0 && Money.Min(a, Money.Usd(1m)) == a;
            }
        }
        """);

    [Fact]
    public Task Reassigned_locals_and_members_written_with_two_currencies_DoesNotReport() => Verify.NoDiagnostics("""
        using AiRace.Core;
        class C
        {
            private Money _mutable = Money.Usd(1m);
            private readonly Money _setInCtor = Money.Usd(1m);
            public Money Settable { get; set; } = Money.Usd(1m);
            public C(Money m) { _setInCtor = m; }
            public void Switch() { _mutable = Money.Cny(2m); Settable = Money.Eur(3m); }

            bool M(bool flag)
            {
                var x = Money.Cny(1m);
                if (flag) { x = Money.Usd(1m); }
                var y = Money.Cny(1m);
                Change(ref y);
                return x > Money.Usd(1m) && y > Money.Usd(1m) && _mutable > Money.Cny(1m) && _setInCtor > Money.Cny(1m) && Settable > Money.Cny(1m);
            }

            static void Change(ref Money m) => m = Money.Usd(2m);
        }
        """);

    [Fact]
    public Task Members_and_locals_written_with_one_currency_keep_it_Reports() => Verify.Diagnostics("""
        using AiRace.Core;
        class C
        {
            private Money _mutable = Money.Usd(1m);
            public Money Settable { get; set; } = Money.Usd(1m);
            public void Refresh() { _mutable = Money.Usd(2m); Settable = _mutable * 2m; }

            bool M(Money other, bool flag)
            {
                var j = Money.Cny(1m);
                j += other;
                Money k;
                if (flag) { k = Money.Eur(1m); } else { k = Money.Of(2m, Currency.EUR); }
                return {|AIR0001:_mutable > Money.Cny(1m)|} && {|AIR0001:Settable > Money.Cny(1m)|} && {|AIR0001:j > Money.Usd(1m)|} && {|AIR0001:k < Money.Usd(1m)|};
            }
        }
        """);

    [Fact]
    public Task Every_kind_of_write_to_a_local_DoesNotReport() => Verify.NoDiagnostics("""
        using AiRace.Core;
        static class Moves
        {
            public static void Replace(this ref Money m) => m = Money.Usd(1m);
        }
        class C
        {
            bool M(Money other)
            {
                var a = Money.Cny(1m); (a) = other;
                var b = Money.Cny(1m); (b, _) = (other, other);
                var c = Money.Cny(1m); Swap(ref c, ref other);
                var d = Money.Cny(1m); d.Replace();
                var e = Money.Cny(1m); ref Money alias = ref e; alias = other;
                var f = Money.Cny(1m); Set(out f);
                var g = Money.Cny(1m); void Later() => g = other; Later();
                var h = Money.Cny(1m); (h, (_, _)) = (other, (other, other));
                return a > Money.Usd(1m) && b > Money.Usd(1m) && c > Money.Usd(1m) && d > Money.Usd(1m) && e > Money.Usd(1m)
                    && f > Money.Usd(1m) && g > Money.Usd(1m) && h > Money.Usd(1m);
            }

            static void Set(out Money m) => m = Money.Usd(1m);

            static void Swap(ref Money x, ref Money y) => (x, y) = (y, x);
        }
        """);

    [Fact]
    public Task Currency_taken_from_the_argument_for_the_currency_parameter_in_any_order_Reports() => Verify.Diagnostics("""
        using AiRace.Core;
        class C
        {
            bool M(Currency unknown)
            {
                var named = Money.Of(currency: Currency.USD, amount: 1m);
                var coded = Money.Of(currencyCode: "EUR", amount: 2m);
                var built = new Money(currency: Currency.JPY, amount: 3m);
                var scaled = Money.Scaled(magnitude: Magnitude.Millions, currency: Currency.GBP, figure: 4m);
                var least = Money.Min(Money.Cny(1m), Money.Cny(2m));
                return {|AIR0001:named > Money.Cny(1m)|} && {|AIR0001:coded > Money.Cny(1m)|} && {|AIR0001:built > Money.Cny(1m)|}
                    && {|AIR0001:scaled > Money.Cny(1m)|} && {|AIR0001:least > Money.Usd(1m)|}
                    && Money.Of(currency: unknown, amount: 1m) > Money.Cny(1m) && Money.Of(1m, "XYZ") > Money.Cny(1m);
            }
        }
        """);

    [Fact]
    public Task A_ref_local_is_not_taken_for_the_value_it_first_refers_to_DoesNotReport() => Verify.NoDiagnostics("""
        using AiRace.Core;
        class C
        {
            bool M()
            {
                var cny = Money.Cny(1m);
                var usd = Money.Usd(1m);
                ref Money moved = ref cny;
                moved = ref usd;
                var target = Money.Cny(2m);
                ref Money through = ref target;
                target = Money.Usd(3m);
                ref readonly Money view = ref target;
                return moved > Money.Usd(2m) && through > Money.Usd(2m) && view > Money.Usd(2m);
            }
        }
        """);

    [Fact]
    public Task Locals_that_are_only_read_keep_their_currency_Reports() => Verify.Diagnostics("""
        using System;
        using AiRace.Core;
        class C
        {
            bool M()
            {
                var a = Money.Cny(1m);
                Use(a);
                Peek(in a);
                var name = nameof(a);
                Func<Money> read = () => a;
                var rounded = a.Round(MidpointRounding.ToEven);
                var (x, y) = (a, a);
                return {|AIR0001:a > Money.Usd(1m)|} && name.Length > 0 && read() == x && y == rounded;
            }

            static void Use(Money m) { }
            static void Peek(in Money m) { }
        }
        """);

    [Fact]
    public Task A_local_met_again_keeps_its_currency_Reports() => Verify.Diagnostics("""
        using AiRace.Core;
        class C
        {
            bool M(bool flag)
            {
                var a = Money.Cny(1m);
                var b = a + a;
                var c = b - a;
                var d = {|AIR0001:c + Money.Usd(1m)|};
                var e = Money.Max(b, c) == a;
                var f = flag ? b : c;
                return e && {|AIR0001:f < Money.Eur(1m)|} && {|AIR0001:Money.Min(b, Money.Jpy(1m))|} == d;
            }
        }
        """);

    [Fact]
    public Task A_written_local_resolved_earlier_is_not_taken_for_its_first_value_DoesNotReport() => Verify.NoDiagnostics("""
        using AiRace.Core;
        class C
        {
            bool M()
            {
                var a = Money.Cny(1m);
                var b = a + a;
                a = Money.Usd(1m);
                var c = a - Money.Usd(2m);
                for (int i = 0; i < 3; i++)
                {
                    var d = b + b;
                    b = Money.Eur(1m);
                }

                return b == Money.Eur(1m) && c < Money.Usd(1m);
            }
        }
        """);

    [Fact]
    public Task Lambdas_generics_and_records_with_unknown_currency_DoesNotReport() => Verify.NoDiagnostics("""
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        record Line(Money Cost);
        class C<T> where T : struct
        {
            bool M(IEnumerable<Line> lines, Func<Money> next)
            {
                Func<Line, bool> big = l => l.Cost > Money.Usd(100m);
                var q = from l in lines where l.Cost >= next() select l.Cost;
                Money Local(Money m) => m + m;
                return lines.Any(big) && q.Any() && Local(Money.Usd(1m)) > Money.Usd(1m);
            }
        }
        """);

    [Fact]
    public Task Top_level_null_conditional_and_patterns_same_currency_DoesNotReport() => Verify.NoDiagnostics("""
        using AiRace.Core;
        Money? maybe = Money.Eur(1m);
        var sure = Money.Eur(2m);
        var equal = maybe?.Equals(sure) ?? false;
        if (maybe is { } m && m < sure && maybe == sure) { System.Console.WriteLine(equal); }
        object boxed = sure;
        if (boxed is Money { Amount: > 0m } n && n.Currency == Currency.USD) { System.Console.WriteLine(n > Money.Eur(1m)); }
        """);

    [Fact]
    public Task Generated_code_DoesNotReport() => Verify.NoDiagnostics("""
        // <auto-generated/>
        using AiRace.Core;
        class Generated
        {
            Money M() => Money.Cny(1m) + Money.Usd(1m);
        }
        """);

    [Fact]
    public Task Severity_lowered_in_editorconfig_Reports_as_warning() => Verify.DiagnosticsWithEditorConfig(
        """
        using AiRace.Core;
        class C
        {
            Money M() => {|#0:Money.Cny(1m) + Money.Usd(1m)|};
        }
        """,
        "root = true\n[*.cs]\ndotnet_diagnostic.AIR0001.severity = warning\n",
        new DiagnosticResult(Descriptors.CurrencyMismatch).WithLocation(0).WithSeverity(DiagnosticSeverity.Warning).WithArguments("+", "CNY", "USD"));

    [Fact]
    public Task Severity_none_in_editorconfig_DoesNotReport() => Verify.DiagnosticsWithEditorConfig(
        """
        using AiRace.Core;
        class C
        {
            Money M() => Money.Cny(1m) + Money.Usd(1m);
        }
        """,
        "root = true\n[*.cs]\ndotnet_diagnostic.AIR0001.severity = none\n");
}

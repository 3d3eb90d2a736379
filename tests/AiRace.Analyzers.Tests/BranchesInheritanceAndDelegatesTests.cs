using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FluentAssertions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiRace.Analyzers.Tests;

/// <summary>AIR0001 on collections filled in branches, [Currency] passed on from overridden and implemented members,
/// records deconstructed, and delegate calls checked against what the delegate holds: reported where currencies
/// really mix, silent where they cannot.</summary>
public class BranchesInheritanceAndDelegatesTests
{
    private static Task Silent(string body) => Verify<CurrencyMismatchRule>.NoDiagnostics(Source(body));

    private static Task Reported(string body) => Verify<CurrencyMismatchRule>.Diagnostics(Source(body));

    private static string Source(string body) => $$"""
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Threading.Tasks;
        using AiRace.Core;
        public static class Caps
        {
            {{body}}
        }
        """;

    private static Task Top(string source) => Verify<CurrencyMismatchRule>.Diagnostics("""
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Threading.Tasks;
        using AiRace.Core;

        """ + source);

    // ---------- branch-wise collections ----------

    [Fact]
    public Task Else_if_chain_of_three_currencies_is_silent() => Silent("""
        public static Money M(int r)
            {
                var caps = new List<Money>();
                if (r == 0) caps.Add(Money.Cny(1m)); else if (r == 1) caps.Add(Money.Usd(1m)); else caps.Add(Money.Eur(1m));
                return caps.Max();
            }
        """);

    [Fact]
    public Task Write_before_else_if_chain_mixes_and_is_reported() => Reported("""
        public static Money M(int r)
            {
                var caps = new List<Money>();
                caps.Add(Money.Cny(0m));
                if (r == 0) caps.Add(Money.Cny(1m)); else if (r == 1) caps.Add(Money.Usd(1m));
                return {|AIR0001:caps.Max()|};
            }
        """);

    [Fact]
    public Task Inner_if_inside_outer_if_branches_is_silent() => Silent("""
        public static Money M(bool a, bool b)
            {
                var caps = new List<Money>();
                if (a) { if (b) caps.Add(Money.Cny(1m)); else caps.Add(Money.Usd(1m)); }
                else { caps.Add(Money.Eur(1m)); }
                return caps.Max();
            }
        """);

    [Fact]
    public Task Write_in_branch_and_inner_if_in_same_branch_is_reported() => Reported("""
        public static Money M(bool a, bool b)
            {
                var caps = new List<Money>();
                if (a) { caps.Add(Money.Cny(1m)); if (b) caps.Add(Money.Usd(1m)); }
                else { caps.Add(Money.Eur(1m)); }
                return {|AIR0001:caps.Max()|};
            }
        """);

    [Fact]
    public Task Two_sequential_choices_are_reported() => Reported("""
        public static Money M(bool a, bool b)
            {
                var caps = new List<Money>();
                if (a) caps.Add(Money.Cny(1m)); else caps.Add(Money.Usd(1m));
                if (b) caps.Add(Money.Usd(2m)); else caps.Add(Money.Cny(2m));
                return {|AIR0001:caps.Max()|};
            }
        """);

    [Fact]
    public Task Goto_case_is_reported() => Reported("""
        public static Money M(int r)
            {
                var caps = new List<Money>();
                switch (r)
                {
                    case 1: caps.Add(Money.Cny(1m)); goto case 2;
                    case 2: caps.Add(Money.Usd(1m)); break;
                }
                return {|AIR0001:caps.Max()|};
            }
        """);

    [Fact]
    public Task Switch_with_shared_labels_and_when_guard_is_silent() => Silent("""
        public static Money M(string r, bool big)
            {
                var caps = new List<Money>();
                switch (r)
                {
                    case "CN":
                    case "HK":
                        caps.Add(Money.Cny(1m));
                        break;
                    case "US" when big:
                        caps.Add(Money.Usd(1m));
                        break;
                    default:
                        caps.Add(Money.Eur(1m));
                        break;
                }
                return caps.Max();
            }
        """);

    [Fact]
    public Task Switch_expression_arms_of_hashset_add_are_silent() => Silent("""
        public static Money M(string r)
            {
                var caps = new HashSet<Money>();
                _ = r switch { "CN" => caps.Add(Money.Cny(1m)), "US" => caps.Add(Money.Usd(1m)), _ => false };
                return caps.Max();
            }
        """);

    [Fact]
    public Task Conditional_arms_of_hashset_add_are_silent() => Silent("""
        public static Money M(bool d)
            {
                var caps = new HashSet<Money>();
                _ = d ? caps.Add(Money.Cny(1m)) : caps.Add(Money.Usd(1m));
                return caps.Max();
            }
        """);

    [Fact]
    public Task Conditional_arm_that_is_not_a_write_beside_write_outside_is_reported() => Reported("""
        public static Money M(bool d)
            {
                var caps = new HashSet<Money>();
                _ = d ? caps.Add(Money.Cny(1m)) : false;
                caps.Add(Money.Usd(1m));
                return {|AIR0001:caps.Max()|};
            }
        """);

    [Fact]
    public Task Choice_in_linq_query_runs_per_element_and_is_reported() => Reported("""
        public static Money M(bool[] flags)
            {
                var caps = new HashSet<Money>();
                var done = (from d in flags select d ? caps.Add(Money.Cny(1m)) : caps.Add(Money.Usd(1m))).ToList();
                return {|AIR0001:caps.Max()|};
            }
        """);

    [Fact]
    public Task Choice_in_linq_where_clause_is_reported() => Reported("""
        public static Money M(bool[] flags)
            {
                var caps = new HashSet<Money>();
                var done = (from d in flags where d ? caps.Add(Money.Cny(1m)) : caps.Add(Money.Usd(1m)) select d).Count();
                return {|AIR0001:caps.Max()|};
            }
        """);

    [Fact]
    public Task Choice_inside_foreach_with_break_is_reported() => Reported("""
        public static Money M(bool[] flags)
            {
                var caps = new List<Money>();
                foreach (var d in flags)
                {
                    if (d) caps.Add(Money.Cny(1m)); else caps.Add(Money.Usd(1m));
                }
                return {|AIR0001:caps.Max()|};
            }
        """);

    [Fact]
    public Task Alias_write_in_other_branch_mixes_and_is_reported() => Reported("""
        public static Money M(bool d)
            {
                var caps = new List<Money>();
                var alias = caps;
                if (d) caps.Add(Money.Cny(1m));
                else { caps.Add(Money.Usd(1m)); alias.Add(Money.Cny(2m)); }
                return {|AIR0001:caps.Max()|};
            }
        """);

    [Fact]
    public Task Helper_adding_yuan_in_dollar_branch_is_reported() => Reported("""
        private static void Yuan(List<Money> into) => into.Add(Money.Cny(3m));
            public static Money M(bool d)
            {
                var caps = new List<Money>();
                if (d) caps.Add(Money.Cny(1m));
                else { caps.Add(Money.Usd(1m)); Yuan(caps); }
                return {|AIR0001:caps.Max()|};
            }
        """);

    [Fact]
    public Task Helper_in_branches_adding_one_currency_each_is_silent() => Silent("""
        private static void Yuan(List<Money> into) => into.Add(Money.Cny(3m));
            private static void Dollars(List<Money> into) => into.Add(Money.Usd(3m));
            public static Money M(bool d)
            {
                var caps = new List<Money>();
                if (d) Yuan(caps); else Dollars(caps);
                return caps.Max();
            }
        """);

    [Fact]
    public Task Try_catch_writes_are_reported() => Reported("""
        public static Money M(Func<Money> read)
            {
                var caps = new List<Money>();
                try { caps.Add(Money.Cny(1m)); read(); }
                catch (Exception) { caps.Add(Money.Usd(1m)); }
                return {|AIR0001:caps.Max()|};
            }
        """);

    [Fact]
    public Task If_else_inside_try_and_using_is_silent() => Silent("""
        public static Money M(bool d, IDisposable r)
            {
                var caps = new List<Money>();
                try
                {
                    using (r)
                    {
                        if (d) caps.Add(Money.Cny(1m)); else caps.Add(Money.Usd(1m));
                    }
                }
                finally { }
                return caps.Max();
            }
        """);

    [Fact]
    public Task Local_function_called_twice_is_reported() => Reported("""
        public static Money M()
            {
                var caps = new List<Money>();
                void Fill(bool d) { if (d) caps.Add(Money.Cny(1m)); else caps.Add(Money.Usd(1m)); }
                Fill(true);
                Fill(false);
                return {|AIR0001:caps.Max()|};
            }
        """);

    [Fact]
    public Task Top_level_statements_if_else_is_silent() => Top("""
        var caps = new List<Money>();
        if (args.Length > 0) caps.Add(Money.Cny(1m)); else caps.Add(Money.Usd(1m));
        Console.WriteLine(caps.Max());
        """);

    [Fact]
    public Task Dictionary_values_in_branches_is_silent() => Silent("""
        public static Money M(bool d)
            {
                var caps = new Dictionary<string, Money>();
                if (d) caps["a"] = Money.Cny(1m); else caps["b"] = Money.Usd(1m);
                return caps.Values.Max();
            }
        """);

    [Fact]
    public Task Copy_of_either_collection_with_added_dollars_is_reported() => Reported("""
        public static Money M(bool d)
            {
                var caps = new List<Money>();
                if (d) caps.Add(Money.Cny(1m)); else caps.Add(Money.Eur(1m));
                var all = new List<Money>(caps);
                all.Add(Money.Usd(1m));
                return {|AIR0001:all.Max()|};
            }
        """);

    // ---------- inherited annotations ----------

    [Fact]
    public Task New_hiding_member_does_not_inherit() => Silent("""
        public class Quote { [return: Currency("CNY")] public virtual Money Price() => Money.Cny(1m); }
        public class Export : Quote { public new Money Price() => Money.Usd(1m); }
        public static bool Check(Export e) => e.Price() > Money.Usd(2m);
        """.Replace("public class", "public class"));

    [Fact]
    public Task Explicit_and_implicit_side_by_side_public_does_not_inherit() => Silent("""
        public interface IQuote { [return: Currency("CNY")] Money Price(); }
        public class Both : IQuote
        {
            Money IQuote.Price() => Money.Cny(1m);
            public Money Price() => Money.Usd(1m);
        }
        public static bool Check(Both b) => b.Price() > Money.Usd(2m);
        """);

    [Fact]
    public Task Generic_interface_implementation_returning_dollars_is_reported() => Silent2("""
        public interface IRepo<T> { [return: Currency("CNY")] Money Total(T key); }
        public sealed class Repo : IRepo<int> { public Money Total(int key) => {|AIR0001:Money.Usd(1m)|}; }
        """);

    [Fact]
    public Task Generic_class_implementing_generic_interface_is_reported() => Silent2("""
        public interface IRepo<T> { [return: Currency("CNY")] Money Total(T key); }
        public sealed class Repo<T> : IRepo<T> { public Money Total(T key) => {|AIR0001:Money.Usd(1m)|}; }
        """);

    [Fact]
    public Task Own_annotation_beats_interface() => Silent2("""
        public interface IRepo { [return: Currency("CNY")] Money Total(); }
        public sealed class UsRepo : IRepo { [return: Currency("USD")] public Money Total() => Money.Usd(1m); }
        public static class Use { public static bool M(UsRepo r) => r.Total() > Money.Usd(1m); }
        """);

    [Fact]
    public Task Static_abstract_implicit_implementation_returning_dollars_is_reported() => Silent2("""
        public interface IRate { [return: Currency("CNY")] static abstract Money Cap(); }
        public sealed class Rate : IRate { public static Money Cap() => {|AIR0001:Money.Usd(1m)|}; }
        """);

    [Fact]
    public Task Override_of_override_returning_dollars_is_reported() => Silent2("""
        public class A { [return: Currency("CNY")] public virtual Money P() => Money.Cny(1m); }
        public class B : A { public override Money P() => Money.Cny(2m); }
        public class C : B { public override Money P() => {|AIR0001:Money.Usd(1m)|}; }
        """);

    [Fact]
    public Task Parameter_inherited_from_interface_checked_at_call() => Silent2("""
        public interface IPayer { void Pay(string to, [Currency("EUR")] Money amount); }
        public sealed class Payer : IPayer { public void Pay(string who, Money sum) { } }
        public static class Use { public static void M(Payer p) => p.Pay("x", {|AIR0001:Money.Usd(1m)|}); }
        """);

    [Theory]
    [InlineData("public sealed class Row : IHas { public Money Amount => Money.Usd(1m); }", true)]
    [InlineData("public sealed class Row : IHas { public Money Amount => Money.Cny(1m); }", false)]
    [InlineData("public sealed class Pay : IPay { public bool Over(Money m) => m > Money.Usd(1m); }", true)]
    [InlineData("public sealed class Pay : IPay { public bool Over(Money m) => m > Money.Eur(1m); }", false)]
    [InlineData("public sealed class Sum : ISum { public bool Big(IReadOnlyList<Money> xs) => xs.Max() > Money.Usd(1m); }", true)]
    public async Task A_member_implementing_an_annotated_member_of_another_project_inherits_it_though_no_file_here_names_the_attribute(string consumer, bool reported)
    {
        // the contracts live in another project; no file of this one mentions the attribute
        const string Contracts = """
            using System.Collections.Generic;
            using AiRace.Core;
            public interface IHas { [Currency("CNY")] Money Amount { get; } }
            public interface IPay { bool Over([Currency("EUR")] Money m); }
            public interface ISum { bool Big([Currency("JPY")] IReadOnlyList<Money> xs); }
            """;
        var contracts = CSharpCompilation.Create("Contracts", [CSharpSyntaxTree.ParseText(Contracts)], TestReferences.All, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var app = CSharpCompilation.Create(
            "App", [CSharpSyntaxTree.ParseText("using System.Collections.Generic; using System.Linq; using AiRace.Core;\n" + consumer)],
            TestReferences.All.Add(contracts.ToMetadataReference()), new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        app.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Should().BeEmpty();
        var diagnostics = await app.WithAnalyzers([new AiRaceAnalyzer()]).GetAllDiagnosticsAsync(CancellationToken.None);
        diagnostics.Where(d => d.Id is "AIR0001" or "AD0001").Select(d => d.Id).Should().Equal(reported ? ["AIR0001"] : [], consumer);
    }

    [Fact]
    public Task Partial_method_implementing_an_annotated_interface_method_returning_dollars_is_reported() => Silent2("""
        public interface IP { [return: Currency("CNY")] Money Price(); }
        public sealed partial class C : IP { public partial Money Price(); }
        public sealed partial class C { public partial Money Price() => {|AIR0001:Money.Usd(1m)|}; }
        """);

    [Fact]
    public Task Indexer_parameter_inherited_from_the_interface_is_trusted_in_its_body() => Silent2("""
        public interface IBook { bool this[[Currency("EUR")] Money m] { get; } }
        public sealed class Book : IBook { public bool this[Money m] => {|AIR0001:m > Money.Usd(1m)|}; }
        public sealed class Other : IBook { bool IBook.this[Money m] => {|AIR0001:m > Money.Usd(1m)|}; }
        public sealed class Euro : IBook { public bool this[Money m] => m > Money.Eur(1m); }
        """);

    [Fact]
    public Task Explicit_property_implementation_returning_dollars_is_reported() => Silent2("""
        public interface IRow { [Currency("CNY")] Money Budget { get; } }
        public sealed class Row : IRow { Money IRow.Budget => {|AIR0001:Money.Usd(1m)|}; }
        """);

    [Fact]
    public Task Explicit_method_implementation_parameter_trusted_in_its_body_is_reported() => Silent2("""
        public interface IPayer { bool Pay([Currency("EUR")] Money amount); }
        public sealed class Payer : IPayer { bool IPayer.Pay(Money amount) => {|AIR0001:amount > Money.Usd(1m)|}; }
        """);

    [Fact]
    public Task Struct_implicit_implementation_parameter_trusted_in_its_body_is_reported() => Silent2("""
        public interface IPayer { bool Pay([Currency("EUR")] Money amount); }
        public readonly struct Payer : IPayer { public bool Pay(Money amount) => {|AIR0001:amount > Money.Usd(1m)|}; }
        """);

    [Fact]
    public Task Internal_member_with_an_interface_member_name_does_not_inherit() => Silent2("""
        public interface IPayer { bool Pay([Currency("EUR")] Money amount); }
        public abstract class Payer : IPayer
        {
            public abstract bool Pay(Money amount);
            internal bool Pay(Money amount, int times) => amount > Money.Usd(times);
        }
        """);

    [Fact]
    public Task Default_interface_method_overridden_in_interface_is_reported() => Silent2("""
        public interface IP { [return: Currency("CNY")] Money Price() => Money.Cny(1m); }
        public interface IQ : IP { Money IP.Price() => {|AIR0001:Money.Usd(1m)|}; }
        """);

    [Fact]
    public Task Record_implementing_annotated_interface_property_constructed_with_dollars_is_reported() => Silent2("""
        public interface IHas { [Currency("CNY")] Money Amount { get; } }
        public sealed record Grant(Money Amount) : IHas;
        public static class Use { public static Grant M() => new Grant({|AIR0001:Money.Usd(1m)|}); }
        """);

    [Fact]
    public Task Base_class_member_implementing_interface_for_derived_is_silent_for_base_use() => Silent2("""
        public interface IP { [return: Currency("CNY")] Money Price(); }
        public class Base { public Money Price() => Money.Usd(1m); }
        public class Derived : Base, IP { }
        public static class Use { public static bool M(Base b) => b.Price() > Money.Usd(1m); }
        """);

    [Fact]
    public Task Abstract_class_between_interface_and_override_is_reported() => Silent2("""
        public interface IP { [return: Currency("CNY")] Money Price(); }
        public abstract class Base : IP { public abstract Money Price(); }
        public sealed class Leaf : Base { public override Money Price() => {|AIR0001:Money.Usd(1m)|}; }
        """);

    [Fact]
    public Task Interface_property_getter_block_returning_dollars_is_reported() => Silent2("""
        public interface IRow { [Currency("CNY")] Money Budget { get; } }
        public sealed class Row : IRow { public Money Budget { get { return {|AIR0001:Money.Usd(1m)|}; } } }
        """);

    // ---------- records and Deconstruct ----------

    [Fact]
    public Task Extension_deconstruct_of_other_arity_is_not_misread() => Silent2("""
        public sealed record Tranche([Currency("CNY")] Money Amount, [Currency("USD")] Money Fee, int Year);
        public static class Ext
        {
            public static void Deconstruct(this Tranche t, out Money fee, out Money amount) { fee = t.Fee; amount = t.Amount; }
            public static bool M(Tranche t)
            {
                var (fee, amount) = t;
                return fee > Money.Usd(1m) && amount > Money.Cny(1m);
            }
        }
        """);

    [Fact]
    public Task Record_deconstruct_gives_positional_currency() => Silent2("""
        public sealed record Tranche(int Year, [Currency("CNY")] Money Amount);
        public static class Use
        {
            public static bool M(Tranche t)
            {
                var (year, amount) = t;
                return {|AIR0001:amount > Money.Usd(1m)|};
            }
        }
        """);

    [Fact]
    public Task Record_with_explicit_property_and_user_deconstruct_no_misread() => Silent2("""
        public sealed record Tranche([Currency("CNY")] Money Amount, [Currency("USD")] Money Fee)
        {
            public void Deconstruct(out Money fee, out Money amount, out int n) { fee = Fee; amount = Amount; n = 0; }
        }
        public static class Use
        {
            public static bool M(Tranche t)
            {
                var (fee, amount, _) = t;
                return fee > Money.Usd(1m) && amount > Money.Cny(1m);
            }
        }
        """);

    [Fact]
    public Task Derived_record_deconstruct_is_not_misread() => Silent2("""
        public record Base([Currency("USD")] Money Fee);
        public record Derived(Money Fee, [Currency("CNY")] Money Amount) : Base(Fee);
        public static class Use
        {
            public static bool M(Derived t)
            {
                var (fee, amount) = t;
                return fee > Money.Usd(1m) && amount > Money.Cny(1m);
            }
        }
        """);

    // ---------- delegates, lambdas, tasks ----------

    [Fact]
    public Task Extension_method_group_delegate_parameter_ordinal_not_shifted() => Silent2("""
        public sealed class Ledger { public List<Money> Items { get; } = new(); }
        public static class Ext
        {
            public static void Book([Currency("CNY")] this List<Money> ledger, Money amount) { }
            public static void M(List<Money> book)
            {
                Action<Money> add = book.Book;
                add(Money.Usd(1m));
            }
        }
        """);

    [Fact]
    public Task Reassigned_delegate_is_unknown() => Silent2("""
        public static class Use
        {
            public static void M(bool d)
            {
                Action<Money> pay = ([Currency("EUR")] Money m) => { };
                if (d) pay = m => { };
                pay(Money.Usd(1m));
            }
        }
        """);

    [Fact]
    public Task Lambdas_with_different_annotation_in_each_branch_are_unknown() => Silent2("""
        public static class Use
        {
            public static bool M(bool d)
            {
                Func<Money> f = d ? [return: Currency("CNY")] () => Money.Cny(1m) : [return: Currency("USD")] () => Money.Usd(1m);
                Action<Money> g = d ? ([Currency("CNY")] Money m) => { } : ([Currency("USD")] Money m) => { };
                g(Money.Usd(1m));
                return f() > Money.Usd(1m);
            }
        }
        """);

    [Fact]
    public Task Method_group_parameter_annotation_checked() => Silent2("""
        public static class Use
        {
            static void PayEur([Currency("EUR")] Money m) { }
            public static void M()
            {
                Action<Money> pay = PayEur;
                pay({|AIR0001:Money.Usd(1m)|});
            }
        }
        """);

    [Fact]
    public Task Lambda_return_annotation_checked() => Silent2("""
        public static class Use
        {
            public static Func<Money> M() => [return: Currency("CNY")] () => {|AIR0001:Money.Usd(1m)|};
        }
        """);

    [Fact]
    public Task Task_from_result_in_async_method_not_misread() => Silent2("""
        public static class Use
        {
            [return: Currency("CNY")]
            public static async Task<Money> M() { await Task.Yield(); return Money.Cny(1m); }
            [return: Currency("CNY")]
            public static Task<Money> N() => Task.FromResult({|AIR0001:Money.Usd(1m)|});
            [return: Currency("CNY")]
            public static ValueTask<Money> O() => new ValueTask<Money>({|AIR0001:Money.Usd(1m)|});
            [return: Currency("CNY")]
            public static Task<Money> P(Task<Money> t) => t;
        }
        """);

    [Fact]
    public Task Return_inside_lambda_in_annotated_method_is_not_checked_against_method() => Silent2("""
        public static class Use
        {
            [return: Currency("CNY")]
            public static Money M(List<Money> xs)
            {
                Func<Money> usd = () => { return Money.Usd(1m); };
                return Money.Cny(usd().Amount);
            }
        }
        """);

    // ---------- indexers, initializers, setters ----------

    [Fact]
    public Task Annotated_indexer_read_and_write() => Silent2("""
        public sealed class Book
        {
            private readonly Money[] _a = new Money[4];
            [Currency("CNY")] public Money this[int i] { get => _a[i]; set => _a[i] = value; }
        }
        public static class Use
        {
            public static bool M(Book b)
            {
                b[0] = {|AIR0001:Money.Usd(1m)|};
                return {|AIR0001:b[1] > Money.Usd(1m)|} && b[2] > Money.Cny(1m);
            }
        }
        """);

    [Fact]
    public Task Nested_initializers_checked() => Silent2("""
        public sealed class Ministry
        {
            [Currency("CNY")] public List<Money> Lines { get; } = new();
            [Currency("CNY")] public Dictionary<string, Money> ByRegion { get; } = new();
            public List<Money> Free { get; } = new();
        }
        public static class Use
        {
            public static Ministry M() => new Ministry
            {
                Lines = { Money.Cny(1m), {|AIR0001:Money.Usd(1m)|} },
                ByRegion = { ["k"] = {|AIR0001:Money.Usd(2m)|} },
                Free = { Money.Usd(3m) },
            };
        }
        """);

    [Fact]
    public Task Setter_value_holds_declared_currency() => Silent2("""
        public sealed class Fund
        {
            private Money _cap;
            [Currency("CNY")] public Money Cap
            {
                get => _cap;
                set { if ({|AIR0001:value > Money.Usd(1m)|}) { } _cap = value; }
            }
        }
        """);

    [Fact]
    public Task Collection_typed_indexer_owner_with_unannotated_indexer_is_silent() => Silent2("""
        public sealed class Book : List<Money> { }
        public static class Use
        {
            public static void M(Book b) { b[0] = Money.Usd(1m); b.Add(Money.Cny(1m)); }
        }
        """);

    [Fact]
    public async Task No_crash_on_odd_delegates_and_records()
    {
        await AllRules.AnalyzeAsync("""
            using System;
            using System.Collections.Generic;
            using AiRace.Core;
            public delegate void RefPay(ref Money m);
            public delegate void ParamsPay(params Money[] m);
            public record R(Money A) { public Money A { get; init; } = A; }
            public static class Odd
            {
                public static void M(R r, Action<Money> unknown)
                {
                    RefPay rp = (ref Money m) => { };
                    var x = Money.Usd(1m);
                    rp(ref x);
                    ParamsPay pp = ([Currency("CNY")] params Money[] m) => { };
                    pp(Money.Usd(1m));
                    Action<Money> none = null!;
                    none(Money.Usd(1m));
                    Action<Money> d = default!;
                    d(Money.Usd(1m));
                    unknown(Money.Usd(1m));
                    var (a) = (Money.Usd(1m), 1).Item1;
                    Action<Money> self = null!;
                    self = m => self(m);
                    self(Money.Cny(1m));
                    var caps = new List<Money>();
                    goto skip;
                    skip:
                    if (r.A > Money.Usd(1m)) caps.Add(Money.Cny(1m)); else caps.Add(Money.Usd(1m));
                }
            }
            public static class E { public static void Deconstruct(this Money m, out Money a) { a = m; } }
            """);
    }


    // ---------- second batch: diagnosis variants and more ----------

    [Fact]
    public Task Branch_reassigning_to_dollar_list_beside_yuan_add_is_silent() => Silent("""
        public static Money M(bool d)
            {
                var caps = new List<Money>();
                if (d) caps.Add(Money.Cny(1m));
                else caps = new List<Money> { Money.Usd(1m) };
                return caps.Max();
            }
        """);

    [Fact]
    public Task Query_write_beside_other_currency_is_reported() => Reported("""
        public static Money M(bool[] flags)
            {
                var caps = new HashSet<Money>();
                caps.Add(Money.Cny(1m));
                var done = (from d in flags select caps.Add(Money.Usd(1m))).ToList();
                return {|AIR0001:caps.Max()|};
            }
        """);

    [Fact]
    public Task Select_lambda_choice_is_reported() => Reported("""
        public static Money M(bool[] flags)
            {
                var caps = new HashSet<Money>();
                var done = flags.Select(d => d ? caps.Add(Money.Cny(1m)) : caps.Add(Money.Usd(1m))).ToList();
                return {|AIR0001:caps.Max()|};
            }
        """);

    [Fact]
    public Task Declared_in_braced_switch_section_is_silent() => Silent("""
        public static Money M(int r, bool d)
            {
                switch (r)
                {
                    case 1:
                    {
                        var caps = new List<Money>();
                        if (d) caps.Add(Money.Cny(1m)); else caps.Add(Money.Usd(1m));
                        return caps.Max();
                    }
                    default:
                        return Money.Cny(0m);
                }
            }
        """);

    [Fact]
    public Task Positional_pattern_with_extension_deconstruct_is_not_misread() => Silent2("""
        public sealed record Tranche([Currency("CNY")] Money Amount, [Currency("USD")] Money Fee, int Year);
        public static class Ext
        {
            public static void Deconstruct(this Tranche t, out Money fee, out Money amount) { fee = t.Fee; amount = t.Amount; }
            public static bool M(Tranche t) => t is (var fee, var amount) && fee > Money.Usd(1m);
        }
        """);

    [Fact]
    public Task Foreach_deconstruction_with_extension_deconstruct_is_not_misread() => Silent2("""
        public sealed record Tranche([Currency("CNY")] Money Amount, [Currency("USD")] Money Fee, int Year);
        public static class Ext
        {
            public static void Deconstruct(this Tranche t, out Money fee, out Money amount) { fee = t.Fee; amount = t.Amount; }
            public static bool M(List<Tranche> ts)
            {
                foreach (var (fee, amount) in ts) { if (fee > Money.Usd(1m)) return true; }
                return false;
            }
        }
        """);

    [Fact]
    public Task Annotated_dictionary_field_initializer_checked() => Silent2("""
        public sealed class Fund
        {
            [Currency("CNY")] private readonly Dictionary<string, Money> _d = {|AIR0001:new() { ["k"] = Money.Usd(1m) }|};
            [Currency("CNY")] private readonly List<Money> _l = {|AIR0001:new() { Money.Usd(1m) }|};
        }
        """);

    [Fact]
    public Task Interface_parameter_annotation_not_passed_to_a_different_overload() => Silent2("""
        public interface IPayer { void Pay([Currency("EUR")] Money amount); }
        public sealed class Payer : IPayer
        {
            public void Pay(Money amount) { }
            public void Pay(Money amount, int times) { }
        }
        public static class Use { public static void M(Payer p) => p.Pay(Money.Usd(1m), 2); }
        """);


    [Fact]
    public Task Delegate_field_reassigned_elsewhere_is_unknown() => Silent2("""
        public static class Pays
        {
            public static Action<Money> Pay = ([Currency("EUR")] Money m) => { };
            public static void M() => Pay(Money.Usd(1m));
        }
        public static class Other { public static void Reset() => Pays.Pay = m => { }; }
        """);

    [Fact]
    public Task Delegate_reassigned_inside_lambda_is_unknown() => Silent2("""
        public static class Use
        {
            public static void M()
            {
                Action<Money> pay = ([Currency("EUR")] Money m) => { };
                Action reset = () => pay = m => { };
                reset();
                pay(Money.Usd(1m));
            }
        }
        """);

    [Fact]
    public Task Interface_indexer_annotation_passes_to_implicit_indexer_but_not_to_hiding_one() => Silent2("""
        public interface IBook { [Currency("CNY")] Money this[int i] { get; set; } }
        public class Book : IBook
        {
            private readonly Money[] _a = new Money[4];
            public Money this[int i] { get => _a[i]; set => _a[i] = value; }
        }
        public class Plain : Book
        {
            private readonly Money[] _b = new Money[4];
            public new Money this[int i] { get => _b[i]; set => _b[i] = value; }
        }
        public static class Use
        {
            public static void M(Book b, Plain p)
            {
                b[0] = {|AIR0001:Money.Usd(1m)|};
                p[0] = Money.Usd(1m);
            }
        }
        """);

    [Fact]
    public Task If_with_return_in_branch_then_write_after_documented_limit_only() => Reported("""
        public static Money M(bool d)
            {
                var caps = new List<Money>();
                if (d) { caps.Add(Money.Cny(1m)); caps.Add(Money.Usd(1m)); return Money.Cny(0m); }
                else caps.Add(Money.Eur(1m));
                return {|AIR0001:caps.Max()|};
            }
        """);

    /// <summary>A whole source with the usual usings: diagnostics as its markup says (none without markup).</summary>
    private static Task Silent2(string source) => Verify<CurrencyMismatchRule>.Diagnostics("""
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Threading.Tasks;
        using AiRace.Core;

        """ + source);
}

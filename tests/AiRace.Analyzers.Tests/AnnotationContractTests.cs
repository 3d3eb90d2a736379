using System.Linq;
using System.Threading.Tasks;
using FluentAssertions;
using Xunit;

namespace AiRace.Analyzers.Tests;

/// <summary>
/// <c>[Currency("…")]</c> as a team uses it (AIR0001's "Stating a currency the code cannot show", AIR0003 for its codes):
/// trusted where the value is used, checked at every assignment, return and argument (records, overrides and interface
/// implementations, tasks, lambdas, nested initializers, indexers), and silent where the currency is unknown or agrees.
/// </summary>
public class AnnotationContractTests
{
    // ---------- records ----------

    [Fact]
    public Task Record_positional_parameter_with_property_target_given_dollars_is_reported() => Files.Verify(
        """
        using AiRace.Core;
        public sealed record Grant(string Donor, [property: Currency("CNY")] Money Amount);
        """,
        """
        using AiRace.Core;
        public sealed class GrantImporter
        {
            public Grant Import(string donor, decimal usd) => new Grant(donor, {|AIR0001:Money.Usd(usd)|});
        }
        """);

    [Fact]
    public Task Record_positional_parameter_with_property_target_trusted_at_use_is_reported() => Files.Verify(
        """
        using AiRace.Core;
        public sealed record Grant(string Donor, [property: Currency("CNY")] Money Amount);
        """,
        """
        using AiRace.Core;
        public sealed class GrantReview
        {
            public bool IsLarge(Grant grant) => {|AIR0001:grant.Amount > Money.Usd(10_000m)|};
        }
        """);

    [Fact]
    public Task Record_positional_annotated_target_typed_new_given_dollars_is_reported() => Files.Verify(
        """
        using AiRace.Core;
        public sealed record Tranche(int Year, [Currency("CNY")] Money Amount);
        """,
        """
        using System.Collections.Generic;
        using AiRace.Core;
        public static class Schedule
        {
            public static List<Tranche> Build() => new() { new(2025, Money.Cny(1m)), new(2026, {|AIR0001:Money.Usd(2m)|}) };
        }
        """);

    [Fact]
    public Task Record_positional_annotated_read_in_its_own_member_is_reported() => Files.Verify(
        """
        using AiRace.Core;
        public sealed record Tranche(int Year, [Currency("CNY")] Money Amount)
        {
            public bool OverCap => {|AIR0001:Amount > Money.Usd(5m)|};
        }
        """);

    [Fact]
    public Task Record_deconstructed_annotated_positional_trusted_is_reported() => Files.Verify(
        """
        using AiRace.Core;
        public sealed record Tranche(int Year, [Currency("CNY")] Money Amount);
        """,
        """
        using AiRace.Core;
        public static class Check
        {
            public static bool M(Tranche t)
            {
                var (year, amount) = t;
                return {|AIR0001:amount > Money.Usd(1m)|};
            }
        }
        """);

    [Fact]
    public Task Record_positional_annotated_given_unknown_or_agreeing_is_not_reported() => Files.Verify(
        """
        using AiRace.Core;
        public sealed record Tranche(int Year, [Currency("CNY")] Money Amount);
        public sealed record Grant(string Donor, [property: Currency("CNY")] Money Amount);
        """,
        """
        using AiRace.Core;
        public static class Make
        {
            public static object M(Money read, string text) => new object[]
            {
                new Tranche(1, read), new Tranche(2, Money.Cny(1m)), new Grant("a", Money.Parse(text)), new Grant("b", Money.Of(1m, "CNY")),
                new Tranche(3, read) with { Amount = Money.Cny(2m) },
            };
        }
        """);

    // ---------- interfaces, overrides ----------

    [Fact]
    public Task Interface_return_annotated_trusted_through_the_interface_is_reported() => Files.Verify(
        """
        using AiRace.Core;
        public interface IBudgetSource { [return: Currency("CNY")] Money Total(string ministry); }
        """,
        """
        using AiRace.Core;
        public sealed class BudgetService(IBudgetSource source)
        {
            public bool Exceeds(string ministry) => {|AIR0001:source.Total(ministry) > Money.Usd(1_000m)|};
        }
        """);

    [Fact]
    public Task Implementation_returning_dollars_for_interface_annotated_yuan_is_reported() => Files.Verify(
        """
        using AiRace.Core;
        public interface IBudgetSource { [return: Currency("CNY")] Money Total(string ministry); }
        """,
        """
        using AiRace.Core;
        public sealed class FakeSource : IBudgetSource
        {
            public Money Total(string ministry) => {|AIR0001:Money.Usd(1m)|};
        }
        """);

    [Fact]
    public Task Override_returning_dollars_for_base_annotated_yuan_is_reported() => Files.Verify(
        """
        using AiRace.Core;
        public abstract class Ledger
        {
            [Currency("CNY")] public abstract Money Balance { get; }
        }
        """,
        """
        using AiRace.Core;
        public sealed class ProvincialLedger : Ledger
        {
            public override Money Balance => {|AIR0001:Money.Usd(3m)|};
        }
        """);

    [Fact]
    public Task Interface_parameter_annotated_checked_at_call_through_interface_is_reported() => Files.Verify(
        """
        using AiRace.Core;
        public interface IPayer { void Pay(string to, [Currency("EUR")] Money amount); }
        """,
        """
        using AiRace.Core;
        public sealed class Payroll(IPayer payer)
        {
            public void Run() => payer.Pay("x", {|AIR0001:Money.Usd(2m)|});
        }
        """);

    [Fact]
    public Task Interface_property_annotated_used_through_implementing_class_is_reported() => Files.Verify(
        """
        using AiRace.Core;
        public interface IRow { [Currency("CNY")] Money Budget { get; } }
        public sealed class Row(Money budget) : IRow { public Money Budget { get; } = budget; }
        """,
        """
        using AiRace.Core;
        public static class Rows
        {
            public static bool Big(Row row) => {|AIR0001:row.Budget > Money.Usd(1m)|};
        }
        """);

    [Fact]
    public Task Conflicting_annotations_use_the_override_own_annotation_is_reported() => Files.Verify(
        """
        using AiRace.Core;
        public class Quote { [return: Currency("CNY")] public virtual Money Price() => Money.Cny(1m); }
        public sealed class ExportQuote : Quote { [return: Currency("USD")] public override Money Price() => Money.Usd(1m); }
        """,
        """
        using AiRace.Core;
        public static class Desk
        {
            public static bool A(ExportQuote q) => {|AIR0001:q.Price() > Money.Cny(1m)|};
            public static bool B(Quote q) => {|AIR0001:q.Price() > Money.Usd(1m)|};
            public static bool C(ExportQuote q, Quote p) => q.Price() > Money.Usd(1m) || p.Price() > Money.Cny(1m);
        }
        """);

    [Fact]
    public Task Override_annotated_where_base_is_not_returning_dollars_is_reported() => Files.Verify(
        """
        using AiRace.Core;
        public abstract class Account { public abstract Money Cap { get; } }
        public sealed class YuanAccount : Account
        {
            [Currency("CNY")] public override Money Cap => {|AIR0001:Money.Usd(1m)|};
        }
        """);

    [Fact]
    public Task Async_method_return_annotated_returning_dollars_is_reported() => Files.Verify(
        """
        using System.Threading.Tasks;
        using AiRace.Core;
        public sealed class RatesClient
        {
            [return: Currency("CNY")]
            public async Task<Money> FetchBudgetAsync(string region)
            {
                await Task.Delay(1);
                return {|AIR0001:Money.Usd(4m)|};
            }
        }
        """);

    [Fact]
    public Task Async_method_return_annotated_trusted_after_await_is_reported() => Files.Verify(
        """
        using System.Threading.Tasks;
        using AiRace.Core;
        public interface IBudgetStore { [return: Currency("CNY")] Task<Money> LoadAsync(string region); }
        """,
        """
        using System.Threading.Tasks;
        using AiRace.Core;
        public sealed class Planner(IBudgetStore store)
        {
            public async Task<bool> OverAsync(string region)
            {
                var budget = await store.LoadAsync(region);
                return {|AIR0001:budget > Money.Usd(1m)|};
            }
        }
        """);

    [Fact]
    public Task Task_FromResult_of_dollars_returned_from_annotated_yuan_is_reported() => Files.Verify(
        """
        using System.Threading.Tasks;
        using AiRace.Core;
        public sealed class Store
        {
            [return: Currency("CNY")]
            public Task<Money> CachedAsync() => Task.FromResult({|AIR0001:Money.Usd(1m)|});
        }
        """);

    // ---------- collections ----------

    [Fact]
    public Task Annotated_list_assigned_a_collection_expression_with_dollars_is_reported() => Files.Verify(
        """
        using System.Collections.Generic;
        using AiRace.Core;
        public sealed class Ministry
        {
            [Currency("CNY")] public List<Money> Lines { get; set; } = [];
            public void Reset() => Lines = {|AIR0001:[Money.Cny(1m), Money.Usd(2m)]|};
        }
        """);

    [Fact]
    public Task Annotated_dictionary_Add_of_dollars_is_reported() => Files.Verify(
        """
        using System.Collections.Generic;
        using AiRace.Core;
        public sealed class Capex
        {
            [Currency("CNY")] public Dictionary<string, Money> ByRegion { get; } = new();
        }
        """,
        """
        using AiRace.Core;
        public static class Loader
        {
            public static void Load(Capex c) => c.ByRegion.Add("east", {|AIR0001:Money.Usd(2m)|});
        }
        """);

    [Fact]
    public Task Annotated_dictionary_TryGetValue_trusted_is_reported() => Files.Verify(
        """
        using System.Collections.Generic;
        using AiRace.Core;
        public sealed class Capex
        {
            [Currency("CNY")] public Dictionary<string, Money> ByRegion { get; } = new();
        }
        """,
        """
        using AiRace.Core;
        public static class Review
        {
            public static bool Over(Capex c, string region) => c.ByRegion.TryGetValue(region, out var cap) && {|AIR0001:cap > Money.Usd(1m)|};
        }
        """);

    [Fact]
    public Task Annotated_list_foreach_element_trusted_is_reported() => Files.Verify(
        """
        using System.Collections.Generic;
        using AiRace.Core;
        public sealed class Ministry
        {
            [Currency("CNY")] public List<Money> Lines { get; } = new();
            public int CountOver()
            {
                int n = 0;
                foreach (var line in Lines)
                {
                    if ({|AIR0001:line > Money.Usd(100m)|}) n++;
                }
                return n;
            }
        }
        """);

    [Fact]
    public Task Annotated_list_linq_First_and_Max_trusted_is_reported() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public sealed class Ministry
        {
            [Currency("CNY")] public List<Money> Lines { get; } = new();
            public bool A() => {|AIR0001:Lines.First() > Money.Usd(1m)|};
            public bool B() => {|AIR0001:Lines.Max() < Money.Eur(1m)|};
        }
        """);

    [Fact]
    public Task Annotated_list_Insert_of_euros_is_reported() => Files.Verify(
        """
        using System.Collections.Generic;
        using AiRace.Core;
        public sealed class Ministry
        {
            [Currency("CNY")] public readonly List<Money> Lines = new();
            public void Prepend() => Lines.Insert(0, {|AIR0001:Money.Eur(1m)|});
        }
        """);

    [Fact]
    public Task Annotated_array_parameter_given_collection_expression_of_dollars_is_reported() => Files.Verify(
        """
        using AiRace.Core;
        public static class Reports
        {
            public static Money Total([Currency("CNY")] Money[] caps) => caps.Sum(Currency.CNY);
        }
        """,
        """
        using AiRace.Core;
        public static class Use
        {
            public static Money M() => Reports.Total({|AIR0001:[Money.Usd(1m), Money.Usd(2m)]|});
        }
        """);

    [Fact]
    public Task Annotated_enumerable_parameter_given_list_of_dollars_is_reported() => Files.Verify(
        """
        using System.Collections.Generic;
        using AiRace.Core;
        public static class Reports
        {
            public static int Count([Currency("CNY")] IEnumerable<Money> items) => 0;
        }
        """,
        """
        using System.Collections.Generic;
        using AiRace.Core;
        public static class Use
        {
            public static int M() => Reports.Count({|AIR0001:new List<Money> { Money.Usd(1m) }|});
        }
        """);

    [Fact]
    public Task Annotated_dictionary_values_summed_in_another_currency_is_reported() => Files.Verify(
        """
        using System.Collections.Generic;
        using AiRace.Core;
        public sealed class Capex
        {
            [Currency("CNY")] public Dictionary<string, Money> ByRegion { get; } = new();
        }
        """,
        """
        using AiRace.Core;
        public static class Totals
        {
            public static Money All(Capex c) => {|AIR0001:c.ByRegion.Values.Sum(Currency.USD)|};
        }
        """);

    [Fact]
    public Task Annotated_immutable_array_assigned_dollars_is_reported() => Files.Verify(
        """
        using System.Collections.Immutable;
        using AiRace.Core;
        public sealed class Plan
        {
            [Currency("CNY")] public ImmutableArray<Money> Caps { get; init; }
            public static Plan Make() => new() { Caps = {|AIR0001:ImmutableArray.Create(Money.Usd(1m))|} };
        }
        """);

    [Fact]
    public Task Annotated_collections_given_agreeing_or_unknown_elements_is_not_reported() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public sealed class Ministry
        {
            [Currency("CNY")] public List<Money> Lines { get; set; } = [];
            [Currency("CNY")] public Dictionary<string, Money> ByRegion { get; } = new();
            public Money M(IEnumerable<Money> read, string code)
            {
                Lines = [Money.Cny(1m), .. read];
                Lines.Add(Money.Of(1m, code));
                ByRegion["x"] = Money.Cny(1m);
                ByRegion.Add("y", read.First());
                return Lines.Sum(Currency.CNY) + ByRegion.Values.Sum(Currency.CNY);
            }
        }
        """);

    // ---------- tuples, deconstruction, ref/out/in ----------

    [Fact]
    public Task Annotated_field_assigned_tuple_element_of_dollars_is_reported() => Files.Verify(
        """
        using AiRace.Core;
        public static class Split
        {
            public static (Money Domestic, Money Partner) CoFund() => (Money.Usd(1m), Money.Eur(2m));
        }
        """,
        """
        using AiRace.Core;
        public sealed class Agreement
        {
            [Currency("CNY")] public Money Share;
            public void Sign() => Share = {|AIR0001:Split.CoFund().Domestic|};
        }
        """);

    [Fact]
    public Task Annotated_ref_parameter_assigned_dollars_is_reported() => Files.Verify(
        """
        using AiRace.Core;
        public static class Adjust
        {
            public static void Reset([Currency("CNY")] ref Money balance) => balance = {|AIR0001:Money.Usd(0m)|};
        }
        """);

    [Fact]
    public Task Annotated_in_parameter_given_dollars_is_reported() => Files.Verify(
        """
        using AiRace.Core;
        public static class Audit
        {
            public static bool Check([Currency("CNY")] in Money limit) => true;
            public static bool M() { var usd = Money.Usd(1m); return Check(in {|AIR0001:usd|}); }
        }
        """);

    [Fact]
    public Task Annotated_ref_parameter_given_a_local_of_dollars_is_reported() => Files.Verify(
        """
        using AiRace.Core;
        public static class Book
        {
            public static void Post([Currency("CNY")] ref Money balance) { }
        }
        class Use
        {
            void A() { Money dollars = Money.Usd(1m); Book.Post(ref {|AIR0001:dollars|}); }
            void B(decimal x)
            {
                Money dollars = Money.Usd(1m);
                dollars = Money.Usd(x);
                dollars += Money.Usd(2m);
                Book.Post(ref {|AIR0001:dollars|});
            }
        }
        """);

    [Fact]
    public Task Annotated_ref_readonly_parameter_given_a_local_of_dollars_is_reported() => Files.Verify(
        """
        using AiRace.Core;
        public static class Book
        {
            public static bool Low([Currency("CNY")] ref readonly Money balance) => true;
        }
        class Use
        {
            bool A() { Money dollars = Money.Usd(1m); return Book.Low(in {|AIR0001:dollars|}); }
            bool B() { Money euros = Money.Eur(1m); return Book.Low(ref {|AIR0001:euros|}); }
            bool C() { Money euros = Money.Eur(1m); Book.Low(in {|AIR0001:euros|}); return {|AIR0001:euros > Money.Usd(1m)|}; }
        }
        """);

    [Fact]
    public Task Annotated_ref_parameter_given_a_local_of_its_currency_or_an_unknown_one_is_not_reported() => Files.Verify(
        """
        using AiRace.Core;
        public static class Book
        {
            public static void Post([Currency("CNY")] ref Money balance) { }
            public static bool Low([Currency("CNY")] ref readonly Money balance) => true;
        }
        class Use
        {
            void A() { Money yuan = Money.Cny(1m); Book.Post(ref yuan); Book.Post(ref yuan); Book.Low(in yuan); }
            void B(string text) { Money parsed = Money.Parse(text); Book.Post(ref parsed); }
            void C(bool flag) { Money either = Money.Cny(1m); if (flag) { either = Money.Usd(1m); } Book.Post(ref either); }
            void D(Money given) { Book.Post(ref given); Money copy = given; Book.Post(ref copy); }
        }
        """);

    [Fact]
    public Task Annotated_ref_parameter_given_a_local_that_another_call_may_change_or_an_out_argument_is_not_reported() => Files.Verify(
        """
        using AiRace.Core;
        public static class Book
        {
            public static void Post([Currency("CNY")] ref Money balance) { }
            public static void Swap(ref Money value) => value = Money.Cny(1m);
            public static bool TryRead([Currency("CNY")] out Money balance) { balance = Money.Cny(1m); return true; }
        }
        class Use
        {
            void A() { Money dollars = Money.Usd(1m); Book.Swap(ref dollars); Book.Post(ref dollars); }
            void B() { Money dollars = Money.Usd(1m); Book.TryRead(out dollars); }
        }
        """);

    [Fact]
    public Task Annotated_out_parameter_trusted_at_caller_is_reported() => Files.Verify(
        """
        using AiRace.Core;
        public interface ICapReader { bool TryRead(string region, [Currency("CNY")] out Money cap); }
        """,
        """
        using AiRace.Core;
        public sealed class Gate(ICapReader reader)
        {
            public bool Over(string region) => reader.TryRead(region, out var cap) && {|AIR0001:cap < Money.Usd(1m)|};
        }
        """);

    [Fact]
    public Task Annotated_ref_parameter_trusted_in_body_is_reported() => Files.Verify(
        """
        using AiRace.Core;
        public static class Adjust
        {
            public static bool Low([Currency("CNY")] ref readonly Money balance) => {|AIR0001:balance < Money.Usd(1m)|};
        }
        """);

    // ---------- init, required, primary constructors ----------

    [Fact]
    public Task Init_property_object_initializer_given_dollars_is_reported() => Files.Verify(
        """
        using AiRace.Core;
        public sealed class BudgetLine
        {
            public required string Code { get; init; }
            [Currency("CNY")] public required Money Amount { get; init; }
        }
        """,
        """
        using AiRace.Core;
        public static class Lines
        {
            public static BudgetLine Make(decimal x) => new() { Code = "a", Amount = {|AIR0001:Money.Usd(x)|} };
        }
        """);

    [Fact]
    public Task Class_primary_constructor_annotated_parameter_trusted_in_body_is_reported() => Files.Verify(
        """
        using AiRace.Core;
        public sealed class Guard([Currency("CNY")] Money limit)
        {
            public bool Allows(decimal usd) => {|AIR0001:Money.Usd(usd) <= limit|};
        }
        """);

    [Fact]
    public Task Annotated_field_assigned_from_annotated_parameter_of_another_currency_is_reported() => Files.Verify(
        """
        using AiRace.Core;
        public sealed class Ledger
        {
            [Currency("CNY")] private Money _balance;
            public Ledger([Currency("EUR")] Money opening) { _balance = {|AIR0001:opening|}; }
            public Money Balance => _balance;
        }
        """);

    // ---------- compound, ??=, null-conditional, field ----------

    [Fact]
    public Task Coalesce_assignment_of_nullable_annotated_field_with_dollars_is_reported() => Files.Verify(
        """
        using AiRace.Core;
        public sealed class Cache
        {
            [Currency("CNY")] private Money? _cap;
            public Money Cap => _cap ??= {|AIR0001:Money.Usd(1m)|};
        }
        """);

    [Fact]
    public Task Nullable_annotated_property_Value_trusted_is_reported() => Files.Verify(
        """
        using AiRace.Core;
        public sealed class Row
        {
            [Currency("CNY")] public Money? Cap { get; set; }
            public bool Big() => Cap.HasValue && {|AIR0001:Cap.Value > Money.Usd(1m)|};
        }
        """);

    [Fact]
    public Task Null_conditional_read_of_annotated_property_is_reported() => Files.Verify(
        """
        using AiRace.Core;
        public sealed class Row { [Currency("CNY")] public Money Budget { get; set; } }
        """,
        """
        using AiRace.Core;
        public static class Use
        {
            public static bool M(Row? row) => {|AIR0001:row?.Budget > Money.Usd(1m)|};
        }
        """);

    [Fact]
    public Task Field_keyword_property_setter_written_with_dollars_is_reported() => Files.VerifyPreview(
        """
        using AiRace.Core;
        public sealed class Fund
        {
            [Currency("CNY")] public Money Reserve { get; set => field = value; }
            public void Top(decimal x) => Reserve = {|AIR0001:Money.Usd(x)|};
            public bool Low => {|AIR0001:Reserve < Money.Usd(1m)|};
        }
        """);

    [Fact]
    public Task Null_conditional_assignment_of_annotated_property_is_reported() => Files.VerifyPreview(
        """
        using AiRace.Core;
        public sealed class Row { [Currency("CNY")] public Money Budget { get; set; } }
        public static class Use
        {
            public static void M(Row? row) => row?.Budget = {|AIR0001:Money.Usd(1m)|};
        }
        """);

    // ---------- partial members ----------

    [Fact]
    public Task Partial_method_annotated_on_declaration_returning_dollars_is_reported() => Files.Verify(
        """
        using AiRace.Core;
        public partial class Generated
        {
            [return: Currency("CNY")] public partial Money Allocation();
        }
        """,
        """
        using AiRace.Core;
        public partial class Generated
        {
            public partial Money Allocation() => {|AIR0001:Money.Usd(1m)|};
        }
        """);

    [Fact]
    public Task Partial_property_annotated_on_declaration_trusted_and_checked_is_reported() => Files.Verify(
        """
        using AiRace.Core;
        public partial class Generated
        {
            [Currency("CNY")] public partial Money Cap { get; }
        }
        """,
        """
        using AiRace.Core;
        public partial class Generated
        {
            public partial Money Cap => {|AIR0001:Money.Usd(2m)|};
            public bool Over() => {|AIR0001:Cap > Money.Eur(1m)|};
        }
        """);

    // ---------- delegates, lambdas, local functions ----------

    [Fact]
    public Task Delegate_type_with_annotated_parameter_invoked_with_dollars_is_reported() => Files.Verify(
        """
        using AiRace.Core;
        public delegate void Disburse(string to, [Currency("CNY")] Money amount);
        public sealed class Bank(Disburse disburse)
        {
            public void Run() => disburse("x", {|AIR0001:Money.Usd(1m)|});
        }
        """);

    [Fact]
    public Task Delegate_type_with_annotated_return_trusted_is_reported() => Files.Verify(
        """
        using AiRace.Core;
        [return: Currency("CNY")] public delegate Money Quote(string item);
        public sealed class Buyer(Quote quote)
        {
            public bool Cheap(string item) => {|AIR0001:quote(item) < Money.Usd(1m)|};
        }
        """);

    [Fact]
    public Task Lambda_with_annotated_parameter_trusted_in_body_is_reported() => Files.Verify(
        """
        using System;
        using AiRace.Core;
        public static class Rules
        {
            public static readonly Func<Money, bool> Large = ([Currency("CNY")] Money m) => {|AIR0001:m > Money.Usd(1m)|};
        }
        """);

    [Fact]
    public Task Lambda_with_annotated_return_returning_dollars_is_reported() => Files.Verify(
        """
        using System;
        using AiRace.Core;
        public static class Rules
        {
            public static readonly Func<Money> Default = [return: Currency("CNY")] () => {|AIR0001:Money.Usd(1m)|};
        }
        """);

    [Fact]
    public Task Local_function_annotated_return_and_parameter_is_reported() => Files.Verify(
        """
        using AiRace.Core;
        public static class Planner
        {
            public static Money Plan(decimal x)
            {
                return Fee(x) + Cap({|AIR0001:Money.Usd(x)|});

                [return: Currency("CNY")] static Money Fee(decimal y) => {|AIR0001:Money.Eur(y)|};
                static Money Cap([Currency("CNY")] Money m) => m;
            }
        }
        """);

    // ---------- switch, generic helpers, expression bodies ----------

    [Fact]
    public Task Switch_expression_of_dollars_returned_from_annotated_method_is_reported() => Files.Verify(
        """
        using AiRace.Core;
        public static class Tariffs
        {
            [return: Currency("CNY")]
            public static Money For(int tier) => {|AIR0001:tier switch { 1 => Money.Usd(1m), 2 => Money.Usd(2m), _ => Money.Usd(3m) }|};
        }
        """);

    [Fact]
    public Task Generic_pass_through_helper_into_annotated_property_is_reported() => Files.Verify(
        """
        using System;
        using AiRace.Core;
        public static class Guard
        {
            public static T NotDefault<T>(T value) => value ?? throw new ArgumentNullException(nameof(value));
        }
        """,
        """
        using AiRace.Core;
        public sealed class Budget
        {
            [Currency("CNY")] public Money Cap { get; set; }
            public void Set(decimal x) => Cap = {|AIR0001:Guard.NotDefault(Money.Usd(x))|};
        }
        """);

    [Fact]
    public Task Annotated_return_flows_into_annotated_parameter_of_another_currency_is_reported() => Files.Verify(
        """
        using AiRace.Core;
        public interface IBudgetSource { [return: Currency("CNY")] Money Total(); }
        public interface IPayer { void Pay([Currency("EUR")] Money amount); }
        """,
        """
        using AiRace.Core;
        public sealed class Bridge(IBudgetSource source, IPayer payer)
        {
            public void Forward() => payer.Pay({|AIR0001:source.Total()|});
        }
        """);

    [Fact]
    public Task Iterator_annotated_yielding_dollars_is_reported() => Files.Verify(
        """
        using System.Collections.Generic;
        using AiRace.Core;
        public static class Feed
        {
            [return: Currency("CNY")]
            public static IEnumerable<Money> Read()
            {
                yield return Money.Cny(1m);
                yield return {|AIR0001:Money.Usd(2m)|};
            }
        }
        """);

    [Fact]
    public Task Annotated_enumerable_return_of_dollar_array_is_reported() => Files.Verify(
        """
        using System.Collections.Generic;
        using AiRace.Core;
        public static class Feed
        {
            [return: Currency("CNY")]
            public static IReadOnlyList<Money> Read() => {|AIR0001:new[] { Money.Usd(1m) }|};
        }
        """);

    // ---------- spelling of the code ----------

    [Fact]
    public Task Lower_case_alias_and_unknown_codes_state_nothing_is_not_reported() => Files.Verify(
        """
        using AiRace.Core;
        public sealed class Row
        {
            [Currency("cny")] public Money A { get; set; }
            [Currency("RMB")] public Money B { get; set; }
            [Currency("XYZ")] public Money C { get; set; }
            [Currency("")] public Money D { get; set; }
            [Currency("HRK")] public Money E { get; set; }
            public bool M()
            {
                A = Money.Usd(1m); B = Money.Usd(1m); C = Money.Usd(1m); D = Money.Usd(1m); E = Money.Eur(1m);
                return false;
            }
        }
        """,
        """
        using AiRace.Core;
        public static class Use
        {
            public static bool M(Row r, string t) { r.A = Money.Parse(t); r.B = Money.Parse(t); r.C = Money.Parse(t); r.D = Money.Parse(t); r.E = Money.Parse(t); return r.A > Money.Usd(1m) || r.B > Money.Usd(1m) || r.C > Money.Usd(1m) || r.D > Money.Usd(1m) || r.E > Money.Usd(1m); }
        }
        """);

    [Fact]
    public Task Lower_case_alias_and_unknown_codes_reported_by_AIR0003() => Verify<UnknownCurrencyCodeRule>.Diagnostics(
        """
        using System.Collections.Generic;
        using AiRace.Core;
        public sealed class Row
        {
            [Currency({|AIR0003:"cny"|})] public List<Money> A { get; } = new();
            [property: Currency({|AIR0003:"yuan"|})] public Money B { get; set; }
            public void M([Currency({|AIR0003:"XYZ"|})] Money c) { }
            [return: Currency({|AIR0003:"eur"|})] public System.Threading.Tasks.Task<Money> N() => null!;
        }
        public sealed record Grant([property: Currency({|AIR0003:"RMB"|})] Money Amount);
        """);

    // ---------- silence ----------

    [Fact]
    public Task Annotated_values_meeting_agreeing_or_unknown_is_not_reported() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public interface IRow { [Currency("CNY")] Money Budget { get; } }
        public sealed record Tranche(int Year, [Currency("CNY")] Money Amount);
        public sealed class Service(IRow row, [Currency("CNY")] Money limit)
        {
            [Currency("CNY")] public List<Money> Lines { get; } = new();
            public bool A(Money other) => row.Budget > other && limit > other;
            public bool B(Tranche t) => t.Amount > row.Budget && Lines.Max() <= limit && Lines.Sum(Currency.CNY) > Money.Of(1m, "CNY");
            public bool C(Money read) => Lines.Any(l => l > read) || Lines.Any(l => l == Money.Zero(Currency.CNY));
        }
        """);

    [Fact]
    public async Task Odd_annotation_targets_do_not_crash()
    {
        await AllRules.AnalyzeAsync("""
            using System;
            using System.Collections.Generic;
            using System.Threading.Tasks;
            using AiRace.Core;
            public sealed class Odd<T>
            {
                [Currency("CNY")] public decimal Raw { get; set; }
                [Currency("CNY")] public string Label = "";
                [Currency("CNY")] public T Generic = default!;
                [Currency("CNY")] public dynamic Dyn = 1;
                [Currency("CNY")] public Lazy<Money> Lazy { get; } = new(() => Money.Usd(1m));
                [Currency("CNY")] public Task<Money>? Pending { get; set; }
                [Currency("CNY")] public (Money A, Money B) Pair { get; set; }
                [Currency("CNY")] public Dictionary<Money, string> Keys { get; } = new();
                [Currency("CNY")] public List<List<Money>> Nested { get; } = new();
                [Currency("CNY")] public Money[,] Grid = new Money[1, 1];
                [Currency("CNY")] public Money this[[Currency("USD")] Money key] { get => key; set { } }
                [return: Currency("CNY")] public ref Money Slot() => ref _slot;
                private Money _slot;
                [return: Currency("CNY")] public void Nothing() { }
                [return: Currency("CNY")] public (Money, int) Tuple() => (Money.Usd(1m), 1);
                [return: Currency("CNY")] public IAsyncEnumerable<Money> Stream() => null!;
                public void Params([Currency("CNY")] params Money[] items) { }
                public void Span([Currency("CNY")] params ReadOnlySpan<Money> items) { }
                public void M(Money read)
                {
                    Raw = 1m; Label = "x"; Pair = (Money.Usd(1m), read); Pending = Task.FromResult(Money.Usd(1m));
                    Keys[Money.Usd(1m)] = "a"; Nested.Add(new List<Money> { Money.Usd(1m) }); Grid[0, 0] = Money.Usd(1m);
                    this[Money.Cny(1m)] = Money.Usd(1m); Slot() = Money.Usd(1m); ref Money r = ref Slot(); r = Money.Usd(2m);
                    Params(Money.Usd(1m), read); Span(Money.Usd(1m)); Params(); Params(null!);
                    var (a, b) = Tuple(); _ = a > Money.Usd(1m); _ = Lazy.Value > Money.Usd(1m);
                }
            }
            public sealed class Broken
            {
                [Currency] public Money A { get; set; }
                [Currency("CNY", "USD")] public Money B { get; set; }
                [Currency(null)] public Money C { get; set; }
                [Currency(1)] public Money D { get; set; }
                [Currency("CNY")] public event Action? E;
                [Currency("CNY")] [Currency("USD")] public Money F { get; set; }
                public void M() { A = Money.Usd(1m); B = Money.Usd(1m); C = Money.Usd(1m); D = Money.Usd(1m); F = Money.Eur(1m); }
            }
            """);
    }

    [Fact]
    public async Task Params_array_annotated_given_dollars_is_reported()
    {
        var diagnostics = await AllRules.AnalyzeAsync("""
            using AiRace.Core;
            public static class Pay
            {
                public static void All([Currency("CNY")] params Money[] items) { }
                public static void M() => All(Money.Usd(1m), Money.Usd(2m));
            }
            """);
        diagnostics.Select(d => d.Id).Should().Contain("AIR0001");
    }

    [Fact]
    public Task Annotation_on_local_function_parameter_called_with_unknown_is_not_reported() => Files.Verify(
        """
        using System;
        using AiRace.Core;
        public static class Planner
        {
            public static bool Plan(Money read)
            {
                Func<Money, bool> f = ([Currency("CNY")] Money m) => m > Money.Cny(1m);
                return f(read) && Check(read) && f(Money.Cny(1m));
                static bool Check([Currency("CNY")] Money m) => m == Money.Cny(1m);
            }
        }
        """);

    [Fact]
    public Task Lambda_annotated_parameter_given_dollars_through_delegate_local_is_reported() => Files.Verify(
        """
        using System;
        using AiRace.Core;
        public static class Planner
        {
            public static void Plan()
            {
                Action<Money> book = ([Currency("CNY")] Money m) => { };
                book({|AIR0001:Money.Usd(1m)|});
            }
        }
        """);

    [Fact]
    public Task Annotated_indexer_trusted_at_read_is_reported() => Files.Verify(
        """
        using AiRace.Core;
        public sealed class Book
        {
            private readonly Money[] _lines = new Money[4];
            [Currency("CNY")] public Money this[int i] { get => _lines[i]; set => _lines[i] = value; }
        }
        """,
        """
        using AiRace.Core;
        public static class Use { public static bool M(Book b) => {|AIR0001:b[0] > Money.Usd(1m)|}; }
        """);

    [Fact]
    public Task Annotated_property_with_backing_field_assigned_dollars_is_reported() => Files.Verify(
        """
        using AiRace.Core;
        public sealed class Fund
        {
            private Money _cap;
            [Currency("CNY")] public Money Cap { get => _cap; set => _cap = value; }
        }
        """,
        """
        using AiRace.Core;
        public static class Use { public static void M(Fund f, decimal x) => f.Cap = {|AIR0001:Money.Usd(x)|}; }
        """);

    [Fact]
    public Task Annotated_list_coalesce_assigned_collection_expression_of_dollars_is_reported() => Files.Verify(
        """
        using System.Collections.Generic;
        using AiRace.Core;
        public sealed class Ministry
        {
            [Currency("CNY")] private List<Money>? _lines;
            public List<Money> Lines => _lines ??= {|AIR0001:[Money.Usd(1m)]|};
        }
        """);

    [Fact]
    public Task Annotated_this_parameter_of_extension_given_dollars_is_reported() => Files.Verify(
        """
        using AiRace.Core;
        public static class MoneyChecks
        {
            public static bool IsLargeGrant([Currency("CNY")] this Money amount) => amount > Money.Cny(1_000_000m);
        }
        """,
        """
        using AiRace.Core;
        public static class Use { public static bool M(decimal x) => {|AIR0001:Money.Usd(x)|}.IsLargeGrant(); }
        """);

    [Fact]
    public Task Pattern_variable_of_annotated_property_trusted_is_reported() => Files.Verify(
        """
        using AiRace.Core;
        public sealed class Row { [Currency("CNY")] public Money Budget { get; set; } }
        public static class Use
        {
            public static bool M(object o) => o is Row { Budget: var b } && {|AIR0001:b > Money.Usd(1m)|};
        }
        """);

    [Fact]
    public Task ValueTask_constructed_with_dollars_returned_from_annotated_yuan_is_reported() => Files.Verify(
        """
        using System.Threading.Tasks;
        using AiRace.Core;
        public sealed class Store
        {
            [return: Currency("CNY")]
            public ValueTask<Money> PeekAsync() => new ValueTask<Money>({|AIR0001:Money.Usd(1m)|});
        }
        """);

    [Fact]
    public Task Nested_initializer_indexer_write_into_annotated_dictionary_is_reported() => Files.Verify(
        """
        using System.Collections.Generic;
        using AiRace.Core;
        public sealed class Capex
        {
            [Currency("CNY")] public Dictionary<string, Money> ByRegion { get; } = new();
        }
        """,
        """
        using AiRace.Core;
        public static class Seed
        {
            public static Capex Make() => new() { ByRegion = { ["east"] = {|AIR0001:Money.Usd(1m)|} } };
        }
        """);

    [Fact]
    public Task Nested_collection_initializer_into_annotated_list_is_reported() => Files.Verify(
        """
        using System.Collections.Generic;
        using AiRace.Core;
        public sealed class Ministry
        {
            [Currency("CNY")] public List<Money> Lines { get; } = new();
        }
        """,
        """
        using AiRace.Core;
        public static class Seed
        {
            public static Ministry Make() => new() { Lines = { Money.Cny(1m), {|AIR0001:Money.Usd(2m)|} } };
        }
        """);

    [Fact]
    public Task Annotations_of_a_referenced_project_trusted_and_checked_is_reported() => Files.VerifyReferencingProject(
        """
        using AiRace.Core;
        public sealed class Row { [Currency("CNY")] public Money Budget { get; set; } }
        public static class Ledger
        {
            public static void Post([Currency("EUR")] Money amount) { }
            [return: Currency("JPY")] public static Money Fee() => Money.Jpy(1m);
        }
        """,
        """
        using AiRace.Core;
        public static class App
        {
            public static bool Run(Row row)
            {
                row.Budget = {|AIR0001:Money.Usd(1m)|};
                Ledger.Post({|AIR0001:Money.Usd(2m)|});
                return {|AIR0001:Ledger.Fee() > Money.Usd(3m)|};
            }
        }
        """);

    [Fact]
    public Task Annotated_member_of_a_generic_class_is_reported() => Files.Verify(
        """
        using AiRace.Core;
        public sealed class Envelope<TKey>
        {
            public TKey Key { get; set; } = default!;
            [Currency("CNY")] public Money Amount { get; set; }
        }
        """,
        """
        using AiRace.Core;
        public static class Use
        {
            public static bool M(Envelope<string> e)
            {
                e.Amount = {|AIR0001:Money.Eur(1m)|};
                return {|AIR0001:e.Amount > Money.Usd(1m)|};
            }
        }
        """);

    [Fact]
    public Task Annotated_dictionary_iterated_by_KeyValuePair_is_reported() => Files.Verify(
        """
        using System.Collections.Generic;
        using AiRace.Core;
        public sealed class Capex
        {
            [Currency("CNY")] public Dictionary<string, Money> ByRegion { get; } = new();
            public int Over()
            {
                int n = 0;
                foreach (var kv in ByRegion) if ({|AIR0001:kv.Value > Money.Usd(1m)|}) n++;
                foreach (var (region, cap) in ByRegion) if ({|AIR0001:cap > Money.Usd(1m)|}) n++;
                return n;
            }
        }
        """);

    // ---------- what passes on: records deconstructed, implemented parameters, indexers written ----------

    [Fact]
    public Task Record_made_with_yuan_and_deconstructed_is_reported() => Files.Verify(
        """
        using AiRace.Core;
        public sealed record Tranche(int Year, Money Amount);
        public static class Check
        {
            public static bool M()
            {
                var t = new Tranche(2025, Money.Cny(1m));
                var (year, amount) = t;
                return {|AIR0001:amount > Money.Usd(1m)|};
            }
        }
        """);

    [Fact]
    public Task Record_with_its_own_deconstruct_is_not_followed() => Files.Verify(
        """
        using AiRace.Core;
        public sealed record Tranche(int Year, [Currency("CNY")] Money Amount)
        {
            public void Deconstruct(out Money converted, out int year, out string note) { converted = Money.Usd(Amount.Amount / 7m); year = Year; note = "at 7"; }
        }
        public static class Check
        {
            public static bool M(Tranche t)
            {
                var (converted, year, note) = t;
                return converted > Money.Usd(1m);
            }
        }
        """);

    [Fact]
    public Task Implementing_method_parameter_takes_the_interface_annotation_is_reported() => Files.Verify(
        """
        using AiRace.Core;
        public interface IPayer { void Pay(string to, [Currency("EUR")] Money amount); }
        public sealed class Payer : IPayer { public void Pay(string to, Money amount) { } }
        """,
        """
        using AiRace.Core;
        public static class Payroll
        {
            public static void Run(Payer payer) => payer.Pay("x", {|AIR0001:Money.Usd(2m)|});
        }
        """);

    [Fact]
    public Task Implementation_returning_the_interface_currency_is_not_reported() => Files.Verify(
        """
        using AiRace.Core;
        public interface IBudgetSource { [return: Currency("CNY")] Money Total(string ministry); }
        public sealed class Source : IBudgetSource { public Money Total(string ministry) => Money.Cny(1m); }
        public static class Use
        {
            public static bool Big(Source s) => s.Total("x") > Money.Cny(3m);
        }
        """);

    [Fact]
    public Task Annotated_indexer_written_with_dollars_is_reported() => Files.Verify(
        """
        using System.Collections.Generic;
        using AiRace.Core;
        public sealed class Book
        {
            private readonly List<Money> _lines = new();
            [Currency("CNY")] public Money this[int i] { get => _lines[i]; set => _lines[i] = value; }
        }
        public static class Use
        {
            public static void Fill(Book b) => b[0] = {|AIR0001:Money.Usd(1m)|};
        }
        """);

    [Fact]
    public Task Delegate_called_with_conditional_invoke_is_checked_against_its_lambda() => Files.Verify(
        """
        using System;
        using AiRace.Core;
        public static class Payroll
        {
            public static void Run(bool ready)
            {
                Action<Money>? pay = ([Currency("EUR")] Money m) => { };
                pay?.Invoke({|AIR0001:Money.Usd(1m)|});
                pay?.Invoke(Money.Eur(2m));
            }
        }
        """);
}

using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace AiRace.Analyzers.Tests;

/// <summary>
/// AIR0001 across members and files: each form of currency flow (issue 12 §1) in a compilation of several files, once
/// where the currencies are known and differ (reported at the markup) and once where they agree or cannot be known
/// (nothing reported).
/// </summary>
public class CurrencyFlowTests
{
    // ---- fields ----

    [Fact]
    public Task Static_readonly_field_in_another_file_Reports() => Files.Verify(
        """
        using AiRace.Core;
        public static class Limits { public static readonly Money Cap = Money.Cny(100m); }
        """,
        """
        using AiRace.Core;
        class Check { bool Over(decimal x) => {|AIR0001:Money.Usd(x) > Limits.Cap|}; }
        """);

    [Fact]
    public Task Static_field_written_with_another_currency_elsewhere_DoesNotReport() => Files.Verify(
        """
        using AiRace.Core;
        public static class Limits { public static Money Cap = Money.Cny(100m); }
        """,
        """
        using AiRace.Core;
        class Setup { void Reset() => Limits.Cap = Money.Usd(5m); }
        class Check { bool Over(decimal x) => Money.Usd(x) > Limits.Cap; }
        """);

    [Fact]
    public Task Instance_field_written_with_one_currency_Reports() => Files.Verify(
        """
        using AiRace.Core;
        public class Ledger
        {
            private Money _total;
            public Ledger() { _total = Money.Zero(Currency.CNY); }
            public void Add(decimal yuan) { _total += Money.Cny(yuan); }
            public bool Exceeds(Money dollars) => {|AIR0001:_total > Money.Usd(1m)|} || _total > dollars;
        }
        """);

    [Fact]
    public Task Instance_field_written_from_a_parameter_DoesNotReport() => Files.Verify(
        """
        using AiRace.Core;
        public class Ledger
        {
            private Money _total = Money.Cny(0m);
            public void Restore(Money saved) { _total = saved; }
            public bool Exceeds() => _total > Money.Usd(1m);
        }
        """);

    [Fact]
    public Task Public_fields_of_one_name_in_two_types_keep_their_own_writes_Reports() => Files.Verify(
        """
        using AiRace.Core;
        public sealed class Grant { public Money Amount = Money.Cny(1m); }
        public sealed class Loan { public Money Amount = Money.Usd(1m); }
        """,
        """
        using AiRace.Core;
        class Book
        {
            void Set(Grant grant, Loan loan, decimal x) { grant.Amount = Money.Cny(x); loan.Amount = Money.Usd(x); }
            Money Both(Grant grant, Loan loan) => {|AIR0001:grant.Amount + loan.Amount|};
        }
        """);

    [Fact]
    public Task A_ref_alias_of_any_member_of_the_name_makes_the_writes_unknown_DoesNotReport() => Files.Verify(
        """
        using AiRace.Core;
        public sealed class Grant { public Money Amount = Money.Cny(1m); }
        public sealed class Loan { public Money Amount = Money.Usd(1m); }
        """,
        """
        using AiRace.Core;
        class Book
        {
            void Set(Loan loan) { ref Money alias = ref loan.Amount; alias = Money.Eur(1m); }
            Money Both(Grant grant, Loan loan) => grant.Amount + loan.Amount;
        }
        """);

    // ---- properties ----

    [Fact]
    public Task Init_property_set_in_an_object_initializer_in_another_file_Reports() => Files.Verify(
        """
        using AiRace.Core;
        public class Project { public string Name { get; init; } = ""; public Money Budget { get; init; } }
        """,
        """
        using AiRace.Core;
        static class Catalogue
        {
            public static Project Shanghai() => new Project { Name = "Shanghai", Budget = Money.Cny(1_000m) };
            public static Project Lyon() => new() { Name = "Lyon", Budget = Money.Cny(20m) };
        }
        """,
        """
        using AiRace.Core;
        class Review { bool Large(Project p) => {|AIR0001:p.Budget >= Money.Usd(1_000_000m)|}; }
        """);

    [Fact]
    public Task Init_property_set_with_two_currencies_DoesNotReport() => Files.Verify(
        """
        using AiRace.Core;
        public class Project { public Money Budget { get; init; } }
        """,
        """
        using AiRace.Core;
        static class Catalogue
        {
            public static Project A() => new Project { Budget = Money.Cny(1_000m) };
            public static Project B() => new Project { Budget = Money.Usd(20m) };
        }
        class Review { bool Large(Project p) => p.Budget >= Money.Usd(1_000_000m); }
        """);

    [Fact]
    public Task Get_only_and_expression_bodied_properties_Report() => Files.Verify(
        """
        using AiRace.Core;
        public class Plan
        {
            public Money Base { get; } = Money.Eur(10m);
            public Money Doubled => Base * 2m;
            public Money Computed { get { return Money.Eur(1m) + Base; } }
        }
        """,
        """
        using AiRace.Core;
        class Use
        {
            bool M(Plan p) => {|AIR0001:p.Base == Money.Cny(1m)|} || {|AIR0001:p.Doubled < Money.Cny(1m)|} || {|AIR0001:p.Computed.CompareTo(Money.Jpy(1m))|} > 0;
        }
        """);

    [Fact]
    public Task Virtual_and_settable_properties_written_elsewhere_DoesNotReport() => Files.Verify(
        """
        using AiRace.Core;
        public class Plan
        {
            public virtual Money Base => Money.Eur(10m);
            public Money Settable { get; set; } = Money.Eur(1m);
        }
        public class Derived : Plan { public override Money Base => Money.Cny(1m); }
        """,
        """
        using AiRace.Core;
        class Use
        {
            void Load(Plan p, Money read) { p.Settable = read; }
            bool M(Plan p) => p.Base == Money.Cny(1m) || p.Settable < Money.Cny(1m);
        }
        """);

    [Fact]
    public Task Property_with_a_backing_field_written_with_one_currency_Reports() => Files.Verify(
        """
        using AiRace.Core;
        public class Ledger
        {
            private Money _reserve = Money.Eur(250m);
            public Money Reserve { get => _reserve; set => _reserve = value; }
            private Money _paid = Money.Zero(Currency.EUR);
            public Money Paid { get { return _paid; } private set { _paid = value; } }
            public void TopUp() => Reserve = Reserve + Money.Eur(50m);
            public void Pay(Money tranche) => Paid += tranche;
        }
        """,
        """
        using AiRace.Core;
        class Use
        {
            void Load(Ledger l) { l.Reserve = Money.Eur(1m); }
            bool M(Ledger l) => {|AIR0001:l.Reserve > Money.Jpy(1m)|} || {|AIR0001:l.Paid < Money.Usd(1m)|};
        }
        """);

    [Fact]
    public Task Property_with_a_backing_field_written_with_another_currency_or_rewritten_in_its_setter_DoesNotReport() => Files.Verify(
        """
        using AiRace.Core;
        public interface IReserve { Money Held { get; set; } }
        public class Ledger : IReserve
        {
            private Money _reserve = Money.Eur(250m);
            public Money Reserve { get => _reserve; set => _reserve = value; }
            private Money _floor = Money.Eur(10m);
            public Money Floor { get => _floor; set { if (value.IsNegative) { value = Money.Jpy(0m); } _floor = value; } }
            private Money _held = Money.Eur(1m);
            public Money Held { get => _held; set => _held = value; }
        }
        """,
        """
        using AiRace.Core;
        class Use
        {
            void Load(Ledger l, IReserve r) { l.Reserve = Money.Jpy(1m); l.Floor = Money.Eur(2m); r.Held = Money.Jpy(1m); }
            bool M(Ledger l) => l.Reserve > Money.Jpy(1m) || l.Floor > Money.Jpy(1m) || l.Held > Money.Jpy(1m);
        }
        """);

    [Fact]
    public Task Value_of_a_coalescing_assignment_Reports() => Files.Verify(
        """
        using AiRace.Core;
        public sealed class Lazy
        {
            private Money? _cap;
            private static Money? _floor;
            public Money Cap => _cap ??= Money.Cny(1m);
            public static Money Floor() => _floor ??= Money.Jpy(1m);
        }
        """,
        """
        using AiRace.Core;
        class Use
        {
            private Money? _own;
            bool M(Lazy lazy) => {|AIR0001:lazy.Cap > Money.Usd(1m)|} || {|AIR0001:Lazy.Floor() < Money.Eur(1m)|} || {|AIR0001:(_own ??= Money.Cny(1m)) > Money.Usd(1m)|};
        }
        """);

    [Fact]
    public Task Nullable_money_written_with_null_and_one_currency_Reports() => Files.Verify(
        """
        using AiRace.Core;
        public sealed class Draws
        {
            private Money? _last;
            private Money? _first = null;
            public static Money? Pending { get; private set; }
            public void Draw(decimal amount) { _last = Money.Usd(amount); _first ??= Money.Usd(amount); Pending = amount > 0 ? Money.Usd(amount) : null; }
            public void NewYear() { _last = null; _first = default; Pending = default(Money?); }
            public Money LastOrZero() => _last.GetValueOrDefault(Money.Zero(Currency.USD));
            public Money? First() => _first;
            public Money? Either(bool last) => last ? _last : null;
        }
        """,
        """
        using AiRace.Core;
        class Use
        {
            bool M(Draws d) => {|AIR0001:d.LastOrZero() > Money.Cny(1m)|} || {|AIR0001:d.First() > Money.Cny(1m)|} || {|AIR0001:Draws.Pending < Money.Eur(1m)|}
                || {|AIR0001:d.Either(true) > Money.Cny(1m)|};
            bool Local(bool b)
            {
                Money? held = null;
                if (b) held = Money.Jpy(1m);
                return {|AIR0001:held > Money.Usd(1m)|};
            }
        }
        """);

    [Fact]
    public Task Nullable_money_written_with_null_and_unknown_or_two_currencies_DoesNotReport() => Files.Verify(
        """
        using AiRace.Core;
        public sealed class Draws
        {
            private Money? _last;
            private Money? _other;
            public void Draw(Money given) { _last = given; _other = Money.Usd(1m); }
            public void NewYear() { _last = null; _other = null; }
            public void Rebase() => _other = Money.Cny(1m);
            public Money? Last() => _last;
            public Money? Other() => _other;
            public Money? OnlyNull() => null;
        }
        """,
        """
        using AiRace.Core;
        class Use
        {
            bool M(Draws d) => d.Last() > Money.Cny(1m) || d.Other() > Money.Cny(1m) || d.OnlyNull() > Money.Cny(1m);
            bool Local(bool b, Money given)
            {
                Money? held = null;
                if (b) held = given;
                Money? none = default;
                return held > Money.Usd(1m) || none > Money.Usd(1m);
            }
        }
        """);

    [Fact]
    public Task Value_of_a_coalescing_assignment_of_another_or_unknown_currency_DoesNotReport() => Files.Verify(
        """
        using AiRace.Core;
        public sealed class Lazy
        {
            private Money? _cap;
            private Money? _read;
            public Money Cap => _cap ??= Money.Cny(1m);
            public Money Read(Money read) => _read ??= read;
            public void Reset() => _cap = Money.Usd(1m);
        }
        """,
        """
        using AiRace.Core;
        class Use
        {
            bool M(Lazy lazy, Money read) => lazy.Cap > Money.Usd(1m) || lazy.Read(read) > Money.Usd(1m);
        }
        """);

    [Fact]
    public Task Partial_property_computed_in_its_implementing_part_Reports() => Files.Verify(
        """
        using AiRace.Core;
        public static partial class Source { public static partial Money Cap { get; } }
        public partial class Plan { public partial Money Fee { get; } }
        """,
        """
        using AiRace.Core;
        public static partial class Source { public static partial Money Cap => Money.Cny(1m); }
        public partial class Plan { public partial Money Fee { get => Money.Jpy(1m); } }
        class Use { bool M(Plan plan) => {|AIR0001:Source.Cap > Money.Usd(1m)|} || {|AIR0001:plan.Fee < Money.Eur(1m)|}; }
        """);

    [Fact]
    public Task Partial_property_whose_implementing_part_holds_another_value_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using AiRace.Core;
        public partial class Plan
        {
            public partial Money Cap { get; set; }
            public partial Money Fee { get; set; }
            public partial List<Money> Lines { get; }
            public partial Dictionary<string, Money> Caps { get; }
        }
        """,
        """
        using System.Collections.Generic;
        using AiRace.Core;
        public partial class Plan
        {
            private Money _cap = Money.Usd(1m);
            private Money _fee = Money.Usd(1m);
            private readonly List<Money> _lines = new() { Money.Usd(1m) };
            private readonly Dictionary<string, Money> _caps = new() { ["east"] = Money.Usd(1m) };
            public partial Money Cap { get => _cap; set { } }
            public partial Money Fee { get => _fee; set => _fee = value; }
            public partial List<Money> Lines => _lines;
            public partial Dictionary<string, Money> Caps => _caps;
            [Currency("EUR")] public Money Tagged { get; set; }
        }
        class Use
        {
            void Fill(Plan plan) { plan.Cap = Money.Cny(1m); plan.Fee = Money.Cny(1m); plan.Lines.Add(Money.Cny(1m)); plan.Caps["east"] = Money.Cny(1m); }
            bool M(Plan plan) => plan.Cap > Money.Usd(1m) || plan.Fee > Money.Cny(1m) || plan.Lines[0] > Money.Usd(1m) || plan.Caps["east"] > Money.Usd(1m);
        }
        """);

    // A write through an interface the property implements binds to the interface's member, not to the property.
    [Fact]
    public Task Property_written_through_an_interface_it_implements_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using AiRace.Core;
        public interface IPlan { Money Cap { get; set; } }
        public interface IRates { static abstract Money Cap { get; set; } }
        public interface IFund { Money Reserve { get; set; } }
        public sealed class Plan : IPlan { public Money Cap { get; set; } = Money.Cny(1m); }
        public sealed class Rates : IRates { public static Money Cap { get; set; } = Money.Cny(1m); }
        public sealed class Fund : IFund { Money IFund.Reserve { get; set; } = Money.Cny(1m); public Money Held => ((IFund)this).Reserve; }
        public interface ILedger { List<Money> Lines { get; } Dictionary<string, Money> Caps { get; } }
        public sealed class Ledger : ILedger
        {
            public List<Money> Lines { get; } = new() { Money.Cny(1m) };
            public Dictionary<string, Money> Caps { get; } = new() { ["east"] = Money.Cny(1m) };
        }
        public class PlanBase
        {
            private Money _fee = Money.Cny(1m);
            public Money Cap { get; set; } = Money.Cny(1m);
            public Money Fee { get => _fee; set => _fee = value; }
            public List<Money> Lines { get; } = new() { Money.Cny(1m) };
            [Currency("EUR")] public Money Tagged { get; set; }
        }
        public interface IFees { Money Fee { get; set; } }
        public sealed class DerivedPlan : PlanBase, IPlan, IFees, ILedger { public Dictionary<string, Money> Caps { get; } = new(); }
        """,
        """
        using AiRace.Core;
        class Use
        {
            static void Reset(IPlan plan) => plan.Cap = Money.Usd(1m);
            static void Reset<T>() where T : IRates => T.Cap = Money.Usd(1m);
            static void Refill(IFund fund) => fund.Reserve = Money.Usd(1m);
            static void Fill(ILedger ledger) { ledger.Lines.Add(Money.Usd(1m)); ledger.Caps["east"] = Money.Usd(1m); }
            bool Over(Plan plan, Fund fund) => plan.Cap > Money.Usd(1m) || Rates.Cap > Money.Usd(1m) || ((IFund)fund).Reserve > Money.Usd(1m);
            bool Over(Ledger ledger) => ledger.Lines[0] > Money.Usd(1m) || ledger.Caps["east"] > Money.Usd(1m);
            static void Reset(IFees fees) => fees.Fee = Money.Usd(1m);
            bool Over(PlanBase plan) => plan.Cap > Money.Usd(1m) || plan.Fee > Money.Usd(1m) || plan.Lines[0] > Money.Usd(1m);
        }
        """);

    [Fact]
    public Task Property_implementing_an_interface_that_cannot_write_it_Reports() => Files.Verify(
        """
        using AiRace.Core;
        public interface IPlan { Money Cap { get; } }
        public interface IBook { Money Cap { get; set; } }
        public sealed class Plan : IPlan { public Money Cap { get; set; } = Money.Cny(1m); }
        public sealed class Book { public Money Cap { get; set; } = Money.Cny(1m); }
        """,
        """
        using AiRace.Core;
        class Use
        {
            static void Reset(IBook book) => book.Cap = Money.Usd(1m);
            bool Over(Plan plan, Book book) => {|AIR0001:plan.Cap > Money.Usd(1m)|} || {|AIR0001:book.Cap > Money.Usd(1m)|};
        }
        """);

    // A deserializer or a configuration binder fills objects with values read from a file: no write of the compilation
    // states them.
    [Fact]
    public Task Members_of_types_a_deserializer_fills_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using AiRace.Core;
        public sealed class Fund { public Money Reserve { get; set; } = Money.Cny(1m); }
        public sealed record Budget(Money Cap);
        public sealed class Portfolio { public List<Grant> Grants { get; set; } = new(); }
        public sealed class Grant { public Money Amount { get; init; } = Money.Cny(1m); public List<Money> Tranches { get; } = new() { Money.Cny(1m) }; }
        public sealed class Settings { public Money Ceiling { get; set; } = Money.Cny(1m); }
        public sealed class Filed { public Money Levy = Money.Cny(1m); }
        public static class Make { public static Budget Default() => new(Money.Cny(1m)); }
        """,
        """
        using System.IO;
        using System.Text.Json;
        using System.Xml.Serialization;
        using AiRace.Core;
        static class Files
        {
            public static T Load<T>(string path) => JsonSerializer.Deserialize<T>(File.ReadAllText(path))!;
            public static void Bind(object target) { }
        }
        class Use
        {
            bool A(string json) => JsonSerializer.Deserialize<Fund>(json)!.Reserve > Money.Usd(1m);
            bool B(string json) => JsonSerializer.Deserialize<Budget>(json)!.Cap > Money.Usd(1m);
            bool C(string path) => Files.Load<Portfolio>(path).Grants[0].Amount > Money.Usd(1m) || Files.Load<Portfolio>(path).Grants[0].Tranches[0] > Money.Usd(1m);
            bool D(Settings settings) { Files.Bind(settings); return settings.Ceiling > Money.Usd(1m); }
            bool E(Stream stream) => ((Filed)new XmlSerializer(typeof(Filed)).Deserialize(stream)!).Levy > Money.Usd(1m);
        }
        """);

    [Fact]
    public Task Members_of_types_filled_through_an_interface_helper_a_runtime_type_or_a_method_group_DoesNotReport() => Files.Verify(
        """
        using AiRace.Core;
        public sealed class Fund { public Money Reserve { get; set; } = Money.Cny(1m); }
        public sealed class Grant { public Money Amount { get; set; } = Money.Cny(1m); }
        public sealed class Levy { public Money Due { get; set; } = Money.Cny(1m); }
        """,
        """
        using System;
        using System.Linq;
        using System.Text.Json;
        using AiRace.Core;
        public interface IStore { T Load<T>(string json); }
        public sealed class FileStore : IStore { public T Load<T>(string json) => JsonSerializer.Deserialize<T>(json)!; }
        class Use
        {
            bool A(IStore store, string json) => store.Load<Fund>(json).Reserve > Money.Usd(1m);
            bool B(string json, Type type) => ((Grant)JsonSerializer.Deserialize(json, type)!).Amount > Money.Usd(1m);
            bool C(string line)
            {
                Func<string, JsonSerializerOptions?, Levy?> parse = JsonSerializer.Deserialize<Levy>;
                return parse(line, null)!.Due > Money.Usd(1m);
            }
        }
        """);

    [Fact]
    public Task Members_a_deserializer_cannot_fill_Report() => Files.Verify(
        """
        using AiRace.Core;
        public sealed class Fund
        {
            public static Money Floor { get; set; } = Money.Cny(1m);
            public Money Reserve { get; set; } = Money.Cny(1m);
            public Money Doubled => Money.Cny(2m);
        }
        public sealed class Kept { public Money Reserve { get; set; } = Money.Cny(1m); }
        public sealed record Budget(Money Cap);
        public static class Make { public static Budget Default() => new(Money.Cny(1m)); }
        """,
        """
        using System.Text.Json;
        using AiRace.Core;
        class Use
        {
            bool A(string json) => {|AIR0001:JsonSerializer.Deserialize<Fund>(json)!.Doubled > Money.Usd(1m)|} && {|AIR0001:Fund.Floor > Money.Usd(1m)|};
            bool B(Kept kept, string json) => {|AIR0001:kept.Reserve > Money.Usd(1m)|} && JsonSerializer.Serialize(kept).Length > 0;
            bool C() => {|AIR0001:Make.Default().Cap > Money.Usd(1m)|};
            bool D(Fund fund) => {|AIR0001:fund.Doubled < Money.Eur(1m)|} || fund.Reserve > Money.Usd(1m);
        }
        """);

    // what the libraries that fill objects declare, as far as the tests need it (the real packages are not referenced)
    private const string FillingLibraries =
        """
        namespace Microsoft.Extensions.Configuration
        {
            public interface IConfiguration { }
            public static class ConfigurationBinder
            {
                public static T? Get<T>(this IConfiguration configuration) => default;
                public static T? GetValue<T>(this IConfiguration configuration, string key) => default;
            }
        }
        namespace Microsoft.Extensions.Options
        {
            public interface IOptions<out T> where T : class { T Value { get; } }
            public interface IOptionsMonitor<out T> { T CurrentValue { get; } }
        }
        namespace Microsoft.Extensions.DependencyInjection
        {
            public interface IServiceCollection { }
            public static class OptionsConfigurationServiceCollectionExtensions
            {
                public static IServiceCollection Configure<T>(this IServiceCollection services, Microsoft.Extensions.Configuration.IConfiguration section) where T : class => services;
            }
        }
        namespace Newtonsoft.Json.Linq
        {
            public class JToken { public T? ToObject<T>() => default; }
        }
        namespace CsvHelper
        {
            public class CsvReader { public System.Collections.Generic.IEnumerable<T> GetRecords<T>() => System.Array.Empty<T>(); }
        }
        namespace Dapper
        {
            public static class SqlMapper
            {
                public static System.Collections.Generic.IEnumerable<T> Query<T>(this object connection, string sql) => System.Array.Empty<T>();
            }
        }
        namespace Microsoft.EntityFrameworkCore
        {
            public class DbSet<T> where T : class { }
            public class DbContext { public DbSet<T> Set<T>() where T : class => new(); }
        }
        namespace Microsoft.AspNetCore.Mvc
        {
            public abstract class ControllerBase { }
            public sealed class FromBodyAttribute : System.Attribute { }
            public sealed class BindPropertyAttribute : System.Attribute { }
            public sealed class BindPropertiesAttribute : System.Attribute { }
            public sealed class FromServicesAttribute : System.Attribute { }
        }
        namespace Microsoft.AspNetCore.Mvc.RazorPages
        {
            public abstract class PageModel { }
        }
        namespace Microsoft.AspNetCore.Builder
        {
            public sealed class WebApplication { }
            public static class EndpointRouteBuilderExtensions
            {
                public static WebApplication MapPost(this WebApplication app, string pattern, System.Delegate handler) => app;
            }
        }
        """;

    [Fact]
    public Task Members_of_types_a_library_fills_DoesNotReport() => Files.Verify(
        FillingLibraries,
        """
        using AiRace.Core;
        public sealed class Settings { public Money Ceiling { get; set; } = Money.Cny(1m); }
        public sealed class Limits { public Money Cap { get; set; } = Money.Cny(1m); }
        public sealed class Quota { public Money Floor { get; set; } = Money.Cny(1m); }
        public sealed class Grant { public Money Amount { get; set; } = Money.Cny(1m); }
        public sealed class Row { public Money Value { get; set; } = Money.Cny(1m); }
        public sealed class Entry { public Money Amount { get; set; } = Money.Cny(1m); }
        public sealed class Account { public Money Balance { get; set; } = Money.Cny(1m); }
        public sealed class Payment { public Money Paid { get; set; } = Money.Cny(1m); }
        public sealed class Order { public Money Total { get; set; } = Money.Cny(1m); }
        public sealed class Invoice { public Money Due { get; set; } = Money.Cny(1m); }
        public sealed class Claim { public Money Sum { get; set; } = Money.Cny(1m); }
        public sealed class Pledge { public Money Pledged { get; set; } = Money.Cny(1m); }
        """,
        """
        using System.Linq;
        using AiRace.Core;
        using CsvHelper;
        using Dapper;
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Mvc;
        using Microsoft.EntityFrameworkCore;
        using Microsoft.Extensions.Configuration;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.Extensions.Options;
        using Newtonsoft.Json.Linq;
        public sealed class Ledger : DbContext { public DbSet<Account> Accounts => Set<Account>(); }
        public sealed class Checks(IOptions<Limits> limits)
        {
            public bool Over(Money spent) => limits.Value.Cap < Money.Usd(1m) || spent.IsZero;
        }
        public sealed class FundsController : ControllerBase
        {
            public bool Post(Order order) => order.Total > Money.Usd(1m);
        }
        public sealed class LimitPage
        {
            [BindProperty] public Money Limit { get; set; } = Money.Cny(1m);
            public bool Over() => Limit > Money.Usd(1m);
        }
        [BindProperties]
        public sealed class CeilingPage { public Money Ceiling { get; set; } = Money.Cny(1m); public bool Over() => Ceiling > Money.Usd(1m); }
        public sealed class PledgePage : Microsoft.AspNetCore.Mvc.RazorPages.PageModel
        {
            public bool OnPost(Pledge pledge) => pledge.Pledged > Money.Usd(1m);
        }
        class Use
        {
            bool A(IConfiguration configuration) => configuration.Get<Settings>()!.Ceiling > Money.Usd(1m);
            bool B(IServiceCollection services, IConfiguration section, Quota quota) => services.Configure<Quota>(section) is not null && quota.Floor > Money.Usd(1m);
            bool C(JToken token) => token.ToObject<Grant>()!.Amount > Money.Usd(1m);
            bool D(CsvReader csv) => csv.GetRecords<Row>().First().Value > Money.Usd(1m);
            bool E(object connection) => connection.Query<Entry>("select amount from entries").First().Amount > Money.Usd(1m);
            bool F(Account account, Ledger ledger) => account.Balance > Money.Usd(1m) && ledger.Set<Payment>() is not null;
            bool G(Payment payment) => payment.Paid > Money.Usd(1m);
            bool H([FromBody] Invoice invoice) => invoice.Due > Money.Usd(1m);
            void I(WebApplication app) => app.MapPost("/claims", (Claim claim) => claim.Sum > Money.Usd(1m));
        }
        """);

    [Fact]
    public Task Members_of_types_derived_from_or_implementing_a_deserialized_type_DoesNotReport() => Files.Verify(
        """
        using AiRace.Core;
        public abstract class PlanBase { }
        public sealed class Plan : PlanBase { public Money Cap { get; set; } = Money.Cny(1m); }
        public interface ILevy { }
        public sealed class Levy : ILevy { public Money Due { get; set; } = Money.Cny(1m); }
        public sealed class Book { public System.Collections.Generic.List<PlanBase> Plans { get; } = new(); }
        public class Entry { }
        public sealed class Credit : Entry { public Money Amount { get; set; } = Money.Cny(1m); }
        public class Fund { }
        public sealed class BondFund : Fund { public Terms Terms { get; set; } = new(); }
        public sealed class Terms { public Money Fee { get; set; } = Money.Cny(1m); }
        """,
        """
        using System.Text.Json;
        using AiRace.Core;
        class Use
        {
            bool A(string json, Plan plan) => JsonSerializer.Deserialize<PlanBase>(json) is not null && plan.Cap > Money.Usd(1m);
            bool B(string json, Levy levy) => JsonSerializer.Deserialize<ILevy>(json) is not null && levy.Due > Money.Usd(1m);
            bool C(string json, Credit credit) => JsonSerializer.Deserialize<Book[]>(json) is not null && JsonSerializer.Deserialize<Entry>(json) is not null && credit.Amount > Money.Usd(1m);
            bool D(string json, BondFund bond) => JsonSerializer.Deserialize<Fund>(json) is not null && bond.Terms.Fee > Money.Usd(1m);
        }
        """);

    [Fact]
    public Task Members_of_types_no_library_fills_Report() => Files.Verify(
        FillingLibraries,
        """
        using AiRace.Core;
        public sealed class Stock { public Money Held { get; set; } = Money.Cny(1m); }
        public sealed class Order { public Money Total { get; set; } = Money.Cny(1m); }
        public abstract class PlanBase { public Money Floor { get; set; } = Money.Cny(1m); }
        public sealed class Plan : PlanBase { public Money Cap { get; set; } = Money.Cny(1m); }
        public sealed class OtherPlan : PlanBase { public Money Cap { get; set; } = Money.Cny(1m); }
        public sealed class Limits { public Money Cap { get; set; } = Money.Cny(1m); }
        public interface IClaimStore { Money Limit { get; } }
        public sealed class SqlClaimStore : IClaimStore { public Money Limit { get; } = Money.Cny(1m); public Money Floor { get; set; } = Money.Cny(1m); }
        public sealed class Ledger { public Money Held { get; set; } = Money.Cny(1m); }
        """,
        """
        using System.Text.Json;
        using AiRace.Core;
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Mvc;
        public sealed class Repository { public T Get<T>() where T : new() => new(); }
        public sealed class OrderService { public bool Post(Order order) => {|AIR0001:order.Total > Money.Usd(1m)|}; }
        public abstract class Screen : ControllerBase { public static bool Check(Limits limits) => {|AIR0001:limits.Cap > Money.Usd(1m)|}; }
        class Use
        {
            bool A(Repository repository) => {|AIR0001:repository.Get<Stock>().Held > Money.Usd(1m)|};
            bool B(string json, OtherPlan other) => JsonSerializer.Deserialize<Plan>(json) is not null && {|AIR0001:other.Cap > Money.Usd(1m)|};
            void C(WebApplication app) => app.MapPost("/claims", (IClaimStore store, [FromServices] Ledger ledger) => store.Limit > Money.Usd(1m) && ledger.Held.IsZero);
            bool D(SqlClaimStore store, Ledger ledger) => {|AIR0001:store.Floor > Money.Usd(1m)|} || {|AIR0001:ledger.Held > Money.Usd(1m)|};
        }
        """);

    [Fact]
    public Task Members_written_through_reflection_DoesNotReport() => Files.Verify(
        """
        using AiRace.Core;
        public sealed class Fund { public Money Reserve { get; set; } = Money.Cny(1m); }
        public sealed class Grant { public Money Amount { get; set; } = Money.Cny(1m); }
        public static class Rates { public static Money Base = Money.Cny(1m); }
        public sealed class Ledger
        {
            private Money _cap = Money.Cny(1m);
            public bool Over(decimal x) => Money.Usd(x) > _cap;
        }
        public sealed record Budget(Money Cap);
        public static class Budgets { public static Budget Default() => new(Money.Cny(1m)); }
        public sealed class Award { public Money Amount { get; init; } }
        """,
        """
        using System;
        using System.Reflection;
        using AiRace.Core;
        public static class Overrides
        {
            public static void A(Fund fund) => typeof(Fund).GetProperty(nameof(Fund.Reserve))!.SetValue(fund, Money.Usd(1m));
            public static void B(Ledger ledger) => typeof(Ledger).GetField("_cap", BindingFlags.NonPublic | BindingFlags.Instance)!.SetValue(ledger, Money.Usd(1m));
            public static Budget C(decimal amount) => (Budget)Activator.CreateInstance(typeof(Budget), Money.Usd(amount))!;
            public static readonly Action<Grant, Money> D = typeof(Grant).GetProperty(nameof(Grant.Amount))!.GetSetMethod()!.CreateDelegate<Action<Grant, Money>>();
            public static void E() => typeof(Rates).GetField(nameof(Rates.Base))!.SetValue(null, Money.Usd(1m));
        }
        class Use
        {
            bool A(Fund fund, Budget budget, Grant grant) =>
                fund.Reserve > Money.Usd(1m) || budget.Cap > Money.Usd(1m) || grant.Amount > Money.Usd(1m) || Rates.Base > Money.Usd(1m);
            bool B()
            {
                var award = new Award { Amount = Money.Cny(100m) };
                typeof(Award).GetProperty(nameof(Award.Amount))!.SetValue(award, Money.Usd(14m));
                return award.Amount > Money.Usd(10m);
            }
        }
        """);

    [Fact]
    public Task Members_of_any_type_when_reflection_writes_an_object_DoesNotReport() => Files.Verify(
        """
        using System.Linq;
        using AiRace.Core;
        public sealed class Fund { public Money Reserve { get; set; } = Money.Cny(1m); }
        public static class Resetter
        {
            public static void ZeroInDollars(object target)
            {
                foreach (var property in target.GetType().GetProperties().Where(p => p.PropertyType == typeof(Money) && p.CanWrite))
                {
                    property.SetValue(target, Money.Zero(Currency.USD));
                }
            }
        }
        class Use { bool A(Fund fund) => fund.Reserve > Money.Usd(1m); }
        """);

    [Fact]
    public Task Members_reflection_does_not_write_Report() => Files.Verify(
        """
        using AiRace.Core;
        public sealed class Fund { public Money Reserve { get; set; } = Money.Cny(1m); }
        public sealed class Grant { public Money Amount { get; set; } = Money.Cny(1m); }
        public sealed record Budget(Money Cap);
        public static class Budgets { public static Budget Default() => new(Money.Cny(1m)); }
        public static class Rates { public static Money Base = Money.Cny(1m); }
        public static class Fees { public static Money Base = Money.Cny(1m); }
        public static class Reader
        {
            public static object? Peek(Grant grant) => typeof(Grant).GetProperty(nameof(Grant.Amount))!.GetValue(grant);
            public static void Fill(object[] slots) => slots.SetValue(Money.Usd(1m), 0);
            public static object Blank() => System.Activator.CreateInstance(typeof(Budget))! ?? System.Array.CreateInstance(typeof(Fund), 3);
            public static void Rebase() => typeof(Rates).GetField(nameof(Rates.Base))!.SetValue(null, Money.Usd(1m));
            public static string Show(object target) { dynamic fund = target; return fund.Reserve.ToString(); }
        }
        class Use
        {
            bool A(Fund fund, Grant grant) => {|AIR0001:fund.Reserve > Money.Usd(1m)|} || {|AIR0001:grant.Amount > Money.Usd(1m)|};
            bool B(Budget budget) => {|AIR0001:budget.Cap > Money.Usd(1m)|} || {|AIR0001:Fees.Base > Money.Usd(1m)|};
        }
        """);

    [Fact]
    public Task Member_written_through_a_dynamic_target_DoesNotReport() => Files.Verify(
        """
        using AiRace.Core;
        public sealed class Fund { public Money Reserve { get; set; } = Money.Cny(1m); }
        public static class Overrides { public static void ToDollars(object target) { dynamic fund = target; fund.Reserve = Money.Usd(1m); } }
        class Use { bool A(Fund fund) => fund.Reserve > Money.Usd(1m); }
        """);

    [Fact]
    public Task Field_taken_by_typed_reference_or_address_DoesNotReport() => Files.VerifyUnsafe(
        """
        using AiRace.Core;
        public sealed class Ledger
        {
            private Money _cap = Money.Cny(1m);
            private Money _floor = Money.Cny(1m);
            public bool Over(decimal x) => Money.Usd(x) > _cap || Money.Usd(x) < _floor;
            public void CapInDollars() { System.TypedReference slot = __makeref(_cap); __refvalue(slot, Money) = Money.Usd(1m); }
            public unsafe void FloorInDollars() { fixed (Money* floor = &_floor) { *floor = Money.Usd(1m); } }
        }
        """);

    // ---- constants ----

    [Fact]
    public Task Constant_codes_and_currency_fields_Report() => Files.Verify(
        """
        using AiRace.Core;
        public static class Codes
        {
            public const string Home = "CNY";
            public static readonly Currency Reporting = Currency.USD;
        }
        """,
        """
        using AiRace.Core;
        class Use
        {
            bool M(decimal a, decimal b) => {|AIR0001:Money.Of(a, Codes.Home) > Money.Of(b, Codes.Reporting)|};
        }
        """);

    [Fact]
    public Task Currency_field_assigned_at_run_time_DoesNotReport() => Files.Verify(
        """
        using AiRace.Core;
        public static class Codes
        {
            public static Currency Reporting = Currency.USD;
            public static void Configure(string code) => Reporting = Currency.FromCode(code);
        }
        """,
        """
        using AiRace.Core;
        class Use { bool M(decimal a, decimal b) => Money.Of(a, Currency.CNY) > Money.Of(b, Codes.Reporting); }
        """);

    // ---- method and local-function returns ----

    [Fact]
    public Task Method_whose_returns_agree_Reports() => Files.Verify(
        """
        using AiRace.Core;
        public static class Rates
        {
            public static Money Threshold(bool strict)
            {
                if (strict) { return Money.Cny(5m); }
                return Money.Of(10m, Currency.CNY);
            }
        }
        """,
        """
        using AiRace.Core;
        class Use
        {
            bool M(decimal usd)
            {
                Money Local() => Money.Jpy(3m);
                return {|AIR0001:Rates.Threshold(true) < Money.Usd(usd)|} || {|AIR0001:Local() == Money.Usd(usd)|};
            }
        }
        """);

    [Fact]
    public Task Method_whose_returns_differ_DoesNotReport() => Files.Verify(
        """
        using AiRace.Core;
        public static class Rates
        {
            public static Money Threshold(bool strict) => strict ? Money.Cny(5m) : Money.Usd(1m);
            public static Money Echo(Money m) => m;
            public static Money Abroad(bool b) { if (b) { return Money.Eur(1m); } return Money.Cny(1m); }
        }
        """,
        """
        using AiRace.Core;
        class Use
        {
            bool M(Money any) => Rates.Threshold(true) < Money.Usd(1m) || Rates.Echo(any) < Money.Usd(1m) || Rates.Abroad(false) > Money.Usd(1m);
        }
        """);

    // ---- records and primary constructors ----

    [Fact]
    public Task Record_primary_constructor_parameter_Reports() => Files.Verify(
        """
        using AiRace.Core;
        public sealed record Grant(string Region, Money Amount);
        """,
        """
        using AiRace.Core;
        static class Grants
        {
            public static Grant North() => new Grant("north", Money.Cny(10m));
            public static Grant South() => new("south", Money.Of(20m, Currency.CNY));
            public static Grant Raised(Grant g) => g with { Amount = g.Amount * 2m };
        }
        """,
        """
        using AiRace.Core;
        class Audit { bool Big(Grant g) => {|AIR0001:g.Amount > Money.Usd(100m)|}; }
        """);

    [Fact]
    public Task Record_constructed_with_two_currencies_or_unknown_DoesNotReport() => Files.Verify(
        """
        using AiRace.Core;
        public sealed record Grant(string Region, Money Amount);
        public sealed class Holder(Money held) { public bool Big() => held > Money.Usd(1m); public void Set(Money m) => held = m; }
        """,
        """
        using AiRace.Core;
        static class Grants
        {
            public static Grant North() => new Grant("north", Money.Cny(10m));
            public static Grant FromFile(Money read) => new Grant("file", read);
            public static Holder H() => new Holder(Money.Cny(1m));
        }
        class Audit { bool Big(Grant g) => g.Amount > Money.Usd(100m); }
        """);

    [Fact]
    public Task Class_primary_constructor_parameter_Reports() => Files.Verify(
        """
        using AiRace.Core;
        public sealed class Wallet(Money cash)
        {
            public bool CanPay(decimal dollars) => {|AIR0001:cash >= Money.Usd(dollars)|};
        }
        """,
        """
        using AiRace.Core;
        static class Wallets { public static Wallet Make() => new Wallet(Money.Eur(5m)); }
        """);

    // ---- tuples ----

    [Fact]
    public Task Tuple_from_a_helper_and_its_deconstruction_Report() => Files.Verify(
        """
        using AiRace.Core;
        public static class Split
        {
            public static (Money Domestic, Money Foreign) Of(decimal total) => (Money.Cny(total * 0.8m), Money.Usd(total * 0.2m));
        }
        """,
        """
        using AiRace.Core;
        class Use
        {
            bool M()
            {
                var parts = Split.Of(10m);
                var (domestic, foreign) = Split.Of(20m);
                return {|AIR0001:parts.Domestic > parts.Foreign|} || {|AIR0001:domestic == foreign|} || {|AIR0001:parts.Item1 < foreign|};
            }
        }
        """);

    [Fact]
    public Task Tuple_elements_in_one_currency_DoesNotReport() => Files.Verify(
        """
        using AiRace.Core;
        public static class Split
        {
            public static (Money Low, Money High) Band(decimal mid) => (Money.Cny(mid - 1m), Money.Cny(mid + 1m));
            public static (Money A, Money B) Unknown(Money a) => (a, Money.Usd(1m));
        }
        """,
        """
        using AiRace.Core;
        class Use
        {
            bool M()
            {
                var (low, high) = Split.Band(5m);
                var u = Split.Unknown(Money.Cny(1m));
                return low < high || u.A > u.B;
            }
        }
        """);

    [Fact]
    public Task Tuple_nested_in_the_tuples_a_helper_returns_Reports() => Files.Verify(
        """
        using AiRace.Core;
        public static class Regions
        {
            public static (string Region, (Money Cap, Money Spent) Budget) East(bool audited) =>
                audited ? ("east", (Money.Cny(10m), Money.Cny(4m))) : ("east", (Money.Cny(9m), Money.Cny(3m)));

            public static (string Region, (Money Cap, Money Spent) Budget) West()
            {
                if (System.DateTime.Today.Year > 2030)
                {
                    return ("west", (Money.Usd(1m), Money.Usd(2m)));
                }

                return ("west", (Money.Usd(5m), Money.Usd(6m)));
            }
        }
        """,
        """
        using AiRace.Core;
        class Use
        {
            bool M()
            {
                var east = Regions.East(true);
                return {|AIR0001:east.Budget.Cap > Regions.West().Budget.Spent|} || {|AIR0001:Regions.West().Budget.Item1 == east.Budget.Item2|};
            }
        }
        """);

    [Fact]
    public Task Tuple_nested_in_the_tuples_a_helper_returns_DoesNotReport() => Files.Verify(
        """
        using AiRace.Core;
        public class Regions
        {
            public static (string Region, (Money Cap, Money Spent) Budget) Mixed(bool yuan) =>
                yuan ? ("east", (Money.Cny(10m), Money.Cny(4m))) : ("east", (Money.Usd(9m), Money.Usd(3m)));

            public static (string Region, (Money Cap, Money Spent) Budget) Passed((Money Cap, Money Spent) budget) => ("west", budget);

            public static (string Region, (Money Cap, Money Spent) Budget) Same() => ("north", (Money.Cny(1m), Money.Cny(2m)));

            public virtual (string Region, (Money Cap, Money Spent) Budget) Overridable() => ("south", (Money.Cny(1m), Money.Cny(2m)));
        }
        """,
        """
        using AiRace.Core;
        class Use
        {
            bool M(Regions regions)
            {
                var mixed = Regions.Mixed(false);
                var passed = Regions.Passed((Money.Usd(1m), Money.Usd(2m)));
                return mixed.Budget.Cap > Money.Usd(1m) || passed.Budget.Cap > Money.Usd(1m)
                    || Regions.Same().Budget.Cap < Regions.Same().Budget.Spent || regions.Overridable().Budget.Cap > Money.Usd(1m);
            }
        }
        """);

    // ---- conditional and switch expressions ----

    [Fact]
    public Task Conditional_and_switch_arms_that_agree_Report() => Files.Verify(
        """
        using AiRace.Core;
        public static class Quotas
        {
            public static Money For(string region) => region switch
            {
                "east" => Money.Cny(100m),
                "west" => Money.Cny(80m),
                _ => throw new System.ArgumentException(region),
            };
        }
        """,
        """
        using AiRace.Core;
        class Use
        {
            bool M(bool big, string region)
            {
                var limit = big ? Money.Usd(10m) : Money.Of(1m, "USD");
                return {|AIR0001:Quotas.For(region) > limit|};
            }
        }
        """);

    [Fact]
    public Task Conditional_and_switch_arms_that_differ_DoesNotReport() => Files.Verify(
        """
        using AiRace.Core;
        public static class Quotas
        {
            public static Money For(string region) => region switch
            {
                "east" => Money.Cny(100m),
                _ => Money.Usd(80m),
            };
        }
        """,
        """
        using AiRace.Core;
        class Use
        {
            bool M(bool big, string region, Money any)
            {
                var limit = big ? Money.Usd(10m) : any;
                return Quotas.For(region) > Money.Usd(1m) || limit < Money.Cny(1m);
            }
        }
        """);

    // ---- arrays, lists, dictionaries, foreach ----

    [Fact]
    public Task Array_and_list_elements_Report() => Files.Verify(
        """
        using System.Collections.Generic;
        using AiRace.Core;
        public static class Tranches
        {
            public static readonly Money[] Yuan = { Money.Cny(1m), Money.Cny(2m) };
            public static readonly List<Money> Dollars = new() { Money.Usd(1m) };
            public static void More() => Dollars.Add(Money.Usd(3m));
        }
        """,
        """
        using System.Linq;
        using AiRace.Core;
        class Use
        {
            bool M() => {|AIR0001:Tranches.Yuan[0] > Tranches.Dollars[0]|} || {|AIR0001:Tranches.Yuan.First() == Tranches.Dollars.Last()|}
                || {|AIR0001:Tranches.Dollars.Where(d => d > Money.Usd(0m)).Max() < Tranches.Yuan[1]|};
        }
        """);

    [Fact]
    public Task List_that_other_code_may_fill_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using AiRace.Core;
        public static class Tranches
        {
            public static readonly List<Money> Dollars = new() { Money.Usd(1m) };
            public static void Load(Money read) => Dollars.Add(read);
            public static readonly List<Money> Passed = new() { Money.Usd(1m) };
            public static IList<Money>? Kept;
            public static void Fill(IList<Money> sink) { Kept = sink; }
            public static void Hand() => Fill(Passed);
        }
        """,
        """
        using AiRace.Core;
        class Use { bool M() => Tranches.Dollars[0] > Money.Cny(1m) || Tranches.Passed[0] > Money.Cny(1m); }
        """);

    [Fact]
    public Task Dictionary_values_and_foreach_Report() => Files.Verify(
        """
        using System.Collections.Generic;
        using AiRace.Core;
        public sealed class Budgets
        {
            public Dictionary<string, Money> ByRegion { get; } = new() { ["east"] = Money.Cny(10m) };
            public void Set(string region, decimal yuan) => ByRegion[region] = Money.Cny(yuan);
        }
        """,
        """
        using AiRace.Core;
        class Use
        {
            bool M(Budgets b)
            {
                foreach (var (region, budget) in b.ByRegion)
                {
                    if ({|AIR0001:budget > Money.Usd(1m)|}) { return true; }
                }

                foreach (var pair in b.ByRegion) { if ({|AIR0001:pair.Value == Money.Eur(1m)|}) { return true; } }
                return b.ByRegion.TryGetValue("east", out var east) && {|AIR0001:east < Money.Usd(5m)|};
            }
        }
        """);

    [Fact]
    public Task Dictionary_with_values_of_two_currencies_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using AiRace.Core;
        public sealed class Budgets
        {
            public Dictionary<string, Money> ByRegion { get; } = new() { ["east"] = Money.Cny(10m), ["us"] = Money.Usd(3m) };
        }
        """,
        """
        using AiRace.Core;
        class Use
        {
            bool M(Budgets b)
            {
                foreach (var (region, budget) in b.ByRegion) { if (budget > Money.Usd(1m)) { return true; } }
                return false;
            }
        }
        """);

    [Fact]
    public Task Collection_read_elsewhere_by_its_properties_and_foreach_Reports() => Files.Verify(
        """
        using System.Collections.Generic;
        using AiRace.Core;
        public sealed partial class Desk
        {
            private readonly Dictionary<string, Money> _byRegion = new() { ["east"] = Money.Cny(1m) };
            private readonly List<Money> _grants = new();
            private readonly Money[] _quarters = { Money.Cny(1m), Money.Cny(2m) };

            public void Set(string region, decimal yuan)
            {
                _byRegion[region] = Money.Cny(yuan);
                _grants.Add(Money.Cny(yuan));
            }
        }
        """,
        """
        using AiRace.Core;
        public sealed partial class Desk
        {
            public bool Over()
            {
                foreach (var value in _byRegion.Values)
                {
                    if ({|AIR0001:value > Money.Usd(1m)|}) { return true; }
                }

                foreach (var grant in this._grants)
                {
                    if ({|AIR0001:grant > Money.Eur(1m)|}) { return true; }
                }

                foreach (var quarter in _quarters)
                {
                    if ({|AIR0001:quarter > Money.Usd(2m)|}) { return true; }
                }

                return _byRegion.Count + _byRegion.Keys.Count + _grants.Count + _quarters.Length > 3
                    && {|AIR0001:_grants[0] == Money.Usd(3m)|};
            }
        }
        """);

    [Fact]
    public Task Collection_changed_by_a_method_of_its_own_type_elsewhere_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using AiRace.Core;
        public sealed class Bag : List<Money>
        {
            public int Total => Count;
            public void AddDollar() => Add(Money.Usd(1m));
        }

        public sealed partial class Desk
        {
            private readonly Bag _bag = new() { Money.Cny(1m) };
            public void Grow() => _bag.AddDollar();
        }
        """,
        """
        using AiRace.Core;
        public sealed partial class Desk
        {
            public bool Over()
            {
                foreach (var item in _bag)
                {
                    if (item > Money.Usd(1m) && _bag.Total > 1) { return true; }
                }

                return false;
            }
        }
        """);

    // C# 14 extension members (LanguageVersion.Preview of the tests' Roslyn 4.14; C# 14 in the 10.0.4xx compiler).
    [Fact]
    public Task List_written_through_an_extension_member_elsewhere_DoesNotReport() => Files.VerifyPreview(
        """
        using System.Collections.Generic;
        using AiRace.Core;
        public static class Book
        {
            public static readonly List<Money> Yuan = new() { Money.Cny(1m), Money.Cny(2m) };
            public static readonly List<Money> Yen = new() { Money.Jpy(1m), Money.Jpy(2m) };
        }
        public static class ListExtensions
        {
            extension(List<Money> list)
            {
                public Money Head { get => list[0]; set => list[0] = value; }
                public void Replace(Money with) => list[^1] = with;
            }
        }
        """,
        """
        using AiRace.Core;
        class Use
        {
            void Reset()
            {
                Book.Yuan.Head = Money.Usd(5m);
                Book.Yen.Replace(Money.Usd(6m));
            }

            bool Over() => Book.Yuan[1] > Money.Usd(1m) || Book.Yen[1] > Money.Usd(1m);
        }
        """);

    [Fact]
    public Task List_of_one_currency_beside_an_extension_property_it_never_uses_Reports() => Files.VerifyPreview(
        """
        using System.Collections.Generic;
        using AiRace.Core;
        public static class Book
        {
            public static readonly List<Money> Yuan = new() { Money.Cny(1m), Money.Cny(2m) };
        }
        public static class ListExtensions
        {
            extension(List<Money> list)
            {
                public int Lines => list.Count;
            }
        }
        """,
        """
        using AiRace.Core;
        class Use
        {
            bool Over() => Book.Yuan.Count > 1 && {|AIR0001:Book.Yuan[1] > Money.Usd(1m)|};
        }
        """);

    [Fact]
    public Task Linked_list_written_through_its_nodes_elsewhere_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using AiRace.Core;
        public sealed partial class Chain
        {
            private readonly LinkedList<Money> _first = new();
            private readonly LinkedList<Money> _found = new();
            private readonly LinkedList<Money> _added = new();

            public void Start()
            {
                _first.AddLast(Money.Cny(1m));
                _found.AddLast(Money.Cny(2m));
                _added.AddLast(Money.Cny(3m));
            }
        }
        """,
        """
        using AiRace.Core;
        public sealed partial class Chain
        {
            public void Rewrite()
            {
                _first.First!.Value = Money.Usd(1m);
                _found.Find(Money.Cny(2m))!.Value = Money.Usd(2m);
                var node = _added.AddFirst(Money.Cny(4m));
                node.Value = Money.Usd(3m);
            }

            public bool Over()
            {
                foreach (var link in _first) { if (link > Money.Usd(1m)) { return true; } }
                foreach (var link in _found) { if (link > Money.Usd(2m)) { return true; } }
                foreach (var link in _added) { if (link > Money.Usd(3m)) { return true; } }
                return _first.Last!.Value > Money.Cny(0m);
            }
        }
        """);

    [Fact]
    public Task Collection_written_through_a_view_or_lookup_elsewhere_DoesNotReport() => Files.Verify(
        """
        using System;
        using System.Collections.Generic;
        using AiRace.Core;
        public sealed partial class Views
        {
            private readonly Dictionary<string, Money> _byRegion = new() { ["east"] = Money.Cny(1m) };
            private readonly SortedSet<Money> _caps = new() { Money.Cny(2m) };
            private readonly HashSet<Money> _seen = new() { Money.Cny(3m) };
        }
        """,
        """
        using System;
        using System.Collections.Generic;
        using AiRace.Core;
        public sealed partial class Views
        {
            public void Rewrite()
            {
                var lookup = _byRegion.GetAlternateLookup<ReadOnlySpan<char>>();
                lookup["west".AsSpan()] = Money.Usd(1m);
                _caps.GetViewBetween(Money.Cny(0m), Money.Cny(9m)).Add(Money.Usd(2m));
                if (_seen.TryGetAlternateLookup<Money>(out var alternate)) { alternate.Add(Money.Usd(3m)); }
            }

            public bool Over()
            {
                foreach (var value in _byRegion.Values) { if (value > Money.Usd(1m)) { return true; } }
                foreach (var cap in _caps) { if (cap > Money.Usd(2m)) { return true; } }
                foreach (var seen in _seen) { if (seen > Money.Usd(3m)) { return true; } }
                return false;
            }
        }
        """);

    [Fact]
    public Task Collection_filled_by_a_set_union_or_a_concurrent_update_elsewhere_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Concurrent;
        using System.Collections.Generic;
        using AiRace.Core;
        public sealed partial class Pools
        {
            private readonly HashSet<Money> _union = new() { Money.Cny(1m) };
            private readonly SortedSet<Money> _symmetric = new() { Money.Cny(2m) };
            private readonly ConcurrentDictionary<string, Money> _added = new();
            private readonly ConcurrentDictionary<string, Money> _updated = new();
            private readonly ConcurrentDictionary<string, Money> _replaced = new();
        }
        """,
        """
        using System.Collections.Generic;
        using AiRace.Core;
        public sealed partial class Pools
        {
            public void Fill(string region)
            {
                _union.UnionWith(new[] { Money.Usd(1m) });
                _symmetric.SymmetricExceptWith(new List<Money> { Money.Usd(2m) });
                _added.TryAdd("east", Money.Cny(3m));
                _added.GetOrAdd(region, Money.Usd(3m));
                _updated.TryAdd("east", Money.Cny(4m));
                _updated.AddOrUpdate(region, Money.Cny(4m), (_, _) => Money.Usd(4m));
                _replaced.TryAdd("east", Money.Cny(5m));
                _replaced.TryUpdate("east", Money.Usd(5m), Money.Cny(5m));
            }

            public bool Over()
            {
                foreach (var value in _union) { if (value > Money.Usd(1m)) { return true; } }
                foreach (var value in _symmetric) { if (value > Money.Usd(2m)) { return true; } }
                foreach (var value in _added.Values) { if (value > Money.Usd(3m)) { return true; } }
                foreach (var value in _updated.Values) { if (value > Money.Usd(4m)) { return true; } }
                foreach (var value in _replaced.Values) { if (value > Money.Usd(5m)) { return true; } }
                return false;
            }
        }
        """);

    [Fact]
    public Task Collection_filled_by_a_set_union_or_a_concurrent_update_of_one_currency_Reports() => Files.Verify(
        """
        using System.Collections.Concurrent;
        using System.Collections.Generic;
        using AiRace.Core;
        public sealed partial class Pools
        {
            private readonly HashSet<Money> _union = new() { Money.Cny(1m) };
            private readonly ConcurrentDictionary<string, Money> _added = new();
            private readonly ConcurrentDictionary<string, Money> _replaced = new();
        }
        """,
        """
        using AiRace.Core;
        public sealed partial class Pools
        {
            public void Fill(string region)
            {
                _union.UnionWith(new[] { Money.Cny(2m) });
                _added.GetOrAdd(region, Money.Cny(3m));
                _replaced.TryAdd("east", Money.Cny(4m));
                _replaced.TryUpdate("east", Money.Cny(5m), Money.Cny(4m));
            }

            public bool Over()
            {
                foreach (var value in _union) { if ({|AIR0001:value > Money.Usd(1m)|}) { return true; } }
                foreach (var value in _added.Values) { if ({|AIR0001:value > Money.Usd(3m)|}) { return true; } }
                foreach (var value in _replaced.Values) { if ({|AIR0001:value > Money.Usd(5m)|}) { return true; } }
                return false;
            }
        }
        """);

    [Fact]
    public Task Collection_captured_by_a_pattern_and_written_through_it_elsewhere_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using AiRace.Core;
        public sealed partial class Captures
        {
            private readonly IList<Money> _declared = new List<Money> { Money.Cny(1m) };
            private readonly IList<Money> _recursive = new List<Money> { Money.Cny(2m) };
            private readonly IList<Money> _switched = new List<Money> { Money.Cny(3m) };
            private readonly IList<Money> _armed = new List<Money> { Money.Cny(4m) };
        }
        """,
        """
        using System.Collections.Generic;
        using AiRace.Core;
        public sealed partial class Captures
        {
            public void Fill(bool flag)
            {
                if (_declared is List<Money> list) { list.Add(Money.Usd(1m)); }
                if (_recursive is { Count: > 0 } and var all) { all.Add(Money.Usd(2m)); }
                switch (_switched)
                {
                    case List<Money> { Count: 1 } one:
                        one.Add(Money.Usd(3m));
                        break;
                }

                var added = _armed switch { List<Money> some when flag => Grow(some), _ => 0 };
            }

            private static int Grow(List<Money> some) { some.Add(Money.Usd(4m)); return some.Count; }

            public bool Over()
            {
                foreach (var value in _declared) { if (value > Money.Usd(1m)) { return true; } }
                foreach (var value in _recursive) { if (value > Money.Usd(2m)) { return true; } }
                foreach (var value in _switched) { if (value > Money.Usd(3m)) { return true; } }
                foreach (var value in _armed) { if (value > Money.Usd(4m)) { return true; } }
                return false;
            }
        }
        """);

    [Fact]
    public Task Collection_matched_by_patterns_that_capture_no_alias_Reports() => Files.Verify(
        """
        using System.Collections.Generic;
        using AiRace.Core;
        public sealed partial class Captures
        {
            private readonly List<Money> _grants = new() { Money.Cny(1m), Money.Cny(2m) };
        }
        """,
        """
        using AiRace.Core;
        public sealed partial class Captures
        {
            public bool Over()
            {
                if (_grants is [var first, ..] && _grants is { Count: > 1 } && _grants is not null)
                {
                    return {|AIR0001:first > Money.Usd(1m)|};
                }

                foreach (var value in _grants) { if ({|AIR0001:value > Money.Usd(2m)|}) { return true; } }
                return _grants switch { [] => false, [var only] => {|AIR0001:only > Money.Usd(3m)|}, _ => true };
            }
        }
        """);

    [Fact]
    public Task Collection_named_by_a_negated_pattern_or_node_read_by_a_property_pattern_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using AiRace.Core;
        public sealed partial class Captures
        {
            private readonly IList<Money> _negated = new List<Money> { Money.Cny(1m) };
            private readonly LinkedList<Money> _links = new();
            public void Start() => _links.AddLast(Money.Cny(2m));
        }
        """,
        """
        using System.Collections.Generic;
        using AiRace.Core;
        public sealed partial class Captures
        {
            public void Fill()
            {
                if (_negated is not List<Money> list) { return; }
                list.Add(Money.Usd(1m));
                if (_links is { First: { } node }) { node.Value = Money.Usd(2m); }
            }

            public bool Over()
            {
                foreach (var value in _negated) { if (value > Money.Usd(1m)) { return true; } }
                foreach (var value in _links) { if (value > Money.Usd(2m)) { return true; } }
                return false;
            }
        }
        """);

    [Fact]
    public Task Concurrent_dictionary_updated_with_named_arguments_in_another_order_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Concurrent;
        using AiRace.Core;
        public sealed partial class Rates
        {
            private readonly ConcurrentDictionary<string, Money> _replaced = new();
            private readonly ConcurrentDictionary<string, Money> _added = new();
            public void Start() { _replaced.TryAdd("east", Money.Cny(1m)); _added.TryAdd("east", Money.Cny(2m)); }
        }
        """,
        """
        using AiRace.Core;
        public sealed partial class Rates
        {
            public void Update(string region)
            {
                _replaced.TryUpdate("east", comparisonValue: Money.Cny(1m), newValue: Money.Usd(1m));
                _added.GetOrAdd(value: Money.Usd(2m), key: region);
            }

            public bool Over()
            {
                foreach (var value in _replaced.Values) { if (value > Money.Usd(1m)) { return true; } }
                foreach (var value in _added.Values) { if (value > Money.Usd(2m)) { return true; } }
                return false;
            }
        }
        """);

    [Fact]
    public Task Concurrent_bag_queue_and_stack_of_one_currency_Report() => Files.Verify(
        """
        using System.Collections.Concurrent;
        using AiRace.Core;
        public static class Work
        {
            public static readonly ConcurrentBag<Money> Grants = new();
            public static readonly ConcurrentQueue<Money> Queued = new();
            public static readonly ConcurrentStack<Money> Stacked = new();
            public static void Fill()
            {
                Grants.Add(Money.Cny(1m));
                Queued.Enqueue(Money.Cny(2m));
                Stacked.Push(Money.Cny(3m));
                Stacked.PushRange(new[] { Money.Cny(4m), Money.Cny(5m) });
            }
        }
        """,
        """
        using System.Linq;
        using AiRace.Core;
        class Use
        {
            bool Taken() => Work.Grants.TryTake(out var grant) && {|AIR0001:grant > Money.Usd(1m)|};
            bool Peeked() => Work.Queued.TryPeek(out var next) && {|AIR0001:next > Money.Usd(1m)|};
            bool Popped() => Work.Stacked.TryPop(out var top) && {|AIR0001:top > Money.Usd(1m)|};
            bool Listed()
            {
                foreach (var queued in Work.Queued) { if ({|AIR0001:queued > Money.Usd(1m)|}) { return true; } }
                return {|AIR0001:Work.Stacked.Max()! > Money.Usd(2m)|};
            }
        }
        """);

    [Fact]
    public Task Concurrent_bag_queue_and_stack_of_mixed_or_agreeing_currency_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Concurrent;
        using AiRace.Core;
        public static class Work
        {
            public static readonly ConcurrentBag<Money> Grants = new();
            public static readonly ConcurrentQueue<Money> Queued = new();
            public static readonly ConcurrentStack<Money> Stacked = new();
            public static readonly ConcurrentStack<Money> Read = new();
            public static void Fill(Money[] read)
            {
                Grants.Add(Money.Cny(1m));
                Grants.Add(Money.Usd(1m));
                Queued.Enqueue(Money.Cny(2m));
                Stacked.Push(Money.Cny(3m));
                Stacked.PushRange(new[] { Money.Usd(4m) }, 0, 1);
                Read.PushRange(read);
            }
        }
        """,
        """
        using AiRace.Core;
        class Use
        {
            bool Taken() => Work.Grants.TryTake(out var grant) && grant > Money.Usd(1m);
            bool Peeked() => Work.Queued.TryDequeue(out var next) && next > Money.Cny(1m);
            bool Popped() => Work.Stacked.TryPop(out var top) && top > Money.Usd(1m);
            bool Read() => Work.Read.TryPeek(out var read) && read > Money.Usd(1m);
            bool Drained(Money[] into) => Work.Queued.IsEmpty || Work.Stacked.TryPopRange(into) > 0 && into[0] > Money.Usd(1m);
        }
        """,
        """
        using System.Collections.Concurrent;
        using AiRace.Core;
        public static class Blocking
        {
            public static readonly ConcurrentQueue<Money> Store = new();
            public static void Fill()
            {
                Store.Enqueue(Money.Cny(1m));
                var blocking = new BlockingCollection<Money>(Store);
                blocking.Add(Money.Eur(1m));
            }

            public static bool Over() => Store.TryPeek(out var next) && next > Money.Eur(1m);
        }
        """);

    [Fact]
    public Task Value_taken_out_of_a_dictionary_by_an_out_argument_Reports() => Files.Verify(
        """
        using System.Collections.Concurrent;
        using System.Collections.Generic;
        using AiRace.Core;
        public static class Ledger
        {
            public static readonly ConcurrentDictionary<string, Money> Pending = new();
            public static readonly Dictionary<string, Money> Settled = new() { ["east"] = Money.Cny(1m) };
            public static readonly Dictionary<string, Money> Mixed = new() { ["east"] = Money.Cny(1m), ["west"] = Money.Usd(1m) };
            public static void Start() => Pending.TryAdd("east", Money.Cny(2m));
        }
        """,
        """
        using AiRace.Core;
        class Use
        {
            bool Pending() => Ledger.Pending.TryGetValue("east", out var held) && {|AIR0001:held > Money.Usd(1m)|};
            bool Taken() => Ledger.Pending.TryRemove("east", out var taken) && {|AIR0001:taken > Money.Usd(1m)|};
            bool Settled() => Ledger.Settled.Remove("east", out var removed) && {|AIR0001:removed > Money.Usd(1m)|};
            bool Named() => Ledger.Mixed.TryGetValue(value: out var east, key: "east") && {|AIR0001:east > Money.Usd(1m)|};
            bool Assigned()
            {
                Money earlier;
                return Ledger.Pending.TryRemove("east", out earlier) && {|AIR0001:earlier < Money.Eur(1m)|};
            }
        }
        """);

    [Fact]
    public Task Value_taken_out_of_a_dictionary_by_an_out_argument_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Concurrent;
        using System.Collections.Generic;
        using AiRace.Core;
        public static class Ledger
        {
            public static readonly ConcurrentDictionary<string, Money> Pending = new();
            public static readonly ConcurrentDictionary<string, Money> Loaded = new();
            public static readonly Dictionary<string, Money> Settled = new() { ["east"] = Money.Cny(1m) };
            public static readonly Dictionary<string, Money> Mixed = new() { ["east"] = Money.Cny(1m), ["west"] = Money.Usd(1m) };
            public static void Start(Money read) { Pending.TryAdd("east", Money.Cny(2m)); Loaded.TryAdd("east", read); }
        }
        """,
        """
        using AiRace.Core;
        class Use
        {
            bool Pending() => Ledger.Pending.TryGetValue("east", out var held) && held > Money.Cny(1m);
            bool Taken() => Ledger.Pending.TryRemove("east", out var taken) && taken > Money.Cny(1m);
            bool Loaded() => Ledger.Loaded.TryRemove("east", out var loaded) && loaded > Money.Usd(1m);
            bool Settled() => Ledger.Settled.Remove("east", out var removed) && removed > Money.Cny(1m);
            bool Named() => Ledger.Mixed.TryGetValue(value: out var west, key: "west") && west > Money.Usd(1m);
            bool Any(string region) => Ledger.Mixed.Remove(region, out var any) && any > Money.Usd(1m);
        }
        """);

    [Fact]
    public Task Collection_written_with_named_arguments_in_another_order_Reports() => Files.Verify(
        """
        using System.Collections.Generic;
        using AiRace.Core;
        public sealed partial class Named
        {
            private readonly Dictionary<string, Money> _byRegion = new();
            private readonly List<Money> _grants = new();
            private readonly List<Money> _ranges = new();
            private readonly SortedList<string, Money> _sorted = new() { ["a"] = Money.Cny(4m) };
        }
        """,
        """
        using AiRace.Core;
        public sealed partial class Named
        {
            public void Fill()
            {
                _byRegion.Add(value: Money.Cny(1m), key: "east");
                _grants.Insert(item: Money.Cny(2m), index: 0);
                _ranges.InsertRange(collection: new[] { Money.Cny(3m) }, index: 0);
                _sorted.SetValueAtIndex(value: Money.Cny(5m), index: 0);
            }

            public bool Over() =>
                {|AIR0001:_byRegion["east"] > Money.Usd(1m)|} || {|AIR0001:_grants[0] > Money.Usd(2m)|}
                || {|AIR0001:_ranges[0] > Money.Usd(3m)|} || {|AIR0001:_sorted["a"] > Money.Usd(4m)|};
        }
        """);

    [Fact]
    public Task Linked_list_whose_nodes_are_only_read_Reports() => Files.Verify(
        """
        using System.Collections.Generic;
        using AiRace.Core;
        public sealed partial class Chain
        {
            private readonly LinkedList<Money> _links = new();
            public void Start() { _links.AddLast(Money.Cny(1m)); _links.AddFirst(Money.Cny(2m)); }
        }
        """,
        """
        using AiRace.Core;
        public sealed partial class Chain
        {
            public bool Over()
            {
                foreach (var link in _links)
                {
                    if ({|AIR0001:link > Money.Usd(1m)|}) { return true; }
                }

                return _links.Count > 1;
            }
        }
        """);

    [Fact]
    public Task Static_field_written_elsewhere_under_a_name_spelled_with_a_unicode_escape_DoesNotReport() => Files.Verify(
        """
        using AiRace.Core;
        public static class Limits { public static Money Cap = Money.Cny(100m); }
        """,
        """
        using AiRace.Core;
        class Setup { void Reset() => Limits.\u0043ap = Money.Usd(5m); }
        """,
        """
        using AiRace.Core;
        class Check { bool Over(decimal x) => Money.Usd(x) > Limits.Cap; }
        """);

    // ---- partial types ----

    [Fact]
    public Task Partial_type_across_files_Reports() => Files.Verify(
        """
        using AiRace.Core;
        public partial class Fund { private readonly Money _reserve = Money.Gbp(50m); }
        """,
        """
        using AiRace.Core;
        public partial class Fund { public bool Low(decimal eur) => {|AIR0001:_reserve < Money.Eur(eur)|}; }
        """);

    [Fact]
    public Task Partial_type_writing_the_field_in_another_file_DoesNotReport() => Files.Verify(
        """
        using AiRace.Core;
        public partial class Fund { private Money _reserve = Money.Gbp(50m); }
        """,
        """
        using AiRace.Core;
        public partial class Fund
        {
            public void Rebase(Money m) => _reserve = m;
            public bool Low(decimal eur) => _reserve < Money.Eur(eur);
        }
        """);

    // ---- comparisons in all their forms ----

    [Fact]
    public Task CompareTo_Equals_object_and_comparers_Report() => Files.Verify(
        """
        using AiRace.Core;
        public static class Known { public static readonly Money Yuan = Money.Cny(1m); public static readonly Money Dollar = Money.Usd(1m); }
        """,
        """
        using System.Collections.Generic;
        using AiRace.Core;
        class Use
        {
            bool M() => {|AIR0001:Known.Yuan.CompareTo(Known.Dollar)|} > 0
                || {|AIR0001:Known.Yuan.Equals((object)Known.Dollar)|}
                || {|AIR0001:Comparer<Money>.Default.Compare(Known.Yuan, Known.Dollar)|} < 0
                || {|AIR0001:EqualityComparer<Money>.Default.Equals(Known.Yuan, Known.Dollar)|}
                || {|AIR0001:Money.Max(Known.Yuan, Known.Dollar)|} == Known.Yuan;
        }
        """);

    [Fact]
    public Task Comparisons_in_one_currency_DoesNotReport() => Files.Verify(
        """
        using AiRace.Core;
        public static class Known { public static readonly Money Yuan = Money.Cny(1m); public static readonly Money MoreYuan = Money.Cny(2m); }
        """,
        """
        using System.Collections.Generic;
        using AiRace.Core;
        class Use
        {
            bool M(Money any) => Known.Yuan.CompareTo(Known.MoreYuan) > 0 || Known.Yuan.Equals((object)any)
                || Comparer<Money>.Default.Compare(Known.Yuan, Known.MoreYuan) < 0 || Money.Min(Known.Yuan, any) == any;
        }
        """);

    [Fact]
    public Task Sorting_and_min_max_of_a_collection_that_mixes_currencies_Report() => Files.Verify(
        """
        using System.Collections.Generic;
        using AiRace.Core;
        public static class Pool
        {
            public static readonly List<Money> Mixed = new() { Money.Cny(1m), Money.Usd(2m) };
            public static readonly Money[] Also = { Money.Eur(1m), Money.Gbp(1m) };
        }
        """,
        """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Use
        {
            void M()
            {
                {|AIR0001:Pool.Mixed.Sort()|};
                {|AIR0001:Pool.Mixed.Sort((a, b) => a.CompareTo(b))|};
                {|AIR0001:Array.Sort(Pool.Also)|};
                var top = {|AIR0001:Pool.Also.Max()|};
                var ordered = {|AIR0001:Pool.Mixed.OrderBy(m => m)|}.ToList();
                {|AIR0001:Pool.Mixed.Sort(Comparer<Money>.Default)|};
            }
        }
        """);

    [Fact]
    public Task Sorting_a_collection_in_one_currency_or_by_another_key_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using AiRace.Core;
        public static class Pool
        {
            public static readonly List<Money> Yuan = new() { Money.Cny(1m), Money.Cny(2m) };
            public static readonly List<Money> Mixed = new() { Money.Cny(1m), Money.Usd(2m) };
        }
        """,
        """
        using System.Linq;
        using AiRace.Core;
        class Use
        {
            void M()
            {
                Pool.Yuan.Sort();
                var top = Pool.Yuan.Max();
                var byCode = Pool.Mixed.OrderBy(m => m.Currency.Code).ToList();
                var count = Pool.Mixed.Count(m => m.IsZero);

                // refilled: the yuan are gone before the dollars come, so the sorts never meet both
                var refilled = new System.Collections.Generic.List<Money> { Money.Cny(1m) };
                refilled.Sort();
                refilled.Clear();
                refilled.Add(Money.Usd(1m));
                refilled.Sort();
                var replaced = new[] { Money.Cny(1m) };
                replaced[0] = Money.Usd(1m);
                var sum = replaced.Sum(Currency.USD);
            }
        }
        """);

    // ---- the currency-stating sum ----

    [Fact]
    public Task Currency_stating_sum_given_amounts_in_another_currency_Reports() => Files.Verify(
        """
        using System.Collections.Generic;
        using AiRace.Core;
        public sealed record Line(string Item, Money Cost);
        public static class Book
        {
            public static readonly List<Money> Yuan = new() { Money.Cny(1m), Money.Cny(2m) };
            public static readonly Line[] Lines = { new Line("a", Money.Cny(1m)), new Line("b", Money.Cny(2m)) };
        }
        """,
        """
        using System.Linq;
        using AiRace.Core;
        class Use
        {
            bool M()
            {
                var total = {|AIR0001:Book.Yuan.Sum(Currency.USD)|};
                var lines = {|AIR0001:Book.Lines.Sum(l => l.Cost, Currency.EUR)|};
                var yuan = Book.Yuan.Sum(Currency.CNY);
                return {|AIR0001:yuan > Money.Usd(1m)|};
            }
        }
        """);

    [Fact]
    public Task Currency_stating_sum_in_the_right_currency_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using AiRace.Core;
        public sealed record Line(string Item, Money Cost);
        public static class Book
        {
            public static readonly List<Money> Yuan = new() { Money.Cny(1m), Money.Cny(2m) };
            public static readonly Line[] Lines = { new Line("a", Money.Cny(1m)), new Line("b", Money.Cny(2m)) };
        }
        """,
        """
        using System.Collections.Generic;
        using AiRace.Core;
        class Use
        {
            bool M(IEnumerable<Money> read)
            {
                var total = Book.Yuan.Sum(Currency.CNY);
                var lines = Book.Lines.Sum(l => l.Cost, Currency.CNY);
                var unknown = read.Sum(Currency.USD);
                return total > Money.Cny(1m) && unknown > Money.Usd(1m);
            }
        }
        """);

    [Fact]
    public Task Currency_stating_sum_of_each_batch_or_group_in_another_currency_Reports() => Files.Verify(
        """
        using System.Collections.Generic;
        using AiRace.Core;
        public sealed record Line(string Desk, Money Cost);
        public static class Book
        {
            public static readonly List<Money> Yuan = new() { Money.Cny(1m), Money.Cny(2m) };
            public static readonly List<Money> Both = new() { Money.Cny(1m), Money.Usd(2m) };
            public static readonly Line[] Lines = { new Line("a", Money.Cny(1m)), new Line("b", Money.Cny(2m)) };
        }
        """,
        """
        using System.Linq;
        using AiRace.Core;
        class Use
        {
            void M()
            {
                var batches = Book.Yuan.Chunk(2).Select(batch => {|AIR0001:batch.Sum(Currency.USD)|}).ToList();
                var desks = Book.Lines.GroupBy(l => l.Desk).Select(g => {|AIR0001:g.Sum(l => l.Cost, Currency.EUR)|}).ToList();
                var query = (from l in Book.Lines group l by l.Desk into byDesk select {|AIR0001:byDesk.Sum(l => l.Cost, Currency.JPY)|}).ToList();
                var mixed = Book.Both.GroupBy(m => m.Currency).Select(g => {|AIR0001:g.Sum(Currency.USD)|}).ToList();
            }
        }
        """);

    [Fact]
    public Task Currency_stating_sum_of_batches_in_the_right_currency_or_of_selected_groups_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using AiRace.Core;
        public sealed record Line(string Desk, Money Cost);
        public static class Book
        {
            public static readonly List<Money> Yuan = new() { Money.Cny(1m), Money.Cny(2m) };
            public static readonly List<Money> Both = new() { Money.Cny(1m), Money.Usd(2m) };
            public static readonly Line[] Lines = { new Line("a", Money.Cny(1m)), new Line("b", Money.Cny(2m)) };
        }
        """,
        """
        using System.Linq;
        using AiRace.Core;
        class Use
        {
            void M(System.Collections.Generic.IEnumerable<Money> read)
            {
                var batches = Book.Yuan.Chunk(2).Select(batch => batch.Sum(Currency.CNY)).ToList();
                var byCurrency = Book.Both.GroupBy(m => m.Currency).Select(g => g.Sum(g.Key)).ToList();
                var unknown = read.Chunk(2).Select(batch => batch.Sum(Currency.USD)).ToList();
                var selected = Book.Lines.GroupBy(l => l.Desk, l => Money.Usd(1m)).Select(g => g.Sum(Currency.USD)).ToList();
            }
        }
        """);

    // ---- the [Currency] annotation ----

    [Fact]
    public Task Annotation_is_trusted_where_the_value_is_used_Reports() => Files.Verify(
        """
        using System.Collections.Generic;
        using AiRace.Core;
        public sealed class Imported
        {
            [Currency("CNY")] public Money Budget { get; set; }
            [Currency("CNY")] public readonly Dictionary<string, Money> ByRegion = new();
            [return: Currency("USD")] public static Money Parse(string text) => Money.Parse(text);
            public static bool Check([Currency("EUR")] Money price) => {|AIR0001:price > Money.Gbp(1m)|};
        }
        """,
        """
        using AiRace.Core;
        class Use
        {
            bool M(Imported i, string text) => {|AIR0001:i.Budget > Imported.Parse(text)|} || {|AIR0001:i.ByRegion["east"] < Money.Usd(1m)|};
        }
        """);

    [Fact]
    public Task Annotation_in_agreement_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using AiRace.Core;
        public sealed class Imported
        {
            [Currency("CNY")] public Money Budget { get; set; }
            [Currency("CNY")] public readonly Dictionary<string, Money> ByRegion = new();
            [return: Currency("CNY")] public static Money Parse(string text) => Money.Parse(text);
            public static bool Check([Currency("EUR")] Money price) => price > Money.Eur(1m);
            public Money Unannotated { get; set; }
        }
        """,
        """
        using AiRace.Core;
        class Use
        {
            bool M(Imported i, string text, Money read)
            {
                i.Budget = read;
                i.ByRegion["west"] = Money.Cny(2m);
                i.Unannotated = read;
                return i.Budget > Imported.Parse(text) || i.ByRegion["east"] < Money.Cny(1m) || Imported.Check(Money.Eur(1m)) || i.Unannotated > Money.Usd(1m);
            }
        }
        """);

    [Fact]
    public Task Annotation_is_checked_at_assignments_returns_arguments_and_adds_Reports() => Files.Verify(
        """
        using System.Collections.Generic;
        using AiRace.Core;
        public sealed record Payment(string To, [Currency("CNY")] Money Amount);
        public sealed class Imported
        {
            [Currency("CNY")] public Money Budget { get; set; } = {|AIR0001:Money.Usd(1m)|};
            [Currency("CNY")] public readonly List<Money> Lines = new() { Money.Cny(1m) };
            [Currency("CNY")] public Money[] Tranches = {|AIR0001:new[] { Money.Cny(1m), Money.Eur(2m) }|};
            [return: Currency("USD")] public static Money Fee() => {|AIR0001:Money.Cny(3m)|};
            public static void Pay([Currency("EUR")] Money price) { }
        }
        """,
        """
        using AiRace.Core;
        class Use
        {
            void M(Imported i)
            {
                i.Budget = {|AIR0001:Money.Jpy(5m)|};
                i.Lines.Add({|AIR0001:Money.Usd(1m)|});
                Imported.Pay({|AIR0001:Money.Cny(2m)|});
                var p = new Payment("x", {|AIR0001:Money.Usd(1m)|});
                var q = p with { Amount = {|AIR0001:Money.Eur(1m)|} };
                i.Tranches[0] = {|AIR0001:Money.Gbp(1m)|};
            }
        }
        """);

    [Fact]
    public Task Annotation_given_values_of_unknown_currency_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using AiRace.Core;
        public sealed record Payment(string To, [Currency("CNY")] Money Amount);
        public sealed class Imported
        {
            [Currency("CNY")] public Money Budget { get; set; }
            [Currency("CNY")] public readonly List<Money> Lines = new();
            [return: Currency("USD")] public static Money Fee(Money read) => read;
            public static void Pay([Currency("EUR")] Money price) { }
        }
        """,
        """
        using AiRace.Core;
        class Use
        {
            void M(Imported i, Money read)
            {
                i.Budget = read;
                i.Lines.Add(read);
                Imported.Pay(read);
                var p = new Payment("x", Money.Cny(2m));
                var q = p with { Amount = read };
                i.Budget = i.Lines[0];
            }
        }
        """);

    [Fact]
    public Task Annotation_is_checked_at_deconstructions_Reports() => Files.Verify(
        """
        using AiRace.Core;
        public sealed class Imported
        {
            [Currency("CNY")] public static Money Cap;
            [Currency("USD")] public Money Fee { get; set; }
            public static (Money, int) Split() => (Money.Usd(1m), 2);
        }
        """,
        """
        using AiRace.Core;
        class Use
        {
            void M(Imported i)
            {
                (Imported.Cap, _) = ({|AIR0001:Money.Usd(1m)|}, 0);
                (Imported.Cap, var n) = {|AIR0001:Imported.Split()|};
                (i.Fee, Imported.Cap) = ({|AIR0001:Money.Eur(1m)|}, Money.Cny(1m));
            }
        }
        """);

    [Fact]
    public Task Annotation_in_agreement_or_unknown_at_deconstructions_DoesNotReport() => Files.Verify(
        """
        using AiRace.Core;
        public sealed class Imported
        {
            [Currency("CNY")] public static Money Cap;
            [Currency("USD")] public Money Fee { get; set; }
            public static (Money, int) Split() => (Money.Cny(1m), 2);
            public static (Money, Money) Read(Money a, Money b) => (a, b);
        }
        """,
        """
        using AiRace.Core;
        class Use
        {
            void M(Imported i, Money read)
            {
                (Imported.Cap, _) = (Money.Cny(1m), 0);
                (Imported.Cap, var n) = Imported.Split();
                (i.Fee, Imported.Cap) = (Money.Usd(1m), read);
                (i.Fee, Imported.Cap) = Imported.Read(read, read);
                (var free, _) = (Money.Eur(1m), 0);
            }
        }
        """);

    // No file of these compilations holds the text "Currency(" (the annotation is spelled another way), so the
    // analyzer's quick check of whether any file may annotate must still find them.
    [Fact]
    public Task Annotation_spelled_with_a_space_before_its_arguments_Reports() => Files.Verify(
        """
        using AiRace.Core;
        public sealed class Imported
        {
            [Currency ("CNY")] public Money Budget { get; set; }
            [Currency
                ("USD")] public Money Fee { get; set; }
        }
        """,
        """
        using AiRace.Core;
        class Use
        {
            bool M(Imported i) => {|AIR0001:i.Budget > Money.Usd(1m)|} || {|AIR0001:i.Fee < Money.Eur(1m)|};
        }
        """);

    [Fact]
    public Task Annotation_spelled_with_a_comment_before_its_arguments_Reports() => Files.Verify(
        """
        using AiRace.Core;
        public sealed class Imported
        {
            [Currency/* as filed */("CNY")] public Money Budget { get; set; }
        }
        """,
        """
        using AiRace.Core;
        class Use
        {
            bool M(Imported i) => {|AIR0001:i.Budget > Money.Usd(1m)|};
        }
        """);

    [Fact]
    public Task Annotation_through_a_using_alias_Reports() => Files.Verify(
        """
        using AiRace.Core;
        using Denominated = AiRace.Core.CurrencyAttribute;
        public sealed class Imported
        {
            [Denominated("CNY")] public Money Budget { get; set; }
        }
        """,
        """
        using AiRace.Core;
        class Use
        {
            bool M(Imported i) => {|AIR0001:i.Budget > Money.Usd(1m)|};
        }
        """);

    [Fact]
    public Task Annotation_spelled_with_a_unicode_escape_Reports() => Files.Verify(
        """
        using AiRace.Core;
        public sealed class Imported
        {
            [\u0043urrency("CNY")] public Money Budget { get; set; }
        }
        """,
        """
        using AiRace.Core;
        class Use
        {
            bool M(Imported i) => {|AIR0001:i.Budget > Money.Usd(1m)|};
        }
        """);

    [Fact]
    public Task Annotation_spelled_another_way_and_in_agreement_DoesNotReport() => Files.Verify(
        """
        using AiRace.Core;
        using Denominated = AiRace.Core.CurrencyAttribute;
        public sealed class Imported
        {
            [Currency ("CNY")] public Money Budget { get; set; }
            [Denominated("USD")] public Money Fee { get; set; }
            [\u0043urrency("EUR")] public Money Levy { get; set; }
        }
        """,
        """
        using AiRace.Core;
        class Use
        {
            bool M(Imported i) => i.Budget > Money.Cny(1m) || i.Fee < Money.Usd(1m) || i.Levy < Money.Eur(1m);
        }
        """);

    // ---- LINQ, async and lambdas over collections ----

    [Fact]
    public Task Linq_projections_and_async_returns_Report() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using System.Threading.Tasks;
        using AiRace.Core;
        public sealed record Site(string Name, Money Capex);
        public static class Sites
        {
            public static readonly List<Site> All = new() { new Site("a", Money.Cny(1m)), new Site("b", Money.Cny(2m)) };
            public static Money[] Capex() => All.Select(s => s.Capex).ToArray();
            public static async Task<Money> FetchAsync() { await Task.Yield(); return Money.Usd(1m); }
        }
        """,
        """
        using System.Linq;
        using System.Threading.Tasks;
        using AiRace.Core;
        class Use
        {
            async Task<bool> M()
            {
                var fetched = await Sites.FetchAsync();
                return {|AIR0001:Sites.Capex()[0] > fetched|} || Sites.All.Any(s => {|AIR0001:s.Capex > fetched|});
            }
        }
        """);

    [Fact]
    public Task Zip_result_selector_parameters_hold_each_sources_elements_Reports() => Files.Verify(
        """
        using AiRace.Core;
        public static class Book
        {
            public static readonly Money[] Yuan = [Money.Cny(1m), Money.Cny(2m)];
            public static readonly Money[] Dollars = [Money.Usd(1m), Money.Usd(2m)];
        }
        """,
        """
        using System.Linq;
        using AiRace.Core;
        class Use
        {
            object A() => Book.Yuan.Zip(Book.Dollars, (yuan, dollars) => {|AIR0001:dollars > Money.Cny(1m)|}).ToList();
            object B() => Book.Yuan.Zip(Book.Dollars, (yuan, dollars) => {|AIR0001:yuan + dollars|}).ToList();
            object C() => Enumerable.Zip(resultSelector: (yuan, dollars) => {|AIR0001:dollars < Money.Eur(1m)|}, second: Book.Dollars, first: Book.Yuan).ToList();
        }
        """);

    [Fact]
    public Task Zip_result_selector_over_sources_that_agree_or_are_unknown_DoesNotReport() => Files.Verify(
        """
        using AiRace.Core;
        public static class Book
        {
            public static readonly Money[] Yuan = [Money.Cny(1m), Money.Cny(2m)];
            public static readonly Money[] MoreYuan = [Money.Cny(3m)];
        }
        """,
        """
        using System.Linq;
        using AiRace.Core;
        class Use
        {
            object A() => Book.Yuan.Zip(Book.MoreYuan, (a, b) => a + b).ToList();
            object B(Money[] read) => Book.Yuan.Zip(read, (a, b) => b > Money.Usd(1m)).ToList();
            object C() => Book.Yuan.Zip(Enumerable.Range(0, 2), (a, i) => i > 0).ToList();
            object D() => Book.Yuan.Zip(Book.MoreYuan, (a, b) => { b = Money.Usd(1m); return b > Money.Usd(2m); }).ToList();
        }
        """);

    [Fact]
    public Task Task_made_from_a_result_Reports() => Files.Verify(
        """
        using System.Threading.Tasks;
        using AiRace.Core;
        public static class Source
        {
            public static Task<Money> CapAsync() => Task.FromResult(Money.Cny(1m));
            public static ValueTask<Money> FeeAsync() => ValueTask.FromResult(Money.Jpy(1m));
        }
        """,
        """
        using System.Threading.Tasks;
        using AiRace.Core;
        class Use
        {
            async Task<bool> M() => {|AIR0001:await Source.CapAsync() > Money.Usd(1m)|} || {|AIR0001:await Source.FeeAsync() < Money.Eur(1m)|}
                || {|AIR0001:await Task.FromResult(Money.Cny(1m)) > Money.Usd(1m)|};
        }
        """);

    [Fact]
    public Task Task_made_from_a_result_of_another_or_unknown_currency_DoesNotReport() => Files.Verify(
        """
        using System.Threading.Tasks;
        using AiRace.Core;
        public static class Source
        {
            public static Task<Money> CapAsync() => Task.FromResult(Money.Cny(1m));
            public static Task<Money> ReadAsync(Money read) => Task.FromResult(read);
            public static Task<Money> EitherAsync(bool cny) => cny ? Task.FromResult(Money.Cny(1m)) : Task.FromResult(Money.Usd(1m));
        }
        """,
        """
        using System.Threading.Tasks;
        using AiRace.Core;
        class Use
        {
            async Task<bool> M(Money read) => await Source.CapAsync() > Money.Cny(1m) || await Source.ReadAsync(read) > Money.Usd(1m)
                || await Source.EitherAsync(true) > Money.Usd(1m) || await Task.FromResult(read) > Money.Usd(1m);
        }
        """);

    [Fact]
    public Task Collection_given_as_a_read_only_view_the_method_casts_back_DoesNotReport() => Files.Verify(
        """
        using System;
        using System.Collections.Generic;
        using System.Runtime.CompilerServices;
        using System.Runtime.InteropServices;
        using AiRace.Core;
        public sealed class Treasury
        {
            private readonly List<Money> _reserves = new() { Money.Cny(1m) };
            private readonly Money[] _legs = { Money.Cny(1m), Money.Cny(2m) };
            private static readonly Money[] Tranches = { Money.Cny(1m), Money.Cny(2m) };
            private readonly Money[] _quotes = { Money.Cny(1m) };
            private readonly Money[] _bids = { Money.Cny(1m) };
            public bool Over(decimal x) =>
                Money.Usd(x) > _reserves[0] || Money.Usd(x) > _legs[0] || Money.Usd(x) > Tranches[1] || Money.Usd(x) > _quotes[0] || Money.Usd(x) > _bids[0];
            public void Normalise() { ToDollars(_reserves); Patch(_legs); Patch(Tranches); Stamp(_quotes); Mark(_bids); }
            private static void ToDollars(IEnumerable<Money> items) { if (items is List<Money> list) list[0] = Money.Usd(1m); }
            private static void Patch(IReadOnlyList<Money> items)
            {
                switch (items)
                {
                    case Money[] array: array[1] = Money.Usd(1m); break;
                }
            }
            private static void Stamp(ReadOnlyMemory<Money> view) => MemoryMarshal.AsMemory(view).Span[0] = Money.Usd(1m);
            private static void Mark(ReadOnlySpan<Money> view) => Unsafe.AsRef(in MemoryMarshal.GetReference(view)) = Money.Usd(1m);
        }
        """);

    [Fact]
    public Task Collection_given_as_a_read_only_view_the_method_only_reads_Reports() => Files.Verify(
        """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public sealed class Treasury
        {
            private readonly List<Money> _reserves = new() { Money.Cny(1m) };
            private static readonly Money[] Tranches = { Money.Cny(1m), Money.Cny(2m) };
            public bool Over(decimal x) => {|AIR0001:Money.Usd(x) > _reserves[0]|} || {|AIR0001:Money.Usd(x) > Tranches[1]|};
            public decimal Total() => Count(_reserves) + Count(Tranches) + Largest(Tranches);
            private static int Count(IEnumerable<Money> items) => items is null ? 0 : items.Count();
            private static decimal Largest(ReadOnlySpan<Money> view) { decimal most = 0m; foreach (var m in view) most = Math.Max(most, m.Amount); return most; }
        }
        """);

    [Fact]
    public Task Tuples_of_zipped_sequences_and_foreach_over_tuples_Reports() => Files.Verify(
        """
        using System.Collections.Generic;
        using AiRace.Core;
        public static class Book
        {
            public static readonly List<Money> Domestic = new() { Money.Cny(1m) };
            public static readonly List<Money> Abroad = new() { Money.Usd(1m) };
            public static readonly Money[] Euro = { Money.Eur(1m) };
        }
        """,
        """
        using System.Linq;
        using AiRace.Core;
        class Use
        {
            bool A() => Book.Domestic.Zip(Book.Abroad).Any(p => {|AIR0001:p.First > p.Second|});
            bool B() { foreach (var p in Book.Domestic.Zip(Book.Abroad)) if ({|AIR0001:p.First > p.Second|}) return true; return false; }
            bool C() { foreach (var (a, b) in Book.Domestic.Zip(Book.Abroad)) if ({|AIR0001:a > b|}) return true; return false; }
            bool D() => Book.Domestic.Zip(Book.Abroad, Book.Euro).Any(t => {|AIR0001:t.Second < t.Third|});
            bool E() { foreach (var (m, i) in Book.Abroad.Select((m, i) => (m, i))) if ({|AIR0001:m > Money.Cny(i)|}) return true; return false; }
            bool F() => Book.Domestic.Zip(Book.Abroad).Where(p => p.First.Amount > 0m).Select(p => p.Second).Any(s => {|AIR0001:s > Money.Cny(1m)|});
        }
        """);

    [Fact]
    public Task Tuples_of_zipped_sequences_and_foreach_over_tuples_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using AiRace.Core;
        public static class Book
        {
            public static readonly List<Money> Domestic = new() { Money.Cny(1m) };
            public static readonly List<Money> Province = new() { Money.Cny(2m) };
            public static readonly List<Money> Mixed = new() { Money.Cny(1m), Money.Usd(1m) };
            public static List<Money> Read(string text) => new() { Money.Parse(text) };
        }
        """,
        """
        using System.Linq;
        using AiRace.Core;
        class Use
        {
            bool A() => Book.Domestic.Zip(Book.Province).Any(p => p.First > p.Second);
            bool B() { foreach (var p in Book.Domestic.Zip(Book.Mixed)) if (p.First > p.Second) return true; return false; }
            bool C(string text) { foreach (var (a, b) in Book.Domestic.Zip(Book.Read(text))) if (a > b) return true; return false; }
            bool D() => Book.Domestic.Zip(Book.Province, Book.Domestic).Any(t => t.Second < t.Third && t.First > t.Third);
            bool E() { foreach (var (m, i) in Book.Domestic.Select((m, i) => (m, i))) if (m > Money.Cny(i)) return true; return false; }
            bool F() => Book.Domestic.Zip(Book.Province, (a, b) => a + b).Any(s => s > Money.Cny(1m));
        }
        """);

    [Fact]
    public Task Tuples_kept_in_collections_Reports() => Files.Verify(
        """
        using System.Collections.Generic;
        using AiRace.Core;
        public static class Book
        {
            public static readonly List<(string Region, Money Cap)> Caps = new() { ("east", Money.Cny(1m)), ("west", Money.Cny(2m)) };
            public static readonly (string Region, Money Cap)[] Floors = { ("east", Money.Cny(1m)) };
            public static readonly Dictionary<string, (Money Low, Money High)> Bands = new() { ["east"] = (Money.Usd(1m), Money.Usd(2m)) };
            public static List<(string, Money)> Grants() => new() { ("a", Money.Eur(1m)) };
            public static void More(string region, decimal amount) => Caps.Add((region, Money.Cny(amount)));
            public static void Replace(decimal amount) => Caps[0] = ("north", Money.Cny(amount));
            public static string Show() => Floors[0].Cap.ToString() + Floors[0].Cap.Amount;
        }
        """,
        """
        using System.Linq;
        using AiRace.Core;
        class Use
        {
            bool A(decimal d) { foreach (var (region, cap) in Book.Caps) if ({|AIR0001:cap > Money.Usd(d)|}) return true; return false; }
            bool B(decimal d) { foreach (var c in Book.Caps) if ({|AIR0001:c.Cap > Money.Usd(d)|}) return true; return false; }
            bool C(decimal d) => {|AIR0001:Book.Caps[0].Cap > Money.Usd(d)|} || {|AIR0001:Book.Floors[0].Cap > Money.Usd(d)|};
            bool D(decimal d) => Book.Caps.Any(c => {|AIR0001:c.Cap > Money.Usd(d)|});
            bool E(decimal d) => {|AIR0001:Book.Bands["east"].Low > Money.Cny(d)|};
            bool F(decimal d) { foreach (var (name, grant) in Book.Grants()) if ({|AIR0001:grant > Money.Usd(d)|}) return true; return false; }
            bool G(decimal d) => Book.Caps.Where(c => c.Region == "east").Select(c => c.Cap).Any(m => {|AIR0001:m > Money.Usd(d)|});
            bool H(decimal d) { var (region, cap) = Book.Caps[^1]; return {|AIR0001:cap > Money.Usd(d)|}; }
            bool I(decimal d) => {|AIR0001:Book.Floors[0].Item2 > Money.Usd(d)|};
            bool J(decimal d) => {|AIR0001:Book.Caps.First().Cap > Money.Usd(d)|} || {|AIR0001:Book.Caps.Find(c => c.Region == "east").Cap > Money.Usd(d)|};
            bool K(decimal d) => {|AIR0001:Book.Caps.FirstOrDefault(("none", Money.Cny(0m))).Item2 > Money.Usd(d)|} || {|AIR0001:Book.Bands.Values.Last().High > Money.Cny(d)|};
        }
        """);

    [Fact]
    public Task Tuples_kept_in_collections_DoesNotReport() => Files.Verify(
        """
        using System;
        using System.Collections.Generic;
        using AiRace.Core;
        public static class Book
        {
            public static readonly List<(string Region, Money Cap)> Caps = new() { ("east", Money.Cny(1m)), ("west", Money.Usd(2m)) };
            public static readonly (string Region, Money Cap)[] Floors = { ("east", Money.Cny(1m)) };
            public static readonly List<(string Region, Money Cap)> Read = new();
            public static readonly (string Region, Money Cap)[] Swapped = { ("east", Money.Cny(1m)) };
            public static readonly (string Region, Money Cap)[] Patched = { ("east", Money.Cny(1m)) };
            public static readonly (string Region, Money Cap)[] Aliased = { ("east", Money.Cny(1m)) };
            public static readonly (string Region, Money Cap)[] Spanned = { ("east", Money.Cny(1m)) };
            public static readonly List<(string Region, Money Cap)> Replaced = new() { ("east", Money.Cny(1m)) };
            public static readonly List<(string Region, Money Cap)> Handed = new() { ("east", Money.Cny(1m)) };
            public static readonly List<(string Region, Money Cap)> Plain = new() { ("east", Money.Cny(1m)) };
            public static void Load(string text) => Read.Add(("x", Money.Parse(text)));
            public static void Reprice()
            {
                Floors[0].Cap = Money.Usd(1m);
                (Swapped[0].Cap, _) = (Money.Usd(1m), 0);
                Patch(ref Patched[0].Cap);
                ref var first = ref Aliased[0];
                first.Cap = Money.Usd(1m);
                Span<(string Region, Money Cap)> span = Spanned;
                span[0].Cap = Money.Usd(1m);
                Replaced[0] = (Replaced[0].Region, Money.Usd(1m));
                Fill(Handed);
            }
            static void Patch(ref Money m) => m = Money.Usd(m.Amount);
            static void Fill(List<(string Region, Money Cap)> into) => into.Add(("x", Money.Usd(1m)));
        }
        """,
        """
        using System.Linq;
        using AiRace.Core;
        class Use
        {
            bool A(decimal d) { foreach (var (region, cap) in Book.Caps) if (cap > Money.Usd(d)) return true; return false; }
            bool B(decimal d) => Book.Floors[0].Cap > Money.Usd(d) || Book.Read[0].Cap > Money.Usd(d) || Book.Swapped[0].Cap > Money.Usd(d) || Book.Patched[0].Cap > Money.Usd(d);
            bool C(decimal d) => Book.Caps.Any(c => c.Cap > Money.Cny(d)) && Book.Read.Any(c => c.Cap > Money.Usd(d));
            bool D(decimal d) { foreach (var c in Book.Floors) if (c.Cap > Money.Usd(d)) return true; return false; }
            bool E(decimal d) => Book.Aliased[0].Cap > Money.Usd(d) || Book.Spanned[0].Cap > Money.Usd(d) || Book.Replaced[0].Cap > Money.Usd(d) || Book.Handed[0].Cap > Money.Usd(d);
            bool F(decimal d) => Book.Caps[0].Region.Length > 0 && Book.Floors[0].Cap > Money.Cny(d) == false;
            bool G(decimal d) => Book.Caps.First().Cap > Money.Usd(d) || Book.Read.Find(c => c.Region == "x").Cap > Money.Cny(d);
            bool H(decimal d) => Book.Plain.FirstOrDefault(("none", Money.Usd(0m))).Item2 > Money.Usd(d) || Book.Plain.LastOrDefault(("none", Money.Cny(0m))).Item2 > Money.Cny(d);
        }
        """);

    [Fact]
    public Task Tuple_values_of_a_dictionary_read_from_its_pairs_Reports() => Files.Verify(
        """
        using System.Collections.Generic;
        using AiRace.Core;
        public static class Book
        {
            public static readonly Dictionary<string, (Money Low, Money High)> Bands = new() { ["east"] = (Money.Usd(1m), Money.Usd(2m)) };
            public static void Widen(string region, decimal a, decimal b) => Bands[region] = (Money.Usd(a), Money.Usd(b));
        }
        """,
        """
        using AiRace.Core;
        class Use
        {
            bool A(decimal d) { foreach (var (region, band) in Book.Bands) if ({|AIR0001:band.Low > Money.Cny(d)|}) return true; return false; }
            bool B(decimal d) { foreach (var pair in Book.Bands) if ({|AIR0001:pair.Value.High > Money.Cny(d)|}) return true; return false; }
            bool C(decimal d) { foreach (var band in Book.Bands.Values) if ({|AIR0001:band.Low > Money.Cny(d)|}) return true; return false; }
            bool D(decimal d) => Book.Bands.TryGetValue("east", out var band) && {|AIR0001:band.High > Money.Cny(d)|};
            bool E(decimal d) => Book.Bands.Remove("east", out var band) && {|AIR0001:band.Low > Money.Cny(d)|};
        }
        """);

    [Fact]
    public Task Tuple_values_of_a_dictionary_read_from_its_pairs_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using AiRace.Core;
        public static class Book
        {
            public static readonly Dictionary<string, (Money Low, Money High)> Bands = new() { ["east"] = (Money.Usd(1m), Money.Usd(2m)) };
            public static readonly Dictionary<string, (Money Low, Money High)> Mixed = new() { ["east"] = (Money.Usd(1m), Money.Usd(2m)) };
            public static readonly Dictionary<string, (Money Low, Money High)> Loaded = new();
            public static void Widen(string region, decimal a) => Mixed[region] = (Money.Cny(a), Money.Usd(a));
            public static void Load(string region, string text) => Loaded[region] = (Money.Parse(text), Money.Parse(text));
        }
        """,
        """
        using AiRace.Core;
        class Use
        {
            bool A(decimal d) { foreach (var (region, band) in Book.Bands) if (band.Low > Money.Usd(d) && band.High > Money.Usd(d)) return true; return false; }
            bool B(decimal d) { foreach (var pair in Book.Mixed) if (pair.Value.Low > Money.Usd(d) || pair.Value.Low > Money.Cny(d)) return true; return false; }
            bool C(decimal d) { foreach (var band in Book.Loaded.Values) if (band.Low > Money.Cny(d)) return true; return false; }
            bool D(decimal d) { foreach (var (region, band) in Book.Mixed) if (band.High > Money.Usd(d)) return true; return false; }
            bool E(decimal d) => Book.Mixed.TryGetValue("east", out var band) && band.Low > Money.Usd(d) && Book.Loaded.TryGetValue("x", out var loaded) && loaded.Low > Money.Cny(d);
            bool F(decimal d)
            {
                if (!Book.Bands.TryGetValue("east", out var band)) return false;
                band.Low = Money.Cny(1m);
                return band.Low > Money.Cny(d);
            }
            bool G(decimal d)
            {
                if (!Book.Bands.TryGetValue("east", out var band)) return false;
                Book.Mixed.TryGetValue("east", out band);
                return band.High > Money.Usd(d) || band.High > Money.Cny(d);
            }
        }
        """);

    [Fact]
    public Task Out_parameter_of_a_method_of_the_compilation_Reports() => Files.Verify(
        """
        using System.Collections.Generic;
        using AiRace.Core;
        public static class Rates
        {
            private static readonly Dictionary<string, Money> Caps = new() { ["east"] = Money.Cny(5m) };
            public static bool TryCap(string region, out Money cap)
            {
                if (region == "east") { cap = Money.Cny(1m); return true; }
                cap = Money.Cny(2m);
                return false;
            }
            public static void Floor(out Money floor) => floor = Money.Cny(3m);
            public static bool TryPass(out Money m) => TryCap("east", out m);
            public static bool TryLookUp(string region, out Money cap) => Caps.TryGetValue(region, out cap);
            public static void Band(decimal a, out Money low, out Money high) { low = Money.Usd(a); high = Money.Cny(a); }
        }
        """,
        """
        using AiRace.Core;
        class Use
        {
            Money _floor;
            bool A(decimal d) => Rates.TryCap("x", out var cap) && {|AIR0001:cap > Money.Usd(d)|};
            bool B(decimal d) { Rates.Floor(out Money f); return {|AIR0001:f > Money.Usd(d)|}; }
            bool C(decimal d) { Money g; Rates.TryPass(out g); return {|AIR0001:g > Money.Usd(d)|}; }
            bool D(decimal d) => Rates.TryLookUp("east", out var cap) && {|AIR0001:cap > Money.Usd(d)|};
            bool E(decimal d) { Rates.Band(d, out var low, out var high); return {|AIR0001:low > high|}; }
            bool F(decimal d) { Rates.Floor(out _floor); return {|AIR0001:_floor > Money.Usd(d)|}; }
        }
        """);

    [Fact]
    public Task Out_parameter_of_a_method_of_the_compilation_DoesNotReport() => Files.Verify(
        """
        using AiRace.Core;
        public class Rates
        {
            public static bool TryCap(string region, out Money cap)
            {
                if (region == "east") { cap = Money.Cny(1m); return true; }
                cap = Money.Usd(2m);
                return false;
            }
            public static bool TryRead(string text, out Money value) { value = Money.Parse(text); return true; }
            public virtual void Floor(out Money floor) => floor = Money.Cny(3m);
            public static void Reset(out Money m) { m = Money.Cny(1m); Change(ref m); }
            public static void Alias(out Money m) { m = Money.Cny(1m); ref Money r = ref m; r = Money.Usd(1m); }
            public static void Thrown(out Money m) => throw new System.InvalidOperationException();
            static void Change(ref Money m) => m = Money.Usd(m.Amount);
        }
        """,
        """
        using AiRace.Core;
        class Use
        {
            bool A(decimal d) => Rates.TryCap("x", out var cap) && cap > Money.Usd(d);
            bool B(decimal d) => Rates.TryRead("CNY 1", out var v) && v > Money.Usd(d);
            bool C(Rates rates, decimal d) { rates.Floor(out var f); return f > Money.Usd(d); }
            bool D(decimal d) { Rates.Reset(out var m); Rates.Alias(out var n); return m > Money.Usd(d) || n > Money.Usd(d); }
            bool E(decimal d) { Rates.Thrown(out var m); return m > Money.Usd(d); }
            bool F(decimal d) => Rates.TryCap("x", out var cap) && cap > Money.Cny(d) && cap > Money.Usd(d);
        }
        """);

    [Fact]
    public Task Collection_handed_out_as_a_read_only_view_that_other_code_casts_back_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using AiRace.Core;
        public sealed class Desk
        {
            private readonly List<Money> _limits = new() { Money.Cny(1m) };
            private readonly Money[] _caps = { Money.Cny(1m) };
            private readonly List<Money> _floors = new() { Money.Cny(1m) };
            private readonly List<Money> _bands = new() { Money.Cny(1m) };
            private readonly List<Money> _quotas = new() { Money.Cny(1m) };
            private readonly List<Money> _local = new() { Money.Cny(1m) };
            public Desk() { Floors = _floors; }
            public IReadOnlyList<Money> Limits => _limits;
            public IEnumerable<Money> Caps() => _caps;
            public IReadOnlyList<Money> Floors { get; }
            public IReadOnlyCollection<Money> Bands { get { return _bands; } }
            public IReadOnlyList<Money> Quotas => _quotas;
            public bool Over(decimal x) =>
                Money.Usd(x) > _limits[0] || Money.Usd(x) > _caps[0] || Money.Usd(x) > _floors[0] || Money.Usd(x) > _bands[0]
                || Money.Usd(x) > _quotas[0] || Money.Usd(x) > _local[0];
            public void Reset()
            {
                IReadOnlyList<Money> view = _local;
                ((List<Money>)view)[0] = Money.Usd(1m);
            }
        }
        """,
        """
        using System.Collections.Generic;
        using AiRace.Core;
        static class Use
        {
            static void Patch(IEnumerable<Money> items) { if (items is List<Money> list) list.Add(Money.Usd(1m)); }
            static void A(Desk desk) => ((List<Money>)desk.Limits)[0] = Money.Usd(1m);
            static void B(Desk desk) { if (desk.Caps() is Money[] caps) caps[0] = Money.Usd(1m); }
            static void C(Desk desk) { var floors = desk.Floors; (floors as List<Money>)!.Add(Money.Usd(1m)); }
            static void D(Desk desk)
            {
                switch (desk.Bands)
                {
                    case List<Money> bands: bands.Add(Money.Usd(1m)); break;
                }
            }
            static void E(Desk desk) => Patch(desk.Quotas);
        }
        """);

    [Fact]
    public Task Collection_handed_out_as_a_read_only_view_only_read_Reports() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public sealed class Desk
        {
            private readonly List<Money> _limits = new() { Money.Cny(1m) };
            private readonly Money[] _caps = { Money.Cny(1m) };
            private readonly List<Money> _floors = new() { Money.Cny(1m) };
            private readonly List<Money> _local = new() { Money.Cny(1m) };
            public Desk() { Floors = _floors; }
            public IReadOnlyList<Money> Limits => _limits;
            public IEnumerable<Money> Caps() => _caps;
            public IReadOnlyList<Money> Floors { get; }
            public bool Over(decimal x) =>
                {|AIR0001:Money.Usd(x) > _limits[0]|} || {|AIR0001:Money.Usd(x) > _caps[0]|} || {|AIR0001:Money.Usd(x) > _floors[0]|}
                || {|AIR0001:Money.Usd(x) > _local[0]|};
            public int Count()
            {
                IReadOnlyList<Money> view = _local;
                return view is null ? 0 : view.Count;
            }
        }
        public sealed class Other
        {
            public IReadOnlyList<Money> Limits { get; } = new List<Money>();
        }
        """,
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        static class Use
        {
            static int Count(IEnumerable<Money> items) => items.Count();
            static int A(Desk desk, Other other) { ((List<Money>)other.Limits).Add(Money.Usd(1m)); return desk.Limits.Count + Count(desk.Floors); }
            static decimal B(Desk desk) => desk.Caps().Sum(m => m.Amount);
            static bool C(Desk desk) { var floors = desk.Floors; return floors is null || floors.Count > 0; }
        }
        """);

    [Fact]
    public Task Tuple_and_struct_locals_changed_in_place_DoesNotReport() => Files.Verify(
        """
        using AiRace.Core;
        public static class Estimates { public static (Money Domestic, Money Partner) Split(decimal a, decimal b) => (Money.Cny(a), Money.Cny(b)); }
        public struct Allowance
        {
            public Money Limit { get; init; }
            public void Abroad(decimal amount) => this = new Allowance { Limit = Money.Usd(amount) };
            public void Again(decimal amount) => this = this with { Limit = Money.Usd(amount) };
        }
        public sealed class Award
        {
            private Money _amount;
            public Money Amount { get => _amount; init => _amount = value; }
            public void Reprice(decimal dollars) => _amount = Money.Usd(dollars);
        }
        public struct Split
        {
            public Money Cap { get; init; }
            public Money this[int part] { get => Cap; set => this = new Split { Cap = value }; }
        }
        """,
        """
        using AiRace.Core;
        class Use
        {
            static void ToDollars(ref Money m) => m = Money.Usd(m.Amount);
            bool A(decimal dollars)
            {
                var split = Estimates.Split(1m, 2m);
                split.Partner = Money.Usd(dollars);
                var local = (Low: Money.Cny(1m), High: Money.Cny(2m));
                local.High = Money.Usd(dollars);
                return split.Partner > Money.Usd(1m) && local.High > Money.Usd(1m);
            }
            bool B()
            {
                var split = Estimates.Split(1m, 2m);
                ToDollars(ref split.Partner);
                var other = Estimates.Split(1m, 2m);
                (other.Partner, _) = (Money.Usd(1m), 0);
                return split.Partner > Money.Usd(1m) && other.Partner > Money.Usd(1m);
            }
            bool C()
            {
                var allowance = new Allowance { Limit = Money.Cny(100m) };
                allowance.Abroad(14m);
                var again = new Allowance { Limit = Money.Cny(100m) };
                again.Again(14m);
                var award = new Award { Amount = Money.Cny(100m) };
                award.Reprice(14m);
                return allowance.Limit > Money.Usd(10m) || again.Limit > Money.Usd(10m) || award.Amount > Money.Usd(10m);
            }
            bool D()
            {
                var split = new Split { Cap = Money.Cny(1m) };
                split[0] = Money.Usd(1m);
                return split.Cap > Money.Usd(1m);
            }
        }
        """);

    [Fact]
    public Task Tuple_and_struct_locals_read_without_change_Report() => Files.Verify(
        """
        using AiRace.Core;
        public static class Estimates { public static (Money Domestic, Money Partner) Split(decimal a, decimal b) => (Money.Cny(a), Money.Cny(b)); }
        public struct Allowance
        {
            public Money Limit { get; init; }
            public readonly decimal Share(decimal of) => Limit.Amount / of;
        }
        public sealed class Award { public Money Amount { get; init; } public string Note { get; set; } = ""; }
        """,
        """
        using AiRace.Core;
        class Use
        {
            bool A()
            {
                var split = Estimates.Split(1m, 2m);
                var local = (Low: Money.Cny(1m), High: Money.Cny(2m));
                decimal read = split.Partner.Amount + local.High.Amount + split.ToString().Length;
                return {|AIR0001:split.Partner > Money.Usd(1m)|} && {|AIR0001:local.High > Money.Usd(read)|};
            }
            bool B()
            {
                var allowance = new Allowance { Limit = Money.Cny(100m) };
                var award = new Award { Amount = Money.Cny(100m) };
                award.Note = "reviewed";
                return allowance.Share(2m) > 0m && {|AIR0001:allowance.Limit > Money.Usd(10m)|} || {|AIR0001:award.Amount > Money.Usd(10m)|};
            }
        }
        """);

    [Fact]
    public Task Task_constructed_around_a_value_Reports() => Files.Verify(
        """
        using System.Threading.Tasks;
        using AiRace.Core;
        public static class Source
        {
            public static ValueTask<Money> CapAsync() => new ValueTask<Money>(Money.Cny(1m));
            public static ValueTask<Money> FeeAsync() => new(Money.Jpy(1m));
        }
        """,
        """
        using System.Threading.Tasks;
        using AiRace.Core;
        class Use
        {
            async Task<bool> M() => {|AIR0001:await Source.CapAsync() > Money.Usd(1m)|} || {|AIR0001:await Source.FeeAsync() < Money.Eur(1m)|}
                || {|AIR0001:await new ValueTask<Money>(Money.Cny(1m)) > Money.Usd(1m)|};
        }
        """);

    [Fact]
    public Task Task_constructed_around_a_value_of_another_or_unknown_currency_DoesNotReport() => Files.Verify(
        """
        using System.Threading.Tasks;
        using AiRace.Core;
        public static class Source
        {
            public static ValueTask<Money> CapAsync() => new ValueTask<Money>(Money.Cny(1m));
            public static ValueTask<Money> ReadAsync(Money read) => new(read);
            public static ValueTask<Money> EitherAsync(bool cny) => cny ? new(Money.Cny(1m)) : new(Money.Usd(1m));
            public static ValueTask<Money> PendingAsync(Task<Money> pending) => new(pending);
        }
        """,
        """
        using System.Threading.Tasks;
        using AiRace.Core;
        class Use
        {
            async Task<bool> M(Money read, Task<Money> pending) => await Source.CapAsync() > Money.Cny(1m) || await Source.ReadAsync(read) > Money.Usd(1m)
                || await Source.EitherAsync(true) > Money.Usd(1m) || await Source.PendingAsync(pending) > Money.Usd(1m)
                || await new ValueTask<Money>(read) > Money.Usd(1m);
        }
        """);

    [Fact]
    public Task Repeated_value_and_element_counted_from_the_end_Report() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public static class Plan
        {
            public static readonly List<Money> Tranches = new() { Money.Cny(1m), Money.Cny(2m) };
            public static readonly Money[] Quarters = Enumerable.Repeat(Money.Jpy(5m), 4).ToArray();
            public static IEnumerable<Money> Instalments() => Enumerable.Repeat(Money.Eur(1m), 12);
        }
        """,
        """
        using System.Linq;
        using AiRace.Core;
        class Use
        {
            bool A() => {|AIR0001:Plan.Tranches[^1] > Money.Usd(1m)|};
            bool B() => {|AIR0001:Plan.Quarters[0] > Money.Usd(1m)|} || {|AIR0001:Plan.Instalments().First() < Money.Usd(1m)|};
            bool C() => {|AIR0001:Enumerable.Repeat(Money.Cny(1m), 3).Max() > Money.Usd(1m)|};
        }
        """);

    [Fact]
    public Task Repeated_value_and_element_counted_from_the_end_of_agreeing_or_unknown_currency_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public static class Plan
        {
            public static readonly List<Money> Tranches = new() { Money.Cny(1m), Money.Cny(2m) };
            public static readonly List<Money> Written = new() { Money.Cny(1m) };
            public static IEnumerable<Money> Instalments(Money each) => Enumerable.Repeat(each, 12);
            public static void Revise() => Written[^1] = Money.Usd(3m);
        }
        """,
        """
        using System.Linq;
        using AiRace.Core;
        class Use
        {
            bool A(Money each) => Plan.Tranches[^1] > Money.Cny(1m) || Plan.Instalments(each).First() > Money.Usd(1m);
            bool B() => Plan.Written[0] > Money.Usd(1m) || Plan.Written[^1] > Money.Cny(1m);
            bool C(Money each) => Enumerable.Repeat(each, 3).Max() > Money.Usd(1m);
        }
        """);

    [Fact]
    public Task Linq_over_sources_of_unknown_currency_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public sealed record Site(string Name, Money Capex);
        public static class Sites
        {
            public static List<Site> Loaded(IEnumerable<Site> read) => read.ToList();
        }
        """,
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Use
        {
            bool M(IEnumerable<Site> read) => Sites.Loaded(read).Any(s => s.Capex > Money.Usd(1m)) || read.Select(s => s.Capex).Max() > Money.Usd(1m);
        }
        """);

    [Fact]
    public Task Aggregate_onto_a_seed_of_another_currency_Reports() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public sealed record Invoice(string Vessel, Money Due);
        class Totals
        {
            private static readonly List<Money> Tranches = [Money.Eur(1m), Money.Eur(2m)];
            private static readonly Invoice[] Invoices = [new("Maru", Money.Eur(5m))];

            // field test 2: the accumulator is the seed when the function first runs, the element its second parameter
            Money A() => Tranches.Aggregate(Money.Zero(Currency.JPY), (total, t) => {|AIR0001:total + t|});
            Money B() => Invoices.Aggregate(Money.Jpy(0m), (acc, i) => {|AIR0001:acc + i.Due|});
            Money C() => Tranches.Aggregate((acc, t) => {|AIR0001:acc + Money.Jpy(1m)|});
            Money D() => Tranches.Aggregate((acc, t) => {|AIR0001:t - Money.Jpy(1m)|});
        }
        """);

    [Fact]
    public Task Aggregate_converting_onto_a_seed_of_its_currency_DoesNotReport() => Files.Verify(
        """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Totals
        {
            private static readonly List<Money> Tranches = [Money.Eur(1m), Money.Eur(2m)];

            // field test 2: a false report, the accumulator was taken for an element (euros) since both are Money
            Money A(DateOnly at, IExchangeRateProvider rates) =>
                Tranches.Aggregate(Money.Zero(Currency.JPY), (total, t) => total + t.ConvertTo(Currency.JPY, at, rates, RateLookup.ExactDate).Result);
            Money B() => Tranches.Aggregate(Money.Zero(Currency.EUR), (total, t) => total + t);
            Money C(Money seed) => Tranches.Aggregate(seed, (total, t) => total + Money.Jpy(1m));
            decimal D() => Tranches.Aggregate(Money.Zero(Currency.JPY), (total, t) => total + Money.Jpy(t.Amount), total => total.Amount);
        }
        """);

    [Fact]
    public Task Lambda_parameter_the_lambda_writes_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Totals
        {
            private static readonly List<Money> Tranches = [Money.Eur(1m), Money.Eur(2m)];

            // a false report: the parameter was taken for an element after the lambda replaced it
            bool A() => Tranches.Any(t =>
            {
                t = Money.Jpy(5m);
                return t > Money.Jpy(1m);
            });
            Money B() => Tranches.Aggregate(Money.Zero(Currency.EUR), (total, t) =>
            {
                total = Money.Jpy(0m);
                return total + Money.Jpy(t.Amount);
            });
        }
        """);

    [Fact]
    public Task Inner_key_selector_of_a_join_takes_the_inner_elements() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Totals
        {
            private static readonly List<Money> Euros = [Money.Eur(1m), Money.Eur(2m)];
            private static readonly List<Money> Yen = [Money.Jpy(100m)];

            // a false report: the inner key selector's parameter was taken for an element of the outer source
            int A() => Euros.Join(Yen, e => 1, y => y > Money.Jpy(1m) ? 1 : 0, (e, y) => 0).Count();
            int B() => Euros.Join(Yen, e => 1, y => {|AIR0001:y > Money.Eur(1m)|} ? 1 : 0, (e, y) => 0).Count();
        }
        """);

    // ---- objects: what their creation gave an init-only property; selectors; constant text ----

    [Fact]
    public Task Init_property_of_an_object_created_by_a_helper_Reports() => Files.Verify(
        """
        using System.Collections.Generic;
        using AiRace.Core;
        public sealed class Site { public Money Capex { get; init; } }
        public sealed record Award(string Agency, Money Amount);
        public static class Sites
        {
            public static Site Wuhan() => new Site { Capex = Money.Cny(3m) };
            public static Site Abilene() => new() { Capex = Money.Usd(1m) };
            public static readonly List<Award> Awards = new() { new Award("a", Money.Usd(1m)), new Award("b", Money.Usd(2m)) };
        }
        """,
        """
        using System.Linq;
        using AiRace.Core;
        class Use
        {
            bool M()
            {
                var local = new Site { Capex = Money.Eur(1m) };
                return {|AIR0001:Sites.Wuhan().Capex == Sites.Abilene().Capex|} || {|AIR0001:local.Capex > Sites.Wuhan().Capex|}
                    || {|AIR0001:Sites.Awards.Max(a => a.Amount) > Money.Parse("CNY 5000")|};
            }
        }
        """);

    [Fact]
    public Task Settable_property_of_a_created_object_and_parsed_text_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using AiRace.Core;
        public sealed class Site { public Money Capex { get; set; } }
        public sealed record Award(string Agency, Money Amount);
        public static class Sites
        {
            public static Site Wuhan() => new Site { Capex = Money.Cny(3m) };
            public static readonly List<Award> Awards = new() { new Award("a", Money.Usd(1m)), new Award("b", Money.Cny(2m)) };
        }
        """,
        """
        using System.Linq;
        using AiRace.Core;
        class Use
        {
            bool M(string text)
            {
                var site = Sites.Wuhan();
                site.Capex = Money.Usd(2m);
                return site.Capex > Money.Usd(1m) || Sites.Awards[0].Amount > Money.Usd(1m) || Money.Parse(text) > Money.Usd(1m);
            }
        }
        """);

    // ---- robustness: symbols whose syntax belongs to another compilation ----

    [Fact]
    public async Task Members_of_a_referenced_project_are_unknown_and_never_throw()
    {
        var library = Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create(
            "Other",
            new[] { Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText("using AiRace.Core; public static class Far { public static readonly Money Cap = Money.Cny(1m); public static Money Get() => Money.Cny(2m); }") },
            TestReferences.All,
            new Microsoft.CodeAnalysis.CSharp.CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var consumer = Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create(
            "Consumer",
            new[] { Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText("using AiRace.Core; class Use { bool M() => Far.Cap > Money.Usd(1m) || Far.Get() < Money.Usd(1m); }") },
            TestReferences.All.Add(library.ToMetadataReference()),
            new Microsoft.CodeAnalysis.CSharp.CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

        consumer.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Should().BeEmpty();
        var analyzers = System.Collections.Immutable.ImmutableArray.Create<Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer>(new AiRaceAnalyzer());
        var options = new Microsoft.CodeAnalysis.Diagnostics.CompilationWithAnalyzersOptions(
            new Microsoft.CodeAnalysis.Diagnostics.AnalyzerOptions(System.Collections.Immutable.ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false);
        var diagnostics = await consumer.WithAnalyzers(analyzers, options).GetAllDiagnosticsAsync(CancellationToken.None);
        diagnostics.Where(d => d.Id is "AD0001" or "AIR0001").Should().BeEmpty();
    }

    // ---- two parameters a helper combines (the currencies are known only at the call) ----

    [Fact]
    public Task Helper_checking_its_parameters_currencies_first_DoesNotReport() => Files.Verify(
        """
        using System;
        using AiRace.Core;
        public static class Gaps
        {
            // field test 2: the helper combines the two only when their currencies agree
            public static Money? IfComparable(Money a, Money b) => a.Currency == b.Currency ? a - b : null;

            public static bool Over(Money budget, Money limit)
            {
                if (budget.Currency != limit.Currency)
                {
                    throw new ArgumentException("convert first", nameof(limit));
                }

                return budget > limit;
            }

            public static int Rank(Money a, Money b) => a.Currency.Equals(b.Currency) ? a.CompareTo(b) : 0;
        }
        """,
        """
        using AiRace.Core;
        class Use
        {
            Money? M() => Gaps.IfComparable(Money.Jpy(5m), Money.Eur(1m));
            bool N() => Gaps.Over(Money.Jpy(5m), Money.Eur(1m));
            int O() => Gaps.Rank(Money.Jpy(5m), Money.Eur(1m));
        }
        """);

    [Fact]
    public Task Helper_checking_other_currencies_than_the_pair_it_combines_Reports() => Files.Verify(
        """
        using AiRace.Core;
        public static class Gaps
        {
            public static Money? Gap(Money a, Money b, Money c) => a.Currency == c.Currency ? a - b : null;
            public static bool Known(Money a, Money b) => a.Currency == Currency.EUR && a > b;
        }
        """,
        """
        using AiRace.Core;
        class Use
        {
            Money? M() => {|AIR0001:Gaps.Gap(Money.Jpy(5m), Money.Eur(1m), Money.Jpy(1m))|};
            bool N() => {|AIR0001:Gaps.Known(Money.Eur(5m), Money.Jpy(1m))|};
        }
        """);

    [Fact]
    public Task Helper_comparing_its_two_parameters_called_with_two_currencies_Reports() => Files.Verify(
        """
        using AiRace.Core;
        public static class Rules { public static bool Exceeds(Money budget, Money limit) => budget > limit; }
        """,
        """
        using AiRace.Core;
        class Check { bool Over() => {|AIR0001:Rules.Exceeds(Money.Cny(5m), Money.Usd(1m))|}; }
        """);

    // Promise (AIR0001: a helper that "reads both parameters' currencies ... handles a mismatch itself"): a property
    // pattern reads them as a member access does.
    [Fact]
    public Task Helper_reading_both_currencies_through_property_patterns_DoesNotReport() => Files.Verify(
        """
        using AiRace.Core;
        namespace Shop.Rules;
        public static class Budget
        {
            public static bool Over(Money spent, Money cap) => spent is { Currency: var s } && cap is { Currency: var c } && s == c && spent > cap;
        }
        """,
        """
        using AiRace.Core;
        using Shop.Rules;
        namespace Shop.Services;
        public sealed class Monitor
        {
            public bool Check() => Budget.Over(Money.Cny(10m), Money.Usd(1m));
        }
        """);

    // The twin: a pattern that reads one parameter's currency only (or none) leaves the helper followed.
    [Fact]
    public Task Helper_reading_one_currency_through_a_property_pattern_Reports() => Files.Verify(
        """
        using AiRace.Core;
        namespace Shop.Rules;
        public static class Budget
        {
            public static bool Over(Money spent, Money cap) => spent is { Currency: var s } && s == Currency.CNY && spent > cap;
            public static bool Under(Money spent, Money cap) => spent is { Amount: > 0m } && cap is { Amount: > 0m } && spent < cap;
        }
        """,
        """
        using AiRace.Core;
        using Shop.Rules;
        namespace Shop.Services;
        public sealed class Monitor
        {
            public bool Check() => {|AIR0001:Budget.Over(Money.Cny(10m), Money.Usd(1m))|};
            public bool Again() => {|AIR0001:Budget.Under(Money.Cny(10m), Money.Usd(1m))|};
        }
        """);

    // Promise (AIR0001: a helper that "reads both parameters' currencies" is not followed): through Money's Deconstruct.
    [Fact]
    public Task Helper_reading_both_currencies_by_deconstruction_DoesNotReport() => Files.Verify(
        """
        using AiRace.Core;
        namespace Shop.Rules;
        public static class Budget
        {
            public static bool Over(Money spent, Money cap)
            {
                var (_, spentIn) = spent;
                var (_, capIn) = cap;
                return spentIn == capIn && spent > cap;
            }
        }
        """,
        """
        using AiRace.Core;
        using Shop.Rules;
        namespace Shop.Services;
        public sealed class Monitor
        {
            public bool Check() => Budget.Over(Money.Cny(10m), Money.Usd(1m));
        }
        """);

    // The twin: a deconstruction that discards one parameter's currency does not read it.
    [Fact]
    public Task Helper_deconstructing_one_currency_and_discarding_the_other_Reports() => Files.Verify(
        """
        using AiRace.Core;
        namespace Shop.Rules;
        public static class Budget
        {
            public static bool Over(Money spent, Money cap)
            {
                var (spentAmount, _) = spent;
                var (_, capIn) = cap;
                return spentAmount > 0m && capIn == Currency.USD && spent > cap;
            }
        }
        """,
        """
        using AiRace.Core;
        using Shop.Rules;
        namespace Shop.Services;
        public sealed class Monitor
        {
            public bool Check() => {|AIR0001:Budget.Over(Money.Cny(10m), Money.Usd(1m))|};
        }
        """);

    // Promise (issue 12: "a currency check by the code (if (a.Currency != b.Currency) throw, guard helpers) silences it";
    // AIR0001: a helper that reads both parameters' currencies is not followed): the same helper with its inline throw is
    // silent, so a guard helper's call in its place must be too.
    [Fact]
    public Task Helper_checking_through_a_guard_helper_before_it_compares_DoesNotReport() => Files.Verify(
        """
        using AiRace.Core;
        namespace Shop.Rules;
        public static class Guards
        {
            public static void SameCurrency(Money a, Money b)
            {
                if (a.Currency != b.Currency)
                {
                    throw new CurrencyMismatchException("compare", a.Currency, b.Currency);
                }
            }
        }
        public static class Budget
        {
            public static bool Over(Money spent, Money cap)
            {
                Guards.SameCurrency(spent, cap);
                return spent > cap;
            }
        }
        """,
        """
        using AiRace.Core;
        using Shop.Rules;
        namespace Shop.Services;
        public sealed class Monitor
        {
            public bool Check(decimal yuan) => Budget.Over(Money.Cny(yuan), Money.Usd(1m));
        }
        """);

    // The twin: a helper called as a statement that reads one of the two currencies only checks nothing of the pair.
    [Fact]
    public Task Helper_calling_a_statement_helper_that_reads_one_currency_Reports() => Files.Verify(
        """
        using System;
        using AiRace.Core;
        namespace Shop.Rules;
        public static class Log
        {
            public static void Note(Money a, Money b) => Console.WriteLine(a.Currency.Code + " " + b.Amount);
        }
        public static class Budget
        {
            public static bool Over(Money spent, Money cap)
            {
                Log.Note(spent, cap);
                return spent > cap;
            }
        }
        """,
        """
        using AiRace.Core;
        using Shop.Rules;
        namespace Shop.Services;
        public sealed class Monitor
        {
            public bool Check(decimal yuan) => {|AIR0001:Budget.Over(Money.Cny(yuan), Money.Usd(1m))|};
        }
        """);

    // Promise (AIR0001: a helper is not followed when it handles a mismatch itself, through a helper called as a
    // statement only when that helper throws on a mismatch): a statement helper that logs both currencies checks nothing.
    [Fact]
    public Task Helper_calling_a_statement_helper_that_logs_both_currencies_Reports() => Files.Verify(
        """
        using System;
        using AiRace.Core;
        namespace Shop.Rules;
        public static class Audit
        {
            public static void Log(Money a, Money b) => Console.WriteLine($"{a.Currency} vs {b.Currency}");
        }
        public static class Budget
        {
            public static bool Over(Money spent, Money cap)
            {
                Audit.Log(spent, cap);
                return spent > cap;
            }
        }
        """,
        """
        using AiRace.Core;
        using Shop.Rules;
        namespace Shop.Services;
        public sealed class Monitor
        {
            public bool Check(decimal yuan) => {|AIR0001:Budget.Over(Money.Cny(yuan), Money.Usd(1m))|};
        }
        """);

    // The twin: a statement helper that compares both currencies but only returns on a mismatch lets the caller go on
    // to compare the two amounts anyway.
    [Fact]
    public Task Helper_calling_a_statement_helper_that_returns_on_a_mismatch_Reports() => Files.Verify(
        """
        using System;
        using AiRace.Core;
        namespace Shop.Rules;
        public static class Guards
        {
            public static void SameCurrency(Money a, Money b)
            {
                if (a.Currency != b.Currency)
                {
                    return;
                }

                Console.WriteLine("same currency");
            }
        }
        public static class Budget
        {
            public static bool Over(Money spent, Money cap)
            {
                Guards.SameCurrency(spent, cap);
                return spent > cap;
            }
        }
        """,
        """
        using AiRace.Core;
        using Shop.Rules;
        namespace Shop.Services;
        public sealed class Monitor
        {
            public bool Check(decimal yuan) => {|AIR0001:Budget.Over(Money.Cny(yuan), Money.Usd(1m))|};
        }
        """);

    [Fact]
    public Task Helper_adding_its_parameters_in_a_block_body_called_with_fields_of_two_currencies_Reports() => Files.Verify(
        """
        using AiRace.Core;
        public sealed class Totals
        {
            public Money Combine(Money first, Money second)
            {
                var total = first + second;
                return total;
            }
        }
        """,
        """
        using AiRace.Core;
        public static class Budgets { public static readonly Money Yuan = Money.Cny(7m); public static readonly Money Dollars = Money.Usd(1m); }
        class Use { Money M(Totals t) => {|AIR0001:t.Combine(Budgets.Yuan, Budgets.Dollars)|}; }
        """);

    [Fact]
    public Task Helper_with_CompareTo_called_with_named_arguments_in_another_order_Reports() => Files.Verify(
        """
        using AiRace.Core;
        public static class Order { public static int Rank(string label, Money left, Money right) => left.CompareTo(right); }
        """,
        """
        using AiRace.Core;
        class Use { int M() => {|AIR0001:Order.Rank(right: Money.Eur(2m), label: "x", left: Money.Cny(1m))|}; }
        """);

    [Fact]
    public Task Helper_with_Money_Max_called_from_locals_Reports() => Files.Verify(
        """
        using AiRace.Core;
        public static class Pick { public static Money Larger(Money a, Money b) => Money.Max(a, b); }
        """,
        """
        using AiRace.Core;
        class Use
        {
            Money M(decimal x)
            {
                var yuan = Money.Cny(x);
                var dollars = Money.Usd(x);
                return {|AIR0001:Pick.Larger(yuan, dollars)|};
            }
        }
        """);

    [Fact]
    public Task Helper_passing_both_on_to_another_helper_that_compares_them_Reports() => Files.Verify(
        """
        using AiRace.Core;
        public static class Rules
        {
            public static bool Exceeds(Money budget, Money limit) => budget > limit;
            public static bool WithinLimit(Money limit, Money budget) => !Exceeds(budget, limit);
        }
        """,
        """
        using AiRace.Core;
        class Check { bool Ok() => {|AIR0001:Rules.WithinLimit(Money.Usd(1m), Money.Cny(5m))|}; }
        """);

    [Fact]
    public Task Constructor_comparing_its_parameters_Reports() => Files.Verify(
        """
        using AiRace.Core;
        public sealed class Band
        {
            public Band(Money low, Money high) { if (low > high) throw new System.ArgumentException("low above high"); Low = low; High = high; }
            public Money Low { get; }
            public Money High { get; }
        }
        """,
        """
        using AiRace.Core;
        class Use { Band M() => {|AIR0001:new Band(Money.Cny(1m), Money.Jpy(100m))|}; }
        """);

    [Fact]
    public Task Generic_math_helper_comparing_its_two_parameters_called_with_two_currencies_Reports() => Files.Verify(
        """
        using System.Numerics;
        using AiRace.Core;
        public static class Generic
        {
            public static T Larger<T>(T a, T b) where T : IComparisonOperators<T, T, bool> => a > b ? a : b;
            public static T Plus<T>(T a, T b) where T : IAdditionOperators<T, T, T> => a + b;
        }
        """,
        """
        using AiRace.Core;
        class Check
        {
            Money M() => {|AIR0001:Generic.Larger(Money.Cny(5m), Money.Usd(1m))|};
            Money N() => {|AIR0001:Generic.Plus<Money>(Money.Eur(5m), Money.Jpy(1m))|};
        }
        """);

    [Fact]
    public Task Generic_math_helper_called_with_one_currency_or_numbers_DoesNotReport() => Files.Verify(
        """
        using System.Numerics;
        using AiRace.Core;
        public static class Generic
        {
            public static T Larger<T>(T a, T b) where T : IComparisonOperators<T, T, bool> => a > b ? a : b;
            public static T First<T>(T a, T b) where T : IComparisonOperators<T, T, bool> => a;
        }
        """,
        """
        using AiRace.Core;
        class Check
        {
            Money M(Money unknown) => Generic.Larger(Money.Cny(5m), Money.Cny(1m)) + Generic.Larger(Money.Cny(5m), unknown);
            decimal N() => Generic.Larger(5m, 1m);
            Money O() => Generic.First(Money.Cny(5m), Money.Usd(1m));
        }
        """);

    [Fact]
    public Task Delegate_holding_a_lambda_that_compares_its_two_parameters_called_with_two_currencies_Reports() => Files.Verify(
        """
        using System;
        using AiRace.Core;
        public static class Audit
        {
            public static readonly Func<Money, Money, bool> Exceeds = (payment, limit) => payment > limit;
            public static bool Flag() => {|AIR0001:Exceeds(Money.Eur(9m), Money.Jpy(100m))|} || {|AIR0001:Exceeds.Invoke(Money.Eur(9m), Money.Usd(1m))|};
            public static Money Both()
            {
                Func<Money, Money, Money> add = (a, b) => { var total = a + b; return total; };
                return {|AIR0001:add(Money.Cny(1m), Money.Usd(1m))|};
            }
        }
        """);

    [Fact]
    public Task Delegate_called_with_one_currency_or_holding_an_unknown_function_DoesNotReport() => Files.Verify(
        """
        using System;
        using AiRace.Core;
        public static class Audit
        {
            public static readonly Func<Money, Money, bool> Exceeds = (payment, limit) => payment > limit;
            public static Func<Money, Money, bool> Settable = (payment, limit) => payment > limit;
            public static readonly Func<Money, Money, bool> Checked = (a, b) => a.Currency == b.Currency && a > b;
            public static readonly Func<Money, Money, Money> First = (a, b) => a;
            public static bool Flag(Func<Money, Money, bool> given) =>
                Exceeds(Money.Eur(9m), Money.Eur(100m)) || Settable(Money.Eur(9m), Money.Jpy(1m)) || Checked(Money.Eur(9m), Money.Jpy(1m))
                || given(Money.Eur(9m), Money.Jpy(1m)) || First(Money.Eur(9m), Money.Jpy(1m)).IsZero;
            public static Money Reassigned()
            {
                Func<Money, Money, Money> add = (a, b) => a + b;
                add = (a, b) => a;
                return add(Money.Cny(1m), Money.Usd(1m));
            }
        }
        """);

    [Fact]
    public Task Helper_called_with_one_currency_DoesNotReport() => Files.Verify(
        """
        using AiRace.Core;
        public static class Rules { public static bool Exceeds(Money budget, Money limit) => budget > limit; }
        """,
        """
        using AiRace.Core;
        class Check { bool Over(Money unknown) => Rules.Exceeds(Money.Cny(5m), Money.Cny(1m)) || Rules.Exceeds(Money.Cny(5m), unknown); }
        """);

    [Fact]
    public Task Helper_that_converts_one_parameter_before_comparing_DoesNotReport() => Files.Verify(
        """
        using AiRace.Core;
        public static class Rules
        {
            public static bool Exceeds(Money budget, Money limit, ExchangeRate rate)
            {
                budget = rate.Convert(budget).Result;
                return budget > limit;
            }
        }
        """,
        """
        using AiRace.Core;
        class Check { bool Over(ExchangeRate rate) => Rules.Exceeds(Money.Cny(5m), Money.Usd(1m), rate); }
        """);

    [Fact]
    public Task Helper_comparing_its_parameters_only_inside_a_lambda_DoesNotReport() => Files.Verify(
        """
        using AiRace.Core;
        public static class Rules { public static System.Func<bool> Later(Money budget, Money limit) => () => budget > limit; }
        """,
        """
        using AiRace.Core;
        class Check { System.Func<bool> M() => Rules.Later(Money.Cny(5m), Money.Usd(1m)); }
        """);

    [Fact]
    public Task Virtual_helper_that_an_override_may_replace_DoesNotReport() => Files.Verify(
        """
        using AiRace.Core;
        public class Rules { public virtual bool Exceeds(Money budget, Money limit) => budget > limit; }
        """,
        """
        using AiRace.Core;
        class Check { bool Over(Rules rules) => rules.Exceeds(Money.Cny(5m), Money.Usd(1m)); }
        """);

    [Fact]
    public Task Helper_using_its_parameters_apart_DoesNotReport() => Files.Verify(
        """
        using AiRace.Core;
        public static class Report { public static string Line(Money spent, Money planned) => spent.ToString() + " of " + planned.ToString(); }
        """,
        """
        using AiRace.Core;
        class Use { string M() => Report.Line(Money.Cny(5m), Money.Usd(1m)); }
        """);

    // ---- ordering records by a money member that differs in currency between the elements ----

    private const string Programmes = """
        using System.Collections.Generic;
        using AiRace.Core;
        public sealed record Programme(string Name, Money Budget);
        public sealed class Award { public string Title { get; init; } = ""; public Money Amount { get; init; } }
        public static class Catalogue
        {
            public static readonly List<Programme> All = new()
            {
                new Programme("East Data West Compute", Money.Cny(400m)),
                new Programme("Stargate", Money.Usd(100_000m)),
            };

            public static readonly Programme[] Chinese = { new("A", Money.Cny(1m)), new("B", Money.Cny(2m)) };
        }
        """;

    [Fact]
    public Task OrderBy_a_record_member_of_two_currencies_across_a_static_list_Reports() => Files.Verify(
        Programmes,
        """
        using System.Collections.Generic;
        using System.Linq;
        class Use { List<Programme> M() => {|AIR0001:Catalogue.All.OrderBy(p => p.Budget)|}.ToList(); }
        """);

    [Fact]
    public Task Max_and_ThenByDescending_by_a_member_of_two_currencies_through_LINQ_Report() => Files.Verify(
        Programmes,
        """
        using System.Linq;
        using AiRace.Core;
        class Use
        {
            // after a filter, some of the budgets: not known to mix (a filter often keeps one currency)
            Money Top() => Catalogue.All.Where(p => p.Name.Length > 0).Max(p => p.Budget);
            Money Top2() => {|AIR0001:Catalogue.All.OrderBy(p => p.Name).Max(p => p.Budget)|};
            object Ranked() => {|AIR0001:Catalogue.All.OrderBy(p => p.Name).ThenByDescending(p => p.Budget)|};
        }
        """);

    [Fact]
    public Task MaxBy_and_MinBy_a_member_or_money_of_two_currencies_Report() => Files.Verify(
        Programmes,
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Use
        {
            Programme? Largest() => {|AIR0001:Catalogue.All.MaxBy(p => p.Budget)|};
            // after a filter, some of the budgets: not known to mix (a filter often keeps one currency)
            Programme? Smallest() => Catalogue.All.Where(p => p.Name.Length > 0).MinBy(p => p.Budget);
            Money Top()
            {
                List<Money> both = [Money.Cny(1m), Money.Usd(1m)];
                return {|AIR0001:both.MaxBy(m => m)|};
            }
        }
        """);

    [Fact]
    public Task MaxBy_and_MinBy_of_one_currency_by_amount_or_with_a_comparer_DoesNotReport() => Files.Verify(
        Programmes,
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Use
        {
            Programme? Largest() => Catalogue.Chinese.MaxBy(p => p.Budget);
            Programme? ByName() => Catalogue.All.MinBy(p => p.Name);
            Programme? ByAmount() => Catalogue.All.MaxBy(p => p.Budget.Amount);
            Programme? Compared(IComparer<Money> byUsd) => Catalogue.All.MaxBy(p => p.Budget, byUsd);
            Programme? Guarded() => Catalogue.All.Where(p => p.Budget.Currency == Currency.CNY).MaxBy(p => p.Budget);
        }
        """);

    [Fact]
    public Task Select_of_a_member_of_two_currencies_in_method_and_query_syntax_Reports() => Files.Verify(
        Programmes,
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Use
        {
            Money Top() => {|AIR0001:Catalogue.All.Select(p => p.Budget).Max()|};
            Money Total() => {|AIR0001:(from p in Catalogue.All orderby p.Name select p.Budget).Sum(Currency.CNY)|};
            Money Sorted() => {|AIR0001:Catalogue.All.Select(p => p.Budget).Order()|}.First();
            Money Pairs()
            {
                List<(string Name, Money Cap)> caps = [("a", Money.Cny(1m)), ("b", Money.Usd(1m))];
                return {|AIR0001:caps.Select(c => c.Cap).Min()|};
            }
        }
        """);

    [Fact]
    public Task Find_and_GetOrAdd_of_one_currency_against_another_Report() => Files.Verify(
        """
        using System;
        using System.Collections.Concurrent;
        using System.Collections.Generic;
        using AiRace.Core;
        class Use
        {
            private static readonly Money National = Money.Cny(344m);
            private static readonly List<Money> EuCalls = [Money.Eur(1m), Money.Eur(2m)];
            private static readonly Money[] Yuan = [Money.Cny(1m), Money.Cny(2m)];
            private readonly ConcurrentDictionary<string, Money> _draws = new();
            void Draw(string fund) => _draws.TryAdd(fund, Money.Cny(1m));
            Money FirstAbove() => EuCalls.Find(c => {|AIR0001:c > National|});
            bool LastAbove() => EuCalls.FindLast(c => {|AIR0001:c < National|}) > Money.Eur(0m);
            bool ArrayFind() => {|AIR0001:Array.Find(Yuan, m => m > Money.Cny(1m)) > Money.Usd(1m)|};
            bool ArrayFindLast() => {|AIR0001:Array.FindLast(Yuan, m => {|AIR0001:m > Money.Usd(1m)|}) < Money.Eur(1m)|};
            bool Drawn(string fund) => {|AIR0001:_draws.GetOrAdd(fund, Money.Zero(Currency.CNY)) > Money.Usd(1m)|};
        }
        """);

    [Fact]
    public Task Find_and_GetOrAdd_of_one_currency_or_unknown_DoesNotReport() => Files.Verify(
        """
        using System;
        using System.Collections.Concurrent;
        using System.Collections.Generic;
        using AiRace.Core;
        class Use
        {
            private static readonly List<Money> EuCalls = [Money.Eur(1m), Money.Eur(2m)];
            private static readonly Money[] Mixed = [Money.Cny(1m), Money.Usd(2m)];
            private readonly ConcurrentDictionary<string, Money> _draws = new();
            private readonly ConcurrentDictionary<string, Money> _made = new();
            void Draw(string fund, Money given) { _draws.TryAdd(fund, Money.Cny(1m)); _made.GetOrAdd(fund, _ => given); }
            Money FirstAbove() => EuCalls.Find(c => c > Money.Eur(1m));
            bool FromMixed() => Array.Find(Mixed, m => m.Currency == Currency.CNY) > Money.Usd(1m);
            bool Given(Money[] given) => Array.Find(given, m => m > Money.Usd(1m)) > Money.Usd(1m);
            bool Drawn(string fund) => _draws.GetOrAdd(fund, Money.Zero(Currency.CNY)) > Money.Cny(1m);
            bool Made(string fund) => _made.GetOrAdd(fund, _ => Money.Cny(1m)) > Money.Usd(1m);
        }
        """);

    [Fact]
    public Task Value_of_a_dictionarys_pairs_of_two_currencies_Reports() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Use
        {
            private readonly Dictionary<string, Money> _byRegion = new() { ["cn"] = Money.Cny(1m), ["us"] = Money.Usd(1m) };
            // after a filter the flow cannot read, some of the values: reported only when every one it may keep is in another
            // currency; a filter on the key compared with a constant keeps the values written with the keys it keeps (stop 62)
            Money Kept() => _byRegion.Where(kv => kv.Key.StartsWith("u")).Sum(kv => kv.Value, Currency.USD);
            Money KeptByKey() => {|AIR0001:_byRegion.Where(kv => kv.Key != "eu").Sum(kv => kv.Value, Currency.USD)|};
            Money Total() => {|AIR0001:_byRegion.Where(kv => kv.Key != "eu").Sum(kv => kv.Value, Currency.EUR)|};
            Money Top() => {|AIR0001:_byRegion.Select(kv => kv.Value).Max()|};
            object Ranked() => {|AIR0001:_byRegion.OrderBy(kv => kv.Value)|};
        }
        """);

    [Fact]
    public Task Value_of_a_dictionarys_pairs_of_one_currency_or_filtered_by_currency_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Use
        {
            private readonly Dictionary<string, Money> _byRegion = new() { ["cn"] = Money.Cny(1m), ["us"] = Money.Usd(1m) };
            private readonly Dictionary<string, Money> _yuan = new() { ["sh"] = Money.Cny(1m), ["bj"] = Money.Cny(2m) };
            Money Yuan() => _yuan.Sum(kv => kv.Value, Currency.CNY);
            Money Top() => _yuan.Select(kv => kv.Value).Max();
            Money Filtered() => _byRegion.Where(kv => kv.Value.Currency == Currency.USD).Sum(kv => kv.Value, Currency.USD);
            Money Given(Dictionary<string, Money> given) => given.Select(kv => kv.Value).Max();
            Money Pairs(List<KeyValuePair<string, Money>> pairs) => pairs.Select(kv => kv.Value).Max();
        }
        """);

    [Fact]
    public Task Select_of_a_member_of_one_currency_or_not_money_or_filtered_by_currency_DoesNotReport() => Files.Verify(
        Programmes,
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Use
        {
            Money Chinese() => Catalogue.Chinese.Select(p => p.Budget).Sum(Currency.CNY);
            decimal Amounts() => Catalogue.All.Select(p => p.Budget.Amount).Max();
            Money Yuan() => Catalogue.All.Where(p => p.Budget.Currency == Currency.CNY).Select(p => p.Budget).Sum(Currency.CNY);
            string? Names() => Catalogue.All.Select(p => p.Name).Max();
            Money Chosen() => (from p in Catalogue.All where p.Name.StartsWith("East") select p.Budget).Sum(Currency.CNY);
            Money First() => Catalogue.All.Take(1).Select(p => p.Budget).Max();
            Money Given(List<Programme> given) => given.Select(p => p.Budget).Max();
        }
        """);

    [Fact]
    public Task OrderBy_a_member_set_by_object_initializers_added_in_two_currencies_Reports() => Files.Verify(
        Programmes,
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Awards
        {
            private readonly List<Award> _awards = new();
            public Awards()
            {
                _awards.Add(new Award { Title = "CHIPS", Amount = Money.Usd(39m) });
                _awards.Add(new Award { Title = "Big Fund", Amount = Money.Cny(344m) });
            }

            public IEnumerable<Award> Ordered() => {|AIR0001:_awards.OrderByDescending(a => a.Amount)|};
        }
        """);

    [Fact]
    public Task OrderBy_a_member_of_one_currency_DoesNotReport() => Files.Verify(
        Programmes,
        """
        using System.Linq;
        class Use { object M() => Catalogue.Chinese.OrderBy(p => p.Budget).Max(p => p.Budget); }
        """);

    [Fact]
    public Task OrderBy_a_member_when_an_element_may_have_been_removed_or_is_unknown_DoesNotReport() => Files.Verify(
        Programmes,
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Board
        {
            private readonly List<Programme> _shown = new();
            public void Show(Programme external)
            {
                _shown.Add(new Programme("A", Money.Cny(1m)));
                _shown.Add(new Programme("B", Money.Usd(1m)));
                _shown.RemoveAt(0);
            }

            public object Ordered() => _shown.OrderBy(p => p.Budget);
            public object Other(List<Programme> given) => given.OrderBy(p => p.Budget);
        }
        """);

    [Fact]
    public Task OrderBy_another_member_or_a_computed_key_DoesNotReport() => Files.Verify(
        Programmes,
        """
        using System.Linq;
        using AiRace.Core;
        class Use
        {
            object ByName() => Catalogue.All.OrderBy(p => p.Name);
            object ByConverted(ExchangeRate rate) => Catalogue.All.OrderBy(p => p.Budget.Amount);
        }
        """);

    // ---- a collection one method rebuilds: Clear, then adds ----

    [Fact]
    public Task List_of_money_rebuilt_after_Clear_in_one_method_Reports() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Lines
        {
            private readonly List<Money> _lines = new();
            public void Rebuild()
            {
                _lines.Clear();
                _lines.Add(Money.Cny(1m));
                _lines.Add(Money.Usd(1m));
            }

            public Money Top() => {|AIR0001:_lines.Max()|};
        }
        """);

    [Fact]
    public Task Records_rebuilt_after_Clear_in_loops_ordered_by_their_money_Reports() => Files.Verify(
        Programmes,
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Tiles
        {
            private readonly List<Programme> _tiles = new();
            public IReadOnlyList<Programme> Build(IEnumerable<string> names)
            {
                _tiles.Clear();
                foreach (var name in names)
                {
                    _tiles.Add(new Programme(name, Money.Cny(1m)));
                }

                _tiles.Add(new Programme("Stargate", Money.Usd(1m)));
                return _tiles;
            }

            public object Ordered() => {|AIR0001:_tiles.OrderBy(t => t.Budget)|};
        }
        """);

    [Fact]
    public Task Clear_in_another_method_than_the_adds_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Lines
        {
            private readonly List<Money> _lines = new();
            public void Reset() => _lines.Clear();
            public void Fill()
            {
                _lines.Add(Money.Cny(1m));
                _lines.Add(Money.Usd(1m));
            }

            public Money Top() => _lines.Max();
        }
        """);

    [Fact]
    public Task Add_before_the_Clear_or_inside_a_lambda_after_it_DoesNotReport() => Files.Verify(
        """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Before
        {
            private readonly List<Money> _lines = new();
            public void Rebuild()
            {
                _lines.Add(Money.Cny(1m));
                _lines.Clear();
                _lines.Add(Money.Usd(1m));
            }

            public Money Top() => _lines.Max();
        }

        class Later
        {
            private readonly List<Money> _lines = new();
            public Action Rebuild()
            {
                _lines.Clear();
                _lines.Add(Money.Cny(1m));
                return () => _lines.Add(Money.Usd(1m));
            }

            public Money Top() => _lines.Max();
        }
        """);

    [Fact]
    public Task Clear_under_a_condition_or_of_a_list_that_starts_full_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Conditional
        {
            private readonly List<Money> _lines = new();
            public void Rebuild(bool again)
            {
                if (again)
                {
                    _lines.Clear();
                }

                _lines.Add(Money.Cny(1m));
                _lines.Add(Money.Usd(1m));
            }

            public Money Top() => _lines.Max();
        }

        class StartsFull
        {
            private readonly List<Money> _lines = new() { Money.Eur(1m) };
            public void Rebuild()
            {
                _lines.Clear();
                _lines.Add(Money.Cny(1m));
            }

            public Money Top() => _lines.Max();
        }
        """);

    // ---- locals that write each other (field test 2: a swap sent the search round in a circle, a stack overflow) ----

    [Fact]
    public Task Locals_swapped_through_a_deconstruction_DoesNotReport() => Files.Verify(
        """
        using AiRace.Core;
        class Swap
        {
            bool Over(bool swap)
            {
                var limit = Money.Eur(1_000m);
                var yen = Money.Jpy(150_000m);
                if (swap)
                {
                    (limit, yen) = (yen, limit);
                }

                return limit >= Money.Jpy(100_000m) || yen < Money.Eur(1m);
            }

            bool Rotate(Money unknown)
            {
                var a = Money.Eur(1m);
                var b = Money.Eur(2m);
                var c = unknown;
                (a, b, c) = (b, c, a);
                return a > Money.Jpy(1m);
            }
        }
        """);

    [Fact]
    public Task Locals_that_write_each_other_in_one_currency_Report() => Files.Verify(
        """
        using AiRace.Core;
        class Swap
        {
            bool Over(bool swap)
            {
                var low = Money.Eur(1_000m);
                var high = Money.Eur(2_000m);
                if (swap)
                {
                    (low, high) = (high, low);
                }

                return {|AIR0001:high > Money.Jpy(100_000m)|};
            }

            bool Copied()
            {
                var low = Money.Eur(1_000m);
                var high = Money.Eur(2_000m);
                (low, high) = (high, high);
                return {|AIR0001:low > Money.Jpy(1m)|};
            }
        }
        """);

    // ---- element reads that may give a default value instead (field test 2) ----

    [Fact]
    public Task Element_or_a_default_of_another_currency_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Floors
        {
            private static readonly Dictionary<string, Money> ByDesk = new() { ["treasury"] = Money.Eur(1_000m) };
            private static readonly List<Money> Tranches = [Money.Eur(1m), Money.Eur(2m)];

            bool A(string desk) => ByDesk.GetValueOrDefault(desk, Money.Jpy(0m)) < Money.Jpy(500m);
            bool B() => Tranches.FirstOrDefault(Money.Jpy(0m)) > Money.Jpy(10m);
            bool C() => Tranches.LastOrDefault(t => t.Amount > 1m, Money.Jpy(0m)) > Money.Eur(10m);
            bool D() => Tranches.DefaultIfEmpty(Money.Jpy(0m)).Max() > Money.Jpy(1m);
            Money E() => Tranches.DefaultIfEmpty(Money.Jpy(0m)).Min();
        }
        """);

    [Fact]
    public Task Element_or_a_default_of_the_same_currency_Reports() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Floors
        {
            private static readonly Dictionary<string, Money> ByDesk = new() { ["treasury"] = Money.Eur(1_000m) };
            private static readonly List<Money> Tranches = [Money.Eur(1m), Money.Eur(2m)];

            bool A(string desk) => {|AIR0001:ByDesk.GetValueOrDefault(desk, Money.Eur(0m)) < Money.Jpy(500m)|};
            bool B() => {|AIR0001:Tranches.FirstOrDefault(Money.Eur(0m)) > Money.Jpy(10m)|};
            bool C(string desk) => {|AIR0001:ByDesk.GetValueOrDefault(desk) < Money.Jpy(500m)|};
            bool D() => {|AIR0001:Tranches.DefaultIfEmpty(Money.Eur(0m)).Max() > Money.Jpy(1m)|};
        }
        """);

    // ---- pattern variables: property subpatterns and list patterns (field test 2) ----

    [Fact]
    public Task Pattern_variables_of_members_and_elements_Report() => Files.Verify(
        """
        using System.Collections.Generic;
        using AiRace.Core;
        public sealed record Receipt(string Reference, Money Received);
        class Checks
        {
            private static readonly Receipt Sample = new("r-1", Money.Jpy(5_000m));
            private static readonly List<Money> Tranches = [Money.Eur(1m), Money.Eur(2m)];

            bool A(object item) => item is Receipt { Received: var yen } && {|AIR0001:yen > Money.Eur(1m)|};
            bool B(object item) => item is Receipt { Received: Money yen, Reference: "x" } && {|AIR0001:yen > Money.Eur(1m)|};
            bool C() => Tranches is [var first, .., var last] && {|AIR0001:first > Money.Jpy(1m)|} && last.IsZero;
            string D() => Tranches switch
            {
                [var only] when {|AIR0001:only > Money.Jpy(1m)|} => "one",
                _ => "more",
            };
        }
        """);

    [Fact]
    public Task Pattern_variables_of_mixed_or_unknown_members_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using AiRace.Core;
        public sealed record Line(string Item, Money Cost);
        class Checks
        {
            private static readonly Line[] Lines = [new("a", Money.Eur(1m)), new("b", Money.Jpy(1m))];
            private static readonly List<Money> Mixed = [Money.Eur(1m), Money.Jpy(2m)];

            bool A(object item) => item is Line { Cost: var cost } && cost > Money.Eur(1m);
            bool B() => Mixed is [var first, ..] && first > Money.Jpy(1m);
            bool C(List<Money> given) => given is [var first, ..] && first > Money.Jpy(1m);
            bool D() => Mixed is [_, .. var rest] && rest.Count > 0;
            bool E(Money m) => m is { Currency: var c } && c == Currency.EUR;
        }
        """);
}

/// <summary>Runs AIR0001 alone over several files of one compilation, against the real AiRace.Core.</summary>
internal static class Files
{
    private static readonly string[] OtherIds = new AiRaceAnalyzer().SupportedDiagnostics.Select(d => d.Id).Where(id => id != "AIR0001").Distinct().ToArray();

    public static Task Verify(params string[] sources) => Run(sources, null);

    /// <summary>As <see cref="Verify"/>, with unsafe code allowed (pointers, <c>fixed</c>).</summary>
    public static Task VerifyUnsafe(params string[] sources) => Run(sources, (solution, projectId) =>
        solution.WithProjectCompilationOptions(projectId, ((CSharpCompilationOptions)solution.GetProject(projectId)!.CompilationOptions!).WithAllowUnsafe(true)));

    /// <summary>As <see cref="Verify"/>, with the compiler's preview language version (C# 14 extension members).</summary>
    public static Task VerifyPreview(params string[] sources) => Run(sources, (solution, projectId) =>
        solution.WithProjectParseOptions(projectId, new CSharpParseOptions(LanguageVersion.Preview)));

    /// <summary>
    /// The first source in a project of its own (<c>Lib</c>) that the project of the others references as a project, as
    /// an IDE links them: its members keep their syntax, in trees of another compilation.
    /// </summary>
    public static Task VerifyReferencingProject(string library, params string[] sources) => Run(sources, null, library);

    private static Task Run(string[] sources, Func<Solution, ProjectId, Solution>? transform, string? library = null)
    {
        var test = new CSharpAnalyzerTest<AiRaceAnalyzer, DefaultVerifier>();
        for (int i = 0; i < sources.Length; i++)
        {
            test.TestState.Sources.Add(($"/File{i}.cs", sources[i]));
        }

        test.TestState.ReferenceAssemblies = TestReferences.None;
        test.TestState.AdditionalReferences.AddRange(TestReferences.All);
        test.TestState.OutputKind = OutputKind.DynamicallyLinkedLibrary;
        test.DisabledDiagnostics.AddRange(OtherIds);
        if (library is not null)
        {
            var lib = new ProjectState("Lib", LanguageNames.CSharp, "/Lib/", "cs") { ReferenceAssemblies = TestReferences.None, OutputKind = OutputKind.DynamicallyLinkedLibrary };
            lib.Sources.Add(("/Lib/Library.cs", library));
            lib.AdditionalReferences.AddRange(TestReferences.All);
            test.TestState.AdditionalProjects.Add("Lib", lib);
            test.TestState.AdditionalProjectReferences.Add("Lib");
        }

        if (transform is not null)
        {
            test.SolutionTransforms.Add(transform);
        }

        return test.RunAsync(CancellationToken.None);
    }
}

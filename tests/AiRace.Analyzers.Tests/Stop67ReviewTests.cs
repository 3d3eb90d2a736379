using System.Threading.Tasks;
using Xunit;

namespace AiRace.Analyzers.Tests;

/// <summary>
/// The adversarial review of stop 66's AIR0001 forms (issue 12: no AIR0001 means no mixing, and an unknown stays
/// silent): code where an override, a write through another path, a constructor or a guard gives another currency
/// than the form assumes, and the forms' misses that the documentation says are followed.
/// </summary>
public class Stop67ReviewTests
{
    [Fact]
    public Task Switch_method_overridden_or_a_default_interface_method_DoesNotReport() => Files.Verify(
        """
        using AiRace.Core;
        public enum Bloc { China, Europe }
        public class Caps
        {
            public virtual Money Cap(Bloc b) => b switch { Bloc.China => Money.Cny(1m), _ => Money.Eur(1m) };
        }
        public sealed class DollarCaps : Caps
        {
            public override Money Cap(Bloc b) => Money.Usd(1m);
        }
        public interface ICaps
        {
            Money Cap(Bloc b) => b switch { Bloc.China => Money.Cny(1m), _ => Money.Eur(1m) };
        }
        public sealed class Dollars : ICaps
        {
            public Money Cap(Bloc b) => Money.Usd(1m);
        }
        """,
        """
        using AiRace.Core;
        class Checks
        {
            bool A(Caps c) => c.Cap(Bloc.China) > Money.Usd(1m);
            bool B(ICaps c) => c.Cap(Bloc.China) > Money.Usd(1m);
        }
        """);

    [Fact]
    public Task Extension_on_a_held_read_model_whose_property_is_overridden_or_written_elsewhere_DoesNotReport() => Files.Verify(
        """
        using AiRace.Core;
        public class Fund(Money ceiling, Money paid)
        {
            public Money Ceiling => ceiling;
            public virtual Money Paid => paid;
        }
        public sealed class Converted(Money ceiling, Money paid) : Fund(ceiling, paid)
        {
            public override Money Paid => Money.Usd(1m);
        }
        public sealed class Desk
        {
            public Money Ceiling { get; set; }
            public Money Paid { get; set; }
        }
        public static class FundExtensions
        {
            public static Money Spent(this Fund f) => f.Paid;
            public static bool Exceeds(this Fund f, Money limit) => f.Paid > limit;
            public static Money Spent(this Desk d) => d.Paid;
            public static bool Exceeds(this Desk d, Money limit) => d.Paid > limit;
        }
        public static class Morning
        {
            public static readonly Fund China = new Converted(Money.Cny(1m), Money.Cny(1m));
            public static readonly Desk Wuhan = new() { Ceiling = Money.Cny(1m), Paid = Money.Cny(1m) };
            public static void Rebase(Desk d) => d.Paid = Money.Usd(1m);
            public static void Run() => Rebase(Wuhan);
        }
        """,
        """
        using AiRace.Core;
        class Checks
        {
            bool A() => Morning.China.Spent() > Money.Usd(1m);
            bool B() => Morning.China.Exceeds(Money.Usd(1m));
            bool C() => Morning.Wuhan.Spent() > Money.Usd(1m);
            bool D() => Morning.Wuhan.Exceeds(Money.Usd(1m));
        }
        """);

    [Fact]
    public Task Specification_held_in_a_readonly_field_a_constructor_assigns_DoesNotReport() => Files.Verify(
        """
        using AiRace.Core;
        public sealed class AtLeast(Money floor)
        {
            public Money Floor => floor;
            public bool IsSatisfiedBy(Money candidate) => candidate >= floor;
        }
        public sealed class Gate
        {
            private readonly AtLeast _floor = new(Money.Cny(1m));
            public Gate() { }
            public Gate(AtLeast floor) => _floor = floor;
            public AtLeast Held { get; } = new(Money.Cny(1m));
            public Gate(AtLeast floor, int _) => Held = floor;
            public bool Ok() => _floor.IsSatisfiedBy(Money.Usd(1m));
            public Money Low() => _floor.Floor - Money.Usd(1m);
            public bool HeldOk() => Held.IsSatisfiedBy(Money.Usd(1m));
        }
        public static class Use
        {
            public static bool Run() => new Gate(new AtLeast(Money.Usd(1m))).Ok() && new Gate(new AtLeast(Money.Usd(1m)), 0).HeldOk();
        }
        """);

    [Fact]
    public Task Specification_held_in_a_struct_field_replaced_with_this_DoesNotReport() => Files.Verify(
        """
        using AiRace.Core;
        public sealed class AtLeast(Money floor)
        {
            public bool IsSatisfiedBy(Money candidate) => candidate >= floor;
        }
        public struct Gate
        {
            private readonly AtLeast _floor = new(Money.Cny(1m));
            public Gate() { }
            public Gate(Money floor) => _floor = new(floor);
            public void Take(Gate other) => this = other;
            public bool Ok() => _floor.IsSatisfiedBy(Money.Usd(1m));
        }
        """);

    [Fact]
    public Task Created_getter_of_a_parameter_an_initializer_writes_DoesNotReport() => Files.Verify(
        """
        using AiRace.Core;
        public static class Align
        {
            public static int To(ref Money m, Money other) { m = other; return 0; }
        }
        public sealed class Spread(Money high, Money low)
        {
            private readonly int _aligned = Align.To(ref low, high);
            public Money Width => high - low;
        }
        public sealed class Band(Money high, Money low)
        {
            private readonly Money _kept = low = high;
            public Money Width => high - low;
        }
        """,
        """
        using AiRace.Core;
        class Checks
        {
            Money A() => new Spread(Money.Cny(1m), Money.Usd(1m)).Width;
            Money B() => new Band(Money.Cny(1m), Money.Usd(1m)).Width;
        }
        """);

    [Fact]
    public Task Getter_guarded_by_a_flag_every_creation_sets_false_DoesNotReport() => Files.Verify(
        """
        using AiRace.Core;
        public sealed class Band(Money low, Money high, bool compare = false)
        {
            public bool Inverted => compare && low > high;
            public Money Width => compare ? high - low : Money.Zero(Currency.USD);
            public Money Gap
            {
                get
                {
                    if (compare)
                    {
                        return high - low;
                    }

                    return Money.Zero(Currency.USD);
                }
            }
        }
        public static class Seed
        {
            public static readonly Band Wide = new(Money.Cny(1m), Money.Usd(1m), false);
            public static readonly Band Narrow = new Band(Money.Cny(2m), Money.Usd(2m));
        }
        """);

    [Fact]
    public Task Getter_guarded_by_a_flag_some_creation_may_set_Reports() => Files.Verify(
        """
        using AiRace.Core;
        public sealed class Band(Money low, Money high, bool compare)
        {
            public bool Inverted => compare && {|AIR0001:low > high|};
        }
        public sealed class Lane(Money low, Money high, bool compare)
        {
            public bool Inverted => compare && {|AIR0001:low > high|};
            public void Open() => compare = true;
        }
        public sealed class Pane(Money low, Money high, bool compare)
        {
            public Pane() : this(Money.Cny(3m), Money.Usd(3m), true) { }
            public bool Inverted => compare && {|AIR0001:low > high|};
        }
        public sealed class Strip(Money low, Money high, bool compare)
        {
            public bool Inverted => !compare && {|AIR0001:low > high|};
        }
        public static class Seed
        {
            public static readonly Band Wide = new(Money.Cny(1m), Money.Usd(1m), false);
            public static Band Made(bool b) => new(Money.Cny(2m), Money.Usd(2m), b);
            public static readonly Lane Road = new(Money.Cny(1m), Money.Usd(1m), false);
            public static readonly Strip Field = new(Money.Cny(1m), Money.Usd(1m), false);
            public static readonly Pane Glass = new(Money.Cny(1m), Money.Usd(1m), false);
        }
        """);

    [Fact]
    public Task Picked_records_whose_member_the_picked_type_overrides_DoesNotReport() => Files.Verify(
        """
        using System.Linq;
        using AiRace.Core;
        public class Event(Money ceiling)
        {
            public virtual Money Ceiling => ceiling;
        }
        public sealed class Announced(Money ceiling) : Event(ceiling)
        {
            public override Money Ceiling => Money.Usd(1m);
        }
        public sealed class Other(Money ceiling) : Event(ceiling);
        public static class Seed
        {
            public static Event[] All() => [new Announced(Money.Cny(1m)), new Announced(Money.Cny(2m)), new Other(Money.Eur(1m))];
        }
        """,
        """
        using System.Linq;
        using AiRace.Core;
        class Checks
        {
            bool A() => Seed.All().OfType<Announced>().Max(a => a.Ceiling) > Money.Usd(1m);
        }
        """);

    [Fact]
    public Task Lookup_group_by_a_key_the_element_type_overrides_DoesNotReport() => Files.Verify(
        """
        using System.Linq;
        using AiRace.Core;
        public class Award(Money amount, int year)
        {
            public Money Amount => amount;
            public virtual int Year => year;
        }
        public sealed class Late(Money amount, int year) : Award(amount, year)
        {
            public override int Year => 2023;
        }
        public static class Seed
        {
            public static readonly Award[] Awards = [new Award(Money.Usd(1m), 2024), new Late(Money.Cny(1m), 2024)];
        }
        """,
        """
        using System.Linq;
        using AiRace.Core;
        class Checks
        {
            Money A() => Seed.Awards.ToLookup(a => a.Year)[2024].Max(a => a.Amount);
            bool B() => Seed.Awards.ToLookup(a => a.Year)[2024].Min(a => a.Amount) > Money.Usd(1m);
        }
        """);

    [Fact]
    public Task Nested_collection_whose_element_member_is_written_through_a_read_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public sealed class Award
        {
            public Money Amount { get; set; }
        }
        public static class Book
        {
            private static readonly Dictionary<string, List<Award>> ByProgramme = new() { ["airr"] = [new Award { Amount = Money.Cny(1m) }] };
            private static readonly Dictionary<string, Dictionary<string, List<Award>>> Plans = new() { ["cn"] = new() { ["airr"] = [new Award { Amount = Money.Cny(1m) }] } };
            public static void Rebase()
            {
                ByProgramme["airr"][0].Amount = Money.Usd(1m);
                foreach (var a in Plans["cn"]["airr"]) a.Amount = Money.Usd(1m);
            }
            public static bool A() => ByProgramme["airr"].Max(a => a.Amount) > Money.Usd(1m);
            public static bool B() => Plans["cn"]["airr"].Max(a => a.Amount) > Money.Usd(1m);
        }
        """);

    [Fact]
    public Task Rate_a_method_of_the_code_returns_from_the_table_converts_with_its_currencies_Reports() => Files.Verify(
        """
        using System;
        using AiRace.Core;
        public sealed class Desk(ExchangeRateTable table)
        {
            public ExchangeRate YuanToDollars() => table.GetRate(Currency.CNY, Currency.USD, new DateOnly(2024, 1, 1), RateLookup.ExactDate);
            public ExchangeRate Any(Currency from, Currency to) => table.GetRate(from, to, new DateOnly(2024, 1, 1), RateLookup.ExactDate);
            public bool A() => {|AIR0001:YuanToDollars().Convert(Money.Cny(1m)).Result > Money.Eur(1m)|};
            public bool B() => YuanToDollars().Convert(Money.Cny(1m)).Result > Money.Usd(1m);
            public bool C() => Any(Currency.CNY, Currency.USD).Convert(Money.Cny(1m)).Result > Money.Eur(1m);
        }
        """);

    [Fact]
    public Task Sorted_dictionary_of_tuple_keys_under_a_culture_comparer_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using AiRace.Core;
        public sealed class Book
        {
            private readonly SortedDictionary<(string Region, int Year), Money> _caps = new(Comparer<(string, int)>.Default);
            private readonly SortedList<(string Region, int Year), Money> _list = new();
            public void Fill()
            {
                _caps[("cafe\u0301", 2024)] = Money.Usd(1m);
                _caps[("caf\u00E9", 2024)] = Money.Cny(1m);
                _list[("co\u00ADop", 2024)] = Money.Usd(1m);
                _list[("coop", 2024)] = Money.Cny(1m);
            }
            public bool A() => _caps[("caf\u00E9", 2024)] > Money.Usd(1m);
            public bool B() => _list[("coop", 2024)] > Money.Usd(1m);
        }
        """);

    [Fact]
    public Task Held_value_behind_an_overridable_or_field_backed_property_DoesNotReport() => Files.Verify(
        """
        using AiRace.Core;
        public sealed class AtLeast(Money floor)
        {
            public Money Floor => floor;
            public bool IsSatisfiedBy(Money candidate) => candidate >= floor;
        }
        public sealed class Fund
        {
            public Money Paid { get; private set; }
            public Fund(Money paid) => Paid = paid;
            public void Convert() => Paid = Money.Usd(1m);
        }
        public static class FundExtensions
        {
            public static Money Spent(this Fund f) => f.Paid;
        }
        public class Policy
        {
            public virtual AtLeast Floor { get; } = new(Money.Cny(1m));
            public virtual Fund Model { get; } = new(Money.Cny(1m));
        }
        public sealed class UsPolicy : Policy
        {
            public override AtLeast Floor => new(Money.Usd(1m));
            public override Fund Model => new(Money.Usd(1m));
        }
        public static class Specs
        {
            private static AtLeast s_big = new(Money.Cny(1m));
            public static AtLeast Big => s_big;
            public static void Swap() => s_big = new(Money.Usd(1m));
            public static readonly Fund Wuhan = new(Money.Cny(1m));
        }
        """,
        """
        using AiRace.Core;
        class Checks
        {
            bool A(Policy p) => p.Floor.IsSatisfiedBy(Money.Usd(1m));
            bool B(Policy p) => p.Floor.Floor > Money.Usd(1m);
            bool C(Policy p) => p.Model.Spent() > Money.Usd(1m);
            bool D() => Specs.Big.IsSatisfiedBy(Money.Usd(1m));
            bool E() => Specs.Big.Floor > Money.Usd(1m);
            bool F() => Specs.Wuhan.Spent() > Money.Usd(1m);
        }
        """);

    [Fact]
    public Task Picked_records_whose_base_is_given_another_value_or_lookup_keys_written_later_DoesNotReport() => Files.Verify(
        """
        using System.Linq;
        using AiRace.Core;
        public class Event(Money ceiling)
        {
            public Money Ceiling => ceiling;
        }
        public sealed class Announced(Money raw) : Event(Money.Usd(1m))
        {
            public Money Raw => raw;
        }
        public sealed class Other(Money ceiling) : Event(ceiling);
        public sealed class Award
        {
            public required Money Amount { get; init; }
            public int Year { get; set; }
        }
        public static class Seed
        {
            public static Event[] All() => [new Announced(Money.Cny(1m)), new Other(Money.Eur(1m))];
            public static readonly Award[] Awards = [new() { Amount = Money.Usd(1m), Year = 2024 }, new() { Amount = Money.Cny(1m), Year = 2023 }];
            public static void Move() => Awards[0].Year = 2023;
        }
        """,
        """
        using System.Linq;
        using AiRace.Core;
        class Checks
        {
            bool A() => Seed.All().OfType<Announced>().Max(a => a.Ceiling) > Money.Usd(1m);
            bool B() => Seed.Awards.ToLookup(a => a.Year)[2023].Max(a => a.Amount) > Money.Cny(1m);
        }
        """);

    [Theory]
    [InlineData("using System.Linq; using System.Collections.Frozen; using System.Collections.Generic; using AiRace.Core; var all = new Event[] { new Announced(Money.Cny(1m)) }; var top = all.OfType<Announced>().Max(a => a.Ceiling) > Money.Usd(1m); var g = all.ToLookup(a => a.Year)[2024].Max(a => a.Ceiling) > Money.Usd(1m); var f = new Dictionary<string, Money> { [\"cn\"] = Money.Cny(1m) }.ToFrozenDictionary()[\"cn\"] > Money.Usd(1m); public record Event(Money Ceiling, int Year) { public virtual Money Ceiling { get; init; } = Ceiling; } public sealed record Announced(Money C) : Event(C, 2024) { public override Money Ceiling { get => base.Ceiling; init => base.Ceiling = value; } }")]
    [InlineData("using System.Linq; using AiRace.Core; public static class X { public static Money Spent(this Missing m) => m.Paid; public static Money Read(this RefFund f) => f.Paid; static readonly Missing M = new(Money.Cny(1m)); static bool A() => M.Spent() > Money.Usd(1m) && new Unknown(Money.Cny(1m), Money.Usd(1m)).Width > Money.Usd(1m) && Nothing.OfType<Announced>().Max(a => a.Ceiling) > Money.Usd(1m) && Nothing.ToLookup(a => a.Year)[2024].Any() && new RefFund(Money.Cny(1m)).Read() > Money.Usd(1m); } public ref struct RefFund(Money paid) { public Money Paid => paid; } public sealed class Announced;")]
    [InlineData("using AiRace.Core; public interface ISpec { Money Floor => Money.Cny(1m); bool IsSatisfiedBy(Money c) => c >= Floor; } public sealed class Spec : ISpec; public sealed class Gen<T>(Money floor) { public Money Floor => floor; public bool IsSatisfiedBy(Money c) => c >= floor; } public static class H { static readonly ISpec S = new Spec(); static readonly Gen<int> G = new(Money.Cny(1m)); static readonly Gen<string>? N = null; public static Money Pick(Bloc b) => b switch { Bloc.A => Money.Cny(1m), Bloc.B => , _ => throw null! }; static bool A() => S.IsSatisfiedBy(Money.Usd(1m)) && G.IsSatisfiedBy(Money.Usd(1m)) && G.Floor > Money.Usd(1m) && N!.Floor > Money.Usd(1m) && Pick(Bloc.A) > Money.Usd(1m) && Pick((Bloc)7) > Money.Usd(1m) && Pick(Bloc.C) > Money.Usd(1m); } public enum Bloc { A, B }")]
    [InlineData("using System; using AiRace.Core; public sealed partial class Desk(ExchangeRateTable table) { public ExchangeRate R() => table.GetRate(Currency.CNY, Currency.USD, default, default); public ExchangeRate S() => S(); public ExchangeRate T() { return ; } public ExchangeRate U() => V(); public partial ExchangeRate V(); bool A() => R().Convert(Money.Cny(1m)).Result > Money.Usd(1m) && S().Convert(Money.Cny(1m)).Result > Money.Eur(1m) && T().Convert(Money.Cny(1m)).Result > Money.Eur(1m) && U().Convert(Money.Cny(1m)).Result > Money.Eur(1m); }")]
    public async Task Odd_code_of_stop_66_forms_does_not_crash(string source) => await AllRules.AnalyzeAsync(source);

    [Fact]
    public Task Rate_a_method_returns_from_the_table_in_two_ways_or_an_overridable_one_DoesNotReport() => Files.Verify(
        """
        using System;
        using AiRace.Core;
        public class Desk(ExchangeRateTable table, bool euro)
        {
            public ExchangeRate Either()
            {
                if (euro)
                {
                    return table.GetRate(Currency.EUR, Currency.USD, new DateOnly(2024, 1, 1), RateLookup.ExactDate);
                }

                return table.GetRate(Currency.CNY, Currency.USD, new DateOnly(2024, 1, 1), RateLookup.ExactDate);
            }

            public virtual ExchangeRate Open() => table.GetRate(Currency.CNY, Currency.USD, new DateOnly(2024, 1, 1), RateLookup.ExactDate);
            public ExchangeRate Held()
            {
                var rate = table.GetRate(Currency.CNY, Currency.USD, new DateOnly(2024, 1, 1), RateLookup.ExactDate);
                rate = table.GetRate(Currency.EUR, Currency.USD, new DateOnly(2024, 1, 1), RateLookup.ExactDate);
                return rate;
            }

            public bool A() => Either().Convert(Money.Eur(1m)).Result > Money.Eur(1m);
            public bool B() => Open().Convert(Money.Cny(1m)).Result > Money.Eur(1m);
            public bool C() => Held().Convert(Money.Eur(1m)).Result > Money.Eur(1m);
        }
        public sealed class Euros(ExchangeRateTable table) : Desk(table, false)
        {
            public override ExchangeRate Open() => table.GetRate(Currency.CNY, Currency.EUR, new DateOnly(2024, 1, 1), RateLookup.ExactDate);
        }
        """);

    [Theory]
    [InlineData("using AiRace.Core; public sealed partial class Band(Money low, Money high, bool compare) { public Band() : this(Money.Cny(1m)) { } public bool Inverted => compare && low > high; public Money W => compare ? high - low : low; } public sealed partial class Band { public Band(int x) : this(Money.Cny(1m), Money.Usd(1m), x) { } } public interface Band2 { } public sealed class Lane(Money low, Money high, bool compare) : Band2 { public bool I => compare && low > high; Lane Self => new Lane(low, high, I); } public struct Row(Money low, Money high, bool compare) { public bool I => compare && low > high; } public sealed class Gen<T>(T low, Money high, bool compare) { public bool I => compare && high > (Money)(object)low!; static Gen<int> G = new(1, Money.Usd(1m), false); } static class U { static Band B = new(Money.Cny(1m), Money.Usd(1m), Missing.Flag); static Band C = new(Money.Cny(1m), Money.Usd(1m)); static Row R = new(Money.Cny(1m), Money.Usd(1m), false); static Row D = default; }")]
    [InlineData("using AiRace.Core; var b = new Band(Money.Cny(1m), Money.Usd(1m), false); System.Console.WriteLine(b.Inverted); public record Band(Money low, Money high, bool compare) { public bool Inverted => compare && low > high; } public class Base(Money low, Money high, bool compare) { public bool I => compare && low > high; } public sealed class Derived : Base { public Derived() : base(Money.Cny(1m), Money.Usd(1m), true) { } }")]
    public async Task Odd_code_around_a_flag_guard_does_not_crash(string source) => await AllRules.AnalyzeAsync(source);

    [Fact]
    public Task Nested_dictionary_made_as_a_derived_dictionary_with_a_folding_comparer_DoesNotReport() => Files.Verify(
        """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public sealed class Folded<T>() : Dictionary<string, T>(StringComparer.OrdinalIgnoreCase);
        public static class Book
        {
            private static readonly Dictionary<string, List<Money>> ByRegion = new Folded<List<Money>> { ["cn"] = [Money.Cny(1m)], ["CN"] = [Money.Usd(1m)] };
            private static readonly Dictionary<string, Dictionary<string, List<Money>>> Plans = new Folded<Dictionary<string, List<Money>>> { ["cn"] = new() { ["a"] = [Money.Cny(1m)] }, ["CN"] = new() { ["a"] = [Money.Usd(1m)] } };
            public static bool A() => ByRegion["cn"].Max() > Money.Usd(1m);
            public static bool B() => Plans["cn"]["a"].Max() > Money.Usd(1m);
        }
        """);

    [Fact]
    public Task Keyed_read_of_an_overridable_or_interface_dictionary_property_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using AiRace.Core;
        public interface IBook
        {
            Dictionary<string, Money> Caps { get; }
        }
        public class Book : IBook
        {
            public virtual Dictionary<string, Money> Caps { get; } = new() { ["cn"] = Money.Cny(1m) };
            public Money CapFor(string region) => Caps[region];
        }
        public sealed class DollarBook : Book
        {
            public override Dictionary<string, Money> Caps { get; } = new() { ["cn"] = Money.Usd(1m) };
        }
        public sealed class OtherBook : IBook
        {
            public Dictionary<string, Money> Caps { get; } = new() { ["cn"] = Money.Usd(1m) };
        }
        """,
        """
        using AiRace.Core;
        class Checks
        {
            bool A(Book b) => b.Caps["cn"] > Money.Usd(1m);
            bool B(Book b) => b.CapFor("cn") > Money.Usd(1m);
            bool C(IBook b) => b.Caps["cn"] > Money.Cny(1m);
        }
        """);
}

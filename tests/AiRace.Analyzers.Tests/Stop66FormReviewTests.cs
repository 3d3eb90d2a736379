using System.Threading.Tasks;
using Xunit;

namespace AiRace.Analyzers.Tests;

/// <summary>
/// The adversarial review of stop 66's new AIR0001 flow forms (issue 12: no false report): code a team writes where a
/// keyed <c>GetOrAdd</c> factory, a getter of primary-constructor parameters read on a new object, a lookup's group, a
/// switch method given constants, or a dictionary three deep would give another currency than the form assumes.
/// </summary>
public class Stop66FormReviewTests
{
    [Fact]
    public Task Keyed_factory_cache_written_otherwise_or_keyed_loosely_DoesNotReport() => Files.Verify(
        """
        using System;
        using System.Collections.Concurrent;
        using System.Collections.Generic;
        using AiRace.Core;
        public static class Caps
        {
            public static readonly Money China = Money.Cny(1m);
            public static readonly Money Chips = Money.Usd(1m);
        }
        public sealed class Decade : IEqualityComparer<int>
        {
            public bool Equals(int x, int y) => x / 10 == y / 10;
            public int GetHashCode(int x) => x / 10;
        }
        public sealed class Service
        {
            private readonly ConcurrentDictionary<string, Money> _updated = new();
            private readonly ConcurrentDictionary<string, Money> _added = new();
            private readonly ConcurrentDictionary<string, Money> _valued = new();
            private readonly ConcurrentDictionary<string, Money> _twice = new();
            private readonly ConcurrentDictionary<string, Money> _tried = new();
            private ConcurrentDictionary<string, Money> _swapped = new();
            private readonly ConcurrentDictionary<int, Money> _decades = new(new Decade());
            private readonly ConcurrentDictionary<string, Money> _upper = new();
            private readonly ConcurrentDictionary<string, Money> _exposed = new();
            private readonly ConcurrentDictionary<string, Money> _handed = new();
            public ConcurrentDictionary<string, Money> Exposed => _exposed;
            public Money Updated(string r) => _updated.GetOrAdd(r, k => k switch { "cn" => Caps.China, _ => Caps.Chips });
            public void Update() => _updated.TryUpdate("cn", Caps.Chips, Caps.China);
            public Money Added(string r) => _added.GetOrAdd(r, k => k switch { "cn" => Caps.China, _ => Caps.Chips });
            public void Add() => _added.AddOrUpdate("cn", Caps.Chips, (_, _) => Caps.Chips);
            public Money Valued(string r) => _valued.GetOrAdd(r, k => k switch { "cn" => Caps.China, _ => Caps.Chips });
            public void Preload() => _valued.GetOrAdd("cn", Caps.Chips);
            public Money Twice(string r) => _twice.GetOrAdd(r, k => k switch { "cn" => Caps.China, _ => Caps.Chips });
            public Money Other(string r) => _twice.GetOrAdd(r, k => Caps.Chips);
            public Money Tried(string r) => _tried.GetOrAdd(r, k => k switch { "cn" => Caps.China, _ => Caps.Chips });
            public bool TryAdd() => _tried.TryAdd("cn", Caps.Chips);
            public Money Swapped(string r) => _swapped.GetOrAdd(r, k => k switch { "cn" => Caps.China, _ => Caps.Chips });
            public void Swap(ConcurrentDictionary<string, Money> other) => _swapped = other;
            public Money DecadeOf(int y) => _decades.GetOrAdd(y, k => k switch { 2024 => Caps.China, _ => Caps.Chips });
            public Money Upper(string r) => _upper.GetOrAdd(r.ToUpperInvariant(), k => k switch { "cn" => Caps.China, _ => Caps.Chips });
            public Money ExposedFor(string r) => _exposed.GetOrAdd(r, k => k switch { "cn" => Caps.China, _ => Caps.Chips });
            public Money Handed(string r) => _handed.GetOrAdd(r, k => k switch { "cn" => Caps.China, _ => Caps.Chips });
            public void Hand() => Fill(_handed);
            private static void Fill(ConcurrentDictionary<string, Money> d) => d["cn"] = Caps.Chips;
            public Money Second(string region, string fallback) => _upper.GetOrAdd(fallback, k => k switch { "cn" => Caps.China, _ => Caps.Chips });
        }
        public static class Outside
        {
            public static void Write(Service s) => s.Exposed["cn"] = Caps.Chips;
        }
        """,
        """
        using AiRace.Core;
        class Checks
        {
            bool A(Service s) => s.Updated("cn") > Money.Usd(1m);
            bool B(Service s) => s.Added("cn") > Money.Usd(1m);
            bool C(Service s) => s.Valued("cn") > Money.Usd(1m);
            bool D(Service s) => s.Twice("cn") > Money.Usd(1m);
            bool E(Service s) => s.Tried("cn") > Money.Usd(1m);
            bool F(Service s) => s.Swapped("cn") > Money.Usd(1m);
            bool G(Service s) => s.DecadeOf(2024) > Money.Usd(1m);
            bool H(Service s) => s.Upper("cn") > Money.Usd(1m);
            bool I(Service s) => s.ExposedFor("cn") > Money.Usd(1m);
            bool J(Service s) => s.Handed("cn") > Money.Usd(1m);
            bool K(Service s) => s.Second(fallback: "us", region: "cn") > Money.Usd(1m);
        }
        """);

    [Fact]
    public Task Switch_method_given_constants_that_another_arm_or_body_takes_DoesNotReport() => Files.Verify(
        """
        using System;
        using AiRace.Core;
        [Flags] public enum Bloc { None = 0, China = 1, Europe = 2 }
        public enum Tier : byte { Low, High }
        public class Picker
        {
            public virtual Money Pick(bool domestic) => domestic switch { true => Money.Cny(1m), false => Money.Usd(1m) };
        }
        public sealed class Dollars : Picker
        {
            public override Money Pick(bool domestic) => Money.Usd(1m);
        }
        public sealed class Generic<T>
        {
            public static Money Pick(bool domestic) => domestic switch { true => Money.Cny(1m), false => Money.Usd(1m) };
        }
        public static partial class Picks
        {
            public static Money Flags(Bloc bloc) => bloc switch { Bloc.China => Money.Cny(1m), Bloc.Europe => Money.Eur(1m), _ => Money.Usd(1m) };
            public static Money Cast(Bloc bloc) => bloc switch { Bloc.China => Money.Cny(1m), _ => Money.Usd(1m) };
            public static Money Tiered(Tier tier) => tier switch { Tier.Low => Money.Cny(1m), _ => Money.Usd(1m) };
            public static Money Long(long code) => code switch { 1 => Money.Cny(1m), _ => Money.Usd(1m) };
            public static Money Real(double rate) => rate switch { 0.0 => Money.Cny(1m), _ => Money.Usd(1m) };
            public static Money Chars(char c) => c switch { 'a' => Money.Cny(1m), _ => Money.Usd(1m) };
            public static Money Not(string r) => r switch { not "cn" => Money.Usd(1m), _ => Money.Cny(1m) };
            public static Money Or(string r) => r switch { "cn" or "hk" => Money.Cny(1m), _ => Money.Usd(1m) };
            public static Money Relational(int y) => y switch { < 2024 => Money.Cny(1m), _ => Money.Usd(1m) };
            public static Money Nullable(bool? d) => d switch { true => Money.Cny(1m), _ => Money.Usd(1m) };
            public static Money Defaulted(string r = "us") => r switch { "cn" => Money.Cny(1m), _ => Money.Usd(1m) };
            public static Money Named(string region, string fallback) => fallback switch { "cn" => Money.Cny(1m), _ => Money.Usd(1m) };
            public static Money Swapped(bool domestic, bool late) => (late, domestic) switch { (true, _) => Money.Cny(1m), _ => Money.Usd(1m) };
            public static Money Overloaded(string r) => r switch { "cn" => Money.Cny(1m), _ => Money.Usd(1m) };
            public static Money Overloaded(object r) => Money.Usd(1m);
            public static Money Captured(string r)
            {
                Action a = () => r = "us";
                a();
                return r switch { "cn" => Money.Cny(1m), _ => Money.Usd(1m) };
            }
            public static Money Objects(object o) => o switch { 1 => Money.Cny(1m), _ => Money.Usd(1m) };
            public static Money Declared(int y) => y switch { var v when v > 0 => Money.Usd(1m), _ => Money.Cny(1m) };
            public static partial Money Part(bool domestic);
            public static partial Money Part(bool domestic) => domestic switch { true => Money.Cny(1m), false => Money.Usd(1m) };
            public static Money Extended(this string r) => r switch { "cn" => Money.Cny(1m), _ => Money.Usd(1m) };
        }
        """,
        """
        using AiRace.Core;
        class Checks
        {
            bool A(Picker p) => p.Pick(true) > Money.Usd(1m);
            bool B() => Picks.Flags(Bloc.China | Bloc.Europe) > Money.Usd(1m);
            bool C() => Picks.Cast((Bloc)3) > Money.Usd(1m);
            bool D() => Picks.Tiered((Tier)1) > Money.Usd(1m);
            bool E() => Picks.Long(2) > Money.Usd(1m);
            bool F() => Picks.Real(-0.0) > Money.Cny(1m);
            bool G() => Picks.Chars('b') > Money.Usd(1m);
            bool H() => Picks.Not("cn") > Money.Cny(1m);
            bool I() => Picks.Or("hk") > Money.Cny(1m);
            bool J() => Picks.Relational(2023) > Money.Cny(1m);
            bool K() => Picks.Nullable(true) > Money.Cny(1m);
            bool L() => Picks.Defaulted() > Money.Usd(1m);
            bool M() => Picks.Named(fallback: "us", region: "cn") > Money.Usd(1m);
            bool N() => Picks.Swapped(late: false, domestic: true) > Money.Usd(1m);
            bool O() => Picks.Overloaded((object)"cn") > Money.Usd(1m);
            bool P() => Picks.Captured("cn") > Money.Usd(1m);
            bool Q() => Picks.Objects(1L) > Money.Usd(1m);
            bool R() => Picks.Declared(5) > Money.Usd(1m);
            bool S() => Picks.Part(true) > Money.Cny(1m);
            bool T() => "us".Extended() > Money.Usd(1m);
            bool U() => Generic<int>.Pick(false) > Money.Usd(1m);
            bool V() => Picks.Real(0) > Money.Cny(1m);
            bool W() => Picks.Long(1) > Money.Cny(1m);
        }
        """);

    [Fact]
    public Task Getter_of_primary_constructor_parameters_that_the_object_does_not_mix_DoesNotReport() => Files.Verify(
        """
        using System.Threading;
        using AiRace.Core;
        public sealed class Secondary(Money low, Money high)
        {
            public Secondary(Money one, Money other, bool same) : this(one, same ? one : other) { }
            public Secondary(Money one, string label) : this(one, one) { }
            public Money Width => high - low;
        }
        public sealed class Flagged(Money low, Money high, bool wide)
        {
            public bool Inverted => wide && low > high;
            public Money Width { get { if (!wide) { return high; } return high - low; } }
        }
        public sealed class Tri(Money a, Money b, Money c)
        {
            public Money Width => b - a;
            public Money Other => c;
        }
        public sealed class Deconstructed(Money low, Money high)
        {
            public Money Width => high - low;
            public void Align() => (low, high) = (high, high);
        }
        public sealed class Exchanged(Money low, Money high)
        {
            public Money Width => high - low;
            public void Align() => Interlocked.Exchange(ref high, low);
        }
        public sealed class Initialized(Money low, Money high)
        {
            private readonly Money _first = high = low;
            public Money Width => high - low;
        }
        public sealed class Setter(Money low, Money high)
        {
            public Money High { get => high; set => high = value; }
            public Money Width => high - low;
        }
        public sealed class Lambda(Money low, Money high)
        {
            public System.Action Align => () => high = low;
            public Money Width => high - low;
        }
        public sealed class Caught(Money low, Money high)
        {
            public Money Width { get { try { return high - low; } catch (System.InvalidOperationException) { return low; } } }
        }
        public sealed class Local(Money low, Money high, bool wide)
        {
            public Money Width { get { return wide ? Diff() : high; Money Diff() => high - low; } }
        }
        public static class Others
        {
            // creations in one other currency: the getters' own operations are not certain, so only the read is in question
            public static object[] All() =>
            [
                new Secondary(Money.Usd(1m), Money.Usd(2m)), new Flagged(Money.Usd(1m), Money.Usd(2m), true), new Tri(Money.Usd(1m), Money.Usd(2m), Money.Usd(3m)),
                new Deconstructed(Money.Usd(1m), Money.Usd(2m)), new Exchanged(Money.Usd(1m), Money.Usd(2m)), new Initialized(Money.Usd(1m), Money.Usd(2m)),
                new Setter(Money.Usd(1m), Money.Usd(2m)), new Lambda(Money.Usd(1m), Money.Usd(2m)), new Caught(Money.Usd(1m), Money.Usd(2m)), new Local(Money.Usd(1m), Money.Usd(2m), true),
            ];
        }
        """,
        """
        using AiRace.Core;
        class Checks
        {
            Money A() => new Secondary(Money.Cny(1m), Money.Usd(1m), true).Width;
            Money B() => new Secondary(Money.Cny(1m), "x").Width;
            bool C() => new Flagged(Money.Cny(1m), Money.Usd(1m), false).Inverted;
            Money D() => new Flagged(Money.Cny(1m), Money.Usd(1m), false).Width;
            Money E() => new Tri(c: Money.Usd(1m), a: Money.Cny(1m), b: Money.Cny(2m)).Width;
            Money F() => new Deconstructed(Money.Cny(1m), Money.Usd(1m)).Width;
            Money G() => new Exchanged(Money.Cny(1m), Money.Usd(1m)).Width;
            Money H() => new Initialized(Money.Cny(1m), Money.Usd(1m)).Width;
            Money I() => new Setter(Money.Cny(1m), Money.Usd(1m)).Width;
            Money J() => new Lambda(Money.Cny(1m), Money.Usd(1m)).Width;
            Money K() => new Caught(Money.Cny(1m), Money.Usd(1m)).Width;
            Money L() => new Local(Money.Cny(1m), Money.Usd(1m), false).Width;
        }
        """);

    [Fact]
    public Task Lookup_group_whose_key_or_elements_are_not_what_they_seem_DoesNotReport() => Files.Verify(
        """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public enum Bloc { China, Europe }
        public record Award(string Recipient, Money Amount, int Year)
        {
            public virtual int Fiscal => Year;
        }
        public sealed record Late(string Recipient, Money Amount, int Year) : Award(Recipient, Amount, Year)
        {
            public override int Fiscal => Year + 1;
        }
        public sealed class Grant(Money amount, DateTime date, Bloc bloc, char tag)
        {
            public Money Amount => amount;
            public int Year => date.Year;
            public Bloc Bloc => bloc;
            public char Tag => tag;
        }
        public sealed class Mutable
        {
            public Mutable(Money amount, int year) { Amount = amount; Year = year; }
            public Money Amount { get; }
            public int Year { get; set; }
        }
        public static class Seed
        {
            public static readonly Award[] Mixed = [new Award("a", Money.Cny(1m), 2024), new Late("b", Money.Usd(1m), 2023)];
            public static readonly Grant[] Grants = [new(Money.Cny(1m), new DateTime(2024, 1, 1), Bloc.China, 'a'), new(Money.Usd(1m), new DateTime(2023, 1, 1), Bloc.Europe, 'b')];
            public static readonly Mutable[] Moved = [new(Money.Cny(1m), 2024), new(Money.Usd(1m), 2023)];
            public static Award[] Reassigned = [new Award("a", Money.Cny(1m), 2024)];
            public static readonly List<Award> Grown = [new Award("a", Money.Cny(1m), 2024)];
            public static void Move() => Moved[1].Year = 2024;
            public static void Reassign() => Reassigned = [new Award("b", Money.Usd(1m), 2024)];
            public static void Grow(int year) => Grown.Add(new Award("b", Money.Usd(1m), year));
        }
        """,
        """
        using System.Linq;
        using AiRace.Core;
        class Checks
        {
            bool A() => Seed.Mixed.ToLookup(a => a.Fiscal)[2024].Max(a => a.Amount) > Money.Usd(1m);
            bool B() => Seed.Grants.ToLookup(g => g.Year)[2023].Max(g => g.Amount) > Money.Cny(1m);
            bool C() => Seed.Grants.ToLookup(g => g.Bloc)[(Bloc)1].Max(g => g.Amount) > Money.Usd(1m);
            bool D() => Seed.Grants.ToLookup(g => g.Tag)['b'].Max(g => g.Amount) > Money.Usd(1m);
            bool E() => Seed.Moved.ToLookup(m => m.Year)[2024].Max(m => m.Amount) > Money.Cny(1m);
            bool F() => Seed.Reassigned.ToLookup(a => a.Year)[2024].Max(a => a.Amount) > Money.Usd(1m);
            bool G() => Seed.Grown.ToLookup(a => a.Year)[2024].Max(a => a.Amount) > Money.Cny(1m);
            bool H() => Seed.Grants.ToLookup(g => g.Bloc)[Bloc.Europe].Max(g => g.Amount) > Money.Usd(1m);
        }
        """);

    [Fact]
    public Task Dictionary_of_collections_written_through_a_local_or_a_view_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public static class Plans
        {
            public static readonly Dictionary<string, Dictionary<string, List<Money>>> Local = new() { ["cn"] = new() { ["airr"] = [Money.Cny(1m)] } };
            public static readonly Dictionary<string, List<Money>> Flat = new() { ["airr"] = [Money.Cny(1m)] };
            public static readonly Dictionary<string, Dictionary<string, List<Money>>> Looped = new() { ["cn"] = new() { ["airr"] = [Money.Cny(1m)] } };
            public static readonly Dictionary<string, Dictionary<string, List<Money>>> Tried = new() { ["cn"] = new() { ["airr"] = [Money.Cny(1m)] } };
            public static readonly Dictionary<string, List<Money>> FlatTried = new() { ["airr"] = [Money.Cny(1m)] };
            public static readonly Dictionary<string, Dictionary<string, List<Money>>> Valued = new() { ["cn"] = new() { ["airr"] = [Money.Cny(1m)] } };
            public static readonly Dictionary<Bloc, List<Money>> Enumed = new() { [Bloc.China] = [Money.Cny(1m)], [(Bloc)1] = [Money.Usd(1m)] };
            public static readonly Dictionary<string, Dictionary<string, List<Money>>> Linq = new() { ["cn"] = new() { ["airr"] = [Money.Cny(1m)] } };
            public static void A() { var l = Local["cn"]["airr"]; l.Add(Money.Usd(1m)); }
            public static void B() { var l = Flat["airr"]; l.Add(Money.Usd(1m)); }
            public static void C() { foreach (var kv in Looped["cn"]) { kv.Value.Add(Money.Usd(1m)); } }
            public static void D() { if (Tried["cn"].TryGetValue("airr", out var l)) { l.Add(Money.Usd(1m)); } }
            public static void E() { if (FlatTried.TryGetValue("airr", out var l)) { l.Add(Money.Usd(1m)); } }
            public static void F() { foreach (var l in Valued["cn"].Values) { l.Add(Money.Usd(1m)); } }
            public static void G() { Linq["cn"].First().Value.Add(Money.Usd(1m)); }
        }
        public enum Bloc { China, Europe }
        """,
        """
        using System.Linq;
        using AiRace.Core;
        class Checks
        {
            bool A() => Plans.Local["cn"]["airr"].Max() > Money.Cny(1m);
            bool B() => Plans.Flat["airr"].Max() > Money.Cny(1m);
            bool C() => Plans.Looped["cn"]["airr"].Max() > Money.Cny(1m);
            bool D() => Plans.Tried["cn"]["airr"].Max() > Money.Cny(1m);
            bool E() => Plans.FlatTried["airr"].Max() > Money.Cny(1m);
            bool F() => Plans.Valued["cn"]["airr"].Max() > Money.Cny(1m);
            bool G() => Plans.Enumed[Bloc.China].Max() > Money.Cny(1m);
            bool H() => Plans.Linq["cn"]["airr"].Max() > Money.Cny(1m);
        }
        """);

    [Fact]
    public Task Keyed_factory_cache_folded_by_a_comparer_elsewhere_or_read_through_an_override_DoesNotReport() => Files.Verify(
        """
        using System;
        using System.Collections.Concurrent;
        using AiRace.Core;
        public static class Caps
        {
            public static readonly Money China = Money.Cny(1m);
            public static readonly Money Chips = Money.Usd(1m);
            public static readonly StringComparer Folding = StringComparer.OrdinalIgnoreCase;
        }
        public class Service
        {
            private readonly ConcurrentDictionary<string, Money> _folded = new(Caps.Folding);
            private readonly ConcurrentDictionary<string, Money> _built;
            private readonly ConcurrentDictionary<string, Money> _sized = new(2, 16, StringComparer.OrdinalIgnoreCase);
            public Service() => _built = new ConcurrentDictionary<string, Money>(StringComparer.OrdinalIgnoreCase);
            public Money Folded(string r) => _folded.GetOrAdd(r, k => k switch { "cn" => Caps.China, _ => Caps.Chips });
            public Money Built(string r) => _built.GetOrAdd(r, k => k switch { "cn" => Caps.China, _ => Caps.Chips });
            public Money Sized(string r) => _sized.GetOrAdd(r, k => k switch { "cn" => Caps.China, _ => Caps.Chips });
            public virtual Money Open(string r) => _folded.GetOrAdd(r, k => k switch { "cn" => Caps.China, _ => Caps.Chips });
        }
        public sealed class Derived : Service
        {
            public override Money Open(string r) => Caps.Chips;
        }
        """,
        """
        using AiRace.Core;
        class Checks
        {
            bool A(Service s) => s.Folded("CN") > Money.Cny(1m);
            bool B(Service s) => s.Built("CN") > Money.Cny(1m);
            bool C(Service s) => s.Sized("CN") > Money.Cny(1m);
            bool D(Service s) => s.Open("cn") > Money.Usd(1m);
        }
        """);

    [Fact]
    public Task Getter_of_parameters_written_in_another_part_or_read_on_an_overridable_factory_DoesNotReport() => Files.Verify(
        """
        using AiRace.Core;
        public sealed partial class Split(Money low, Money high)
        {
            public Money Width => high - low;
        }
        public sealed partial class Split
        {
            public void Align() => high = low;
        }
        public sealed class Spread(Money low, Money high)
        {
            public Money Width => high - low;
        }
        public class Factory
        {
            public virtual Spread Make() => new Spread(Money.Cny(1m), Money.Usd(1m));
        }
        public sealed class Dollars : Factory
        {
            public override Spread Make() => new Spread(Money.Usd(1m), Money.Usd(2m));
        }
        public static class Others
        {
            public static object[] All() => [new Split(Money.Usd(1m), Money.Usd(2m)), new Spread(Money.Usd(1m), Money.Usd(2m))];
        }
        """,
        """
        using AiRace.Core;
        class Checks
        {
            Money A() => new Split(Money.Cny(1m), Money.Usd(1m)).Width;
            Money B(Factory f) => f.Make().Width;
        }
        """);

    [Fact]
    public Task Lookup_group_of_records_whose_key_property_redeclares_its_parameter_DoesNotReport() => Files.Verify(
        """
        using System.Linq;
        using AiRace.Core;
        public sealed record Award(Money Amount, int Year)
        {
            public int Year { get; } = Year + 1;
        }
        public sealed class Grant
        {
            private readonly int _year;
            public required Money Amount { get; init; }
            public int Year { get => _year; init => _year = value + 1; }
        }
        public static class Seed
        {
            public static readonly Award[] Awards = [new(Money.Cny(1m), 2023), new(Money.Usd(1m), 2024)];
            public static readonly Grant[] Grants = [new() { Amount = Money.Cny(1m), Year = 2023 }, new() { Amount = Money.Usd(1m), Year = 2024 }];
        }
        """,
        """
        using System.Linq;
        using AiRace.Core;
        class Checks
        {
            bool A() => Seed.Awards.ToLookup(a => a.Year)[2024].Max(a => a.Amount) > Money.Cny(1m);
            bool B() => Seed.Grants.ToLookup(g => g.Year)[2024].Max(g => g.Amount) > Money.Cny(1m);
            bool C() => Seed.Awards.Where(a => a.Year == 2024).Max(a => a.Amount) > Money.Cny(1m);
        }
        """);

    [Theory]
    [InlineData("using System; using System.Linq; using System.Collections.Concurrent; using AiRace.Core; public class S(Money low, Money high) { ConcurrentDictionary<string, Money> _c = new(); public Money W => high - ; public Money C(string r) => _c.GetOrAdd(r, k => k switch { \"cn\" => , _ => Money.Usd(1m) }); public Money D(string r) => _c.GetOrAdd(r, static k => k switch { }); public static Money P(bool a, bool b) => (a, b) switch { (true) => Money.Cny(1m), (_, _, _) => Money.Usd(1m), }; public static Money Q(int a) => a switch { 1 or => Money.Cny(1m), _ => default }; static bool M(S s) => new S(Money.Cny(1m)).W > Money.Usd(1m) && s.C(\"cn\") > Money.Usd(1m) && s.D(null!) > Money.Usd(1m) && P(true) > Money.Usd(1m) && P(b: true, a: false, c: 1) > Money.Usd(1m) && Q(1) > Money.Usd(1m) && new[] { 1 }.ToLookup(x => x)[1].Count() > 0 && new[] { (Money.Cny(1m), 1) }.ToLookup(x => x.Item2)[\"x\"].Any(); }")]
    [InlineData("using System.Collections.Concurrent; using AiRace.Core; public class S<T>(T low, Money high) { static ConcurrentDictionary<T, Money> _c = new(); public static Money C(T r) => _c.GetOrAdd(r, k => k switch { T t => Money.Cny(1m) }); public Money W => high - (Money)(object)low!; static bool M() => C(default!) > Money.Usd(1m) && new S<int>(1, Money.Usd(1m)).W > Money.Cny(1m); }")]
    public async Task Broken_or_unusual_code_of_the_new_forms_does_not_crash(string source) => await AllRules.AnalyzeAsync(source);

    [Fact]
    public Task Dictionary_made_in_the_constructor_with_a_folding_comparer_read_by_a_constant_key_DoesNotReport() => Files.Verify(
        """
        using System;
        using System.Collections.Generic;
        using AiRace.Core;
        public sealed class Book
        {
            private readonly Dictionary<string, Money> _caps;
            public Book() => _caps = new(StringComparer.OrdinalIgnoreCase);
            public void Fill()
            {
                _caps["cn"] = Money.Cny(1m);
                _caps["CN"] = Money.Usd(1m);
            }

            public bool Check() => _caps["cn"] > Money.Usd(1m);
        }
        """);

    [Theory]
    [InlineData("using AiRace.Core; public static class P { public static Money Pick(bool d) => d switch { true => Pick(false), false => Pick(true) }; public static Money Two(bool a, bool b) => (a, b) switch { (true, _) => Two(false, b), _ => Two(true, a) }; static bool M() => Pick(true) > Money.Usd(1m) && Two(true, false) > Money.Cny(1m); } public sealed class S(Money low, Money high) { public Money Width => high - low + new S(high, low).Width; public static S Make() => Make(); static Money M() => new S(Money.Cny(1m), Money.Usd(1m)).Width + Make().Width; }")]
    [InlineData("using System.Collections.Concurrent; using AiRace.Core; public sealed class C { readonly ConcurrentDictionary<string, Money> _c = new(); public Money Get(string r) => _c.GetOrAdd(r, k => k switch { \"cn\" => Get(\"us\"), \"us\" => Get(\"cn\"), _ => Get(k) }); bool M() => Get(\"cn\") > Money.Usd(1m); }")]
    public async Task Recursive_code_of_the_new_forms_does_not_crash(string source) => await AllRules.AnalyzeAsync(source);
}

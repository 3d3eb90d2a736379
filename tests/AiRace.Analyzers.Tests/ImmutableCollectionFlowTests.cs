using System.Threading.Tasks;
using Xunit;

namespace AiRace.Analyzers.Tests;

/// <summary>
/// AIR0001 through immutable, frozen and read-only collections: the elements their factories and conversions are
/// given (<c>ImmutableArray.Create</c>, <c>CreateRange</c>, <c>ToImmutableList</c>, <c>ToFrozenDictionary</c>,
/// <c>AsReadOnly</c>, <c>new ReadOnlyCollection&lt;Money&gt;(list)</c>), the changed copies their methods return
/// (<c>Empty.Add(m)</c>), read by indexers, LINQ, <c>foreach</c> and <c>TryGetValue</c> in another file. A selector,
/// a reassignment with another currency, or a way to their storage (<c>ImmutableCollectionsMarshal</c>, <c>AsMemory</c>)
/// leaves them unknown.
/// </summary>
public class ImmutableCollectionFlowTests
{
    private const string Register = """
        using System;
        using System.Collections.Frozen;
        using System.Collections.Generic;
        using System.Collections.Immutable;
        using System.Collections.ObjectModel;
        using System.Linq;
        using AiRace.Core;
        public static class Register
        {
            public static readonly List<Money> Tranches = [Money.Cny(100m), Money.Cny(250m)];
            public static readonly Dictionary<string, Money> ByCity = new() { ["Shanghai"] = Money.Cny(5m), ["Hefei"] = Money.Cny(3m) };
            public static readonly ImmutableArray<Money> Floors = ImmutableArray.Create(Money.Cny(1m), Money.Cny(2m));
            public static readonly ImmutableList<Money> Ceilings = ImmutableList.CreateRange(Tranches);
            public static readonly ImmutableHashSet<Money> Distinct = ImmutableHashSet.Create(Money.Cny(1m), Money.Cny(2m), Money.Cny(3m));
            public static readonly ImmutableList<Money> Copied = Tranches.ToImmutableList();
            public static readonly FrozenSet<Money> Frozen = Tranches.ToFrozenSet();
            public static readonly FrozenDictionary<string, Money> FrozenByCity = ByCity.ToFrozenDictionary();
            public static readonly ImmutableDictionary<string, Money> ByName = Tranches.ToImmutableDictionary(m => m.Amount.ToString(), m => m * 2m);
            public static readonly ImmutableList<Money> Built = ImmutableList<Money>.Empty.Add(Money.Cny(7m)).AddRange(Tranches);
            public static readonly ImmutableStack<Money> Stacked = ImmutableStack<Money>.Empty.Push(Money.Cny(1m)).Push(Money.Cny(2m)).Pop();
            public static readonly ReadOnlyCollection<Money> View = Tranches.AsReadOnly();
            public static readonly ReadOnlyCollection<Money> Wrapped = new(Tranches);
            public static readonly ReadOnlyDictionary<string, Money> WrappedByCity = ByCity.AsReadOnly();
            public static bool Has(ImmutableList<Money> ceilings, Money m) => ceilings.Contains(m);
        }
        """;

    [Fact]
    public Task Elements_of_factories_Reports() => Files.Verify(
        Register,
        """
        using System.Linq;
        using AiRace.Core;
        class Checks
        {
            bool Floor() => {|AIR0001:Register.Floors[0] > Money.Usd(1m)|};
            bool Ceiling() => {|AIR0001:Register.Ceilings.Max() < Money.Usd(1m)|};
            bool Distinct() => Register.Distinct.Any(m => {|AIR0001:m > Money.Usd(1m)|});
            bool Contained() => Register.Has(Register.Ceilings, Money.Cny(1m)) && {|AIR0001:Register.Floors.Last() > Money.Usd(1m)|} && {|AIR0001:Register.Ceilings[0] > Money.Usd(1m)|};
        }
        """);

    [Fact]
    public Task Elements_of_conversions_Reports() => Files.Verify(
        Register,
        """
        using System.Linq;
        using AiRace.Core;
        class Checks
        {
            bool Copied() { foreach (var m in Register.Copied) { if ({|AIR0001:m > Money.Usd(1m)|}) return true; } return false; }
            bool Frozen() => {|AIR0001:Register.Frozen.First() > Money.Usd(1m)|};
            bool City() => {|AIR0001:Register.FrozenByCity["Shanghai"] > Money.Usd(1m)|};
            bool Found() => Register.FrozenByCity.TryGetValue("Hefei", out var cap) && {|AIR0001:cap > Money.Usd(1m)|};
            bool Named() => {|AIR0001:Register.ByName.Values.Min() > Money.Usd(1m)|};
        }
        """);

    [Fact]
    public Task Elements_of_changed_copies_and_read_only_wrappers_Reports() => Files.Verify(
        Register,
        """
        using System.Linq;
        using AiRace.Core;
        class Checks
        {
            bool Built() => {|AIR0001:Register.Built[0] > Money.Usd(1m)|};
            bool Stacked() => {|AIR0001:Register.Stacked.First() > Money.Usd(1m)|};
            bool View() => {|AIR0001:Register.View[0] > Money.Usd(1m)|};
            bool Wrapped() => {|AIR0001:Register.Wrapped.Sum(Currency.USD)|} > Money.Usd(1m);
            bool City() => {|AIR0001:Register.WrappedByCity["Hefei"] > Money.Usd(1m)|};
            bool Local() { var caps = Register.Floors.Add(Money.Cny(9m)); return {|AIR0001:caps[2] > Money.Usd(1m)|}; }
            bool Mixed() => {|AIR0001:Register.Floors.Add(Money.Usd(9m)).Max()|} > Money.Usd(1m);
        }
        """);

    [Fact]
    public Task Lambda_over_the_values_of_a_dictionary_Reports() => Files.Verify(
        Register,
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Checks
        {
            private static readonly SortedDictionary<string, Money> Sorted = new() { ["Hefei"] = Money.Cny(3m) };
            bool Plain() => Register.ByCity.Values.Any(v => {|AIR0001:v > Money.Usd(1m)|});
            bool Wrapped() => Register.WrappedByCity.Values.Where(v => {|AIR0001:v < Money.Usd(1m)|}).Any();
            bool InOrder() => Sorted.Values.All(v => {|AIR0001:v >= Money.Usd(1m)|});
            bool Frozen() => Register.FrozenByCity.Values.Any(v => {|AIR0001:v > Money.Usd(1m)|});
        }
        """);

    [Fact]
    public Task Factories_with_a_selector_or_another_currency_DoesNotReport() => Files.Verify(
        Register,
        """
        using System.Collections.Immutable;
        using System.Linq;
        using AiRace.Core;
        class Checks
        {
            bool Selected() => ImmutableArray.CreateRange(Register.Floors, m => Money.Usd(m.Amount))[0] > Money.Usd(1m);
            bool Converted() => Register.Ceilings.ConvertAll(m => Money.Usd(m.Amount))[0] > Money.Usd(1m);
            bool Keyed() => Register.Tranches.ToImmutableDictionary(m => m.Amount)[1m] > Money.Usd(1m);
            bool Same() => Register.Floors[0] > Money.Cny(1m) && Register.FrozenByCity["Hefei"] < Money.Cny(9m);
        }
        """);

    [Fact]
    public Task Immutable_collection_reassigned_or_reached_through_its_storage_DoesNotReport() => Files.Verify(
        """
        using System;
        using System.Collections.Immutable;
        using System.Collections.ObjectModel;
        using System.Collections.Generic;
        using System.Runtime.InteropServices;
        using AiRace.Core;
        static class Book
        {
            private static ImmutableList<Money> _caps = ImmutableList.Create(Money.Cny(1m));
            private static readonly ImmutableArray<Money> Floors = ImmutableArray.Create(Money.Cny(1m));
            private static readonly ImmutableArray<Money> Lines = ImmutableArray.Create(Money.Cny(1m));
            private static readonly List<Money> Grants = [Money.Cny(1m)];
            private static readonly Collection<Money> Editable = new(Grants);
            static void Grow() => _caps = _caps.Add(Money.Usd(1m));
            static void Patch() => ImmutableCollectionsMarshal.AsArray(Floors)![0] = Money.Usd(1m);
            static void Reach() => MemoryMarshal.AsMemory(Lines.AsMemory()).Span[0] = Money.Usd(1m);
            static void Edit() => Editable.Add(Money.Usd(1m));
            static bool A() => _caps[0] > Money.Usd(1m);
            static bool B() => Floors[0] > Money.Usd(1m);
            static bool C() => Lines[0] > Money.Usd(1m);
            static bool D() => Grants[0] > Money.Usd(1m);
        }
        """);

    [Fact]
    public Task Immutable_storage_shared_with_code_that_may_write_it_DoesNotReport() => Files.Verify(
        """
        using System;
        using System.Collections.Frozen;
        using System.Collections.Generic;
        using System.Collections.Immutable;
        using System.Runtime.CompilerServices;
        using System.Runtime.InteropServices;
        using AiRace.Core;
        static class Book
        {
            private static readonly ImmutableArray<Money> Floors = ImmutableArray.Create(Money.Cny(1m));
            private static readonly ImmutableArray<Money> Lines = ImmutableArray.Create(Money.Cny(1m));
            private static ImmutableArray<Money> _limits = ImmutableArray.Create(Money.Cny(1m));
            private static readonly FrozenDictionary<string, Money> ByCity = new Dictionary<string, Money> { ["a"] = Money.Cny(1m) }.ToFrozenDictionary();
            private static readonly FrozenDictionary<string, Money> ByDesk = new Dictionary<string, Money> { ["a"] = Money.Cny(1m) }.ToFrozenDictionary();
            private static readonly FrozenDictionary<string, Money> ByBank = new Dictionary<string, Money> { ["a"] = Money.Cny(1m) }.ToFrozenDictionary();
            static void Patch(ImmutableArray<Money> a) => ImmutableCollectionsMarshal.AsArray(a)![0] = Money.Usd(1m);
            static void Poke(in ImmutableArray<Money> a) => Unsafe.AsRef(in a) = ImmutableArray.Create(Money.Usd(1m));
            static void Run()
            {
                Patch(Floors);
                Unsafe.AsRef(in Lines.ItemRef(0)) = Money.Usd(1m);
                Poke(in _limits);
                ImmutableCollectionsMarshal.AsArray(ByCity.Values)![0] = Money.Usd(1m);
                Unsafe.AsRef(in ByDesk.GetValueRefOrNullRef("a")) = Money.Usd(1m);
                var values = ByBank.Values;
                ImmutableCollectionsMarshal.AsArray(values)![0] = Money.Usd(1m);
            }
            static bool A() => Floors[0] > Money.Usd(1m) || Lines[0] > Money.Usd(1m) || _limits[0] > Money.Usd(1m);
            static bool B() => ByCity["a"] > Money.Usd(1m) || ByDesk["a"] > Money.Usd(1m) || ByBank["a"] > Money.Usd(1m);
        }
        """);

    [Fact]
    public Task Pairs_added_in_another_currency_or_look_alike_factories_DoesNotReport() => Files.Verify(
        """
        using System;
        using System.Collections.Generic;
        using System.Collections.Immutable;
        using System.Linq;
        using AiRace.Core;
        namespace System.Collections.Immutable
        {
            public static class MoneyImmutable
            {
                public static ImmutableList<Money> ToImmutableList(this IEnumerable<Money> xs, Money extra) => ImmutableList.CreateRange(xs).Add(extra);
            }
        }
        static class Book
        {
            private static readonly Dictionary<string, Money> Usd = new() { ["b"] = Money.Usd(1m) };
            private static readonly ImmutableDictionary<string, Money> Mixed = ImmutableDictionary<string, Money>.Empty.Add("a", Money.Cny(1m)).AddRange(Usd);
            private static readonly List<Money> Yuan = [Money.Cny(1m)];
            static bool A() => Mixed["b"] > Money.Usd(1m) || Mixed["a"] > Money.Usd(1m);
            static bool B() => Yuan.ToImmutableList(Money.Usd(1m)).Last() > Money.Usd(1m);
        }
        """);

    [Fact]
    public Task Read_only_wrapper_of_a_collection_that_gets_another_currency_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Collections.ObjectModel;
        using AiRace.Core;
        static class Book
        {
            private static readonly List<Money> Grants = [Money.Cny(1m)];
            private static readonly ReadOnlyCollection<Money> View = new(Grants);
            static void Add() => Grants.Add(Money.Usd(1m));
            static bool A() => View[0] > Money.Usd(1m);
        }
        """);
}

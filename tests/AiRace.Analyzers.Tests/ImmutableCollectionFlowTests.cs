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
            bool Keyed() => Register.Tranches.ToImmutableDictionary(m => m.Amount, m => Money.Usd(m.Amount))[1m] > Money.Usd(1m);
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

    [Fact]
    public Task Immutable_array_given_to_methods_that_reach_its_storage_DoesNotReport() => Files.Verify(
        """
        using System;
        using System.Collections.Immutable;
        using System.Runtime.CompilerServices;
        using System.Runtime.InteropServices;
        using AiRace.Core;
        public static class Ledger
        {
            public static readonly ImmutableArray<Money> Floors = ImmutableArray.Create(Money.Cny(1m));
            public static readonly ImmutableArray<Money> Caps = ImmutableArray.Create(Money.Cny(1m));
            public static readonly ImmutableArray<Money> Lines = ImmutableArray.Create(Money.Cny(1m));
            public static readonly ImmutableArray<Money> Grants = ImmutableArray.Create(Money.Cny(1m));
            public static readonly ImmutableArray<Money> Loans = ImmutableArray.Create(Money.Cny(1m));
            public static readonly ImmutableArray<Money> Funds = ImmutableArray.Create(Money.Cny(1m));
            public static readonly ImmutableArray<Money> Bonds = ImmutableArray.Create(Money.Cny(1m));
            private static ImmutableArray<Money> _kept;
            public static void Patch(ImmutableArray<Money> a) => ImmutableCollectionsMarshal.AsArray(a)![0] = Money.Usd(1m);
            public static void Spanned(ImmutableArray<Money> a) => MemoryMarshal.GetReference(a.AsSpan()) = Money.Usd(1m);
            public static void ByRef(ImmutableArray<Money> a) => Unsafe.AsRef(in a.ItemRef(0)) = Money.Usd(1m);
            public static void Sliced(ImmutableArray<Money> a) { var s = a.AsSpan().Slice(0, 1); MemoryMarshal.GetReference(s) = Money.Usd(1m); }
            public static void Copied(ImmutableArray<Money> a) { var same = a.AddRange(Array.Empty<Money>()); ImmutableCollectionsMarshal.AsArray(same)![0] = Money.Usd(1m); }
            public static void Kept(ImmutableArray<Money> a) => _kept = a;
            public static void Passed(ImmutableArray<Money> a) => Patch(a);
            public static void Write() => ImmutableCollectionsMarshal.AsArray(_kept)![0] = Money.Usd(1m);
        }
        """,
        """
        using AiRace.Core;
        class Checks
        {
            void Run()
            {
                Ledger.Patch(Ledger.Floors);
                Ledger.Spanned(Ledger.Caps);
                Ledger.ByRef(Ledger.Lines);
                Ledger.Sliced(Ledger.Grants);
                Ledger.Copied(Ledger.Loans);
                Ledger.Kept(Ledger.Funds);
                Ledger.Passed(Ledger.Bonds);
            }
            bool A() => Ledger.Floors[0] > Money.Usd(1m) || Ledger.Caps[0] > Money.Usd(1m) || Ledger.Lines[0] > Money.Usd(1m);
            bool B() => Ledger.Grants[0] > Money.Usd(1m) || Ledger.Loans[0] > Money.Usd(1m) || Ledger.Funds[0] > Money.Usd(1m) || Ledger.Bonds[0] > Money.Usd(1m);
        }
        """);

    [Fact]
    public Task Changed_copy_that_may_be_the_same_array_written_through_its_storage_DoesNotReport() => Files.Verify(
        """
        using System;
        using System.Collections.Immutable;
        using System.Runtime.InteropServices;
        using AiRace.Core;
        static class Book
        {
            private static readonly ImmutableArray<Money> Lines = ImmutableArray.Create(Money.Cny(1m));
            private static readonly ImmutableArray<Money> Caps = ImmutableArray.Create(Money.Cny(1m));
            private static readonly ImmutableArray<Money> Floors = ImmutableArray.Create(Money.Cny(1m));
            private static readonly ImmutableArray<Money> Bands = ImmutableArray.Create(Money.Cny(1m));
            static void Run()
            {
                var same = Lines.AddRange(Array.Empty<Money>());
                ImmutableCollectionsMarshal.AsArray(same)![0] = Money.Usd(1m);
                MemoryMarshal.GetReference(Caps.AsSpan().Slice(0)) = Money.Usd(1m);
                MemoryMarshal.GetReference(Floors.AsMemory().Span) = Money.Usd(1m);
                var memory = Bands.AsMemory();
                MemoryMarshal.GetReference(memory.Span) = Money.Usd(1m);
            }
            static bool A() => Lines[0] > Money.Usd(1m) || Caps[0] > Money.Usd(1m) || Floors[0] > Money.Usd(1m) || Bands[0] > Money.Usd(1m);
        }
        """);

    [Fact]
    public Task Changed_copy_only_read_Reports() => Files.Verify(
        """
        using System;
        using System.Collections.Immutable;
        using System.Linq;
        using AiRace.Core;
        static class Book
        {
            private static readonly ImmutableArray<Money> Lines = ImmutableArray.Create(Money.Cny(1m));
            private static readonly ImmutableArray<Money> Caps = ImmutableArray.Create(Money.Cny(1m));
            static decimal Run()
            {
                var more = Lines.AddRange(Array.Empty<Money>());
                decimal total = more.Sum(m => m.Amount) + more[0].Amount;
                foreach (var m in Caps.Remove(Money.Cny(1m)))
                {
                    total += m.Amount;
                }
                return total;
            }
            static bool A() => {|AIR0001:Lines[0] > Money.Usd(1m)|} || {|AIR0001:Caps[0] > Money.Usd(1m)|};
        }
        """);

    [Fact]
    public Task Immutable_array_or_view_given_to_an_abstract_virtual_or_interface_method_DoesNotReport() => Files.Verify(
        """
        using System;
        using System.Collections.Generic;
        using System.Collections.Immutable;
        using System.Runtime.InteropServices;
        using AiRace.Core;
        public interface IWriter { void Write(ImmutableArray<Money> a); void View(IReadOnlyList<Money> a); }
        public abstract class Base { public abstract void Write(ImmutableArray<Money> a); public virtual void View(IReadOnlyList<Money> a) { } }
        public sealed class Impl : Base, IWriter
        {
            public override void Write(ImmutableArray<Money> a) => ImmutableCollectionsMarshal.AsArray(a)![0] = Money.Usd(1m);
            public override void View(IReadOnlyList<Money> a) => ((List<Money>)a).Add(Money.Usd(1m));
        }
        public static class Ledger
        {
            public static readonly ImmutableArray<Money> Floors = ImmutableArray.Create(Money.Cny(1m));
            public static readonly ImmutableArray<Money> Caps = ImmutableArray.Create(Money.Cny(1m));
            public static readonly List<Money> Lines = new() { Money.Cny(1m) };
            public static readonly List<Money> Grants = new() { Money.Cny(1m) };
        }
        """,
        """
        using AiRace.Core;
        class Checks
        {
            void Run(IWriter w, Base b)
            {
                w.Write(Ledger.Floors);
                b.Write(Ledger.Caps);
                w.View(Ledger.Lines);
                b.View(Ledger.Grants);
            }
            bool A() => Ledger.Floors[0] > Money.Usd(1m) || Ledger.Caps[0] > Money.Usd(1m) || Ledger.Lines[0] > Money.Usd(1m) || Ledger.Grants[0] > Money.Usd(1m);
        }
        """);

    [Fact]
    public Task View_given_to_a_sealed_override_that_only_reads_it_Reports() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Collections.Immutable;
        using AiRace.Core;
        public abstract class Base { public virtual int View(IReadOnlyList<Money> a) => 0; }
        public sealed class Reader : Base
        {
            public override int View(IReadOnlyList<Money> a) => a.Count;
        }
        public static class Ledger
        {
            public static readonly List<Money> Lines = new() { Money.Cny(1m) };
        }
        """,
        """
        using AiRace.Core;
        class Checks
        {
            int Run(Reader r) => r.View(Ledger.Lines);
            bool A() => {|AIR0001:Ledger.Lines[0] > Money.Usd(1m)|};
        }
        """);

    [Fact]
    public Task Top_of_an_immutable_stack_or_queue_Reports() => Files.Verify(
        Register,
        """
        using System.Collections.Frozen;
        using System.Collections.Immutable;
        using AiRace.Core;
        class Checks
        {
            private static readonly ImmutableQueue<Money> Queued = ImmutableQueue.Create(Money.Cny(1m), Money.Cny(2m));
            bool Peeked() => {|AIR0001:Register.Stacked.Peek() > Money.Usd(1m)|} || {|AIR0001:Queued.Peek() < Money.Usd(1m)|};
            bool Popped() => Register.Stacked.Pop(out var top) is not null && {|AIR0001:top > Money.Usd(1m)|};
            bool Dequeued() => !Queued.Dequeue(out var first).IsEmpty && {|AIR0001:first > Money.Usd(1m)|};
            bool Listed() => {|AIR0001:Register.Ceilings.Find(m => m.Amount > 1m) > Money.Usd(1m)|};
        }
        """);

    [Fact]
    public Task Top_of_an_immutable_stack_or_queue_of_two_currencies_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Immutable;
        using AiRace.Core;
        class Checks
        {
            private static readonly ImmutableStack<Money> Stacked = ImmutableStack.Create(Money.Cny(1m)).Push(Money.Usd(2m));
            private static readonly ImmutableQueue<Money> Queued = ImmutableQueue<Money>.Empty.Enqueue(Money.Cny(1m)).Enqueue(Money.Usd(2m));
            private static readonly ImmutableHashSet<Money> Mixed = ImmutableHashSet.Create(Money.Cny(1m), Money.Usd(1m));
            private static readonly System.Collections.Generic.HashSet<Money> Yuan = [Money.Cny(1m)];
            bool Peeked() => Stacked.Peek() > Money.Usd(1m) || Queued.Peek() < Money.Usd(1m);
            bool Popped() => Stacked.Pop(out var top) is not null && top > Money.Usd(1m);
            bool Matched() => Mixed.TryGetValue(Money.Cny(1m), out var found) && found > Money.Usd(1m);
            bool Same() => Stacked.Peek() > Money.Cny(1m) && Mixed.TryGetValue(Money.Usd(1m), out var usd) && usd > Money.Cny(1m);
            bool NotFound() => !Yuan.TryGetValue(Money.Usd(1m), out var searched) && searched > Money.Usd(2m);
        }
        """);

    [Fact]
    public Task Builders_of_one_currency_and_what_they_build_Reports() => Files.Verify(
        """
        using System.Collections.Immutable;
        using AiRace.Core;
        public static class Desk
        {
            public static readonly ImmutableArray<Money>.Builder Pending = ImmutableArray.CreateBuilder<Money>();
            public static readonly ImmutableList<Money>.Builder Queue = ImmutableList.CreateBuilder<Money>();
            public static readonly ImmutableDictionary<string, Money>.Builder ByCity = ImmutableDictionary.CreateBuilder<string, Money>();
            public static void Record(decimal amount)
            {
                Pending.Add(Money.Cny(amount));
                Pending.AddRange(Money.Cny(1m), Money.Cny(2m));
                Queue.Insert(0, Money.Cny(amount));
                ByCity["Hefei"] = Money.Cny(amount);
                ByCity.Add("Wuhan", Money.Cny(amount));
            }
            public static ImmutableArray<Money> Close() => Pending.ToImmutable();
        }
        """,
        """
        using System.Collections.Immutable;
        using System.Linq;
        using AiRace.Core;
        class Checks
        {
            bool Pending() => {|AIR0001:Desk.Pending[0] > Money.Usd(1m)|} || {|AIR0001:Desk.Pending.Max() < Money.Usd(1m)|};
            bool Closed() => {|AIR0001:Desk.Close()[0] > Money.Usd(1m)|};
            bool Queued() => {|AIR0001:Desk.Queue.ToImmutable().First() > Money.Usd(1m)|};
            bool City() => {|AIR0001:Desk.ByCity["Hefei"] > Money.Usd(1m)|} || Desk.ByCity.Values.Any(v => {|AIR0001:v > Money.Usd(1m)|});
            bool First() => {|AIR0001:Desk.Pending.First() > Money.Usd(1m)|};
            bool Local()
            {
                var caps = ImmutableArray.CreateBuilder<Money>(4);
                caps.Add(Money.Cny(1m));
                caps[0] = Money.Cny(2m);
                var built = caps.MoveToImmutable();
                return {|AIR0001:built[0] > Money.Usd(1m)|};
            }
            bool Copied()
            {
                var more = ImmutableList.Create(Money.Cny(1m)).ToBuilder();
                more.Add(Money.Cny(2m));
                return {|AIR0001:more.ToImmutable()[1] > Money.Usd(1m)|};
            }
        }
        """);

    [Fact]
    public Task Builders_given_another_currency_or_grown_by_count_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Collections.Immutable;
        using AiRace.Core;
        static class Desk
        {
            private static readonly ImmutableArray<Money>.Builder Mixed = ImmutableArray.CreateBuilder<Money>();
            private static readonly ImmutableArray<Money>.Builder Grown = ImmutableArray.CreateBuilder<Money>();
            private static readonly ImmutableList<Money>.Builder Given = ImmutableList.CreateBuilder<Money>();
            private static readonly ImmutableArray<Money>.Builder Copied = ImmutableArray.Create(Money.Cny(1m), Money.Usd(1m)).ToBuilder();
            static void Fill(IList<Money> items) => items.Add(Money.Usd(1m));
            static void Run()
            {
                Mixed.Add(Money.Cny(1m));
                Mixed[0] = Money.Usd(1m);
                Grown.Add(Money.Cny(1m));
                Grown.Count = 3;
                Given.Add(Money.Cny(1m));
                Fill(Given);
            }
            static bool A() => Mixed[0] > Money.Usd(1m) || Mixed.ToImmutable()[0] > Money.Usd(1m) || Grown[2] > Money.Usd(1m);
            static bool B() => Given[0] > Money.Usd(1m) || Copied[0] > Money.Usd(1m) || Copied.ToImmutable()[0] > Money.Cny(1m);
            static bool C() => ImmutableArray.CreateBuilder<Money>().ToImmutable()[0] > Money.Usd(1m);
        }
        """);
}

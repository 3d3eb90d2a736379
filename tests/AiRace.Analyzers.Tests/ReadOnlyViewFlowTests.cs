using System.Threading.Tasks;
using Xunit;

namespace AiRace.Analyzers.Tests;

/// <summary>
/// AIR0001 and collections handed out or passed on as read-only views (<c>IReadOnlyList&lt;Money&gt;</c>,
/// <c>IEnumerable&lt;Money&gt;</c>): a view that code of the compilation may cast back and write leaves the collection's
/// currencies unknown, however it travels there (members, interfaces, overrides, records, locals, parameters, lists,
/// callbacks, conditional and switch expressions, <c>await</c>, patterns); a view that is only read keeps them.
/// </summary>
public class ReadOnlyViewFlowTests
{
    [Fact]
    public Task View_cast_back_through_interface_property_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using AiRace.Core;
        public interface IDesk { IReadOnlyList<Money> Limits { get; } }
        public sealed class Desk : IDesk
        {
            private readonly List<Money> _limits = new() { Money.Cny(1m) };
            public IReadOnlyList<Money> Limits => _limits;
            public bool Over(decimal x) => Money.Usd(x) > _limits[0];
        }
        static class Use
        {
            static void A(IDesk desk) => ((List<Money>)desk.Limits)[0] = Money.Usd(1m);
        }
        """);

    [Fact]
    public Task View_of_explicit_interface_implementation_cast_back_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using AiRace.Core;
        public interface IDesk { IReadOnlyList<Money> Limits { get; } }
        public sealed class Desk : IDesk
        {
            private readonly List<Money> _limits = new() { Money.Cny(1m) };
            IReadOnlyList<Money> IDesk.Limits => _limits;
            public bool Over(decimal x) => Money.Usd(x) > _limits[0];
        }
        static class Use
        {
            static void A(IDesk desk) => ((List<Money>)desk.Limits)[0] = Money.Usd(1m);
        }
        """);

    [Fact]
    public Task View_of_override_cast_back_through_base_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using AiRace.Core;
        public abstract class Book { public abstract IReadOnlyList<Money> Limits { get; } }
        public sealed class Desk : Book
        {
            private readonly List<Money> _limits = new() { Money.Cny(1m) };
            public override IReadOnlyList<Money> Limits => _limits;
            public bool Over(decimal x) => Money.Usd(x) > _limits[0];
        }
        static class Use
        {
            static void A(Book book) => ((List<Money>)book.Limits)[0] = Money.Usd(1m);
        }
        """);

    [Fact]
    public Task View_returned_by_a_lambda_cast_back_DoesNotReport() => Files.Verify(
        """
        using System;
        using System.Collections.Generic;
        using AiRace.Core;
        public sealed class Desk
        {
            private readonly List<Money> _limits = new() { Money.Cny(1m) };
            public Func<IReadOnlyList<Money>> Limits => () => _limits;
            public bool Over(decimal x) => Money.Usd(x) > _limits[0];
        }
        static class Use
        {
            static void A(Desk desk) => ((List<Money>)desk.Limits())[0] = Money.Usd(1m);
        }
        """);

    [Fact]
    public Task View_through_target_typed_conditional_cast_back_DoesNotReport() => Files.Verify(
        """
        using System;
        using System.Collections.Generic;
        using AiRace.Core;
        public sealed class Desk
        {
            private readonly List<Money> _limits = new() { Money.Cny(1m) };
            private readonly List<Money> _caps = new() { Money.Cny(1m) };
            public bool Ready;
            public int Kind;
            public IReadOnlyList<Money> Limits => Ready ? _limits : Array.Empty<Money>();
            public IReadOnlyList<Money> Caps => Kind switch { 0 => _caps, _ => Array.Empty<Money>() };
            public bool Over(decimal x) => Money.Usd(x) > _limits[0] || Money.Usd(x) > _caps[0];
        }
        static class Use
        {
            static void A(Desk desk) { ((List<Money>)desk.Limits)[0] = Money.Usd(1m); ((List<Money>)desk.Caps)[0] = Money.Usd(1m); }
        }
        """);

    [Fact]
    public Task View_in_a_returned_tuple_cast_back_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using AiRace.Core;
        public sealed class Desk
        {
            private readonly List<Money> _limits = new() { Money.Cny(1m) };
            public (IReadOnlyList<Money> Limits, int Count) Snapshot() => (_limits, _limits.Count);
            public bool Over(decimal x) => Money.Usd(x) > _limits[0];
        }
        static class Use
        {
            static void A(Desk desk) => ((List<Money>)desk.Snapshot().Limits)[0] = Money.Usd(1m);
        }
        """);

    [Fact]
    public Task View_kept_by_a_constructor_cast_back_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using AiRace.Core;
        public sealed class Snapshot
        {
            public Snapshot(IReadOnlyList<Money> items) { Items = items; }
            public IReadOnlyList<Money> Items { get; }
        }
        public sealed class Desk
        {
            private readonly List<Money> _limits = new() { Money.Cny(1m) };
            public Snapshot Snap() => new Snapshot(_limits);
            public bool Over(decimal x) => Money.Usd(x) > _limits[0];
        }
        static class Use
        {
            static void A(Desk desk) => ((List<Money>)desk.Snap().Items)[0] = Money.Usd(1m);
        }
        """);

    [Fact]
    public Task View_kept_by_a_record_cast_back_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using AiRace.Core;
        public sealed record Snapshot(IReadOnlyList<Money> Items);
        public sealed class Desk
        {
            private readonly List<Money> _limits = new() { Money.Cny(1m) };
            public Snapshot Snap() => new Snapshot(_limits);
            public bool Over(decimal x) => Money.Usd(x) > _limits[0];
        }
        static class Use
        {
            static void A(Desk desk) => ((List<Money>)desk.Snap().Items)[0] = Money.Usd(1m);
        }
        """);

    [Fact]
    public Task View_through_two_locals_cast_back_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using AiRace.Core;
        public sealed class Desk
        {
            private readonly List<Money> _limits = new() { Money.Cny(1m) };
            public bool Over(decimal x) => Money.Usd(x) > _limits[0];
            public void Reset()
            {
                IReadOnlyList<Money> first = _limits;
                var second = first;
                ((List<Money>)second)[0] = Money.Usd(1m);
            }
        }
        """);

    [Fact]
    public Task View_through_an_alias_property_cast_back_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using AiRace.Core;
        public sealed class Desk
        {
            private readonly List<Money> _limits = new() { Money.Cny(1m) };
            public IReadOnlyList<Money> Limits => _limits;
            public IReadOnlyList<Money> Alias => Limits;
            public bool Over(decimal x) => Money.Usd(x) > _limits[0];
        }
        static class Use
        {
            static void A(Desk desk) => ((List<Money>)desk.Alias)[0] = Money.Usd(1m);
        }
        """);

    [Fact]
    public Task Local_view_given_to_a_cast_back_parameter_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using AiRace.Core;
        public sealed class Desk
        {
            private readonly List<Money> _limits = new() { Money.Cny(1m) };
            public bool Over(decimal x) => Money.Usd(x) > _limits[0];
            public void Reset()
            {
                IReadOnlyList<Money> view = _limits;
                Patch(view);
            }
            static void Patch(IEnumerable<Money> items) { if (items is List<Money> list) list.Add(Money.Usd(1m)); }
        }
        """);

    [Fact]
    public Task Parameter_passed_on_to_a_cast_back_parameter_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using AiRace.Core;
        public sealed class Desk
        {
            private readonly List<Money> _limits = new() { Money.Cny(1m) };
            public bool Over(decimal x) => Money.Usd(x) > _limits[0];
            public void Reset() => Outer(_limits);
            static void Outer(IEnumerable<Money> xs) => Patch(xs);
            static void Patch(IEnumerable<Money> items) { if (items is List<Money> list) list.Add(Money.Usd(1m)); }
        }
        """);

    [Fact]
    public Task View_cast_back_by_fully_qualified_Unsafe_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using AiRace.Core;
        public sealed class Desk
        {
            private readonly List<Money> _limits = new() { Money.Cny(1m) };
            public IReadOnlyList<Money> Limits => _limits;
            public bool Over(decimal x) => Money.Usd(x) > _limits[0];
        }
        static class Use
        {
            static void A(Desk desk) => System.Runtime.CompilerServices.Unsafe.As<List<Money>>(desk.Limits)[0] = Money.Usd(1m);
        }
        """);

    [Fact]
    public Task View_method_as_method_group_cast_back_DoesNotReport() => Files.Verify(
        """
        using System;
        using System.Collections.Generic;
        using AiRace.Core;
        public sealed class Desk
        {
            private readonly List<Money> _limits = new() { Money.Cny(1m) };
            public IReadOnlyList<Money> Limits() => _limits;
            public bool Over(decimal x) => Money.Usd(x) > _limits[0];
        }
        static class Use
        {
            static void A(Desk desk) { Func<IReadOnlyList<Money>> f = desk.Limits; ((List<Money>)f())[0] = Money.Usd(1m); }
        }
        """);

    [Fact]
    public Task View_returned_by_async_method_cast_back_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using AiRace.Core;
        public sealed class Desk
        {
            private readonly List<Money> _limits = new() { Money.Cny(1m) };
            public async Task<IReadOnlyList<Money>> LimitsAsync() { await Task.Yield(); return _limits; }
            public bool Over(decimal x) => Money.Usd(x) > _limits[0];
        }
        static class Use
        {
            static async Task A(Desk desk) => ((List<Money>)await desk.LimitsAsync())[0] = Money.Usd(1m);
        }
        """);

    [Fact]
    public Task View_cast_back_in_a_property_pattern_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using AiRace.Core;
        public sealed class Desk
        {
            private readonly List<Money> _limits = new() { Money.Cny(1m) };
            public IReadOnlyList<Money> Limits => _limits;
            public bool Over(decimal x) => Money.Usd(x) > _limits[0];
        }
        static class Use
        {
            static void A(Desk desk) { if (desk is { Limits: List<Money> list }) list[0] = Money.Usd(1m); }
        }
        """);

    [Fact]
    public Task Member_view_through_two_locals_cast_back_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using AiRace.Core;
        public sealed class Desk
        {
            private readonly List<Money> _limits = new() { Money.Cny(1m) };
            public IReadOnlyList<Money> Limits => _limits;
            public bool Over(decimal x) => Money.Usd(x) > _limits[0];
        }
        static class Use
        {
            static void A(Desk desk) { var a = desk.Limits; var b = a; ((List<Money>)b)[0] = Money.Usd(1m); }
        }
        """);

    [Fact]
    public Task View_through_out_parameter_cast_back_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using AiRace.Core;
        public sealed class Desk
        {
            private readonly List<Money> _limits = new() { Money.Cny(1m) };
            public bool TryLimits(out IReadOnlyList<Money> limits) { limits = _limits; return true; }
            public bool Over(decimal x) => Money.Usd(x) > _limits[0];
        }
        static class Use
        {
            static void A(Desk desk) { if (desk.TryLimits(out var l)) ((List<Money>)l)[0] = Money.Usd(1m); }
        }
        """);

    [Fact]
    public Task View_given_to_a_callback_cast_back_DoesNotReport() => Files.Verify(
        """
        using System;
        using System.Collections.Generic;
        using AiRace.Core;
        public sealed class Desk
        {
            private readonly List<Money> _limits = new() { Money.Cny(1m) };
            public void Visit(Action<IReadOnlyList<Money>> visitor) => visitor(_limits);
            public bool Over(decimal x) => Money.Usd(x) > _limits[0];
        }
        static class Use
        {
            static void A(Desk desk) => desk.Visit(v => ((List<Money>)v)[0] = Money.Usd(1m));
        }
        """);

    [Fact]
    public Task View_kept_in_a_list_cast_back_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using AiRace.Core;
        public sealed class Desk
        {
            private readonly List<Money> _limits = new() { Money.Cny(1m) };
            public readonly List<IReadOnlyList<Money>> Views = new();
            public Desk() { Views.Add(_limits); }
            public bool Over(decimal x) => Money.Usd(x) > _limits[0];
        }
        static class Use
        {
            static void A(Desk desk) => ((List<Money>)desk.Views[0])[0] = Money.Usd(1m);
        }
        """);

    [Fact]
    public Task Static_array_view_cast_back_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using AiRace.Core;
        public static class Desk
        {
            private static readonly Money[] Caps = { Money.Cny(1m) };
            public static IEnumerable<Money> All => Caps;
            public static bool Over(decimal x) => Money.Usd(x) > Caps[0];
        }
        static class Use
        {
            static void A() => ((Money[])Desk.All)[0] = Money.Usd(1m);
        }
        """);

    [Fact]
    public Task Span_view_written_through_MemoryMarshal_DoesNotReport() => Files.Verify(
        """
        using System;
        using System.Runtime.InteropServices;
        using AiRace.Core;
        public sealed class Desk
        {
            private readonly Money[] _caps = { Money.Cny(1m) };
            public ReadOnlySpan<Money> Caps => _caps;
            public bool Over(decimal x) => Money.Usd(x) > _caps[0];
        }
        static class Use
        {
            static void A(Desk desk) => MemoryMarshal.CreateSpan(ref MemoryMarshal.GetReference(desk.Caps), 1)[0] = Money.Usd(1m);
        }
        """);

    [Fact]
    public Task View_returned_by_an_indexer_cast_back_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using AiRace.Core;
        public sealed class Desk
        {
            private readonly List<Money> _limits = new() { Money.Cny(1m) };
            public IReadOnlyList<Money> this[string region] => _limits;
            public bool Over(decimal x) => Money.Usd(x) > _limits[0];
        }
        static class Use
        {
            static void A(Desk desk) => ((List<Money>)desk["east"])[0] = Money.Usd(1m);
        }
        """);

    [Fact]
    public Task View_only_read_Reports() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public interface IDesk { IReadOnlyList<Money> Limits { get; } }
        public sealed class Desk : IDesk
        {
            private readonly List<Money> _limits = new() { Money.Cny(1m) };
            public IReadOnlyList<Money> Limits => _limits;
            public bool Over(decimal x) => {|AIR0001:Money.Usd(x) > _limits[0]|};
        }
        static class Use
        {
            static int A(IDesk desk) => desk.Limits.Count();
        }
        """);


    [Fact]
    public Task View_through_AsEnumerable_or_Cast_cast_back_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public sealed class Desk
        {
            private readonly List<Money> _limits = new() { Money.Cny(1m) };
            private readonly List<Money> _caps = new() { Money.Cny(1m) };
            public IEnumerable<Money> Limits => _limits.AsEnumerable();
            public IEnumerable<Money> Caps => _caps.Cast<Money>();
            public bool Over(decimal x) => Money.Usd(x) > _limits[0] || Money.Usd(x) > _caps[0];
        }
        static class Use
        {
            static void A(Desk desk) { ((List<Money>)desk.Limits)[0] = Money.Usd(1m); ((List<Money>)desk.Caps)[0] = Money.Usd(1m); }
        }
        """);

    [Fact]
    public Task View_through_AsEnumerable_cast_back_cleared_and_refilled_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public sealed class Desk
        {
            private readonly List<Money> _caps = new() { Money.Cny(1m) };
            private readonly List<Money> _floors = new() { Money.Cny(1m) };
            public IEnumerable<Money> Caps => _caps.AsEnumerable();
            public IEnumerable<Money> Floors { get { return _floors.AsEnumerable(); } }
            public Money Total() => _caps.Sum(Currency.USD) + _floors.Sum(Currency.USD);
            public bool Over(decimal x) => Money.Usd(x) > _caps.Max() || Money.Usd(x) > _floors.Max();
        }
        static class Use
        {
            static void A(Desk desk)
            {
                var caps = (List<Money>)desk.Caps;
                caps.Clear();
                caps.Add(Money.Usd(1m));
                var floors = (List<Money>)desk.Floors;
                floors.Clear();
                floors.Add(Money.Usd(1m));
            }
        }
        """);

    [Fact]
    public Task View_kept_in_array_slot_cast_back_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using AiRace.Core;
        public sealed class Desk
        {
            private readonly List<Money> _limits = new() { Money.Cny(1m) };
            public readonly IReadOnlyList<Money>[] Views = new IReadOnlyList<Money>[1];
            public Desk() { Views[0] = _limits; }
            public bool Over(decimal x) => Money.Usd(x) > _limits[0];
        }
        static class Use
        {
            static void A(Desk desk) => ((List<Money>)desk.Views[0])[0] = Money.Usd(1m);
        }
        """);

    [Fact]
    public Task View_handed_on_and_only_read_Reports() => Files.Verify(
        """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public sealed record Snapshot(IReadOnlyList<Money> Items);
        public sealed class Desk
        {
            private readonly List<Money> _limits = new() { Money.Cny(1m) };
            private readonly List<Money> _caps = new() { Money.Cny(1m) };
            private readonly List<Money> _floors = new() { Money.Cny(1m) };
            private readonly List<Money> _bands = new() { Money.Cny(1m) };
            public bool Ready { get; set; }
            public IReadOnlyList<Money> Limits => Ready ? _limits : Array.Empty<Money>();
            public IEnumerable<Money> Caps => _caps.AsEnumerable();
            public Snapshot Snap() => new Snapshot(_floors);
            public int Count()
            {
                IReadOnlyList<Money> view = _bands;
                IEnumerable<Money> again = view;
                return Total(again);
            }
            private static int Total(IEnumerable<Money> items) => items.Count();
            public bool Over(decimal x) =>
                {|AIR0001:Money.Usd(x) > _limits[0]|} || {|AIR0001:Money.Usd(x) > _caps[0]|} || {|AIR0001:Money.Usd(x) > _floors[0]|}
                || {|AIR0001:Money.Usd(x) > _bands[0]|};
        }
        static class Use
        {
            static int A(Desk desk) => desk.Limits.Count + desk.Caps.Count() + desk.Snap().Items.Count;
            static bool B(Desk desk) => desk.Snap() is { Items: not null } && desk.Limits is not null;
        }
        """);
}

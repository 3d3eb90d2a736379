using System.Threading.Tasks;
using Xunit;
using static AiRace.Analyzers.Tests.LedgerSources;

namespace AiRace.Analyzers.Tests;

/// <summary>
/// AIR0001 stays silent when an <c>ImmutableArray</c> or a read-only view may be written through its storage by code
/// the flow does not read as a plain use: a delegate, a partial method, an anonymous type, a lambda, a <c>ref</c>
/// local, a span taken by reference, a framework method that returns or keeps the same storage, a user-defined
/// operator, a method of another project. Each case writes dollars into a collection of yuan; none may be reported.
/// The cases come from an adversarial review of the flow (stop 43); the last ones are code with errors, which must
/// not crash the analyzer.
/// </summary>
public class StorageWriteFlowTests
{
    // ---------- expected NOT to report (a write with USD exists) ----------

    [Fact]
    public Task Custom_delegate_lambda_DoesNotReport() => Files.Verify(Ledger("""
            public static readonly Writer W = a => ImmutableCollectionsMarshal.AsArray(a)![0] = Money.Usd(1m);
            public static void Go() => W(Floors);
        """, "public delegate void Writer(ImmutableArray<Money> a);"), Check);

    [Fact]
    public Task Custom_delegate_method_group_DoesNotReport() => Files.Verify(Ledger("""
            static void Patch(ImmutableArray<Money> x) => ImmutableCollectionsMarshal.AsArray(x)![0] = Money.Usd(1m);
            public static void Go() { Writer w = Patch; w(Floors); }
        """, "public delegate void Writer(ImmutableArray<Money> a);"), Check);

    [Fact]
    public Task Partial_method_implementation_in_other_file_DoesNotReport() => Files.Verify(Ledger("""
            public static partial void Patch(ImmutableArray<Money> a);
            public static void Go() => Patch(Floors);
        """), """
        using System.Collections.Immutable;
        using System.Runtime.InteropServices;
        using AiRace.Core;
        public static partial class Ledger
        {
            public static partial void Patch(ImmutableArray<Money> a) => ImmutableCollectionsMarshal.AsArray(a)![0] = Money.Usd(1m);
        }
        """, Check);

    [Fact]
    public Task Record_deconstruction_DoesNotReport() => Files.Verify(Ledger("""
            public static void Go() { var (limits, _) = new Desk(Floors, 1); ImmutableCollectionsMarshal.AsArray(limits)![0] = Money.Usd(1m); }
        """, "public sealed record Desk(ImmutableArray<Money> Limits, int N);"), Check);

    [Fact]
    public Task Anonymous_type_DoesNotReport() => Files.Verify(Ledger("""
            static void Patch(ImmutableArray<Money> a) { var o = new { Items = a }; ImmutableCollectionsMarshal.AsArray(o.Items)![0] = Money.Usd(1m); }
            public static void Go() => Patch(Floors);
        """), Check);

    [Fact]
    public Task Lambda_expression_body_returns_parameter_DoesNotReport() => Files.Verify(Ledger("""
            static void Patch(ImmutableArray<Money> a) { Func<ImmutableArray<Money>> get = () => a; ImmutableCollectionsMarshal.AsArray(get())![0] = Money.Usd(1m); }
            public static void Go() => Patch(Floors);
        """), Check);

    [Fact]
    public Task Ref_local_to_parameter_DoesNotReport() => Files.Verify(Ledger("""
            static void Patch(ImmutableArray<Money> a) { ref ImmutableArray<Money> r = ref a; ImmutableCollectionsMarshal.AsArray(r)![0] = Money.Usd(1m); }
            public static void Go() => Patch(Floors);
        """), Check);

    [Fact]
    public Task Foreach_ref_readonly_over_AsSpan_DoesNotReport() => Files.Verify(Ledger("""
            public static void Go() { foreach (ref readonly var m in Floors.AsSpan()) Unsafe.AsRef(in m) = Money.Usd(1m); }
        """), Check);

    [Fact]
    public Task Span_indexer_ref_readonly_DoesNotReport() => Files.Verify(Ledger("""
            public static void Go() => Unsafe.AsRef(in Floors.AsSpan()[0]) = Money.Usd(1m);
        """), Check);

    [Fact]
    public Task Span_indexer_ref_local_DoesNotReport() => Files.Verify(Ledger("""
            public static void Go() { ref readonly Money first = ref Floors.AsSpan()[0]; Unsafe.AsRef(in first) = Money.Usd(1m); }
        """), Check);

    [Fact]
    public Task Span_enumerator_current_DoesNotReport() => Files.Verify(Ledger("""
            public static void Go() { var e = Floors.AsSpan().GetEnumerator(); e.MoveNext(); Unsafe.AsRef(in e.Current) = Money.Usd(1m); }
        """), Check);

    [Fact]
    public Task MemoryExtensions_trim_slice_DoesNotReport() => Files.Verify(Ledger("""
            public static void Go() => MemoryMarshal.GetReference(Floors.AsSpan().TrimStart(Money.Eur(0m))) = Money.Usd(1m);
        """), Check);

    [Fact]
    public Task ImmutableInterlocked_keeps_parameter_DoesNotReport() => Files.Verify(Ledger("""
            static ImmutableArray<Money> _kept;
            static void Keep(ImmutableArray<Money> a) => ImmutableInterlocked.InterlockedExchange(ref _kept, a);
            public static void Write() => ImmutableCollectionsMarshal.AsArray(_kept)![0] = Money.Usd(1m);
            public static void Go() => Keep(Floors);
        """), Check);

    [Fact]
    public Task ImmutableArray_Create_whole_range_of_parameter_DoesNotReport() => Files.Verify(Ledger("""
            static ImmutableArray<Money> Same(ImmutableArray<Money> a) => ImmutableArray.Create(a, 0, a.Length);
            public static void Go() => ImmutableCollectionsMarshal.AsArray(Same(Floors))![0] = Money.Usd(1m);
        """), Check);

    [Fact]
    public Task ToImmutableArray_of_parameter_DoesNotReport() => Files.Verify(Ledger("""
            static ImmutableArray<Money> Same(ImmutableArray<Money> a) => a.ToImmutableArray();
            public static void Go() => ImmutableCollectionsMarshal.AsArray(Same(Floors))![0] = Money.Usd(1m);
        """), Check);

    [Fact]
    public Task ToImmutableArray_direct_DoesNotReport() => Files.Verify(Ledger("""
            public static void Go() { var same = Floors.ToImmutableArray(); ImmutableCollectionsMarshal.AsArray(same)![0] = Money.Usd(1m); }
        """), Check);

    [Fact]
    public Task Fixed_over_span_DoesNotReport() => Files.VerifyUnsafe(Ledger("""
            public static unsafe void Go() { fixed (Money* p = Floors.AsSpan()) { *p = Money.Usd(1m); } }
        """), Check);

    [Fact]
    public Task Memory_pin_DoesNotReport() => Files.VerifyUnsafe(Ledger("""
            public static unsafe void Go() { using var h = Floors.AsMemory().Pin(); *(Money*)h.Pointer = Money.Usd(1m); }
        """), Check);

    [Fact]
    public Task Referenced_project_method_no_crash_DoesNotReport() => Files.VerifyReferencingProject("""
        using System.Collections.Immutable;
        using System.Runtime.InteropServices;
        using AiRace.Core;
        public static class Patcher
        {
            public static void Patch(ImmutableArray<Money> a) => Inner(a);
            static void Inner(ImmutableArray<Money> b) => ImmutableCollectionsMarshal.AsArray(b)![0] = Money.Usd(1m);
        }
        """, Ledger("""
            public static void Go() => Patcher.Patch(Floors);
        """), Check);

    [Fact]
    public Task Referenced_project_view_no_crash_DoesNotReport() => Files.VerifyReferencingProject("""
        using System.Collections.Generic;
        using AiRace.Core;
        public static class Patcher
        {
            public static void Patch(IReadOnlyList<Money> a) => Inner(a);
            static void Inner(IReadOnlyList<Money> b) => ((List<Money>)b).Add(Money.Usd(1m));
        }
        """, """
        using System.Collections.Generic;
        using AiRace.Core;
        public static class Ledger
        {
            public static readonly List<Money> Floors = new() { Money.Cny(1m) };
            public static void Go() => Patcher.Patch(Floors);
        }
        """, Check);

    [Fact]
    public Task User_operator_takes_array_DoesNotReport() => Files.Verify(Ledger("""
            public static void Go() { _ = new Box() + Floors; }
        """, """
        public sealed class Box { public static Box operator +(Box b, ImmutableArray<Money> a) { ImmutableCollectionsMarshal.AsArray(a)![0] = Money.Usd(1m); return b; } }
        """), Check);

    [Fact]
    public Task Generic_method_DoesNotReport() => Files.Verify(Ledger("""
            static void Patch<T>(ImmutableArray<T> a, T v) => ImmutableCollectionsMarshal.AsArray(a)![0] = v;
            public static void Go() => Patch(Floors, Money.Usd(1m));
        """), Check);

    [Fact]
    public Task Source_extension_method_DoesNotReport() => Files.Verify(Ledger("""
            static void Patch(this ImmutableArray<Money> a) => ImmutableCollectionsMarshal.AsArray(a)![0] = Money.Usd(1m);
            public static void Go() => Floors.Patch();
        """), Check);

    [Fact]
    public Task Async_method_DoesNotReport() => Files.Verify(Ledger("""
            static async System.Threading.Tasks.Task Patch(ImmutableArray<Money> a) { await System.Threading.Tasks.Task.Yield(); ImmutableCollectionsMarshal.AsArray(a)![0] = Money.Usd(1m); }
            public static void Go() => _ = Patch(Floors);
        """), Check);

    [Fact]
    public Task Primary_constructor_field_DoesNotReport() => Files.Verify(Ledger("""
            public static void Go() => new Holder(Floors).Write();
        """, """
        public sealed class Holder(ImmutableArray<Money> items)
        {
            private readonly ImmutableArray<Money> _items = items;
            public void Write() => ImmutableCollectionsMarshal.AsArray(_items)![0] = Money.Usd(1m);
        }
        """), Check);

    [Fact]
    public Task Primary_constructor_captured_DoesNotReport() => Files.Verify(Ledger("""
            public static void Go() => new Holder(Floors).Write();
        """, """
        public sealed class Holder(ImmutableArray<Money> items)
        {
            public void Write() => ImmutableCollectionsMarshal.AsArray(items)![0] = Money.Usd(1m);
        }
        """), Check);

    [Fact]
    public Task Constructor_chaining_DoesNotReport() => Files.Verify(Ledger("""
            public static void Go() => _ = new Holder(Floors, 1);
        """, """
        public sealed class Holder
        {
            public Holder(ImmutableArray<Money> a, int n) : this(a) { }
            public Holder(ImmutableArray<Money> a) { ImmutableCollectionsMarshal.AsArray(a)![0] = Money.Usd(1m); }
        }
        """), Check);

    [Fact]
    public Task With_expression_DoesNotReport() => Files.Verify(Ledger("""
            static Desk Put(Desk d, ImmutableArray<Money> a) => d with { Limits = a };
            public static void Go() => ImmutableCollectionsMarshal.AsArray(Put(new Desk(ImmutableArray<Money>.Empty), Floors).Limits)![0] = Money.Usd(1m);
        """, "public sealed record Desk(ImmutableArray<Money> Limits);"), Check);

    [Fact]
    public Task Struct_wrapper_DoesNotReport() => Files.Verify(Ledger("""
            static Wrap Make(ImmutableArray<Money> a) => new Wrap { Items = a };
            public static void Go() => ImmutableCollectionsMarshal.AsArray(Make(Floors).Items)![0] = Money.Usd(1m);
        """, "public struct Wrap { public ImmutableArray<Money> Items; }"), Check);

    [Fact]
    public Task Tuple_DoesNotReport() => Files.Verify(Ledger("""
            static (ImmutableArray<Money>, int) Pair(ImmutableArray<Money> a) => (a, 1);
            public static void Go() => ImmutableCollectionsMarshal.AsArray(Pair(Floors).Item1)![0] = Money.Usd(1m);
        """), Check);

    [Fact]
    public Task Ref_readonly_return_ItemRef_DoesNotReport() => Files.Verify(Ledger("""
            static ref readonly Money First(ImmutableArray<Money> a) => ref a.ItemRef(0);
            public static void Go() => Unsafe.AsRef(in First(Floors)) = Money.Usd(1m);
        """), Check);

    [Fact]
    public Task TryGetArray_DoesNotReport() => Files.Verify(Ledger("""
            static void Patch(ImmutableArray<Money> a) { if (MemoryMarshal.TryGetArray(a.AsMemory(), out var seg)) seg.Array![0] = Money.Usd(1m); }
            public static void Go() => Patch(Floors);
        """), Check);

    [Fact]
    public Task Memory_span_via_local_DoesNotReport() => Files.Verify(Ledger("""
            static void Patch(ImmutableArray<Money> a) { var m = a.AsMemory(); var s = m.Span; MemoryMarshal.GetReference(s) = Money.Usd(1m); }
            public static void Go() => Patch(Floors);
        """), Check);

    [Fact]
    public Task AsSpan_range_CreateSpan_DoesNotReport() => Files.Verify(Ledger("""
            static void Patch(ImmutableArray<Money> a) { var s = a.AsSpan(0..1); MemoryMarshal.CreateSpan(ref MemoryMarshal.GetReference(s), 1)[0] = Money.Usd(1m); }
            public static void Go() => Patch(Floors);
        """), Check);

    [Fact]
    public Task Using_static_marshal_DoesNotReport() => Files.Verify(Ledger("""
            static void Patch(ImmutableArray<Money> a) => AsArray(a)![0] = Money.Usd(1m);
            public static void Go() => Patch(Floors);
        """, "using static System.Runtime.InteropServices.ImmutableCollectionsMarshal;"), Check);

    [Fact]
    public Task Base_call_virtual_DoesNotReport() => Files.Verify(Ledger("""
            public static void Go() => new Leaf().Run(Floors);
        """, """
        public class Root { public virtual void Write(ImmutableArray<Money> a) { } }
        public class Mid : Root { public override void Write(ImmutableArray<Money> a) => ImmutableCollectionsMarshal.AsArray(a)![0] = Money.Usd(1m); }
        public sealed class Leaf : Mid { public override void Write(ImmutableArray<Money> a) { } public void Run(ImmutableArray<Money> a) => base.Write(a); }
        """), Check);

    [Fact]
    public Task Default_interface_method_DoesNotReport() => Files.Verify(Ledger("""
            public static void Go() => ((IW)new W()).Write(Floors);
        """, """
        public interface IW { void Write(ImmutableArray<Money> a) => ImmutableCollectionsMarshal.AsArray(a)![0] = Money.Usd(1m); }
        public sealed class W : IW { }
        """), Check);

    [Fact]
    public Task Explicit_interface_impl_DoesNotReport() => Files.Verify(Ledger("""
            public static void Go() => ((IW)new W()).Write(Floors);
        """, """
        public interface IW { void Write(ImmutableArray<Money> a); }
        public sealed class W : IW { void IW.Write(ImmutableArray<Money> a) => ImmutableCollectionsMarshal.AsArray(a)![0] = Money.Usd(1m); }
        """), Check);

    [Fact]
    public Task Params_collection_DoesNotReport() => Files.Verify(Ledger("""
            static void Patch(params ImmutableArray<Money> a) => ImmutableCollectionsMarshal.AsArray(a)![0] = Money.Usd(1m);
            public static void Go() => Patch(Floors);
        """), Check);

    [Fact]
    public Task Static_local_function_DoesNotReport() => Files.Verify(Ledger("""
            public static void Go() { Patch(Floors); static void Patch(ImmutableArray<Money> a) => ImmutableCollectionsMarshal.AsArray(a)![0] = Money.Usd(1m); }
        """), Check);

    [Fact]
    public Task Local_function_via_Action_DoesNotReport() => Files.Verify(Ledger("""
            public static void Go() { Action<ImmutableArray<Money>> f = Patch; f(Floors); static void Patch(ImmutableArray<Money> a) => ImmutableCollectionsMarshal.AsArray(a)![0] = Money.Usd(1m); }
        """), Check);

    [Fact]
    public Task Unsafe_As_ref_parameter_DoesNotReport() => Files.Verify(Ledger("""
            static void Patch(ImmutableArray<Money> a) => Unsafe.As<ImmutableArray<Money>, Money[]>(ref a)[0] = Money.Usd(1m);
            public static void Go() => Patch(Floors);
        """), Check);

    [Fact]
    public Task Out_parameter_DoesNotReport() => Files.Verify(Ledger("""
            static void Give(ImmutableArray<Money> a, out ImmutableArray<Money> b) => b = a;
            public static void Go() { Give(Floors, out var b); ImmutableCollectionsMarshal.AsArray(b)![0] = Money.Usd(1m); }
        """), Check);

    [Fact]
    public Task Deconstruction_assignment_DoesNotReport() => Files.Verify(Ledger("""
            static ImmutableArray<Money> Keep(ImmutableArray<Money> a) { ImmutableArray<Money> x; int n; (x, n) = (a, 1); return x; }
            public static void Go() => ImmutableCollectionsMarshal.AsArray(Keep(Floors))![0] = Money.Usd(1m);
        """), Check);

    [Fact]
    public Task Record_positional_pattern_DoesNotReport() => Files.Verify(Ledger("""
            public static void Go() { var d = new Desk(Floors, 1); if (d is (var l, _)) ImmutableCollectionsMarshal.AsArray(l)![0] = Money.Usd(1m); }
        """, "public sealed record Desk(ImmutableArray<Money> Limits, int N);"), Check);

    [Fact]
    public Task Switch_expression_arm_lambda_DoesNotReport() => Files.Verify(Ledger("""
            static Func<ImmutableArray<Money>> Later(ImmutableArray<Money> a) => () => a;
            public static void Go() => ImmutableCollectionsMarshal.AsArray(Later(Floors)())![0] = Money.Usd(1m);
        """), Check);

    [Fact]
    public Task Class_with_custom_Deconstruct_DoesNotReport() => Files.Verify(Ledger("""
            public static void Go() { var (l, _) = new Desk(Floors); ImmutableCollectionsMarshal.AsArray(l)![0] = Money.Usd(1m); }
        """, """
        public sealed class Desk(ImmutableArray<Money> limits)
        {
            public void Deconstruct(out ImmutableArray<Money> l, out int n) { l = limits; n = 0; }
        }
        """), Check);

    // ---------- crashes ----------

    [Fact]
    public Task Error_parameter_type_DoesNotReport() => Files.Verify(Ledger("""
            static void Patch({|CS0246:Missing|} a) => ImmutableCollectionsMarshal.AsArray(a)![0] = Money.Usd(1m);
            public static void Go() => Patch({|CS1503:Floors|});
        """), Check);

    [Fact]
    public Task Error_body_DoesNotReport() => Files.Verify(Ledger("""
            static void Patch(ImmutableArray<Money> a) { var s = a.{|CS1061:Spam|}(); s.Span.Slice(); }
            public static void Go() => Patch(Floors);
        """), Check);

    [Fact]
    public Task Span_named_member_DoesNotReport() => Files.Verify(Ledger("""
            static int Patch(ImmutableArray<Money> a) => a.{|CS1061:Span|}.Length + a.AsMemory().Span.Length;
            public static void Go() => Patch(Floors);
        """), Check);

    [Fact]
    public Task Recursive_methods_DoesNotReport() => Files.Verify(Ledger("""
            static int A(ImmutableArray<Money> a, int n) => n == 0 ? a.Length : B(a.AddRange(a), n - 1);
            static int B(ImmutableArray<Money> b, int n) => A(b.AsSpan().Slice(0).ToImmutableArray(), n);
            public static void Go() => A(Floors, 3);
        """), Check);

    private const string ViewCheck = """
        using AiRace.Core;
        class Checks
        {
            void Run() => Book.Go();
            bool A() => Book.Lines[0] > Money.Usd(1m);
        }
        """;

    private static string Book(string members, string extraTypes = "") => $$"""
        using System;
        using System.Collections.Generic;
        using AiRace.Core;
        {{extraTypes}}
        public static class Book
        {
            public static readonly List<Money> Lines = new() { Money.Cny(1m) };
        {{members}}
        }
        """;

    [Fact]
    public Task View_custom_delegate_DoesNotReport() => Files.Verify(Book("""
            public static readonly Writer W = a => ((List<Money>)a).Add(Money.Usd(1m));
            public static void Go() => W(Lines);
        """, "public delegate void Writer(IReadOnlyList<Money> a);"), ViewCheck);

    [Fact]
    public Task View_anonymous_type_DoesNotReport() => Files.Verify(Book("""
            static void Patch(IReadOnlyList<Money> a) { var o = new { Items = a }; ((List<Money>)o.Items).Add(Money.Usd(1m)); }
            public static void Go() => Patch(Lines);
        """), ViewCheck);

    [Fact]
    public Task View_lambda_body_DoesNotReport() => Files.Verify(Book("""
            static void Patch(IReadOnlyList<Money> a) { Func<IReadOnlyList<Money>> get = () => a; ((List<Money>)get()).Add(Money.Usd(1m)); }
            public static void Go() => Patch(Lines);
        """), ViewCheck);

    [Fact]
    public Task View_ref_local_DoesNotReport() => Files.Verify(Book("""
            static void Patch(IReadOnlyList<Money> a) { ref IReadOnlyList<Money> r = ref a; ((List<Money>)r).Add(Money.Usd(1m)); }
            public static void Go() => Patch(Lines);
        """), ViewCheck);

    [Fact]
    public Task View_partial_method_DoesNotReport() => Files.Verify(Book("""
            public static void Go() => Splitter.Patch(Lines);
        """, """
        public static partial class Splitter { public static partial void Patch(IReadOnlyList<Money> a); }
        public static partial class Splitter { public static partial void Patch(IReadOnlyList<Money> a) => ((List<Money>)a).Add(Money.Usd(1m)); }
        """), ViewCheck);

    [Fact]
    public Task Foreach_ref_readonly_in_parameter_method_DoesNotReport() => Files.Verify(Ledger("""
            static void Patch(ImmutableArray<Money> a) { foreach (ref readonly var m in a.AsSpan()) Unsafe.AsRef(in m) = Money.Usd(1m); }
            public static void Go() => Patch(Floors);
        """), Check);

    [Fact]
    public Task Span_param_indexer_ref_DoesNotReport() => Files.Verify(Ledger("""
            static void Patch(ReadOnlySpan<Money> s) => Unsafe.AsRef(in s[0]) = Money.Usd(1m);
            public static void Go() => Patch(Floors.AsSpan());
        """), Check);
}

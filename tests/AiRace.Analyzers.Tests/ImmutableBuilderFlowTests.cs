using System.Threading.Tasks;
using Xunit;

namespace AiRace.Analyzers.Tests;

/// <summary>Adversarial probes (review of 397b6a8 and e17cb57). Each asserts the correct behaviour.</summary>
/// <summary>
/// AIR0001 through builders of immutable collections (written and read as the lists and dictionaries they are; what
/// they build holds their elements) and through read-only views handed to extension methods (called, after <c>?.</c>,
/// as a method group, returning the view itself). The cases come from the third adversarial review of stop 43.
/// </summary>
public class ImmutableBuilderFlowTests
{
    private static string Desk(string members, string extraTypes = "") => $$"""
        using System;
        using System.Collections;
        using System.Collections.Generic;
        using System.Collections.Immutable;
        using System.Linq;
        using System.Runtime.CompilerServices;
        using System.Runtime.InteropServices;
        using AiRace.Core;
        {{extraTypes}}
        public static partial class Desk
        {
        {{members}}
        }
        """;

    // the builder B, filled with yuan in Desk, compared with dollars: no report expected (something wrote dollars)
    private const string NoReport = """
        using System.Linq;
        using AiRace.Core;
        class Checks
        {
            void Run() => Desk.Go();
            bool A() => Desk.B[0] > Money.Usd(1m);
            bool C() => Desk.B.ToImmutable()[0] > Money.Usd(1m);
        }
        """;

    private const string Reports = """
        using System.Linq;
        using AiRace.Core;
        class Checks
        {
            void Run() => Desk.Go();
            bool A() => {|AIR0001:Desk.B[0] > Money.Usd(1m)|};
            bool C() => {|AIR0001:Desk.B.ToImmutable()[0] > Money.Usd(1m)|};
        }
        """;

    private const string ArrayBuilder = "public static readonly ImmutableArray<Money>.Builder B = ImmutableArray.CreateBuilder<Money>();";
    private const string ListBuilder = "public static readonly ImmutableList<Money>.Builder B = ImmutableList.CreateBuilder<Money>();";

    // ================= (1) builders =================

    [Fact]
    public Task Control_builder_only_yuan_Reports() => Files.Verify(Desk(ArrayBuilder + """
            public static void Go() { B.Add(Money.Cny(1m)); B.AddRange(Money.Cny(2m)); B.Sort(); B.Reverse(); B.Capacity = 10; var n = B.Count; }
        """), Reports);

    [Fact]
    public Task Builder_to_ICollection_parameter_DoesNotReport() => Files.Verify(Desk(ArrayBuilder + """
            static void Fill(ICollection<Money> c) => c.Add(Money.Usd(1m));
            public static void Go() { B.Add(Money.Cny(1m)); Fill(B); }
        """), NoReport);

    [Fact]
    public Task Builder_to_object_parameter_DoesNotReport() => Files.Verify(Desk(ArrayBuilder + """
            static void Fill(object o) => ((ImmutableArray<Money>.Builder)o).Add(Money.Usd(1m));
            public static void Go() { B.Add(Money.Cny(1m)); Fill(B); }
        """), NoReport);

    [Fact]
    public Task Builder_to_own_type_parameter_DoesNotReport() => Files.Verify(Desk(ArrayBuilder + """
            static void Fill(ImmutableArray<Money>.Builder b) => b.Add(Money.Usd(1m));
            public static void Go() { B.Add(Money.Cny(1m)); Fill(B); }
        """), NoReport);

    [Fact]
    public Task Builder_to_generic_parameter_DoesNotReport() => Files.Verify(Desk(ArrayBuilder + """
            static void Fill<T>(T b) where T : ICollection<Money> => b.Add(Money.Usd(1m));
            public static void Go() { B.Add(Money.Cny(1m)); Fill(B); }
        """), NoReport);

    [Fact]
    public Task Builder_to_extension_method_of_own_type_DoesNotReport() => Files.Verify(Desk(ArrayBuilder + """
            public static void Go() { B.Add(Money.Cny(1m)); B.Fill(); }
        """, "public static class Ext { public static void Fill(this ImmutableArray<Money>.Builder b) => b.Add(Money.Usd(1m)); }"), NoReport);

    [Fact]
    public Task Builder_to_IEnumerable_parameter_cast_back_DoesNotReport() => Files.Verify(Desk(ArrayBuilder + """
            static void Fill(IEnumerable<Money> xs) { if (xs is ImmutableArray<Money>.Builder b) b.Add(Money.Usd(1m)); }
            public static void Go() { B.Add(Money.Cny(1m)); Fill(B); }
        """), NoReport);

    [Fact]
    public Task Builder_to_IReadOnlyList_extension_cast_back_DoesNotReport() => Files.Verify(Desk(ArrayBuilder + """
            public static void Go() { B.Add(Money.Cny(1m)); IReadOnlyList<Money> v = B; v.Fill(); }
        """, "public static class Ext { public static void Fill(this IReadOnlyList<Money> v) => ((IList<Money>)v).Add(Money.Usd(1m)); }"), NoReport);

    [Fact]
    public Task Builder_captured_in_lambda_DoesNotReport() => Files.Verify(Desk(ArrayBuilder + """
            public static void Go() { B.Add(Money.Cny(1m)); Action a = () => B.Add(Money.Usd(1m)); a(); }
        """), NoReport);

    [Fact]
    public Task Builder_returned_from_method_then_written_DoesNotReport() => Files.Verify(Desk(ArrayBuilder + """
            static ImmutableArray<Money>.Builder Get() => B;
            public static void Go() { B.Add(Money.Cny(1m)); Get().Add(Money.Usd(1m)); }
        """), NoReport);

    [Fact]
    public Task Builder_returned_from_block_method_then_written_DoesNotReport() => Files.Verify(Desk(ArrayBuilder + """
            static ImmutableArray<Money>.Builder Get() { var local = B; return local; }
            public static void Go() { B.Add(Money.Cny(1m)); var g = Get(); g.Insert(0, Money.Usd(1m)); }
        """), NoReport);

    [Fact]
    public Task Builder_stored_in_field_of_other_type_DoesNotReport() => Files.Verify(Desk(ArrayBuilder + """
            public static void Go() { B.Add(Money.Cny(1m)); var h = new Holder { Kept = B }; h.Kept.Add(Money.Usd(1m)); }
        """, "public sealed class Holder { public ImmutableArray<Money>.Builder Kept = null!; }"), NoReport);

    [Fact]
    public Task Builder_stored_in_object_initializer_collection_of_property_DoesNotReport() => Files.Verify(Desk("""
            public static void Go() { var h = new Holder { B = { Money.Usd(1m) } }; }
            public static ImmutableArray<Money>.Builder B => Holder.Shared.B;
        """, """
        public sealed class Holder
        {
            public static readonly Holder Shared = new();
            public ImmutableArray<Money>.Builder B { get; } = ImmutableArray.CreateBuilder<Money>();
            public void Fill() => B.Add(Money.Cny(1m));
        }
        """), """
        using AiRace.Core;
        class Checks
        {
            void Run() => Desk.Go();
            bool A() => new Holder().B[0] > Money.Usd(1m);
        }
        """);

    [Fact]
    public Task Builder_count_increment_DoesNotReport() => Files.Verify(Desk(ArrayBuilder + """
            public static void Go() { B.Add(Money.Cny(1m)); B.Count++; }
        """), NoReport);

    [Fact]
    public Task Builder_count_compound_DoesNotReport() => Files.Verify(Desk(ArrayBuilder + """
            public static void Go() { B.Add(Money.Cny(1m)); B.Count += 2; }
        """), NoReport);

    [Fact]
    public Task Builder_count_in_object_initializer_of_holder_DoesNotReport() => Files.Verify(Desk("""
            public static void Go() { }
        """, """
        public sealed class Holder
        {
            public ImmutableArray<Money>.Builder B { get; } = ImmutableArray.CreateBuilder<Money>();
            public void Fill() => B.Add(Money.Cny(1m));
            public static Holder Grown() => new Holder { B = { Count = 3 } };
        }
        """), """
        using AiRace.Core;
        class Checks
        {
            bool A() => Holder.Grown().B[2] > Money.Usd(1m);
        }
        """);

    [Fact]
    public Task Builder_ItemRef_written_DoesNotReport() => Files.Verify(Desk(ArrayBuilder + """
            public static void Go() { B.Add(Money.Cny(1m)); Unsafe.AsRef(in B.ItemRef(0)) = Money.Usd(1m); }
        """), NoReport);

    [Fact]
    public Task ListBuilder_ItemRef_written_DoesNotReport() => Files.Verify(Desk(ListBuilder + """
            public static void Go() { B.Add(Money.Cny(1m)); ref readonly var r = ref B.ItemRef(0); Unsafe.AsRef(in r) = Money.Usd(1m); }
        """), NoReport);

    [Fact]
    public Task Builder_Replace_DoesNotReport() => Files.Verify(Desk(ArrayBuilder + """
            public static void Go() { B.Add(Money.Cny(1m)); B.Replace(Money.Cny(1m), Money.Usd(1m)); }
        """), NoReport);

    [Fact]
    public Task ListBuilder_Replace_DoesNotReport() => Files.Verify(Desk(ListBuilder + """
            public static void Go() { B.Add(Money.Cny(1m)); B.Replace(Money.Cny(1m), Money.Usd(1m)); }
        """), NoReport);

    [Fact]
    public Task Builder_Sort_with_comparison_DoesNotReport_for_dollars() => Files.Verify(Desk(ArrayBuilder + """
            public static void Go() { B.Add(Money.Cny(1m)); B.Add(Money.Usd(1m)); B.Sort((x, y) => x.Amount.CompareTo(y.Amount)); }
        """), NoReport);

    [Fact]
    public Task Builder_CopyTo_array_DoesNotReport() => Files.Verify(Desk(ArrayBuilder + """
            public static readonly Money[] Target = { Money.Cny(1m) };
            public static void Go() { B.Add(Money.Usd(1m)); B.CopyTo(Target, 0); }
        """), """
        using AiRace.Core;
        class Checks
        {
            void Run() => Desk.Go();
            bool A() => Desk.Target[0] > Money.Usd(1m);
        }
        """);

    [Fact]
    public Task Builder_CopyTo_span_of_local_array_DoesNotReport() => Files.Verify(Desk(ArrayBuilder + """
            public static bool Go() { B.Add(Money.Usd(1m)); var target = new[] { Money.Cny(1m) }; B.CopyTo(target.AsSpan()); return target[0] > Money.Usd(1m); }
        """), "class Checks { }");

    [Fact]
    public Task Builder_insert_via_interface_DoesNotReport() => Files.Verify(Desk(ArrayBuilder + """
            public static void Go() { B.Add(Money.Cny(1m)); ((IList<Money>)B).Insert(0, Money.Usd(1m)); }
        """), NoReport);

    [Fact]
    public Task Builder_set_via_IList_nongeneric_DoesNotReport() => Files.Verify(Desk(ListBuilder + """
            public static void Go() { B.Add(Money.Cny(1m)); IList l = B; l[0] = Money.Usd(1m); }
        """), NoReport);

    [Fact]
    public Task Builder_AddRange_other_builder_of_dollars_DoesNotReport() => Files.Verify(Desk(ArrayBuilder + """
            static readonly ImmutableArray<Money>.Builder Dollars = ImmutableArray.CreateBuilder<Money>();
            public static void Go() { Dollars.Add(Money.Usd(1m)); B.AddRange(Dollars); }
        """), NoReport);

    [Fact]
    public Task Builder_AddRange_other_builder_with_length_DoesNotReport() => Files.Verify(Desk(ArrayBuilder + """
            static readonly Money[] Dollars = { Money.Usd(1m) };
            public static void Go() { B.Add(Money.Cny(1m)); B.AddRange(Dollars, 1); }
        """), NoReport);

    [Fact]
    public Task Builder_InsertRange_of_dollars_DoesNotReport() => Files.Verify(Desk(ArrayBuilder + """
            public static void Go() { B.Add(Money.Cny(1m)); B.InsertRange(0, ImmutableArray.Create(Money.Usd(1m))); }
        """), NoReport);

    [Fact]
    public Task Builder_AddRange_span_of_dollars_DoesNotReport() => Files.Verify(Desk(ArrayBuilder + """
            public static void Go() { B.Add(Money.Cny(1m)); ReadOnlySpan<Money> s = [Money.Usd(1m)]; B.AddRange(s); }
        """), NoReport);

    [Fact]
    public Task Builder_AddRange_of_itself_then_dollars_DoesNotReport() => Files.Verify(Desk(ArrayBuilder + """
            public static void Go() { B.Add(Money.Cny(1m)); B.AddRange(B); B.Add(Money.Usd(1m)); }
        """), NoReport);

    [Fact]
    public Task Local_builder_DrainToImmutable_then_reuse_DoesNotReport() => Files.Verify(Desk("""
            public static bool Go()
            {
                var b = ImmutableArray.CreateBuilder<Money>();
                b.Add(Money.Cny(1m));
                var first = b.DrainToImmutable();
                b.Add(Money.Usd(1m));
                var second = b.DrainToImmutable();
                return second[0] > Money.Cny(1m);
            }
        """), "class Checks { }");

    [Fact]
    public Task Local_builder_MoveToImmutable_then_reuse_DoesNotReport() => Files.Verify(Desk("""
            public static bool Go()
            {
                var b = ImmutableArray.CreateBuilder<Money>(1);
                b.Add(Money.Cny(1m));
                var first = b.MoveToImmutable();
                b.Capacity = 1;
                b.Add(Money.Usd(1m));
                return b.MoveToImmutable()[0] > Money.Cny(1m);
            }
        """), "class Checks { }");

    [Fact]
    public Task Builder_ToImmutable_then_storage_written_DoesNotReport() => Files.Verify(Desk("""
            public static bool Go()
            {
                var b = ImmutableArray.CreateBuilder<Money>(1);
                b.Add(Money.Cny(1m));
                var made = b.MoveToImmutable();
                ImmutableCollectionsMarshal.AsArray(made)![0] = Money.Usd(1m);
                return made[0] > Money.Cny(1m);
            }
        """), "class Checks { }");

    [Fact]
    public Task Builder_ToArray_written_does_not_change_builder_Reports() => Files.Verify(Desk(ArrayBuilder + """
            public static bool Go() { B.Add(Money.Cny(1m)); var arr = B.ToArray(); arr[0] = Money.Usd(1m); return arr[0] > Money.Cny(1m); }
        """), Reports);

    [Fact]
    public Task Dictionary_builder_ToImmutable_DoesNotReport() => Files.Verify(Desk("""
            public static readonly ImmutableDictionary<string, Money>.Builder D = ImmutableDictionary.CreateBuilder<string, Money>();
            public static void Go() { D["a"] = Money.Cny(1m); D.Add(new KeyValuePair<string, Money>("b", Money.Usd(1m))); }
        """), """
        using AiRace.Core;
        class Checks
        {
            bool A() => Desk.D.ToImmutable()["a"] > Money.Usd(1m) || Desk.D["b"] > Money.Cny(1m);
        }
        """);

    [Fact]
    public Task Dictionary_builder_AddRange_pairs_DoesNotReport() => Files.Verify(Desk("""
            public static readonly ImmutableDictionary<string, Money>.Builder D = ImmutableDictionary.CreateBuilder<string, Money>();
            static readonly Dictionary<string, Money> Dollars = new() { ["x"] = Money.Usd(1m) };
            public static void Go() { D["a"] = Money.Cny(1m); D.AddRange(Dollars); }
        """), """
        using System.Linq;
        using AiRace.Core;
        class Checks
        {
            bool A() => Desk.D["a"] > Money.Usd(1m) || Desk.D.Values.Any(v => v > Money.Usd(1m)) || Desk.D.ToImmutable().Values.First() > Money.Usd(1m);
        }
        """);

    [Fact]
    public Task Dictionary_builder_AddRange_list_of_pairs_DoesNotReport() => Files.Verify(Desk("""
            public static readonly ImmutableDictionary<string, Money>.Builder D = ImmutableDictionary.CreateBuilder<string, Money>();
            public static void Go() { D["a"] = Money.Cny(1m); D.AddRange(new List<KeyValuePair<string, Money>> { new("x", Money.Usd(1m)) }); }
        """), """
        using System.Linq;
        using AiRace.Core;
        class Checks
        {
            bool A() => Desk.D["a"] > Money.Usd(1m) || Desk.D.Values.Max() > Money.Usd(1m);
        }
        """);

    [Fact]
    public Task Dictionary_builder_TryAdd_extension_DoesNotReport() => Files.Verify(Desk("""
            public static readonly ImmutableDictionary<string, Money>.Builder D = ImmutableDictionary.CreateBuilder<string, Money>();
            public static void Go() { D["a"] = Money.Cny(1m); D.TryAdd("x", Money.Usd(1m)); }
        """), """
        using System.Linq;
        using AiRace.Core;
        class Checks
        {
            bool A() => Desk.D["a"] > Money.Usd(1m) || Desk.D.Values.First() > Money.Usd(1m);
        }
        """);

    [Fact]
    public Task Dictionary_builder_GetValueOrDefault_fallback_DoesNotReport() => Files.Verify(Desk("""
            public static readonly ImmutableDictionary<string, Money>.Builder D = ImmutableDictionary.CreateBuilder<string, Money>();
            public static void Go() { D["a"] = Money.Cny(1m); }
        """), """
        using AiRace.Core;
        class Checks
        {
            bool A() => Desk.D.GetValueOrDefault("zz", Money.Usd(1m)) > Money.Usd(1m);
            bool B() => System.Collections.Generic.CollectionExtensions.GetValueOrDefault(Desk.D, "zz", Money.Usd(1m)) > Money.Usd(1m);
        }
        """);

    [Fact]
    public Task Dictionary_builder_TryGetValue_and_Values_Reports() => Files.Verify(Desk("""
            public static readonly ImmutableDictionary<string, Money>.Builder D = ImmutableDictionary.CreateBuilder<string, Money>();
            public static void Go() { D["a"] = Money.Cny(1m); }
        """), """
        using System.Linq;
        using AiRace.Core;
        class Checks
        {
            bool A() => {|AIR0001:Desk.D.Values.First() > Money.Usd(1m)|};
        }
        """);

    [Fact]
    public Task Sorted_dictionary_builder_ValueRef_DoesNotReport() => Files.Verify(Desk("""
            public static readonly ImmutableSortedDictionary<string, Money>.Builder D = ImmutableSortedDictionary.CreateBuilder<string, Money>();
            public static void Go() { D["a"] = Money.Cny(1m); Unsafe.AsRef(in D.ValueRef("a")) = Money.Usd(1m); }
        """), """
        using AiRace.Core;
        class Checks
        {
            bool A() => Desk.D["a"] > Money.Usd(1m);
        }
        """);

    [Fact]
    public Task Dictionary_builder_keys_ignoring_case_DoesNotReport() => Files.Verify(Desk("""
            public static bool Go()
            {
                var d = ImmutableDictionary.CreateBuilder<string, Money>(StringComparer.OrdinalIgnoreCase);
                d["a"] = Money.Cny(1m);
                d["A"] = Money.Usd(1m);
                return d["a"] > Money.Cny(1m);
            }
        """), "class Checks { }");

    [Fact]
    public Task SetItem_then_ToBuilder_DoesNotReport() => Files.Verify(Desk("""
            public static bool Go()
            {
                var d = ImmutableDictionary<string, Money>.Empty.Add("a", Money.Cny(1m));
                var b = d.SetItem("a", Money.Usd(1m)).ToBuilder();
                return b["a"] > Money.Cny(1m);
            }
        """), "class Checks { }");

    [Fact]
    public Task Set_builder_UnionWith_dollars_DoesNotReport() => Files.Verify(Desk("""
            public static bool Go()
            {
                var s = ImmutableHashSet.CreateBuilder<Money>();
                s.Add(Money.Cny(1m));
                s.UnionWith(new[] { Money.Usd(1m) });
                var t = ImmutableSortedSet.CreateBuilder<Money>();
                t.Add(Money.Cny(1m));
                t.SymmetricExceptWith(new List<Money> { Money.Usd(1m) });
                return s.ToImmutable().First() > Money.Cny(1m) || t.Max > Money.Cny(1m) || t.First() > Money.Cny(1m);
            }
        """), "class Checks { }");

    [Fact]
    public Task Set_builder_TryGetValue_DoesNotReport() => Files.Verify(Desk("""
            public static bool Go()
            {
                var s = ImmutableHashSet.CreateBuilder<Money>();
                s.Add(Money.Cny(1m));
                return s.TryGetValue(Money.Usd(1m), out var found) && found > Money.Usd(2m);
            }
        """), "class Checks { }");

    [Fact]
    public Task ToBuilder_of_list_later_written_DoesNotReport() => Files.Verify(Desk("""
            public static bool Go()
            {
                var imm = ImmutableList.Create(Money.Cny(1m));
                var b = imm.ToBuilder();
                b.Add(Money.Usd(1m));
                return b[1] > Money.Cny(1m) || b.ToImmutable()[1] > Money.Cny(1m);
            }
        """), "class Checks { }");

    [Fact]
    public Task ToBuilder_of_collection_later_written_DoesNotReport() => Files.Verify(Desk("""
            public static bool Go()
            {
                var source = new List<Money> { Money.Cny(1m) };
                var b = source.ToImmutableArray().ToBuilder();
                source.Add(Money.Usd(1m));
                b.AddRange(source);
                return b[1] > Money.Cny(1m);
            }
        """), "class Checks { }");

    [Fact]
    public Task Local_builder_reassigned_DoesNotReport() => Files.Verify(Desk("""
            public static bool Go(bool f)
            {
                var b = ImmutableArray.CreateBuilder<Money>();
                b.Add(Money.Cny(1m));
                if (f) { b = ImmutableArray.CreateBuilder<Money>(); b.Add(Money.Usd(1m)); }
                return b[0] > Money.Cny(1m);
            }
        """), "class Checks { }");

    [Fact]
    public Task Local_builder_aliases_DoesNotReport() => Files.Verify(Desk("""
            public static bool Go(bool f)
            {
                var c = ImmutableArray.CreateBuilder<Money>();
                c.Add(Money.Cny(1m));
                var u = ImmutableArray.CreateBuilder<Money>();
                u = c;
                u.Add(Money.Usd(1m));
                var d = ImmutableArray.CreateBuilder<Money>();
                d.Add(Money.Cny(1m));
                if (d is var alias) alias.Add(Money.Usd(1m));
                var e = ImmutableArray.CreateBuilder<Money>();
                e.Add(Money.Cny(1m));
                (var x, var y) = (e, 1);
                x.Add(Money.Usd(1m));
                var g = ImmutableArray.CreateBuilder<Money>();
                g.Add(Money.Cny(1m));
                g?.Add(Money.Usd(1m));
                var h = ImmutableArray.CreateBuilder<Money>();
                h.Add(Money.Cny(1m));
                foreach (var each in new[] { h }) each.Add(Money.Usd(1m));
                return c[0] > Money.Usd(1m) || d[0] > Money.Usd(1m) || e[0] > Money.Usd(1m) || g[0] > Money.Usd(1m) || h[0] > Money.Usd(1m);
            }
        """), "class Checks { }");

    [Fact]
    public Task Local_builder_ref_local_and_switch_DoesNotReport() => Files.Verify(Desk("""
            public static bool Go(int k)
            {
                var c = ImmutableArray.CreateBuilder<Money>();
                c.Add(Money.Cny(1m));
                ref var r = ref c;
                r.Add(Money.Usd(1m));
                var d = ImmutableArray.CreateBuilder<Money>();
                d.Add(Money.Cny(1m));
                switch (d) { case { Count: > 0 } some: some.Add(Money.Usd(1m)); break; }
                var e = ImmutableArray.CreateBuilder<Money>();
                e.Add(Money.Cny(1m));
                Func<ImmutableArray<Money>.Builder> get = () => e;
                get().Add(Money.Usd(1m));
                return c[0] > Money.Usd(1m) || d[0] > Money.Usd(1m) || e[0] > Money.Usd(1m);
            }
        """), "class Checks { }");

    [Fact]
    public Task Builder_in_try_loop_using_DoesNotReport() => Files.Verify(Desk("""
            public static bool Go(int n)
            {
                var b = ImmutableArray.CreateBuilder<Money>(n);
                b.Add(Money.Cny(1m));
                try
                {
                    for (int i = 0; i < n; i++) { using var s = new System.IO.MemoryStream(); b.Add(Money.Usd(i)); }
                }
                finally { b.Sort(); }
                return b.ToImmutable()[0] > Money.Cny(1m) || b.MoveToImmutable().First() > Money.Cny(1m);
            }
        """), "class Checks { }");

    [Fact]
    public Task Var_CreateBuilder_with_capacity_Reports() => Files.Verify(Desk("""
            public static bool Go(int n)
            {
                var b = ImmutableArray.CreateBuilder<Money>(n);
                for (int i = 0; i < n; i++) b.Add(Money.Cny(i));
                return {|AIR0001:b.MoveToImmutable()[0] > Money.Usd(1m)|} || {|AIR0001:b.First() > Money.Usd(1m)|};
            }
        """), "class Checks { }");

    [Fact]
    public Task Builder_through_dynamic_DoesNotReport() => Files.Verify(Desk(ArrayBuilder + """
            public static void Go() { B.Add(Money.Cny(1m)); dynamic d = B; d.Add(Money.Usd(1m)); }
        """), NoReport);

    [Fact]
    public Task Builder_AsEnumerable_cast_back_DoesNotReport() => Files.Verify(Desk(ArrayBuilder + """
            public static void Go() { B.Add(Money.Cny(1m)); ((ImmutableArray<Money>.Builder)B.AsEnumerable()).Add(Money.Usd(1m)); }
        """), NoReport);

    [Fact]
    public Task Builder_property_from_method_DoesNotReport() => Files.Verify(Desk("""
            public static ImmutableArray<Money>.Builder B { get; } = Make();
            static ImmutableArray<Money>.Builder Make() { var b = ImmutableArray.CreateBuilder<Money>(); b.Add(Money.Cny(1m)); return b; }
            public static void Go() { var p = B; p.Add(Money.Usd(1m)); }
        """), NoReport);

    [Fact]
    public Task Builder_of_tuples_DoesNotReport() => Files.Verify(Desk("""
            public static readonly ImmutableList<(string Region, Money Cap)>.Builder T = ImmutableList.CreateBuilder<(string Region, Money Cap)>();
            public static void Go() { T.Add(("a", Money.Cny(1m))); T.Add(("b", Money.Usd(1m))); }
        """), """
        using AiRace.Core;
        class Checks
        {
            bool A() => Desk.T[0].Cap > Money.Usd(1m) || Desk.T.ToImmutable()[0].Cap > Money.Usd(1m);
        }
        """);

    [Fact]
    public Task Builder_of_tuples_ItemRef_DoesNotReport() => Files.Verify(Desk("""
            public static readonly ImmutableArray<(string Region, Money Cap)>.Builder T = ImmutableArray.CreateBuilder<(string Region, Money Cap)>();
            public static void Go() { T.Add(("a", Money.Cny(1m))); Unsafe.AsRef(in T.ItemRef(0)).Cap = Money.Usd(1m); }
        """), """
        using AiRace.Core;
        class Checks
        {
            bool A() => Desk.T[0].Cap > Money.Usd(1m);
        }
        """);

    // ================= (3) extension-method receivers =================

    private const string ViewCheck = """
        using AiRace.Core;
        class Checks
        {
            void Run() => Desk.Go();
            bool A() => Desk.Lines[0] > Money.Usd(1m);
        }
        """;

    private const string ViewReports = """
        using AiRace.Core;
        class Checks
        {
            void Run() => Desk.Go();
            bool A() => {|AIR0001:Desk.Lines[0] > Money.Usd(1m)|};
        }
        """;

    private const string Lines = """
            public static readonly List<Money> Lines = new() { Money.Cny(1m) };
            public static IReadOnlyList<Money> View => Lines;
        """;

    private const string Patch = "public static class Ext { public static void Patch(this IReadOnlyList<Money> v) => ((List<Money>)v).Add(Money.Usd(1m)); }";

    [Fact]
    public Task View_conditional_access_extension_DoesNotReport() => Files.Verify(Desk(Lines + """
            public static void Go() => View?.Patch();
        """, Patch), ViewCheck);

    [Fact]
    public Task View_extension_method_group_DoesNotReport() => Files.Verify(Desk(Lines + """
            public static void Go() { Action a = View.Patch; a(); }
        """, Patch), ViewCheck);

    [Fact]
    public Task View_generic_identity_extension_cast_back_DoesNotReport() => Files.Verify(Desk(Lines + """
            public static void Go() => ((List<Money>)View.Id()).Add(Money.Usd(1m));
        """, "public static class Ext { public static T Id<T>(this T x) => x; }"), ViewCheck);

    [Fact]
    public Task View_nongeneric_identity_extension_cast_back_DoesNotReport() => Files.Verify(Desk(Lines + """
            public static void Go() => ((List<Money>)View.Same()).Add(Money.Usd(1m));
        """, "public static class Ext { public static IReadOnlyList<Money> Same(this IReadOnlyList<Money> x) => x; }"), ViewCheck);

    [Fact]
    public Task View_nongeneric_identity_static_call_cast_back_DoesNotReport() => Files.Verify(Desk(Lines + """
            public static void Go() => ((List<Money>)Ext.Same(View)).Add(Money.Usd(1m));
        """, "public static class Ext { public static IReadOnlyList<Money> Same(this IReadOnlyList<Money> x) => x; }"), ViewCheck);

    [Fact]
    public Task View_identity_extension_on_list_cast_back_DoesNotReport() => Files.Verify(Desk(Lines + """
            public static void Go() => ((List<Money>)Lines.Same()).Add(Money.Usd(1m));
        """, "public static class Ext { public static IReadOnlyList<Money> Same(this IReadOnlyList<Money> x) => x; }"), ViewCheck);

    [Fact]
    public Task View_generic_extension_writes_DoesNotReport() => Files.Verify(Desk(Lines + """
            public static void Go() => View.Poke();
        """, "public static class Ext { public static void Poke<T>(this T x) where T : IReadOnlyList<Money> { if (x is IList<Money> l) l.Add(Money.Usd(1m)); } }"), ViewCheck);

    [Fact]
    public Task View_linq_chains_and_reading_extensions_Reports() => Files.Verify(Desk(Lines + """
            public static void Go()
            {
                var a = View.Where(m => m.Amount > 0).Select(m => m).OrderBy(m => m.Amount).ToList();
                var b = View.Total();
                var c = View.Id2().Count;
                var s = View.ToString();
                var e = View.Equals(null);
                var h = View.GetHashCode();
                var k = View.OfType<Money>().Count();
            }
        """, "public static class Ext { public static decimal Total(this IEnumerable<Money> xs) => xs.Sum(m => m.Amount); public static IReadOnlyList<Money> Id2(this IReadOnlyList<Money> xs) { var n = xs.Count; return new List<Money>(xs); } }"), ViewReports);

    [Fact]
    public Task View_struct_this_extensions_DoesNotReport() => Files.Verify(Desk("""
            public static readonly Money[] Cells = { Money.Cny(1m) };
            static ReadOnlySpan<Money> Span => Cells;
            public static void Go() { var s = Span; s.Poke(); }
        """, "public static class Ext { public static void Poke(this ref ReadOnlySpan<Money> s) => MemoryMarshal.GetReference(s) = Money.Usd(1m); }"), """
        using AiRace.Core;
        class Checks
        {
            void Run() => Desk.Go();
            bool A() => Desk.Cells[0] > Money.Usd(1m);
        }
        """);

    [Fact]
    public Task View_struct_in_extension_DoesNotReport() => Files.Verify(Desk("""
            public static readonly Money[] Cells = { Money.Cny(1m) };
            static ReadOnlyMemory<Money> Mem => Cells;
            public static void Go() => Mem.Poke();
        """, "public static class Ext { public static void Poke(this in ReadOnlyMemory<Money> m) => MemoryMarshal.GetReference(m.Span) = Money.Usd(1m); }"), """
        using AiRace.Core;
        class Checks
        {
            void Run() => Desk.Go();
            bool A() => Desk.Cells[0] > Money.Usd(1m);
        }
        """);

    [Fact]
    public Task View_error_code_extension_does_not_crash() => Files.Verify(Desk(Lines + """
            public static void Go()
            {
                View.{|CS1061:Missing|}();
                View.{|CS1061:Missing2<int>|}();
                {|CS0103:Nowhere|}.Patch();
            }
        """, Patch), ViewCheck);

    [Fact]
    public Task View_error_type_holder_does_not_crash() => Files.Verify(Desk(Lines + """
            static {|CS0246:Missing<Money>|} Other => Lines;
            public static void Go() { Other.Patch(); Other.Foo(); }
        """, Patch), ViewCheck);

    [Fact]
    public Task View_type_parameter_holder_DoesNotReport() => Files.Verify(Desk(Lines + """
            static void Hand<T>(T v) where T : IReadOnlyList<Money> => v.Patch();
            public static void Go() => Hand(View);
        """, Patch), ViewCheck);

    [Fact]
    public Task View_extension_on_await_DoesNotReport() => Files.Verify(Desk(Lines + """
            static async System.Threading.Tasks.Task<IReadOnlyList<Money>> Get() { await System.Threading.Tasks.Task.Yield(); return View; }
            public static async void Go() => (await Get()).Patch();
        """, Patch), ViewCheck);
}

/// <summary>Locals written from themselves (possible stack overflows): run separately.</summary>
/// <summary>
/// AIR0001 over locals written from themselves or from each other (<c>a = a.Add(m)</c>, <c>a = b.Add(x); b = a.Add(y)</c>,
/// swaps, loops, lambdas): no stack overflow, and no answer kept that leaned on a local still being worked out.
/// </summary>
public class SelfWrittenLocalFlowTests
{
    private static string Body(string body) => $$"""
        using System;
        using System.Collections.Generic;
        using System.Collections.Immutable;
        using System.Linq;
        using AiRace.Core;
        public static class Desk
        {
            public static bool Go(bool flag, int n)
            {
        {{body}}
            }
        }
        """;

    [Fact]
    public Task Swap_locals_DoesNotReport() => Files.Verify(Body("""
                var a = ImmutableList.Create(Money.Cny(1m));
                var b = ImmutableList.Create(Money.Usd(1m));
                (a, b) = (b, a);
                var c = ImmutableList.Create(Money.Cny(1m));
                var d = ImmutableList.Create(Money.Usd(1m));
                var t = c; c = d; d = t;
                return a[0] > Money.Cny(1m) || c[0] > Money.Cny(1m) || d[0] > Money.Usd(1m);
        """));

    [Fact]
    public Task Cross_written_locals_DoesNotReport() => Files.Verify(Body("""
                var a = ImmutableList.Create(Money.Cny(1m));
                var b = ImmutableList.Create(Money.Cny(1m));
                a = b.Add(Money.Cny(2m));
                b = a.Add(Money.Usd(1m));
                return a[0] > Money.Cny(1m) || a.Last() > Money.Cny(1m) || b.First() > Money.Cny(1m);
        """));

    [Fact]
    public Task Cross_written_locals_in_loop_DoesNotReport() => Files.Verify(Body("""
                var a = ImmutableArray.Create(Money.Cny(1m));
                var b = ImmutableArray<Money>.Empty;
                var c = ImmutableArray<Money>.Empty;
                for (int i = 0; i < n; i++)
                {
                    b = a.AddRange(c);
                    c = b.Add(Money.Usd(1m));
                    a = c.AddRange(a).AddRange(b);
                }
                return a[0] > Money.Cny(1m) || b[0] > Money.Cny(1m);
        """));

    [Fact]
    public Task Cross_written_locals_Reports_when_one_currency() => Files.Verify(Body("""
                var a = ImmutableList.Create(Money.Cny(1m));
                var b = ImmutableList.Create(Money.Cny(1m));
                for (int i = 0; i < n; i++) { a = b.Add(Money.Cny(2m)); b = a.Add(Money.Cny(3m)); a = a.AddRange(b); }
                return {|AIR0001:a[0] > Money.Usd(1m)|} || {|AIR0001:b[0] > Money.Usd(1m)|};
        """));

    [Fact]
    public Task Lambda_writes_local_DoesNotReport() => Files.Verify(Body("""
                var a = ImmutableList.Create(Money.Cny(1m));
                Action grow = () => a = a.Add(Money.Usd(1m));
                grow();
                var b = ImmutableList.Create(Money.Cny(1m));
                ImmutableList<Money> More() => b = b.Insert(0, Money.Usd(1m));
                More();
                return a[0] > Money.Cny(1m) || b[0] > Money.Cny(1m);
        """));

    [Fact]
    public Task Ref_local_self_write_DoesNotReport() => Files.Verify(Body("""
                var a = ImmutableList.Create(Money.Cny(1m));
                ref var r = ref a;
                r = r.Add(Money.Usd(1m));
                var b = ImmutableList.Create(Money.Cny(1m));
                ref var q = ref b;
                b = q.Add(Money.Usd(1m));
                return a[0] > Money.Cny(1m) || b[0] > Money.Cny(1m);
        """));

    [Fact]
    public Task Lambda_parameter_over_in_progress_local_DoesNotReport() => Files.Verify(Body("""
                var a = ImmutableList.Create(Money.Usd(1m));
                var b = ImmutableList.Create(Money.Cny(1m));
                bool early = a[0] > Money.Eur(1m);
                b = b.AddRange(a);
                a = a.AddRange(b.Select(x => x > Money.Usd(1m) ? x : x));
                return early;
        """));

    [Fact]
    public Task Lambda_parameter_without_early_query_DoesNotReport() => Files.Verify(Body("""
                var a = ImmutableList.Create(Money.Usd(1m));
                var b = ImmutableList.Create(Money.Cny(1m));
                b = b.AddRange(a);
                a = a.AddRange(b.Select(x => x > Money.Usd(1m) ? x : x));
                return true;
        """));

    [Fact]
    public Task Lambda_parameter_no_self_write_DoesNotReport() => Files.Verify(Body("""
                var a = ImmutableList.Create(Money.Usd(1m));
                var b = ImmutableList.Create(Money.Cny(1m));
                bool early = a[0] > Money.Eur(1m);
                b = b.AddRange(a);
                var c = a.AddRange(b.Select(x => x > Money.Usd(1m) ? x : x));
                a = c;
                return early;
        """));

    [Fact]
    public Task Lambda_parameter_over_in_progress_local_where_DoesNotReport() => Files.Verify(Body("""
                var a = ImmutableList.Create(Money.Usd(1m));
                var b = ImmutableList.Create(Money.Cny(1m));
                bool early = a.Count > 0 && a[0] > Money.Eur(1m);
                b = b.AddRange(a);
                a = a.Add(b.Select(x => x).First());
                return early || b.Any(y => y > Money.Usd(1m));
        """));

    [Fact]
    public Task Money_local_over_in_progress_local_DoesNotReport() => Files.Verify(Body("""
                var a = ImmutableList.Create(Money.Usd(1m));
                bool early = a[0] > Money.Eur(1m);
                Money m = flag ? a[0] : Money.Cny(1m);
                a = a.Add(m);
                return early || m > Money.Usd(1m);
        """));

    [Fact]
    public Task Builder_and_array_cycle_DoesNotReport() => Files.Verify(Body("""
                var a = ImmutableArray.Create(Money.Cny(1m));
                var b = a.ToBuilder();
                for (int i = 0; i < n; i++) { b.AddRange(a); b.Add(Money.Usd(1m)); a = b.ToImmutable(); b = a.ToBuilder(); }
                return a[0] > Money.Cny(1m) || b[0] > Money.Cny(1m);
        """));

    [Fact]
    public Task Tuple_list_self_write_DoesNotReport() => Files.Verify(Body("""
                var t = ImmutableList.Create((Region: "x", Cap: Money.Cny(1m)));
                var u = ImmutableList.Create((Region: "y", Cap: Money.Cny(1m)));
                t = t.Add(("y", Money.Usd(1m))).AddRange(u);
                u = u.AddRange(t);
                return t[0].Cap > Money.Cny(1m) || u[0].Cap > Money.Cny(1m) || t.First().Cap > Money.Cny(1m);
        """));

    [Fact]
    public Task Array_self_write_DoesNotReport() => Files.Verify(Body("""
                var arr = new[] { Money.Cny(1m) };
                var other = new[] { Money.Cny(1m) };
                arr = arr.Append(Money.Usd(1m)).Concat(other).ToArray();
                other = arr.Concat(other).ToArray();
                return arr[0] > Money.Cny(1m) || other[0] > Money.Cny(1m);
        """));

    [Fact]
    public Task List_self_write_dictionary_DoesNotReport() => Files.Verify(Body("""
                var d = ImmutableDictionary<string, Money>.Empty.Add("a", Money.Cny(1m));
                var e = ImmutableDictionary<string, Money>.Empty.Add("b", Money.Cny(1m));
                d = d.SetItem("b", e["b"]).AddRange(e);
                e = e.SetItem("a", Money.Usd(1m)).AddRange(d);
                d = d.SetItems(e);
                return d["a"] > Money.Cny(1m) || e.Values.First() > Money.Cny(1m);
        """));

    [Fact]
    public Task Foreach_self_and_closure_DoesNotReport() => Files.Verify(Body("""
                var a = ImmutableList.Create(Money.Cny(1m));
                var b = ImmutableList.Create(Money.Cny(1m));
                foreach (var m in a) { b = b.Add(m); a = b.Add(Money.Usd(1m)); }
                Func<ImmutableList<Money>> f = () => a = a.AddRange(b);
                return a[0] > Money.Cny(1m) || b.Last() > Money.Cny(1m) || f()[0] > Money.Cny(1m);
        """));
}

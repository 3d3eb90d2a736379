using System.Threading.Tasks;
using Xunit;

namespace AiRace.Analyzers.Tests;

/// <summary>
/// AIR0001 through values that come back from something holding or dividing them: the parts of
/// <c>Money.Allocate</c>, a <c>Money?</c>'s <c>GetValueOrDefault</c>, a <c>Lazy&lt;Money&gt;</c>'s <c>Value</c>, a
/// generic method that returns its argument (<c>T Checked&lt;T&gt;(T value)</c>), tuples nested in tuples and
/// <c>foreach ((var a, var b) in …)</c>. Each is followed across files; a value that may have another currency stays unknown.
/// </summary>
public class PassThroughFlowTests
{
    private const string Plan = """
        using System;
        using System.Collections.Generic;
        using AiRace.Core;
        public static class Plan
        {
            public static readonly Money Budget = Money.Cny(9_000m);
            public static Money? Ceiling { get; } = Money.Cny(500m);
            public static readonly Lazy<Money> Reserve = new(() => Money.Cny(70m));
            public static Lazy<Money> Floor { get; } = new Lazy<Money>(LoadFloor);
            public static readonly ((string Region, Money Cap) Entry, int Rank) Leader = (("Shanghai", Money.Cny(5m)), 1);
            public static readonly List<(string Region, Money Cap)> Caps = [("Shanghai", Money.Cny(5m)), ("Beijing", Money.Cny(7m))];
            private static Money LoadFloor() => Money.Cny(10m);
        }
        public static class Guard
        {
            public static T NotDefault<T>(T value)
            {
                if (EqualityComparer<T>.Default.Equals(value, default!))
                {
                    throw new ArgumentException("A value is required.", nameof(value));
                }

                return value;
            }
        }
        """;

    [Fact]
    public Task Parts_of_an_allocation_Reports() => Files.Verify(
        Plan,
        """
        using System.Linq;
        using AiRace.Core;
        class Regions
        {
            bool First() { var parts = Plan.Budget.Allocate(3); return {|AIR0001:parts[0] > Money.Usd(1m)|}; }
            bool Each()
            {
                foreach (var part in Plan.Budget.Allocate(new[] { 1m, 2m }))
                {
                    if ({|AIR0001:part > Money.Usd(1m)|}) return true;
                }

                return false;
            }
            bool Largest() => {|AIR0001:Plan.Budget.Allocate(4).Max() < Money.Usd(1m)|};
        }
        """);

    [Fact]
    public Task Parts_of_an_allocation_of_unknown_or_same_currency_or_written_DoesNotReport() => Files.Verify(
        Plan,
        """
        using AiRace.Core;
        class Regions
        {
            bool Given(Money budget) { var parts = budget.Allocate(3); return parts[0] > Money.Usd(1m); }
            bool Same() => Plan.Budget.Allocate(3)[0] > Money.Cny(1m);
            bool Written() { var parts = Plan.Budget.Allocate(3); parts[0] = Money.Usd(2m); return parts[1] > Money.Usd(1m); }
        }
        """);

    [Fact]
    public Task Value_or_default_of_a_nullable_Reports() => Files.Verify(
        Plan,
        """
        using AiRace.Core;
        class Limits
        {
            bool Plain() => {|AIR0001:Plan.Ceiling.GetValueOrDefault() > Money.Usd(1m)|};
            bool Fallback() => {|AIR0001:Plan.Ceiling.GetValueOrDefault(Money.Cny(0m)) > Money.Usd(1m)|};
            bool Local() { Money? cap = Money.Cny(3m); return {|AIR0001:cap.GetValueOrDefault() > Money.Usd(1m)|}; }
        }
        """);

    [Fact]
    public Task Value_or_default_of_a_nullable_with_another_fallback_or_unknown_DoesNotReport() => Files.Verify(
        Plan,
        """
        using AiRace.Core;
        class Limits
        {
            bool Fallback() => Plan.Ceiling.GetValueOrDefault(Money.Usd(0m)) > Money.Usd(1m);
            bool Given(Money? cap) => cap.GetValueOrDefault() > Money.Usd(1m);
            bool Same() => Plan.Ceiling.GetValueOrDefault() > Money.Cny(1m);
            bool Count(int? n) => n.GetValueOrDefault() > 1;
        }
        """);

    [Fact]
    public Task Value_of_a_lazy_Reports() => Files.Verify(
        Plan,
        """
        using System;
        using AiRace.Core;
        class Reserves
        {
            private static readonly Lazy<Money> Local = new Lazy<Money>(() => Money.Cny(1m));
            bool Field() => {|AIR0001:Plan.Reserve.Value > Money.Usd(1m)|};
            bool MethodGroup() => {|AIR0001:Plan.Floor.Value > Money.Usd(1m)|};
            bool SameFile() => {|AIR0001:Local.Value > Money.Usd(1m)|};
            bool InLocal() { var later = new Lazy<Money>(() => Money.Cny(2m)); return {|AIR0001:later.Value > Money.Usd(1m)|}; }
        }
        """);

    [Fact]
    public Task Value_of_a_lazy_that_may_change_or_mixes_DoesNotReport() => Files.Verify(
        Plan,
        """
        using System;
        using AiRace.Core;
        class Reserves
        {
            private static Lazy<Money> _swapped = new(() => Money.Cny(1m));
            private static readonly Lazy<Money> Either = new(() => DateTime.Now.Second > 30 ? Money.Cny(1m) : Money.Usd(1m));
            static void Swap() => _swapped = new(() => Money.Usd(1m));
            bool Swapped() => _swapped.Value > Money.Usd(1m);
            bool Mixed() => Either.Value > Money.Usd(1m);
            bool Given(Lazy<Money> lazy) => lazy.Value > Money.Usd(1m);
            bool Same() => Plan.Reserve.Value > Money.Cny(1m);
        }
        """,
        """
        using System;
        using AiRace.Core;
        class Fallback : Lazy<Money>
        {
            public Fallback(Func<Money> valueFactory) : base(() => Money.Usd(valueFactory().Amount)) { }
        }
        class Derived
        {
            private static readonly Lazy<Money> Cap = new Fallback(() => Money.Cny(1m));
            bool Field() => Cap.Value > Money.Usd(1m);
            bool Local() { var later = new Fallback(() => Money.Cny(1m)); return later.Value > Money.Usd(1m); }
        }
        """,
        """
        namespace Acme.System
        {
            public sealed class Lazy<T>
            {
                private readonly T _value;
                public Lazy(global::System.Func<T> valueFactory, T value) => _value = value;
                public T Value => _value;
            }
        }
        namespace Acme
        {
            using AiRace.Core;
            class LookAlike
            {
                private static readonly Acme.System.Lazy<Money> Cap = new(() => Money.Cny(1m), Money.Usd(1m));
                bool Field() => Cap.Value > Money.Usd(1m);
            }
        }
        """);

    [Fact]
    public Task Lazy_and_nested_tuple_of_a_referenced_project_DoesNotReport() => Files.VerifyReferencingProject(
        """
        using System;
        using AiRace.Core;
        public static class Plan
        {
            public static readonly Lazy<Money> Reserve = new(() => Money.Cny(70m));
            public static Lazy<Money> Floor { get; } = new(() => Money.Cny(1m));
            public static readonly ((string Region, Money Cap) Entry, int Rank) Leader = (("Shanghai", Money.Cny(5m)), 1);
        }
        """,
        """
        using AiRace.Core;
        class Use
        {
            bool A() => Plan.Reserve.Value > Money.Usd(1m);
            bool B() => Plan.Floor.Value > Money.Usd(1m);
            bool C() => Plan.Leader.Entry.Cap > Money.Usd(1m);
        }
        """);

    [Fact]
    public Task Generic_method_that_returns_its_argument_Reports() => Files.Verify(
        Plan,
        """
        using AiRace.Core;
        class Checks
        {
            static T Checked<T>(T value) where T : struct => value;
            bool Guarded() => {|AIR0001:Guard.NotDefault(Plan.Budget) > Money.Usd(1m)|};
            bool Local() => {|AIR0001:Checked(Money.Cny(1m)) + Money.Usd(1m)|} > Money.Usd(2m);
        }
        """);

    [Fact]
    public Task Generic_guard_that_calls_a_method_on_its_argument_Reports() => Files.Verify(
        Plan,
        """
        using System;
        using AiRace.Core;
        class Checks
        {
            static T Checked<T>(T value, string what) where T : struct, IEquatable<T> =>
                value.Equals(default) ? throw new ArgumentException(what + " is empty", nameof(value)) : value;
            static T Logged<T>(T value) where T : struct
            {
                if (value.GetHashCode() == 0 || value.ToString()!.Length == 0)
                {
                    throw new ArgumentException("empty", nameof(value));
                }

                return value;
            }
            bool A() => {|AIR0001:Checked(Plan.Budget, "budget") > Money.Usd(1m)|};
            bool B() => {|AIR0001:Logged(Money.Eur(1m)) < Money.Jpy(1m)|};
        }
        """);

    [Fact]
    public Task Generic_guard_that_writes_its_argument_through_a_ref_extension_DoesNotReport() => Files.Verify(
        Plan,
        """
        using System;
        using AiRace.Core;
        static class Resets
        {
            public static void Reset<T>(ref this T value) where T : struct => value = default;
        }
        class Checks
        {
            static T Cleared<T>(T value) where T : struct { value.Reset(); return value; }
            static T Checked<T>(T value) where T : struct, IEquatable<T> => value.Equals(default) ? throw new ArgumentException("empty") : value;
            bool A() => Cleared(Plan.Budget) > Money.Usd(1m);
            bool B() => Checked(Plan.Budget) > Money.Cny(1m);
            bool C(Money given) => Checked(given) > Money.Usd(1m);
        }
        """);

    [Fact]
    public Task Generic_method_that_may_return_something_else_DoesNotReport() => Files.Verify(
        Plan,
        """
        using System;
        using AiRace.Core;
        class Checks
        {
            static T Pick<T>(T first, T second) => DateTime.Now.Second > 30 ? first : second;
            static T Replaced<T>(T value, Func<T> other) { value = other(); return value; }
            bool Either() => Pick(Plan.Budget, Money.Usd(1m)) > Money.Usd(1m);
            bool Written() => Replaced(Plan.Budget, () => Money.Usd(1m)) > Money.Usd(1m);
            bool Same() => Guard.NotDefault(Plan.Budget) > Money.Cny(1m);
            bool Given(Money m) => Guard.NotDefault(m) > Money.Usd(1m);
        }
        """);

    [Fact]
    public Task Tuple_nested_in_a_tuple_Reports() => Files.Verify(
        Plan,
        """
        using AiRace.Core;
        class Board
        {
            bool Field() => {|AIR0001:Plan.Leader.Entry.Cap > Money.Usd(1m)|};
            bool Local() { var n = ((Money.Cny(1m), "east"), 2); return {|AIR0001:n.Item1.Item1 > Money.Usd(1m)|}; }
        }
        """);

    [Fact]
    public Task Tuple_nested_in_a_tuple_that_is_written_or_unknown_DoesNotReport() => Files.Verify(
        Plan,
        """
        using AiRace.Core;
        class Board
        {
            private static ((Money Cap, string Region) Entry, int Rank) _leader = ((Money.Cny(1m), "east"), 1);
            static void Update() => _leader.Entry.Cap = Money.Usd(1m);
            bool Field() => _leader.Entry.Cap > Money.Usd(1m);
            bool Local() { var n = ((Money.Cny(1m), "east"), 2); n.Item1.Item1 = Money.Usd(3m); return n.Item1.Item1 > Money.Usd(1m); }
            bool Given(((Money Cap, string Region) Entry, int Rank) n) => n.Entry.Cap > Money.Usd(1m);
            bool Same() => Plan.Leader.Entry.Cap > Money.Cny(1m);
        }
        """);

    [Fact]
    public Task Foreach_over_tuples_into_declared_variables_Reports() => Files.Verify(
        Plan,
        """
        using AiRace.Core;
        class Board
        {
            bool Any()
            {
                foreach ((var region, var cap) in Plan.Caps)
                {
                    if ({|AIR0001:cap > Money.Usd(1m)|}) return true;
                }

                return false;
            }
            bool Typed()
            {
                foreach ((string region, Money cap) in Plan.Caps)
                {
                    if ({|AIR0001:cap > Money.Usd(1m)|}) return true;
                }

                return false;
            }
        }
        """);

    [Fact]
    public Task Foreach_over_tuples_of_two_currencies_into_declared_variables_DoesNotReport() => Files.Verify(
        Plan,
        """
        using System.Collections.Generic;
        using AiRace.Core;
        class Board
        {
            private static readonly List<(string Region, Money Cap)> Mixed = [("Shanghai", Money.Cny(5m)), ("Austin", Money.Usd(7m))];
            bool Any()
            {
                foreach ((var region, var cap) in Mixed)
                {
                    if (cap > Money.Usd(1m)) return true;
                }

                foreach ((var region, var cap) in Plan.Caps)
                {
                    if (cap > Money.Cny(1m)) return true;
                }

                return false;
            }
        }
        """);
}

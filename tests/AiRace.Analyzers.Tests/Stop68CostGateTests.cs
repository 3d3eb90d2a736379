using System.Threading.Tasks;
using Xunit;

namespace AiRace.Analyzers.Tests;

/// <summary>
/// Stop 67's forms behind a cheap fact of the whole compilation (stop 68, issue 12): the team-wrapper form
/// (<c>Result&lt;T&gt;</c>, <c>Option&lt;T&gt;</c>) is looked at only when the compilation declares a generic record at
/// all. The form still reports when its wrapper is declared in another file, in a namespace or nested in a class; code
/// with the same calls on a generic type that is not a record, or on a library's generic type, stays silent.
/// </summary>
public class Stop68CostGateTests
{
    private const string NestedWrapper = """
        using System;
        using AiRace.Core;
        namespace Team.Functional
        {
            public static class Railway
            {
                public readonly record struct Maybe<T>(bool HasValue, T Held)
                {
                    public static Maybe<T> None => default;
                    public static Maybe<T> Some(T value) => new(true, value);
                    public T Or(T fallback) => HasValue ? Held : fallback;
                    public Maybe<TOut> Map<TOut>(Func<T, TOut> map) => HasValue ? Maybe<TOut>.Some(map(Held)) : Maybe<TOut>.None;
                }
            }
        }
        """;

    private const string Tranches = """
        using AiRace.Core;
        using Team.Functional;
        public static class Tranches
        {
            public static Railway.Maybe<Money> Korea(bool published) =>
                published ? Railway.Maybe<Money>.Some(Money.Of(33m, Currency.KRW)) : Railway.Maybe<Money>.None;
        }
        """;

    [Fact]
    public Task A_wrapper_declared_nested_in_another_file_in_two_currencies_Reports() => Files.Verify(
        NestedWrapper,
        Tranches,
        """
        using AiRace.Core;
        class Checks
        {
            bool A() => {|AIR0001:Tranches.Korea(true).Held > Money.Usd(1m)|};
            bool B() => {|AIR0001:Tranches.Korea(true).Or(Money.Zero(Currency.KRW)) > Money.Usd(1m)|};
            Team.Functional.Railway.Maybe<Money> C() => Tranches.Korea(true).Map(m => {|AIR0001:m - Money.Usd(2m)|});
        }
        """);

    [Fact]
    public Task A_wrapper_declared_nested_in_another_file_in_one_currency_DoesNotReport() => Files.Verify(
        NestedWrapper,
        Tranches,
        """
        using AiRace.Core;
        class Checks
        {
            bool A() => Tranches.Korea(true).Held > Money.Of(1m, Currency.KRW);
            bool B() => Tranches.Korea(true).Or(Money.Zero(Currency.KRW)) > Money.Of(1m, Currency.KRW);
            Team.Functional.Railway.Maybe<Money> C() => Tranches.Korea(true).Map(m => m - Money.Of(2m, Currency.KRW));
        }
        """);

    [Fact]
    public Task The_same_shape_as_a_generic_class_or_a_librarys_generic_type_without_any_generic_record_DoesNotReport() => Files.Verify(
        """
        using System;
        using AiRace.Core;
        public sealed class Maybe<T>(bool hasValue, T held)
        {
            public bool HasValue { get; } = hasValue;
            public T Held { get; } = held;
            public static Maybe<T> Some(T value) => new(true, value);
            public T Or(T fallback) => HasValue ? Held : fallback;
            public Maybe<TOut> Map<TOut>(Func<T, TOut> map) => Maybe<TOut>.Some(map(Held));
        }
        public sealed record Grant(string Region, Money Amount);
        """,
        """
        using System;
        using System.Collections.Generic;
        using AiRace.Core;
        class Checks
        {
            bool A() => Maybe<Money>.Some(Money.Of(33m, Currency.KRW)).Held > Money.Usd(1m);
            bool B() => Maybe<Money>.Some(Money.Of(33m, Currency.KRW)).Or(Money.Zero(Currency.KRW)) > Money.Usd(1m);
            Maybe<Money> C() => Maybe<Money>.Some(Money.Of(33m, Currency.KRW)).Map(m => m - Money.Usd(2m));
            bool D(KeyValuePair<string, Money> pair) => pair.Value > Money.Usd(1m);
            bool E(Lazy<Money> later) => later.Value > Money.Usd(1m);
        }
        """);
}

using System.Threading.Tasks;
using Xunit;
using Verify12 = AiRace.Analyzers.Tests.Verify<AiRace.Analyzers.TargetYearBeforeBaselineRule>;

namespace AiRace.Analyzers.Tests;

/// <summary>
/// AIR0001 through a team's own generic wrappers (stop 67, the fifth team's field test): a <c>Result&lt;T&gt;</c> or
/// <c>Option&lt;T&gt;</c> record whose one value a lambda parameter of its own methods (<c>Map</c>, <c>Ensure</c>,
/// <c>Match</c>), its <c>Value</c> property or a method returning it (<c>Or</c>) reads. The wrapper is learnt from its
/// shape, not its name. Each form in two currencies is reported; the same form in one currency, with a value not
/// certain, or through a wrapper whose value may be changed or is handed elsewhere, is not.
/// </summary>
public class Stop67ResultFormTests
{
    private const string Railway = """
        using System;
        using AiRace.Core;
        public readonly record struct Outcome<T>(T Held, string? Error)
        {
            public bool IsOk => Error is null;
            public static Outcome<T> Ok(T value) => new(value, null);
            public static Outcome<T> Fail(string error) => new(default!, error);
            public Outcome<TOut> Map<TOut>(Func<T, TOut> map) => IsOk ? Outcome<TOut>.Ok(map(Held)) : Outcome<TOut>.Fail(Error!);
            public Outcome<T> Ensure(Func<T, bool> test, string error) => !IsOk || test(Held) ? this : Fail(error);
            public TOut Match<TOut>(Func<T, TOut> ok, Func<string, TOut> fail) => IsOk ? ok(Held) : fail(Error!);
            public Outcome<T> Peek(Func<T, bool> test, T other) => test(other) ? this : Fail("x");
            public Outcome<T> Hand(Func<T, bool> test) => Helpers.Run(test, Held) ? this : Fail("x");
        }
        public static class Helpers
        {
            public static bool Run<T>(Func<T, bool> test, T value) => test(value);
        }
        public static class Outcome
        {
            public static Outcome<T> Ok<T>(T value) => Outcome<T>.Ok(value);
        }
        public record Boxed<T>(T Held)
        {
            public Boxed<T> Where(Func<T, bool> test) => test(Held) ? this : new Boxed<T>(default(T)!);
        }
        public record struct Loose<T>(T Held)
        {
            public Loose<T> Where(Func<T, bool> test) => test(Held) ? this : default;
        }
        public readonly record struct Maybe<T>(bool HasValue, T Held)
        {
            public static Maybe<T> None => default;
            public static Maybe<T> Some(T value) => new(true, value);
            public T Or(T fallback) => HasValue ? Held : fallback;
        }
        public static class Tranches
        {
            public static Outcome<Money> Checked(Money tranche) =>
                Outcome.Ok(tranche).Ensure(m => m.Currency == Currency.CNY, "not yuan");
            public static Outcome<Money> China() => Checked(Money.Cny(40m));
            public static Outcome<Money> Either(bool dollars) => dollars ? Outcome.Ok(Money.Usd(1m)) : Outcome.Ok(Money.Cny(1m));
            public static Outcome<Money> Given(Money m) { m = Money.Usd(1m); return Outcome.Ok(m); }
            public static Maybe<Money> Korea(bool published) => published ? Maybe<Money>.Some(Money.Of(33m, Currency.KRW)) : Maybe<Money>.None;
            public static Money KoreaOrZero(bool published) => Korea(published).Or(Money.Zero(Currency.KRW));
            public static Money KoreaOrDollars(bool published) => Korea(published).Or(Money.Usd(0m));
        }
        """;

    [Fact]
    public Task Lambda_parameters_of_a_wrappers_own_methods_in_two_currencies_Reports() => Files.Verify(
        Railway,
        """
        using AiRace.Core;
        class Checks
        {
            Outcome<Money> A() => Tranches.China().Map(m => {|AIR0001:m - Money.Usd(2m)|});
            Outcome<Money> B() => Outcome.Ok(Money.Usd(1m)).Ensure(m => {|AIR0001:m >= Money.Cny(1m)|}, "too small");
            Money C() => Outcome.Ok(Money.Eur(1m)).Match(m => {|AIR0001:m - Money.Usd(1m)|}, _ => Money.Zero(Currency.EUR));
            Boxed<Money> D() => new Boxed<Money>(Money.Usd(1m)).Where(m => {|AIR0001:m > Money.Cny(1m)|});
        }
        """);

    [Fact]
    public Task Lambda_parameters_of_a_wrapper_in_one_currency_unknown_or_not_fed_the_value_DoesNotReport() => Files.Verify(
        Railway,
        """
        using AiRace.Core;
        class Checks
        {
            Outcome<Money> A() => Tranches.China().Map(m => m - Money.Cny(2m));
            Outcome<Money> B(Money cap) => Outcome.Ok(cap).Ensure(m => m >= Money.Cny(1m), "too small");
            Outcome<Money> C(bool dollars) => Tranches.Either(dollars).Map(m => m - Money.Cny(2m));
            Outcome<Money> D() => Tranches.Given(Money.Cny(1m)).Map(m => m - Money.Cny(2m));
            Outcome<Money> E() => Outcome.Ok(Money.Usd(1m)).Peek(m => m > Money.Cny(1m), Money.Cny(2m));
            Outcome<Money> F() => Outcome.Ok(Money.Usd(1m)).Hand(m => m > Money.Cny(1m));
            Loose<Money> G() => new Loose<Money>(Money.Usd(1m)).Where(m => m > Money.Cny(1m));
            Outcome<Money> H() => Outcome.Ok(Money.Usd(1m)).Ensure(m => { m = Money.Cny(1m); return m > Money.Cny(2m); }, "x");
        }
        """);

    [Fact]
    public Task A_wrappers_value_read_directly_or_through_its_fallback_in_two_currencies_Reports() => Files.Verify(
        Railway,
        """
        using AiRace.Core;
        class Checks
        {
            bool A() => {|AIR0001:Tranches.KoreaOrZero(true) > Money.Usd(1m)|};
            bool B() => {|AIR0001:Tranches.Korea(true).Held > Money.Usd(1m)|};
            bool C() => {|AIR0001:Tranches.Korea(true).Or(Money.Zero(Currency.KRW)) > Money.Usd(1m)|};
            bool D() => {|AIR0001:Tranches.China().Held > Money.Usd(1m)|};
        }
        """);

    [Fact]
    public Task A_wrappers_value_in_one_currency_or_not_certain_DoesNotReport() => Files.Verify(
        Railway,
        """
        using AiRace.Core;
        class Checks
        {
            bool A() => Tranches.KoreaOrZero(true) > Money.Of(1m, Currency.KRW);
            bool B() => Tranches.Korea(true).Held > Money.Of(1m, Currency.KRW);
            bool C() => Tranches.KoreaOrDollars(true) > Money.Usd(1m);
            bool D(bool dollars) => Tranches.Either(dollars).Held > Money.Usd(1m);
            bool E(Maybe<Money> given) => given.Or(Money.Of(0m, Currency.KRW)) > Money.Usd(1m);
            bool F() { var loose = new Loose<Money>(Money.Of(1m, Currency.KRW)); loose.Held = Money.Usd(1m); return loose.Held > Money.Usd(1m); }
        }
        """);

    private const string Builders = """
        using AiRace.Core;
        using AiRace.Core.Policy;
        public sealed class TargetBuilder
        {
            private static readonly SourceReference[] Sources = [new SourceReference("s", "t")];
            private string _subject = "";
            private Share _from;
            private Share _to;
            private int _fromYear;
            private int _toYear = 2030;
            public TargetBuilder For(string subject) { _subject = subject; return this; }
            public TargetBuilder From(int year, Share level) { (_fromYear, _from) = (year, level); return this; }
            public TargetBuilder To(int year, Share level) { _toYear = year; _to = level; return this; }
            public TargetBuilder Shifted(int years) { _toYear = _toYear + years; return this; }
            public TargetBuilder Logged() { System.Console.WriteLine(_subject); return this; }
            public Target Build() =>
                new("t-" + _subject, "m", _subject, MetricValue.Of(_from), _fromYear, MetricValue.Of(_to), _toYear, TargetKind.OfficialTarget, null, null, Sources);
        }
        """;

    [Fact]
    public Task A_fluent_builder_given_the_goal_year_before_the_baseline_year_Reports() => Verify12.Diagnostics(
        Builders + """
        static class Goals
        {
            static Target A() => new TargetBuilder().For("IN").From(2030, Share.FromPercent(5m)).To({|AIR0012:2026|}, Share.FromPercent(15m)).Build();
            static Target B() => new TargetBuilder().To(2026, Share.FromPercent(15m)).From(2028, Share.FromPercent(5m)).To({|AIR0012:2027|}, Share.FromPercent(1m)).Build();
            static Target C() => new TargetBuilder().For("IN").From({|AIR0012:2031|}, Share.FromPercent(5m)).Build();
        }
        """);

    [Fact]
    public Task A_fluent_builder_given_its_years_in_order_or_not_certainly_DoesNotReport() => Verify12.Diagnostics(
        Builders + """
        static class Goals
        {
            static Target A() => new TargetBuilder().For("IN").From(2026, Share.FromPercent(5m)).To(2030, Share.FromPercent(15m)).Build();
            static Target B() => new TargetBuilder().To(2026, Share.FromPercent(15m)).From(2028, Share.FromPercent(5m)).To(2029, Share.FromPercent(1m)).Build();
            static Target C() => new TargetBuilder().From(2030, Share.FromPercent(5m)).To(2026, Share.FromPercent(15m)).Shifted(10).Build();
            static Target D() => new TargetBuilder().From(2030, Share.FromPercent(5m)).To(2026, Share.FromPercent(15m)).Logged().Build();
            static Target E(TargetBuilder b) => b.From(2030, Share.FromPercent(5m)).To(2026, Share.FromPercent(15m)).Build();
            static Target F(int year) => new TargetBuilder().From(2030, Share.FromPercent(5m)).To(year, Share.FromPercent(15m)).Build();
        }
        """);
}

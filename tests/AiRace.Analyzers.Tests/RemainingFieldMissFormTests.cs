using System.Threading.Tasks;
using Xunit;

namespace AiRace.Analyzers.Tests;

/// <summary>
/// AIR0001 through forms the third and fourth teams' field tests still missed (stop 65, issue 12 §1): the values of a
/// <c>ConcurrentDictionary</c> a <c>GetOrAdd</c> factory makes in one currency (<c>_byYear.GetOrAdd(year, y =&gt; …Sum(…,
/// Currency.CNY))</c>), an <c>ArrayPool&lt;Money&gt;</c> rented array written and read by constant indexes, and a class's
/// method called on an object just made (<c>ComputePot.Airr().CanTake(dollars)</c>, the method comparing its parameter
/// with the class's primary-constructor parameter). Each form in two currencies is reported; the same form in one
/// currency, or where what it holds is not certain (unknown, or written elsewhere), is not.
/// </summary>
public class RemainingFieldMissFormTests
{
    private const string Caches = """
        using System.Collections.Concurrent;
        using System.Linq;
        using AiRace.Core;
        public sealed class Caches
        {
            private static readonly Money[] Yuan = [Money.Cny(1m), Money.Cny(2m)];
            private readonly ConcurrentDictionary<int, Money> _byYear = new();
            private readonly ConcurrentDictionary<int, Money> _byMethod = new();
            private readonly ConcurrentDictionary<int, Money> _written = new();
            private readonly ConcurrentDictionary<string, Money> _mixed = new();
            private readonly ConcurrentDictionary<int, Money> _given = new();
            public Money ForYear(int year) => _byYear.GetOrAdd(year, y => Yuan.Where(m => m.Amount > y).Sum(m => m, Currency.CNY));
            public Money ByMethod(int year) => _byMethod.GetOrAdd(year, Make);
            private static Money Make(int year) => Money.Cny(year);
            public Money Written(int year) => _written.GetOrAdd(year, y => Money.Cny(y));
            public void Overwrite(int year) => _written[year] = Money.Usd(1m);
            public Money Mixed(string region) => _mixed.GetOrAdd(region, r => r == "cn" ? Money.Cny(1m) : Money.Usd(1m));
            public Money Given(int year, Money unknown) => _given.GetOrAdd(year, _ => unknown);
        }
        """;

    [Fact]
    public Task GetOrAdd_factory_of_one_currency_compared_with_another_Reports() => Files.Verify(
        Caches,
        """
        using AiRace.Core;
        class Checks
        {
            bool A(Caches c) => {|AIR0001:c.ForYear(2024) > Money.Usd(1m)|};
            bool B(Caches c) => {|AIR0001:c.ByMethod(2024) > Money.Eur(1m)|};
        }
        """);

    [Fact]
    public Task GetOrAdd_factory_of_the_same_currency_unknown_or_written_elsewhere_DoesNotReport() => Files.Verify(
        Caches,
        """
        using AiRace.Core;
        class Checks
        {
            bool A(Caches c) => c.ForYear(2024) > Money.Cny(1m);
            bool B(Caches c) => c.Written(2024) > Money.Usd(1m);
            bool C(Caches c) => c.Mixed("cn") > Money.Usd(1m);
            bool D(Caches c, Money m) => c.Given(2024, m) > Money.Usd(1m);
        }
        """);

    [Fact]
    public Task Rented_array_written_and_read_by_constant_indexes_in_two_currencies_Reports() => Files.Verify(
        """
        using System.Buffers;
        using AiRace.Core;
        class Pooled
        {
            public static bool FirstAboveSecond()
            {
                var rows = ArrayPool<Money>.Shared.Rent(2);
                try
                {
                    rows[0] = Money.Jpy(1m);
                    rows[1] = Money.Eur(2m);
                    return {|AIR0001:rows[0] > rows[1]|};
                }
                finally
                {
                    ArrayPool<Money>.Shared.Return(rows);
                }
            }
        }
        """);

    [Fact]
    public Task Rented_array_of_one_currency_unknown_from_the_end_given_back_or_written_elsewhere_DoesNotReport() => Files.Verify(
        """
        using System;
        using System.Buffers;
        using AiRace.Core;
        class Pooled
        {
            public static bool Same()
            {
                var rows = ArrayPool<Money>.Shared.Rent(2);
                try
                {
                    rows[0] = Money.Jpy(1m);
                    rows[1] = Money.Jpy(2m);
                    return rows[0] > rows[1];
                }
                finally
                {
                    ArrayPool<Money>.Shared.Return(rows);
                }
            }

            public static bool Unknown(Money m)
            {
                var rows = ArrayPool<Money>.Shared.Rent(2);
                try
                {
                    rows[0] = Money.Jpy(1m);
                    rows[1] = m;
                    return rows[0] > rows[1];
                }
                finally
                {
                    ArrayPool<Money>.Shared.Return(rows);
                }
            }

            public static bool FromTheEnd()
            {
                var rows = ArrayPool<Money>.Shared.Rent(2);
                rows[0] = Money.Jpy(1m);
                rows[1] = Money.Eur(2m);
                return rows[1] > rows[^1];
            }

            public static bool GivenBackFirst()
            {
                var rows = ArrayPool<Money>.Shared.Rent(2);
                rows[0] = Money.Jpy(1m);
                rows[1] = Money.Eur(2m);
                ArrayPool<Money>.Shared.Return(rows);
                return rows[0] > rows[1];
            }

            public static bool WrittenInALambda()
            {
                var rows = ArrayPool<Money>.Shared.Rent(2);
                rows[0] = Money.Jpy(1m);
                rows[1] = Money.Eur(2m);
                Action fill = () => rows[1] = Money.Jpy(3m);
                fill();
                return rows[0] > rows[1];
            }
        }
        """);

    private const string Pots = """
        using AiRace.Core;
        public class Pot(string name, Money ceiling)
        {
            private Money _committed = Money.Zero(ceiling.Currency);
            public string Name { get; } = name;
            public bool CanTake(Money request) => request <= ceiling - _committed;
            public bool Below(Money request) => request < ceiling;
            public virtual bool Over(Money request) => request > ceiling;
            public void Commit(Money amount) => _committed += amount;
            public static Pot Pounds() => new("uk", Money.Gbp(300m));
            public static Pot Rupees() => new("in", Money.Of(5m, Currency.INR));
            public static Pot Either(bool uk) => uk ? new("uk", Money.Gbp(300m)) : new("jp", Money.Jpy(3m));
        }
        public class Reset(Money ceiling)
        {
            public bool CanTake(Money request) => request <= ceiling;
            public void Change(Money other) => ceiling = other;
            public static Reset Pounds() => new(Money.Gbp(1m));
        }
        public sealed class Reserved(string name, Money ceiling) : Pot(name, ceiling)
        {
            public static Reserved Yen() => new("jp", Money.Jpy(1m));
        }
        """;

    [Fact]
    public Task Method_of_a_class_on_an_object_just_made_comparing_another_currency_Reports() => Files.Verify(
        Pots,
        """
        using AiRace.Core;
        class Checks
        {
            bool A() => {|AIR0001:Pot.Pounds().CanTake(Money.Usd(1m))|};
            bool B() => {|AIR0001:new Pot("cn", Money.Cny(1m)).CanTake(Money.Usd(1m))|};
            bool C() => {|AIR0001:Pot.Rupees().Below(Money.Eur(1m))|};
        }
        """);

    [Fact]
    public Task Method_of_a_class_on_the_same_currency_unknown_receivers_or_written_parameters_DoesNotReport() => Files.Verify(
        Pots,
        """
        using AiRace.Core;
        class Checks
        {
            bool A() => Pot.Pounds().CanTake(Money.Gbp(1m));
            bool B(Money m) => Pot.Pounds().CanTake(m);
            bool C(bool uk) => Pot.Either(uk).CanTake(Money.Usd(1m));
            bool D() => Reset.Pounds().CanTake(Money.Usd(1m));
            bool E() => Reserved.Yen().CanTake(Money.Usd(1m));
            bool F() => Pot.Pounds().Over(Money.Usd(1m));
            bool G(Pot pot) => pot.CanTake(Money.Usd(1m));
        }
        """);
}

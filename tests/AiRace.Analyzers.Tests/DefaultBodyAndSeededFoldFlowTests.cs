using System.Threading.Tasks;

namespace AiRace.Analyzers.Tests;

/// <summary>
/// AIR0001 inside two kinds of body that the call's own arguments do not show: an interface's default method whose body
/// combines or compares its money parameter with a member of the interface, called on a receiver whose type (sealed, not
/// implementing the method itself) runs that body and whose member is known in another currency
/// (<c>((IFunded)yuanFund).Headroom(dollars)</c> where <c>Money Headroom(Money cap) =&gt; cap - Committed</c>); and a fold
/// helper given a seed in one currency and a collection known to hold another (<c>SumAll(Money.Zero(CNY), dollars)</c>
/// where <c>items.Aggregate(seed, (acc, m) =&gt; acc + m)</c>).
/// </summary>
public class DefaultBodyAndSeededFoldFlowTests
{
    private const string Funds = """
        using AiRace.Core;
        public interface IFunded
        {
            Money Committed { get; }
            Money Headroom(Money cap) => cap - Committed;
            bool Safe(Money cap) => cap.Currency == Committed.Currency && cap > Committed;
        }
        public sealed class CityFund(string city, Money pot) : IFunded
        {
            public string City { get; } = city;
            public Money Committed { get; } = pot;
            public static CityFund Shanghai { get; } = new("Shanghai", Money.Millions(600m, Currency.CNY));
        }
        public sealed class OwnHeadroom(Money pot) : IFunded
        {
            public Money Committed { get; } = pot;
            public Money Headroom(Money cap) => cap;
            public static OwnHeadroom Make() => new(Money.Cny(1m));
        }
        public class OpenFund : IFunded
        {
            public Money Committed { get; } = Money.Cny(1m);
        }
        """;

    [Fact]
    public Task Default_interface_body_comparing_a_parameter_with_a_member_of_known_currency_Reports() => Files.Verify(
        Funds,
        """
        using AiRace.Core;
        static class Use
        {
            static readonly Money Chips = Money.Billions(52.7m, Currency.USD);
            public static Money A() => {|AIR0001:((IFunded)CityFund.Shanghai).Headroom(Chips)|};
            public static Money B() => {|AIR0001:((IFunded)new CityFund("Wuhan", Money.Cny(5m))).Headroom(Money.Usd(1m))|};
        }
        """);

    [Fact]
    public Task Default_interface_body_in_the_same_currency_checked_overridden_or_open_DoesNotReport() => Files.Verify(
        Funds,
        """
        using AiRace.Core;
        static class Use
        {
            public static Money Same() => ((IFunded)CityFund.Shanghai).Headroom(Money.Cny(1m));
            public static bool Checked() => ((IFunded)CityFund.Shanghai).Safe(Money.Usd(1m));
            public static Money Overridden() => ((IFunded)OwnHeadroom.Make()).Headroom(Money.Usd(1m));
            public static Money Open(OpenFund fund) => ((IFunded)fund).Headroom(Money.Usd(1m));
            public static Money Any(IFunded fund) => fund.Headroom(Money.Usd(1m));
        }
        """);

    private const string Helpers = """
        using System.Collections.Generic;
        using System.Linq;
        using System.Numerics;
        using AiRace.Core;
        public sealed record Tranche(int Year, Money Amount);
        public static class MoneyHelpers
        {
            public static Money SumAll(Money seed, IEnumerable<Money> items) => items.Aggregate(seed, (acc, m) => acc + m);
            public static T Total<T>(T seed, IEnumerable<T> items) where T : IAdditionOperators<T, T, T> => items.Aggregate(seed, (a, b) => a + b);
            public static Money Checked(Money seed, IEnumerable<Money> items) => items.All(m => m.Currency == seed.Currency) ? items.Aggregate(seed, (acc, m) => acc + m) : seed;
            public static Money Written(Money seed, IEnumerable<Money> items)
            {
                seed = Money.Zero(Currency.USD);
                return items.Aggregate(seed, (acc, m) => acc + m);
            }
            public static readonly Tranche[] Stargate = [new(2025, Money.Usd(100m)), new(2026, Money.Usd(400m))];
        }
        """;

    [Fact]
    public Task Fold_helper_whose_seed_alone_differs_Reports() => Files.Verify(
        Helpers,
        """
        using System.Linq;
        using AiRace.Core;
        static class Use
        {
            public static Money A() => {|AIR0001:MoneyHelpers.SumAll(Money.Zero(Currency.CNY), MoneyHelpers.Stargate.Select(t => t.Amount))|};
            public static Money B() => {|AIR0001:MoneyHelpers.Total(Money.Zero(Currency.EUR), new[] { Money.Usd(1m), Money.Usd(2m) })|};
            // a yen seed and euro elements (until stop 63, FoldedCollectionFlowTests kept this call as a clean one: only
            // a collection of two currencies was checked)
            public static Money C() => {|AIR0001:MoneyHelpers.Total(Money.Zero(Currency.JPY), [Money.Eur(1m), Money.Eur(2m)])|};
        }
        """);

    [Fact]
    public Task Fold_helper_whose_seed_matches_or_is_checked_or_written_DoesNotReport() => Files.Verify(
        Helpers,
        """
        using System.Linq;
        using AiRace.Core;
        static class Use
        {
            public static Money Same() => MoneyHelpers.SumAll(Money.Zero(Currency.USD), MoneyHelpers.Stargate.Select(t => t.Amount));
            public static Money Checked() => MoneyHelpers.Checked(Money.Zero(Currency.CNY), MoneyHelpers.Stargate.Select(t => t.Amount));
            public static Money Written() => MoneyHelpers.Written(Money.Zero(Currency.CNY), MoneyHelpers.Stargate.Select(t => t.Amount));
            public static Money Unknown(Money seed) => MoneyHelpers.SumAll(seed, MoneyHelpers.Stargate.Select(t => t.Amount));
            public static Money Numbers() => Money.Usd(MoneyHelpers.Total(0m, new[] { 1m, 2m }));
        }
        """);
}

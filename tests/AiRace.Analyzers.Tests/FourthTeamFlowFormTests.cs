using System.Threading.Tasks;
using Xunit;

namespace AiRace.Analyzers.Tests;

/// <summary>
/// AIR0001 through forms the fourth team's field test missed (stop 65, issue 12 §1): a <c>params Money[]</c> helper
/// summing its parameter in a currency (<c>parts.Sum(currency)</c>), and a helper returning a <c>Money?</c> parameter
/// or a fixed currency's value (<c>maybe ?? Money.Zero(Currency.CNY)</c>) called with <c>null</c>, and a property a
/// primary constructor's parameter initializes, read through <c>readonly</c> fields each made by one creation
/// (<c>Programme.BigFund.Budget &gt; Programme.Chips.Budget</c>), and the results of <c>await Task.WhenAll(a, b)</c>
/// read by constant indexes, and a dictionary with tuple keys read by constant tuple keys
/// (<c>ByRegionYear[("cn", 2024)] &gt; ByRegionYear[("us", 2024)]</c>). Each form in two
/// currencies is reported; the same form in one currency, or where what it holds is not certain, is not.
/// </summary>
public class FourthTeamFlowFormTests
{
    private const string Sums = """
        using AiRace.Core;
        public static class Sums
        {
            public static readonly Money Yuan = Money.Cny(1m);
            public static readonly Money Dollars = Money.Usd(2m);
            public static Money SumAll(Currency currency, params Money[] parts) => parts.Sum(currency);
            public static Money Listed(Currency currency, System.Collections.Generic.List<Money> parts) => parts.Sum(currency);
            public static Money Passed(params Money[] parts) => SumAll(Currency.EUR, parts);
            public static Money Caught(Currency currency, params Money[] parts)
            {
                try { return parts.Sum(currency); }
                catch (CurrencyMismatchException) { return Money.Zero(currency); }
            }
            public static Money Written(Currency currency, params Money[] parts)
            {
                parts[0] = Money.Zero(currency);
                return parts.Sum(currency);
            }
        }
        """;

    [Fact]
    public Task Params_helper_summing_two_currencies_in_its_currency_parameter_Reports() => Files.Verify(
        Sums,
        """
        using System.Collections.Generic;
        using AiRace.Core;
        class Checks
        {
            Money A() => {|AIR0001:Sums.SumAll(Currency.CNY, Sums.Yuan, Sums.Dollars)|};
            Money B() => {|AIR0001:Sums.SumAll(Currency.CNY, [Money.Cny(1m), Money.Usd(2m)])|};
            Money C() => {|AIR0001:Sums.Listed(Currency.USD, new List<Money> { Money.Cny(1m), Money.Usd(2m) })|};
            Money D() => {|AIR0001:Sums.Passed(Sums.Yuan, Sums.Dollars)|};
        }
        """);

    [Fact]
    public Task Params_helper_summing_one_currency_or_unknown_ones_or_catching_DoesNotReport() => Files.Verify(
        Sums,
        """
        using AiRace.Core;
        class Checks
        {
            Money A() => Sums.SumAll(Currency.CNY, Sums.Yuan, Money.Cny(3m));
            Money B(Money unknown) => Sums.SumAll(Currency.CNY, Sums.Yuan, unknown);
            Money C() => Sums.Caught(Currency.CNY, Sums.Yuan, Sums.Dollars);
            Money D() => Sums.Written(Currency.CNY, Sums.Yuan, Sums.Dollars);
            Money E(Money[] parts) => Sums.SumAll(Currency.CNY, parts);
        }
        """);

    private const string Fallbacks = """
        using AiRace.Core;
        public static class Fallbacks
        {
            public static readonly Money Euros = Money.Eur(5m);
            public static readonly Money Yuan = Money.Cny(1m);
            public static Money ChinaOrZero(Money? maybe) => maybe ?? Money.Zero(Currency.CNY);
            public static Money ChinaOrCap(Money? maybe)
            {
                return maybe ?? Yuan;
            }
            public static Money OrZero(Money? maybe, Currency currency) => maybe ?? Money.Zero(currency);
            public static Money Rewritten(Money? maybe)
            {
                maybe = Money.Usd(1m);
                return maybe ?? Money.Zero(Currency.CNY);
            }
            public static Money? Cached { get; private set; }
            public static void Remember(Money? read) => Cached = read;
            public static Money OrCached(Money? maybe, bool fresh)
            {
                if (fresh)
                {
                    return maybe ?? Money.Zero(Currency.CNY);
                }

                return Cached ?? Money.Zero(Currency.CNY);
            }
        }
        """;

    [Fact]
    public Task Helper_returning_a_nullable_parameter_or_a_fixed_currency_called_with_null_or_that_currency_Reports() => Files.Verify(
        Fallbacks,
        """
        using AiRace.Core;
        class Checks
        {
            bool A() => {|AIR0001:Fallbacks.ChinaOrZero(null) > Fallbacks.Euros|};
            bool B() => {|AIR0001:Fallbacks.ChinaOrCap(default) > Fallbacks.Euros|};
            bool C() => {|AIR0001:Fallbacks.ChinaOrZero(Money.Cny(2m)) > Fallbacks.Euros|};
            Money D() => {|AIR0001:Fallbacks.ChinaOrZero(null) + Money.Usd(1m)|};
        }
        """);

    [Fact]
    public Task Helper_returning_a_nullable_parameter_or_a_fixed_currency_in_the_same_currency_or_given_another_DoesNotReport() => Files.Verify(
        Fallbacks,
        """
        using AiRace.Core;
        class Checks
        {
            bool A() => Fallbacks.ChinaOrZero(null) > Fallbacks.Yuan;
            bool B() => Fallbacks.ChinaOrZero(Money.Eur(2m)) > Fallbacks.Euros;
            bool C(Money? unknown) => Fallbacks.ChinaOrZero(unknown) > Fallbacks.Euros;
            bool D() => Fallbacks.OrZero(null, Currency.EUR) > Fallbacks.Euros;
            bool E() => Fallbacks.Rewritten(null) > Fallbacks.Euros;
            bool F() => Fallbacks.OrCached(null, false) > Fallbacks.Euros;
        }
        """);
    private const string Programmes = """
        using AiRace.Core;
        public sealed class Programme(string name, Money budget)
        {
            public string Name { get; } = name;
            public Money Budget { get; } = budget;
            public Money Settable { get; set; } = budget;
            public static readonly Programme BigFund = new("Big Fund III", Money.Cny(344m));
            public static readonly Programme Chips = new("CHIPS Act", Money.Usd(39m));
            public static readonly Programme Shanghai = new("Shanghai", Money.Cny(50m));
            public static Programme Rapidus { get; } = new("Rapidus", Money.Jpy(920m));
            public static Programme Mutable = new("mutable", Money.Usd(1m));
            public static readonly Programme Opened = new("opened", Open());
            public static Money Open() => System.Text.Json.JsonSerializer.Deserialize<Money>("{}");
        }
        """;

    [Fact]
    public Task Property_from_a_primary_constructor_parameter_read_through_static_instances_of_two_currencies_Reports() => Files.Verify(
        Programmes,
        """
        using AiRace.Core;
        class Checks
        {
            bool A() => {|AIR0001:Programme.BigFund.Budget > Programme.Chips.Budget|};
            bool B() => {|AIR0001:Programme.Rapidus.Budget > Programme.Shanghai.Budget|};
            Money C() => {|AIR0001:Programme.BigFund.Budget + Money.Eur(1m)|};
        }
        """);

    [Fact]
    public Task Property_from_a_primary_constructor_parameter_read_through_static_instances_of_one_currency_or_unknown_or_changeable_DoesNotReport() => Files.Verify(
        Programmes,
        """
        using AiRace.Core;
        class Checks
        {
            bool A() => Programme.BigFund.Budget > Programme.Shanghai.Budget;
            bool B() => Programme.Opened.Budget > Programme.Chips.Budget;
            bool C() => Programme.Mutable.Budget > Programme.BigFund.Budget;
            bool D() => Programme.BigFund.Settable > Programme.Chips.Settable;
            bool E(Programme p) => p.Budget > Programme.Chips.Budget;
        }
        """);
    private const string Awaited = """
        using System.Threading.Tasks;
        using AiRace.Core;
        public static class Feeds
        {
            public static readonly Money Yuan = Money.Cny(1m);
            public static readonly Money Dollars = Money.Usd(2m);
            public static async Task<Money> YuanAsync() { await Task.Yield(); return Money.Cny(3m); }
            public static async Task<Money> DollarsAsync() { await Task.Yield(); return Money.Usd(4m); }
        }
        """;

    [Fact]
    public Task Results_of_Task_WhenAll_of_two_currencies_read_by_constant_indexes_Reports() => Files.Verify(
        Awaited,
        """
        using System.Threading.Tasks;
        using AiRace.Core;
        class Checks
        {
            async Task<bool> A()
            {
                var results = await Task.WhenAll(Task.FromResult(Feeds.Yuan), Task.FromResult(Feeds.Dollars));
                return {|AIR0001:results[0] > results[1]|};
            }
            async Task<Money> B()
            {
                Money[] r = await Task.WhenAll(Feeds.YuanAsync(), Feeds.DollarsAsync(), Feeds.YuanAsync());
                return {|AIR0001:r[2] - r[1]|};
            }
        }
        """);

    [Fact]
    public Task Results_of_Task_WhenAll_of_one_currency_or_unknown_or_changed_DoesNotReport() => Files.Verify(
        Awaited,
        """
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using AiRace.Core;
        class Checks
        {
            async Task<bool> A()
            {
                var results = await Task.WhenAll(Task.FromResult(Feeds.Yuan), Task.FromResult(Feeds.Dollars));
                return results[0] > Feeds.Yuan && results[1] > Feeds.Dollars;
            }
            async Task<bool> B(Task<Money> unknown)
            {
                var results = await Task.WhenAll(Feeds.YuanAsync(), unknown);
                return results[0] > results[1];
            }
            async Task<bool> C()
            {
                var results = await Task.WhenAll(Feeds.YuanAsync(), Feeds.DollarsAsync());
                results[1] = Money.Cny(5m);
                return results[0] > results[1];
            }
            async Task<bool> D()
            {
                var results = await Task.WhenAll(Feeds.YuanAsync(), Feeds.DollarsAsync());
                Touch(results);
                return results[0] > results[1];
            }
            async Task<bool> E(List<Task<Money>> tasks)
            {
                var results = await Task.WhenAll(tasks);
                return results[0] > results[1];
            }
            async Task<bool> F()
            {
                var results = await Task.WhenAll(Feeds.YuanAsync(), Feeds.DollarsAsync());
                results = await Task.WhenAll(Feeds.DollarsAsync(), Feeds.DollarsAsync());
                return results[0] > results[1];
            }
            static void Touch(Money[] values) => values[1] = values[0];
        }
        """);

    private const string ByRegionYear = """
        using System.Collections.Generic;
        using AiRace.Core;
        public static class Catalogue
        {
            public static readonly Dictionary<(string Region, int Year), Money> ByRegionYear = new()
            {
                [("cn", 2023)] = Money.Cny(150m),
                [("cn", 2024)] = Money.Cny(344m),
                [("us", 2023)] = Money.Usd(11m),
                [("us", 2024)] = Money.Usd(28m),
            };
            public static readonly Dictionary<(string Region, long Year), Money> Widened = new()
            {
                [("cn", 2024)] = Money.Cny(344m),
                [("us", 2024L)] = Money.Usd(28m),
            };
            public static readonly Dictionary<(string Region, int Year), Money> Rewritten = new()
            {
                [("cn", 2024)] = Money.Cny(344m),
                [("us", 2024)] = Money.Usd(28m),
            };
            public static void Overwrite(string region, Money amount) => Rewritten[(region, 2024)] = amount;
        }
        """;

    [Fact]
    public Task Dictionary_with_tuple_keys_read_by_constant_tuple_keys_of_two_currencies_Reports() => Files.Verify(
        ByRegionYear,
        """
        using AiRace.Core;
        class Checks
        {
            bool A() => {|AIR0001:Catalogue.ByRegionYear[("cn", 2024)] > Catalogue.ByRegionYear[("us", 2024)]|};
            Money B() => {|AIR0001:Catalogue.ByRegionYear[(Region: "us", Year: 2023)] - Money.Cny(1m)|};
            bool C() => {|AIR0001:Catalogue.Widened[("cn", 2024L)] > Catalogue.Widened[("us", 2024)]|};
        }
        """);

    [Fact]
    public Task Dictionary_with_tuple_keys_read_by_keys_of_one_currency_or_not_constant_or_overwritten_DoesNotReport() => Files.Verify(
        ByRegionYear,
        """
        using AiRace.Core;
        class Checks
        {
            Money A() => Catalogue.ByRegionYear[("cn", 2024)] - Catalogue.ByRegionYear[("cn", 2023)];
            bool B() => Catalogue.ByRegionYear[("us", 2024)] > Catalogue.ByRegionYear[("us", 2023)];
            bool C(string region) => Catalogue.ByRegionYear[(region, 2024)] > Catalogue.ByRegionYear[("us", 2024)];
            bool D() => Catalogue.Rewritten[("cn", 2024)] > Catalogue.Rewritten[("us", 2024)];
            bool E() => Catalogue.Widened[("cn", 2024)] > Money.Cny(1m);
        }
        """);

    private const string Banners = """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public static class Banners
        {
            public static IReadOnlyList<(string Name, Money Value)> Mixed() =>
                [("fund", Money.Cny(3_440m)), ("stargate", Money.Usd(500m)), ("chips act", Money.Eur(43m))];
            public static IReadOnlyList<(string Name, Money Value)> Dollars() =>
                [("stargate", Money.Usd(500m)), ("chips", Money.Usd(52m))];
            public static IEnumerable<(string Desk, Money Amount)> Tagged()
            {
                yield return ("cn", Money.Cny(1m));
                yield return ("us", Money.Usd(2m));
            }
        }
        """;

    [Fact]
    public Task Sum_of_a_tuple_element_over_tuples_in_other_currencies_Reports() => Files.Verify(
        Banners,
        """
        using System.Linq;
        using AiRace.Core;
        static class Use
        {
            public static Money Total() => {|AIR0001:Banners.Mixed().Sum(b => b.Value, Currency.USD)|};
            public static Money Euro() => {|AIR0001:Banners.Tagged().Where(t => t.Desk == "cn").Sum(t => t.Amount, Currency.EUR)|};
        }
        """);

    [Fact]
    public Task Sum_of_a_tuple_element_in_its_own_or_an_unknown_currency_DoesNotReport() => Files.Verify(
        Banners,
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        static class Use
        {
            public static Money Total() => Banners.Dollars().Sum(b => b.Value, Currency.USD);
            public static Money Read(List<(string Name, Money Value)> read) => read.Sum(b => b.Value, Currency.USD);
            public static Money Guarded() => Banners.Mixed().Where(b => b.Value.Currency == Currency.USD).Sum(b => b.Value, Currency.USD);
        }
        """);
}

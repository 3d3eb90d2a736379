using System.Threading.Tasks;
using Xunit;

namespace AiRace.Analyzers.Tests;

/// <summary>
/// AIR0001 through forms the second team's field test missed (REVIEW stop 62, issue 12 §1): an immutable dictionary
/// made by <c>ImmutableDictionary.CreateRange</c> of pairs, a known rate's <c>Convert</c>, a <c>with</c> copy of a local
/// record, the array <c>Task.WhenAll</c> gives, a generic helper returning one of two parameters, and a delegate kept in
/// a local dictionary that is only called. Each form in two currencies is reported; the same form in one currency, or
/// where what it holds is not certain, is not.
/// </summary>
public class SecondTeamFlowFormTests
{
    private const string Catalogue = """
        using System;
        using System.Collections.Generic;
        using System.Collections.Immutable;
        using System.Threading.Tasks;
        using AiRace.Core;
        public enum Bloc { China, UnitedStates }
        public sealed record Award(string Name, Money Amount, DateOnly Signed);
        public static class Catalogue
        {
            public static readonly Money BigFund = Money.Billions(344m, Currency.CNY);
            public static readonly Money Voucher = Money.Millions(600m, Currency.CNY);
            public static readonly Money Chips = Money.Billions(52.7m, Currency.USD);
            public static readonly ImmutableDictionary<Bloc, Money> Mixed = ImmutableDictionary.CreateRange(
                [new KeyValuePair<Bloc, Money>(Bloc.China, BigFund), new KeyValuePair<Bloc, Money>(Bloc.UnitedStates, Chips)]);
            public static readonly ImmutableDictionary<string, Money> Yuan = ImmutableDictionary.CreateRange(
                [new KeyValuePair<string, Money>("big fund", BigFund), KeyValuePair.Create("voucher", Voucher)]);
            public static ExchangeRate YuanToEuro() => new(Currency.CNY, Currency.EUR, 0.1281m, new DateOnly(2025, 3, 31), RateSeries.Identity);
            public static ExchangeRate YuanToDollar() => new(Currency.CNY, Currency.USD, 0.1389m, new DateOnly(2025, 3, 31), RateSeries.Identity);
            public static async Task<Money> FetchBigFundAsync() { await Task.Delay(1); return BigFund; }
            public static async Task<Money> FetchVoucherAsync() { await Task.Delay(1); return Voucher; }
            public static async Task<Money> FetchChipsAsync() { await Task.Delay(1); return Chips; }
            public static T Pick<T>(T first, T second, bool takeFirst) => takeFirst ? first : second;
        }
        """;

    [Fact]
    public Task Values_of_an_immutable_dictionary_made_from_pairs_in_two_currencies_Reports() => Files.Verify(
        Catalogue,
        """
        using System.Linq;
        using AiRace.Core;
        class Checks
        {
            Money Largest() => {|AIR0001:Catalogue.Mixed.Values.Max()|};
            bool Yuan() => {|AIR0001:Catalogue.Yuan.Values.Min() > Catalogue.Chips|};
        }
        """);

    [Fact]
    public Task Values_of_an_immutable_dictionary_made_from_pairs_in_one_currency_or_unknown_pairs_DoesNotReport() => Files.Verify(
        Catalogue,
        """
        using System.Collections.Generic;
        using System.Collections.Immutable;
        using System.Linq;
        using AiRace.Core;
        class Checks
        {
            Money Largest() => Catalogue.Yuan.Values.Max();
            bool Yuan() => Catalogue.Yuan.Values.Min() > Catalogue.Voucher;
            bool Given(IEnumerable<KeyValuePair<string, Money>> pairs) => ImmutableDictionary.CreateRange(pairs).Values.Min() > Catalogue.Chips;
        }
        """);

    [Fact]
    public Task Result_of_a_known_rates_Convert_in_its_other_currency_Reports() => Files.Verify(
        Catalogue,
        """
        using AiRace.Core;
        class Checks
        {
            Money ByEuro() => {|AIR0001:Catalogue.YuanToEuro().Convert(Catalogue.BigFund).Result + Catalogue.Chips|};
            Money Local() { var rate = Catalogue.YuanToDollar(); return {|AIR0001:rate.Convert(Catalogue.BigFund).Result + Catalogue.Voucher|}; }
            Money Back() => {|AIR0001:Catalogue.YuanToDollar().Convert(Catalogue.Chips).Result + Catalogue.Chips|};
            Money At() => {|AIR0001:Catalogue.BigFund.ConvertAt(Catalogue.YuanToEuro()).Result + Catalogue.Chips|};
        }
        """);

    [Fact]
    public Task Result_of_a_known_rates_Convert_in_the_same_currency_or_an_unknown_rate_DoesNotReport() => Files.Verify(
        Catalogue,
        """
        using AiRace.Core;
        class Checks
        {
            Money ByDollar() => Catalogue.YuanToDollar().Convert(Catalogue.BigFund).Result + Catalogue.Chips;
            Money Back() => Catalogue.YuanToDollar().Convert(Catalogue.Chips).Result + Catalogue.Voucher;
            Money Given(ExchangeRate rate) => rate.Convert(Catalogue.BigFund).Result + Catalogue.Chips;
            Money Unknown(Money m) => Catalogue.YuanToEuro().Convert(m).Result + Catalogue.Chips;
        }
        """);

    [Fact]
    public Task Member_of_a_with_copy_of_a_local_record_Reports() => Files.Verify(
        Catalogue,
        """
        using System;
        using AiRace.Core;
        class Checks
        {
            bool Revised()
            {
                var original = new Award("chips", Money.Billions(6.6m, Currency.USD), new DateOnly(2024, 11, 15));
                var revised = original with { Signed = new DateOnly(2025, 1, 10) };
                var inYuan = original with { Amount = Money.Billions(47m, Currency.CNY) };
                return {|AIR0001:revised.Amount > Catalogue.BigFund|} && {|AIR0001:inYuan.Amount > Catalogue.Chips|};
            }
        }
        """);

    [Fact]
    public Task Member_of_a_with_copy_in_its_own_currency_or_of_a_record_with_its_own_copy_constructor_DoesNotReport() => Files.Verify(
        Catalogue,
        """
        using System;
        using AiRace.Core;
        public sealed record Copied(string Name, Money Amount)
        {
            private Copied(Copied other) { Name = other.Name; Amount = Money.Cny(1m); }
        }
        class Checks
        {
            bool Revised()
            {
                var original = new Award("chips", Money.Billions(6.6m, Currency.USD), new DateOnly(2024, 11, 15));
                var revised = original with { Signed = new DateOnly(2025, 1, 10) };
                var inYuan = original with { Amount = Money.Billions(47m, Currency.CNY) };
                var own = new Copied("x", Money.Usd(1m)) with { Name = "y" };
                return revised.Amount > Catalogue.Chips && inYuan.Amount > Catalogue.BigFund && own.Amount > Catalogue.BigFund;
            }
        }
        """);

    [Fact]
    public Task Largest_of_the_array_Task_WhenAll_gives_in_two_currencies_Reports() => Files.Verify(
        Catalogue,
        """
        using System.Linq;
        using System.Threading.Tasks;
        using AiRace.Core;
        class Checks
        {
            async Task<Money> Largest()
            {
                var all = await Task.WhenAll(Catalogue.FetchBigFundAsync(), Catalogue.FetchChipsAsync());
                return {|AIR0001:all.Max()|};
            }
            async Task<bool> Array() => {|AIR0001:(await Task.WhenAll(new[] { Catalogue.FetchBigFundAsync(), Catalogue.FetchVoucherAsync() })).Max() > Catalogue.Chips|};
        }
        """);

    [Fact]
    public Task Largest_of_the_array_Task_WhenAll_gives_in_one_currency_or_of_unknown_tasks_DoesNotReport() => Files.Verify(
        Catalogue,
        """
        using System.Collections.Generic;
        using System.Linq;
        using System.Threading.Tasks;
        using AiRace.Core;
        class Checks
        {
            async Task<Money> Largest()
            {
                var all = await Task.WhenAll(Catalogue.FetchBigFundAsync(), Catalogue.FetchVoucherAsync());
                return all.Max();
            }
            async Task<bool> Array() => (await Task.WhenAll(new[] { Catalogue.FetchBigFundAsync(), Catalogue.FetchVoucherAsync() })).Max() > Catalogue.BigFund;
            async Task<bool> Given(IEnumerable<Task<Money>> tasks) => (await Task.WhenAll(tasks)).Max() > Catalogue.Chips;
        }
        """);

    [Fact]
    public Task Call_of_a_delegate_kept_in_a_local_dictionary_Reports() => Files.Verify(
        Catalogue,
        """
        using System;
        using System.Collections.Generic;
        using AiRace.Core;
        class Checks
        {
            IEnumerable<Money> Calls()
            {
                var ops = new Dictionary<string, Func<Money, Money, Money>> { ["add"] = (a, b) => a + b, ["keep"] = (a, b) => a };
                yield return {|AIR0001:ops["add"](Catalogue.Voucher, Catalogue.Chips)|};
                yield return {|AIR0001:ops["keep"](Catalogue.Voucher, Catalogue.Chips) + Catalogue.Chips|};
            }
        }
        """);

    [Fact]
    public Task Call_of_a_delegate_kept_in_a_local_dictionary_in_one_currency_or_that_may_be_replaced_DoesNotReport() => Files.Verify(
        Catalogue,
        """
        using System;
        using System.Collections.Generic;
        using AiRace.Core;
        class Checks
        {
            IEnumerable<Money> Calls()
            {
                var ops = new Dictionary<string, Func<Money, Money, Money>> { ["add"] = (a, b) => a + b, ["keep"] = (a, b) => a };
                yield return ops["add"](Catalogue.Voucher, Catalogue.BigFund);
                yield return ops["keep"](Catalogue.Chips, Catalogue.BigFund) + Catalogue.Chips;
                var changed = new Dictionary<string, Func<Money, Money, Money>> { ["keep"] = (a, b) => a };
                changed["keep"] = (a, b) => b;
                yield return changed["keep"](Catalogue.Chips, Catalogue.BigFund) + Catalogue.Chips;
                var shared = new Dictionary<string, Func<Money, Money, Money>> { ["keep"] = (a, b) => a };
                Fill(shared);
                yield return shared["keep"](Catalogue.Chips, Catalogue.BigFund) + Catalogue.Chips;
            }

            static void Fill(Dictionary<string, Func<Money, Money, Money>> into) => into["keep"] = (a, b) => b;
        }
        """);

    [Fact]
    public Task Generic_pick_of_two_parameters_given_yuan_Reports() => Files.Verify(
        Catalogue,
        """
        using AiRace.Core;
        class Checks
        {
            Money Picked(bool flag) => {|AIR0001:Catalogue.Pick(Catalogue.BigFund, Catalogue.Voucher, flag) + Catalogue.Chips|};
        }
        """);

    [Fact]
    public Task Generic_pick_of_two_parameters_in_its_own_or_two_currencies_DoesNotReport() => Files.Verify(
        Catalogue,
        """
        using AiRace.Core;
        class Checks
        {
            Money Picked(bool flag) => Catalogue.Pick(Catalogue.Chips, Catalogue.Chips, flag) + Catalogue.Chips;
            Money Mixed(bool flag) => Catalogue.Pick(Catalogue.BigFund, Catalogue.Chips, flag) + Catalogue.Chips;
            Money Given(Money m, bool flag) => Catalogue.Pick(Catalogue.BigFund, m, flag) + Catalogue.Chips;
        }
        """);
}

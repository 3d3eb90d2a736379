using System.Threading.Tasks;
using Xunit;

namespace AiRace.Analyzers.Tests;

/// <summary>
/// AIR0001 through forms the fifth team's field test missed (stop 67, issue 12): a dictionary made by LINQ's
/// <c>ToDictionary</c> over records with a key selector of their members (<c>r =&gt; (r.Country, r.Year)</c>) and an
/// element selector of a member (<c>r =&gt; r.Budget</c>), read by a constant key: the value under the key has what the
/// creations whose members give that key give the element. Each form in two currencies is reported; the same form in
/// one currency, with an element the flow cannot read, or a dictionary written elsewhere, is not.
/// </summary>
public class Stop67RateFormTests
{
    private const string Rows = """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public sealed record Row(string Country, int Year, Money Budget);
        public static class Staged
        {
            public static readonly Row[] All =
            [
                new("CN", 2024, Money.Cny(344m)),
                new("CN", 2025, Money.Cny(45m)),
                new("US", 2024, Money.Usd(39m)),
                new("US", 2025, Money.Usd(33m)),
            ];
            public static Row Given = new("US", 2024, Money.Usd(1m));
            public static readonly Row[] WithGiven = [new("CN", 2024, Money.Cny(1m)), Given];
            public static readonly Dictionary<(string Country, int Year), Money> ByCountryYear = All.ToDictionary(r => (r.Country, r.Year), r => r.Budget);
            public static readonly Dictionary<string, Money> ByCountry = All.Where(r => r.Year == 2024).ToDictionary(r => r.Country, r => r.Budget);
            public static readonly Dictionary<(string Country, int Year), Money> Partly = WithGiven.ToDictionary(r => (r.Country, r.Year), r => r.Budget);
            public static readonly Dictionary<(string Country, int Year), Money> Rewritten = All.ToDictionary(r => (r.Country, r.Year), r => r.Budget);
            public static void Touch() => Rewritten[("CN", 2024)] = Money.Usd(2m);
        }
        """;

    [Fact]
    public Task Dictionary_made_by_ToDictionary_of_records_read_by_constant_keys_in_two_currencies_Reports() => Files.Verify(
        Rows,
        """
        using AiRace.Core;
        class Checks
        {
            Money A() => {|AIR0001:Staged.ByCountryYear[("CN", 2024)] - Staged.ByCountryYear[("US", 2024)]|};
            bool B() => {|AIR0001:Staged.ByCountry["CN"] > Staged.ByCountry["US"]|};
            Money C() => {|AIR0001:Staged.ByCountryYear[("CN", 2025)] + Money.Usd(1m)|};
        }
        """);

    [Fact]
    public Task Dictionary_made_by_ToDictionary_of_one_currency_per_key_unknown_or_written_DoesNotReport() => Files.Verify(
        Rows,
        """
        using AiRace.Core;
        class Checks
        {
            Money A() => Staged.ByCountryYear[("US", 2025)] - Staged.ByCountryYear[("US", 2024)];
            Money B() => Staged.ByCountryYear[("CN", 2025)] + Staged.ByCountryYear[("CN", 2024)];
            Money C() => Staged.Partly[("US", 2024)] - Money.Cny(1m);
            Money D() => Staged.Rewritten[("CN", 2024)] - Money.Usd(1m);
            bool E(string country) => Staged.ByCountry[country] > Staged.ByCountry["US"];
            Money F() => Staged.ByCountryYear[("CN", 2024)] - Money.Cny(1m);
        }
        """);

    private const string Book = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public sealed class RateBook
        {
            private static readonly RateSeries Desk = new("desk", "Desk fixings", "Desk", RatePeriod.Day);
            private static readonly DateOnly End2023 = new(2023, 12, 29);
            private static readonly DateOnly End2024 = new(2024, 12, 31);
            private readonly SortedList<DateOnly, ExchangeRate> _cnyToUsd = new()
            {
                [End2023] = new ExchangeRate(Currency.CNY, Currency.USD, 0.1408m, End2023, Desk),
                [End2024] = new ExchangeRate(Currency.CNY, Currency.USD, 0.1370m, End2024, Desk),
            };
            private readonly Dictionary<DateOnly, ExchangeRate> _mixed = new()
            {
                [End2023] = new ExchangeRate(Currency.CNY, Currency.USD, 0.1408m, End2023, Desk),
                [End2024] = new ExchangeRate(Currency.EUR, Currency.USD, 1.0389m, End2024, Desk),
            };
            private readonly Dictionary<DateOnly, ExchangeRate> _refilled = new()
            {
                [End2023] = new ExchangeRate(Currency.CNY, Currency.USD, 0.1408m, End2023, Desk),
            };
            private readonly ExchangeRate[] _yenToUsd = [new ExchangeRate(Currency.JPY, Currency.USD, 0.0066m, End2024, Desk)];
            public static DateOnly Close => End2024;
            public ExchangeRate YuanRate(DateOnly on) => _cnyToUsd[on];
            public Money YuanToUsd(Money yuan, DateOnly on) => _cnyToUsd[on].Convert(yuan).Result;
            public Money YuanToUsdAt(Money yuan, DateOnly on) => yuan.ConvertAt(_cnyToUsd[on]).Result;
            public Money YenToUsd(Money yen) => _yenToUsd[0].Convert(yen).Result;
            public Money MixedToUsd(Money m, DateOnly on) => _mixed[on].Convert(m).Result;
            public Money RefilledToUsd(Money m, DateOnly on) => _refilled[on].Convert(m).Result;
            public void Refill(ExchangeRate rate) => _refilled[End2024] = rate;
            public Money Rewritten(Money yuan, DateOnly on) { yuan = Money.Usd(1m); return _cnyToUsd[on].Convert(yuan).Result; }
        }
        public static class Ceilings
        {
            public static readonly Money BigFund = Money.Cny(344m);
            public static readonly Money Chips = Money.Usd(39m);
            public static readonly Money Eu = Money.Eur(43m);
        }
        """;

    [Fact]
    public Task Conversion_at_a_rate_kept_in_a_collection_of_rates_of_two_known_currencies_Reports() => Files.Verify(
        Book,
        """
        using AiRace.Core;
        class Checks
        {
            static readonly RateBook Book = new();
            Money A() => {|AIR0001:Ceilings.Eu + Book.YuanToUsd(Ceilings.BigFund, RateBook.Close)|};
            Money B() => {|AIR0001:Book.YuanToUsd(Ceilings.BigFund, RateBook.Close) - Ceilings.BigFund|};
            bool C() => {|AIR0001:Book.YuanRate(RateBook.Close).Inverse().Convert(Ceilings.Chips).Result > Ceilings.Eu|};
            Money D() => {|AIR0001:Book.YuanToUsdAt(Ceilings.BigFund, RateBook.Close) - Ceilings.Eu|};
            Money E() => {|AIR0001:Book.YenToUsd(Money.Jpy(1m)) + Ceilings.BigFund|};
            Money F() => {|AIR0001:Book.YuanToUsd(Ceilings.Chips, RateBook.Close) - Ceilings.Chips|};
        }
        """);

    [Fact]
    public Task Conversion_at_a_kept_rate_in_the_target_currency_or_of_rates_not_certain_DoesNotReport() => Files.Verify(
        Book,
        """
        using AiRace.Core;
        class Checks
        {
            static readonly RateBook Book = new();
            Money A() => Book.YuanToUsd(Ceilings.BigFund, RateBook.Close) + Ceilings.Chips;
            bool B() => Book.YuanRate(RateBook.Close).Inverse().Convert(Ceilings.Chips).Result > Ceilings.BigFund;
            Money C() => Book.MixedToUsd(Ceilings.BigFund, RateBook.Close) - Ceilings.BigFund;
            Money D() => Book.RefilledToUsd(Ceilings.BigFund, RateBook.Close) - Ceilings.BigFund;
            Money E() => Book.Rewritten(Ceilings.BigFund, RateBook.Close) - Ceilings.BigFund;
            Money F(Money given) => Book.YuanToUsd(given, RateBook.Close) - Ceilings.BigFund;
            Money G() => Book.YuanToUsd(Ceilings.Eu, RateBook.Close) - Ceilings.BigFund;
        }
        """);

    private const string Comparing = """
        using System;
        using System.Collections.Generic;
        using AiRace.Core;
        public static class Pick
        {
            public static T Larger<T>(T a, T b) where T : IComparable<T> => a.CompareTo(b) >= 0 ? a : b;
            public static bool Above<T>(T a, T b) where T : IComparable<T> { return a.CompareTo(b) > 0; }
            public static T Rewritten<T>(T a, T b) where T : IComparable<T> { a = b; return a.CompareTo(b) >= 0 ? a : b; }
            public static T ByComparer<T>(T a, T b) => Comparer<T>.Default.Compare(a, b) >= 0 ? a : b;
            public static T InLambda<T>(T a, T b) where T : IComparable<T> { Func<bool> later = () => a.CompareTo(b) > 0; return a; }
        }
        """;

    [Fact]
    public Task Generic_method_comparing_its_IComparable_parameters_given_two_currencies_Reports() => Files.Verify(
        Comparing,
        """
        using AiRace.Core;
        class Checks
        {
            Money A() => {|AIR0001:Pick.Larger(Money.Cny(1m), Money.Usd(1m))|};
            bool B() => {|AIR0001:Pick.Above(Money.Eur(1m), Money.Usd(1m))|};
        }
        """);

    [Fact]
    public Task Generic_method_comparing_its_IComparable_parameters_in_one_currency_or_not_followed_DoesNotReport() => Files.Verify(
        Comparing,
        """
        using AiRace.Core;
        class Checks
        {
            Money A() => Pick.Larger(Money.Cny(1m), Money.Cny(2m));
            int B() => Pick.Larger(3, 4);
            Money C() => Pick.Rewritten(Money.Cny(1m), Money.Usd(1m));
            Money D() => Pick.ByComparer(Money.Cny(1m), Money.Usd(1m));
            Money E() => Pick.InLambda(Money.Cny(1m), Money.Usd(1m));
            Money F(Money given) => Pick.Larger(given, Money.Usd(1m));
        }
        """);

    private const string Bands = """
        using AiRace.Core;
        public sealed class Between(Money low, Money high)
        {
            public bool IsSatisfiedBy(Money candidate) => candidate > low && candidate < high;
        }
        public sealed class Loose(Money low)
        {
            public bool IsSatisfiedBy(Money candidate) => candidate > low;
            public void Lower() => low = Money.Zero(low.Currency);
        }
        public static class Ceilings
        {
            public static readonly Money BigFund = Money.Cny(344m);
        }
        public static class Bands
        {
            public static bool WithinChineseBand(Money m) => new Between(Money.Cny(10m), Ceilings.BigFund).IsSatisfiedBy(m);
            public static bool WithinDollarBand(Money m) { return new Between(Money.Usd(1m), Money.Usd(9m)).IsSatisfiedBy(m); }
            public static bool Rewritten(Money m) { m = Money.Cny(1m); return new Between(Money.Cny(10m), Ceilings.BigFund).IsSatisfiedBy(m); }
            public static bool Sometimes(Money m, bool check) => check && new Between(Money.Cny(10m), Ceilings.BigFund).IsSatisfiedBy(m);
            public static bool Given(Money m, Money floor) => new Between(floor, Ceilings.BigFund).IsSatisfiedBy(m);
            public static bool Lowered(Money m) => new Loose(Money.Cny(10m)).IsSatisfiedBy(m);
        }
        """;

    [Fact]
    public Task Parameter_handed_to_a_specification_made_in_the_body_given_another_currency_Reports() => Files.Verify(
        Bands,
        """
        using AiRace.Core;
        class Checks
        {
            bool A() => {|AIR0001:Bands.WithinChineseBand(Money.Usd(39m))|};
            bool B() => {|AIR0001:Bands.WithinDollarBand(Money.Eur(3m))|};
        }
        """);

    [Fact]
    public Task Parameter_handed_to_a_specification_made_in_the_body_in_its_currency_or_not_followed_DoesNotReport() => Files.Verify(
        Bands,
        """
        using AiRace.Core;
        class Checks
        {
            bool A() => Bands.WithinChineseBand(Money.Cny(39m));
            bool B() => Bands.WithinDollarBand(Money.Usd(3m));
            bool C() => Bands.Rewritten(Money.Usd(39m));
            bool D() => Bands.Sometimes(Money.Usd(39m), true);
            bool E(Money floor) => Bands.Given(Money.Usd(39m), floor);
            bool F() => Bands.Lowered(Money.Usd(39m));
            bool G(Money given) => Bands.WithinChineseBand(given);
        }
        """);
}

using System.Threading.Tasks;
using Xunit;
using Fix = AiRace.Analyzers.CodeFixes.UnitStrippingCodeFixProvider;
using VerifyMismatch = AiRace.Analyzers.Tests.Verify<AiRace.Analyzers.CurrencyMismatchRule>;
using VerifyStripping = AiRace.Analyzers.Tests.Verify<AiRace.Analyzers.UnitStrippingRule>;

namespace AiRace.Analyzers.Tests;

/// <summary>
/// The adversarial review of stop 64's analyzer work (stop 65): each reporting or silent test here failed before its
/// fix. A helper's predicate that stops at the first element it settles (<c>Any</c>, <c>First</c>) was taken as comparing
/// every element of its collection parameter, so a collection of two currencies was reported though the other one may
/// never be met; a range variable the compiler nests in the carried objects of a query of three clauses or more
/// (<c>from d in dollars from n in names join cap in caps …</c> reads <c>d</c> as <c>x.t.d</c>) was not followed;
/// <c>ExchangeRate.Cross</c> of legs whose currencies are known, and the rate a table's <c>TryGetRate</c> gives an
/// <c>out</c> local, were not followed as the table's <c>GetRate</c> is; AIR0004's fix of a sum in parentheses
/// kept them around the <c>(a - b).Amount</c> it wrote (<c>((a - b).Amount) / c.Amount</c>).
/// </summary>
public class Stop65ReviewTests
{
    private const string Helpers = """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public static class Helpers
        {
            public static bool AnyAbove(this IEnumerable<Money> source, Money floor) => source.Any(m => m > floor);
            public static Money FirstAbove(this IEnumerable<Money> source, Money floor) => source.First(m => m > floor);
            public static bool AllAbove(this IEnumerable<Money> source, Money floor) => source.All(m => m > floor);
            public static int CountAbove(this IEnumerable<Money> source, Money floor) => source.Count(m => m > floor);
            public static IEnumerable<Money> Above(this IEnumerable<Money> source, Money floor) => source.Where(m => m > floor);
        }
        """;

    // Any stops at the yuan above the floor: the dollar is never compared (it was reported)
    [Fact]
    public Task Predicate_that_stops_early_over_a_collection_of_two_currencies_DoesNotReport() => Files.Verify(
        Helpers,
        """
        using AiRace.Core;
        class Checks
        {
            static readonly Money[] Mixed = [Money.Cny(5m), Money.Usd(1m)];
            bool Any() => Mixed.AnyAbove(Money.Cny(1m));
            Money First() => Mixed.FirstAbove(Money.Cny(1m));
            bool All() => Mixed.AllAbove(Money.Cny(10m));
        }
        """);

    // the twin: Count and Where compare every element with the floor; a collection all in another currency than the
    // floor still mixes at the first comparison, whatever the predicate
    [Fact]
    public Task Predicate_over_every_element_of_two_currencies_or_one_other_currency_Reports() => Files.Verify(
        Helpers,
        """
        using System.Collections.Generic;
        using AiRace.Core;
        class Checks
        {
            static readonly Money[] Mixed = [Money.Cny(5m), Money.Usd(1m)];
            static readonly Money[] Yuan = [Money.Cny(5m), Money.Cny(1m)];
            int Count() => {|AIR0001:Mixed.CountAbove(Money.Cny(1m))|};
            IEnumerable<Money> Where() => {|AIR0001:Mixed.Above(Money.Cny(1m))|};
            bool Any() => {|AIR0001:Yuan.AnyAbove(Money.Usd(1m))|};
        }
        """);

    private const string Queries = """
        using System.Collections.Generic;
        using AiRace.Core;
        public static class Tables
        {
            public static readonly Dictionary<string, Money> PoundCaps = new() { ["Isambard-AI"] = Money.Millions(250m, Currency.GBP), ["Dawn"] = Money.Millions(100m, Currency.GBP) };
            public static readonly Money[] Dollars = [Money.Millions(300m, Currency.CAD), Money.Millions(240m, Currency.CAD)];
            public static readonly List<Money> Growing = [Money.Millions(300m, Currency.CAD)];
            public static readonly string[] Names = ["a", "b"];
            public static void Grow() => Growing.Add(Money.Millions(1m, Currency.GBP));
        }
        """;

    // from-from-join: the join's objects carry the SelectMany's ({ t = { d, n }, cap }); d is read as x.t.d
    [Fact]
    public Task Range_variable_nested_in_carried_objects_in_another_currency_Reports() => Files.Verify(
        Queries,
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Checks
        {
            IEnumerable<string> Joined() => from d in Tables.Dollars from n in Tables.Names join cap in Tables.PoundCaps on n equals cap.Key where {|AIR0001:d > cap.Value|} select n;
            IEnumerable<string> Three() => from d in Tables.Dollars from n in Tables.Names from m in Tables.Names where {|AIR0001:d > Tables.PoundCaps["Dawn"]|} select n + m;
            IEnumerable<string> Pair() => from cap in Tables.PoundCaps from n in Tables.Names from m in Tables.Names where {|AIR0001:cap.Value > Tables.Dollars[0]|} select n + m;
        }
        """);

    [Fact]
    public Task Range_variable_nested_in_carried_objects_in_its_currency_or_of_a_list_written_later_DoesNotReport() => Files.Verify(
        Queries,
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Checks
        {
            IEnumerable<string> Joined() => from d in Tables.Dollars from n in Tables.Names join cap in Tables.PoundCaps on n equals cap.Key where d > Tables.Dollars[1] && cap.Value > Tables.PoundCaps["Dawn"] select n;
            IEnumerable<string> Growing() => from d in Tables.Growing from n in Tables.Names from m in Tables.Names where d > Tables.PoundCaps["Dawn"] select n + m;
            IEnumerable<string> Given(IEnumerable<Money> given) => from d in given from n in Tables.Names from m in Tables.Names where d > Tables.PoundCaps["Dawn"] select n + m;
            IEnumerable<string> Let() => from d in Tables.Dollars from n in Tables.Names let e = Tables.PoundCaps[n] from m in Tables.Names where e > Tables.PoundCaps["Dawn"] select n + m;
        }
        """);

    private const string Rates = """
        using System;
        using AiRace.Core;
        static class Figures
        {
            public static readonly DateOnly YearEnd = new(2024, 12, 31);
            public static readonly Money Canada = Money.Billions(2m, Currency.CAD);
            public static readonly Money Stargate = Money.Billions(100m, Currency.USD);
            public static readonly Money Airr = Money.Billions(1m, Currency.GBP);
        }
        """;

    [Fact]
    public Task Conversion_at_a_cross_of_table_rates_or_a_rate_TryGetRate_gives_in_another_currency_Reports() => VerifyMismatch.Diagnostics(Rates + """
        class Checks
        {
            bool Cross(ExchangeRateTable table) =>
                {|AIR0001:ExchangeRate.Cross(table.GetRate(Currency.CAD, Currency.EUR, Figures.YearEnd, RateLookup.ExactDate), table.GetRate(Currency.EUR, Currency.USD, Figures.YearEnd, RateLookup.ExactDate)).Convert(Figures.Canada).Result > Figures.Airr|};

            bool Tried(ExchangeRateTable table) =>
                table.TryGetRate(Currency.CAD, Currency.USD, Figures.YearEnd, RateLookup.ExactDate, out var rate) && {|AIR0001:rate.Convert(Figures.Canada).Result > Figures.Airr|};

            bool Unchecked(ExchangeRateTable table)
            {
                table.TryGetRate(Currency.USD, Currency.CAD, Figures.YearEnd, RateLookup.ExactDate, out ExchangeRate rate);
                return {|AIR0001:Figures.Canada.ConvertAt(rate.Inverse()).Result < Figures.Airr|};
            }
        }
        """);

    [Fact]
    public Task Conversion_at_a_cross_or_a_tried_rate_in_its_currency_or_not_certain_DoesNotReport() => VerifyMismatch.NoDiagnostics(Rates + """
        class Checks
        {
            bool Cross(ExchangeRateTable table) =>
                ExchangeRate.Cross(table.GetRate(Currency.CAD, Currency.EUR, Figures.YearEnd, RateLookup.ExactDate), table.GetRate(Currency.EUR, Currency.USD, Figures.YearEnd, RateLookup.ExactDate)).Convert(Figures.Canada).Result > Figures.Stargate;

            bool Unknown(ExchangeRateTable table, ExchangeRate leg) =>
                ExchangeRate.Cross(leg, table.GetRate(Currency.EUR, Currency.USD, Figures.YearEnd, RateLookup.ExactDate)).Convert(Figures.Canada).Result > Figures.Airr;

            bool Tried(ExchangeRateTable table) =>
                table.TryGetRate(Currency.CAD, Currency.USD, Figures.YearEnd, RateLookup.ExactDate, out var rate) && rate.Convert(Figures.Canada).Result > Figures.Stargate;

            bool Replaced(ExchangeRateTable table)
            {
                if (!table.TryGetRate(Currency.CAD, Currency.USD, Figures.YearEnd, RateLookup.ExactDate, out var rate))
                {
                    rate = new ExchangeRate(Currency.CAD, Currency.GBP, 0.55m, Figures.YearEnd, RateSeries.Identity);
                }

                return rate.Convert(Figures.Canada).Result > Figures.Airr;
            }

            bool Provider(IExchangeRateProvider rates) =>
                rates.TryGetRate(Currency.CAD, Currency.USD, Figures.YearEnd, RateLookup.ExactDate, out var rate) && rate.Convert(Figures.Canada).Result > Figures.Airr;
        }
        """);

    // (a.Amount - b.Amount) / c.Amount, a rate the fix leaves on amounts: the sum's parentheses go with it, as the member
    // access (a - b).Amount needs none (they stayed: ((a - b).Amount) / c.Amount)
    [Fact]
    public Task Sum_in_parentheses_is_fixed_without_them_Fix() => VerifyStripping.Fix<Fix>("""
        using AiRace.Core;
        class C
        {
            static readonly Money Yuan = Money.Cny(7_200m);
            static readonly Money Fees = Money.Cny(20m);
            static readonly Money Dollars = Money.Usd(1_000m);

            decimal Rate() => ({|AIR0004:Yuan.Amount - Fees.Amount|}) / Dollars.Amount;
            decimal Scaled(decimal rate, Money a, Money b) => rate * ({|AIR0004:a.Amount - b.Amount|});
            double Cast(Money a, Money b) => (double)({|AIR0004:a.Amount - b.Amount|});
        }
        """, """
        using AiRace.Core;
        class C
        {
            static readonly Money Yuan = Money.Cny(7_200m);
            static readonly Money Fees = Money.Cny(20m);
            static readonly Money Dollars = Money.Usd(1_000m);

            decimal Rate() => (Yuan - Fees).Amount / Dollars.Amount;
            decimal Scaled(decimal rate, Money a, Money b) => rate * (a - b).Amount;
            double Cast(Money a, Money b) => (double)(a - b).Amount;
        }
        """);

    // the twin: parentheses with a comment inside stay, the comment with them
    [Fact]
    public Task Sum_in_parentheses_holding_a_comment_keeps_them_Fix() => VerifyStripping.Fix<Fix>("""
        using AiRace.Core;
        class C
        {
            decimal Scaled(decimal rate, Money a, Money b) => rate * (/* net */ {|AIR0004:a.Amount - b.Amount|});
        }
        """, """
        using AiRace.Core;
        class C
        {
            decimal Scaled(decimal rate, Money a, Money b) => rate * (/* net */ (a - b).Amount);
        }
        """);
}

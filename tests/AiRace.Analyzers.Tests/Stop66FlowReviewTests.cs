using System.Threading.Tasks;
using Xunit;

namespace AiRace.Analyzers.Tests;

/// <summary>
/// The adversarial review of AIR0001's currency flow in stop 66 (issue 12: no AIR0001 must mean no currency mixing, with
/// no false report), beyond the stop 65 review: two known misses that review left (a rate <c>TryGetRate</c> gives a local
/// declared before the call; a collection of a dictionary three deep read by constant keys), each reporting where its
/// currency is certain, with silent twins where a second write, another table, a comparer, a write of the collection or
/// an unknown currency leaves it open; and odd code of both forms without AD0001.
/// </summary>
public class Stop66FlowReviewTests
{
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
    public Task Rate_TryGetRate_gives_a_local_declared_before_the_call_in_another_currency_Reports() => Files.Verify(
        Rates,
        """
        using AiRace.Core;
        class Checks
        {
            bool Declared(ExchangeRateTable table)
            {
                ExchangeRate rate;
                if (!table.TryGetRate(Currency.CAD, Currency.USD, Figures.YearEnd, RateLookup.ExactDate, out rate))
                {
                    return false;
                }

                return {|AIR0001:rate.Convert(Figures.Canada).Result > Figures.Airr|};
            }

            bool Unchecked(ExchangeRateTable table)
            {
                ExchangeRate rate;
                table.TryGetRate(Currency.USD, Currency.CAD, Figures.YearEnd, RateLookup.ExactDate, out rate);
                return {|AIR0001:Figures.Canada.ConvertAt(rate.Inverse()).Result < Figures.Airr|};
            }
        }
        """);

    [Fact]
    public Task Rate_given_a_local_declared_before_TryGetRate_in_its_currency_or_written_again_DoesNotReport() => Files.Verify(
        Rates,
        """
        using System;
        using AiRace.Core;
        class Checks
        {
            bool Same(ExchangeRateTable table)
            {
                ExchangeRate rate;
                return table.TryGetRate(Currency.CAD, Currency.USD, Figures.YearEnd, RateLookup.ExactDate, out rate) && rate.Convert(Figures.Canada).Result > Figures.Stargate;
            }

            bool Replaced(ExchangeRateTable table)
            {
                ExchangeRate rate;
                if (!table.TryGetRate(Currency.CAD, Currency.USD, Figures.YearEnd, RateLookup.ExactDate, out rate))
                {
                    rate = new ExchangeRate(Currency.CAD, Currency.GBP, 0.55m, Figures.YearEnd, RateSeries.Identity);
                }

                return rate.Convert(Figures.Canada).Result > Figures.Airr;
            }

            bool Twice(ExchangeRateTable table)
            {
                ExchangeRate rate;
                if (!table.TryGetRate(Currency.CAD, Currency.USD, Figures.YearEnd, RateLookup.ExactDate, out rate))
                {
                    table.TryGetRate(Currency.CAD, Currency.GBP, Figures.YearEnd, RateLookup.ExactDate, out rate);
                }

                return rate.Convert(Figures.Canada).Result > Figures.Airr;
            }

            bool Closure(ExchangeRateTable table, ExchangeRate other)
            {
                ExchangeRate rate;
                table.TryGetRate(Currency.CAD, Currency.USD, Figures.YearEnd, RateLookup.ExactDate, out rate);
                Action reset = () => rate = other;
                reset();
                return rate.Convert(Figures.Canada).Result > Figures.Airr;
            }

            bool Provider(IExchangeRateProvider rates)
            {
                ExchangeRate rate;
                return rates.TryGetRate(Currency.CAD, Currency.USD, Figures.YearEnd, RateLookup.ExactDate, out rate) && rate.Convert(Figures.Canada).Result > Figures.Airr;
            }

            bool Given(ExchangeRateTable table, ExchangeRate given)
            {
                ExchangeRate rate = given;
                table.TryGetRate(Currency.CAD, Currency.USD, Figures.YearEnd, RateLookup.ExactDate, out rate);
                return rate.Convert(Figures.Canada).Result > Figures.Airr;
            }

            bool Looped(ExchangeRateTable table, Currency[] quotes)
            {
                ExchangeRate rate = default;
                foreach (var quote in quotes)
                {
                    table.TryGetRate(Currency.CAD, quote, Figures.YearEnd, RateLookup.ExactDate, out rate);
                }

                return rate.Convert(Figures.Canada).Result > Figures.Airr;
            }
        }
        """);

    [Fact]
    public Task Collection_of_a_dictionary_three_deep_read_by_constant_keys_in_another_currency_Reports() => Files.Verify(
        """
        using System.Collections.Generic;
        using AiRace.Core;
        public static class Plans
        {
            public static readonly Dictionary<string, Dictionary<string, List<Money>>> ByDesk = new()
            {
                ["cn"] = new() { ["airr"] = [Money.Cny(1m)], ["compute"] = [Money.Usd(1m)] },
                ["us"] = new() { ["airr"] = [Money.Usd(2m)] },
            };
        }
        """,
        """
        using System.Linq;
        using AiRace.Core;
        class Checks
        {
            bool Largest() => {|AIR0001:Plans.ByDesk["cn"]["airr"].Max() > Money.Usd(1m)|};
            bool First() => {|AIR0001:Plans.ByDesk["cn"]["airr"][0] > Money.Usd(1m)|};
            bool Same() => Plans.ByDesk["cn"]["compute"].Max() > Money.Usd(1m) && Plans.ByDesk["us"]["airr"][0] > Money.Usd(1m);
            bool Any(string desk) => Plans.ByDesk[desk]["airr"].Max() > Money.Usd(1m);
            bool Counted() => Plans.ByDesk.ContainsKey("uk") || Plans.ByDesk["cn"].Count > 2 || Plans.ByDesk["us"].ContainsKey("airr");
        }
        """);

    [Fact]
    public Task Collection_of_a_dictionary_three_deep_written_replaced_or_compared_otherwise_DoesNotReport() => Files.Verify(
        """
        using System;
        using System.Collections.Generic;
        using AiRace.Core;
        public static class Plans
        {
            public static readonly Dictionary<string, Dictionary<string, List<Money>>> Replaced = new() { ["cn"] = new() { ["airr"] = [Money.Cny(1m)] } };
            public static readonly Dictionary<string, Dictionary<string, Money[]>> Slots = new() { ["cn"] = new() { ["airr"] = [Money.Cny(1m)] } };
            public static readonly Dictionary<string, Dictionary<string, Dictionary<int, Money>>> Years = new() { ["cn"] = new() { ["airr"] = new() { [2024] = Money.Cny(1m) } } };
            public static readonly Dictionary<string, Dictionary<string, List<Money>>> Folded = new() { ["cn"] = new(StringComparer.OrdinalIgnoreCase) { ["airr"] = [Money.Cny(1m)], ["AIRR"] = [Money.Usd(1m)] } };
            public static readonly Dictionary<string, Dictionary<string, List<Money>>> SetTwice = new() { ["cn"] = new() { ["airr"] = [Money.Cny(1m)], ["airr"] = [Money.Usd(1m)] } };
            public static readonly Dictionary<string, Dictionary<string, List<Money>>> Handed = new() { ["cn"] = new() { ["airr"] = [Money.Cny(1m)] } };
            public static void Replace() => Replaced["cn"]["airr"] = [Money.Usd(1m)];
            public static void Slot() => Slots["cn"]["airr"][0] = Money.Usd(1m);
            public static void Year() => Years["cn"]["airr"][2024] = Money.Usd(1m);
            public static void Hand() => Fill(Handed["cn"]);
            private static void Fill(Dictionary<string, List<Money>> inner) => inner["airr"].Add(Money.Usd(1m));
        }
        """,
        """
        using System.Linq;
        using AiRace.Core;
        class Checks
        {
            bool Replaced() => Plans.Replaced["cn"]["airr"].Max() > Money.Usd(1m);
            bool Slot() => Plans.Slots["cn"]["airr"].Max() > Money.Usd(1m);
            bool Year() => Plans.Years["cn"]["airr"].Values.Max() > Money.Usd(1m);
            bool Folded() => Plans.Folded["cn"]["airr"].Max() > Money.Usd(1m);
            bool SetTwice() => Plans.SetTwice["cn"]["airr"].Max() > Money.Usd(1m);
            bool Handed() => Plans.Handed["cn"]["airr"].Max() > Money.Usd(1m);
        }
        """);

    [Theory]
    [InlineData("using System; using System.Linq; using System.Collections.Generic; using AiRace.Core; public static class P {     public static readonly Dictionary<string, Dictionary<string, List<Money>>> A = new() { [\"cn\"] = new() { [\"a\"] = [Money.Cny(1m)], [null!] = [], [\"b\"] = null! }, [\"x\"] = null!, [\"\"] = new() { { \"q\", new List<Money>() } } };     public static readonly Dictionary<string, Dictionary<string, List<Money>>> B = new() { { \"cn\", new() { { \"a\", [Money.Cny(1m)] } } } };     public static readonly Dictionary<string, Dictionary<string, List<Money>>> C = new() { [\"cn\"] = new() { [\"a\"] = [Money.Cny(1m), ] } , [\"d\"] = new(4) };     public static readonly Dictionary<int, Dictionary<int, Money[]>> D = new() { [1] = new() { [2] = new Money[2] } };     static bool M() => A[\"cn\"][\"a\"].Max() > Money.Usd(1m) && A[][\"a\"].Count > 0 && B[\"cn\"][\"a\"][0] > Money.Usd(1m) && C[\"cn\"][\"a\"].Max() > Money.Usd(1m) && D[1][2][0] > Money.Usd(1m) && A[\"cn\"][1].Any();     static bool N(ExchangeRateTable t) { ExchangeRate r, s; t.TryGetRate(Currency.CNY, Currency.USD, default, default, out r); t.TryGetRate(Currency.CNY, , default, default, out s); return r.Convert(Money.Cny(1m)).Result > Money.Usd(1m) && s.Convert(Money.Cny(1m)).Result > Money.Usd(1m); }     static bool O(ExchangeRateTable t) { ExchangeRate r; t.TryGetRate(Currency.CNY, Currency.USD, default, default, out r, out r); return r.Convert(Money.Cny(1m)).Result > Money.Usd(1m); }     static bool Q(ExchangeRateTable t) { using ExchangeRate r; t.TryGetRate(Currency.CNY, Currency.USD, default, default, out r); return r.Convert(Money.Cny(1m)).Result > Money.Usd(1m); } }")]
    [InlineData("using System; using AiRace.Core; var t = new ExchangeRateTable([]); ExchangeRate r; if (t.TryGetRate(Currency.USD, Currency.CNY, default, default, out r)) Console.WriteLine(r.Convert(Money.Cny(1m)).Result > Money.Usd(1m)); void L() { ExchangeRate q; t.TryGetRate(Currency.USD, Currency.CNY, default, default, out q); _ = q.Convert(Money.Usd(1m)).Result > Money.Usd(1m); }")]
    public async Task Broken_or_unusual_code_of_the_reviews_forms_does_not_crash(string source) => await AllRules.AnalyzeAsync(source);

    private const string YuanTuples = """
        using AiRace.Core;
        public static class Desks
        {
            public static readonly (string N, Money V)[] Arr = [("a", Money.Cny(1m)), ("b", Money.Cny(2m))];
            public static readonly Money UsdCap = Money.Usd(5m);
        }
        """;

    [Fact]
    public Task Tuple_element_of_a_sequence_filtered_to_one_currency_DoesNotReport() => Files.Verify(
        YuanTuples,
        """
        using System.Linq;
        using AiRace.Core;
        using static Desks;
        class Checks
        {
            bool Any() => Arr.Where(x => x.V.Currency == Currency.USD).Any(x => x.V > UsdCap);

            bool Loop()
            {
                foreach (var x in Arr.Where(x => x.V.Currency == Currency.USD))
                {
                    if (x.V > UsdCap) { return true; }
                }

                foreach (var (n, v) in Arr.Where(x => x.V.Currency.Code == "USD"))
                {
                    if (v > UsdCap) { return true; }
                }

                return false;
            }

            bool First() => Arr.Where(x => x.V.Currency == Currency.USD).Select(x => x.V).First() > UsdCap;

            Money Sum() => Arr.Where(x => x.V.Currency != Currency.CNY).Sum(x => x.V, Currency.USD);

            bool Anonymous() => Arr.Select(x => new { x.N, x.V }).Where(a => a.V.Currency == Currency.USD).Any(a => a.V > UsdCap);
        }
        """);

    [Fact]
    public Task Tuple_element_of_a_sequence_filtered_otherwise_in_another_currency_Reports() => Files.Verify(
        YuanTuples,
        """
        using System.Linq;
        using AiRace.Core;
        using static Desks;
        class Checks
        {
            bool Any() => Arr.Where(x => x.N == "a").Any(x => {|AIR0001:x.V > UsdCap|});

            bool First() => {|AIR0001:Arr.Where(x => x.N == "b").Select(x => x.V).First() > UsdCap|};
        }
        """);
}

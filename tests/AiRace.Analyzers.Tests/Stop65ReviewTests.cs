using System.Threading.Tasks;
using Xunit;

namespace AiRace.Analyzers.Tests;

/// <summary>
/// The adversarial review of stop 64's analyzer work (stop 65). Scratch candidates.
/// </summary>
public class Stop65ReviewTests
{
    [Fact]
    public Task S1_generic_holder_static_field_written_through_a_constructed_type_DoesNotReport() => Files.Verify(
        """
        using System;
        using AiRace.Core;
        public static class Holder<T>
        {
            public static Money Fee = Money.Millions(1m, Currency.GBP);
            public static readonly Func<Money, Money> Less = m => m - Fee;
        }
        public static class Setup
        {
            public static void Dollars() => Holder<int>.Fee = Money.Usd(1m);
        }
        """,
        """
        using AiRace.Core;
        class Checks
        {
            Money Less() => Holder<int>.Less(Money.Usd(1m));
        }
        """);

    [Fact]
    public Task S1b_generic_holder_static_field_read_directly_DoesNotReport() => Files.Verify(
        """
        using System;
        using AiRace.Core;
        public static class Holder<T>
        {
            public static Money Fee = Money.Millions(1m, Currency.GBP);
        }
        public static class Setup
        {
            public static void Dollars() => Holder<int>.Fee = Money.Usd(1m);
        }
        """,
        """
        using AiRace.Core;
        class Checks
        {
            bool Over() => Holder<int>.Fee > Money.Usd(1m);
        }
        """);

    [Fact]
    public Task S2_static_field_written_by_ref_DoesNotReport() => Files.Verify(
        """
        using System;
        using AiRace.Core;
        public static class Steps
        {
            public static Money Fee = Money.Millions(1m, Currency.GBP);
            public static readonly Func<Money, Money> Less = m => m - Fee;
            static void Set(ref Money target) => target = Money.Usd(1m);
            public static void Dollars() => Set(ref Fee);
        }
        """,
        """
        using AiRace.Core;
        class Checks
        {
            Money Less() => Steps.Less(Money.Usd(1m));
        }
        """);

    [Fact]
    public Task S3_static_settable_property_written_elsewhere_DoesNotReport() => Files.Verify(
        """
        using System;
        using AiRace.Core;
        public static class Steps
        {
            public static Money Fee { get; set; } = Money.Millions(1m, Currency.GBP);
            public static readonly Func<Money, Money> Less = m => m - Fee;
        }
        """,
        """
        using AiRace.Core;
        class Checks
        {
            void Switch() => Steps.Fee = Money.Usd(1m);
            Money Less() => Steps.Less(Money.Usd(1m));
        }
        """);

    [Fact]
    public Task S4_local_function_with_static_field_Reports() => Files.Verify(
        """
        using AiRace.Core;
        public static class Steps
        {
            public static readonly Money Fee = Money.Millions(1m, Currency.GBP);
        }
        """,
        """
        using AiRace.Core;
        class Checks
        {
            Money Less()
            {
                Money Net(Money m) => m - Steps.Fee;
                return {|AIR0001:Net(Money.Usd(1m))|};
            }
        }
        """);

    [Fact]
    public Task S6_delegate_field_reassigned_DoesNotReport() => Files.Verify(
        """
        using System;
        using AiRace.Core;
        public static class Steps
        {
            public static readonly Money Fee = Money.Millions(1m, Currency.GBP);
            public static Func<Money, Money> Less = m => m - Fee;
            public static void Plain() => Less = m => m;
        }
        """,
        """
        using AiRace.Core;
        class Checks
        {
            Money Less() => Steps.Less(Money.Usd(1m));
        }
        """);

    [Fact]
    public Task S7_static_field_of_instance_delegate_property_Reports() => Files.Verify(
        """
        using System;
        using AiRace.Core;
        public sealed class Steps
        {
            public static readonly Money Fee = Money.Millions(1m, Currency.GBP);
            public Func<Money, bool> Above { get; } = m => m > Fee;
        }
        """,
        """
        using AiRace.Core;
        class Checks
        {
            bool Above(Steps steps) => {|AIR0001:steps.Above(Money.Usd(1m))|};
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

    [Fact]
    public Task C1_range_variable_carried_through_a_join_Reports() => Files.Verify(
        Queries,
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Checks
        {
            IEnumerable<string> Joined() => from d in Tables.Dollars from n in Tables.Names join cap in Tables.PoundCaps on n equals cap.Key where {|AIR0001:d > cap.Value|} select n;
            IEnumerable<string> Pair() => from cap in Tables.PoundCaps from n in Tables.Names where {|AIR0001:cap.Value > Tables.Dollars[0]|} select n;
            IEnumerable<string> Method() => Tables.Dollars.Select(d => new { d }).Where(x => {|AIR0001:x.d > Tables.PoundCaps["Dawn"]|}).Select(x => "");
        }
        """);

    [Fact]
    public Task C2_range_variable_carried_over_a_list_written_later_or_a_written_parameter_DoesNotReport() => Files.Verify(
        Queries,
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Checks
        {
            IEnumerable<string> Growing() => from d in Tables.Growing from n in Tables.Names where d > Tables.PoundCaps["Dawn"] select n;
            IEnumerable<string> Written() => Tables.Dollars.Select(d => { d = Money.Millions(1m, Currency.GBP); return new { d }; }).Where(x => x.d > Tables.PoundCaps["Dawn"]).Select(x => "");
            IEnumerable<string> Left() => from n in Tables.Names join cap in Tables.PoundCaps on n equals cap.Key into g from c in g.DefaultIfEmpty() from d in Tables.Dollars where c.Value > Tables.PoundCaps["Dawn"] select n;
            IEnumerable<string> Zipped() => Tables.Dollars.Zip(Tables.PoundCaps.Values, (d, p) => new { d, p }).Where(x => x.p > Tables.PoundCaps["Dawn"]).Select(x => "");
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
    public Task T1_table_rate_with_a_currency_not_certain_DoesNotReport() => VerifyMismatch(Rates + """
        class Checks
        {
            bool Branch(ExchangeRateTable table, bool flag)
            {
                var from = Currency.USD;
                if (flag) from = Currency.GBP;
                return table.GetRate(from, Currency.CAD, Figures.YearEnd, RateLookup.ExactDate).Inverse().Convert(Figures.Canada).Result > Figures.Airr;
            }

            bool Written(ExchangeRateTable table, bool flag)
            {
                var rate = table.GetRate(Currency.USD, Currency.CAD, Figures.YearEnd, RateLookup.ExactDate);
                if (flag) rate = table.GetRate(Currency.GBP, Currency.CAD, Figures.YearEnd, RateLookup.ExactDate);
                return Figures.Canada.ConvertAt(rate.Inverse()).Result > Figures.Airr;
            }

            bool Provider(ExchangeRateTable table)
            {
                IExchangeRateProvider provider = table;
                return provider.GetRate(Currency.USD, Currency.CAD, Figures.YearEnd, RateLookup.ExactDate).Inverse().Convert(Figures.Canada).Result > Figures.Airr;
            }

            bool Identity(ExchangeRateTable table) =>
                table.GetRate(Currency.CAD, Currency.CAD, Figures.YearEnd, RateLookup.ExactDate).Convert(Figures.Canada).Result > Figures.Canada;

            bool Crossed(ExchangeRateTable table) =>
                table.CrossVia(Currency.EUR).GetRate(Currency.USD, Currency.CAD, Figures.YearEnd, RateLookup.ExactDate).Inverse().Convert(Figures.Canada).Result > Figures.Stargate;
        }
        """);

    [Fact]
    public Task T2_close_variants_of_a_table_rate_Reports() => VerifyMismatch(Rates + """
        class Checks
        {
            bool Named(ExchangeRateTable table) =>
                {|AIR0001:table.GetRate(to: Currency.USD, from: Currency.CAD, date: Figures.YearEnd, lookup: RateLookup.ExactDate).Convert(Figures.Canada).Result > Figures.Airr|};

            bool Crossed(ExchangeRateTable table) =>
                {|AIR0001:table.CrossVia(Currency.EUR).GetRate(Currency.USD, Currency.CAD, Figures.YearEnd, RateLookup.ExactDate).Inverse().Convert(Figures.Canada).Result > Figures.Airr|};

            bool Cross(ExchangeRateTable table) =>
                {|AIR0001:ExchangeRate.Cross(table.GetRate(Currency.CAD, Currency.EUR, Figures.YearEnd, RateLookup.ExactDate), table.GetRate(Currency.EUR, Currency.USD, Figures.YearEnd, RateLookup.ExactDate)).Convert(Figures.Canada).Result > Figures.Airr|};

            bool Tried(ExchangeRateTable table) =>
                table.TryGetRate(Currency.CAD, Currency.USD, Figures.YearEnd, RateLookup.ExactDate, out var rate) && {|AIR0001:rate.Convert(Figures.Canada).Result > Figures.Airr|};
        }
        """);

    private static Task VerifyMismatch(string source) => Verify<CurrencyMismatchRule>.Diagnostics(source);

    private const string Splits = """
        using AiRace.Core;
        public static class Splits
        {
            public static void Passed(Money total, out Money rebased) { rebased = total; Fill(out rebased); }
            public static void Adjusted(Money total, out Money rebased) { rebased = total; Adjust(ref rebased); }
            static void Fill(out Money m) => m = Money.Usd(1m);
            static void Adjust(ref Money m) => m = Money.Usd(1m);
        }
        """;

    [Fact]
    public Task O1_out_parameter_passed_on_or_by_ref_DoesNotReport() => Files.Verify(
        Splits,
        """
        using AiRace.Core;
        class Checks
        {
            bool Passed()
            {
                Splits.Passed(Money.Cny(1m), out var rebased);
                return rebased > Money.Usd(1m);
            }

            bool Adjusted()
            {
                Splits.Adjusted(Money.Cny(1m), out var rebased);
                return rebased > Money.Usd(1m);
            }
        }
        """);

    private const string Plans = """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public static class Plans
        {
            public static readonly Dictionary<string, Dictionary<string, List<Money>>> Deep = new() { ["cn"] = new() { ["a"] = [Money.Cny(1m)] } };
            public static readonly Dictionary<string, Dictionary<string, List<Money>>> Grown = new() { ["cn"] = new() { ["a"] = [Money.Cny(1m)] } };
            public static readonly Dictionary<string, Dictionary<string, List<Money>>> Looped = new() { ["cn"] = new() { ["a"] = [Money.Cny(1m)] } };
            public static readonly Dictionary<string, Dictionary<string, List<Money>>> Picked = new() { ["cn"] = new() { ["a"] = [Money.Cny(1m)] } };
            public static void Grow() => Grown["cn"]["a"].Add(Money.Usd(1m));
            public static void Loop() { foreach (var inner in Looped["cn"].Values) inner.Add(Money.Usd(1m)); }
            public static void Pick() => Picked["cn"].Values.First().Add(Money.Usd(1m));
        }
        """;

    [Fact]
    public Task N2_deep_dictionary_written_through_an_inner_list_DoesNotReport() => Files.Verify(
        Plans,
        """
        using System.Linq;
        using AiRace.Core;
        class Checks
        {
            bool Grown() => Plans.Grown["cn"]["a"].Max() > Money.Usd(1m);
            bool Looped() => Plans.Looped["cn"]["a"].Max() > Money.Usd(1m);
            bool Picked() => Plans.Picked["cn"]["a"].Max() > Money.Usd(1m);
        }
        """);

    private const string Helpers = """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public static class Helpers
        {
            public static bool AnyAbove(this IEnumerable<Money> source, Money floor) => source.Any(m => m > floor);
            public static Money FirstAbove(this IEnumerable<Money> source, Money floor) => source.First(m => m > floor);
            public static int CountAbove(this IEnumerable<Money> source, Money floor) => source.Count(m => m > floor);
        }
        """;

    [Fact]
    public Task H1_short_circuit_predicate_over_a_mixed_collection_DoesNotReport() => Files.Verify(
        Helpers,
        """
        using AiRace.Core;
        class Checks
        {
            static readonly Money[] Mixed = [Money.Cny(5m), Money.Usd(1m)];
            bool Any() => Mixed.AnyAbove(Money.Cny(1m));
            Money First() => Mixed.FirstAbove(Money.Cny(1m));
        }
        """);

    [Fact]
    public Task H2_predicate_over_every_element_of_a_mixed_collection_Reports() => Files.Verify(
        Helpers,
        """
        using AiRace.Core;
        class Checks
        {
            static readonly Money[] Mixed = [Money.Cny(5m), Money.Usd(1m)];
            int Count() => {|AIR0001:Mixed.CountAbove(Money.Cny(1m))|};
        }
        """);

    [Fact]
    public Task I1_collection_initializer_or_copy_constructor_writing_the_member_DoesNotReport() => Files.Verify(
        """
        using System.Collections;
        using System.Collections.Generic;
        using AiRace.Core;
        public sealed class Grant : IEnumerable<Money>
        {
            public Money Amount { get; set; } = Money.Cny(1m);
            public void Add(Money m) => Amount = m;
            public IEnumerator<Money> GetEnumerator() { yield return Amount; }
            IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
        }
        public sealed record Award(Money Amount)
        {
            private Award(Award other) => Amount = Money.Usd(1m);
        }
        """,
        """
        using AiRace.Core;
        class Checks
        {
            bool Added() => new Grant { Money.Usd(1m) }.Amount > Money.Usd(1m);
            bool Copied() => (new Award(Money.Cny(1m)) with { }).Amount > Money.Usd(1m);
        }
        """);

    [Theory]
    [InlineData("using System.Linq; using AiRace.Core; var q = from d in new[] { Money.Usd(1m) } from n in new[] { 1 } where d > Money.Cny(1m) select n; System.Console.WriteLine(q.Count());")]
    [InlineData("using System.Linq; using AiRace.Core; var q = from d in new[] { Money.Usd(1m) } from n in where d > Money.Cny(1m) select n;")]
    [InlineData("using System; using AiRace.Core; static Money Net(Money m) => m - Fee; Console.WriteLine(Net(Money.Usd(1m))); partial class Program { static Money Fee = Money.Cny(1m); }")]
    [InlineData("using System; using AiRace.Core; class C<T> { static Money Fee = Money.Cny(1m); static Func<Money, Money> F = m => m - C<int>.Fee; Money G() => F(Money.Usd(1m)); }")]
    [InlineData("using System; using AiRace.Core; class C { static Func<Money, Money> F = m => m - Fee; static Money Fee => F(Money.Usd(1m)); Money G() => F(Money.Usd(1m)); }")]
    [InlineData("using AiRace.Core; class C { static void S(Money t, out Money r) { S(t, out r); } bool G() { S(Money.Usd(1m), out var r); return r > Money.Cny(1m); } }")]
    [InlineData("using AiRace.Core; class C { static void S(Money t, out Money r) => r = t; bool G() { S(Money.Usd(1m), out var r, 3); return r > Money.Cny(1m); } }")]
    [InlineData("using AiRace.Core; record A(Money M) : B(M); record B(Money M) : A(M); class C { bool G(A a) => a.M > Money.Cny(1m); }")]
    [InlineData("using System; using AiRace.Core; class C { bool G(ExchangeRateTable t) => t.GetRate(Currency.USD, ).Convert(Money.Cny(1m)).Result > Money.Usd(1m); }")]
    [InlineData("using System; using AiRace.Core; class C { bool G(ExchangeRate r) => r.Inverse().Inverse().Inverse().Convert(Money.Cny(1m)).Result > Money.Usd(1m); }")]
    [InlineData("using System.Collections.Generic; using System.Linq; using AiRace.Core; class C { static Dictionary<string, Dictionary<string, Dictionary<string, List<Money>>>> D = new() { [\"a\"] = new() { [\"b\"] = new() { [\"c\"] = [Money.Usd(1m)] } } }; bool G() => D[\"a\"][\"b\"][\"c\"][0] > Money.Cny(1m) && D[\"a\"][\"b\"][\"c\"].Max() > Money.Cny(1m); }")]
    public Task Odd_code_does_not_throw(string source) => AllRules.AnalyzeAsync(source);
}

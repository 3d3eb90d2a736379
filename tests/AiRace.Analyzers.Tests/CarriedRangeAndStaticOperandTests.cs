using System.Threading.Tasks;
using Xunit;
using VerifyMismatch = AiRace.Analyzers.Tests.Verify<AiRace.Analyzers.CurrencyMismatchRule>;

namespace AiRace.Analyzers.Tests;

/// <summary>
/// AIR0001 through the forms stop 64 added that its review left without tests of their own (stop 65): a delegate's lambda
/// or a local function combining its money parameter with a static field or property (CurrencyFlow.StaticOperands), a
/// range variable carried by a query's anonymous objects (CurrencyFlow.CarriedRanges), a rate of the library's table,
/// and the neighbours of the other forms (an out parameter passed on, a dictionary three deep, a member an initializer's
/// <c>Add</c> or a copy constructor writes). Each reports where the currency is certain and stays silent where a write
/// elsewhere, a reassigned delegate, a shadowing local or an unknown value leaves it open; none throws on odd code.
/// </summary>
public class CarriedRangeAndStaticOperandTests
{
    [Fact]
    public Task Local_function_or_delegate_member_combining_its_parameter_with_a_static_member_in_another_currency_Reports() => Files.Verify(
        """
        using System;
        using AiRace.Core;
        public sealed class Steps
        {
            public static readonly Money Fee = Money.Millions(1m, Currency.GBP);
            public static Money Floor => Money.Millions(2m, Currency.GBP);
            public Func<Money, bool> Above { get; } = m => m > Fee;
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

            bool Floor()
            {
                bool Under(Money m) => Steps.Floor > m;
                return {|AIR0001:Under(Money.Usd(1m))|};
            }

            bool Above(Steps steps) => {|AIR0001:steps.Above(Money.Usd(1m))|};
        }
        """);

    [Fact]
    public Task Static_member_written_elsewhere_by_ref_through_a_constructed_type_or_a_reassigned_delegate_DoesNotReport() => Files.Verify(
        """
        using System;
        using AiRace.Core;
        public static class Holder<T>
        {
            public static Money Fee = Money.Millions(1m, Currency.GBP);
            public static readonly Func<Money, Money> Less = m => m - Fee;
        }
        public static class Steps
        {
            public static Money Fee = Money.Millions(1m, Currency.GBP);
            public static Money Settable { get; set; } = Money.Millions(1m, Currency.GBP);
            public static readonly Money Fixed = Money.Millions(1m, Currency.GBP);
            public static readonly Func<Money, Money> Less = m => m - Fee;
            public static readonly Func<Money, Money> LessSettable = m => m - Settable;
            public static Func<Money, Money> Reassigned = m => m - Fixed;
            public static readonly Func<Money, Money> Shadowed = m => { var Fixed = m; return m - Fixed; };
            static void Set(ref Money target) => target = Money.Usd(1m);
            public static void Dollars()
            {
                Set(ref Fee);
                Holder<int>.Fee = Money.Usd(1m);
                Reassigned = m => m;
            }
        }
        """,
        """
        using AiRace.Core;
        class Checks
        {
            void Switch() => Steps.Settable = Money.Usd(1m);
            Money Holder() => Holder<int>.Less(Money.Usd(1m));
            bool Direct() => Holder<int>.Fee > Money.Usd(1m);
            Money ByRef() => Steps.Less(Money.Usd(1m));
            Money Settable() => Steps.LessSettable(Money.Usd(1m));
            Money Reassigned() => Steps.Reassigned(Money.Usd(1m));
            Money Shadowed() => Steps.Shadowed(Money.Usd(1m));
            Money Local()
            {
                var fee = Money.Usd(2m);
                Money Net(Money m) => m - fee;
                return Net(Money.Usd(1m));
            }
        }
        """);

    private const string Queries = """
        using System.Collections.Generic;
        using AiRace.Core;
        public static class Tables
        {
            public static readonly Dictionary<string, Money> PoundCaps = new() { ["Isambard-AI"] = Money.Millions(250m, Currency.GBP), ["Dawn"] = Money.Millions(100m, Currency.GBP) };
            public static readonly Money[] Dollars = [Money.Millions(300m, Currency.CAD), Money.Millions(240m, Currency.CAD)];
            public static readonly string[] Names = ["a", "b"];
        }
        """;

    [Fact]
    public Task Range_variable_or_pair_carried_by_a_query_or_an_anonymous_object_in_another_currency_Reports() => Files.Verify(
        Queries,
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Checks
        {
            IEnumerable<string> Pair() => from cap in Tables.PoundCaps from n in Tables.Names where {|AIR0001:cap.Value > Tables.Dollars[0]|} select n;
            IEnumerable<string> Joined() => from n in Tables.Names join cap in Tables.PoundCaps on n equals cap.Key from d in Tables.Dollars where {|AIR0001:d > cap.Value|} select n;
            IEnumerable<string> Method() => Tables.Dollars.Select(d => new { d }).Where(x => {|AIR0001:x.d > Tables.PoundCaps["Dawn"]|}).Select(x => "");
        }
        """);

    [Fact]
    public Task Range_variable_carried_from_a_written_lambda_parameter_a_left_join_or_a_zip_DoesNotReport() => Files.Verify(
        Queries,
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Checks
        {
            IEnumerable<string> Written() => Tables.Dollars.Select(d => { d = Money.Millions(1m, Currency.GBP); return new { d }; }).Where(x => x.d > Tables.PoundCaps["Dawn"]).Select(x => "");
            IEnumerable<string> Left() => from n in Tables.Names join cap in Tables.PoundCaps on n equals cap.Key into g from c in g.DefaultIfEmpty() from d in Tables.Dollars where c.Value > Tables.PoundCaps["Dawn"] select n;
            IEnumerable<string> Zipped() => Tables.Dollars.Zip(Tables.PoundCaps.Values, (d, p) => new { d, p }).Where(x => x.p > Tables.PoundCaps["Dawn"]).Select(x => "");
            IEnumerable<string> Outer(IEnumerable<Money> given) => Tables.Names.SelectMany(n => given.Select(g => new { n, g })).Where(x => x.g > Tables.PoundCaps["Dawn"]).Select(x => x.n);
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
    public Task Table_rate_with_named_arguments_or_through_a_crossing_table_in_another_currency_Reports() => VerifyMismatch.Diagnostics(Rates + """
        class Checks
        {
            bool Named(ExchangeRateTable table) =>
                {|AIR0001:table.GetRate(to: Currency.USD, from: Currency.CAD, date: Figures.YearEnd, lookup: RateLookup.ExactDate).Convert(Figures.Canada).Result > Figures.Airr|};

            bool Crossed(ExchangeRateTable table) =>
                {|AIR0001:table.CrossVia(Currency.EUR).GetRate(Currency.USD, Currency.CAD, Figures.YearEnd, RateLookup.ExactDate).Inverse().Convert(Figures.Canada).Result > Figures.Airr|};
        }
        """);

    [Fact]
    public Task Table_rate_whose_currency_or_rate_is_not_certain_or_an_identity_DoesNotReport() => VerifyMismatch.NoDiagnostics(Rates + """
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
    public Task Out_parameter_passed_on_or_by_ref_after_its_write_DoesNotReport() => Files.Verify(
        """
        using AiRace.Core;
        public static class Splits
        {
            public static void Passed(Money total, out Money rebased) { rebased = total; Fill(out rebased); }
            public static void Adjusted(Money total, out Money rebased) { rebased = total; Adjust(ref rebased); }
            static void Fill(out Money m) => m = Money.Usd(1m);
            static void Adjust(ref Money m) => m = Money.Usd(1m);
        }
        """,
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

    [Fact]
    public Task Dictionary_three_deep_written_through_an_inner_list_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public static class Plans
        {
            public static readonly Dictionary<string, Dictionary<string, List<Money>>> Grown = new() { ["cn"] = new() { ["a"] = [Money.Cny(1m)] } };
            public static readonly Dictionary<string, Dictionary<string, List<Money>>> Looped = new() { ["cn"] = new() { ["a"] = [Money.Cny(1m)] } };
            public static readonly Dictionary<string, Dictionary<string, List<Money>>> Picked = new() { ["cn"] = new() { ["a"] = [Money.Cny(1m)] } };
            public static void Grow() => Grown["cn"]["a"].Add(Money.Usd(1m));
            public static void Loop() { foreach (var inner in Looped["cn"].Values) inner.Add(Money.Usd(1m)); }
            public static void Pick() => Picked["cn"].Values.First().Add(Money.Usd(1m));
        }
        """,
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

    [Fact]
    public Task Member_a_collection_initializer_Add_or_a_copy_constructor_writes_DoesNotReport() => Files.Verify(
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
    [InlineData("using System.Linq; using AiRace.Core; var q = from d in new[] { Money.Usd(1m) } from n in new[] { 1 } from m in new[] { 2 } where d > Money.Cny(1m) select n; System.Console.WriteLine(q.Count());")]
    [InlineData("using System.Linq; using AiRace.Core; var q = from d in new[] { Money.Usd(1m) } from n in where d > Money.Cny(1m) select n;")]
    [InlineData("using System; using AiRace.Core; static Money Net(Money m) => m - Fee; Console.WriteLine(Net(Money.Usd(1m))); partial class Program { static Money Fee = Money.Cny(1m); }")]
    [InlineData("using System; using AiRace.Core; class C<T> { static Money Fee = Money.Cny(1m); static Func<Money, Money> F = m => m - C<int>.Fee; Money G() => F(Money.Usd(1m)); }")]
    [InlineData("using System; using AiRace.Core; class C { static Func<Money, Money> F = m => m - Fee; static Money Fee => F(Money.Usd(1m)); Money G() => F(Money.Usd(1m)); }")]
    [InlineData("using AiRace.Core; class C { static void S(Money t, out Money r) { S(t, out r); } bool G() { S(Money.Usd(1m), out var r); return r > Money.Cny(1m); } }")]
    [InlineData("using AiRace.Core; class C { static void S(Money t, out Money r) => r = t; bool G() { S(Money.Usd(1m), out var r, 3); return r > Money.Cny(1m); } }")]
    [InlineData("using AiRace.Core; record A(Money M) : B(M); record B(Money M) : A(M); class C { bool G(A a) => a.M > Money.Cny(1m); }")]
    [InlineData("using System; using AiRace.Core; class C { bool G(ExchangeRateTable t) => t.GetRate(Currency.USD, ).Convert(Money.Cny(1m)).Result > Money.Usd(1m); }")]
    [InlineData("using System; using AiRace.Core; class C { bool G(ExchangeRateTable t) => t.TryGetRate(Currency.USD, Currency.CNY, default, default, out var r, out var s) && r.Convert(Money.Cny(1m)).Result > Money.Usd(1m); }")]
    [InlineData("using System; using AiRace.Core; class C { bool G(ExchangeRate r) => ExchangeRate.Cross(r, ).Inverse().Inverse().Convert(Money.Cny(1m)).Result > Money.Usd(1m); }")]
    [InlineData("using System; using AiRace.Core; var t = new ExchangeRateTable([]); if (t.TryGetRate(Currency.USD, Currency.CNY, default, default, out var r)) Console.WriteLine(r.Convert(Money.Cny(1m)).Result > Money.Usd(1m));")]
    [InlineData("using System.Collections.Generic; using System.Linq; using AiRace.Core; class C { static Dictionary<string, Dictionary<string, Dictionary<string, List<Money>>>> D = new() { [\"a\"] = new() { [\"b\"] = new() { [\"c\"] = [Money.Usd(1m)] } } }; bool G() => D[\"a\"][\"b\"][\"c\"][0] > Money.Cny(1m) && D[\"a\"][\"b\"][\"c\"].Max() > Money.Cny(1m); }")]
    public Task Odd_code_does_not_throw(string source) => AllRules.AnalyzeAsync(source);
}

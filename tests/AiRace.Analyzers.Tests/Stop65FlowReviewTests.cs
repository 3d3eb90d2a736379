using System.Threading.Tasks;
using Xunit;

namespace AiRace.Analyzers.Tests;

/// <summary>
/// The adversarial review of the AIR0001 currency-flow forms merged in stop 65 (issue 12: no AIR0001 must mean no
/// currency mixing, and what is not certain stays silent). Each silent test here was a false report before its fix;
/// each reporting twin shows the form still caught where its currency is certain. A lazy list's factory that makes a
/// mutable <c>List</c> by a cast of its collection expression; a sorted dictionary's tuple keys whose texts the
/// culture's comparison may take as one; a switch arm's pinned <c>ref</c> parameter (or a variable a closure writes)
/// that the guard's call can change; a <c>WhenAll</c> that is not the framework's; an array of <c>Func</c> steps that
/// <c>AsEnumerable</c> hands back as itself, written through a cast. Two silent guards were already
/// silent (a tuple key of a character converted to the key's number; a params helper's array changed after the call).
/// </summary>
public class Stop65FlowReviewTests
{
    private const string Desk = """
        using System;
        using System.Collections.Generic;
        using AiRace.Core;
        public static class Desk
        {
            public static readonly Money Rupees = Money.Of(1_000m, Currency.INR);
            public static readonly Money Dollars = Money.Millions(240m, Currency.CAD);
        }
        """;

    [Fact]
    public Task Element_of_a_lazy_list_whose_factory_casts_its_collection_expression_to_a_mutable_list_DoesNotReport() => Files.Verify(
        Desk,
        """
        using System;
        using System.Collections.Generic;
        using AiRace.Core;
        public static class Ledger
        {
            private static readonly Lazy<IReadOnlyList<Money>> Tranches = new(() => (List<Money>)([Desk.Rupees]));
            public static void Move() => ((List<Money>)Tranches.Value)[0] = Desk.Dollars;
            public static bool Above() => Tranches.Value[0] > Desk.Dollars;
        }
        """);

    [Fact]
    public Task Element_of_a_lazy_read_only_list_of_another_currency_still_Reports() => Files.Verify(
        Desk,
        """
        using System;
        using System.Collections.Generic;
        using AiRace.Core;
        public static class Ledger
        {
            private static readonly Lazy<IReadOnlyList<Money>> Tranches = new(() => [Desk.Rupees]);
            public static bool Above() => {|AIR0001:Tranches.Value[0] > Desk.Dollars|};
        }
        """);

    [Fact]
    public Task Sorted_dictionary_tuple_keys_whose_texts_the_culture_may_take_as_one_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using AiRace.Core;
        public static class Caps
        {
            private static readonly SortedDictionary<(string Desk, int Year), Money> ByDesk = new()
            {
                [("caf\u00E9", 2024)] = Money.Of(1m, Currency.CNY),
            };
            public static void Move() => ByDesk[("cafe\u0301", 2024)] = Money.Of(2m, Currency.USD);
            public static bool Over() => ByDesk[("caf\u00E9", 2024)] > Money.Of(1m, Currency.USD);
        }
        """);

    [Fact]
    public Task Tuple_key_of_a_character_converted_to_the_keys_number_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using AiRace.Core;
        public static class Codes
        {
            private static readonly Dictionary<(int Code, int Year), Money> ByCode = new()
            {
                [(97, 2024)] = Money.Of(1m, Currency.CNY),
            };
            public static void Move() => ByCode[('a', 2024)] = Money.Of(2m, Currency.USD);
            public static bool Over() => ByCode[(97, 2024)] > Money.Of(1m, Currency.USD);
        }
        """);

    [Fact]
    public Task Sorted_dictionary_tuple_keys_of_plain_texts_still_Report() => Files.Verify(
        """
        using System.Collections.Generic;
        using AiRace.Core;
        public static class Caps
        {
            private static readonly SortedDictionary<(string Desk, int Year), Money> ByDesk = new()
            {
                [("cn", 2024)] = Money.Of(1m, Currency.CNY),
            };
            public static void Move() => ByDesk[("us", 2024)] = Money.Of(2m, Currency.USD);
            public static bool Over() => {|AIR0001:ByDesk[("cn", 2024)] > Money.Of(1m, Currency.USD)|};
        }
        """);

    [Fact]
    public Task Switch_arm_pinning_a_variable_that_the_guard_can_change_through_an_alias_or_a_closure_DoesNotReport() => Files.Verify(
        """
        using System;
        using AiRace.Core;
        public static class Desk
        {
            public static readonly Money Cap = Money.Of(1m, Currency.USD);
            private static Money _held = Money.Of(1m, Currency.CAD);
            private static bool Reset()
            {
                _held = Cap;
                return true;
            }
            private static bool Run(Action action)
            {
                action();
                return true;
            }
            public static string Check(ref Money m) => m switch
            {
                { Currency.Code: "CAD" } when Reset() && m > Cap => "over",
                _ => "other",
            };
            public static string Same(in Money m) => m switch
            {
                { Currency.Code: "CAD" } when Reset() && m > Cap => "over",
                _ => "other",
            };
            public static string Run() => Check(ref _held) + Same(in _held);
            public static string Closure(Money given)
            {
                var m = given;
                Action reset = () => m = Cap;
                return m switch
                {
                    { Currency.Code: "CAD" } when Run(reset) && m > Cap => "over",
                    _ => "other",
                };
            }
            public static string Parameter(Money m)
            {
                Action reset = () => m = Cap;
                switch (m)
                {
                    case { Currency.Code: "CAD" } when Run(reset) && m > Cap:
                        return "over";
                    default:
                        return "other";
                }
            }
        }
        """);

    [Fact]
    public Task Switch_arm_pinning_a_variable_an_earlier_guard_writes_DoesNotReport() => Files.Verify(
        """
        using AiRace.Core;
        public static class Desk
        {
            public static readonly Money Cap = Money.Of(1m, Currency.USD);
            private static bool Change(ref Money m)
            {
                m = Cap;
                return false;
            }
            public static string Twice(Money m) => m switch
            {
                _ when Change(ref m) => "changed",
                { Currency.Code: "CAD" } when m > Cap => "over",
                _ => "other",
            };
            public static int Rank(Money m)
            {
                switch (m)
                {
                    case { Amount: > 0m } when Change(ref m):
                        return 2;
                    case { Currency.Code: "CAD" } when m > Cap:
                        return 1;
                    default:
                        return 0;
                }
            }
        }
        """);

    [Fact]
    public Task Switch_arm_pinning_a_plain_variable_still_Reports() => Files.Verify(
        """
        using System;
        using AiRace.Core;
        public static class Desk
        {
            public static readonly Money Cap = Money.Of(1m, Currency.USD);
            private static bool Log(Action action) => action is not null;
            public static string Check(Money m) => m switch
            {
                { Currency.Code: "CAD" } when {|AIR0001:m > Cap|} => "over",
                _ => "other",
            };
            public static string Local(Money given)
            {
                var m = given;
                Action show = () => Console.WriteLine(m);
                return m switch
                {
                    { Currency.Code: "CAD" } when Log(show) && {|AIR0001:m > Cap|} => "over",
                    _ => "other",
                };
            }
        }
        """);

    [Fact]
    public Task Params_helper_given_an_array_in_one_currency_changed_only_after_the_call_DoesNotReport() => Files.Verify(
        """
        using AiRace.Core;
        public static class Sums
        {
            public static readonly Money Yuan = Money.Cny(1m);
            public static readonly Money Dollars = Money.Usd(2m);
            public static Money SumAll(Currency currency, params Money[] parts) => parts.Sum(currency);
        }
        class Checks
        {
            Money A()
            {
                var parts = new[] { Sums.Yuan, Money.Cny(3m) };
                var total = Sums.SumAll(Currency.CNY, parts);
                parts[1] = Sums.Dollars;
                return total;
            }
        }
        """);

    private const string Plan = """
        using System;
        using System.Linq;
        using AiRace.Core;
        public static class Plan
        {
            private static readonly Money Fee = Money.Of(1m, Currency.USD);
            private static readonly Func<Money, Money>[] Steps = [m => m * 1.031m, m => m - Fee];
            public static int Count() => Steps.Count();
            public static void Swap() => ((Func<Money, Money>[])Steps.AsEnumerable())[1] = m => m;
            public static Money Run() => Steps.Aggregate(Money.Of(5m, Currency.CNY), (acc, step) => step(acc));
        }
        """;

    [Fact]
    public Task Steps_folded_by_Aggregate_whose_array_LINQ_hands_back_and_a_cast_writes_DoesNotReport() => Files.Verify(Plan);

    [Fact]
    public Task Steps_folded_by_Aggregate_whose_array_LINQ_only_reads_still_Report() => Files.Verify(
        Plan.Replace("public static void Swap() => ((Func<Money, Money>[])Steps.AsEnumerable())[1] = m => m;\n", "")
            .Replace("(acc, step) => step(acc)", "(acc, step) => {|AIR0001:step(acc)|}"));

    private const string Feeds = """
        using AiRace.Core;
        public static class Feeds
        {
            public static readonly Money Yuan = Money.Of(1m, Currency.CNY);
            public static readonly Money Dollars = Money.Of(1m, Currency.USD);
            public static System.Threading.Tasks.Task<Money> YuanAsync() => System.Threading.Tasks.Task.FromResult(Yuan);
            public static System.Threading.Tasks.Task<Money> DollarsAsync() => System.Threading.Tasks.Task.FromResult(Dollars);
        }
        """;

    [Fact]
    public Task Results_of_a_WhenAll_that_is_not_the_frameworks_DoesNotReport() => Files.Verify(
        Feeds,
        """
        using AiRace.Core;
        namespace Desks.Tasks
        {
            public static class Task
            {
                // the results in the reverse order of the tasks
                public static async System.Threading.Tasks.Task<Money[]> WhenAll(params System.Threading.Tasks.Task<Money>[] tasks)
                {
                    var results = new Money[tasks.Length];
                    for (int i = 0; i < tasks.Length; i++)
                    {
                        results[tasks.Length - 1 - i] = await tasks[i];
                    }

                    return results;
                }
            }

            public static class Use
            {
                public static async System.Threading.Tasks.Task<bool> Above()
                {
                    var results = await Task.WhenAll(Feeds.YuanAsync(), Feeds.DollarsAsync());
                    return results[0] > Feeds.Dollars;
                }
            }
        }
        """);

    [Fact]
    public Task Results_of_the_frameworks_WhenAll_still_Report() => Files.Verify(
        Feeds,
        """
        using System.Threading.Tasks;
        using AiRace.Core;
        public static class Use
        {
            public static async Task<bool> Above()
            {
                var results = await Task.WhenAll(Feeds.YuanAsync(), Feeds.DollarsAsync());
                return {|AIR0001:results[0] > Feeds.Dollars|};
            }
        }
        """);

    [Theory]
    [InlineData("using System; using AiRace.Core; public class B { public event Action<Money, Money>? E; public event Action<Money>? F; void R() { E?.Invoke(Money.Cny(1m)); E?.Invoke(, Money.Usd(1m)); F(); F?.Invoke(Money.Cny(1m), 2); F += m => F?.Invoke(m); E += (a, b, c) => { }; } } class U { void W(B b) { b.E += (a, b2) => _ = a > b2; b.F += m => _ = m > Money.Usd(1m); b.F += (ref Money m) => { }; } }")]
    [InlineData("using System; using AiRace.Core; public interface IK { static abstract Currency H { get; } } public class G<T> where T : IK { public event Action<Money>? E; void R() => E?.Invoke(Money.Zero(T.H)); } class U { void W(G<K> g) => g.E += m => _ = m > Money.Usd(1m); } public class K : IK { public static Currency H => Currency.CNY; }")]
    [InlineData("using AiRace.Core; public interface IK { static abstract Currency H { get; } } public static class M { public static Money Z<T>() where T : IK => Money.Zero(T.H); public static Money Y<T>() where T : IK => Z<T>(); public static Money X<T, V>() where T : IK => Money.Zero(V.H); public static Money W<T>() where T : IK => W<T>(); } class U { bool A() => M.Z<int>() > Money.Usd(1m) && M.Y<K>() > Money.Usd(1m) && M.Z<>() > Money.Usd(1m) && M.W<K>() > default; } public struct K : IK { public static Currency H => Currency.FromCode(\"CNY\"); }")]
    [InlineData("using AiRace.Core; class C { string D(Money m) => m switch { { Currency.Code: \"CAD\" } when m > => \"a\", { Currency.Code: } when m > Money.Usd(1m) => \"b\", { Currency: { Code: null } } when m > Money.Usd(1m) => \"c\", { Currency.Code: \"cad\" } when m > Money.Usd(1m) => \"d\", _ => \"e\" }; int E(ref Money m) { switch (m) { case { Currency.Code: \"CAD\" } when m > Money.Usd(1m): return 1; case { Currency.Code: \"USD\" } when (m = default) > m: return 2; } return 0; } }")]
    [InlineData("using System; using System.Collections.Generic; using System.Threading.Tasks; using AiRace.Core; var l = new Lazy<IReadOnlyList<Money>>(() => [Money.Cny(1m), ..]); var r = await Task.WhenAll(Task.FromResult(Money.Cny(1m)), ); var d = new SortedDictionary<(string, int), Money> { [(\"a\", 1)] = Money.Cny(1m), [(\"a\", )] = Money.Usd(1m), [(null, 1)] = default }; _ = l.Value[0] > r[0] && r[1] > d[(\"a\", 1)] && d[(\"a\", 1, 2)] > r[^1] && r[-1] > r[5];")]
    [InlineData("using System; using System.Linq; using AiRace.Core; public partial class P { static readonly Func<Money, Money>[] S = [m => m - , m => m * 2m, .. Other]; static Func<Money, Money>[] Other = []; public partial Money F(Money? m); public partial Money F(Money? m) => m ?? F(null); static void A(ref Money r, Money a) { r += a; A(ref r, r); } public static Money T(params Money[] ps) => ps.Sum(Currency.CNY) + T(ps); Money R() => S.Aggregate(Money.Cny(1m), (acc, s) => s(acc)) + S.Aggregate((a, b) => a); void Q() { var t = Money.Cny(1m); A(ref t, Money.Usd(1m)); _ = F(null) > Money.Usd(1m) && T(Money.Cny(1m), Money.Usd(1m)) > t; } }")]
    [InlineData("using System.Collections.Generic; using AiRace.Core; public class Pr(string n, Money b) { public Money B { get; } = b; public Pr Self => this; } public static class H { public static readonly Pr F = new(\"x\", ); public static Pr G { get; } = new Pr(\"y\", Money.Cny(1m)) { }; static readonly List<(string N, Money V)> L = [(\"a\", Money.Cny(1m)), (\"b\", )]; public static bool A() => F.B > G.B && G.Self.B > Money.Usd(1m) && L.Sum(x => x.V, Currency.USD) > default && L.Sum(x => x.Item3, Currency.USD) > Money.Usd(1m); }")]
    public async Task Broken_or_unusual_code_of_the_stops_flow_forms_does_not_crash(string source) => await AllRules.AnalyzeAsync(source);
}

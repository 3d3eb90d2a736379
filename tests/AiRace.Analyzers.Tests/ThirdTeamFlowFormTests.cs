using System.Threading.Tasks;
using Xunit;

namespace AiRace.Analyzers.Tests;

/// <summary>
/// AIR0001 through forms the third team's field test missed (stop 64, issue 12 §1): a member of a non-sealed base record
/// read through a derived record whose constructions all give it one currency, while the base's other derived records
/// give it others. Each form in two currencies is reported; the same form in one currency, or where what it holds is not
/// certain, is not.
/// </summary>
public class ThirdTeamFlowFormTests
{
    private const string Programmes = """
        using System;
        using System.Collections.Generic;
        using AiRace.Core;
        public abstract record Payment(string Programme, Money Amount);
        public record RupeeTranche(string Programme, decimal Crore) : Payment(Programme, Money.Of(Crore * 10_000_000m, Currency.INR));
        public record LateRupeeTranche(string Programme, decimal Crore, DateOnly Due) : RupeeTranche(Programme, Crore);
        public record PoundGrant(string Programme, Money Amount, string Cluster) : Payment(Programme, Amount)
        {
            public static PoundGrant Dawn(decimal millions) => new("AIRR", Money.Millions(millions, Currency.GBP), "Dawn");
        }
        public sealed record DollarAward(string Programme, Money Amount) : Payment(Programme, Amount);
        public static class Desk
        {
            public static readonly Money Rupees = Money.Of(1_000m, Currency.INR);
            public static readonly Money Pounds = Money.Millions(300m, Currency.GBP);
            public static readonly Money Dollars = Money.Billions(2m, Currency.CAD);
            public static readonly DollarAward Cohere = new("sovereign compute", Money.Millions(240m, Currency.CAD));
            public static PoundGrant Revised(PoundGrant g) => g with { Amount = g.Amount * 1.1m };
            public static readonly Payment[] All = [Cohere, PoundGrant.Dawn(100m), new RupeeTranche("IndiaAI", 551.75m)];
        }
        """;

    [Fact]
    public Task Member_of_a_base_record_read_through_a_derived_record_of_one_currency_Reports() => Files.Verify(
        Programmes,
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Checks
        {
            bool Any(IEnumerable<RupeeTranche> ts) => ts.Any(t => {|AIR0001:t.Amount > Desk.Pounds|});
            Money Sum(IEnumerable<RupeeTranche> ts) => {|AIR0001:ts.Sum(t => t.Amount, Currency.GBP)|};
            bool Deeper(LateRupeeTranche t) => {|AIR0001:t.Amount > Desk.Dollars|};
            bool Grant(PoundGrant g) => {|AIR0001:g.Amount > Desk.Rupees|};
            bool Award(DollarAward award) => award is { Amount: var a } && {|AIR0001:a > Desk.Pounds|};
            string Badge(Payment p) => p switch
            {
                DollarAward { Amount: var a } when {|AIR0001:a > Desk.Pounds|} => "large",
                RupeeTranche t when {|AIR0001:t.Amount > Desk.Dollars|} => "rupees",
                _ => "",
            };
            bool Query(IEnumerable<DollarAward> awards) => (from a in awards where {|AIR0001:a.Amount > Desk.Pounds|} select a).Any();
        }
        """);

    [Fact]
    public Task Member_of_a_base_record_read_through_a_derived_record_in_its_own_currency_or_through_the_base_DoesNotReport() => Files.Verify(
        Programmes,
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Checks
        {
            bool Any(IEnumerable<RupeeTranche> ts) => ts.Any(t => t.Amount > Desk.Rupees);
            Money Sum(IEnumerable<RupeeTranche> ts) => ts.Sum(t => t.Amount, Currency.INR);
            bool Deeper(LateRupeeTranche t) => t.Amount > Desk.Rupees;
            bool Grant(PoundGrant g) => g.Amount > Desk.Pounds;
            bool Award(DollarAward award) => award is { Amount: var a } && a > Desk.Dollars;
            bool Base(Payment p) => p.Amount > Desk.Pounds;
            bool Each() => Desk.All.Any(p => p.Amount > Desk.Pounds);
            string Badge(Payment p) => p switch
            {
                DollarAward { Amount: var a } when a > Desk.Dollars => "large",
                { Amount.Currency.Code: "GBP", Amount: var a } when a > Desk.Pounds => "pounds",
                _ => "",
            };
            bool Filtered(IEnumerable<RupeeTranche> ts) => ts.Where(t => t.Amount.Currency == Currency.GBP).Any(t => t.Amount > Desk.Pounds);
        }
        """);

    [Fact]
    public Task Member_of_a_base_record_read_through_a_derived_record_whose_currency_is_not_certain_DoesNotReport() => Files.Verify(
        """
        using System;
        using AiRace.Core;
        public abstract record Payment(string Programme, Money Amount);
        public record OpenGrant(string Programme, Money Amount) : Payment(Programme, Amount)
        {
            public static OpenGrant Of(Money amount) => new("open", amount);
        }
        public record PoundGrant(string Programme, Money Amount) : Payment(Programme, Amount)
        {
            public static PoundGrant Dawn(decimal millions) => new("AIRR", Money.Millions(millions, Currency.GBP));
        }
        public record EuroTopUp(string Programme, decimal Millions) : PoundGrant(Programme, Money.Millions(Millions, Currency.EUR));
        public record RupeeTranche(string Programme, decimal Crore) : Payment(Programme, Money.Of(Crore * 10_000_000m, Currency.INR));
        public static class Desk
        {
            public static readonly Money Rupees = Money.Of(1_000m, Currency.INR);
            public static readonly Money Pounds = Money.Millions(300m, Currency.GBP);
            public static readonly RupeeTranche IndiaAi = System.Text.Json.JsonSerializer.Deserialize<RupeeTranche>("{}")!;
        }
        class Checks
        {
            bool Open(OpenGrant g) => g.Amount > Desk.Pounds;
            bool Grant(PoundGrant g) => g.Amount > Desk.Rupees;
            bool Tranche(RupeeTranche t) => t.Amount > Desk.Pounds;
        }
        """);

    [Fact]
    public Task Member_of_a_base_record_read_through_a_derived_record_written_in_another_currency_DoesNotReport() => Files.Verify(
        """
        using AiRace.Core;
        public abstract record Payment(string Programme, Money Amount);
        public record RupeeTranche(string Programme, decimal Crore) : Payment(Programme, Money.Of(Crore * 10_000_000m, Currency.INR));
        public sealed record DollarAward(string Programme, Money Amount) : Payment(Programme, Amount);
        public static class Desk
        {
            public static readonly Money Pounds = Money.Millions(300m, Currency.GBP);
            public static readonly DollarAward Cohere = new("sovereign compute", Money.Millions(240m, Currency.CAD));
            public static readonly DollarAward Restated = Cohere with { Amount = Money.Millions(170m, Currency.USD) };
            public static readonly RupeeTranche Odd = new("IndiaAI", 1m) { Amount = Money.Millions(1m, Currency.USD) };
        }
        class Checks
        {
            bool Award(DollarAward a) => a.Amount > Desk.Pounds;
            bool Tranche(RupeeTranche t) => t.Amount > Desk.Pounds;
        }
        """);

    private const string NestedLedger = """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public partial class Ledger
        {
            private readonly Dictionary<string, Dictionary<int, Money>> _byYear = new()
            {
                ["indiaai"] = new() { [2024] = Money.Of(5_517_500_000m, Currency.INR), [2025] = Money.Of(20_000_000_000m, Currency.INR) },
                ["airr"] = new() { [2024] = Money.Millions(100m, Currency.GBP), [2025] = Money.Millions(200m, Currency.GBP) },
            };
            private readonly Dictionary<string, List<Money>> _lists = new() { ["yuan"] = [Money.Cny(1m), Money.Cny(2m)], ["dollars"] = [Money.Usd(2m)] };
            public (Money Outlay, Money Spent) IndiaPosition() => (Money.Of(1_000m, Currency.INR), _byYear["indiaai"][2024]);
            public bool HasAirr() => _byYear.ContainsKey("airr") && _byYear["airr"].ContainsKey(2024);
        }
        """;

    [Fact]
    public Task Inner_collection_of_a_dictionary_read_by_constant_keys_in_two_currencies_Reports() => Files.Verify(
        NestedLedger,
        """
        using System.Linq;
        using AiRace.Core;
        public partial class Ledger
        {
            bool Above() => {|AIR0001:_byYear["indiaai"][2024] > _byYear["airr"][2024]|};
            Money InRupees() => {|AIR0001:_byYear["airr"].Values.Sum(Currency.INR)|};
            bool Spent() => {|AIR0001:IndiaPosition().Spent > Money.Millions(1m, Currency.GBP)|};
            Money Largest() => {|AIR0001:_lists["yuan"].Max() + Money.Usd(1m)|};
        }
        """);

    [Fact]
    public Task Inner_collection_of_a_dictionary_read_in_one_currency_or_by_another_key_DoesNotReport() => Files.Verify(
        NestedLedger,
        """
        using System.Linq;
        using AiRace.Core;
        public partial class Ledger
        {
            Money Growth() => _byYear["indiaai"][2025] - _byYear["indiaai"][2024];
            Money InPounds() => _byYear["airr"].Values.Sum(Currency.GBP);
            Money Total(string programme, Currency currency) => _byYear[programme].Values.Sum(currency);
            Money InPoundsAny(string programme) => _byYear[programme].Values.Sum(Currency.GBP);
            bool Spent() => IndiaPosition().Spent > IndiaPosition().Outlay;
            Money Largest() => _lists["yuan"].Max() + Money.Cny(1m);
        }
        """);

    [Fact]
    public Task Inner_collection_of_a_dictionary_written_or_handed_on_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public class Ledger
        {
            private readonly Dictionary<string, Dictionary<int, Money>> _written = new()
            {
                ["indiaai"] = new() { [2024] = Money.Of(5m, Currency.INR) },
                ["airr"] = new() { [2024] = Money.Millions(100m, Currency.GBP) },
            };
            private readonly Dictionary<string, Dictionary<int, Money>> _handed = new()
            {
                ["indiaai"] = new() { [2024] = Money.Of(5m, Currency.INR) },
            };
            private readonly Dictionary<string, Dictionary<int, Money>> _local = new()
            {
                ["indiaai"] = new() { [2024] = Money.Of(5m, Currency.INR) },
            };
            private readonly Dictionary<string, Dictionary<int, Money>> _replaced = new()
            {
                ["indiaai"] = new() { [2024] = Money.Of(5m, Currency.INR) },
            };
            void Change()
            {
                _written["airr"][2024] = Money.Of(5m, Currency.INR);
                Fill(_handed["indiaai"]);
                var inner = _local["indiaai"];
                inner[2025] = Money.Millions(1m, Currency.GBP);
                _replaced["indiaai"] = new() { [2024] = Money.Millions(1m, Currency.GBP) };
            }
            static void Fill(Dictionary<int, Money> into) => into[2024] = Money.Millions(1m, Currency.GBP);
            bool Written() => _written["indiaai"][2024] > _written["airr"][2024];
            bool Handed() => _handed["indiaai"][2024] > Money.Millions(1m, Currency.GBP);
            bool Local() => _local["indiaai"].Values.Max() > Money.Millions(1m, Currency.GBP);
            bool Replaced() => _replaced["indiaai"][2024] > Money.Millions(1m, Currency.GBP);
        }
        """);

    private const string Helpers = """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public static class Helpers
        {
            public static Money Largest(this IEnumerable<Money> source) => source.Max();
            public static IEnumerable<Money> AtLeast(this IEnumerable<Money> source, Money floor) => source.Where(m => m >= floor);
            public static Money Net(this IEnumerable<Money> source, Money fees) => source.Aggregate(Money.Zero(fees.Currency), (acc, m) => acc + m) - fees;
            public static IEnumerable<Money> SameAtLeast(this IEnumerable<Money> source, Money floor) => source.Where(m => m.Currency == floor.Currency && m >= floor);
            public static Money Guarded(this IEnumerable<Money> source, Money fees) =>
                source.All(m => m.Currency == fees.Currency) ? source.Aggregate(Money.Zero(fees.Currency), (acc, m) => acc + m) - fees : fees;
        }
        """;

    [Fact]
    public Task Helper_over_a_collection_parameter_given_two_currencies_Reports() => Files.Verify(
        Helpers,
        """
        using System.Collections.Generic;
        using AiRace.Core;
        class Checks
        {
            Money Largest() => {|AIR0001:new[] { Money.Cny(1m), Money.Usd(2m) }.Largest()|};
            IEnumerable<Money> Floor() => {|AIR0001:new[] { Money.Cny(1m) }.AtLeast(Money.Usd(1m))|};
            IEnumerable<Money> MixedFloor() => {|AIR0001:new[] { Money.Cny(1m), Money.Usd(1m) }.AtLeast(Money.Usd(1m))|};
            Money Net() => {|AIR0001:new[] { Money.Cny(1m) }.Net(Money.Usd(1m))|};
        }
        """);

    [Fact]
    public Task Helper_over_a_collection_parameter_given_one_currency_unknown_values_or_guarding_DoesNotReport() => Files.Verify(
        Helpers,
        """
        using System.Collections.Generic;
        using AiRace.Core;
        class Checks
        {
            Money Largest() => new[] { Money.Cny(1m), Money.Cny(2m) }.Largest();
            IEnumerable<Money> Floor() => new[] { Money.Cny(1m) }.AtLeast(Money.Cny(1m));
            Money Net() => new[] { Money.Cny(1m) }.Net(Money.Cny(1m));
            Money Unknown(IEnumerable<Money> xs, Money m) => xs.Largest() + xs.Net(m);
            IEnumerable<Money> Given(Money m) => new[] { Money.Cny(1m) }.AtLeast(m);
            IEnumerable<Money> Same() => new[] { Money.Cny(1m) }.SameAtLeast(Money.Usd(1m));
            Money Guarded() => new[] { Money.Cny(1m) }.Guarded(Money.Usd(1m));
        }
        """);

    private const string Splits = """
        using AiRace.Core;
        public static class Splits
        {
            public static void SplitReserve(Money total, decimal share, out Money reserve, out Money spendable)
            {
                reserve = total * share;
                spendable = total - reserve;
            }
            public static void Either(Money first, Money second, bool takeFirst, out Money taken) => taken = takeFirst ? first : second;
            public static void Rebased(Money total, out Money rebased) => rebased = Money.Of(total.Amount, Currency.EUR);
        }
        """;

    [Fact]
    public Task Out_parameter_written_from_a_money_parameter_given_another_currency_Reports() => Files.Verify(
        Splits,
        """
        using AiRace.Core;
        class Checks
        {
            bool Reserve()
            {
                Splits.SplitReserve(Money.Cny(100m), 0.1m, out var reserve, out var spendable);
                return {|AIR0001:reserve > Money.Usd(5m)|};
            }
        }
        """);

    [Fact]
    public Task Out_parameter_written_from_a_money_parameter_in_its_currency_or_from_several_DoesNotReport() => Files.Verify(
        Splits,
        """
        using AiRace.Core;
        class Checks
        {
            bool Reserve(Money given)
            {
                Splits.SplitReserve(Money.Cny(100m), 0.1m, out var reserve, out var spendable);
                Splits.SplitReserve(given, 0.1m, out var other, out _);
                Splits.Either(Money.Cny(1m), Money.Usd(1m), true, out var taken);
                Splits.Rebased(Money.Cny(1m), out var rebased);
                return reserve > Money.Cny(5m) && spendable > reserve && other > Money.Usd(5m) && taken > Money.Usd(1m) && rebased > Money.Eur(1m);
            }
        }
        """);

    private const string Steps = """
        using System;
        using AiRace.Core;
        public static class Steps
        {
            private static readonly Money AdminFee = Money.Millions(2m, Currency.GBP);
            public static Money Floor => Money.Millions(1m, Currency.GBP);
            public static Money Shifting = Money.Millions(1m, Currency.GBP);
            public static readonly Func<Money, Money> LessFee = m => m - AdminFee;
            public static readonly Func<Money, bool> AboveFloor = m => m > Floor;
            public static readonly Func<Money, Money> Guarded = m => m.Currency == AdminFee.Currency ? m - AdminFee : m;
            public static readonly Func<Money, Money> LessShifting = m => m - Shifting;
            public static void Shift() => Shifting = Money.Millions(1m, Currency.USD);
        }
        """;

    [Fact]
    public Task Delegate_lambda_combining_its_parameter_with_a_static_member_given_another_currency_Reports() => Files.Verify(
        Steps,
        """
        using AiRace.Core;
        class Checks
        {
            Money Less() => {|AIR0001:Steps.LessFee(Money.Cny(1m))|};
            bool Above() => {|AIR0001:Steps.AboveFloor(Money.Cny(1m))|};
        }
        """);

    [Fact]
    public Task Delegate_lambda_combining_its_parameter_with_a_static_member_in_its_currency_guarded_or_unknown_DoesNotReport() => Files.Verify(
        Steps,
        """
        using AiRace.Core;
        class Checks
        {
            Money Less() => Steps.LessFee(Money.Millions(1m, Currency.GBP));
            Money Given(Money m) => Steps.LessFee(m);
            Money Guarded() => Steps.Guarded(Money.Cny(1m));
            Money Shifting() => Steps.LessShifting(Money.Cny(1m));
        }
        """);

    private const string Queries = """
        using System.Collections.Generic;
        using AiRace.Core;
        public static class Tables
        {
            public static readonly Dictionary<string, Money> PoundCaps = new() { ["Isambard-AI"] = Money.Millions(250m, Currency.GBP), ["Dawn"] = Money.Millions(100m, Currency.GBP) };
            public static readonly Dictionary<string, Money> MixedCaps = new() { ["Isambard-AI"] = Money.Millions(250m, Currency.GBP), ["Cohere"] = Money.Millions(100m, Currency.CAD) };
            public static readonly Money[] Dollars = [Money.Millions(300m, Currency.CAD), Money.Millions(240m, Currency.CAD)];
            public static readonly string[] Names = ["a", "b"];
        }
        """;

    [Fact]
    public Task Range_variable_carried_by_SelectMany_in_another_currency_Reports() => Files.Verify(
        Queries,
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Checks
        {
            IEnumerable<string> Pairs() => from d in Tables.Dollars from cap in Tables.PoundCaps where {|AIR0001:d > cap.Value|} select cap.Key;
            IEnumerable<string> Money() => from n in Tables.Names from d in Tables.Dollars where {|AIR0001:d > Tables.PoundCaps["Dawn"]|} select n;
        }
        """);

    [Fact]
    public Task Range_variable_carried_by_SelectMany_in_its_currency_or_of_mixed_or_unknown_sequences_DoesNotReport() => Files.Verify(
        Queries,
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Checks
        {
            IEnumerable<string> Same() => from d in Tables.Dollars from cap in Tables.PoundCaps where cap.Value > Tables.PoundCaps["Dawn"] select cap.Key;
            IEnumerable<string> Mixed() => from d in Tables.Dollars from cap in Tables.MixedCaps where d > cap.Value select cap.Key;
            IEnumerable<string> Given(IEnumerable<Money> given) => from n in Tables.Names from g in given where g > Tables.PoundCaps["Dawn"] select n;
            IEnumerable<string> Let() => from d in Tables.Dollars from cap in Tables.PoundCaps let half = cap.Value / 2m where half > Tables.PoundCaps["Dawn"] select cap.Key;
        }
        """);
}

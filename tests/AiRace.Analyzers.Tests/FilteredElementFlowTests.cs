using System.Threading.Tasks;
using Verify = AiRace.Analyzers.Tests.Verify<AiRace.Analyzers.CurrencyMismatchRule>;

namespace AiRace.Analyzers.Tests;

/// <summary>
/// AIR0001 after a filter the flow reads: a member of the elements set only at their creation, or (an element of) a
/// dictionary's key, compared with a constant (<c>Where(c =&gt; c.Bloc != Bloc.Europe)</c>,
/// <c>Where(kv =&gt; kv.Key.Bloc == Bloc.China)</c>): the elements it keeps are those whose creation or key the filter
/// keeps, and one whose value the flow cannot tell is of unknown currency. Any other filter keeps an unknown part.
/// </summary>
public class FilteredElementFlowTests
{
    private const string Model = """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public enum Bloc { China, UnitedStates, Europe }
        public sealed record Commitment(string Name, Bloc Bloc, int Year, Money Amount);
        public static class Catalogue
        {
            public static readonly List<Commitment> Commitments =
            [
                new("National AI fund", Bloc.China, 2025, Money.Cny(60m)),
                new("Big Fund III", Bloc.China, 2024, Money.Cny(344m)),
                new("CHIPS", Bloc.UnitedStates, 2022, Money.Usd(52m)),
                new("NAIRR", Bloc.UnitedStates, 2024, Money.Usd(2m)),
                new("InvestAI", Bloc.Europe, 2025, Money.Eur(200m)),
            ];
            public static readonly Dictionary<(Bloc Bloc, int Year), Money> ByBlocYear = new()
            {
                [(Bloc.China, 2025)] = Money.Cny(60m),
                [(Bloc.UnitedStates, 2025)] = Money.Usd(1m),
                [(Bloc.Europe, 2025)] = Money.Eur(1m),
            };
            public static readonly Dictionary<string, Money> ByCity = new() { ["tokyo"] = Money.Jpy(5m), ["austin"] = Money.Usd(1m) };
            public static readonly List<Commitment> ChinaOnly = Commitments.Where(c => c.Bloc == Bloc.China).ToList();
        }
        """;

    // Promise (AIR0001.md: a filter on a member set at creation, or on a dictionary's key, compared with a constant keeps
    // the elements whose creation or key it keeps): yuan and dollars kept by 'Bloc != Europe' summed in yuan; dollars
    // kept by 'Bloc == UnitedStates' summed in yuan; a dictionary's yuan and dollar values kept by its key's bloc summed
    // in dollars; the yen value kept by a text key summed in dollars; a foreach over China's commitments compared with dollars;
    // China's commitments (a field made by a filter) of 2024 summed in dollars; a local list's dollar element (held by a
    // local) kept by its bloc summed in yuan.
    [Fact]
    public Task Members_kept_by_a_filter_the_flow_reads_Reports() => Verify.Diagnostics(Model + """
        public static class Queries
        {
            public static Money NonEuropeanInYuan()
            {
                var nonEuropean = from c in Catalogue.Commitments where c.Bloc != Bloc.Europe select c.Amount;
                return {|AIR0001:nonEuropean.Sum(Currency.CNY)|};
            }
            public static Money AmericanInYuan() => {|AIR0001:Catalogue.Commitments.Where(c => c.Bloc == Bloc.UnitedStates).Sum(c => c.Amount, Currency.CNY)|};
            public static Money NonEuropeanInDollars() => {|AIR0001:Catalogue.ByBlocYear.Where(kv => kv.Key.Bloc != Bloc.Europe).Sum(kv => kv.Value, Currency.USD)|};
            public static Money TokyoInDollars() => {|AIR0001:Catalogue.ByCity.Where(kv => kv.Key == "tokyo").Sum(kv => kv.Value, Currency.USD)|};
            public static Money ChineseOf2024InDollars() => {|AIR0001:Catalogue.ChinaOnly.Where(c => c.Year == 2024).Sum(c => c.Amount, Currency.USD)|};
            public static Money AddedAmericanInYuan()
            {
                var chips = new Commitment("CHIPS", Bloc.UnitedStates, 2022, Money.Usd(52m));
                var list = new List<Commitment> { chips, new("Big Fund III", Bloc.China, 2024, Money.Cny(344m)) };
                return {|AIR0001:list.Where(c => c.Bloc == Bloc.UnitedStates).Sum(c => c.Amount, Currency.CNY)|};
            }
            public static bool AnyChineseOver()
            {
                foreach (var c in Catalogue.Commitments.Where(c => c.Bloc == Bloc.China))
                {
                    if ({|AIR0001:c.Amount > Money.Usd(1m)|}) return true;
                }
                return false;
            }
        }
        """);

    // the twin: what the filter keeps is in the currency summed (China's yuan, the dollar key); a filter the flow does not
    // read ('&&') keeps an unknown part; an element whose bloc the flow cannot tell (given by a parameter) may be the one
    // kept, so its dollars are not known to be summed with the yuan; two filters one after the other (the second over a
    // field the first made) keep only China's yuan
    [Fact]
    public Task Members_kept_by_a_filter_in_the_currency_summed_or_not_read_DoesNotReport() => Verify.NoDiagnostics(Model + """
        public static class Queries
        {
            public static Money ChineseInYuan() => Catalogue.Commitments.Where(c => c.Bloc == Bloc.China).Sum(c => c.Amount, Currency.CNY);
            public static Money AmericanInDollars() => Catalogue.ByBlocYear.Where(kv => kv.Key.Bloc == Bloc.UnitedStates).Sum(kv => kv.Value, Currency.USD);
            public static Money AustinInDollars() => Catalogue.ByCity.Where(kv => kv.Key != "tokyo").Sum(kv => kv.Value, Currency.USD);
            public static Money ChineseOnlyInYuan() =>
                (from c in Catalogue.Commitments where c.Bloc != Bloc.Europe && c.Bloc != Bloc.UnitedStates select c.Amount).Sum(Currency.CNY);
            public static Money ChineseOf(Bloc bloc)
            {
                List<Commitment> mixed = [new("Big Fund III", Bloc.China, 2024, Money.Cny(344m)), new("Unknown", bloc, 2024, Money.Usd(1m))];
                return mixed.Where(c => c.Bloc == Bloc.China).Sum(c => c.Amount, Currency.CNY);
            }
            public static Money ChineseOnlyOf2024InYuan() => Catalogue.ChinaOnly.Where(c => c.Year == 2024).Sum(c => c.Amount, Currency.CNY);
            public static Money ChineseOf2024InYuan() =>
                Catalogue.Commitments.Where(c => c.Bloc == Bloc.China).Where(c => c.Year == 2024).Sum(c => c.Amount, Currency.CNY);
        }
        """);
}

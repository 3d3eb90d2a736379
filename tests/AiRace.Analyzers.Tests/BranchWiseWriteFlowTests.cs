using System.Threading.Tasks;

namespace AiRace.Analyzers.Tests;

/// <summary>
/// AIR0001 and a local collection that starts empty and is filled in different branches of one choice: it holds one
/// currency or the other, never both, when the choice runs once for the collection; when the choice is inside a loop,
/// or a write outside the branches adds another currency, the collection mixes.
/// </summary>
public class BranchWiseWriteFlowTests
{
    private static Task Silent(string body) => Verify<CurrencyMismatchRule>.NoDiagnostics(Source(body));

    private static Task Reported(string body) => Verify<CurrencyMismatchRule>.Diagnostics(Source(body));

    private static string Source(string body) => $$"""
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public sealed record Payment(bool Domestic, decimal Amount, string Kind);
        public static class Caps
        {
            {{body}}
        }
        """;

    [Fact]
    public Task If_else_that_adds_yuan_or_dollars_is_not_reported() => Silent("""
        public static Money Largest(bool domestic)
            {
                var caps = new List<Money>();
                if (domestic) caps.Add(Money.Cny(5m)); else caps.Add(Money.Usd(1m));
                return caps.Max();
            }
        """);

    [Fact]
    public Task Blocks_of_an_if_else_with_several_writes_of_one_currency_each_are_not_reported() => Silent("""
        public static IEnumerable<Money> Sorted(bool domestic)
            {
                List<Money> caps = [];
                if (domestic)
                {
                    caps.Add(Money.Cny(5m));
                    caps.Insert(0, Money.Cny(2m));
                }
                else
                {
                    caps.Add(Money.Usd(1m));
                }

                caps.Sort();
                return caps;
            }
        """);

    [Fact]
    public Task Switch_sections_that_add_one_currency_each_are_not_reported() => Silent("""
        public static Money Largest(string region)
            {
                var caps = new List<Money>();
                switch (region)
                {
                    case "CN":
                        caps.Add(Money.Cny(5m));
                        caps.Add(Money.Cny(7m));
                        break;
                    case "US":
                        caps.Add(Money.Usd(1m));
                        break;
                    default:
                        caps.Add(Money.Eur(3m));
                        break;
                }

                return caps.Max();
            }
        """);

    [Fact]
    public Task Else_if_chain_adding_three_currencies_is_not_reported() => Silent("""
        public static Money Largest(int region)
            {
                var caps = new List<Money>();
                if (region == 1) caps.Add(Money.Cny(5m));
                else if (region == 2) caps.Add(Money.Usd(1m));
                else caps.Add(Money.Eur(1m));
                return caps.Min();
            }
        """);

    [Fact]
    public Task A_fresh_collection_in_each_iteration_filled_by_branch_is_not_reported() => Silent("""
        public static IEnumerable<Money> Largest(IEnumerable<Payment> payments)
            {
                foreach (var p in payments)
                {
                    var caps = new List<Money>();
                    if (p.Domestic) caps.Add(Money.Cny(p.Amount)); else caps.Add(Money.Usd(p.Amount));
                    yield return caps.Max();
                }
            }
        """);

    [Fact]
    public Task Branches_inside_a_loop_over_one_collection_are_reported() => Reported("""
        public static Money Largest(IEnumerable<Payment> payments)
            {
                var caps = new List<Money>();
                foreach (var p in payments)
                {
                    if (p.Domestic) caps.Add(Money.Cny(p.Amount)); else caps.Add(Money.Usd(p.Amount));
                }

                return {|AIR0001:caps.Max()|};
            }
        """);

    [Fact]
    public Task Switch_inside_a_while_loop_is_reported() => Reported("""
        public static Money Largest(Queue<Payment> payments)
            {
                var caps = new List<Money>();
                while (payments.TryDequeue(out var p))
                {
                    switch (p.Kind)
                    {
                        case "grant": caps.Add(Money.Cny(p.Amount)); break;
                        default: caps.Add(Money.Usd(p.Amount)); break;
                    }
                }

                return {|AIR0001:caps.Max()|};
            }
        """);

    [Fact]
    public Task Branches_inside_a_lambda_run_for_each_element_are_reported() => Reported("""
        public static Money Largest(List<Payment> payments)
            {
                var caps = new List<Money>();
                payments.ForEach(p =>
                {
                    if (p.Domestic) caps.Add(Money.Cny(p.Amount)); else caps.Add(Money.Usd(p.Amount));
                });
                return {|AIR0001:caps.Max()|};
            }
        """);

    [Fact]
    public Task A_write_after_the_branches_with_another_currency_is_reported() => Reported("""
        public static Money Largest(bool domestic)
            {
                var caps = new List<Money>();
                if (domestic) caps.Add(Money.Cny(5m)); else caps.Add(Money.Usd(1m));
                caps.Add(Money.Eur(2m));
                return {|AIR0001:caps.Max()|};
            }
        """);

    [Fact]
    public Task An_if_without_else_beside_an_unconditional_write_is_reported() => Reported("""
        public static Money Largest(bool domestic)
            {
                var caps = new List<Money>();
                caps.Add(Money.Usd(1m));
                if (domestic) caps.Add(Money.Cny(5m));
                return {|AIR0001:caps.Max()|};
            }
        """);

    [Fact]
    public Task Writes_in_both_branches_and_in_one_again_are_reported() => Reported("""
        public static Money Largest(bool domestic)
            {
                var caps = new List<Money>();
                if (domestic)
                {
                    caps.Add(Money.Cny(5m));
                    caps.Add(Money.Usd(1m));
                }
                else
                {
                    caps.Add(Money.Usd(2m));
                }

                return {|AIR0001:caps.Max()|};
            }
        """);

    [Fact]
    public Task A_goto_in_the_block_keeps_the_report() => Reported("""
        public static Money Largest(bool domestic)
            {
                var caps = new List<Money>();
                int rounds = 0;
            again:
                if (domestic) caps.Add(Money.Cny(5m)); else caps.Add(Money.Usd(1m));
                domestic = !domestic;
                if (++rounds < 2) goto again;
                return {|AIR0001:caps.Max()|};
            }
        """);

    [Fact]
    public Task The_sum_of_a_branch_wise_collection_in_one_stated_currency_is_still_reported() => Reported("""
        public static Money Total(bool domestic)
            {
                var caps = new List<Money>();
                if (domestic) caps.Add(Money.Cny(5m)); else caps.Add(Money.Usd(1m));
                return {|AIR0001:caps.Sum(Currency.CNY)|};
            }
        """);

    [Fact]
    public Task A_collection_that_starts_with_elements_keeps_the_report() => Reported("""
        public static Money Largest(bool domestic)
            {
                var caps = new List<Money> { Money.Cny(1m) };
                if (domestic) caps.Add(Money.Cny(5m)); else caps.Add(Money.Usd(1m));
                return {|AIR0001:caps.Max()|};
            }
        """);

    [Fact]
    public Task The_arms_of_a_conditional_that_add_to_a_set_are_not_reported() => Silent("""
        public static Money Largest(bool domestic)
            {
                var caps = new HashSet<Money>();
                _ = domestic ? caps.Add(Money.Cny(5m)) : caps.Add(Money.Usd(1m));
                return caps.Max();
            }
        """);

    [Fact]
    public Task Dictionary_values_written_in_different_branches_are_not_reported() => Silent("""
        public static Money Largest(bool domestic)
            {
                var caps = new Dictionary<string, Money>();
                if (domestic)
                {
                    caps["central"] = Money.Cny(5m);
                    caps["city"] = Money.Cny(2m);
                }
                else
                {
                    caps["federal"] = Money.Usd(1m);
                }

                return caps.Values.Max();
            }
        """);

    [Fact]
    public Task Branches_inside_a_local_function_are_reported() => Reported("""
        public static Money Largest()
            {
                var caps = new List<Money>();
                void Add(bool domestic)
                {
                    if (domestic) caps.Add(Money.Cny(5m)); else caps.Add(Money.Usd(1m));
                }

                Add(true);
                Add(false);
                return {|AIR0001:caps.Max()|};
            }
        """);

    [Fact]
    public Task A_collection_declared_in_a_switch_section_without_braces_is_not_reported() => Silent("""
        public static Money Largest(int region, bool domestic)
            {
                switch (region)
                {
                    case 1:
                        var caps = new List<Money>();
                        if (domestic) caps.Add(Money.Cny(5m)); else caps.Add(Money.Usd(1m));
                        return caps.Max();
                    default:
                        return Money.Eur(1m);
                }
            }
        """);

    [Fact]
    public Task A_collection_declared_after_a_label_is_not_reported() => Silent("""
        public static Money Largest(bool domestic)
            {
            start:
                var caps = new List<Money>();
                if (domestic) caps.Add(Money.Cny(5m)); else caps.Add(Money.Usd(1m));
                return caps.Max();
            }
        """);

    [Fact]
    public Task A_collection_declared_in_a_switch_section_and_filled_in_a_loop_is_reported() => Reported("""
        public static Money Largest(int region, bool[] flags)
            {
                switch (region)
                {
                    case 1:
                        var caps = new List<Money>();
                        foreach (var domestic in flags)
                        {
                            if (domestic) caps.Add(Money.Cny(5m)); else caps.Add(Money.Usd(1m));
                        }

                        return {|AIR0001:caps.Max()|};
                    default:
                        return Money.Eur(1m);
                }
            }
        """);
}
